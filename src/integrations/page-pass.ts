/**
 * Step 1 of the post-build pass (`./post-build.ts`): each page through the page transforms and
 * the security check, which gives it its Content-Security-Policy (`./security-headers.ts`).
 *
 * It runs while Astro renders: the prerenderer is wrapped, so a page's HTML is finished in
 * memory and Astro writes the finished page, once. Its gzip copy is made and written beside it
 * on libuv's threads, while the main thread renders the next page. A page with a problem is
 * not written at all; the build fails after the last page, and one message lists every problem.
 * HTML files that Astro did not render (from `public/`, or written by another integration) go
 * through the same steps from disk afterwards (`finishFiles`), so every page in `dist/` is checked.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import pLimit from 'p-limit';
import { keepFirstPerPage } from '../markdown/abbreviations.ts';
import type { NginxPage } from '../publishing/nginx-config.ts';
import { redirectTarget } from '../publishing/redirect-pages.ts';
import type { PageProblem } from '../security/built-pages.ts';
import { separateAdjacentElements } from '../search/word-boundaries.ts';
import { countCopy, eachLimited, gzipFor, writeCopy, type Compressed } from './precompress.ts';
import { securePage } from './security-headers.ts';

export interface PageTransform {
  /** What it does, for the log. */
  name: string;
  apply: (html: string) => string;
}

/** In this order: a transform sees the output of the ones before it. */
export const PAGE_TRANSFORMS: readonly PageTransform[] = [
  { name: 'one <abbr> per abbreviation', apply: keepFirstPerPage },
  { name: 'words apart between adjacent elements', apply: separateAdjacentElements },
];

export interface FinishedPage {
  /** The page as it is published; the page as rendered when there are problems. */
  html: string;
  problems: PageProblem[];
  /** Whether the page's policy allows WebAssembly (the search page). */
  wasm: boolean;
  /** The page's own policy as an HTTP header. */
  headerPolicy: string;
  /** Where a redirect stub forwards to. */
  redirectTo: string | undefined;
}

/** One page, transformed and checked: pure, so the build and the tests run the very same steps. */
export function finishPage(rendered: string, transforms = PAGE_TRANSFORMS): FinishedPage {
  const html = transforms.reduce((current, transform) => transform.apply(current), rendered);
  const secured = securePage(html);
  return {
    html: secured.html,
    problems: secured.problems,
    wasm: secured.needs.includes('pagefind'),
    headerPolicy: secured.headerPolicy,
    redirectTo: redirectTarget(html),
  };
}

const utf8 = new TextEncoder();

/** Gzip copies made at once, on libuv's thread pool (`astroThreadPool`); one at a time was no faster. */
const gzipLimit = pLimit(2);

export interface FinishedPages {
  /** The pages nginx serves, with their policies (redirect stubs left out). */
  served: NginxPage[];
  /** Every redirect stub: its address and where it forwards to, by address. */
  redirects: { from: string; to: string }[];
  /** Pages whose search-page policy allows WebAssembly. */
  withWasm: number;
  /** Pages that may not be published, with what is wrong in each. */
  failing: { page: string; problems: PageProblem[] }[];
  /** HTML files Astro did not render, finished from disk. */
  fromDisk?: number;
}

/** A page's address from its file under the site: `mal/vuxna/3-2/index.html` is `/mal/vuxna/3-2/`. */
export function urlOfFile(page: string): { url: string; file: string } {
  const file = `/${page.split(sep).join('/')}`;
  return { url: file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file, file };
}

/**
 * The address Astro renders a page file at: the file's own address, except that a top-level
 * `404.html` is rendered as `/404/` (Astro writes error pages as `<status>.html`).
 */
const renderedAt = (url: string) => [url, url.replace(/^(\/\d{3})\.html$/, '$1/')];

/**
 * The file Astro writes for a page rendered at `pathname`, when the address alone tells: a folder's
 * `index.html`. Error pages (`/404/` is written as `404.html`) are matched once Astro is done.
 */
const indexFileOf = (pathname: string) =>
  pathname.endsWith('/') && !/^\/\d{3}\/$/.test(pathname) ? `${pathname.slice(1)}index.html`.split('/').join(sep) : undefined;

