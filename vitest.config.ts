import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // one scratch folder per run, where files share set-up artefacts (tests/helpers/run-dir.ts)
    globalSetup: ['tests/global-setup.ts'],
  },
});
