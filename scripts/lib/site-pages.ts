/**
 * Which pages a built site has, found in the build itself so the quality checks cover whatever
 * the site grows to: every HTML file in `dist/` (which includes 404 and redirect pages that a
 * sitemap leaves out), and the sitemap's URLs when there is one.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** The path a visitor requests: `/mal/vuxna/3-2/` for `mal/vuxna/3-2/index.html`, `/404.html`. */
  url: string;
  /** The file, relative to `dist/`, with `/` separators. */
  file: string;
}

export async function listFiles(distDir: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export const urlOfFile = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

/** Every HTML page in the build, in a stable order. */
export async function sitePages(distDir: string): Promise<SitePage[]> {
  if (!existsSync(distDir)) {
    throw new Error(`Hittade ingen byggd webbplats i \`${distDir}\`. Kör \`npm run build\` först.`);
  }
  const files = (await listFiles(distDir)).filter((file) => file.endsWith('.html'));
  return files.map((file) => ({ url: urlOfFile(file), file }));
}

/** The `<loc>` addresses of every sitemap file in the build; empty when there is no sitemap. */
export async function sitemapUrls(distDir: string): Promise<string[]> {
  const sitemaps = (await listFiles(distDir)).filter((file) => /^sitemap[\w-]*\.xml$/.test(file));
  const urls: string[] = [];
  for (const file of sitemaps) {
    const xml = await readFile(join(distDir, file), 'utf8');
    // A sitemap index lists other sitemaps; those are read as files of their own above.
    if (xml.includes('<sitemapindex')) continue;
    for (const [, loc = ''] of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) urls.push(loc);
  }
  return urls;
}

/** Whether a page is a redirect stub (`<meta http-equiv="refresh">`), not a page people read. */
export const isRedirectStub = (html: string) => /<meta\s[^>]*http-equiv\s*=\s*["']?refresh/i.test(html);

/** The pages people read: every page except redirect stubs, which the browser leaves at once. */
export async function readablePages(distDir: string): Promise<SitePage[]> {
  const pages = await sitePages(distDir);
  const stubs = await Promise.all(pages.map(async ({ file }) => isRedirectStub(await readFile(join(distDir, file), 'utf8'))));
  return pages.filter((_, i) => !stubs[i]);
}
