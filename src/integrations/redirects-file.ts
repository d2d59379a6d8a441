/**
 * Writes `dist/_redirects` (Netlify and Cloudflare Pages read it): a permanent redirect from
 * every earlier address of an entry (`redirectFrom`) to its page. The redirect pages in
 * `src/pages/[...redirect].astro` do the same for every other host.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirOf } from '../lib/content-dir.ts';
import { redirectsOf } from '../plan/published-urls.ts';
import { readContentFiles, validateContentFiles } from '../check/read-content.ts';

export default function redirectsFile(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'hph:redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files } = await readContentFiles(contentDirOf(root), root);
        const redirects = redirectsOf(validateContentFiles(files).content);
        const lines = redirects.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`]);
        const header = '# Tidigare adresser och vart de har flyttat (fältet redirectFrom). Skapas av bygget.';
        await writeFile(new URL('_redirects', dir), `${[header, ...lines].join('\n')}\n`);
        logger.info(`_redirects: ${redirects.length} omdirigeringar.`);
      },
    },
  };
}
