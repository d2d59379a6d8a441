/**
 * The one pass over the finished site. Astro runs every integration's `astro:build:done` in the
 * order `astro.config.mjs` lists them, and each used to walk `dist/` on its own; here the order
 * is written down once:
 *   1. each page is read once, goes through the page transforms in order, and is written once;
 *   2. the files derived from the content or from other integrations (`_redirects`, `sitemap.xml`);
 *   3. the search index: Pagefind reads the finished pages from `dist/` itself (`./pagefind.ts`).
 * List it after @astrojs/sitemap (whose index step 2 copies) and before the security headers,
 * which read the finished pages and the index.
 */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDirOf } from '../publishing/content-dir.ts';
import { keepFirstPerPage } from '../markdown/abbreviations.ts';
import { readContentFiles, validateContentFiles } from '../check/read-content.ts';
import { redirectsOf } from '../plan/published-urls.ts';
import { indexSite, logIndexed, PAGEFIND_FOLDER, type PagefindApi } from './pagefind.ts';
import { separateAdjacentElements } from '../search/word-boundaries.ts';
import { SITEMAP, SITEMAP_INDEX } from './sitemap.ts';

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

/** Every HTML page of the built site, relative to it, except the search index's own folder. */
export async function htmlPages(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files.filter((file) => file.endsWith('.html') && !file.startsWith(`${PAGEFIND_FOLDER}/`)).sort();
}

/** Step 1: reads each page once, applies every transform, writes it back only if it changed. */
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

/** Step 2: `_redirects` (Netlify, Cloudflare Pages) from every `redirectFrom`, and `/sitemap.xml`. */
async function writeSiteFiles(dist: string, root: string, logger: AstroIntegrationLogger): Promise<void> {
  const { files } = await readContentFiles(contentDirOf(root), root);
  const redirects = redirectsOf(validateContentFiles(files).content);
  const lines = redirects.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`]);
  const header = '# Tidigare adresser och vart de har flyttat (fältet redirectFrom). Skapas av bygget.';
  await writeFile(join(dist, '_redirects'), `${[header, ...lines].join('\n')}\n`);
  logger.info(`_redirects: ${redirects.length} omdirigeringar.`);
  // The sitemap's index under the address people and tools try first.
  await copyFile(join(dist, `.${SITEMAP_INDEX}`), join(dist, `.${SITEMAP}`));
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
        const started = performance.now();
        const pages = await htmlPages(dist);
        const changed = await transformPages(dist, pages);
        logger.info(`${pages.length} sidor lästa, ${changed} ändrade (${Math.round(performance.now() - started)} ms).`);
        await writeSiteFiles(dist, root, logger);
        logIndexed(logger, { ...(await indexSite(dist, options.pagefind)), fileCount: pages.length });
      },
    },
  };
}
