/**
 * The shape of `scripts/bench-results.json`: every run as measured, and per plan size the
 * medians the budgets and the README table are computed from.
 */
import type { BuildLog } from './build-log.ts';
import type { DistStats } from './dist-stats.ts';
import type { FirstView } from './page-weight.ts';
import { medianOf, ratio } from './stats.ts';

export interface Run {
  wallMs: number;
  /** CPU time of the build's process tree (missing in results from before it was measured). */
  cpuMs?: number;
  peakBytes: number;
  log: BuildLog;
}

export interface PagefindRun {
  /** Pagefind's own time, from creating the index to closing it. */
  ms: number;
  wallMs: number;
  cpuMs?: number;
  peakBytes: number;
  pages: number;
}

export interface SocialImages {
  /** A build with images and an empty cache. */
  cold: Run;
  images: number;
  /** `og:image` tags that point at no file. */
  missing: number;
}

export interface Rebuild {
  /** The goal changed before rebuilding with the cache of an earlier build. */
  changedGoal: string;
  run: Run;
  /** The same kind of rebuild with `SKIP_OG=1`, to see what images add; only when there are images. */
  withoutImages?: Run;
  /** Images rendered again, and where that figure comes from. */
  rerendered?: number;
  rerenderedSource: 'log' | 'cache files' | 'unknown';
}

export interface SizeResult {
  goals: number;
  /** Files in the generated content folder. */
  entries: number;
  floor: { runs: Run[]; pages: number; pagefind: PagefindRun[] };
  /** Our build with `SKIP_OG=1`, so build cost and image cost are seen apart. */
  ours: { runs: Run[]; dist: DistStats; goalPageHtmlBytes: number; pagefind: PagefindRun[] };
  /**
   * At the budget size: our build of the same plan without the indicators' value files, the
   * content the floor reads (it ignores CSV files), one run per floor run and right after it,
   * and how many value files were left out.
   */
  withoutValues?: { runs: Run[]; valueFiles: number };
  social: SocialImages | 'not present' | 'not measured at this size';
  rebuild: Rebuild | 'not measured at this size';
  pageWeight?: FirstView[];
}

/** Whether goals and indicators are plain markdown, in the real site's collections and content. */
export interface ContentFormat {
  /** The glob patterns the goal and indicator collections read, e.g. `*.md`. */
  patterns: string[];
  mdxFiles: string[];
}

export interface BenchResults {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; astro: string; loadAverage: number[] };
  options: { quick: boolean; sizes: number[]; runs: number[]; budgetSize: number };
  durationMs: number;
  contentFormat: ContentFormat;
  sizes: SizeResult[];
}

