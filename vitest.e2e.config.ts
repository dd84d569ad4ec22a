import { defineConfig } from 'vitest/config';

// Browser quality gates (issue 7): one worker, because every file drives the same
// Chromium binary on a 2-core machine and shares the site built once in globalSetup.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
