/**
 * ROLE_AT and LOCATED_IN classes of the released sets 18–19: an honorific after "dirigée par", a second title after a
 * comma, a title of a company's sales region, a demonym envoy "to the U.S.", a demonym before "-based".
 * Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names, placeRelations, relations } from './helpers.ts';

const rel = (text: string, type: string, lang = 'en') => relations(extract(text, lang, ''), type);

describe('roles in appositions and passives', () => {
  it('"Y, dirigée par M. X": an honorific between "par" and the name', () => {
    expect(rel('Ce jeu est développé par une jeune société, Zorvane, dirigée par M. Paul Garon, entrepreneur lyonnais.', 'ROLE_AT', 'fr'))
      .toContain('Paul Garon -ROLE_AT-> Zorvane');
  });
  it('"X, président de A, président délégué de B": the second title after a comma', () => {
    const r = rel('Pierre Murel, président de Zorvane, président délégué de Quillmate, a présenté les lauréats.', 'ROLE_AT', 'fr');
    expect(r).toContain('Pierre Murel -ROLE_AT-> Zorvane');
    expect(r).toContain('Pierre Murel -ROLE_AT-> Quillmate');
  });
  it('a second title followed by another name is that name\'s: "X, Director of A, Chair of B Jane Roe, and …"', () => {
    const r = rel('Tom Arbel, Director of Zorvex, Chair of the Quillmate Bank (QB) Ann Lindqvist, and others met on Monday.', 'ROLE_AT');
    expect(r).not.toContain('Tom Arbel -ROLE_AT-> Quillmate Bank');
  });
  it('"X, President of Americas, Acme Robotics,": the company, not its sales region', () => {
    const r = rel('The session was opened by Tom Arbel, President of Americas, Zorvex Robotics, at nine.', 'ROLE_AT');
    expect(r).toContain('Tom Arbel -ROLE_AT-> Zorvex Robotics');
    expect(r).not.toContain('Tom Arbel -ROLE_AT-> Americas');
  });
  it('a governor of a state keeps the state', () => {
    expect(rel('Tom Arbel, Governor of Texas, said on Monday that jobs would come.', 'ROLE_AT')).toContain('Tom Arbel -ROLE_AT-> Texas');
  });
  it('"Danish Ambassador to the U.S. X": the envoy of the demonym\'s country', () => {
    const x = extract('Danish Ambassador to the U.S. Paul Garon also spoke at the event.', 'en', '');
    expect(placeRelations(x, 'ROLE_AT')).toContain('Paul Garon -ROLE_AT-> Denmark');
  });
});

describe('places stated by a demonym', () => {
  it('"the Canadian-based X": the country, not a region named "Canadian"', () => {
    const x = extract('We opened the new Canadian-based Zorvex production facility on Monday.', 'en', '');
    expect(placeRelations(x, 'LOCATED_IN')).toEqual(['Zorvex -LOCATED_IN-> Canada']);
  });
  it('"U.S.-based A and B": both companies', () => {
    const x = extract('The project, led by U.S.-based Zorvex and Quillmate, was announced on Monday.', 'en', '');
    const r = placeRelations(x, 'LOCATED_IN');
    expect(r.some((s) => s.startsWith('Zorvex -LOCATED_IN->'))).toBe(true);
    expect(r.some((s) => s.startsWith('Quillmate -LOCATED_IN->'))).toBe(true);
  });
});

describe('a firm and its home in one phrase', () => {
  it('"$2 million to A, Town, State, to fund": the grantee\'s town', () => {
    const x = extract('$2 million to the Zorvane College of Technology, Springfield, Ohio, to fund the expansion of its workshop.', 'en', '');
    expect(placeRelations(x, 'LOCATED_IN')).toContain('Zorvane College of Technology -LOCATED_IN-> Springfield');
  });
  it('a list of places between commas is no home', () => {
    const x = extract('Zorvex, Paris, London, will be visited.', 'en', '');
    expect(placeRelations(x, 'LOCATED_IN').filter((r) => r.startsWith('Zorvex'))).toEqual([]);
  });
  it('"A Steel of Japan": the country is the firm\'s home, not part of its name', () => {
    const x = extract('Its plants now ship twice as much as its closest competitor, Harlowe Steel of Japan.', 'en', '');
    expect(names(x)).toContain('Harlowe Steel/Company');
    expect(placeRelations(x, 'LOCATED_IN')).toContain('Harlowe Steel -LOCATED_IN-> Japan');
  });
  it('"A Steel of Belgium, has announced": in an apposition', () => {
    const x = extract('The second largest producer, Brantley Steel of Belgium, has announced it will merge.', 'en', '');
    expect(placeRelations(x, 'LOCATED_IN')).toContain('Brantley Steel -LOCATED_IN-> Belgium');
  });
  it('a name whose head takes its country keeps it ("Royal Bank of Canada", "Ore Company of Canada")', () => {
    expect(names(extract('Royal Bank of Canada said on Monday it would hire.', 'en', ''))).toContain('Royal Bank of Canada/Company');
    expect(names(extract('Shares of Granite Quarry Company of Canada rose.', 'en', ''))).toContain('Granite Quarry Company of Canada/Company');
  });
});

describe('LOCATED_IN in Hansard and competition texts', () => {
  it('"Mr. Jane Roe (Northtown)": a member and the seat, no town in a region', () => {
    const x = extract('Widget Plc\n\nMr. Tom Arbel (Wrexham)\n\nTo ask the Chancellor if he will make a statement on the bid.', 'en', '');
    expect(placeRelations(x, 'LOCATED_IN').filter((r) => r.startsWith('Tom Arbel'))).toEqual([]);
  });
  it('a town and its area in parentheses stays', () => {
    expect(placeRelations(extract('The plant in Coventry (West Midlands) will close.', 'en', ''), 'LOCATED_IN')).toContain('Coventry -LOCATED_IN-> West Midlands');
  });
  it('"A told staff … the group would keep its head office in the heart of X"', () => {
    const x = extract('Zorvex told staff on Friday that the group would keep its head office in the heart of Coventry after the merger.', 'en', '');
    expect(placeRelations(x, 'LOCATED_IN')).toContain('Zorvex -LOCATED_IN-> Coventry');
  });
  it('"… B by its competitor A, both of the US": both companies', () => {
    const x = extract('Last year the toy retailer Quillmate agreed to merge with its rival Zorvex, both of the US, in a share deal.', 'en', '');
    const r = placeRelations(x, 'LOCATED_IN');
    expect(r).toContain('Zorvex -LOCATED_IN-> United States');
    expect(r).toContain('Quillmate -LOCATED_IN-> United States');
  });
  it('French: "A et B, toutes deux basées en Allemagne"', () => {
    const x = extract('Le rachat de Quillmate par Zorvex, toutes deux basées en Allemagne, a été autorisé.', 'fr', '');
    const r = placeRelations(x, 'LOCATED_IN');
    expect(r).toContain('Zorvex -LOCATED_IN-> Germany');
    expect(r).toContain('Quillmate -LOCATED_IN-> Germany');
  });
});

describe('more shapes of a title', () => {
  it('"Acme Initiative Executive Director X": a programme\'s director', () => {
    const r = rel('The Zorvex Initiative, launched in 2011, helps firms. Zorvex Initiative Executive Director Tom Arbel also participated in the event.', 'ROLE_AT');
    expect(r).toContain('Tom Arbel -ROLE_AT-> Zorvex Initiative');
  });
  it('"Y, dont X est le président"', () => {
    expect(rel('Zorvane, dont Paul Garon est le président, a annoncé un plan.', 'ROLE_AT', 'fr')).toContain('Paul Garon -ROLE_AT-> Zorvane');
  });
  it('"Y, whose chief executive is X"', () => {
    expect(rel('Shares of Zorvex Inc., whose chief executive is Tom Arbel, rose on Monday.', 'ROLE_AT')).toContain('Tom Arbel -ROLE_AT-> Zorvex Inc');
  });
  it('"X – CEO, Y –": dashes for commas', () => {
    expect(rel('Panelists: Tom Arbel – CEO, Zorvex – said the plan works.', 'ROLE_AT')).toContain('Tom Arbel -ROLE_AT-> Zorvex');
  });
  it('titles of federations and the State\'s services: "délégué général de Y"', () => {
    expect(rel('Paul Garon, délégué général de Zorvane, a annoncé un plan.', 'ROLE_AT', 'fr')).toContain('Paul Garon -ROLE_AT-> Zorvane');
    expect(rel('Tom Arbel, general counsel of Zorvex, said the plan works.', 'ROLE_AT')).toContain('Tom Arbel -ROLE_AT-> Zorvex');
  });
});

describe('French trade houses before a firm', () => {
  it('a speech heading: "le personnel des brasseries A, Ville, vendredi 23 novembre 1984"', () => {
    const x = extract('Allocution de M. Paul Garon à l\'issue du déjeuner avec le personnel des brasseries Zorvane, Quillville, vendredi 23 novembre 1984.', 'fr', '');
    expect(placeRelations(x, 'LOCATED_IN')).toContain('Zorvane -LOCATED_IN-> Quillville');
  });
  it('"le rachat des salaisons A à Ville"', () => {
    const x = extract('Le rachat des salaisons Zorvane à Issoire a été suivi de suppressions.', 'fr', '');
    expect(placeRelations(x, 'LOCATED_IN')).toContain('Zorvane -LOCATED_IN-> Issoire');
  });
});

describe('a public office\'s portfolio', () => {
  it('the "de" inside "déléguée" opens no portfolio: "la ministre déléguée, tout comme X" gives X no office', () => {
    expect(rel('La ministre déléguée, tout comme Paul Varnier, juge que cette offre doit être étudiée.', 'ROLE_AT', 'fr')).toEqual([]);
  });
  it('"X, ministre délégué chargé des comptes publics" keeps its office', () => {
    const x = extract('Olivier Dupont, ministre délégué chargé des comptes publics : nous avançons.', 'fr', '');
    expect(placeRelations(x, 'ROLE_AT')).toContain('Olivier Dupont -ROLE_AT-> France');
  });
});
