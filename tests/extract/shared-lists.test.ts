/**
 * Word lists shared by several modules of src/extract (lexicon/common.ts): each use reads the whole list.
 */
import { describe, expect, it } from 'vitest';
import { isHonorific } from '../../src/extract/lexicon/common.ts';
import { extract, names } from './helpers.ts';

describe('honorifics (one list for every cue before a person)', () => {
  it('a capitalised honorific, or one spelled out in lower case; not the English "me"', () => {
    expect(isHonorific({ lower: 'professeur', cap: true })).toBe(true);
    expect(isHonorific({ lower: 'monsieur', cap: false })).toBe(true);
    expect(isHonorific({ lower: 'me', cap: false })).toBe(false);
  });
  it('"Professeur Guy Varnier, industriel du secteur": a title of the longer list keeps the person before a firm noun', () => {
    expect(names(extract('Le Professeur Guy Varnier, industriel très compétent du secteur automobile, vient d\'être nommé.', 'fr'))).toContain('Guy Varnier/Person');
  });
});
