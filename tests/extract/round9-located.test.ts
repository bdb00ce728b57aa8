/**
 * LOCATED_IN from clause shapes (round 9, classes of the released held-out sets 10 and 11): relative clauses,
 * a place's possessive, a fronted place before an apposition, coordinated places; and a US state that a foreign
 * town of the same name no longer hides. Made-up company names.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.ts';
import { shadowedRegions } from '../../src/extract/lexicon/shadowed-regions.ts';
import { matchKey } from '../../src/extract/text/normalize.ts';
import { extract, relations } from './helpers.ts';

describe('a relative clause: "A, which is headquartered in X"', () => {
  it('takes the city, not the state after it (en)', () => {
    const x = extract('Corvane Industries Inc., which is headquartered in Allentown, Pennsylvania, employs 300 workers in the U.S.', 'en');
    const located = relations(x, 'LOCATED_IN');
    expect(located).toContain('Corvane Industries Inc -LOCATED_IN-> Allentown');
    expect(located).not.toContain('Corvane Industries Inc -LOCATED_IN-> Pennsylvania');
  });
  it('"which has its head office in" (en) and "qui est implantée à" (fr)', () => {
    expect(relations(extract('Shares of Corvane Industries Inc., which has its head office in Leeds, rose.', 'en'), 'LOCATED_IN')).toContain('Corvane Industries Inc -LOCATED_IN-> Leeds');
    expect(relations(extract('La société Vormex, qui est implantée à Rennes, recrute.', 'fr'), 'LOCATED_IN')).toContain('Vormex -LOCATED_IN-> Rennes');
  });
  it('not when the clause belongs to a facility of the company ("the plant of A, which is located in X")', () => {
    const x = extract('Workers visited the plant of Corvane Industries Inc., which is located in Leeds.', 'en');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Corvane'))).toEqual([]);
  });
});

describe('coordinated places after a stated one', () => {
  it('"installée à A, à B et à C" gives each place (fr)', () => {
    const x = extract('La société Vormex, installée à Lisieux, à Vire et à Épernay, emploie 300 personnes.', 'fr');
    const located = relations(x, 'LOCATED_IN');
    for (const p of ['Lisieux', 'Vire', 'Épernay']) expect(located).toContain(`Vormex -LOCATED_IN-> ${p}`);
  });
  it('a list that never closes with "and" is no list ("based in X, Y said") (en)', () => {
    const x = extract('Corvane Industries Inc., based in Leeds, York officials said, will hire.', 'en');
    expect(relations(x, 'LOCATED_IN')).not.toContain('Corvane Industries Inc -LOCATED_IN-> York');
  });
});

describe("a place's possessive", () => {
  it("a state's agency is in the state (en)", () => {
    const x = extract('Jane Doe from Ohio’s Office of Regional Growth said the United States was open for business.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Office of Regional Growth -LOCATED_IN-> Ohio');
  });
  it('a name that modifies a noun phrase, or owns a plant, is not placed so (en)', () => {
    // no rule places it (the learned scorer may: "one of America's Big Four tool makers" does say where the firm is from)
    const bigFour = extract("Corvane was one of America's Big Four independent tool makers.", 'en');
    expect(bigFour.relations.filter((r) => r.type === 'LOCATED_IN' && r.rule !== 'learned')).toEqual([]);
    const plant = extract("Workers at Ohio's Corvane Industries plant in the United States went on strike.", 'en');
    expect(plant.relations.filter((r) => r.type === 'LOCATED_IN' && r.rule !== 'learned' && plant.mentions[r.source]!.text.startsWith('Corvane'))).toEqual([]);
  });
});

describe('a fronted place before a company in apposition', () => {
  it('"In X, A, a family-owned parts maker, used …" (en)', () => {
    const x = extract('For example, in Indiana, Barlow Tooling and Sales Corp., a family-owned auto parts maker, used USDA loan guarantees to expand.', 'en');
    // (the firm's whole name: common nouns on either side of "and" before a legal form, round 12)
    expect(relations(x, 'LOCATED_IN')).toContain('Barlow Tooling and Sales Corp -LOCATED_IN-> Indiana');
  });
  it('"Dans le X, A, un fabricant de meubles, …" (fr)', () => {
    const x = extract('Dans le Calvados, Vormex, un fabricant de meubles, a embauché 40 salariés.', 'fr');
    expect(relations(x, 'LOCATED_IN')).toContain('Vormex -LOCATED_IN-> Calvados');
  });
  it('no apposition, no place ("In X, a deal with A will …") (en)', () => {
    const x = extract('In Romania, a deal with Corvane Bank will see an additional €50 million made available.', 'en');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Corvane'))).toEqual([]);
  });
});

describe('places that share a name', () => {
  it('"Washington, D.C." is one place, not a city in an area "D.C." (en)', () => {
    const x = extract('Representatives from 47 states and Washington, D.C., showed off investment opportunities.', 'en');
    expect(relations(x, 'LOCATED_IN')).toEqual([]);
  });
  it('"Florida" is the US state; a large foreign city keeps its name', () => {
    const gaz = loadGazetteer();
    expect(gaz.lookup(matchKey('Florida'))).toMatchObject({ type: 'Region', country: 'US' });
    expect(gaz.lookup(matchKey('Florida'))?.population).toBeUndefined();
    expect(gaz.lookup(matchKey('Toledo'))?.population).toBeGreaterThan(250_000);
  });
  it('shadowedRegions: the larger country\'s region over a mid-size city of a smaller one', () => {
    const cities: Array<[string, string, number]> = [['Bigtown', 'AA', 5_000_000], ['Smalltown', 'BB', 60_000], ['Alder', 'BB', 90_000], ['Cedar', 'BB', 400_000]];
    const regions: Array<[string, string]> = [['Alder', 'CC'], ['Smalltown', 'CC'], ['Smalltown', 'AA'], ['Cedar', 'AA']];
    const out = shadowedRegions(cities, regions);
    // CC lists no city: it is no larger than BB, so Alder stays the city; Smalltown is AA's (the largest country)
    expect(out.get('alder')).toBeUndefined();
    expect(out.get('smalltown')).toEqual({ name: 'Smalltown', country: 'AA' });
    // a city of 400,000 keeps its name
    expect(out.get('cedar')).toBeUndefined();
  });
});

describe('the seat stated by a copula, an apposition or a seat clause', () => {
  it('"A is headquartered in X", "Founded in 1990, A is based in X" (en)', () => {
    expect(relations(extract('Corvane Industries is headquartered in Leeds.', 'en'), 'LOCATED_IN')).toContain('Corvane Industries -LOCATED_IN-> Leeds');
    expect(relations(extract('Founded in 1990, Corvane Industries is based in Leeds.', 'en'), 'LOCATED_IN')).toContain('Corvane Industries -LOCATED_IN-> Leeds');
  });
  it('"la société A est installée à X" (fr)', () => {
    expect(relations(extract('La société Vormex est installée à Lyon depuis 1990.', 'fr'), 'LOCATED_IN')).toContain('Vormex -LOCATED_IN-> Lyon');
  });
  it('not the plant of the company ("The plant of A is located in X", "A\'s plant is located in X") (en)', () => {
    expect(relations(extract('The plant of Corvane Industries is located in Leeds.', 'en'), 'LOCATED_IN')).toEqual([]);
    expect(relations(extract("Corvane Industries' plant is located in Leeds.", 'en'), 'LOCATED_IN')).toEqual([]);
  });
  it('"A, a X-based maker", "A, a tool maker based in X", "A, une PME installée à X"', () => {
    expect(relations(extract('Corvane Industries, a Leeds-based maker of tools, will hire.', 'en'), 'LOCATED_IN')).toContain('Corvane Industries -LOCATED_IN-> Leeds');
    expect(relations(extract('Corvane Industries, a tool maker based in Leeds, will hire.', 'en'), 'LOCATED_IN')).toContain('Corvane Industries -LOCATED_IN-> Leeds');
    expect(relations(extract('La société Vormex, une PME installée à Lyon, recrute.', 'fr'), 'LOCATED_IN')).toContain('Vormex -LOCATED_IN-> Lyon');
  });
  it('not a pronoun in apposition ("les deux filiales de A, l\'une basée en X") (fr)', () => {
    const x = extract("La réduction concernera les deux filiales de Vormex, l'une basée en Isère et l'autre à Paris.", 'fr');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Vormex'))).toEqual([]);
  });
  it('"A, with headquarters in X", "A, whose headquarters are in X", "A, dont le siège social se trouve à X"', () => {
    expect(relations(extract('Corvane Industries, with headquarters in Leeds, will hire.', 'en'), 'LOCATED_IN')).toContain('Corvane Industries -LOCATED_IN-> Leeds');
    expect(relations(extract('Corvane Industries, whose headquarters are in Leeds, will hire.', 'en'), 'LOCATED_IN')).toContain('Corvane Industries -LOCATED_IN-> Leeds');
    expect(relations(extract('La société Vormex, dont le siège social se trouve à Lyon, recrute.', 'fr'), 'LOCATED_IN')).toContain('Vormex -LOCATED_IN-> Lyon');
  });
});
