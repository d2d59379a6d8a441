/**
 * Builds the search index at the end of every production build with Pagefind's Node API
 * (`createIndex`, `addDirectory` over `dist/`, `writeFiles`, `close`), run by the post-build
 * pass after the pages are final, so there is no separate step to forget. Which parts of a page
 * are indexed is decided by markup (`data-pagefind-body`, `-filter`, `-meta`, `-ignore`), not
 * here. Any error Pagefind reports fails the build: a site whose search silently misses pages
 * must not be published. In `astro dev` this integration serves the last build's index.
 */
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { serveLastIndex } from './pagefind-dev.ts';
import { describeCompressed, precompressSite } from './precompress.ts';
import { filesUnder } from './site-files.ts';

/** The part of Pagefind's Node API we use; tests pass a fake. */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

/** Where the index is written inside the built site, and where `/sok/` loads it from. */
export const PAGEFIND_FOLDER = 'pagefind';

export interface IndexResult {
  /** HTML pages in the site, including those Pagefind leaves out (no `data-pagefind-body`). */
  fileCount: number;
  /** Pages in the written index. */
  pageCount: number;
  milliseconds: number;
}

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(
      `Sökindexet kunde inte byggas: Pagefind rapporterade fel i steget \`${step}\`:\n` +
        `${response.errors.map((error) => `  - ${error}`).join('\n')}\n` +
        'Bygget stoppas, så att ingen webbplats med ofullständig sökning publiceras.',
    );
  }
}

/** Pages in a written index, by its entry file (one count per language). */
async function indexedPages(indexDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes every HTML page in `siteDir` and writes the index to `siteDir/pagefind/`. */
export async function indexSite(siteDir: string, api: PagefindApi = pagefind): Promise<Omit<IndexResult, 'fileCount'>> {
  const started = performance.now();
  try {
    const created = await api.createIndex();
    check('createIndex', created);
    if (!created.index) throw new Error('Sökindexet kunde inte byggas: Pagefind skapade inget index (`createIndex`).');
    check('addDirectory', await created.index.addDirectory({ path: siteDir }));
    const written = await created.index.writeFiles({ outputPath: join(siteDir, PAGEFIND_FOLDER) });
    check('writeFiles', written);
    const pageCount = await indexedPages(written.outputPath);
    if (pageCount === 0) {
      throw new Error(
        `Sökindexet blev tomt: Pagefind hittade inga sidor att indexera i \`${siteDir}\`. ` +
          'Innehållssidornas `<main>` ska ha attributet `data-pagefind-body` (se `src/layouts/BaseLayout.astro`).',
      );
    }
    return { pageCount, milliseconds: Math.round(performance.now() - started) };
  } finally {
    // Pagefind runs as a child process; leaving it running would keep the build from exiting.
    await api.close();
  }
}

export function indexedLine({ fileCount, pageCount, milliseconds }: IndexResult): string {
  const pages = `${pageCount} ${pageCount === 1 ? 'sida' : 'sidor'}`;
  return `Sökindexet omfattar ${pages} av ${fileCount} byggda (${milliseconds} ms).`;
}

/** Every HTML page of the built site, relative to it, except the search index's own folder. */
export function htmlPages(dist: string): string[] {
  return filesUnder(dist)
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${PAGEFIND_FOLDER}${sep}`))
    .sort();
}

/**
 * Step 3 of the post-build pass and the rest of its step 4 (`./post-build.ts`): the search index
 * and its gzip copies. `npm run build` calls it alone, once Astro's process has ended, so this
 * module loads nothing of the page pass. Returns the lines to log.
 */
export async function writeSearchIndex(dist: string, api?: PagefindApi, fileCount?: number): Promise<string[]> {
  const counted = fileCount ?? htmlPages(dist).length;
  const indexed = await indexSite(dist, api);
  const started = performance.now();
  const compressed = await precompressSite(join(dist, PAGEFIND_FOLDER));
  return [
    indexedLine({ ...indexed, fileCount: counted }),
    `Indexets filer, ${describeCompressed(compressed)} (${Math.round(performance.now() - started)} ms).`,
  ];
}

export default function pagefindIntegration(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'hph-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // `astro dev` has no index of its own; serve the last build's, if there is one.
      'astro:server:setup': ({ server, logger }) => {
        if (outDir) serveLastIndex(server, join(outDir, PAGEFIND_FOLDER), logger);
      },
    },
  };
}
