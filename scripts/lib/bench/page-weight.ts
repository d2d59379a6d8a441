/**
 * Page weight: what a browser downloads for a first view of a page, read from `dist/`. It follows
 * what a browser would fetch at load: stylesheets (and their `@import`s and the fonts their text
 * needs), scripts (and their static imports; a dynamic `import()` waits until it is used),
 * preloads, icons and eager images. Text files are counted raw and gzipped; fonts and images are
 * already compressed, so their gzip size is their raw size.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { fontsNeeded, type Stylesheet } from './css-fonts.ts';

export type AssetKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Asset {
  path: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
}

export interface FirstView {
  /** The page type, e.g. `/mal/*\/*\/` for goal pages. */
  type: string;
  /** The page measured: of its type, the one with the most HTML. */
  url: string;
  /** How many pages have this type. */
  pages: number;
  requests: number;
  assets: Asset[];
  byKind: Record<AssetKind, { count: number; raw: number; gzip: number }>;
  total: { raw: number; gzip: number };
  /** `<script>` elements with code in the page itself (JSON data blocks are not code). */
  inlineScripts: number;
  /** Local files the page asks for that are not in `dist/`. */
  missing: string[];
}

const KIND_OF: [RegExp, AssetKind][] = [
  [/\.html?$/, 'html'], [/\.css$/, 'css'], [/\.m?js$/, 'js'], [/\.(woff2?|ttf|otf)$/, 'font'],
  [/\.(png|jpe?g|gif|webp|avif|svg|ico)$/, 'image'],
];
const COMPRESSED = /\.(woff2?|png|jpe?g|gif|webp|avif)$/;
export const kindOf = (path: string): AssetKind => KIND_OF.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';

/** `/` → `/`, `/mal/` → `/mal/`, `/mal/vuxna/1-1/` → `/mal/*\/*\/`, `/404.html` stays. */
export function pageType(url: string): string {
  const segments = url.split('/').filter(Boolean);
  if (segments.length <= 1) return url;
  return `/${segments[0]}/${segments.slice(1).map(() => '*').join('/')}${url.endsWith('/') ? '/' : ''}`;
}

/** Site path of an HTML file in `dist/`: `mal/index.html` → `/mal/`. */
export const urlOfFile = (file: string) => `/${file}`.replace(/index\.html$/, '');
const fileOfUrl = (url: string) => (url.endsWith('/') ? `${url}index.html` : url);

/** A link in a file at `from` (a site path) as a site path, or nothing if it leaves the site. */
function resolveLink(from: string, link: string): string | undefined {
  if (/^(data:|[a-z]+:|\/\/)/i.test(link)) return undefined;
  const path = link.split(/[?#]/)[0]!;
  if (path.startsWith('/')) return posix.normalize(path);
  // A page at `/mal/` resolves against itself; a file such as `/_astro/a.css` against its folder.
  return posix.join(from.endsWith('/') ? from : posix.dirname(from), path);
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g;

export async function firstView(distDir: string, url: string): Promise<Omit<FirstView, 'type' | 'pages'>> {
  const htmlPath = fileOfUrl(url);
  const html = await readFile(join(distDir, htmlPath), 'utf8');
  const root = parse(html);
  const wanted: string[] = [];
  const sheets: Stylesheet[] = root.querySelectorAll('style').map((style) => ({ from: url, text: style.text }));
  const add = (from: string, link: string | undefined) => {
    const path = link ? resolveLink(from, link) : undefined;
    if (path && !wanted.includes(path)) wanted.push(path);
  };
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.some((r) => ['stylesheet', 'preload', 'modulepreload', 'icon'].includes(r))) add(url, link.getAttribute('href'));
  }
  for (const script of root.querySelectorAll('script[src]')) add(url, script.getAttribute('src'));
  for (const img of root.querySelectorAll('img[src]')) if (img.getAttribute('loading') !== 'lazy') add(url, img.getAttribute('src'));

  // Stylesheets and scripts bring further files; the list grows while it is walked.
  for (let i = 0; i < wanted.length; i++) {
    const path = wanted[i]!;
    const file = join(distDir, path);
    if (!existsSync(file)) continue;
    if (kindOf(path) === 'css') {
      const text = await readFile(file, 'utf8');
      sheets.push({ from: path, text });
      for (const match of text.matchAll(CSS_IMPORT)) add(path, match[1]);
    } else if (kindOf(path) === 'js') {
      for (const match of (await readFile(file, 'utf8')).matchAll(STATIC_IMPORT)) add(path, match[1]);
    }
  }
  const bodyText = root.querySelector('body')?.text ?? root.text;
  for (const font of fontsNeeded(sheets, bodyText)) add(font.from, font.url);

  const assets: Asset[] = [await measure(distDir, htmlPath)];
  const missing: string[] = [];
  for (const path of wanted) {
    if (existsSync(join(distDir, path))) assets.push(await measure(distDir, path));
    else missing.push(path);
  }
  const byKind = Object.fromEntries(
    (['html', 'css', 'js', 'font', 'image', 'other'] as const).map((kind) => {
      const of = assets.filter((a) => a.kind === kind);
      return [kind, { count: of.length, raw: sum(of, 'raw'), gzip: sum(of, 'gzip') }];
    }),
  ) as FirstView['byKind'];
  const inlineScripts = root
    .querySelectorAll('script:not([src])')
    .filter((s) => !/json/i.test(s.getAttribute('type') ?? '')).length;
  return { url, requests: assets.length, assets, byKind, total: { raw: sum(assets, 'raw'), gzip: sum(assets, 'gzip') }, inlineScripts, missing };
}

async function measure(distDir: string, path: string): Promise<Asset> {
  const bytes = await readFile(join(distDir, path));
  const gzip = COMPRESSED.test(path) ? bytes.length : gzipSync(bytes).length;
  return { path, kind: kindOf(path), raw: bytes.length, gzip };
}

const sum = (assets: Asset[], key: 'raw' | 'gzip') => assets.reduce((total, a) => total + a[key], 0);

/** The first view of each page type, measured on its page with the most HTML. */
export async function pageWeights(distDir: string, htmlFiles: { file: string; bytes: number }[]): Promise<FirstView[]> {
  const byType = Map.groupBy(
    htmlFiles.filter((f) => !f.file.startsWith('pagefind/')),
    (f) => pageType(urlOfFile(f.file)),
  );
  const views: FirstView[] = [];
  for (const [type, files] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    views.push({ type, pages: files.length, ...(await firstView(distDir, urlOfFile(largest.file))) });
  }
  return views;
}
