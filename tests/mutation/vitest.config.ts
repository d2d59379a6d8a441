/**
 * The tests Stryker runs for each mutant: unit and check tests only, with no site build (no
 * global setup), so one mutant costs seconds. See tests/mutation/stryker.config.mjs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/check/**/*.test.ts'],
    // These run the code in a subprocess (the check's and `npm run ny`'s command line, other time
    // zones) or time the real build: a mutant is active only in Stryker's own process, so they
    // cannot notice one, and they took 41 of the 76 s a run of these tests takes.
    exclude: [
      'tests/check/cli.test.ts',
      'tests/check/formats-cli.test.ts',
      'tests/check/new-entry.test.ts',
      'tests/unit/time-zones.test.ts',
      'tests/unit/bench/**',
    ],
    testTimeout: 30_000,
    // As under `npm test`: every temporary folder lies in one folder for the run, removed at its end.
    globalSetup: ['tests/temp-folder.ts'],
    // Property tests run once per mutant: 50 generated cases each instead of their full number.
    env: { PROPERTY_RUNS: '50' },
  },
});
