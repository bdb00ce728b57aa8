/**
 * The committed learned-scorer thresholds follow the train / validation protocol (scripts/train-relations.ts --select-on):
 * trained on development sets only, chosen on blind-9, and acting only where the unit tests' made-up sentences stay right.
 */
import { describe, expect, it } from 'vitest';
import { committedModelFile } from '../../src/extract/learned/index.ts';
import thresholdsFile from '../../src/extract/learned/relation-thresholds.json' with { type: 'json' };

describe('learned relation thresholds chosen on the validation set', () => {
  const file = committedModelFile();
  it('the model was never trained on the validation or test sets', () => {
    expect(file).toBeDefined();
    // blind-10 and blind-11 were released for tuning in session 9, blind-12 and blind-13 in session 10, blind-14 and blind-15 in
    // session 11; 9 selects, 16 and up are test sets
    for (const c of file!.provenance.corpora) expect(c).not.toMatch(/^blind-(9|1[6-9]|[2-9]\d|\d{3,})$/);
  });
  it('says how the thresholds were chosen, and every threshold is a probability pair the combiner understands', () => {
    expect(thresholdsFile.chosenBy).toMatch(/--select-on blind-9/);
    for (const th of Object.values(file!.thresholds)) {
      expect(th!.veto).toBeGreaterThanOrEqual(0);
      expect(th!.veto).toBeLessThan(1);
      expect(th!.add).toBeGreaterThan(th!.veto);
    }
  });
});
