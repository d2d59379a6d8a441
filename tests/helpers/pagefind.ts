/**
 * The real search index of a built site, queried in Node with Pagefind's own browser script and
 * the same options and query tidying as `/sok/`. The index is served over loopback, because
 * the script fetches its files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { type ChosenFilters, normaliseQuery, PAGEFIND_OPTIONS, pagefindFilters, realMatches } from '../../src/search/contract.ts';
import type { PagefindResultData } from '../../src/search/client/pagefind-client.ts';
import { serveDist } from './browser.ts';

interface PagefindInstance {
  init(): Promise<void>;
  destroy(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
type PagefindModule = { createInstance(options: object): PagefindInstance };

export interface SiteSearch {
  /** URLs of the results, best first, for a query typed as a reader would type it. */
  urls(typed: string, filters?: ChosenFilters): Promise<string[]>;
  close(): Promise<void>;
}

export async function openSiteSearch(distDir: string): Promise<SiteSearch> {
  const server = await serveDist(distDir);
  const module = (await import(pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href)) as PagefindModule;
  const pagefind = module.createInstance({ ...PAGEFIND_OPTIONS, basePath: `${server.origin}/pagefind/`, baseUrl: '/' });
  await pagefind.init();
  return {
    async urls(typed, filters = {}) {
      const query = normaliseQuery(typed);
      const { results } = await pagefind.search(query, { filters: pagefindFilters(filters) });
      return Promise.all((await realMatches(query, results)).map(async (result) => (await result.data()).url));
    },
    async close() {
      await pagefind.destroy();
      await server.close();
    },
  };
}

/** A page as the index stores it (one "fragment" per page): its URL, text, filters and metadata. */
export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page in the index, read from its fragment files (gzip, after a `pagefind_dcd` signature). */
export async function readIndexedPages(distDir: string): Promise<IndexedPage[]> {
  const folder = join(distDir, 'pagefind/fragment');
  const files = await readdir(folder);
  return Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
      return JSON.parse(text.replace(/^pagefind_dcd/, '')) as IndexedPage;
    }),
  );
}

/** Every indexed page by its URL. */
export async function indexedByUrl(distDir: string): Promise<Map<string, IndexedPage>> {
  return new Map((await readIndexedPages(distDir)).map((page) => [page.url, page]));
}

/** Text with its whitespace as one space, so a page's text and its indexed text compare. */
export const words = (text: string) => text.replace(/\s+/g, ' ').trim();
