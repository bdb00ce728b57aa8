/**
 * LOCATED_IN stated beside a company's name, and what such a company builds there: classes seen on the released
 * held-out sets 7 and 8 (US agency lists of recipients, French "située dans"). Made-up company names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relation, relations } from './helpers.ts';

describe('a place between commas after the name, then the clause', () => {
  it('"A, LLC, in X, Y., has been selected to receive a $N loan to construct a new mill" (en)', () => {
    const x = extract('For example, the Harlow Feed Company, LLC, in Lansing, Mich., has been selected to receive a $7.5 million guaranteed loan to construct a new feed mill.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Harlow Feed Company, LLC -LOCATED_IN-> Lansing');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Harlow Feed Company, LLC -INVESTS_IN-> Lansing']);
    expect(relation(x, 'Harlow Feed Company, LLC', 'INVESTS_IN', 'Lansing')?.properties).toMatchObject({ amount: 7_500_000, currency: 'USD' });
  });
  it('a recipient that builds nothing is located, and invests nowhere (en)', () => {
    const x = extract('Brindle Care, Inc., in Lansing, Mich., has been selected to receive a $1.1 million loan to refinance its debt.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Brindle Care, Inc. -LOCATED_IN-> Lansing');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('a place after the name with no verb after it is no apposition ("A, in Lansing and Detroit") (en)', () => {
    const x = extract('Sales of Brindle Care, Inc., in Lansing and Detroit grew.', 'en');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Brindle'))).toEqual([]);
  });
});

describe('"située dans" a place, a commune or a département', () => {
  it('"A située dans le Cantal" (fr)', () => {
    const x = extract("Il s'agit de Vormelec située dans le Cantal, qui produit des pièces pour l'armée.", 'fr');
    expect(relations(x, 'LOCATED_IN')).toContain('Vormelec -LOCATED_IN-> Cantal');
  });
  it('"la société A, située dans la commune de X" (fr)', () => {
    const x = extract("C'est le cas de la société Tardivel, située dans la commune d'Aurillac, où trente emplois sont menacés.", 'fr');
    expect(relations(x, 'LOCATED_IN')).toContain('Tardivel -LOCATED_IN-> Aurillac');
  });
});
