/**
 * ROLE_AT, COMPETES_WITH and PARTNERS_WITH classes of round 11 (misses of the released sets 14–15): a competition
 * "between A and B", "compete against", "in co-operation with", the second title and the listed companies of one
 * apposition, a company title before "for" (no portfolio). Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names, relations } from './helpers.ts';

const rel = (text: string, type: string, lang = 'en', title = '') => relations(extract(text, lang, title), type);

describe('competition stated between two companies', () => {
  it('"the competition between A and B"', () => {
    const r = rel('The competition between Zorvex and Quillmate took a new turn on Monday.', 'COMPETES_WITH');
    expect(r.some((x) => /Zorvex -COMPETES_WITH-> Quillmate|Quillmate -COMPETES_WITH-> Zorvex/.test(x))).toBe(true);
  });
  it('French: "la rivalité entre A et B"', () => {
    const r = rel('La rivalité entre Zorvex et Quillmate s’intensifie sur le marché des logiciels.', 'COMPETES_WITH', 'fr');
    expect(r.some((x) => /Zorvex -COMPETES_WITH-> Quillmate|Quillmate -COMPETES_WITH-> Zorvex/.test(x))).toBe(true);
  });
  it('"A thinks it could better compete against B"', () => {
    expect(rel('Zorvex thinks it could better compete against Quillmate in online search.', 'COMPETES_WITH')).toContain('Zorvex -COMPETES_WITH-> Quillmate');
  });
  it('an agreement between two companies is no competition', () => {
    expect(rel('The agreement between Zorvex and Quillmate was signed on Monday.', 'COMPETES_WITH')).toEqual([]);
  });
});

describe('partnership phrases', () => {
  it('"in co-operation with A and B"', () => {
    const r = rel('Pellmark Group works with local firms, as well as in co-operation with Brantley Systems and Corvane Logistics.', 'PARTNERS_WITH');
    expect(r).toContain('Pellmark Group -PARTNERS_WITH-> Brantley Systems');
    expect(r).toContain('Pellmark Group -PARTNERS_WITH-> Corvane Logistics');
  });
});

describe('people with several affiliations in one apposition', () => {
  const text = 'Council members include Tom Arbel, chairman and CEO of Zorvex and co-founder of Quillmate; Ann Lindqvist, president of Corvane Logistics; and Raj Pellan, chairman of Brantley Systems, Holvik Networks and Tessaline Corp, among others.';
  it('the second title of the same apposition ("and co-founder of B")', () => {
    const r = rel(text, 'ROLE_AT');
    expect(r).toContain('Tom Arbel -ROLE_AT-> Zorvex');
    expect(r).toContain('Tom Arbel -ROLE_AT-> Quillmate');
    expect(r).toContain('Ann Lindqvist -ROLE_AT-> Corvane Logistics');
  });
  it('"chairman of A, B and C": each listed company', () => {
    const r = rel(text, 'ROLE_AT');
    expect(r).toContain('Raj Pellan -ROLE_AT-> Brantley Systems');
    expect(r).toContain('Raj Pellan -ROLE_AT-> Holvik Networks');
    expect(r).toContain('Raj Pellan -ROLE_AT-> Tessaline Corp');
  });
  it('the next person of the list keeps their own company', () => {
    const r = rel(text, 'ROLE_AT');
    expect(r).not.toContain('Tom Arbel -ROLE_AT-> Corvane Logistics');
    expect(r).not.toContain('Ann Lindqvist -ROLE_AT-> Brantley Systems');
  });
  it('a former title is no second role', () => {
    expect(rel('Tom Arbel, chairman of Zorvex and former president of Quillmate, spoke on Monday.', 'ROLE_AT')).not.toContain('Tom Arbel -ROLE_AT-> Quillmate');
  });
});

describe('a company title before "for"', () => {
  it('"X, chief financial officer for Air Y": the employer, not a portfolio', () => {
    const text = 'Our exports have grown for 15 years, said Dana Ruelle, chief financial officer for Sky Harvest.';
    expect(rel(text, 'ROLE_AT')).toContain('Dana Ruelle -ROLE_AT-> Sky Harvest');
  });
});

describe('US cabinet secretaries by their title\'s portfolio (us-officials.ts departmentOfTitle)', () => {
  it('"Acting Secretary of Commerce X" where the text names the US: the department and the US, not a country of the places', () => {
    const r = rel('Acting Secretary of Commerce Jane Roe announced $5 million for three projects in Quebec. U.S. Rep. Tom Hale also attended the announcement.', 'ROLE_AT');
    expect(r).toContain('Jane Roe -ROLE_AT-> U.S. Department of Commerce');
    expect(r).toContain('Jane Roe -ROLE_AT-> United States');
    expect(r).not.toContain('Jane Roe -ROLE_AT-> Canada');
  });
  it('"Energy Secretary X" where the United States is the article\'s country: the country alone', () => {
    expect(rel('Energy Secretary Jane Roe today visited a battery plant in Toledo, Ohio, in the U.S.', 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> United States']);
  });
  it('"U.S. Commerce Secretary X": the country the title states, alone', () => {
    expect(rel('U.S. Commerce Secretary Jane Roe visited a plant in Toledo, Ohio.', 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> United States']);
  });
});

describe('a unit\'s head before the name ("Acme Project Director X")', () => {
  it('the unit word is the title\'s, not the company\'s name', () => {
    const r = rel('Officials and Zorvex Marine Project Director Bobby Tallan also participated in the announcement.', 'ROLE_AT');
    expect(r).toContain('Bobby Tallan -ROLE_AT-> Zorvex Marine');
  });
});

describe('merged public bodies', () => {
  it('"la fusion de deux agences, A et B" → PARTNERS_WITH', () => {
    expect(rel("Vous êtes issus de la fusion de deux agences, l'Agence nationale du commerce et Exportia, ce qui nous a permis de réussir.", 'PARTNERS_WITH', 'fr'))
      .toContain('Agence nationale du commerce -PARTNERS_WITH-> Exportia');
  });
});

describe('a foreign head of government named with M.', () => {
  it('"le Premier ministre M. X … par l\'Inde": the one foreign country of the sentence', () => {
    expect(rel("Vous avez rappelé que le Premier ministre M. Radhan a confirmé la semaine dernière le choix de cet avion par l'Inde.", 'ROLE_AT', 'fr')).toEqual(['Radhan -ROLE_AT-> Inde']);
  });
  it('no foreign country in the sentence: none', () => {
    expect(rel('Le Premier ministre M. Radhan a confirmé la semaine dernière le choix de cet avion.', 'ROLE_AT', 'fr')).toEqual([]);
  });
});

describe('a pronoun\'s present title (role-anaphora.ts pronounTitles)', () => {
  it('"Now he is dean of the School of X at Y": the person just named, at the body named last', () => {
    expect(rel('Louis Varden spent twenty-seven years in the car industry. Now he is dean of the School of Management at Quillmate University.', 'ROLE_AT'))
      .toEqual(['Louis Varden -ROLE_AT-> Quillmate University']);
  });
  it('French: "Elle est aujourd\'hui présidente de la société Y"', () => {
    expect(rel("Marie Dupin a fondé Zorvex en 2001. Elle est aujourd'hui présidente de la société Quillmate.", 'ROLE_AT', 'fr')).toContain('Marie Dupin -ROLE_AT-> Quillmate');
  });
  it('a past title ("he was") is no role now', () => {
    expect(rel('Tom Arbel joined Zorvex in 2001. He was chief executive of Quillmate.', 'ROLE_AT')).toEqual([]);
  });
  it('two people just named: whom the pronoun means is not read', () => {
    expect(rel('Tom Arbel met Ann Lindqvist in Paris. She is the president of Quillmate.', 'ROLE_AT')).toEqual([]);
  });
});

describe('public bodies whose remit has an "and" (mentions/conjoined-names.ts, detect.ts, context.ts)', () => {
  it('"Louisiana Coastal Protection and Restoration Authority Director X": one body, its director', () => {
    const x = extract('Officials, Ohio Coastal Protection and Restoration Authority Director Garret Vance and others attended.', 'en');
    expect(names(x)).toContain('Ohio Coastal Protection and Restoration Authority/Organization');
    expect(relations(x, 'ROLE_AT')).toEqual(['Garret Vance -ROLE_AT-> Ohio Coastal Protection and Restoration Authority']);
  });
  it('"the National Advisory Council on Innovation and Entrepreneurship": one body, its co-chair', () => {
    const x = extract('Tom Arbel, co-chair of the National Advisory Council on Innovation and Entrepreneurship, spoke.', 'en');
    expect(names(x)).toContain('National Advisory Council on Innovation and Entrepreneurship/Organization');
    expect(relations(x, 'ROLE_AT')).toEqual(['Tom Arbel -ROLE_AT-> National Advisory Council on Innovation and Entrepreneurship']);
  });
  it('two names of their own stay two ("Acme Systems and Energy Authority")', () => {
    const x = extract('Zorvex Systems and Energy Authority officials met on Monday.', 'en');
    expect(names(x).some((n) => n.startsWith('Zorvex Systems and'))).toBe(false);
  });
});

describe('people listed as the subject of "serve as" (role-serve-as.ts)', () => {
  const text = 'Tom Arbel hosted the National Advisory Council on Innovation and Entrepreneurship. Ann Lindqvist, president of Corvane University; Raj Pellan, chairman of Brantley Systems; and Jo Marsh, among others, serve as the advisory council’s co-chairs.';
  it('each person of the list, at the body the lower-case reference names', () => {
    const r = rel(text, 'ROLE_AT');
    for (const p of ['Ann Lindqvist', 'Raj Pellan', 'Jo Marsh']) expect(r).toContain(`${p} -ROLE_AT-> National Advisory Council on Innovation and Entrepreneurship`);
    expect(r).not.toContain('Tom Arbel -ROLE_AT-> National Advisory Council on Innovation and Entrepreneurship');
  });
  it('"A and B will serve as co-chairs of the Z"', () => {
    const r = rel('Ann Lindqvist and Raj Pellan will serve as co-chairs of the Northwind Trade Council.', 'ROLE_AT');
    expect(r).toContain('Ann Lindqvist -ROLE_AT-> Northwind Trade Council');
    expect(r).toContain('Raj Pellan -ROLE_AT-> Northwind Trade Council');
  });
  it('no body named: nothing', () => {
    expect(rel('Ann Lindqvist and Raj Pellan will serve as co-chairs of the new panel.', 'ROLE_AT')).toEqual([]);
  });
});

describe('French senators', () => {
  it('"M. le sénateur X" holds no office of France', () => {
    expect(rel('Je tiens à préciser à M. le sénateur Varnier que le dispositif est utilisé chaque année en France.', 'ROLE_AT', 'fr')).toEqual([]);
  });
  it('a US senator still serves the United States', () => {
    expect(rel('“This is good news for Ohio and the United States,” said Senator Tom Hale.', 'ROLE_AT')).toContain('Tom Hale -ROLE_AT-> United States');
  });
});

describe('title modifiers and relative clauses', () => {
  it('"X, PDG par intérim de Y"', () => {
    expect(rel('Paul Varnier, PDG par intérim de Zorvex, a présenté le projet.', 'ROLE_AT', 'fr')).toEqual(['Paul Varnier -ROLE_AT-> Zorvex']);
  });
  it('"X, who founded Y in 1998": a founder\'s role', () => {
    expect(rel('Tom Arbel, who founded Zorvex in 1998, said the plant would open in May.', 'ROLE_AT')).toEqual(['Tom Arbel -ROLE_AT-> Zorvex']);
  });
  it('"general secretary of the union" holds no office of the country', () => {
    expect(rel('Tom Arbel, general secretary of the union, said jobs in Ohio, United States, were at risk.', 'ROLE_AT')).toEqual([]);
  });
});

describe('more competition and partnership wordings (ties-patterns.ts)', () => {
  const competes = (text: string, lang = 'en') => rel(text, 'COMPETES_WITH', lang).some((x) => /Zorvex Systems -COMPETES_WITH-> Quillmate Inc|Quillmate Inc -COMPETES_WITH-> Zorvex Systems|Zorvex -COMPETES_WITH-> Quillmate/.test(x));
  it('"A vies with B", "A is vying with B", "A competes head-to-head with B"', () => {
    expect(competes('Zorvex Systems vies with Quillmate Inc for contracts in Asia.')).toBe(true);
    expect(competes('Zorvex Systems is vying with Quillmate Inc for contracts in Asia.')).toBe(true);
    expect(competes('Zorvex Systems competes head-to-head with Quillmate Inc in Europe.')).toBe(true);
  });
  it('a pair named rivals: "A and B, rivals in …", "the two rivals, A and B", "A et B, deux concurrents directs"', () => {
    expect(competes('Zorvex Systems and Quillmate Inc, rivals in the chip market, reported results.')).toBe(true);
    expect(competes('The two rivals, Zorvex Systems and Quillmate Inc, reported results on Monday.')).toBe(true);
    expect(competes('Zorvex Systems and Quillmate Inc compete in the chip market.')).toBe(true);
    expect(competes('Le groupe Zorvex et Quillmate, deux concurrents directs, ont annoncé hier leurs résultats.', 'fr')).toBe(true);
  });
  it('"A and B, competitors of C": not each other\'s rivals by these words', () => {
    expect(competes('Zorvex Systems and Quillmate Inc, competitors of Apple Inc, reported results.')).toBe(false);
  });
  it('"A is working closely with B", "A travaille en étroite collaboration avec B"', () => {
    expect(rel('Zorvex Systems is working closely with Quillmate Inc to build batteries.', 'PARTNERS_WITH')).toContain('Zorvex Systems -PARTNERS_WITH-> Quillmate Inc');
    expect(rel('Zorvex travaille en étroite collaboration avec Quillmate.', 'PARTNERS_WITH', 'fr')).toContain('Zorvex -PARTNERS_WITH-> Quillmate');
  });
});

describe('a person and the employer after "of" (mentions/detect.ts personOfOwner)', () => {
  it('"Tom Arbel of Zorvex Systems signed": two names, the role', () => {
    const x = extract('Tom Arbel of Zorvex Systems signed the agreement on Monday.', 'en');
    expect(names(x)).toEqual(['Tom Arbel/Person', 'Zorvex Systems/Company']);
    expect(relations(x, 'ROLE_AT')).toEqual(['Tom Arbel -ROLE_AT-> Zorvex Systems']);
  });
  it('"Bank of America" stays one name', () => {
    expect(names(extract('Bank of America said profits rose.', 'en'))).toEqual(['Bank of America/Company']);
  });
  it('"Zorvex Systems’s interim CEO, Tom Arbel,"', () => {
    expect(rel('Zorvex Systems’s interim CEO, Tom Arbel, said the plant would open.', 'ROLE_AT')).toEqual(['Tom Arbel -ROLE_AT-> Zorvex Systems']);
  });
});
