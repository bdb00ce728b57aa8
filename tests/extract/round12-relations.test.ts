/**
 * Relation classes (other than INVESTS_IN) seen on the released sets 16-17 and the leftovers of earlier
 * sets, fixed as classes: sentences of our own with made-up names (English and French).
 */
import { describe, expect, it } from 'vitest';
import { extract, placeRelations, relations } from './helpers.ts';
import { isBylineLine } from '../../src/extract/text/noise.ts';

describe('a speaker line with an office title is no byline', () => {
  it('"Trade Secretary Jane Roe" under a speech title names an official; "Jane Roe" alone stays a byline', () => {
    expect(isBylineLine('Trade Secretary Harlan Veste')).toBe(false);
    expect(isBylineLine('Harlan Veste')).toBe(true);
    const x = extract('Remarks at a Ribbon Cutting\n\nCommerce Secretary Harlan Veste\nRemarks at a Ribbon Cutting in Auburn Hills, Michigan\n\nThank you all for coming to America today.', 'en');
    expect(placeRelations(x, 'ROLE_AT')).toEqual(['Harlan Veste -ROLE_AT-> United States']);
  });
});

describe('a Hansard answer header whose office serves a part of the kingdom', () => {
  it('"The Parliamentary Under-Secretary of State for Northern Ireland (Mr. Name)" → the kingdom and that part', () => {
    const x = extract('Oral Answers\n\nThe Parliamentary Under-Secretary of State for Northern Ireland (Mr. Richard Halvey)\n\nInvestment in the region has grown.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Richard Halvey -ROLE_AT-> United Kingdom', 'Richard Halvey -ROLE_AT-> Northern Ireland']);
  });
});

describe('a demonym that names a style of product is no seat', () => {
  it('"A, a Greek yogurt giant" is not located in Greece; nor is "B, a Swiss chemicals company" in Switzerland (an adjective)', () => {
    const x = extract('Zorbalo, a Greek yogurt giant, announced a $1.2 billion investment to build its third U.S. plant in New York. Korvell, a Swiss chemicals company, announced a plant in Ohio.', 'en');
    expect(placeRelations(x, 'LOCATED_IN')).toEqual([]);
  });
});

