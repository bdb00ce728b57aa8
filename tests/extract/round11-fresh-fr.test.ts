/**
 * French relations, round 11 (classes read on fresh parliamentary and government texts, in no set): a takeover bid
 * whose qualifiers pile up, a company that only hosts investments, the chair of a sitting addressed by title.
 * Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const rels = (text: string, type: string) => relations(extract(text, 'fr', ''), type);

describe('fresh French text', () => {
  it('a takeover bid with several qualifiers before its bidder', () => {
    expect(rels("M. Paul Vernier attire l'attention du ministre sur la récente OPA non amicale lancée par Corvane-Industrie sur Belmontis.", 'INVESTS_IN'))
      .toEqual(['Corvane-Industrie -INVESTS_IN-> Belmontis']);
  });
  it('a study or a country that hosts the most investments is no investor', () => {
    expect(rels("Le baromètre Kestrane & Partners constatait que la France restait le pays ayant accueilli le plus grand nombre d'investissements industriels en Europe.", 'INVESTS_IN'))
      .toEqual([]);
  });
  it('"M. le président X" in a debate chairs the sitting: no office of a country', () => {
    expect(rels("M. le président Paul Vernier. Monsieur le ministre, notre commission rappelle que la France doit préserver ses emplois industriels.", 'ROLE_AT')).toEqual([]);
  });
  it("a takeover or sale of the subject's own site, named by a noun", () => {
    expect(rels("L'entreprise Belmontis, en Savoie, a annoncé la reprise de son site industriel par Corvane.", 'INVESTS_IN')).toEqual(['Corvane -INVESTS_IN-> Belmontis']);
    expect(rels('Le groupe Belmontis a confirmé la cession de ses deux usines au fonds Corvane.', 'INVESTS_IN')).toEqual(['Corvane -INVESTS_IN-> Belmontis']);
    // a sale "par" names the seller: no buyer stated
    expect(rels('Belmontis a annoncé la cession de son usine par Corvane.', 'INVESTS_IN')).toEqual([]);
  });
  it('"l\'entreprise X" opens a clause as its subject (the "en" of "entreprise" is no preposition)', () => {
    expect(rels("L'entreprise Belmontis a racheté en 2019 la société Corvane.", 'INVESTS_IN')).toEqual(['Belmontis -INVESTS_IN-> Corvane']);
  });
  it('an investment announced as a noun in a clause about a place ("où", "au moment où")', () => {
    expect(rels("Jeudi, je me suis rendu dans l'Oise au moment où l'industriel américain Corvane annonçait 180 millions d'investissements.", 'INVESTS_IN'))
      .toEqual(['Corvane -INVESTS_IN-> Oise']);
    expect(rels("Le ministre s'est rendu à Compiègne, où le groupe Corvane a annoncé un investissement de 50 millions d'euros.", 'INVESTS_IN'))
      .toEqual(['Corvane -INVESTS_IN-> Compiègne']);
  });
  it('a joint venture named before its owners: the owners are partners, and each holds it', () => {
    const t = 'La coentreprise Pellix, détenue par Belmontis et Corvane, construira une usine à Douai.';
    expect(rels(t, 'PARTNERS_WITH')).toEqual(['Belmontis -PARTNERS_WITH-> Corvane']);
    expect(rels(t, 'INVESTS_IN')).toEqual(expect.arrayContaining(['Belmontis -INVESTS_IN-> Pellix', 'Corvane -INVESTS_IN-> Pellix']));
  });
  it('a site at a town changing hands, by a noun: the buyer invests in the town', () => {
    expect(rels("La cession de l'usine de Douai au groupe Belmontis a été validée.", 'INVESTS_IN')).toEqual(['Belmontis -INVESTS_IN-> Douai']);
    expect(rels('Le tribunal a validé la reprise du site de Douai par le fonds Belmontis.', 'INVESTS_IN')).toEqual(['Belmontis -INVESTS_IN-> Douai']);
    expect(rels("La cession de l'usine de Douai par le groupe Belmontis a été validée.", 'INVESTS_IN')).toEqual([]);
  });
});
