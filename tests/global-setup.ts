/**
 * Builds the real site once for every test file that reads `dist/`. Set HPH_TEST_DIST to a
 * finished build to skip this (e.g. while iterating on a test).
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

export default async function setup(project: TestProject) {
  // The committed settings leave the repository empty (nobody knows it yet), which leaves out
  // every edit link; tests build with a stand-in so those links can be checked. Workers inherit it.
  process.env['REPOSITORY_URL'] ??= 'https://git.example.test/redaktion/handlingsplan';
  const given = process.env['HPH_TEST_DIST'];
  const distDir = given ?? (await buildSite()).outDir;
  project.provide('distDir', distDir);
  // The "every page" checks also walk a plan that has every kind of page; HPH_TEST_FIXTURE_DIST skips its build.
  project.provide('fixtureDistDir', process.env['HPH_TEST_FIXTURE_DIST'] ?? (await buildFixturePlan()));
}
