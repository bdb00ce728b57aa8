/**
 * TCK regression guard: every scenario listed in tests/tck/passing.txt must still pass against the
 * engine. Runs those scenarios through the runner (worker thread, per-scenario time limit) and fails
 * listing each one that no longer passes, with the reason. Skipped, with a visible message, only when
 * the TCK folder is absent (default ../shared/tck/features; NEWSGRAPH_TCK=DIR to point elsewhere).
 * Regenerate the list with `npm run tck -- --write-passing tests/tck/passing.txt` (only ever grows).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../scripts/tck/features.ts';
import { runInWorkers } from '../../scripts/tck/pool.ts';
import { locateTck, PROJECT_ROOT, tckRequested } from '../../scripts/tck/tck-paths.ts';

const PASSING_FILE = fileURLToPath(new URL('./passing.txt', import.meta.url));
const passing = readFileSync(PASSING_FILE, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const tck = locateTck();

if (!tck) {
  console.warn(`[tck regression] SKIPPED: TCK not found at ${tckRequested()} (set NEWSGRAPH_TCK=DIR to run it)`);
}

describe.skipIf(!tck)(`TCK regression (${passing.length} scenarios known to pass)`, () => {
  it('every scenario of tests/tck/passing.txt still passes', async () => {
    const { featuresDir, graphsDir } = tck!;
    const wanted = new Set(passing);
    const scenarios = loadScenarios([featuresDir], featuresDir).filter((s) => wanted.has(s.id));
    const missing = passing.filter((id) => !scenarios.some((s) => s.id === id));
    const results = await runInWorkers(scenarios, { projectRoot: PROJECT_ROOT, graphsDir, timeoutMs: 5000, jobs: 1 });
    const broken = results.filter((r) => !r.passed).map((r) => `${r.id}\n    ${(r.reason ?? '').split('\n')[0]}`);
    const problems = [...missing.map((id) => `${id}\n    no such scenario in ${featuresDir}`), ...broken];
    expect(problems, `${problems.length} scenario(s) of passing.txt no longer pass:\n${problems.join('\n')}`).toEqual([]);
  }, 240_000);
});
