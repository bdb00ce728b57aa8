/** People listed each with a title in apposition ("A, president of B, and C, head of D"); invented names. */
import { describe, expect, it } from 'vitest';
import { extract, names, relations } from './helpers.ts';

describe('a list of people with their titles', () => {
  it('keeps the last person a person (not a firm of a list) and gives each person their own firm', () => {
    const x = extract('Tomas Reyl, president of Orvane Energy, and Ingrid Haldor, head of Pellix, signed the deal.', 'en');
    expect(names(x)).toContain('Ingrid Haldor/Person');
    expect(relations(x, 'ROLE_AT').sort()).toEqual(['Ingrid Haldor -ROLE_AT-> Pellix', 'Tomas Reyl -ROLE_AT-> Orvane Energy']);
  });

  it('does not read a two-word title of the person before as the title of the next name', () => {
    const x = extract('Speakers included Maren Holt, chief executive of Gardane Systems, Tomas Reyl, president of Orvane Energy, and Ingrid Haldor, chair of Pellix.', 'en');
    expect(relations(x, 'ROLE_AT')).not.toContain('Tomas Reyl -ROLE_AT-> Gardane Systems');
    expect(relations(x, 'ROLE_AT')).toContain('Ingrid Haldor -ROLE_AT-> Pellix');
    expect(relations(x, 'ROLE_AT')).toContain('Maren Holt -ROLE_AT-> Gardane Systems');
  });
});

describe('a one-word title before "of"', () => {
  it('leaves no "of" at the start of the employer\'s name ("X, CEO of A")', () => {
    const x = extract('"We are ready," said Maren Holt, CEO of Gardane Systems.', 'en');
    expect(names(x)).toContain('Gardane Systems/Company');
    expect(relations(x, 'ROLE_AT')).toContain('Maren Holt -ROLE_AT-> Gardane Systems');
  });
});
