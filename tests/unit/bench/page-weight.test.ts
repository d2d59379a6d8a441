/**
 * Page weight over a tiny built site (tests/fixtures/bench/built-site): what a browser would fetch for
 * a first view, and what it would not (lazy images, dynamic imports, fonts for scripts the page
 * does not use).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../../scripts/lib/bench/dist-stats.ts';
import { pageType, pageWeights, type FirstView } from '../../../scripts/lib/bench/page-weight.ts';

const DIST = join(import.meta.dirname, '../../fixtures/bench/built-site');
const size = (path: string) => statSync(join(DIST, path)).size;
let views: FirstView[];
const view = (type: string) => views.find((v) => v.type === type)!;

beforeAll(async () => {
  views = await pageWeights(DIST, await htmlFiles(DIST));
});

describe('page types', () => {
  it('groups pages by their URL shape', () => {
    expect(pageType('/')).toBe('/');
    expect(pageType('/mal/')).toBe('/mal/');
    expect(pageType('/mal/vuxna/3-2/')).toBe('/mal/*/*/');
    expect(pageType('/404.html')).toBe('/404.html');
    expect(views.map((v) => v.type)).toEqual(['/', '/mal/*/*/', '/sok/']);
  });

  it('measures the largest page of a type', () => {
    expect(view('/mal/*/*/')).toMatchObject({ pages: 2, url: '/mal/vuxna/1-2/' });
  });
});

describe('the first view of the start page', () => {
  it('fetches stylesheets with their imports, scripts with their static imports, icon, eager images and needed fonts', () => {
    expect(view('/').assets.map((a) => a.path).sort()).toEqual([
      '/_astro/app.js', '/_astro/chunk.js', '/_astro/extra.css', '/_astro/fonts/latin.woff2',
      '/_astro/site.css', '/bild.png', '/favicon.svg', '/index.html',
    ]);
    expect(view('/').requests).toBe(8);
  });

  it('leaves out lazy images, dynamic imports, unused families and fonts for other scripts', () => {
    const paths = view('/').assets.map((a) => a.path);
    for (const left of ['/sent.png', '/_astro/lazy.js', '/_astro/fonts/unused.woff2', '/_astro/fonts/cyrillic.woff2', '/_astro/fonts/latin.woff']) {
      expect(paths).not.toContain(left);
    }
  });

  it('adds raw sizes from disk and gzips text but not fonts and images', () => {
    const start = view('/');
    const raw = start.assets.reduce((sum, a) => sum + size(a.path), 0);
    expect(start.total.raw).toBe(raw);
    expect(start.byKind.font).toEqual({ count: 1, raw: size('/_astro/fonts/latin.woff2'), gzip: size('/_astro/fonts/latin.woff2') });
    expect(start.byKind.html.gzip).toBe(gzipSync(readFileSync(join(DIST, 'index.html'))).length);
    expect(start.byKind.js.count).toBe(2);
  });
});

describe('scripts', () => {
  it('does not count JSON-LD as JavaScript', () => {
    expect(view('/mal/*/*/')).toMatchObject({ inlineScripts: 0, byKind: { js: { count: 0 } } });
  });

  it('sees a search page that imports Pagefind only when used', () => {
    const search = view('/sok/');
    expect(search.inlineScripts).toBe(1);
    expect(search.assets.some((a) => a.path.startsWith('/pagefind/'))).toBe(false);
  });

  it('resolves a relative stylesheet link against the page', () => {
    expect(view('/mal/*/*/').assets.map((a) => a.path)).toContain('/_astro/site.css');
    expect(view('/mal/*/*/').missing).toEqual([]);
  });
});
