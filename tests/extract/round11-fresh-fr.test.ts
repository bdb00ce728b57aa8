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
});
