/**
 * Builds the real site once for the `build` and `browser` projects. Each project runs this setup,
 * so the build is kept on `globalThis` of the main Vitest process and the second project reuses
 * it. Set HPH_TEST_DIST to a finished build to skip building (e.g. while iterating on a test).
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build.ts';
import { buildFixturePlan } from './helpers/sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    /** The build of `tests/fixtures/every-page/` (see `tests/helpers/sites.ts`). */
    fixtureDistDir: string;
  }
}

const shared = globalThis as { hphSiteBuild?: Promise<string>; hphFixtureBuild?: Promise<string> };

export default async function setup(project: TestProject) {
  // The committed settings leave the repository empty (nobody knows it yet), which leaves out
  // every edit link; tests build with a stand-in so those links can be checked. Workers inherit it.
  process.env['REPOSITORY_URL'] ??= 'https://git.example.test/redaktion/handlingsplan';
  const given = process.env['HPH_TEST_DIST'];
  shared.hphSiteBuild ??= given ? Promise.resolve(given) : buildSite().then((build) => build.outDir);
  project.provide('distDir', await shared.hphSiteBuild);
  // The "every page" checks also walk a plan that has every kind of page; HPH_TEST_FIXTURE_DIST skips its build.
  shared.hphFixtureBuild ??= process.env['HPH_TEST_FIXTURE_DIST'] ? Promise.resolve(process.env['HPH_TEST_FIXTURE_DIST']) : buildFixturePlan();
  project.provide('fixtureDistDir', await shared.hphFixtureBuild);
}
