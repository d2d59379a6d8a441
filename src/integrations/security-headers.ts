/**
 * After the build: gives every HTML page its own Content-Security-Policy as a `<meta>` tag (for
 * hosts that send no headers) and writes `dist/_headers` with the site-wide policy and the other
 * security headers (for hosts that do). A page's policy holds exactly what that page loads: hashes
 * of its inline scripts, and `'wasm-unsafe-eval'` only where Pagefind runs. The header is the
 * union, because static hosts combine every matching rule and a stricter `/*` rule would block
 * Pagefind's worker, which takes its policy from the header of its own script.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  contentSecurityPolicy,
  headersFile,
  HEADERS_MARKER,
  mergeNeeds,
  scriptsOf,
  SECURITY_HEADERS,
  sha256,
  withMetaPolicy,
  type PageNeeds,
} from '../lib/csp.ts';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** Whether a script, or any module it imports from the site, loads Pagefind. */
async function loadsPagefind(dist: string, src: string, seen = new Set<string>()): Promise<boolean> {
  if (src.includes('pagefind')) return true;
  if (!src.startsWith('/') || src.startsWith('//') || seen.has(src)) return false;
  seen.add(src);
  const file = join(dist, src.split(/[?#]/)[0] ?? '');
  if (!existsSync(file)) return false;
  const code = await readFile(file, 'utf8');
  if (code.includes('pagefind')) return true;
  for (const [, target = ''] of code.matchAll(IMPORT)) {
    const absolute = target.startsWith('.') ? posix.join(posix.dirname(src), target) : target;
    if (await loadsPagefind(dist, absolute, seen)) return true;
  }
  return false;
}

async function needsOf(dist: string, html: string, pagePath: string): Promise<PageNeeds> {
  const { external, inline, styles } = scriptsOf(html);
  const resolved = external.map((src) => (src.startsWith('/') || /^[a-z]+:/i.test(src) ? src : posix.join(pagePath, src)));
  let wasm = inline.some((code) => code.includes('pagefind'));
  for (const src of resolved) wasm ||= await loadsPagefind(dist, src);
  return { wasm, scriptHashes: inline.map(sha256), styleHashes: styles.map(sha256) };
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'hph:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const entries = await readdir(dist, { recursive: true, withFileTypes: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
        const all: PageNeeds[] = [];
        for (const file of pages.sort()) {
          const html = await readFile(file, 'utf8');
          const needs = await needsOf(dist, html, posix.join('/', relative(dist, dirname(file)), '/'));
          all.push(needs);
          const policy = contentSecurityPolicy(needs, 'meta');
          await writeFile(file, withMetaPolicy(html, policy, SECURITY_HEADERS['Referrer-Policy'] ?? 'no-referrer'));
        }
        // Pagefind's worker gets its policy from the header even if no page script names it.
        const site = mergeNeeds([...all, { wasm: existsSync(join(dist, 'pagefind')), scriptHashes: [], styleHashes: [] }]);
        // Rules someone else put in `_headers` (from public/ or another integration) are kept.
        const headersPath = join(dist, '_headers');
        const others = existsSync(headersPath) ? (await readFile(headersPath, 'utf8')).split(HEADERS_MARKER)[0]!.trim() : '';
        const existing = others ? `${others}\n\n` : '';
        await writeFile(headersPath, existing + headersFile(contentSecurityPolicy(site, 'header')));
        const hashes = new Set(site.scriptHashes).size;
        logger.info(
          `Content-Security-Policy on ${pages.length} pages; ${hashes} inline script hash(es); WebAssembly ${site.wasm ? 'allowed for Pagefind' : 'not needed'}.`,
        );
      },
    },
  };
}
