// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_URL } from './src/consts.ts';
import ogImages from './src/integrations/og-images.ts';
import siteMap from './src/integrations/sitemap.ts';

// Build locations can be moved by the environment so that tests and benchmarks can build
// fixture content side by side without sharing a cache with the real site.
const env = process.env;

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(env['HPH_OUT_DIR'] ? { outDir: env['HPH_OUT_DIR'] } : {}),
  // Outside node_modules, so work trees that share one node_modules do not share a cache.
  cacheDir: env['HPH_CACHE_DIR'] ?? './.cache/astro',
  integrations: [mdx(), ogImages(), siteMap()],
});
