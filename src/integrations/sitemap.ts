/**
 * `sitemap-index.xml` (and `sitemap-0.xml`) through @astrojs/sitemap, without redirect pages: an
 * old address that only forwards to a new one must not be offered to search engines. Whatever
 * makes the redirect, a static host can only redirect with `<meta http-equiv="refresh">`, so
 * that is what the filter looks for in the built page. The 404 page is left out by the package.
 */
import { existsSync, readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

export const SITEMAP_INDEX = '/sitemap-index.xml';

const REFRESH = /<meta\s[^>]*http-equiv=["']?refresh/i;

/** Whether the built page for `url` (an absolute URL) only forwards to another address. */
export function isRedirectPage(outDir: URL, url: string): boolean {
  const file = new URL(`.${new URL(url).pathname.replace(/\/?$/, '/')}index.html`, outDir);
  return existsSync(file) && REFRESH.test(readFileSync(file, 'utf8'));
}

export default function siteMap(): AstroIntegration[] {
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
    sitemap({ filter: (url) => !outDir || !isRedirectPage(outDir, url) }),
  ];
}