/** What is kept of a rendered page until the build is done: not its HTML. */
interface Rendered {
  page: Omit<FinishedPage, 'html'>;
  /** Bytes of the finished page. */
  size: number;
  gzipped: Promise<Uint8Array>;
  /** The copy already written beside the page's file as soon as it was compressed, if its file was known. */
  early?: { file: string; written: Promise<boolean> };
}

/** What the pass learns while Astro renders; read once every page is written. */
export class PagePass {
  /** By the address Astro rendered. */
  readonly #rendered = new Map<string, Rendered>();
  /** By the file Astro wrote, once `collect` has matched them. */
  readonly #files = new Map<string, Rendered>();
  /** Where Astro writes; when known, a page's gzip copy is written as soon as it is made. */
  readonly #outDir: string | undefined;
  #mainThreadMs = 0;

  /**
   * `outDir`: the folder Astro writes the pages into. With it, the gzip copies are written while
   * Astro renders, on libuv's threads, instead of after the last page.
   */
  constructor(outDir?: string) {
    this.#outDir = outDir;
  }

  /** Astro's prerenderer, with every HTML response finished before Astro writes it. */
  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer {
    return {
      name: `${prerenderer.name} + hph:page-pass`,
      setup: () => prerenderer.setup?.() ?? Promise.resolve(),
      getStaticPaths: () => prerenderer.getStaticPaths(),
      render: async (request, options) => {
        const result = await prerenderer.render(request, options);
        const response = result instanceof Response ? result : result.response;
        if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return result;
        const html = await response.text();
        const started = performance.now();
        const finished = this.finish(new URL(request.url).pathname, html);
        const headers = new Headers(response.headers);
        headers.delete('content-length');
        // An empty body makes Astro write no file: a page that may not be published never reaches dist/.
        const body = finished.problems.length > 0 ? null : finished.bytes;
        const replaced = new Response(body, { status: response.status, statusText: response.statusText, headers });
        this.#mainThreadMs += performance.now() - started;
        return result instanceof Response ? replaced : { ...result, response: replaced };
      },
      ...(prerenderer.collectStaticImages ? { collectStaticImages: () => prerenderer.collectStaticImages!() } : {}),
      teardown: () => prerenderer.teardown?.() ?? Promise.resolve(),
    };
  }