/** Medians of one plan size, in the terms the budgets and the table use. */
export function summarise(size: SizeResult) {
  const { floor, ours } = size;
  const pages = ours.runs[0]?.log.pages ?? ours.dist.htmlPages;
  const search = ours.dist.pagefind !== undefined;
  const oursWall = medianOf(ours.runs, (r) => r.wallMs);
  const floorWall = medianOf(floor.runs, (r) => r.wallMs);
  const floorPagefind = medianOf(floor.pagefind, (r) => r.ms);
  // The floor gets standalone Pagefind only when our build has search, so like is compared with like.
  const floorTotal = floorWall === undefined ? undefined : floorWall + (search ? floorPagefind ?? 0 : 0);
  const oursPeak = medianOf(ours.runs, (r) => r.peakBytes);
  const floorBuildPeak = medianOf(floor.runs, (r) => r.peakBytes);
  const floorPeak = search ? Math.max(floorBuildPeak ?? 0, medianOf(floor.pagefind, (r) => r.peakBytes) ?? 0) : floorBuildPeak;
  const stage = (pick: (log: BuildLog) => number | undefined) => medianOf(ours.runs, (r) => pick(r.log));
  const plain = size.withoutValues?.runs ?? [];
  return {
    goals: size.goals,
    pages,
    search,
    oursWall,
    floorWall,
    floorPagefind,
    floorTotal,
    floorPages: floor.pages,
    pagesPerSecond: ratio(pages, oursWall === undefined ? undefined : oursWall / 1000),
    perPageRatio: ratio(ratio(oursWall, pages), ratio(floorTotal, floor.pages)),
    wallRatio: ratio(oursWall, floorTotal),
    oursPeak,
    floorPeak,
    memoryRatio: ratio(oursPeak, floorPeak),
    stages: {
      contentSync: stage((log) => log.contentSync?.ms),
      bundling: stage((log) => log.bundling?.ms),
      rendering: stage((log) => log.rendering?.ms),
      afterBuild: stage((log) => log.afterBuild?.ms),
      pagePass: stage((log) => log.pagePass?.ms),
      search: stage((log) => log.search?.ms),
    },
    searchSource: ours.runs[0]?.log.search?.source,
    oursStandalonePagefind: medianOf(ours.pagefind, (r) => r.ms),
    outputBytes: ours.dist.output.bytes,
    pagefindBytes: ours.dist.pagefind?.bytes,
    goalPageHtmlBytes: ours.goalPageHtmlBytes,
    withoutValuesWall: medianOf(plain, (r) => r.wallMs),
    withoutValuesCpu: medianOf(plain, (r) => r.cpuMs),
    withoutValuesPages: plain[0]?.log.pages,
    withoutValuesRatios: plainRatios(size, search),
    // CPU time of the floor's build and its standalone Pagefind run, the work the build budget compares with.
    floorCpu: floorCpu(size, search),
    withoutValuesPeak: medianOf(plain, (r) => r.peakBytes),
    valueFiles: size.withoutValues?.valueFiles,
    withoutValuesRendering: medianOf(plain, (r) => r.log.rendering?.ms),
  };
}

export type SizeSummary = ReturnType<typeof summarise>;

/**
 * Per round, the time per page of our build without value files over the floor's (its build and,
 * when ours has search, its standalone Pagefind run) in the same round: the pairs the build
 * budget takes its median of.
 */
function plainRatios({ floor, withoutValues }: SizeResult, search: boolean): number[] {
  return (withoutValues?.runs ?? []).flatMap((plain, i) => {
    const floorRun = floor.runs[i];
    const pagefind = search ? floor.pagefind[i]?.ms : 0;
    if (!floorRun || pagefind === undefined) return [];
    const each = ratio(ratio(plain.wallMs, plain.log.pages), ratio(floorRun.wallMs + pagefind, floor.pages));
    return each === undefined ? [] : [each];
  });
}

function floorCpu({ floor }: SizeResult, search: boolean): number | undefined {
  const build = medianOf(floor.runs, (r) => r.cpuMs);
  const pagefind = medianOf(floor.pagefind, (r) => r.cpuMs);
  if (build === undefined || (search && pagefind === undefined)) return undefined;
  return build + (search ? pagefind! : 0);
}

/**
 * Cost of social images. The image stage's own time is used when the log shows it: the difference
 * of two whole builds is the fallback, as on a busy machine it carries both builds' noise.
 */
export function socialFigures(social: SocialImages, rebuild: Rebuild, oursWall: number | undefined) {
  const coldStage = social.cold.log.socialImages?.time?.ms;
  // Cold render time over the images rendered (all of them in a cold build, when the log counts them).
  const rendered = social.cold.log.socialImages?.rendered ?? social.images;
  const perImage = ratio(coldStage ?? (oursWall === undefined ? undefined : social.cold.wallMs - oursWall), rendered);
  const rebuildStage = rebuild.run.log.socialImages?.time?.ms;
  const added =
    rebuildStage !== undefined ? ratio(rebuildStage, rebuild.run.wallMs - rebuildStage)
    : rebuild.withoutImages ? ratio(rebuild.run.wallMs - rebuild.withoutImages.wallMs, rebuild.withoutImages.wallMs)
    : undefined;
  return {
    perImage,
    perImageFrom: coldStage !== undefined ? ('image stage' as const) : ('build difference' as const),
    coldStage,
    rerenderedShare: ratio(rebuild.rerendered, social.images),
    added,
    addedFrom: rebuildStage !== undefined ? ('image stage' as const) : ('build difference' as const),
    rebuildStage,
  };
}
