/**
 * A fixture site with accepted-but-tricky input (`tests/fixtures/tricky/`): titles, summaries,
 * source names and attribute values with `</title>`, quotes and `<script>` text. It must build,
 * and no page may contain an executable element that content put there; every page's policy has
 * no `'unsafe-inline'`, hash or nonce for scripts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { buildSite } from '../helpers/build.ts';
import { scenario } from '../helpers/scenario.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* elements(child);
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '');

let pages: { url: string; document: DefaultTreeAdapterTypes.Document }[];

beforeAll(async () => {
  const { contentDir } = await scenario('tricky');
  const { outDir } = await buildSite({ contentDir, env: { SKIP_OG: '1' } });
  pages = await Promise.all(
    (await sitePages(outDir)).map(async ({ url, file }) => ({ url, document: parse(await readFile(join(outDir, file), 'utf8')) })),
  );
});

describe('a site built from tricky but accepted content', () => {
  it('shows the tricky title as text', () => {
    const goal = pages.find((page) => page.url === '/mal/vuxna/1-1/')!;
    const title = [...elements(goal.document)].find((element) => element.tagName === 'title')!;
    expect(text(title)).toContain("</title><script>alert('titel')</script>");
    const h1 = [...elements(goal.document)].find((element) => element.tagName === 'h1')!;
    expect(text(h1)).toContain('"citat"');
  });

  it('has no script, handler or script address that content put there', () => {
    for (const { url, document } of pages) {
      const found = [...elements(document)].flatMap((element) => [
        ...(element.tagName === 'script' && attr(element, 'type') !== 'application/ld+json' && !/^\/(_astro\/|[\w-]+\.js$)/.test(attr(element, 'src') ?? '')
          ? [`<script src=${attr(element, 'src')}>`]
          : []),
        ...(['style', 'iframe', 'object', 'embed', 'base'].includes(element.tagName) ? [`<${element.tagName}>`] : []),
        ...element.attrs.filter((a) => /^on/i.test(a.name) || a.name === 'style').map((a) => `${element.tagName} ${a.name}`),
        ...element.attrs.filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value)).map((a) => `${element.tagName} ${a.name}=${a.value}`),
      ]);
      expect(found, url).toEqual([]);
    }
    expect(pages.length).toBeGreaterThan(10);
  });

  it('gives every page a policy without unsafe-inline, hashes or nonces for scripts', () => {
    for (const { url, document } of pages) {
      const metas = [...elements(document)].filter((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'content-security-policy');
      expect(metas, url).toHaveLength(1);
      const scriptSrc = (attr(metas[0]!, 'content') ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      expect(scriptSrc, url).toMatch(/^script-src 'self'( 'wasm-unsafe-eval')?$/);
    }
  });
});
