/**
 * Builds the real site once for the `build` and `browser` projects. Each project runs this setup,
 * so the build is kept on `globalThis` of the main Vitest process and the second project reuses
 * it. Set HPH_TEST_DIST to a finished build to skip building (e.g. while iterating on a test).
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

const shared = globalThis as { hphSiteBuild?: Promise<string> };

export default async function setup(project: TestProject) {
  const given = process.env['HPH_TEST_DIST'];
  shared.hphSiteBuild ??= given ? Promise.resolve(given) : buildSite().then((build) => build.outDir);
  project.provide('distDir', await shared.hphSiteBuild);
}
