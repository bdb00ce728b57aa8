/**
 * Deals the investment reading missed on the released held-out sets 7 and 8: a seller's activities sold to a
 * buyer, stakes stated in the passive or after a relative, and "foreign direct investment" (no investor named).
 * Made-up company names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relation, relations } from './helpers.ts';

describe("a seller's activities sold to a buyer", () => {
  it('"le groupe A veut céder une partie de ses activités … au groupe B": B invests in A (fr)', () => {
    const x = extract("Le député attire l'attention du ministre sur l'annonce faite par le groupe Valmore qui veut céder une partie de ses activités chimiques au groupe Tressan basé à Lyon.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Tressan -INVESTS_IN-> Valmore']);
  });
  it('"a vendu l\'activité X d\'A pour N au groupe américain B": B invests in A at that price (fr)', () => {
    const x = extract("En 2016, la France a vendu l'activité ferroviaire de Corvelle pour 4,5 milliards d'euros au groupe américain Brandwell Industries.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Brandwell Industries -INVESTS_IN-> Corvelle']);
    expect(relation(x, 'Brandwell Industries', 'INVESTS_IN', 'Corvelle')?.properties).toMatchObject({ amount: 4_500_000_000, currency: 'EUR' });
  });
  it('"A agreed to sell its coatings business to B" (en)', () => {
    const x = extract('Valmore Chemicals agreed to sell its industrial coatings business to Tressan Group for $2 billion.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Tressan Group -INVESTS_IN-> Valmore Chemicals']);
  });
  it('selling products to a customer is no sale of a unit (en)', () => {
    const x = extract('Valmore Chemicals sells its coatings to Tressan Group.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
});

describe('stakes in the passive or after a relative', () => {
  it('"les actions d\'A seront détenues à 50 % par B, à 15 % par C" (fr)', () => {
    const x = extract("Les actions de Corvelle seront détenues à 50 % par Brandwell, à 15 % par Ostrander.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Brandwell -INVESTS_IN-> Corvelle', 'Ostrander -INVESTS_IN-> Corvelle']);
  });
  it('"B qui, s\'il détient 15 % du capital d\'A" (fr)', () => {
    const x = extract("La manœuvre fut humiliante pour Brandwell qui, s'il détient 15 % du capital de Corvelle Motors, ne dispose d'aucun droit de vote.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Brandwell -INVESTS_IN-> Corvelle Motors']);
  });
});

describe('"foreign direct investment" names no investor', () => {
  it('a council named in a title before a person does not invest (en)', () => {
    const x = extract('Today, Secretary Jane Roe and Northfield Council Director Paul Dane hosted business leaders, who are making significant foreign direct investment (FDI) in the United States.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
});
