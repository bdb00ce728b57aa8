/**
 * Round 7: models a company produces, stated in the passive (blind set 6: "both the next X and Y models will be
 * produced at its plant"). Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('DEVELOPS from a passive of making', () => {
  it('"A announced that both the next X and Y models will be produced at its plant": A develops X and Y', () => {
    const x = extract('Last Thursday, the Dervano Motor Company Ltd announced that, following a meeting of its board, both the next Qorvo and T-Larch models will be produced at its Kent plant.', 'en');
    expect(relations(x, 'DEVELOPS')).toEqual(['Dervano Motor Company Ltd -DEVELOPS-> Qorvo', 'Dervano Motor Company Ltd -DEVELOPS-> T-Larch']);
  });
  it('no auxiliary, no passive: "the Corvo models built in 2010" states nothing here', () => {
    const x = extract('Dervano Motors said the Corvo models built in 2010 sold well.', 'en');
    expect(relations(x, 'DEVELOPS').filter((r) => r.includes('develops-passive'))).toEqual([]);
    expect(x.relations.filter((r) => r.rule === 'develops-passive')).toEqual([]);
  });
});

describe('DEVELOPS from a brand owned', () => {
  it('"A, qui possède la marque T, fabrique …": A develops T', () => {
    const x = extract('La société Ateliers de Morlaix, qui possède la marque Tessandier, fabrique et distribue des produits de maroquinerie.', 'fr');
    expect(relations(x, 'DEVELOPS')).toEqual(['Ateliers de Morlaix -DEVELOPS-> Tessandier']);
  });
  it('a company that owns a stake is no brand owner ("A détient 20 % de B")', () => {
    const x = extract('La société Ateliers de Morlaix détient 20 % de la société Tessandier.', 'fr');
    expect(relations(x, 'DEVELOPS')).toEqual([]);
  });
});
