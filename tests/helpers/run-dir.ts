/**
 * One scratch folder per `vitest run`, made by tests/global-setup.ts and removed when the run ends, where
 * test files share set-up artefacts that are the same for all of them (e.g. the seeds graph): the first
 * file that needs one builds it, the others copy it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext { testRunDir: string }
}

let fallback: string | undefined;

/** The run's shared folder; a private one when the global set-up did not run (a file run on its own by other tools). */
export function testRunDir(): string {
  const dir = inject('testRunDir');
  if (dir) return dir;
  fallback ??= mkdtempSync(join(tmpdir(), 'newsgraph-test-run-'));
  return fallback;
}
