/**
 * Sets 5 to 23 (tests/extract/real-blind/set-N: collected and annotated by hand before any extractor run).
 * Set 5 was released for tuning in round 6, set 6 in round 7, sets 7 and 8 in round 8; set 9 is the validation set of
 * round 8 (only summary figures read, used to keep or drop a class and to choose the learned scorer's thresholds); sets 10
 * and 11 (collected in round 8) were the test sets of round 8 and are released for tuning in round 9; sets 12 and 13
 * (collected in round 9) were its test sets and are released for tuning in round 10; sets 14 and 15 (collected in round
 * 10) were its test sets and are released for tuning in round 11; sets 16 and 17 (collected in round 11) were its test
 * sets and are released for tuning in round 12; sets 18 and 19 (collected in round 12) were its test sets and are released
 * for tuning in round 13; sets 20 and 21 (collected in round 13) were its test sets and are released for tuning in round 14;
 * sets 22 and 23 (collected in round 14) are its test sets: scored blind by the lead only, at the start and the end of the
 * round.
 * Floors a little under the scores at the end of round 14, so a rule that stops generalising fails `npm test`. Reading
 * the details (`scripts/score-real.ts --only blind-10 --verbose`) ends a set's use as a blind measure.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreArticles } from './heldout/run.ts';

const texts = (dir: string) => readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.txt')).map((f) => join(dir, 'texts', f));

// history (entities / relations / amounts): blind … → tuned on
const floors = [
  { set: 'set-5', entities: 0.95, relations: 0.82, amounts: 9 }, // 0.81 / 0.36 / 5 → 0.84 / 0.48 / 6 → tuned on: 0.97 / 0.81 / 10 → 0.99 / 0.82 / 10 → round 10: 0.99 / 0.88 / 10
  { set: 'set-6', entities: 0.93, relations: 0.80, amounts: 4 }, // 0.85 / 0.24 / 1 → 0.87 / 0.32 / 1 → tuned on: 0.95 / 0.80 / 3 → 0.97 / 0.83 / 4 → round 10: 0.97 / 0.85 / 5
  { set: 'set-7', entities: 0.94, relations: 0.86, amounts: 3 }, // blind 0.85 / 0.36 / 0 of 4 → 0.85 / 0.39 / 0 → tuned on in round 8: 0.98 / 0.82 / 4 → round 9: 0.98 / 0.92 / 4 → round 10: 0.98 / 0.92 / 4
  { set: 'set-8', entities: 0.94, relations: 0.90, amounts: 5 }, // blind 0.83 / 0.22 / 0 of 6 → 0.84 / 0.24 / 0 → tuned on in round 8: 0.98 / 0.77 / 4 → round 9: 0.98 / 0.90 / 6 → round 10: 0.98 / 0.95 / 6
  { set: 'set-9', entities: 0.89, relations: 0.60, amounts: 0 }, // blind 0.85 / 0.38 / 0 of 3 → 0.87 / 0.40 → validation in round 8: 0.89 / 0.46 / 0 → round 9: 0.89 / 0.53 / 0 → round 10: 0.90 / 0.54 / 0 → round 11: 0.90 / 0.57 / 0 → round 13: 0.92 / 0.64 / 0
  { set: 'set-10', entities: 0.91, relations: 0.82, amounts: 6 }, // test: start of round 8 0.82 / 0.42 / 3 of 8 → end 0.86 / 0.46 / 3 → tuned on in round 9: 0.94 / 0.80 / 5 → round 10: 0.95 / 0.88 / 7
  { set: 'set-11', entities: 0.91, relations: 0.90, amounts: 1 }, // test: start of round 8 0.87 / 0.48 / 0 of 1 → end 0.88 / 0.49 / 0 → tuned on in round 9: 0.95 / 0.95 / 0 → round 10: 0.95 / 0.96 / 1
  { set: 'set-12', entities: 0.91, relations: 0.88, amounts: 6 }, // test: start of round 9 0.85 / 0.42 / 0 of 8 → end 0.88 / 0.49 / 1 → tuned on in round 10: 0.95 / 0.94 / 7
  { set: 'set-13', entities: 0.89, relations: 0.85, amounts: 0 }, // test: start of round 9 0.82 / 0.23 / 0 of 0 → end 0.82 / 0.26 / 0 → tuned on in round 10: 0.93 / 0.91 / 0
  { set: 'set-14', entities: 0.91, relations: 0.85, amounts: 1 }, // test: start of round 10 0.78 / 0.42 / 0 of 1 → end 0.80 / 0.49 / 0 → tuned on in round 11: 0.94 / 0.90 / 1
  { set: 'set-15', entities: 0.90, relations: 0.85, amounts: 2 }, // test: start of round 10 0.90 / 0.38 / 1 of 2 → end 0.91 / 0.39 / 1 → tuned on in round 11: 0.93 / 0.90 / 2
  { set: 'set-16', entities: 0.90, relations: 0.78, amounts: 8 }, // test: start of round 11 0.88 / 0.66 / 7 of 9 → end 0.89 / 0.66 / 7 → tuned on in round 12: 0.93 / 0.83 / 9
  { set: 'set-17', entities: 0.92, relations: 0.82, amounts: 2 }, // test: start of round 11 0.87 / 0.36 / 1 of 2 → end 0.88 / 0.39 / 1 → tuned on in round 12: 0.96 / 0.87 / 2
  { set: 'set-18', entities: 0.90, relations: 0.73, amounts: 5 }, // test: start of round 12 0.78 / 0.44 / 1 of 10 → end 0.78 / 0.48 / 1 → tuned on in round 13: 0.93 / 0.77 / 6 → round 14: 0.93 / 0.78 / 6
  { set: 'set-19', entities: 0.87, relations: 0.65, amounts: 0 }, // test: start of round 12 0.81 / 0.23 / 0 of 0 → end 0.82 / 0.23 / 0 → tuned on in round 13: 0.90 / 0.66 / 0 → round 14: 0.90 / 0.71 / 0
  { set: 'set-20', entities: 0.91, relations: 0.72, amounts: 3 }, // test: start of round 13 0.82 / 0.52 / 3 of 4 → end 0.83 / 0.51 / 3 → tuned on in round 14: 0.94 / 0.77 / 4
  { set: 'set-21', entities: 0.95, relations: 0.88, amounts: 2 }, // test: start of round 13 0.84 / 0.42 / 1 of 3 → end 0.88 / 0.63 / 1 → tuned on in round 14: 0.98 / 0.94 / 3
  { set: 'set-22', entities: 0.81, relations: 0.47, amounts: 4 }, // test: start of round 14 0.83 / 0.52 / 5 of 8 → end 0.84 / 0.52 / 5
  { set: 'set-23', entities: 0.85, relations: 0.48, amounts: 1 }, // test: start of round 14 0.88 / 0.53 / 1 of 1 → end 0.88 / 0.53 / 1
];

describe('real texts scored blind, sets 5 to 23', () => {
  for (const f of floors) {
    it(`${f.set} keeps its scores above their floors`, async () => {
      const dir = join(import.meta.dirname, 'real-blind', f.set);
      const s = await scoreArticles(texts(dir), join(dir, 'gold.json'));
      const report = formatScore(s, false); // summary only
      expect(s.entities.f1, report).toBeGreaterThanOrEqual(f.entities);
      expect(s.relations.f1, report).toBeGreaterThanOrEqual(f.relations);
      expect(s.amounts.ok, report).toBeGreaterThanOrEqual(f.amounts);
    });
  }
});
