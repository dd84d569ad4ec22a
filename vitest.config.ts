import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    testTimeout: 60_000,
    // Build tests build a fixture site in beforeAll; on a loaded machine that passed vitest's
    // default 10 s hook limit (the build now also writes release.docx and share cards).
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
