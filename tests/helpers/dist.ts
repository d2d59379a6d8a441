/** Reading a built site: its HTML pages, parsed, and whether a link resolves to a file. */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../../scripts/lib/site-pages.ts';

export { listFiles };

/** Every HTML page in the build, keyed by its URL path (`/mal/vuxna/3-2/`). */
export async function readPages(distDir: string): Promise<Map<string, HTMLElement>> {
  const files = (await listFiles(distDir)).filter((file) => file.endsWith('.html'));
  const pages = new Map<string, HTMLElement>();
  for (const file of files) {
    const url = `/${file}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    pages.set(url, parse(await readFile(join(distDir, file), 'utf8')));
  }
  return pages;
}

/** The internal link targets on a page: `href` and `src` values that point into the site. */
export function internalLinks(page: HTMLElement): string[] {
  return page
    .querySelectorAll('[href], [src]')
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
    .filter((url) => url.startsWith('/') && !url.startsWith('//'));
}

/** Whether a site path resolves to a file in `dist/`, as a static host would serve it. */
export function resolvesInDist(distDir: string, url: string): boolean {
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  const target = join(distDir, path);
  if (path.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

/** The hrefs of links inside the element matched by `selector`. */
export const hrefsIn = (page: HTMLElement, selector = 'main') =>
  page.querySelectorAll(`${selector} a[href]`).map((a) => a.getAttribute('href') ?? '');

