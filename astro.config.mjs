// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_URL } from './src/consts.ts';
import { contentDirOf } from './src/publishing/content-dir.ts';
import pagefind from './src/integrations/pagefind.ts';
import schemaCache from './src/integrations/schema-cache.ts';
import contentCheck from './src/integrations/content-check.ts';
import glossaryAbbreviations from './src/integrations/glossary-abbreviations.ts';
import contentSafety from './src/integrations/content-safety.ts';
import ogImages from './src/integrations/og-images.ts';
import siteMap from './src/integrations/sitemap.ts';
import postBuild from './src/integrations/post-build.ts';
import noDepOptimizerInBuild from './src/integrations/no-dep-optimizer.ts';

// Build locations can be moved by the environment so that tests and benchmarks can build
// fixture content side by side without sharing a cache with the real site.
const env = process.env;
// Pages Astro renders at once, so there is always a page to render while others are written and
// compressed. At N = 1,000 without value files, 16 built 5 % faster than 4 (seven interleaved
// pairs, +16 MB peak); 32 was no faster than 16, and 128 was slower again.
const PAGES_AT_ONCE = 16;

// Listed last, but the sitemap, listed before it, asks its page pass which pages are redirects.
const postBuildPass = postBuild();

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Styles always come as files: the Content-Security-Policy allows no inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: PAGES_AT_ONCE },
  ...(env['HPH_OUT_DIR'] ? { outDir: env['HPH_OUT_DIR'] } : {}),
  // Outside node_modules, so work trees that share one node_modules do not share a cache.
  cacheDir: env['HPH_CACHE_DIR'] ?? './.cache/astro',
  integrations: [
    noDepOptimizerInBuild(),
    schemaCache(),
    mdx(),
    contentCheck(),
    contentSafety({ contentDir: contentDirOf(process.cwd()) }),
    glossaryAbbreviations(),
    ogImages(),
    siteMap({ forwards: postBuildPass.forwards }),
    pagefind(),
    // The one pass over dist/ (page transforms and security policy, _redirects, sitemap.xml,
    // _headers, _nginx.conf, the search index, gzip copies). Keep it last: it reads the finished pages.
    postBuildPass,
  ],
});
