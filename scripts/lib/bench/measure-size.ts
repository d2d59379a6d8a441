/**
 * Measures one plan size: generates the content, then builds the floor and our site in turns (so
 * a busy machine slows both alike), indexes both with standalone Pagefind when our build has
 * search, and, where asked, measures social images cold and a rebuild after one goal changed.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticPlan } from '../synthetic-plan.ts';
import { parseBuildLog } from './build-log.ts';
import { distStats, htmlFiles, pageHtmlBytes } from './dist-stats.ts';
import { writeFloorSite } from './floor-site.ts';
import { pageWeights } from './page-weight.ts';
import { PAGEFIND_STANDALONE, parseStandaloneOutput } from './pagefind-standalone.ts';
import { changedImages, editGoal, snapshotImages } from './rebuild.ts';
import type { PagefindRun, Rebuild, Run, SizeResult, SocialImages } from './results.ts';
import { measureNode } from './run-build.ts';
import { GOAL_PAGE } from './budgets.ts';
import { checkPlan } from './check-plan.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Our site is measured as it is built for publishing: `npm run build` (as a preview, like a bare `astro build`). */
const OUR_BUILD = [join(PROJECT_ROOT, 'scripts/build.ts'), '--preview'];
const CHANGED_GOAL = 'vuxna-1-1';

export interface SizeOptions {
  goals: number;
  runs: number;
  /** Measure social images and the rebuild (slow with images: ~40 ms each). */
  social: boolean;
  /** Also run standalone Pagefind over our output, for the search budget. */
  compareSearch: boolean;
  /** `performance.now()` after which no further run is started at this size. */
  deadline: number;
  pageWeight: boolean;
  /** Prints one line of progress. */
  say: (line: string) => void;
}

interface BuildPlace {
  /** The project: ours (PROJECT_ROOT), built with `npm run build`, or the floor, with `astro build`. */
  cwd: string;
  content: string;
  out: string;
  cache: string;
  skipImages: boolean;
}

async function build({ cwd, content, out, cache, skipImages }: BuildPlace): Promise<Run> {
  const env = { ...process.env, HPH_CONTENT_DIR: content, HPH_OUT_DIR: out, HPH_CACHE_DIR: cache, SKIP_OG: skipImages ? '1' : undefined };
  const measured = await measureNode(cwd === PROJECT_ROOT ? OUR_BUILD : [ASTRO, 'build'], { cwd, env });
  return { wallMs: measured.wallMs, cpuMs: measured.cpuMs, peakBytes: measured.peakBytes, log: parseBuildLog(measured.lines) };
}

