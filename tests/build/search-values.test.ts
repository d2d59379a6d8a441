/**
 * Indicator values stay out of the search index: a search for a number or a municipality should
 * find the pages about it, not every indicator with a value table. The fixture plan has
 * indicators with values; their summary sentence is indexed, their charts and tables are not.
 */
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPages } from '../helpers/dist.ts';
import { indexedByUrl, words, type IndexedPage } from '../helpers/pagefind.ts';

let pages: Map<string, HTMLElement>;
let indexed: Map<string, IndexedPage>;

beforeAll(async () => {
  const distDir = inject('fixtureDistDir');
  pages = await readPages(distDir);
  indexed = await indexedByUrl(distDir);
});

describe('the search index of pages with values', () => {
  it('holds each indicator page’s summary, but none of its value table or charts', () => {
    const withValues = [...pages].filter(([, page]) => page.querySelector('table.indicator-table'));
    expect(withValues.length).toBeGreaterThan(0);
    for (const [url, page] of withValues) {
      const content = words(indexed.get(url)?.content ?? '');
      expect(content, url).not.toBe('');
      const summary = page.querySelector('.indicator-chart__summary');
      if (summary) expect(content, url).toContain(words(summary.text));
      expect(content, url).not.toContain(words(page.querySelector('table.indicator-table caption')!.text));
      for (const caption of page.querySelectorAll('figure.chart figcaption')) expect(content, url).not.toContain(words(caption.text));
    }
  });

  it('leaves the value tables of the sub-region pages out', () => {
    const subRegions = [...pages].filter(([url, page]) => url.startsWith('/delregioner/') && page.querySelector('#varden ~ table, section[aria-labelledby="varden"] table'));
    expect(subRegions.length).toBeGreaterThan(0);
    for (const [url, page] of subRegions) {
      const content = words(indexed.get(url)?.content ?? '');
      for (const caption of page.querySelectorAll('section[aria-labelledby="varden"] table caption')) expect(content, url).not.toContain(words(caption.text));
    }
  });
});
