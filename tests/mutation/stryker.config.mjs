// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): Stryker changes one small thing at a time in the
 * pure and rule modules and runs the unit and check tests against each change; a change no test
 * notices ("survived") is a promise no test keeps. Not part of `npm test`: a full run takes long.
 * Incremental: results are kept in reports/mutation/, so a re-run only tests what changed.
 * One module: `npm run test:mutation -- --mutate 'src/plan/**\/*.ts'` (see README, "Mutation testing").
 */

/**
 * The folders under mutation (issue #15 names them: the plan model and its rules, the editors'
 * check and its messages with the URL ledger, search query handling, open-data export, the markup
 * and CSP policy). Every `.ts` file in them is mutated unless `EXCLUDED` names it with a reason;
 * `tests/unit/mutation-config.test.ts` fails when a pattern matches no file or a file is neither.
 */
export const FOLDERS = ['src/plan', 'src/check', 'src/search', 'src/open-data', 'src/security'];

/** The modules under mutation, one pattern per module group, in the order they are run. */
export const MUTATED = [
  // The plan model and its rules (the published-URL ledger's model among them).
  'src/plan/**/*.ts',
  // The markup and CSP policy.
  'src/security/*.ts',
  // Search query handling and the index's page data.
  'src/search/*.ts',
  // The editors' check and its messages, the URL ledger (url-manifest.ts, url-check.ts).
  'src/check/*.ts',
  // Open-data export.
  'src/open-data/*.ts',
];

/** Files in `FOLDERS` that are not mutated, each with its reason. */
export const EXCLUDED = [
  {
    pattern: 'src/search/client/*.ts',
    reason: 'Browser code for /sok/ (DOM, Pagefind loaded at run time): only the browser tests run it, and Stryker runs the unit and check tests.',
  },
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // `related`: for each mutated file, only the test files that import it (directly or not) run.
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tests/mutation/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: MUTATED,
  // Each mutant runs only the tests that executed its code in the first, instrumented run.
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
  // Only what the tests need is copied into the sandbox. The hostile symlink case is a link that
  // points nowhere until a test copies it over the base plan, and Stryker cannot copy it.
  ignorePatterns: ['dist', 'reports', '.astro', '.cache', 'scripts/bench-results.json', 'tests/fixtures/bench', 'public', 'tests/fixtures/hostile/symlink-entry'],
  // A mutant is a timeout when its tests take 1.5 × their time in the first run plus this; under a
  // load of 10+ on two cores, 10 s made slow-but-correct runs time out and restart the runner.
  timeoutMS: 30_000,
  // A static mutant (module-level code, or code the tests run outside a test: `describe` bodies,
  // `beforeAll`) has no per-test coverage, so it runs every related test file. A first run over
  // src/plan, with the subprocess tests still in, counted 357 of 629 and Stryker estimated them at
  // 98 % of the time; they are left out and counted as "ignored" in the report.
  // `-- --ignoreStatic false` runs them too (see README, "Mutation testing").
  ignoreStatic: true,
};
