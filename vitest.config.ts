import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Folders whose files run in-process only (no module state that outlives a file): they share one module
// registry per worker instead of re-importing the lexicons and the engine for every file (~3x less CPU
// for tests/extract). Every other folder keeps a fresh module registry per file.
const SHARED_MODULES = ['cypher', 'cypher-temporal', 'extract', 'resolve', 'geo', 'curate', 'export', 'ingest', 'time', 'views', 'tck', 'store']
  .map((folder) => `tests/${folder}/**/*.test.ts`);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default is cores - 1, i.e. one file at a time on 2 cores; most long files wait on child
    // processes (CLI, serve, Chromium), so two at once keep both cores busy
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // one scratch folder per run, where files share set-up artefacts (tests/helpers/run-dir.ts)
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'shared-modules', include: SHARED_MODULES, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: SHARED_MODULES } },
    ],
  },
});
