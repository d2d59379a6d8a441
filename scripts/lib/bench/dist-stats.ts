/**
 * What a build left in its output folder: total size, the Pagefind index if there is one, the
 * social images its pages point at, and the size of one goal page's HTML.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

export interface DistStats {
  output: FolderSize;
  htmlPages: number;
  /** `dist/pagefind/`, or nothing when the build has no search. */
  pagefind?: FolderSize;
  /** Distinct images that `og:image` tags point at and that exist in the output. */
  socialImages: number;
  /** `og:image` URLs that point at nothing in the output. */
  missingSocialImages: number;
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

export async function folderSize(dir: string): Promise<FolderSize> {
  const files = await listFiles(dir);
  let bytes = 0;
  for (const file of files) bytes += (await stat(join(dir, file))).size;
  return { bytes, files: files.length };
}

const OG_IMAGE = /<meta\b[^>]*\bproperty=["']og:image["'][^>]*>/gi;
const CONTENT = /\bcontent=["']([^"']+)["']/i;

/** The site path of each `og:image` on a page, e.g. `/og/mal/vuxna/1-1.png`. */
export function socialImagePaths(html: string): string[] {
  return [...html.matchAll(OG_IMAGE)]
    .map((tag) => CONTENT.exec(tag[0])?.[1])
    .filter((url): url is string => url !== undefined)
    .map((url) => decodeURIComponent(new URL(url, 'https://example.invalid/').pathname));
}

/** The HTML pages of a build with their sizes, without Pagefind's own files. */
export async function htmlFiles(distDir: string): Promise<{ file: string; bytes: number }[]> {
  const files = (await listFiles(distDir)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  return Promise.all(files.map(async (file) => ({ file, bytes: (await stat(join(distDir, file))).size })));
}

export async function distStats(distDir: string): Promise<DistStats> {
  const html = (await htmlFiles(distDir)).map((page) => page.file);
  const images = new Set<string>();
  for (const file of html) {
    for (const path of socialImagePaths(await readFile(join(distDir, file), 'utf8'))) images.add(path);
  }
  const present = [...images].filter((path) => existsSync(join(distDir, path)));
  const pagefindDir = join(distDir, 'pagefind');
  return {
    output: await folderSize(distDir),
    htmlPages: html.length,
    ...(existsSync(pagefindDir) ? { pagefind: await folderSize(pagefindDir) } : {}),
    socialImages: present.length,
    missingSocialImages: images.size - present.length,
  };
}

/** Size in bytes of the HTML of the page at a site path such as `/mal/vuxna/1-1/`. */
export async function pageHtmlBytes(distDir: string, path: string): Promise<number> {
  return (await stat(join(distDir, path, 'index.html'))).size;
}
