/**
 * What `npm run build` (`scripts/build.ts`) does itself, outside Astro's process, and tells the
 * integrations to leave out. Kept apart so the script can start Astro before it loads anything else.
 */

/** The editors' check has run in a process of its own (`./content-check.ts` skips it). */
export const CONTENT_CHECKED = 'HPH_CONTENT_CHECKED';

/** The search index is written once Astro's process has ended (`./post-build.ts` skips step 3). */
export const INDEX_SEPARATELY = 'HPH_INDEX_SEPARATELY';
