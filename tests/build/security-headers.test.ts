/**
 * The built site carries a strict Content-Security-Policy on every page (meta) and for the host
 * (`_headers`), and nothing on a page needs more than the policy allows.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import type { AstroIntegrationLogger } from 'astro';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { builtSites } from '../helpers/sites.ts';
import { scriptsOf, sha256 } from '../../src/lib/csp.ts';
import securityHeaders from '../../src/integrations/security-headers.ts';


/** `script-src 'self' 'sha256-…'` → { 'script-src': ["'self'", "'sha256-…'"] }. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  ) as Record<string, string[]>;

const metaPolicy = (html: HTMLElement) =>
  html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

describe.each(builtSites())('Content-Security-Policy in every page of $name', ({ distDir }) => {
  let pages: { url: string; text: string; html: HTMLElement }[];

  beforeAll(async () => {
    pages = await Promise.all(
      (await sitePages(distDir)).map(async ({ url, file }) => {
        const text = await readFile(join(distDir, file), 'utf8');
        return { url, text, html: parse(text) };
      }),
    );
  });

  it('comes first in <head>, right after the charset, so it governs everything after it', () => {
    for (const { url, html } of pages) {
      const head = html.querySelector('head')!.childNodes.filter((node) => node.nodeType === 1) as HTMLElement[];
      expect(head[0]?.getAttribute('charset'), url).toBe('utf-8');
      expect(head[1]?.getAttribute('http-equiv'), url).toBe('content-security-policy');
    }
  });

  it('allows only the site itself, with no inline code and no plugins', () => {
    for (const { url, html } of pages) {
      const policy = directives(metaPolicy(html));
      expect(policy['default-src'], url).toEqual(["'self'"]);
      expect(policy['object-src'], url).toEqual(["'none'"]);
      expect(policy['base-uri'], url).toEqual(["'self'"]);
      expect(policy['form-action'], url).toEqual(["'self'"]);
      expect(policy['style-src']?.[0], url).toBe("'self'");
      for (const sources of Object.values(policy)) {
        expect(sources.filter((s) => /unsafe-inline|^'unsafe-eval'$|^\*$|^https?:|^data:/.test(s)), url).toEqual([]);
      }
      // Only the search page runs Pagefind, which compiles WebAssembly.
      const wasm = policy['script-src']?.includes("'wasm-unsafe-eval'") ?? false;
      expect(wasm, url).toBe(url.startsWith('/sok/'));
      // A meta policy cannot carry frame-ancestors; browsers warn about it in the console.
      expect(policy['frame-ancestors'], url).toBeUndefined();
    }
  });

  it('lists the hash of every inline script and style the page has, and nothing else', () => {
    for (const { url, text, html } of pages) {
      const { inline, styles } = scriptsOf(text);
      const policy = directives(metaPolicy(html));
      expect(policy['script-src']?.filter((s) => s.startsWith("'sha256-")).sort(), url).toEqual([...new Set(inline.map(sha256))].sort());
      expect(policy['style-src']?.filter((s) => s.startsWith("'sha256-")).sort(), url).toEqual([...new Set(styles.map(sha256))].sort());
    }
  });

  it('has no inline style attribute, event handler attribute or javascript: address', () => {
    for (const { url, html } of pages) {
      const offending = html.querySelectorAll('*').flatMap((element) =>
        Object.entries(element.attributes)
          .filter(([name, value]) => name === 'style' || /^on/i.test(name) || /^\s*javascript:/i.test(value))
          .map(([name, value]) => `<${element.tagName.toLowerCase()} ${name}="${value}">`),
      );
      expect(offending, url).toEqual([]);
    }
  });
});

describe.each(builtSites())('_headers for static hosts in $name', ({ distDir }) => {
  let pages: { url: string; text: string; html: HTMLElement }[];

  beforeAll(async () => {
    pages = await Promise.all(
      (await sitePages(distDir)).map(async ({ url, file }) => {
        const text = await readFile(join(distDir, file), 'utf8');
        return { url, text, html: parse(text) };
      }),
    );
  });

  it('sends the site-wide policy and the other security headers for every path', async () => {
    const text = await readFile(join(distDir, '_headers'), 'utf8');
    expect(text).toMatch(/^\/\*$/m);
    const headers = Object.fromEntries(
      [...text.matchAll(/^ {2}([A-Za-z-]+): (.+)$/gm)].map(([, name = '', value = '']) => [name.toLowerCase(), value]),
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    const policy = directives(headers['content-security-policy'] ?? '');
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    // The header is applied to every page, so it must allow whatever any page's own policy allows.
    for (const { url, html } of pages) {
      for (const [name, sources] of Object.entries(directives(metaPolicy(html)))) {
        expect(policy[name], `${url} ${name}`).toEqual(expect.arrayContaining(sources));
      }
    }
  });
});

describe('the security-headers build hook', () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
  const doc = (head: string, body = '') =>
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

  it('hashes inline scripts, ignores data blocks, allows WebAssembly only where Pagefind loads, keeps others’ headers', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-csp-'));
    await mkdir(join(dist, '_astro'));
    await mkdir(join(dist, 'sok'));
    await mkdir(join(dist, 'pagefind'));
    await writeFile(join(dist, '_astro/search.js'), 'import "./chunk.js";');
    await writeFile(join(dist, '_astro/chunk.js'), 'const pf = await import("/pagefind/pagefind.js");');
    await writeFile(join(dist, 'index.html'), doc('<script>document.documentElement.className="js"</script><script type="application/ld+json">{"a":1}</script>'));
    await writeFile(join(dist, 'sok/index.html'), doc('<script type="module" src="/_astro/search.js"></script>'));
    await writeFile(join(dist, '_headers'), '/data/*\n  Access-Control-Allow-Origin: *\n');
    const hook = securityHeaders().hooks['astro:build:done']!;
    await hook({ dir: pathToFileURL(`${dist}/`), logger, pages: [], assets: new Map() });

    const start = directives(metaPolicy(parse(await readFile(join(dist, 'index.html'), 'utf8'))));
    expect(start['script-src']).toEqual(["'self'", sha256('document.documentElement.className="js"')]);
    const search = directives(metaPolicy(parse(await readFile(join(dist, 'sok/index.html'), 'utf8'))));
    expect(search['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const header = await readFile(join(dist, '_headers'), 'utf8');
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(header).toMatch(/^\/data\/\*\n {2}Access-Control-Allow-Origin: \*\n/);
    // A second run (a build into a folder that was not emptied) does not add the rules twice.
    await writeFile(join(dist, 'index.html'), doc(''));
    await writeFile(join(dist, 'sok/index.html'), doc(''));
    await hook({ dir: pathToFileURL(`${dist}/`), logger, pages: [], assets: new Map() });
    expect((await readFile(join(dist, '_headers'), 'utf8')).match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('refuses a page that already has a policy of its own', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-csp-'));
    await writeFile(join(dist, 'index.html'), doc('<meta http-equiv="Content-Security-Policy" content="default-src *">'));
    const hook = securityHeaders().hooks['astro:build:done']!;
    await expect(hook({ dir: pathToFileURL(`${dist}/`), logger, pages: [], assets: new Map() })).rejects.toThrow(
      /redan en Content-Security-Policy/,
    );
  });
});
