/**
 * The sitemap through @astrojs/sitemap (`sitemap-index.xml`, pointing at `sitemap-0.xml`), also
 * published as `/sitemap.xml` (copied by the post-build pass), the address people and tools try first. Redirect pages are left
 * out: an old address that only forwards to a new one must not be offered to search engines.
 * Whatever makes the redirect, a static host can only redirect with `<meta http-equiv="refresh">`,
 * so that is what the filter looks for in the built page (`src/publishing/redirect-pages.ts`). The package leaves out the 404 page.
 */
import { existsSync, readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { isRedirectStub } from '../publishing/redirect-pages.ts';
import { REMOVED_PAGES } from '../publishing/removed-addresses.ts';

/** The sitemap index as the package writes it, and the address robots.txt gives. */
export const SITEMAP_INDEX = '/sitemap-index.xml';
export const SITEMAP = '/sitemap.xml';

/** Whether the built page for `url` (an absolute URL) only forwards to another address. */
export function isRedirectPage(outDir: URL, url: string): boolean {
  const file = new URL(`.${new URL(url).pathname.replace(/\/?$/, '/')}index.html`, outDir);
  return existsSync(file) && isRedirectStub(readFileSync(file, 'utf8'));
}

/** Whether the page at a path only forwards to another address; `undefined` when that is not known. */
export type Forwards = (pathname: string) => boolean | undefined;

/**
 * Whether the sitemap lists `url`: not a removed address, and not a page that only forwards.
 * `forwards` answers from the pages as they were rendered (`PagePass.forwards`), so no page is
 * read again; a page it has not seen is read from `outDir`.
 */
export function listedInSitemap(url: string, { forwards, outDir }: { forwards?: Forwards | undefined; outDir?: URL | undefined }): boolean {
  const { pathname } = new URL(url);
  if (pathname.startsWith(`${REMOVED_PAGES}/`)) return false;
  return !(forwards?.(pathname) ?? (outDir !== undefined && isRedirectPage(outDir, url)));
}

export default function siteMap({ forwards }: { forwards?: Forwards } = {}): AstroIntegration[] {
  let outDir: URL | undefined;
  return [
    {
      name: 'hph:sitemap-out-dir',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    // Pages for removed addresses (status 410) are not offered either.
    sitemap({ filter: (url) => listedInSitemap(url, { forwards, outDir }) }),
  ];
}
