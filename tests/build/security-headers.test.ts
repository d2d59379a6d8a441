/**
 * The built site carries a strict Content-Security-Policy on every page (meta) and for the host
 * (`_headers`), and nothing on a page needs more than the policy allows.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { builtSites } from '../helpers/sites.ts';
import { finishPages } from '../../src/integrations/post-build.ts';
import { htmlPages } from '../../src/integrations/pagefind.ts';
import { writeHeadersFile } from '../../src/integrations/security-headers.ts';

/** The security part of the post-build pass over a folder: every page checked and given its policy, then `_headers`. */
const secureSite = async (dist: string) => {
  await finishPages(dist, htmlPages(dist));
  await writeHeadersFile(dist);
};


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

type BuiltPage = { url: string; text: string; html: HTMLElement };

/** Every page of a build, as text and parsed, read once per describe block. */
const readBuiltPages = async (distDir: string): Promise<BuiltPage[]> =>
  Promise.all(
    (await sitePages(distDir)).map(async ({ url, file }) => {
      const text = await readFile(join(distDir, file), 'utf8');
      return { url, text, html: parse(text) };
    }),
  );

describe.each(builtSites())('Content-Security-Policy in every page of $name', ({ distDir }) => {
  let pages: BuiltPage[];

  beforeAll(async () => {
    pages = await readBuiltPages(distDir);
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

  it('never lists a hash or nonce, and the page has no inline script to need one', () => {
    for (const { url, html } of pages) {
      const policy = directives(metaPolicy(html));
      for (const sources of Object.values(policy)) {
        expect(sources.filter((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s)), url).toEqual([]);
      }
      const inline = html.querySelectorAll('script').filter((script) => !script.getAttribute('src') && script.getAttribute('type') !== 'application/ld+json');
      expect(inline.map((script) => script.toString()), url).toEqual([]);
      expect(html.querySelectorAll('style'), url).toHaveLength(0);
      // The template's declaration is turned into the policy and removed.
      expect(html.querySelector('meta[name="csp-needs"]'), url).toBeNull();
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
  let pages: BuiltPage[];

  beforeAll(async () => {
    pages = await readBuiltPages(distDir);
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

describe('the security step of the post-build pass', () => {
  const doc = (head: string, body = '') =>
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

  it('allows WebAssembly only where the template declares Pagefind, and keeps others’ headers', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-csp-'));
    await mkdir(join(dist, 'sok'));
    await writeFile(join(dist, 'index.html'), doc('<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script>'));
    await writeFile(join(dist, 'sok/index.html'), doc('<meta name="csp-needs" content="pagefind"><script type="module" src="/_astro/search.js"></script>'));
    await writeFile(join(dist, '_headers'), '/data/*\n  Access-Control-Allow-Origin: *\n');
    await secureSite(dist);

    const start = directives(metaPolicy(parse(await readFile(join(dist, 'index.html'), 'utf8'))));
    expect(start['script-src']).toEqual(["'self'"]);
    const searchPage = parse(await readFile(join(dist, 'sok/index.html'), 'utf8'));
    expect(directives(metaPolicy(searchPage))['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(searchPage.querySelector('meta[name="csp-needs"]')).toBeNull();
    const header = await readFile(join(dist, '_headers'), 'utf8');
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(header).toMatch(/^\/data\/\*\n {2}Access-Control-Allow-Origin: \*\n/);
    // A second run (a build into a folder that was not emptied) does not add the rules twice.
    await writeFile(join(dist, 'index.html'), doc(''));
    await writeFile(join(dist, 'sok/index.html'), doc(''));
    await secureSite(dist);
    expect((await readFile(join(dist, '_headers'), 'utf8')).match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('fails the build, naming the page and line, for inline script, event handlers and style attributes', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-csp-'));
    await mkdir(join(dist, 'mal'));
    await writeFile(join(dist, 'index.html'), doc('<script type="module" src="/_astro/a.js"></script>'));
    await writeFile(
      join(dist, 'mal/index.html'),
      doc('<script>alert(1)</script>', '\n<img src="/a.png" alt="" onerror="alert(1)">\n<p style="color:red">x</p><a href=" JaVa&#x09;script:alert(1)">y</a><meta name="csp-needs" content="pagefind">'),
    );
    const failure = await secureSite(dist).then(() => '', (error: Error) => error.message);
    expect(failure).toMatchInlineSnapshot(`
      "Bygget stoppades: 5 fel i de byggda sidorna kan köra skript eller stil som säkerhetspolicyn inte tillåter.
        - \`mal/index.html\` rad 1: Sidan har ett inbäddat \`<script>\`. Lägg skriptet i en egen fil och ladda det med \`src\`.
        - \`mal/index.html\` rad 2: \`<img>\` har händelseattributet \`onerror\`, som kör skript på sidan.
        - \`mal/index.html\` rad 3: \`<p>\` har ett \`style\`-attribut. Lägg stilen i en CSS-fil.
        - \`mal/index.html\` rad 3: \`<a href>\` pekar på en adress som börjar med \`javascript:\`.
        - \`mal/index.html\` rad 3: \`<meta name="csp-needs">\` gäller bara i \`<head>\`.
      Webbplatsens egna skript ska ligga i egna filer (\`src/scripts/\`), stilar i CSS-filer. Säkerhetspolicyn får aldrig hashar eller nonce för det som står på sidan."
    `);
    // Nothing was written: the good page has no policy yet, and no half-finished file is left.
    expect(await readFile(join(dist, 'index.html'), 'utf8')).not.toContain('content-security-policy');
    expect((await readdir(dist, { recursive: true })).sort()).toEqual(['index.html', 'mal', 'mal/index.html']);
  });

  it('refuses a page that already has a policy of its own', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-csp-'));
    await writeFile(join(dist, 'index.html'), doc('<meta http-equiv="Content-Security-Policy" content="default-src *">'));
    await expect(secureSite(dist)).rejects.toThrow(
      /redan en Content-Security-Policy/,
    );
  });
});
