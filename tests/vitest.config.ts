import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Builds and browsers are slow on a 2-core machine; unit tests finish long before this.
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
