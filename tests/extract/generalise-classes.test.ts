/** Classes of failure seen on a second batch of real texts (dev set #2), fixed as classes: one test per class, names of our own. */
import { describe, expect, it } from 'vitest';
import { extract, names, relations } from './helpers.ts';

describe('interview transcripts', () => {
  it('a greeting never opens a name; a surname in capitals after a given name stays with it', () => {
    const x = extract("THOMAS MARTEAU\nBonjour Céline VARDAUX, ministre déléguée en charge de l'Industrie.\nCÉLINE VARDAUX\nBonjour Thomas MARTEAU.", 'fr');
    const all = names(x);
    expect(all.some((n) => /bonjour/i.test(n))).toBe(false);
    expect(all).toEqual(expect.arrayContaining(['Céline VARDAUX/Person', 'Thomas MARTEAU/Person']));
  });
  it('"Welcome Jane Roe" (en)', () => {
    const x = extract('Welcome Margot Tellier, chief executive of Pellix Corp.', 'en');
    expect(names(x).some((n) => /welcome/i.test(n))).toBe(false);
    expect(names(x)).toContain('Margot Tellier/Person');
  });
});

describe('names glued to a participle', () => {
  it('a demonym glued to -owned/-born/-made is an origin, not a name', () => {
    const x = extract('The Japanese-owned plant buys British-made parts, said Australian-born Tom Vardell.', 'en');
    const all = names(x);
    expect(all.some((n) => /Japanese|British|Australian/.test(n))).toBe(false);
    expect(all).toContain('Tom Vardell/Person');
  });
  it('a place of several words before -based is one place, and the company is located there', () => {
    const x = extract('Orvane, a unit of the Los Angeles-based Pellix Corporation, will hire 50 people.', 'en');
    expect(names(x)).toContain('Los Angeles/Region');
    expect(names(x).some((n) => n.startsWith('Los/') || n.startsWith('Angeles/'))).toBe(false);
    expect(relations(x, 'LOCATED_IN')).toContain('Pellix Corporation -LOCATED_IN-> Los Angeles');
  });
  it('an unknown name glued to -headquartered is a place', () => {
    const x = extract('Brackenmoor-headquartered Tarvel Engines will supply the trucks.', 'en');
    expect(names(x)).toContain('Brackenmoor/Region');
    expect(relations(x, 'LOCATED_IN')).toContain('Tarvel Engines -LOCATED_IN-> Brackenmoor');
  });
});

describe('French government titles', () => {
  it('an unqualified French minister is of France, even in an article about another country', () => {
    const x = extract("Entretien avec Paul Vernier, ministre de l'économie, sur les relations avec les États-Unis. Les États-Unis ont répondu. La France attend.", 'fr');
    expect(relations(x, 'ROLE_AT')).toContain('Paul Vernier -ROLE_AT-> France');
    expect(relations(x, 'ROLE_AT')).not.toContain('Paul Vernier -ROLE_AT-> États-Unis');
  });
  it('"ministre déléguée en charge de l\'Industrie"', () => {
    const x = extract("Lucie Armand, ministre déléguée en charge de l'Industrie, était à Lyon. La France investit.", 'fr');
    expect(relations(x, 'ROLE_AT')).toContain('Lucie Armand -ROLE_AT-> France');
  });
});

describe('towns (GeoNames, under 50,000 inhabitants) read by context', () => {
  it('a town after a place preposition, its country named, is a place', () => {
    const x = extract("Le groupe Pellix ouvrira une usine à Ploërmel. La France s'en félicite.", 'fr');
    expect(names(x)).toContain('Ploërmel/Region');
  });
  it('a town followed by its known region is a place', () => {
    const x = extract('Orvane opened a plant in Llandudno, Wales.', 'en');
    expect(names(x)).toContain('Llandudno/Region');
  });
  it('a town name without a place context is not read as a place', () => {
    const x = extract('Nairn said the results were strong.', 'en');
    expect(names(x)).not.toContain('Nairn/Region');
  });
});

describe('parties listed after "between"', () => {
  it('every party of "a deal between A, B and the UK government" partners every other', () => {
    const x = extract('A £40 million deal between Orvane, Pellix and the UK government will build a plant.', 'en');
    const r = relations(x, 'PARTNERS_WITH');
    expect(r).toContain('Orvane -PARTNERS_WITH-> Pellix');
    expect(r.filter((t) => /UK/.test(t))).toHaveLength(2);
  });
  it('"l\'accord entre A, B et C" (fr)', () => {
    const x = extract("L'accord entre le groupe Orvane, la société Pellix et la société Tarvel a été signé.", 'fr');
    expect(relations(x, 'PARTNERS_WITH')).toHaveLength(3);
  });
});

describe('passive and nominal acquisitions', () => {
  it('"A agreed to be bought by B", "A a été racheté par B"', () => {
    expect(relations(extract('Pellix Corp agreed to be bought by Orvane Inc.', 'en'), 'INVESTS_IN')).toContain('Orvane Inc -INVESTS_IN-> Pellix Corp');
    expect(relations(extract('La société Pellix a été rachetée par le groupe Orvane.', 'fr'), 'INVESTS_IN')).toContain('Orvane -INVESTS_IN-> Pellix');
  });
  it('"the acquisition of A by B"', () => {
    expect(relations(extract('The acquisition of Pellix Corp by Orvane Inc closed on Monday.', 'en'), 'INVESTS_IN')).toContain('Orvane Inc -INVESTS_IN-> Pellix Corp');
  });
});

