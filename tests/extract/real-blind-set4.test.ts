/**
 * Blind set 4 (tests/extract/real-blind/set-4, collected and annotated on 2026-12-06 before any
 * extractor run, kept held out for the whole session: only summary figures were read). Floors a little
 * under the blind score measured at the end of that session, so a rule that stops generalising fails
 * `npm test`. Details: `node --import tsx scripts/score-real.ts --only blind-4 --verbose` (reading them
 * ends the set's use as a blind measure: collect a new one first).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreArticles } from './heldout/run.ts';

const dir = join(import.meta.dirname, 'real-blind', 'set-4');
const texts = readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.txt')).map((f) => join(dir, 'texts', f));

describe('real texts scored blind, set 4', () => {
  it('keeps its scores above their floors', async () => {
    const s = await scoreArticles(texts, join(dir, 'gold.json'));
    // summary only: the report is not printed unless the floor fails
    const report = formatScore(s, false);
    // measured blind: at the start entities F1 0.80, relations F1 0.37, amounts 2/3; at the end 0.85, 0.44, 2/3
    // round 5 (released and tuned on: classes in round5-entities.test.ts): entities F1 0.85 → 0.98
    expect(s.entities.f1, report).toBeGreaterThanOrEqual(0.95);
    expect(s.relations.f1, report).toBeGreaterThanOrEqual(0.80); // round 6: 0.85
    expect(s.amounts.ok, report).toBeGreaterThanOrEqual(2);
  });
});
