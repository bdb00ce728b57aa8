/**
 * LOCATED_IN and SUBSIDIARY_OF, round 11 (classes of the released sets 14 and 15): a firm's home town after its name in
 * lists of exporters, borrowers and grantees ("A of Town, ST.", "A (Town, ST.)"). Made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('a firm and its home town: "A of Town, ST.", "A (Town, ST.)"', () => {
  it('"A of Town, ST." keeps the town out of the name and places the firm in the town, not the state (en)', () => {
    const x = extract('The U.S. agency approved a loan to Corvane Industries of Peoria, Ill., a maker of pumps.', 'en');
    expect(x.mentions.map((m) => m.text)).toContain('Corvane Industries');
    const located = relations(x, 'LOCATED_IN');
    expect(located).toContain('Corvane Industries -LOCATED_IN-> Peoria');
    expect(located).not.toContain('Corvane Industries -LOCATED_IN-> Ill');
  });
  it('a small town after "of" is a place when its state follows ("Authority of Blytheville, Ark.")', () => {
    const x = extract('$1.2 million to Mississippi County and Gosnell Regional Airport Authority of Blytheville, Ark., to expand two facilities.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Gosnell Regional Airport Authority -LOCATED_IN-> Blytheville');
  });
  it('a list of firms each with its town and state in brackets, the town typed a place', () => {
    const x = extract('U.S. jobs at Brenvale Foundry Inc. (LaGrange, Ill.), Quorra Rail Corp. (Milwaukee, Wisc.) and Tarnow Bank (Detroit, Mich.) will grow.', 'en');
    const located = relations(x, 'LOCATED_IN');
    expect(located).toContain('Brenvale Foundry Inc -LOCATED_IN-> LaGrange');
    expect(located).toContain('Quorra Rail Corp -LOCATED_IN-> Milwaukee');
    expect(located).toContain('Tarnow Bank -LOCATED_IN-> Detroit');
    expect(x.mentions.find((m) => m.text === 'LaGrange')?.type).toBe('Region');
    expect(x.mentions.find((m) => m.text === 'Wisc')?.canonical).toBe('Wisconsin');
  });
  it('not a name whose "of" complement is no town and state ("the University of Kent, Canterbury" stays whole)', () => {
    const x = extract('Researchers at the University of Kent, Canterbury, said the plant would open.', 'en');
    expect(x.mentions.map((m) => m.text)).toContain('University of Kent');
  });
});

describe('a described company and its place in one apposition', () => {
  it('"A, a southeastern <Region> technology company"', () => {
    const x = extract('Secretary Jane Locke visited the United States plant of Quillon Inc., a southeastern Michigan technology company that makes batteries.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Quillon Inc -LOCATED_IN-> Michigan');
  });
  it('"A -a small business in <Region>-" between dashes', () => {
    const x = extract('We are glad to see Harrow Aircraft Inc. -a small business in Texas- winning this sale in the United States.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Harrow Aircraft Inc -LOCATED_IN-> Texas');
  });
  it('not a place after a preposition of the apposition ("a supplier of the <Region> automaker B")', () => {
    const x = extract('Orvane Corp., a supplier of the Ohio automaker Pellix Inc., grew in the United States.', 'en');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Orvane'))).toEqual([]);
  });
});

describe('SUBSIDIARY_OF: a public body inside another, a French adjective after "filiale"', () => {
  it('"X is an agency within the Y", "X, a bureau of the Y", "X is in the Y"', () => {
    expect(relations(extract('The Regional Development Board is an agency within the U.S. Department of Commerce that helps towns.', 'en'), 'SUBSIDIARY_OF'))
      .toContain('Regional Development Board -SUBSIDIARY_OF-> U.S. Department of Commerce');
    expect(relations(extract('The Quillby Trade Office, a bureau of the U.S. Department of Commerce, opened.', 'en'), 'SUBSIDIARY_OF'))
      .toContain('Quillby Trade Office -SUBSIDIARY_OF-> U.S. Department of Commerce');
    expect(relations(extract('The Committee on Foreign Trade Review is in the Department of the Treasury.', 'en'), 'SUBSIDIARY_OF'))
      .toContain('Committee on Foreign Trade Review -SUBSIDIARY_OF-> Department of the Treasury');
  });
  it('"sa filiale française X" → the sentence\'s company', () => {
    const x = extract('En 2012, la société américaine Heltor Corporation a annoncé que sa filiale française Vexa Systems avait racheté la société Brunel.', 'fr');
    expect(relations(x, 'SUBSIDIARY_OF')).toContain('Vexa Systems -SUBSIDIARY_OF-> Heltor Corporation');
  });
});

describe("the subject's own site in a place, and places listed with 'mais aussi'", () => {
  it('"A, la plus ancienne fabrique, va fermer son atelier créé en 1860 à X" (fr)', () => {
    const x = extract("Nous venons d'apprendre que Valorin, la plus ancienne fabrique de jouets, va fermer son atelier créé en 1860 à Étain, ville de ma circonscription.", 'fr');
    expect(relations(x, 'LOCATED_IN')).toContain('Valorin -LOCATED_IN-> Étain');
  });
  it('"A will close its plant in X" (en), but not a site A invests in', () => {
    expect(relations(extract('Pellix Corp. said it will close its plant in Dayton, Ohio.', 'en'), 'LOCATED_IN')).toContain('Pellix Corp -LOCATED_IN-> Dayton');
    const x = extract('Spain plans to grant €20 million to Pellix Corp. for investing in its existing car plant in Zaragoza (Spain).', 'en');
    expect(relations(x, 'LOCATED_IN')).not.toContain('Pellix Corp -LOCATED_IN-> Zaragoza');
  });
  it('"basé à X bien sûr, mais aussi à Y en Z": Y too, not Z', () => {
    const x = extract("Un succès qui revient à l'ensemble du personnel de Valmonde, basé à Toulouse bien sûr, mais aussi à Méault en Picardie et ailleurs.", 'fr');
    const located = relations(x, 'LOCATED_IN');
    expect(located).toContain('Valmonde -LOCATED_IN-> Méault');
    expect(located).not.toContain('Valmonde -LOCATED_IN-> Picardie');
  });
});

describe('a company described by its place: a copula, a town and its state', () => {
  it('"A is a Town, ST, company" and "A, a Town, ST, company,"', () => {
    expect(relations(extract('Velmora Logistics is a Dayton, Ohio, company that will hire 200 workers in the United States.', 'en'), 'LOCATED_IN'))
      .toContain('Velmora Logistics -LOCATED_IN-> Dayton');
    expect(relations(extract('Velmora Logistics, a Dayton, Ohio, company, will hire 200 workers in the United States.', 'en'), 'LOCATED_IN'))
      .toContain('Velmora Logistics -LOCATED_IN-> Dayton');
  });
  it('"A est une entreprise de X", not "un producteur de X" (fr)', () => {
    expect(relations(extract('Brandel est une entreprise de Vierzon.', 'fr'), 'LOCATED_IN')).toContain('Brandel -LOCATED_IN-> Vierzon');
    expect(relations(extract('Brandel est un producteur de Bourgogne reconnu.', 'fr'), 'LOCATED_IN')).toEqual([]);
  });
});

describe('a dateline place after a country is no apposition of it', () => {
  it('"… en France, en Saône-et-Loire le 18 avril 2017" places nothing; "en France, en Saône-et-Loire, dans une usine" does', () => {
    expect(relations(extract("Déclaration de M. Paul Durand, sur la politique de l'industrie en France, en Saône-et-Loire le 18 avril 2017.", 'fr'), 'LOCATED_IN')).toEqual([]);
    expect(relations(extract('Le groupe va investir en France, en Saône-et-Loire, dans une usine.', 'fr'), 'LOCATED_IN')).toContain('Saône-et-Loire -LOCATED_IN-> France');
  });
});

describe('names in a list of firms and towns (mention hunks)', () => {
  it('"St. Louis", "St. Charles, Mo.": an abbreviated saint opens a place name', () => {
    const x = extract('U.S. jobs at Brenvale Foundry Inc. (St. Louis, Mo.) and Quorra Rail Corp. (St. Charles, Mo.) will grow.', 'en');
    expect(x.mentions.find((m) => m.text === 'St. Charles')?.type).toBe('Region');
    expect(relations(x, 'LOCATED_IN')).toContain('Quorra Rail Corp -LOCATED_IN-> St. Charles');
  });
  it('a demonym opening a company name ending in a company word and a legal form stays in it ("American Rail Car Industries Inc.")', () => {
    const x = extract('U.S. jobs at American Brenvale Car Industries Inc. will grow.', 'en');
    expect(x.mentions.map((m) => m.text)).toContain('American Brenvale Car Industries Inc');
  });
});

describe('a French firm noun, the name, then its town', () => {
  it('"sur l\'entreprise de métallurgie A, à X le <date>", "l\'entreprise A de X"', () => {
    expect(relations(extract("Déclaration de M. Paul Durand, sur l'entreprise de métallurgie Brandel, à Besançon le 14 avril 2017.", 'fr'), 'LOCATED_IN'))
      .toContain('Brandel -LOCATED_IN-> Besançon');
  });
  it('not a bare "a" (the verb) nor a list of places after "de"', () => {
    expect(relations(extract('La société Brandel a Lyon dans son viseur.', 'fr'), 'LOCATED_IN').filter((r) => r.startsWith('Brandel'))).toEqual([]);
  });
});

describe("a company's seat by a possessive", () => {
  it('"A\'s headquarters in X" (en), "A … à son siège de X", "à son siège, à X" (fr)', () => {
    expect(relations(extract("Velmora Logistics's headquarters in Dayton will grow in the United States.", 'en'), 'LOCATED_IN')).toContain('Velmora Logistics -LOCATED_IN-> Dayton');
    expect(relations(extract('La société Brandel emploie 300 salariés à son siège de Vierzon.', 'fr'), 'LOCATED_IN')).toContain('Brandel -LOCATED_IN-> Vierzon');
    expect(relations(extract('Brandel emploie 300 salariés à son siège, à Vierzon.', 'fr'), 'LOCATED_IN')).toContain('Brandel -LOCATED_IN-> Vierzon');
  });
});
