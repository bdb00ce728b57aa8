/**
 * INVESTS_IN, round 11 (failure classes of the released sets 14 and 15): changes of owner stated by a participle far
 * from its company (lists of takeovers in parliamentary questions), sites of another company, jobs from a company,
 * subsidiaries and State aid. Sentences of our own with made-up company names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const invests = (text: string, lang: 'fr' | 'en' = 'fr') => relations(extract(text, lang, ''), 'INVESTS_IN');

describe('a participle of sale or purchase qualifying a company named before it', () => {
  it('bought by, past an apposition and a year', () => {
    expect(invests("Il y a Corvane, fleuron de l'optique, acheté en 2019 par le fonds d'investissement américain Belmont.")).toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
  it('sold to, with or without a comma, a unit of the company or the company and its products', () => {
    expect(invests('Il y a le pétrolier Corvane lâché en 2016 à Belmont Industries.')).toEqual(['Belmont Industries -INVESTS_IN-> Corvane']);
    expect(invests("Il y a la branche énergie d'Orvane, bradée en 2014 à Belmont Industries.")).toEqual(['Belmont Industries -INVESTS_IN-> Orvane']);
    expect(invests("Il y a Corvane et ses capteurs essentiels à l'industrie cédés en 2023 au groupe américain d'électronique et de défense Kestrane."))
      .toEqual(['Kestrane -INVESTS_IN-> Corvane']);
  });
  it('passed under the control of a fund', () => {
    expect(invests('Il y a Corvane, PME experte en optique pour la défense, passée sous le contrôle du fonds Belmont Partners en 2018.')).toEqual(['Belmont Partners -INVESTS_IN-> Corvane']);
  });
  it('a list with a summing noun, the buyer an anaphor', () => {
    const r = invests("La société Belmont a déjà un passif en France : Corvane, Orvane ou Pellix, autant d'entreprises reprises par cette société sans stratégie.");
    expect(r).toHaveLength(3);
    expect(r).toEqual(expect.arrayContaining(['Belmont -INVESTS_IN-> Corvane', 'Belmont -INVESTS_IN-> Orvane', 'Belmont -INVESTS_IN-> Pellix']));
  });
  it('an active sale (an auxiliary before the participle) or a company as indirect object is left alone', () => {
    expect(invests('Le groupe Corvane a vendu ses avions à la société Belmont.')).toEqual([]);
    expect(invests('Le contrat confié à Corvane, vendu à Belmont, est clos.')).toEqual([]);
  });
});
