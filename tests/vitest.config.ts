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
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/check/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts', 'tests/search/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
    ],
  },
});
