/**
 * Our own scenarios, in the TCK's format, run through the TCK runner against the engine:
 * tests/tck/features/ScalarFunctions.feature (the scalar functions end to end, with the results Neo4j 5's
 * manual documents) and Neo4jBehaviour.feature (Neo4j 5 behaviour beyond the local TCK copy).
 * Error details (`… at compile time: Detail`) are checked too. Needs no TCK checkout.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../scripts/tck/features.ts';
import { runInWorkers } from '../../scripts/tck/pool.ts';
import { PROJECT_ROOT } from '../../scripts/tck/tck-paths.ts';

const FEATURES = fileURLToPath(new URL('./features', import.meta.url));

describe('own scenarios through the engine', () => {
  it('every scenario of tests/tck/features passes', async () => {
    const scenarios = loadScenarios([FEATURES], FEATURES);
    expect(scenarios.length).toBeGreaterThan(50);
    const results = await runInWorkers(scenarios, { projectRoot: PROJECT_ROOT, graphsDir: FEATURES, timeoutMs: 5000, checkDetail: true });
    const failed = results.filter((r) => !r.passed).map((r) => `${r.id}\n    ${r.reason}`);
    expect(failed, failed.join('\n')).toEqual([]);
  }, 60_000);
});