async function pagefind(site: string, output: string): Promise<PagefindRun> {
  const measured = await measureNode([PAGEFIND_STANDALONE, site, output], { cwd: PROJECT_ROOT, env: process.env });
  const { ms, pages } = parseStandaloneOutput(measured.lines);
  return { ms, pages, wallMs: measured.wallMs, cpuMs: measured.cpuMs, peakBytes: measured.peakBytes };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function measureSize({ goals, runs, social, compareSearch, deadline, pageWeight, say }: SizeOptions): Promise<SizeResult> {
  const work = await mkdtemp(join(tmpdir(), `hph-bench-${goals}-`));
  try {
    const content = join(work, 'content');
    await writeSyntheticPlan(content, { goals });
    const entries = await checkPlan(content);
    await writeFloorSite(join(work, 'floor'), content, join(PROJECT_ROOT, 'node_modules'));
    say(`N = ${goals}: ${entries} content files generated and valid`);

    // The floor reads no value files: at the budget size ours is also built on the same plan
    // without them, in every round right after the floor, so the like-for-like ratio is taken
    // pair by pair and a busy moment slows both sides of a pair alike.
    const plain = compareSearch ? join(work, 'content-without-values') : undefined;
    let valueFiles = 0;
    if (plain) {
      await cp(content, plain, { recursive: true });
      const csv = (await readdir(join(plain, 'indikatorer'))).filter((file) => file.endsWith('.csv'));
      await Promise.all(csv.map((file) => rm(join(plain, 'indikatorer', file))));
      valueFiles = csv.length;
    }
    const plainRuns: Run[] = [];

    const floorRuns: Run[] = [];
    const floorPagefind: PagefindRun[] = [];
    const oursRuns: Run[] = [];
    const oursPagefind: PagefindRun[] = [];
    let floorPages = 0;
    const oursOut = (i: number) => join(work, `ours-${i}`);
    let done = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      // The floor's output stays inside its project, so its server code finds node_modules.
      const floorOut = join(work, 'floor', `dist-${i}`);
      floorRuns.push(await build({ cwd: join(work, 'floor'), content, out: floorOut, cache: join(work, `floor-cache-${i}`), skipImages: true }));
      floorPages = floorRuns[i]!.log.pages ?? 0;
      if (plain) {
        const out = join(work, `ours-without-values-${i}`);
        plainRuns.push(await build({ cwd: PROJECT_ROOT, content: plain, out, cache: join(work, `ours-cache-without-values-${i}`), skipImages: true }));
        await rm(out, { recursive: true });
      }
      const ours = await build({ cwd: PROJECT_ROOT, content, out: oursOut(i), cache: join(work, `ours-cache-${i}`), skipImages: true });
      oursRuns.push(ours);
      const search = ours.log.search !== undefined || (await readdir(oursOut(i))).includes('pagefind');
      if (search) floorPagefind.push(await pagefind(floorOut, join(work, `pagefind-floor-${i}`)));
      if (search && compareSearch) oursPagefind.push(await pagefind(oursOut(i), join(work, `pagefind-ours-${i}`)));
      const standalone = [floorPagefind[i], oursPagefind[i]].map((r) => (r ? seconds(r.ms) : '–')).join(' / ');
      const plainRun = plainRuns[i];
      const withoutValues = plainRun ? ` (${seconds(plainRun.wallMs)} without the ${valueFiles} value files)` : '';
      say(`  run ${i + 1}/${runs}: floor ${seconds(floorRuns[i]!.wallMs)}, ours ${seconds(ours.wallMs)}${withoutValues}${search ? `, standalone Pagefind (floor / ours) ${standalone}` : ''}`);
      await rm(floorOut, { recursive: true });
      done = i + 1;
      // Stop early rather than overrun the bench's time limit on a busy machine.
      if (i < runs - 1 && performance.now() + (performance.now() - started) > deadline) {
        say(`  stopping after ${done} run(s): another would pass the time limit`);
        break;
      }
      if (i < runs - 1) await rm(oursOut(i), { recursive: true });
    }

    const last = oursOut(done - 1);
    const result: SizeResult = {
      goals,
      entries,
      floor: { runs: floorRuns, pages: floorPages, pagefind: floorPagefind },
      ours: { runs: oursRuns, dist: await distStats(last), goalPageHtmlBytes: await pageHtmlBytes(last, GOAL_PAGE), pagefind: oursPagefind },
      social: 'not measured at this size',
      rebuild: 'not measured at this size',
      ...(plain ? { withoutValues: { runs: plainRuns, valueFiles } } : {}),
      ...(pageWeight ? { pageWeight: await pageWeights(last, await htmlFiles(last)) } : {}),
    };
    await rm(last, { recursive: true });
    if (social) Object.assign(result, await measureImagesAndRebuild(work, content, say));
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A cold build with images, then one goal changed and built again on the same cache. */
async function measureImagesAndRebuild(work: string, content: string, say: (line: string) => void) {
  const cache = join(work, 'images-cache');
  const place = (name: string, skipImages: boolean): BuildPlace => ({ cwd: PROJECT_ROOT, content, out: join(work, name), cache, skipImages });
  const cold = await build(place('images-cold', false));
  const stats = await distStats(join(work, 'images-cold'));
  const present = stats.socialImages > 0 || cold.log.socialImages !== undefined;
  const social: SocialImages | 'not present' = present ? { cold, images: stats.socialImages, missing: stats.missingSocialImages } : 'not present';
  say(`  social images: ${present ? `${stats.socialImages} in ${seconds(cold.wallMs)} (cold)` : 'not present in this build'}`);

  const before = await snapshotImages(cache);
  await editGoal(content, CHANGED_GOAL, 1);
  const run = await build(place('images-rebuild', false));
  const fromCache = changedImages(before, await snapshotImages(cache));
  const logged = run.log.socialImages?.rendered;
  const rebuild: Rebuild = {
    changedGoal: CHANGED_GOAL,
    run,
    ...(logged !== undefined ? { rerendered: logged } : before.size > 0 ? { rerendered: fromCache } : {}),
    rerenderedSource: logged !== undefined ? 'log' : before.size > 0 ? 'cache files' : 'unknown',
  };
  if (present) {
    await editGoal(content, CHANGED_GOAL, 2);
    rebuild.withoutImages = await build(place('images-rebuild-skip', true));
  }
  say(`  rebuild after changing \`${CHANGED_GOAL}\`: ${seconds(run.wallMs)}${rebuild.rerendered !== undefined ? `, ${rebuild.rerendered} image(s) rendered again` : ''}`);
  return { social, rebuild };
}
