/**
 * The built sites the "every page" checks walk: the real content, and the fixture plan
 * `tests/fixtures/every-page/` (base plan + overlay), which has the kinds of page the real
 * content lacks so far: redirect pages, withdrawn entries, an MDX assignment, goals with several
 * indicators, indicators shared across target groups and with values.
 */
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite } from './build.ts';
import { scenario } from './scenario.ts';

export const FIXTURE_PLAN = 'every-page';

/** Builds the fixture plan once (global setup) and returns its output folder. */
export async function buildFixturePlan(env: Record<string, string> = {}): Promise<string> {
  const { root, contentDir } = await scenario(FIXTURE_PLAN);
  const { outDir } = await buildSite({ contentDir, outDir: join(root, 'dist'), env });
  return outDir;
}

export interface BuiltSite {
  name: string;
  distDir: string;
  /** Whether this is the real content (some checks name real pages). */
  real: boolean;
}

/** Both builds, for `describe.each(builtSites())('$name', ...)`. */
export const builtSites = (): BuiltSite[] => [
  { name: 'the real site', distDir: inject('distDir'), real: true },
  { name: 'the fixture plan with every kind of page', distDir: inject('fixtureDistDir'), real: false },
];
