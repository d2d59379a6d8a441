// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): Stryker changes one small thing at a time in the
 * pure and rule modules and runs the unit and check tests against each change; a change no test
 * notices ("survived") is a promise no test keeps. Not part of `npm test`: a full run takes long.
 * Incremental: results are kept in reports/mutation/, so a re-run only tests what changed.
 * Run one module: `npm run test:mutation -- --mutate src/lib/search.ts`.
 */

/** The modules under mutation, in one list (issue #11 moves them to new folders). */
export const MUTATED = [
  // The plan model and its rules.
  'src/lib/graph.ts',
  'src/lib/graph-checks.ts',
  'src/lib/page-urls.ts',
  'src/lib/urls.ts',
  // The editors' check and its messages, the URL ledger among them.
  'src/lib/check/*.ts',
  // Search query handling.
  'src/lib/search.ts',
  // Open-data export.
  'src/lib/open-data/*.ts',
  // The markup and CSP policy.
  'src/lib/csp.ts',
  'src/lib/safe-markup.ts',
  'src/lib/safe-mdx.ts',
  'src/lib/markup-check.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tests/mutation/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: MUTATED,
  coverageAnalysis: 'perTest',
  // The machine is shared; two test runners at a time.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: null },
  // Only what the tests need is copied into the sandbox.
  ignorePatterns: ['dist', 'reports', '.astro', '.cache', 'scripts/bench-results.json', 'tests/fixtures/bench', 'public'],
  timeoutMS: 10_000,
};
