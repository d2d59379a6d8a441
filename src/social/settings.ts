/**
 * Build settings the social image endpoint needs but cannot see itself (Astro gives pages no
 * access to the config). The `og-images` integration resolves them once and hands them to the
 * endpoint as the virtual module `virtual:hph/og-settings`, the way Starlight passes its config.
 */
export interface OgSettings {
  /** The project folder, where node_modules (and so the fonts) are found. */
  root: string;
  /** Where rendered cards are kept between builds: `og/` in Astro's cacheDir (HPH_CACHE_DIR moves it). */
  cacheDir: string;
  /** `SKIP_OG=1`: build no images (pages still name them), for quick builds. */
  skip: boolean;
}

export const OG_SETTINGS_MODULE = 'virtual:hph/og-settings';

/** What the endpoint's image cache reports after a build, in `report.json` in the cache folder. */
export interface OgReport {
  /** Images the build asked for. */
  images: number;
  /** Images rendered in this build (their content changed, or the cache was empty). */
  rendered: number;
  /** Images read from the cache. */
  fromCache: number;
  /** Worker threads that drew the rendered images. */
  workers: number;
  /** Wall-clock time from the first render's start to the last one's end, in ms. */
  renderWallMs: number;
  /** `renderWallMs / rendered`: what one image cost, with renders overlapping. */
  msPerRenderedImage: number | null;
  /** Cache files this build used; the build hook removes the others. */
  files: string[];
}

export const REPORT_FILE = 'report.json';
