/**
 * What `npm run build` (`scripts/build.ts`) does itself, outside Astro's process, and tells the
 * integrations to leave out, and how it sets up Astro's process. Kept apart so the script can
 * start Astro before it loads anything else.
 */

/** The editors' check has run in a process of its own (`./content-check.ts` skips it). */
export const CONTENT_CHECKED = 'HPH_CONTENT_CHECKED';

/** The search index is written once Astro's process has ended (`./post-build.ts` skips step 3). */
export const INDEX_SEPARATELY = 'HPH_INDEX_SEPARATELY';

/**
 * libuv's thread pool for Astro's process (file writes and the pages' gzip copies), as
 * `UV_THREADPOOL_SIZE`: one thread per core, two to four. libuv's default of four threads on a
 * two-core machine made the build slower than two (2.5 % in seven interleaved pairs at N = 1,000,
 * and 25 MB more memory); one thread was slower again. Someone's own setting is kept.
 */
export function astroThreadPool(env: NodeJS.ProcessEnv, cores: number): string {
  return env['UV_THREADPOOL_SIZE'] || String(Math.min(4, Math.max(2, cores)));
}
