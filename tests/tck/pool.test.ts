/**
 * The worker pool's time limit: a scenario whose query never returns fails alone ("timed out"), its
 * worker is replaced, and the scenarios after it still run. Uses a fake project whose engine loops
 * forever on a query containing HANG; and a project without an engine, where every scenario fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFeature } from '../../scripts/tck/features.ts';
import { runInWorkers } from '../../scripts/tck/pool.ts';

const root = mkdtempSync(join(tmpdir(), 'tck-pool-'));
mkdirSync(join(root, 'src', 'cypher'), { recursive: true });
writeFileSync(join(root, 'package.json'), '{"type": "module"}');
writeFileSync(join(root, 'src', 'cypher', 'index.ts'), `
export class CypherEngine {
  execute(query: string): { columns: string[]; rows: unknown[][] } {
    if (query.includes('HANG')) for (;;) { /* never returns */ }
    return { columns: ['x'], rows: [[1n]] };
  }
}
`);
const noEngine = mkdtempSync(join(tmpdir(), 'tck-pool-none-'));
afterAll(() => { rmSync(root, { recursive: true, force: true }); rmSync(noEngine, { recursive: true, force: true }); });

const step = (q: string): string => `  Scenario: ${q}
    Given any graph
    When executing query:
      """
      ${q}
      """
    Then the result should be, in any order:
      | x |
      | 1 |
`;
const scenarios = parseFeature(`Feature: Pool\n${step('RETURN 1 AS x')}${step('RETURN HANG')}${step('RETURN 2 AS x')}`, 'p/Pool.feature');

describe('worker pool', () => {
  it('fails a hanging scenario on its time limit and runs the rest', async () => {
    const started = performance.now();
    const results = await runInWorkers(scenarios, { projectRoot: root, graphsDir: root, timeoutMs: 1500, jobs: 1 });
    expect(results.map((r) => r.passed), JSON.stringify(results)).toEqual([true, false, true]);
    expect(results[1].reason).toBe('timed out after 1500 ms');
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('fails every scenario, with the reason, when the engine is missing', async () => {
    let loadError = '';
    const results = await runInWorkers(scenarios, { projectRoot: noEngine, graphsDir: noEngine, timeoutMs: 1500, onLoadError: (m) => { loadError = m; } });
    expect(results.every((r) => !r.passed)).toBe(true);
    expect(loadError).toMatch(/does not exist/);
    expect(results[0].reason).toMatch(/engine is not there yet/);
  }, 30_000);
});
