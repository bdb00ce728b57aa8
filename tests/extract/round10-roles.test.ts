/**
 * ROLE_AT, PARTNERS_WITH and DEVELOPS classes of round 10 (people-patterns.ts, ties-patterns.ts, us-officials.ts,
 * role-minister-lists.ts, partners-government.ts, develops*.ts, role-anaphora.ts): copular titles at two bodies, lists
 * of ministers, titles with a possessive after the body, US secretaries by portfolio, agreements with "the Government",
 * makers' model numbers, brands, and develop words inside nouns. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const rel = (text: string, type: string, lang = 'en', title = '') => relations(extract(text, lang, title), type);

describe('copular titles: "X is the Chair of A, and the President and CEO of B"', () => {
  const text = 'Mr. Jarrod Quellin, CEcD, FM, is the 2019 Chair of the Northwind Trade Council, and the President and CEO of the Pellam Valley Alliance in Ohio.';
  it('both bodies', () => {
    const r = rel(text, 'ROLE_AT');
    expect(r).toContain('Jarrod Quellin -ROLE_AT-> Northwind Trade Council');
    expect(r).toContain('Jarrod Quellin -ROLE_AT-> Pellam Valley Alliance');
  });
  it('French: "X est la présidente de Y"', () => {
    expect(rel('Mme Odile Varnier est la présidente de la société Brakmor depuis 2018.', 'ROLE_AT', 'fr')).toContain('Odile Varnier -ROLE_AT-> Brakmor');
  });
  it('a copula with no title of a body gives nothing', () => {
    expect(rel('Jarrod Quellin is the best friend of Tom Arbel.', 'ROLE_AT')).toEqual([]);
  });
});

describe('ministers listed after a plural title', () => {
  it('"les ministres, que je salue : A, B, C" → France each', () => {
    const r = rel('Je sais que vous avez beaucoup travaillé avec les ministres, que je salue : Hervé BLANCOURT, Sylvie MARTINAUD, Paul TESSIER, et je les remercie.', 'ROLE_AT', 'fr', 'Discours sur la France');
    expect(r).toContain('Hervé BLANCOURT -ROLE_AT-> France');
    expect(r).toContain('Sylvie MARTINAUD -ROLE_AT-> France');
    expect(r).toContain('Paul TESSIER -ROLE_AT-> France');
  });
  it('"deux de mes ministres, A et B"', () => {
    const r = rel('Je me réjouis que deux de mes ministres, Hervé Blancourt et Sylvie Martinaud, soient présents.', 'ROLE_AT', 'fr');
    expect(r).toContain('Hervé Blancourt -ROLE_AT-> France');
    expect(r).toContain('Sylvie Martinaud -ROLE_AT-> France');
  });
  it('"les ministres allemands A et B" → Germany', () => {
    expect(rel('Les ministres allemands Klaus Veltmann et Ute Brössel ont visité le site.', 'ROLE_AT', 'fr')).toContain('Klaus Veltmann -ROLE_AT-> Germany');
  });
  it('not "le président du conseil des ministres X", nor someone else\'s ministers', () => {
    expect(rel('Le président du conseil des ministres Paolo Vantini a parlé.', 'ROLE_AT', 'fr').filter((x) => x.includes('France'))).toEqual([]);
    expect(rel('Le roi a reçu ses ministres, Paolo Vantini et Lucia Berti.', 'ROLE_AT', 'fr')).toEqual([]);
  });
});

describe('titles with a possessive after the body, a unit or a region', () => {
  it('"l\'AFXI avec son Ambassadrice, X" → the body, not the article\'s company', () => {
    const r = rel('Je remercie la société Brakmor pour son accueil, et l\'Agence Velmora avec son Ambassadrice, Odile Varnier, qui conduit la mission.', 'ROLE_AT', 'fr');
    expect(r).toContain('Odile Varnier -ROLE_AT-> Agence Velmora');
    expect(r.filter((x) => x.includes('Brakmor'))).toEqual([]);
  });
  it('"X, the head of its Belfast operations" → the company the sentence names', () => {
    const r = rel('The minister has spoken to Ann Verley, Trexon’s chief executive, and Michael Dorran, the head of its Leeds operations, about this decision.', 'ROLE_AT');
    expect(r).toContain('Michael Dorran -ROLE_AT-> Trexon');
  });
  it('"M. X, président Europe du groupe Y"', () => {
    expect(rel('M. Laurent Vasseur, président Europe du groupe Brakmor, a confirmé la fermeture.', 'ROLE_AT', 'fr')).toContain('Laurent Vasseur -ROLE_AT-> Brakmor');
  });
});

describe('US secretaries', () => {
  it('"Secretary X" with no portfolio, in a release of one department → that department', () => {
    const r = rel('The Department of Energy announced a loan to Trexon Inc. to strengthen U.S. manufacturing. The loan is the first since Secretary Halvorsen announced improvements to the program.', 'ROLE_AT');
    expect(r).toContain('Halvorsen -ROLE_AT-> Department of Energy');
    expect(r.filter((x) => x.includes('United States'))).toEqual([]);
  });
  it('"Energy Secretary X" in a text that writes the country stays at the country', () => {
    const r = rel('The Department of Energy announced a loan to Trexon Inc. to strengthen manufacturing in the United States, Energy Secretary Dan Halvorsen said.', 'ROLE_AT');
    expect(r).toContain('Dan Halvorsen -ROLE_AT-> United States');
  });
  it('"Under Secretary for Rural Development X" → the agency of that portfolio', () => {
    const r = rel('The grant was announced by Under Secretary for Rural Development Carla Venn. USDA Rural Development is providing the assistance to rural America.', 'ROLE_AT');
    expect(r).toContain('Carla Venn -ROLE_AT-> USDA Rural Development');
  });
});

describe('a Hansard speaker named in the header is not the title of the speech', () => {
  it('"The Parliamentary Under-Secretary … (X)" then "The Secretary of State has spoken to …"', () => {
    const text = ['Trexon', '', 'The Parliamentary Under-Secretary of State for Business, Energy and Industrial Strategy (Andrew Pelling)', '',
      'Last week, Trexon announced plans to sell its plant.', '', 'The Secretary of State has spoken to the chief executive about this decision.'].join('\n');
    expect(rel(text, 'ROLE_AT').filter((x) => x.startsWith('Andrew Pelling') && x.includes('United Kingdom'))).toEqual([]);
  });
});

describe('partnerships', () => {
  it('"A Partners with B" (a headline; organisations and programmes)', () => {
    expect(rel('The Northwind Trade Council has long worked on trade.', 'PARTNERS_WITH', 'en', 'Northwind Trade Council Partners with VisitOhio')).toContain('Northwind Trade Council -PARTNERS_WITH-> VisitOhio');
  });
  it('"a Memorandum of Understanding between X and the Government" → X and the country', () => {
    const r = rel('Trexon Pharma establishes base in London. A new Memorandum of Understanding between Trexon Pharma and the Government cements the UK’s commitment to the sector.', 'PARTNERS_WITH');
    expect(r).toContain('Trexon Pharma -PARTNERS_WITH-> UK');
  });
  it('"the Government of Y" is not the article\'s country', () => {
    expect(rel('An agreement between Trexon Pharma and the Government of Velmora was signed in London, UK.', 'PARTNERS_WITH').filter((x) => x.includes('United Kingdom'))).toEqual([]);
  });
  it('"la fusion de deux agences, A et B"', () => {
    expect(rel('Vous êtes issus de la fusion de deux agences, Velmora et Brakmor, en 2015.', 'PARTNERS_WITH', 'fr')).toContain('Velmora -PARTNERS_WITH-> Brakmor');
  });
  it('"une usine commune à deux groupes, A et B"', () => {
    expect(rel("C'est une usine commune à deux groupes, Brakmor et Velmora, à Troyes.", 'PARTNERS_WITH', 'fr')).toContain('Brakmor -PARTNERS_WITH-> Velmora');
  });
});

describe('DEVELOPS', () => {
  it('a maker\'s model number before a vehicle noun: "a Trexon 545-300 aircraft"', () => {
    expect(rel('The bank approved a guarantee to support the export of a Trexon 545-300 aircraft to Velmora Airlines.', 'DEVELOPS')).toContain('Trexon -DEVELOPS-> Trexon 545-300');
  });
  it('"Y would have been unable to develop the C Series": the subject of the verb, with its letter', () => {
    const r = rel('Trexon claims that without Velmoran and Pellish subsidies Brakmor would have been unable to develop the K Series aircraft.', 'DEVELOPS');
    expect(r).toContain('Brakmor -DEVELOPS-> K Series');
    expect(r.filter((x) => !x.startsWith('Brakmor'))).toEqual([]);
  });
  it('"shipbuilder X" develops nothing; "makes allegations about … the X" neither', () => {
    expect(rel('UK Gov backs deal by Spanish shipbuilder Velmora to save 350 jobs.', 'DEVELOPS')).toEqual([]);
    expect(rel('The Trexon petition makes allegations about funding support from the federal government and the province for the Brakmor K7 jet program.', 'DEVELOPS').filter((x) => x.startsWith('Trexon'))).toEqual([]);
  });
  it('"la marque « X » symbole de l\'usine Y"', () => {
    expect(rel('Cette fermeture signifie la perte d\'une marque nationale « Thé Velmora » symbole de l\'usine Brakmor.', 'DEVELOPS', 'fr')).toContain('Brakmor -DEVELOPS-> Thé Velmora');
  });
});

describe('more ties (round 10, second pass)', () => {
  it('"l\'alliance A-B-C": every pair of members', () => {
    const r = rel("L'alliance Brakmor-Velmora-Tarvex est devenue le premier constructeur mondial.", 'PARTNERS_WITH', 'fr');
    expect(r).toContain('Brakmor -PARTNERS_WITH-> Velmora');
    expect(r).toContain('Brakmor -PARTNERS_WITH-> Tarvex');
    expect(r).toContain('Velmora -PARTNERS_WITH-> Tarvex');
  });
  it('"X, qui fait partie du groupe Y" → SUBSIDIARY_OF', () => {
    expect(rel('Velmora, qui fait partie du groupe Brakmor, a fermé son usine.', 'SUBSIDIARY_OF', 'fr')).toContain('Velmora -SUBSIDIARY_OF-> Brakmor');
  });
  it('legal proceedings "contre X" are no competition', () => {
    expect(rel("La procédure de redressement judiciaire enclenchée en 2017 contre Velmora a entraîné des suppressions d'emplois chez Brakmor.", 'COMPETES_WITH', 'fr')).toEqual([]);
  });
  it('"Cabinet Secretary for Economy, X" in a Welsh Government release → Wales', () => {
    const text = 'The Welsh Government has welcomed new investment in Wales. Cabinet Secretary for Economy, Energy and Planning, Gwen Harrow, said: "This is good news."';
    const r = rel(text, 'ROLE_AT');
    expect(r).toContain('Gwen Harrow -ROLE_AT-> Wales');
  });
});

