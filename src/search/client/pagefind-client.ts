/**
 * Loads Pagefind's browser API from the index the build wrote (`/pagefind/pagefind.js`). It is
 * fetched at run time, never bundled: it belongs to the index it was built with. Only `/sok/`
 * loads it. Content Security Policy: Pagefind compiles WebAssembly (`script-src
 * 'wasm-unsafe-eval'`) and may start a Web Worker from `/pagefind/` (`worker-src 'self'`).
 */
import { PAGEFIND_OPTIONS } from '../contract.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, and the positions of the matched words in it (split at spaces). */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** The part of Pagefind's browser API that the site uses. */
export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

/** Where the build writes the index (see `src/integrations/pagefind.ts`). */
const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as Pagefind;
  await pagefind.options(PAGEFIND_OPTIONS);
  await pagefind.init();
  return pagefind;
}
