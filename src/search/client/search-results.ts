/** One search result as a list item: what it is, its title as a link, and the excerpt. */
import { FILTER, META } from '../contract.ts';
import { appendExcerpt } from './excerpt.ts';
import type { PagefindResultData } from './pagefind-client.ts';

/** "Mål 3:2 · Vuxna" for a goal, otherwise the page's type: "Indikator", "Sida". */
export function resultKicker(data: Pick<PagefindResultData, 'meta' | 'filters'>): string {
  const code = data.meta[META.goalCode];
  if (code) return [`Mål ${code}`, data.meta[META.targetGroup]].filter(Boolean).join(' · ');
  return data.filters[FILTER.type]?.[0] ?? '';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const kicker = resultKicker(data);
  if (kicker) item.append(element('p', 'search-result__kicker', kicker));
  const heading = element('h3', 'search-result__title');
  const link = element('a', '', data.meta['title'] ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const excerpt = element('p', 'search-result__excerpt');
  appendExcerpt(excerpt, data.excerpt);
  item.append(excerpt);
  return item;
}
