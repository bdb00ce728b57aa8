/** An administration named after people the article names is no entity (src/extract/mentions/detect.ts); invented names. */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('an administration named after people', () => {
  it('drops "the Vellard-Pellin Administration" when the article names Vellard and Pellin', () => {
    const x = extract('Today, the Vellard-Pellin Administration announced new grants. President Vellard and Vice President Pellin welcomed Orvane Systems.', 'en');
    expect(names(x).filter((n) => n.includes('Administration'))).toEqual([]);
    expect(names(x)).toContain('Orvane Systems/Company');
  });

  it('drops "the Vellard Administration" after "President Jonah Vellard"', () => {
    const x = extract('President Jonah Vellard spoke in Denver. The Vellard Administration has backed the plan.', 'en');
    expect(names(x).filter((n) => n.includes('Administration'))).toEqual([]);
  });

  it('keeps an agency called an administration, and one named after nobody the article names', () => {
    expect(names(extract('The Small Business Administration approved a loan to Orvane Systems.', 'en'))).toContain('Small Business Administration/Organization');
  });
});