  /**
   * Finishes one rendered page and starts its gzip copy on libuv's threads. The page is encoded
   * once: the same bytes go to Astro's file and to gzip.
   */
  finish(pathname: string, html: string): FinishedPage & { bytes: Uint8Array<ArrayBuffer> } {
    const page = finishPage(html);
    const { html: finished, ...kept } = page;
    const bytes = utf8.encode(finished);
    const gzipped = page.problems.length > 0 ? Promise.resolve(new Uint8Array()) : gzipLimit(() => gzipFor('.html', bytes));
    // Awaited in `writeCompressed`; a failure until then must not count as unhandled.
    gzipped.catch(() => {});
    const file = this.#outDir && page.problems.length === 0 ? indexFileOf(pathname) : undefined;
    const early = file === undefined ? undefined : { file, written: this.#writeEarly(file, bytes.length, gzipped) };
    early?.written.catch(() => {});
    this.#rendered.set(pathname, { page: kept, size: bytes.length, gzipped, ...(early ? { early } : {}) });
    return { ...page, bytes };
  }

  /**
   * The pages Astro rendered, and the time the pass took from rendering on the main thread:
   * transforms, security check, encoding and the new response (the copies are made off it).
   */
  get renderedPages(): { count: number; mainThreadMs: number } {
    return { count: this.#rendered.size, mainThreadMs: Math.round(this.#mainThreadMs) };
  }

  /**
   * Whether the page Astro rendered at `pathname` only forwards to another address (a redirect
   * stub); `undefined` for an address the pass has not seen.
   */
  forwards(pathname: string): boolean | undefined {
    const seen = this.#rendered.get(pathname);
    return seen && seen.page.redirectTo !== undefined;
  }

  /**
   * After the build: every HTML page of `dist/`, matched with what the pass saw. Pages Astro did
   * not render are finished from disk; until every page has passed, none of those is changed.
   */
  async collect(dist: string, pages: readonly string[]): Promise<FinishedPages> {
    const result: FinishedPages = { served: [], redirects: [], withWasm: 0, failing: [] };
    const unseen: string[] = [];
    for (const page of pages) {
      const { url, file } = urlOfFile(page);
      const seen = renderedAt(url).map((at) => this.#rendered.get(at)).find(Boolean);
      if (seen) {
        record(result, url, file, seen.page);
        this.#files.set(page, seen);
      } else unseen.push(page);
    }
    // Rendered pages with problems were never written, so no file stands for them.
    for (const [pathname, { page }] of this.#rendered) {
      if (page.problems.length > 0) result.failing.push({ page: pathname, problems: page.problems });
    }
    result.fromDisk = unseen.length;
    await finishFiles(dist, unseen, result);
    return result;
  }

  /** Writes the copy beside `file` once it is made; `true` if it was written (it is smaller). */
  async #writeEarly(file: string, size: number, gzipped: Promise<Uint8Array>): Promise<boolean> {
    const path = join(this.#outDir!, file);
    const [gz] = await Promise.all([gzipped, mkdir(dirname(path), { recursive: true })]);
    return writeCopy(path, size, gz, { count: 0, rawBytes: 0, packedBytes: 0 });
  }

  /**
   * Writes the gzip copy of every rendered page (`page.html.gz`) that has none yet; returns the
   * pages that have one. An early copy whose page Astro did not write is removed.
   */
  async writeCompressed(dist: string): Promise<Compressed & { pages: Set<string> }> {
    const done = { count: 0, rawBytes: 0, packedBytes: 0, pages: new Set<string>() };
    await eachLimited([...this.#files], PARALLEL_FILES, async ([page, { size, gzipped, early }]) => {
      const gz = await gzipped;
      if (early?.file !== page) {
        if (await writeCopy(join(dist, page), size, gz, done)) done.pages.add(page);
      } else if (await early.written) {
        countCopy(done, size, gz.length);
        done.pages.add(page);
      }
    });
    // An early copy beside a file Astro did not write (a file in public/ took the page's place) is removed.
    for (const rendered of this.#rendered.values()) {
      const { early } = rendered;
      if (early && this.#files.get(early.file) !== rendered && (await early.written)) await rm(join(this.#outDir!, `${early.file}.gz`), { force: true });
    }
    return done;
  }
}

/** Files read or written at once: reading overlaps with the work on other files. */
const PARALLEL_FILES = 4;

function record(result: FinishedPages, url: string, file: string, finished: Omit<FinishedPage, 'html'>): void {
  if (finished.problems.length > 0) return;
  if (finished.wasm) result.withWasm++;
  if (finished.redirectTo) result.redirects.push({ from: url, to: finished.redirectTo });
  else result.served.push({ url, file, policy: finished.headerPolicy });
}

/** Where a finished file waits until every file has passed the check. */
const pending = (path: string) => `${path}.hph-pending`;

/**
 * The same steps for HTML files already on disk. Adds to `result`, then sorts its lists; changes
 * no file unless no page anywhere failed (finished files wait beside the originals until then).
 */
export async function finishFiles(dist: string, pages: readonly string[], result: FinishedPages, transforms = PAGE_TRANSFORMS): Promise<void> {
  const finished: string[] = [];
  await eachLimited(pages, PARALLEL_FILES, async (page) => {
    const path = join(dist, page);
    const done = finishPage(await readFile(path, 'utf8'), transforms);
    if (done.problems.length > 0) return void result.failing.push({ page, problems: done.problems });
    await writeFile(pending(path), done.html);
    finished.push(path);
    const { url, file } = urlOfFile(page);
    record(result, url, file, done);
  });
  // Any problem anywhere fails the build: then no file is changed.
  if (result.failing.length > 0) {
    await Promise.all(finished.map((path) => rm(pending(path), { force: true })));
  } else {
    await eachLimited(finished, PARALLEL_FILES, (path) => rename(pending(path), path));
  }
  result.failing.sort((a, b) => (a.page < b.page ? -1 : 1));
  result.redirects.sort((a, b) => (a.from < b.from ? -1 : 1));
}
