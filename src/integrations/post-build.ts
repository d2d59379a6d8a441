/**
 * The one pass over the finished site. Astro runs every integration's `astro:build:done` in the
 * order `astro.config.mjs` lists them; everything that reads or rewrites the built files is here
 * instead, as steps in one hook, so the order is written down once and each page is read once:
 *   1. each page: the page transforms in order, then the security check, which gives it its
 *      Content-Security-Policy (`./security-headers.ts`); written once; any problem fails the
 *      build after every page was read, so one message lists them all;
 *   2. the site files: `_redirects`, `sitemap.xml`, `_headers`, `_nginx.conf` (`./nginx-config.ts`);
 *   3. the search index: Pagefind reads the finished pages from `dist/` itself (`./pagefind.ts`);
 *   4. a gzip copy of every text file, the index included (`./precompress.ts`).
 * List it after @astrojs/sitemap, whose index step 2 copies.
 */
import { copyFile, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDirOf } from '../publishing/content-dir.ts';
import { keepFirstPerPage } from '../markdown/abbreviations.ts';
import { removedAddresses } from '../publishing/removed-addresses.ts';
import type { NginxPage } from '../publishing/nginx-config.ts';
import { formatPageProblems, type PageProblem } from '../security/built-pages.ts';
import { indexSite, logIndexed, PAGEFIND_FOLDER, type PagefindApi } from './pagefind.ts';
import { separateAdjacentElements } from '../search/word-boundaries.ts';
import { SITEMAP, SITEMAP_INDEX } from './sitemap.ts';
import { securePage, writeHeadersFile } from './security-headers.ts';
import { writeNginxConfig } from './nginx-config.ts';
import { describeCompressed, eachLimited, precompressSite } from './precompress.ts';

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

/** Pages read and written at once: reading overlaps with the work on other pages. */
const PARALLEL_PAGES = 4;
/** A redirect stub's refresh tag (`src/pages/[...redirect].astro`); nginx and hosts that read `_redirects` answer its address with a real 301. */
const REFRESH_TAG = /<meta\s[^>]*http-equiv=["']?refresh[^>]*>/i;
const REFRESH_TARGET = /\scontent=["']?\d+;\s*url=([^"'\s>]+)/i;

/** Where a redirect stub forwards to, or `undefined` for a page. */
export function redirectTarget(html: string): string | undefined {
  const tag = REFRESH_TAG.exec(html)?.[0];
  if (!tag) return undefined;
  const target = REFRESH_TARGET.exec(tag)?.[1];
  if (!target) throw new Error(`A redirect page's refresh tag names no address: ${tag}`);
  return target;
}

/** Every HTML page of the built site, relative to it, except the search index's own folder. */
export async function htmlPages(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files.filter((file) => file.endsWith('.html') && !file.startsWith(`${PAGEFIND_FOLDER}/`)).sort();
}

/** Step 1 without the security check: reads each page once, applies every transform, writes it back only if it changed. */
export async function transformPages(dist: string, pages: string[], transforms = PAGE_TRANSFORMS): Promise<number> {
  let changed = 0;
  for (const page of pages) {
    const html = await readFile(join(dist, page), 'utf8');
    const result = transforms.reduce((current, transform) => transform.apply(current), html);
    if (result !== html) {
      await writeFile(join(dist, page), result);
      changed++;
    }
  }
  return changed;
}

export interface FinishedPages {
  /** The pages nginx serves, with their policies (redirect stubs left out). */
  served: NginxPage[];
  /** Every redirect stub: its address and where it forwards to, by address. */
  redirects: { from: string; to: string }[];
  /** Pages whose search-page policy allows WebAssembly. */
  withWasm: number;
}

/** Where a finished page waits until every page has passed the check. */
const pending = (path: string) => `${path}.hph-pending`;

/**
 * Step 1: each page through the transforms and the security check, written once. Throws, listing
 * every problem of every page, if any page would run script or style the policy does not allow;
 * then no page has been changed (finished pages wait beside the originals until all have passed).
 */
export async function finishPages(dist: string, pages: readonly string[], transforms = PAGE_TRANSFORMS): Promise<FinishedPages> {
  const failing: { page: string; problems: PageProblem[] }[] = [];
  const served: NginxPage[] = [];
  const redirects: { from: string; to: string }[] = [];
  let withWasm = 0;
  await eachLimited(pages, PARALLEL_PAGES, async (page) => {
    const path = join(dist, page);
    const html = transforms.reduce((current, transform) => transform.apply(current), await readFile(path, 'utf8'));
    const secured = securePage(html);
    if (secured.problems.length > 0) {
      failing.push({ page, problems: secured.problems });
      return;
    }
    await writeFile(pending(path), secured.html);
    if (secured.needs.includes('pagefind')) withWasm++;
    const file = `/${page.split(sep).join('/')}`;
    const url = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
    const target = redirectTarget(html);
    if (target) redirects.push({ from: url, to: target });
    else served.push({ url, file, policy: secured.headerPolicy });
  });
  const finished = pages.filter((page) => !failing.some((failed) => failed.page === page)).map((page) => join(dist, page));
  if (failing.length > 0) {
    await Promise.all(finished.map((path) => rm(pending(path), { force: true })));
    throw new Error(formatPageProblems(failing.sort((a, b) => (a.page < b.page ? -1 : 1))));
  }
  await eachLimited(finished, PARALLEL_PAGES, (path) => rename(pending(path), path));
  return { served, redirects: redirects.sort((a, b) => (a.from < b.from ? -1 : 1)), withWasm };
}

/**
 * Step 2: the files derived from step 1 and the URL ledger. The redirects are the redirect pages
 * the build wrote from every `redirectFrom`, so the hosts' 301s and the pages always agree.
 */
async function writeSiteFiles(dist: string, root: string, { served, redirects }: FinishedPages, logger: AstroIntegrationLogger): Promise<void> {
  // `_redirects` (Netlify, Cloudflare Pages) from every `redirectFrom`, with and without the trailing slash.
  const lines = redirects.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`]);
  const header = '# Tidigare adresser och vart de har flyttat (fältet redirectFrom). Skapas av bygget.';
  await writeFile(join(dist, '_redirects'), `${[header, ...lines].join('\n')}\n`);
  logger.info(`_redirects: ${redirects.length} omdirigeringar.`);
  // The sitemap's index under the address people and tools try first.
  await copyFile(join(dist, `.${SITEMAP_INDEX}`), join(dist, `.${SITEMAP}`));
  await writeHeadersFile(dist);
  logger.info(await writeNginxConfig(dist, { pages: served, redirects, removed: removedAddresses(contentDirOf(root)) }));
}

export default function postBuild(options: { pagefind?: PagefindApi } = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'hph:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = resolve(fileURLToPath(dir));
        const since = (started: number) => `${Math.round(performance.now() - started)} ms`;
        let started = performance.now();
        const pages = await htmlPages(dist);
        const finished = await finishPages(dist, pages);
        logger.info(
          `${pages.length} sidor lästa och skrivna med Content-Security-Policy, inga inbäddade skript; WebAssembly på ${finished.withWasm} sida/sidor (${since(started)}).`,
        );
        started = performance.now();
        await writeSiteFiles(dist, root, finished, logger);
        logger.info(`Webbplatsens filer skrivna (${since(started)}).`);
        logIndexed(logger, { ...(await indexSite(dist, options.pagefind)), fileCount: pages.length });
        started = performance.now();
        logger.info(`${describeCompressed(await precompressSite(dist))} (${since(started)})`);
      },
    },
  };
}
