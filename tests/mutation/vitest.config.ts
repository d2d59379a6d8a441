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
    // These start subprocesses or read the real build; Stryker cannot see into a subprocess.
    exclude: ['tests/check/cli.test.ts', 'tests/unit/bench/**'],
    testTimeout: 30_000,
    // Property tests run once per mutant: 50 generated cases each instead of their full number.
    env: { PROPERTY_RUNS: '50' },
  },
});
