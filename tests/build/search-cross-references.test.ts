/**
 * A page is found for what it says itself, not for the entries it links to: the goal cards, a
 * goal's indicators, assignment documents and corresponding goal, and a focus area's indicators
 * are on their own pages, and a search for one of them should lead there. Neither the linked
 * titles nor the headings of those sections are in the index: every page of the kind has the
 * same headings, so they would make each of them a result for the words in them.
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

/** Every page of a kind, with its indexed text and the linked titles in the given places. */
function linkedTitles(prefix: RegExp, selector: string) {
  const found = [...pages]
    .filter(([url]) => prefix.test(url))
    .map(([url, page]) => ({ url, page, content: words(indexed.get(url)?.content ?? ''), titles: page.querySelectorAll(selector).map((a) => words(a.text)) }))
    .filter(({ titles }) => titles.length > 0);
  expect(found.length, `${prefix} ${selector}`).toBeGreaterThan(0);
  return found;
}

describe('the search index of pages that link to other entries', () => {
  it('holds a goal page’s own text, not the titles of its indicators, assignments or corresponding goal', () => {
    const selector = ['#indikatorer ~ ul a', 'section[aria-labelledby="uppdrag"] a', 'section[aria-labelledby="motsvarande"] a'].join(', ');
    for (const { url, page, content, titles } of linkedTitles(/^\/mal\/[^/]+\/\d+-\d+\/$/, selector)) {
      expect(content, url).toContain(words(page.querySelector('h1')!.text));
      expect(content, url).not.toContain(words(page.querySelector('#indikatorer')!.text));
      for (const title of titles) expect(content, url).not.toContain(title);
    }
  });

  it('leaves the goal cards of indicator, assignment and focus area pages out', () => {
    for (const { url, page, content, titles } of linkedTitles(/^\/(indikatorer|uppdrag|fokusomraden)\/[^/]+\/$/, '.goal-card .card__title')) {
      expect(content, url).toContain(words(page.querySelector('h1')!.text));
      for (const title of titles) expect(content, url).not.toContain(title);
    }
  });

  it('leaves a focus area’s lists of indicators and assignment documents out', () => {
    for (const { url, content, titles } of linkedTitles(/^\/fokusomraden\/[^/]+\/$/, '.inline-list a, section[aria-labelledby="uppdrag"] a')) {
      for (const title of titles) expect(content, url).not.toContain(title);
    }
  });
});
