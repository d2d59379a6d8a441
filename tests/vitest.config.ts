import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three projects. `unit` (tests/unit, tests/check) never builds the site:
 * `npx vitest run --config tests/vitest.config.ts --project unit`.
 * `build` (tests/build, tests/search) and `browser` (tests/browser) read the real site, built
 * once by the global setup and shared by both. `npm test` runs all three.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Builds and browsers are slow on a 2-core machine; unit tests finish long before this.
    testTimeout: 180_000,
    hookTimeout: 600_000,
    // Every project: temporary folders go into one folder for the run, removed at its end.
    globalSetup: ['tests/temp-folder.ts'],
    projects: [
      // Vitest leaves one core free by default, which on two cores is one worker: the unit tests
      // wait on their child processes as often as they compute, so they take every core. A
      // project with its own number of workers runs in a group of its own: first, before the
      // build and browser projects, which keep the default.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/check/**/*.test.ts'], maxWorkers: '100%', sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts', 'tests/search/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'], sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