describe('slashed names, owners with a place adjective, investments "at" a town', () => {
  it('"Tarn/KLB" is one name; "a subsidiary of the Los Angeles-based X" is X\'s', () => {
    const x = extract('Tarn/KLB, a wholly-owned subsidiary of the Los Angeles-based Pellix Corporation, will hire 40 people.', 'en');
    expect(names(x)).toContain('Tarn/KLB/Company');
    expect(relations(x, 'SUBSIDIARY_OF')).toContain('Tarn/KLB -SUBSIDIARY_OF-> Pellix Corporation');
  });
  it('codes with digits joined by a slash stay apart ("5G/6G" is no name)', () => {
    expect(names(extract('Orvane sells 5G/6G radios.', 'en')).some((n) => n.startsWith('5G/6G'))).toBe(false);
  });
  it('"an investment of £N at <town>", the town\'s country implied by a region of the article', () => {
    const x = extract('Orvane is to relocate to Gwynedd with an investment of nearly £10 million at Llanberis, which will create 200 jobs.', 'en');
    expect(relations(x, 'INVESTS_IN')).toContain('Orvane -INVESTS_IN-> Llanberis');
  });
});

describe('a city or town and the area after it', () => {
  it('"<town>, County X" and "<town>, dans la X": the unlisted area is a place containing the town', () => {
    const en = extract('Orvane has chosen a site in Llandudno, County Brackley, in the United Kingdom.', 'en');
    expect(names(en)).toContain('County Brackley/Region');
    expect(relations(en, 'LOCATED_IN')).toContain('Llandudno -LOCATED_IN-> County Brackley');
    const fr = extract("Le groupe Orvane s'installe à Ploërmel, dans le Vardois. La France gagne.", 'fr');
    expect(relations(fr, 'LOCATED_IN')).toContain('Ploërmel -LOCATED_IN-> Vardois');
  });
  it('a list after a city is no container ("Lyon, Orvane et Pellix")', () => {
    const x = extract('Les usines de Lyon, Orvane et Pellix ferment.', 'fr');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Lyon'))).toEqual([]);
  });
});

describe('investors listed after a plural actor noun', () => {
  it('"companies - including A, B and C - have chosen to invest": the members invest, not the body thanked', () => {
    const r = relations(extract('Thanks to support from the Department for Trade, 4 separate companies from across the globe - including Orvane, Pellix and Tarvel - have all chosen to invest in the UK.', 'en'), 'INVESTS_IN');
    expect(r).toEqual(expect.arrayContaining(['Orvane -INVESTS_IN-> UK', 'Pellix -INVESTS_IN-> UK', 'Tarvel -INVESTS_IN-> UK']));
    expect(r.some((x) => x.startsWith('Department'))).toBe(false);
  });
  it('"plusieurs groupes, dont A et B, vont investir" (fr)', () => {
    expect(relations(extract('Grâce à Business France, plusieurs groupes, dont Orvane et Pellix, vont investir en France.', 'fr'), 'INVESTS_IN'))
      .toEqual(expect.arrayContaining(['Orvane -INVESTS_IN-> France', 'Pellix -INVESTS_IN-> France']));
  });
});

describe('pledges and possessive plans', () => {
  it('"X\'s vision to invest $N in Y": the possessor invests, even after another funding word', () => {
    const r = relations(extract('The proposed funding would support two fabs in Ohio, the first step in Orvane’s two-decade vision to invest $40 billion in Ohio.', 'en'), 'INVESTS_IN');
    expect(r).toContain('Orvane -INVESTS_IN-> Ohio');
  });
  it('"X promet 4 milliards en France" is a pledge; "prometteur" is no trigger', () => {
    expect(relations(extract("Le groupe Orvane promet 4 milliards d'euros en France.", 'fr'), 'INVESTS_IN')).toContain('Orvane -INVESTS_IN-> France');
    expect(relations(extract("Le marché est prometteur pour le groupe Orvane en France.", 'fr'), 'INVESTS_IN')).toEqual([]);
  });
});

describe('names next to titles, persons and public bodies', () => {
  it('"Minister for Investment Graham Stuart": a given name that is also a word still opens a person after a portfolio', () => {
    expect(names(extract('Minister for Investment Graham Vellacott today welcomed the plants.', 'en'))).toEqual(['Graham Vellacott/Person']);
  });
  it('"en Chine de Manuel Valls": "de" before a full name ends the place', () => {
    const all = names(extract("L'accord a été scellé lors du déplacement en Chine de Manuel Dorval, le 29 janvier.", 'fr'));
    expect(all).toEqual(expect.arrayContaining(['Chine/Country', 'Manuel Dorval/Person']));
  });
  it('"Conseil national de l\'Industrie": "de l\'" inside a public body\'s name', () => {
    expect(names(extract("Le président de l'Agence de l’Hydrogène, cher Paul Vernier, parle.", 'fr'))).toContain('Agence de l’Hydrogène/Organization');
  });
});

describe('holdings listed', () => {
  it('"Orvane\'s holdings include the X movie company and the Y site": both are its subsidiaries', () => {
    const r = relations(extract("Orvane's holdings include the Tallow Bridge movie company and Pinlo Networks Inc.", 'en'), 'SUBSIDIARY_OF');
    expect(r).toEqual(expect.arrayContaining(['Tallow Bridge -SUBSIDIARY_OF-> Orvane', 'Pinlo Networks Inc -SUBSIDIARY_OF-> Orvane']));
  });
  it('"Other holdings include X" with no possessor states no owner', () => {
    expect(relations(extract('Pellix Corp opened a channel. Other holdings include the social-networking site Pinlo.', 'en'), 'SUBSIDIARY_OF')).toEqual([]);
  });
});
