/**
 * Real texts scored blind (tests/extract/real-blind/README.md): floors a little under the scores
 * measured at the end of the session that collected them, so a rule that stops generalising fails
 * `npm test`. Details: `node --import tsx scripts/score-real.ts --only blind-1 --verbose`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreArticles } from './heldout/run.ts';

const dir = (set: string) => join(import.meta.dirname, 'real-blind', set);
const texts = (set: string) => readdirSync(join(dir(set), 'texts')).filter((f) => f.endsWith('.txt')).map((f) => join(dir(set), 'texts', f));

describe('real texts scored blind', () => {
  it('set 1 (later tuned on) keeps its scores above their floors', async () => {
    const s = await scoreArticles(texts('set-1'), join(dir('set-1'), 'gold.json'));
    const report = formatScore(s, true);
    // measured: entities F1 0.89 (103/121 typed), relations F1 0.64, amounts 5/10; after round 4: 0.90, 0.68, 6/10
    // after round 6: 0.97, 0.90, 9/10
    expect(s.entities.f1, report).toBeGreaterThanOrEqual(0.95);
    expect(s.relations.f1, report).toBeGreaterThanOrEqual(0.86);
    expect(s.amounts.ok, report).toBeGreaterThanOrEqual(8);
  });

  it('set 2 (blind at the end of the session) keeps its scores above their floors', async () => {
    const s = await scoreArticles(texts('set-2'), join(dir('set-2'), 'gold.json'));
    const report = formatScore(s, true);
    // measured blind: entities F1 0.86 (107/138 typed), relations F1 0.23, amounts 1/5;
    // after the round-3 classes (tests/extract/round3.test.ts): 0.88 (110/138 typed), 0.32, 2/5;
    // after round 4 (tests/extract/round4-relations.test.ts): 0.88, 0.47, 4/5; after round 6: 0.96, 0.76, 4/5
    expect(s.entities.f1, report).toBeGreaterThanOrEqual(0.94);
    expect(s.relations.f1, report).toBeGreaterThanOrEqual(0.72);
  });

  it('set 3 (scored blind before round 4) keeps its scores above their floors', async () => {
    const s = await scoreArticles(texts('set-3'), join(dir('set-3'), 'gold.json'));
    const report = formatScore(s, true);
    // measured blind: entities F1 0.79 (90/120 typed), relations F1 0.33, amounts 0/3;
    // after round 4 (tuned on it): 0.79, 0.60, 3/3
    expect(s.entities.f1, report).toBeGreaterThanOrEqual(0.93); // round 5 (entity classes tuned on it): 0.81 → 0.94; round 6: 0.95
    expect(s.relations.f1, report).toBeGreaterThanOrEqual(0.85); // round 6: 0.89
    expect(s.amounts.ok, report).toBeGreaterThanOrEqual(2);
  });
});
