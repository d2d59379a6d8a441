/**
 * The one pass over the built site. Astro runs every integration's `astro:build:done` in the
 * order `astro.config.mjs` lists them; everything that reads or rewrites the built pages is here
 * instead, as steps of one integration, so the order is written down once and no page is read
 * back from disk:
 *   1. each page, as Astro renders it: the page transforms in order, then the security check,
 *      which gives it its Content-Security-Policy, and its gzip copy (`./page-pass.ts`); any
 *      problem fails the build after the last page, so one message lists them all;
 *   2. the site files: `_redirects`, `sitemap.xml`, `_headers`, `_nginx.conf` (`./nginx-config.ts`);
 *   3. the search index: Pagefind reads the finished pages from `dist/` itself (`./pagefind.ts`),
 *      while the pages' gzip copies are written;
 *   4. a gzip copy of every other text file, the index included (`./precompress.ts`).
 * List it after @astrojs/sitemap, whose index step 2 copies.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDirOf } from '../publishing/content-dir.ts';
import { removedAddresses } from '../publishing/removed-addresses.ts';
import { formatPageProblems } from '../security/built-pages.ts';
import { finishFiles, PAGE_TRANSFORMS, PagePass, type FinishedPages } from './page-pass.ts';
import { htmlPages, PAGEFIND_FOLDER, writeSearchIndex, type PagefindApi } from './pagefind.ts';
import { SITEMAP, SITEMAP_INDEX } from './sitemap.ts';
import { writeHeadersFile } from './security-headers.ts';
import { writeNginxConfig } from './nginx-config.ts';
import { addCompressed, describeCompressed, precompressSite } from './precompress.ts';
import { INDEX_SEPARATELY } from './build-steps.ts';

/**
 * Step 1 for pages on disk alone: each page through the transforms and the security check,
 * written once. Throws, listing every problem of every page, if any page would run script or
 * style the policy does not allow; then no page has been changed.
 */
export async function finishPages(dist: string, pages: readonly string[], transforms = PAGE_TRANSFORMS): Promise<FinishedPages> {
  const result: FinishedPages = { served: [], redirects: [], withWasm: 0, failing: [] };
  await finishFiles(dist, pages, result, transforms);
  if (result.failing.length > 0) throw new Error(formatPageProblems(result.failing));
  return result;
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

/** The integration, and what its page pass has learnt, for the integrations that run before it. */
export type PostBuild = AstroIntegration & Pick<PagePass, 'forwards'>;

export default function postBuild(options: { pagefind?: PagefindApi } = {}): PostBuild {
  let root = process.cwd();
  let outDir: string | undefined;
  let pass = new PagePass();
  return {
    forwards: (pathname) => pass.forwards(pathname),
    name: 'hph:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      // Step 1 happens as Astro renders each page (`./page-pass.ts`).
      'astro:build:start': ({ setPrerenderer }) => {
        pass = new PagePass(outDir);
        setPrerenderer((prerenderer) => pass.wrap(prerenderer));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = resolve(fileURLToPath(dir));
        const since = (started: number) => `${Math.round(performance.now() - started)} ms`;
        let started = performance.now();
        const pages = htmlPages(dist);
        const finished = await pass.collect(dist, pages);
        if (finished.failing.length > 0) throw new Error(formatPageProblems(finished.failing));
        const fromDisk = finished.fromDisk ? `, ${finished.fromDisk} av dem lästa från disk` : '';
        logger.info(
          `${pages.length} sidor med Content-Security-Policy, inga inbäddade skript; WebAssembly på ${finished.withWasm} sida/sidor${fromDisk} (${since(started)}).`,
        );
        const { count, mainThreadMs } = pass.renderedPages;
        logger.info(`Sidkontrollen medan Astro renderade: ${count} sidor, ${mainThreadMs} ms (omvandlingar, säkerhetskontroll, kodning).`);
        started = performance.now();
        await writeSiteFiles(dist, root, finished, logger);
        logger.info(`Webbplatsens filer skrivna (${since(started)}).`);
        // Step 4 for everything but the index: the pages' copies were made as they were rendered.
        started = performance.now();
        const pageCopies = await pass.writeCompressed(dist);
        const rest = await precompressSite(dist, (file) => pageCopies.pages.has(file) || file.startsWith(`${PAGEFIND_FOLDER}${sep}`));
        logger.info(`${describeCompressed(addCompressed(pageCopies, rest))} (${since(started)}).`);
        if (process.env[INDEX_SEPARATELY]) {
          logger.info('Sökindexet skrivs när Astro är klart (npm run build).');
          return;
        }
        for (const line of await writeSearchIndex(dist, options.pagefind, pages.length)) logger.info(line);
      },
    },
  };
}