describe('partners: an announced agreement, a fined merger', () => {
  it('"A announced a $3 billion agreement with B" (en)', () => {
    const x = extract('Zorvex Pharmaceuticals, Inc., a leader in biotechnology, announced a $3 billion agreement with Halbrook Biologics to produce drugs at its Ohio facility.', 'en');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Zorvex Pharmaceuticals, Inc. -PARTNERS_WITH-> Halbrook Biologics']);
  });
  it('"fined A and B … for implementing their proposed merger"; "their merger control filings" is no merger', () => {
    const x = extract('The European Commission has fined Zorvex and Halbrook approximately €40 million and €1,000 respectively, for implementing their proposed merger before approval.', 'en');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Zorvex -PARTNERS_WITH-> Halbrook']);
    const y = extract('The European Commission has fined Zorvex and Halbrook for errors in their merger control filings.', 'en');
    expect(relations(y, 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('a French firm as a complement, then its town', () => {
  it('"sa visite de l\'entreprise A à Bordeaux", "à l\'usine A, Angers, jeudi 21 juillet 1983"; "le groupe A a Lyon comme siège" is a verb', () => {
    const x = extract("Déclaration de M. Jean Durand, Président de la République, à l'issue de sa visite de l'entreprise Orvalis Systèmes à Bordeaux, mardi 19 octobre 1982.", 'fr');
    expect(relations(x, 'LOCATED_IN')).toEqual(['Orvalis Systèmes -LOCATED_IN-> Bordeaux']);
    const y = extract("Allocution de M. Jean Durand, Président de la République, à l'usine Velmor, Angers, jeudi 21 juillet 1983. Le groupe Velmor a Lyon comme siège.", 'fr');
    expect(relations(y, 'LOCATED_IN')).toEqual(['Velmor -LOCATED_IN-> Angers']);
  });
});

describe('a public office in parentheses or quotes after the name', () => {
  it('"le plan de M. X `ministre de l\'industrie`", "M. Y (ministre du commerce)" → France', () => {
    const x = extract("L'industrie a été sauvée par le plan de M. Durand `ministre de l'industrie` : conquête de marchés, condition de la réussite de la France. Le plan de M. Lemoine (ministre du commerce) a aidé.", 'fr');
    expect(placeRelations(x, 'ROLE_AT')).toEqual(['Durand -ROLE_AT-> France', 'Lemoine -ROLE_AT-> France']);
  });
});

describe('the parent named after its subsidiary', () => {
  it('"the Danish A parent, B", "A\'s parent company, B" (en), "la maison mère de A, le groupe B" (fr)', () => {
    const x = extract('We admire global enterprises like the Danish Holvex parent, Strand and Company, that choose to do business here. Kelvar\'s parent company, Orbin, said so.', 'en');
    expect(relations(x, 'SUBSIDIARY_OF')).toEqual(['Holvex -SUBSIDIARY_OF-> Strand', 'Kelvar -SUBSIDIARY_OF-> Orbin']);
    expect(relations(extract('La maison mère de Velmor, le groupe Tarnis, a confirmé.', 'fr'), 'SUBSIDIARY_OF')).toEqual(['Velmor -SUBSIDIARY_OF-> Tarnis']);
  });
});

describe('a person who owns or runs a company', () => {
  it('"X and his family own the company" → ROLE_AT; "Y runs A\'s plant" is no role at A', () => {
    const x = extract("Halvex Dryer makes hand dryers in East Longmeadow, Massachusetts. William Darrow and his family own the company. Jane Roe runs Halvex Dryer's plant.", 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['William Darrow -ROLE_AT-> Halvex Dryer']);
  });
});

describe('a visit to a firm in a town', () => {
  it('"a tour of the A plant in Derby", "a visité l\'usine B à Angers"', () => {
    expect(relations(extract('The minister made a tour of the Korvex plant in Derby.', 'en'), 'LOCATED_IN')).toEqual(['Korvex -LOCATED_IN-> Derby']);
    expect(relations(extract("Le ministre a visité l'usine Velmor à Angers.", 'fr'), 'LOCATED_IN')).toEqual(['Velmor -LOCATED_IN-> Angers']);
    // ("vendu à A à Paris": a bare "à" before the firm is no visit)
    expect(relations(extract('Orbex a vendu sa part à Velmor à Paris.', 'fr'), 'LOCATED_IN')).toEqual([]);
  });
});

describe('a firm owned or controlled by a person', () => {
  it('"A, owned by X, makes shoes" → X ROLE_AT A', () => {
    expect(relations(extract('Velmor, owned by Jane Darrow, makes shoes in Ohio.', 'en'), 'ROLE_AT')).toEqual(['Jane Darrow -ROLE_AT-> Velmor']);
  });
});

describe('a title in apposition belongs to the name before it, not the next one', () => {
  it('"M. A, vice-ministre du commerce extérieur, M. B, …" gives B no office; titles before names in a list still hold', () => {
    const x = extract("Je suis heureux de saluer aussi Monsieur Smelkov, vice-ministre du commerce extérieur, Monsieur Ryzhin, premier vice-ministre des constructions. Le ministre de l'économie, M. Jean Durand, était présent.", 'fr');
    expect(placeRelations(x, 'ROLE_AT')).toEqual(['Jean Durand -ROLE_AT-> France']);
    const y = extract('Italian Defence Minister Guido Rossa, Japanese Defense Minister Kenji Tamura and others met.', 'en');
    expect(placeRelations(y, 'ROLE_AT')).toEqual(['Guido Rossa -ROLE_AT-> Italy', 'Kenji Tamura -ROLE_AT-> Japan']);
  });
});

describe('a finite verb of being sited', () => {
  it('"A se trouve à Angers" (fr), "B sits in the heart of Ohio" (en)', () => {
    expect(relations(extract('Orbex se trouve à Angers.', 'fr'), 'LOCATED_IN')).toEqual(['Orbex -LOCATED_IN-> Angers']);
    expect(relations(extract('Velmor sits in the heart of Ohio.', 'en'), 'LOCATED_IN')).toEqual(['Velmor -LOCATED_IN-> Ohio']);
  });
});

describe('two titles joined before the name', () => {
  it('"Acme President and CEO X said"', () => {
    const x = extract('Velmor Inc. will open a plant in Ohio. Velmor President and CEO Jane Darrow said the plant would open.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Jane Darrow -ROLE_AT-> Velmor']);
  });
});
