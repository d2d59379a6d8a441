/**
 * Every page made from an entry shows that entry's sources under "Källor": each source's title,
 * linked to its address when it has one. Walks every entry with sources that has a page of its
 * own, and every text of `content/sidor/` on the page that shows it.
 */
import { resolve } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContentFiles, validateContentFiles } from '../../src/check/read-content.ts';
import type { ContentSet } from '../../src/plan/entries.ts';
import { pageUrlsOf } from '../../src/plan/published-urls.ts';
import { STANDALONE_PAGES } from '../../src/plan/standalone-pages.ts';
import type { Source } from '../../src/schemas/shared.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { readPages } from '../helpers/dist.ts';

let pages: Map<string, HTMLElement>;
let content: ContentSet;

beforeAll(async () => {
  pages = await readPages(inject('distDir'));
  const { files } = await readContentFiles(resolve(PROJECT_ROOT, 'content'), PROJECT_ROOT);
  content = validateContentFiles(files).content;
});

/** Each page and the sources of the entry it shows. */
function pagesWithSources(): { url: string; sources: Source[] }[] {
  const sourcesOf = new Map<string, Source[]>();
  for (const entries of Object.values(content) as { filePath: string; data: { sources?: Source[] } }[][]) {
    for (const entry of entries) if (entry.data.sources?.length) sourcesOf.set(entry.filePath, entry.data.sources);
  }
  const entryPages = pageUrlsOf(content).filter((url) => !url.redirect && sourcesOf.has(url.file)).map((url) => ({ url: url.url, sources: sourcesOf.get(url.file)! }));
  // The texts of content/sidor/ and the page each one is shown on.
  const pageUrls: Record<string, string> = { start: '/', mal: '/mal/', om: '/om/', ...Object.fromEntries(STANDALONE_PAGES.map((id) => [id, `/${id}/`])) };
  const standalone = content.pages.map((page) => {
    const url = pageUrls[page.id];
    if (!url) throw new Error(`content/sidor/${page.id}.md: which page shows it? Add it to this test.`);
    return { url, sources: page.data.sources };
  });
  return [...entryPages, ...standalone];
}

describe('the sources of every entry', () => {
  it('are listed on its page, each title linked to its address', () => {
    const checked = pagesWithSources();
    expect(checked.map((page) => page.url)).toEqual(expect.arrayContaining(['/', '/mal/', '/om/', '/stod-nu/', '/om-webbplatsen/', '/suicidprevention/']));
    for (const { url, sources } of checked) {
      const section = pages.get(url)?.querySelector('section.sources');
      expect(section, `${url} has no Källor section`).toBeTruthy();
      expect(section!.querySelector('h2')?.text).toBe('Källor');
      const items = section!.querySelectorAll('li');
      expect(items.length, url).toBe(sources.length);
      sources.forEach((source, i) => {
        expect(items[i]!.text, url).toContain(source.title);
        if (source.url) expect(items[i]!.querySelector('a')?.getAttribute('href'), url).toBe(source.url);
      });
    }
  });
});
