/** A unit named after its owner is the subject that invests ("A's subsidiary B will invest"); invented names. */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('a unit named after its owner', () => {
  it('gives the investment to the unit, not to its owner', () => {
    for (const text of ["Orvane's subsidiary Pellix Foods will invest $20 million in Omaha.", "Orvane Systems' Danish unit, Pellix, will invest $5 million in Odense."]) {
      const r = relations(extract(text, 'en'), 'INVESTS_IN');
      expect(r.some((x) => x.startsWith('Pellix'))).toBe(true);
      expect(r.some((x) => x.startsWith('Orvane'))).toBe(false);
    }
  });
});
