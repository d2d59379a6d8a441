/**
 * The built pages as Pagefind should read them. Astro compresses HTML, so elements that CSS
 * shows apart reach Pagefind glued together: `<dt>Målgrupp</dt><dd>Vuxna</dd>` would be indexed
 * as the one word "MålgruppVuxna", and "Mål 3:2" next to a "Vuxna" tag as "3:2Vuxna". A space
 * between adjacent elements keeps the words apart, in the index only; `dist/` is not changed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** A closing tag directly followed by an opening tag, unless the text after it is punctuation. */
const GLUED = /(<\/[a-zA-Z][\w-]*>)(<[a-zA-Z][^>]*>)(?![\s,.;:!?)\]–—])/g;

export function separateAdjacentElements(html: string): string {
  return html.replace(GLUED, '$1 $2');
}

export interface SitePage {
  /** Relative to the site, with `/`, e.g. `mal/vuxna/3-2/index.html`; Pagefind makes the URL of it. */
  sourcePath: string;
  content: string;
}

/** Every HTML file of the built site, except those in `skipFolder` (the index itself). */
export async function readSitePages(siteDir: string, skipFolder: string): Promise<SitePage[]> {
  const files = (await readdir(siteDir, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${skipFolder}${sep}`))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      sourcePath: file.split(sep).join('/'),
      content: separateAdjacentElements(await readFile(join(siteDir, file), 'utf8')),
    })),
  );
}
