import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('media outlets are organizations', () => {
  it('types a radio named after "selon la radio X" as Organization (fr)', () => {
    expect(names(extract("Orvane a levé 20 millions d'euros, selon la radio Ondes Claires.", 'fr'))).toContain('Ondes Claires/Organization');
  });
  it('types a newspaper named after "the daily X" as Organization (en)', () => {
    expect(names(extract('Orvane Inc raised $20 million, the daily Morning Ledger reported.', 'en'))).toContain('Morning Ledger/Organization');
  });
});
