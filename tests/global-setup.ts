/**
 * vitest globalSetup: one scratch folder for the whole run (see tests/helpers/run-dir.ts), removed at
 * the end. Builds nothing itself, so a run of a few files pays only for what they use.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-test-run-'));
  project.provide('testRunDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
