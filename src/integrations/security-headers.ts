/**
 * After the build: checks every HTML page (`src/security/built-pages.ts`) and gives it the
 * Content-Security-Policy its template declared, as a `<meta>` tag for hosts that send no headers,
 * then writes `dist/_headers` with the site-wide policy and the other security headers for hosts
 * that do. The policy is static data (`src/security/csp.ts`): the build never hashes or nonces
 * what it finds in a page. A page with an inline script, event handler or `style` attribute fails
 * the build, naming the page.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltPage, formatPageProblems, type PageProblem } from '../security/built-pages.ts';
import { headersFile, HEADERS_MARKER } from '../security/csp.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'hph:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const entries = await readdir(dist, { recursive: true, withFileTypes: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
        // Check every page before writing any, so one message lists every problem.
        const checked = await Promise.all(pages.sort().map(async (file) => ({ file, ...checkBuiltPage(await readFile(file, 'utf8')) })));
        const failing: { page: string; problems: PageProblem[] }[] = checked
          .filter(({ problems }) => problems.length > 0)
          .map(({ file, problems }) => ({ page: relative(dist, file), problems }));
        if (failing.length > 0) throw new Error(formatPageProblems(failing));
        for (const { file, html } of checked) await writeFile(file, html);
        // Rules someone else put in `_headers` (from public/ or another integration) are kept.
        const headersPath = join(dist, '_headers');
        const others = existsSync(headersPath) ? (await readFile(headersPath, 'utf8')).split(HEADERS_MARKER)[0]!.trim() : '';
        await writeFile(headersPath, (others ? `${others}\n\n` : '') + headersFile());
        const wasm = checked.filter(({ needs }) => needs.includes('pagefind')).length;
        logger.info(`Content-Security-Policy on ${pages.length} pages, no inline scripts; WebAssembly declared by ${wasm} page(s).`);
      },
    },
  };
}
