/**
 * Word lists shared by several modules of src/extract (lexicon/common.ts): each use reads the whole list.
 */
import { describe, expect, it } from 'vitest';
import { isHonorific, isPlacePreposition } from '../../src/extract/lexicon/common.ts';
import { placeSlot } from '../../src/extract/mentions/home-towns.ts';
import { tokenize } from '../../src/extract/text/tokens.ts';
import { extract, names } from './helpers.ts';

describe('honorifics (one list for every cue before a person)', () => {
  it('a capitalised honorific, or one spelled out in lower case; not the English "me"', () => {
    expect(isHonorific({ lower: 'professeur', cap: true })).toBe(true);
    expect(isHonorific({ lower: 'monsieur', cap: false })).toBe(true);
    expect(isHonorific({ lower: 'me', cap: false })).toBe(false);
  });
  it('"Professeur Guy Varnier, industriel du secteur": a title of the longer list keeps the person before a firm noun', () => {
    expect(names(extract('Le Professeur Guy Varnier, industriel très compétent du secteur automobile, vient d\'être nommé.', 'fr'))).toContain('Guy Varnier/Person');
  });
  it('"HOMMAGE DU PROFESSEUR VLADIMIR KIROV": a name in capitals after any honorific of the list is a person', () => {
    expect(names(extract('HOMMAGE DU PROFESSEUR VLADIMIR KIROV AUX CHERCHEURS', 'fr'))).toContain('VLADIMIR KIROV/Person');
  });
});

describe('event head nouns (one list for candidates and the resolver\'s event pairs)', () => {
  it('"the Asia Pacific CEO Expo", "the Orvane Chief Executives Fair": a title word inside an event of the longer list belongs to it', () => {
    expect(names(extract('Leaders met at the Asia Pacific CEO Expo in Singapore on Monday.', 'en'))).toContain('Asia Pacific CEO Expo/Program');
    expect(names(extract('Leaders met at the Orvane Chief Executives Fair in Boston on Monday.', 'en'))).toContain('Orvane Chief Executives Fair/Program');
  });
});

describe('name particles (the surname particles, and the French articles inside a surname)', () => {
  it('"Anna Della Chief", "Tom Mac Director": a title word after any surname particle is the surname', () => {
    expect(names(extract('Yesterday Anna Della Chief spoke to reporters in Boston.', 'en'))).toContain('Anna Della Chief/Person');
    expect(names(extract('The plan was approved by Tom Mac Director, the chairman.', 'en'))).toContain('Tom Mac Director/Person');
  });
});

describe('"Firm of Country": the country looked up by its folded key', () => {
  it('"Harlowe Steel of Curaçao": an accented country after "of" is the firm\'s home', () => {
    expect(names(extract('Harlowe Steel of Curaçao, a mining firm, won the contract.', 'en'))).toEqual(expect.arrayContaining(['Harlowe Steel/Company', 'Curaçao/Country']));
  });
});

describe('home towns: the French "à" as written, not the English article', () => {
  const slot = (text: string, name: string) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.text === name);
    return placeSlot(tokens, { sentence: 0, i, j: i, text: name });
  };
  it('"à Montbard", "À Montbard" are place slots; "a Consett buyer" is none', () => {
    expect(slot('Une usine à Montbard ferme.', 'Montbard')).toBe(true);
    expect(slot('À Montbard, une usine ferme.', 'Montbard')).toBe(true);
    expect(slot('Orvane sold the unit to a Consett buyer.', 'Consett')).toBe(false);
  });
});

describe('place prepositions (one list for detect.ts place words and place-neighbours.ts lists of places)', () => {
  it('"à", "dans", "across", "outside" are; the English article "a" is not', () => {
    expect(isPlacePreposition({ lower: 'a', text: 'à' })).toBe(true);
    expect(isPlacePreposition({ lower: 'a', text: 'À' })).toBe(true);
    expect(isPlacePreposition({ lower: 'a', text: 'a' })).toBe(false);
    for (const w of ['dans', 'across', 'outside', 'pres']) expect(isPlacePreposition({ lower: w, text: w })).toBe(true);
  });
});

describe('world-region adjectives folded as tokens are (the French forms matched)', () => {
  it('"les groupes Européens", "Germano-Européenne": a capitalised French adjective of a world region is no name', () => {
    expect(names(extract('Les groupes Européens et Asiatiques investissent à Lyon.', 'fr'))).toEqual(['Lyon/Region']);
    expect(names(extract('Selon le Conseil, les entreprises Européennes recrutent.', 'fr'))).toEqual([]);
    expect(names(extract('La Chambre de commerce Germano-Européenne a élu Anna Roe.', 'fr'))).toEqual(['Anna Roe/Person']);
  });
});
