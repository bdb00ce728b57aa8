/**
 * INVESTS_IN, round 13 (failure classes of the released sets 18 and 19): a deal's value stated by its cost, a company
 * named in apposition as what is bought, a grantee's address. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relation, relations } from './helpers.ts';

const invests = (text: string, lang: 'fr' | 'en' = 'en', title = '') => relations(extract(text, lang, title), 'INVESTS_IN');

describe('acquisitions and their value', () => {
  it('a company named in apposition to a noun for it is what is bought', () => {
    expect(invests('Corvane agreed last week to acquire the valve maker, Pellix, for cash. Corvane builds pumps.')).toEqual(['Corvane -INVESTS_IN-> Pellix']);
  });
  it('a name after the comma that speaks is not bought', () => {
    expect(invests('Orvane hopes to acquire the firm, Pellix told reporters.')).toEqual([]);
  });
  it('"the takeover is to cost A roughly $N": the value of the acquisition stated before', () => {
    const x = extract('Pellix, a maker of valves, is to be acquired by Corvane.\n\nThat takeover is to cost Corvane roughly $6 billion, paid in shares.', 'en', '');
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Pellix')?.properties).toMatchObject({ amount: 6_000_000_000, currency: 'USD' });
  });
  it('the title states the deal the body values', () => {
    const x = extract('The deal is valued at $4 billion, the companies said.', 'en', 'Corvane agrees to buy Pellix');
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Pellix')?.properties).toMatchObject({ amount: 4_000_000_000 });
  });
});

describe('grants listed by grantee', () => {
  it('the town after a grantee is its address: the grantee invests, not the town', () => {
    const r = invests('$3,500,000 to Velmora Partners, Inc., Springfield, Illinois, to fund construction of an incubator in Decatur, Illinois.');
    expect(r).toContain('Velmora Partners, Inc. -INVESTS_IN-> Decatur');
    expect(r.filter((x) => x.startsWith('Springfield') || x.startsWith('Illinois'))).toEqual([]);
  });
});

describe('a facility built at a place, by a committed company and its partners', () => {
  it('"la construction à X d\'un centre … commun avec les sociétés B et C": every partner invests in X', () => {
    const r = invests("Le président a confirmé l'engagement financier de Corvane dans la construction à Montbrison (Loire) d'un nouveau centre de recherche commun avec les sociétés Pellix et Dalvik.", 'fr');
    expect(r).toEqual(['Corvane -INVESTS_IN-> Montbrison', 'Pellix -INVESTS_IN-> Montbrison', 'Dalvik -INVESTS_IN-> Montbrison']);
  });
  it('a project cost without its currency takes the place\'s', () => {
    const x = extract("Corvane confirme la construction à Grenoble d'une nouvelle usine.\nCe projet d'un montant total de 1,5 Mds sur 5 ans créera 800 emplois.", 'fr', '');
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Grenoble')?.properties).toMatchObject({ amount: 1_500_000_000, currency: 'EUR' });
  });
});

describe('nominal and relative acquisitions in regulatory and parliamentary prose', () => {
  it('"the acquisition of A by B" with A a firm typed as an organisation', () => {
    expect(invests('Regulators are still reviewing the planned purchase of Office Pellix by Corvane, a larger rival.'))
      .toEqual(['Corvane -INVESTS_IN-> Office Pellix']);
  });
  it('assets of A bought by B: B invests in A', () => {
    expect(invests('The Court upheld a decision approving the acquisition of certain Pellix power generation assets by Corvane.')).toEqual(['Corvane -INVESTS_IN-> Pellix']);
  });
  it('a person buys a group: "le rachat du groupe A par Mme B"', () => {
    expect(invests('Quel a été le rôle du comité lors du rachat du groupe Pellix par Mme Jeanne Corvin ?', 'fr')).toEqual(['Jeanne Corvin -INVESTS_IN-> Pellix']);
  });
  it('"c\'est A qui absorba B"; a forbidden absorption is none; the next relative clause is no target', () => {
    expect(invests("Bruxelles ayant empêché Pellix d'absorber Corvane en 1998, c'est Corvane qui absorba Pellix six ans plus tard, et Dalvik qui racheta Corvane.", 'fr'))
      .toEqual(['Corvane -INVESTS_IN-> Pellix']);
  });
});

describe('a plant bought, named with its town by the purchase noun', () => {
  it('"la reprise de l\'usine B de X par le groupe A": A invests in X', () => {
    expect(invests("Le ministre salue la reprise de l'usine Pellix de Grenoble par le groupe allemand Corvane.", 'fr')).toEqual(['Corvane -INVESTS_IN-> Grenoble']);
  });
  it('"the takeover of the B plant in X by A"', () => {
    expect(invests('Members welcomed the takeover of the Pellix plant in Swindon by Corvane.')).toEqual(['Corvane -INVESTS_IN-> Swindon']);
  });
});

describe('a grant to a town for a facility a company will use', () => {
  it('the company that uses the facility invests in the town', () => {
    const x = extract('Under the plan, a $900,000 loan to the town of Dayton, Ohio, that will upgrade an assembly plant to be used by Corvane Compressors from 2027.', 'en', '');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Corvane Compressors -INVESTS_IN-> Dayton']);
  });
});

describe('a region does not invest in itself', () => {
  it('"la Région X" and the place X are one (any rule)', () => {
    expect(invests("La Région Provence-Alpes-Côte d'Azur investira 20 millions d’euros en Provence-Alpes-Côte d’Azur.", 'fr')).toEqual([]);
  });
});

describe('investment as one of the aims a verb of promoting lists', () => {
  it('"promoting research, training and investment in X" states no investment', () => {
    expect(invests('The lab that Corvane runs with Pellix shows what a shared site can do, promoting research, student training and investment in Ohio.')).toEqual([]);
  });
  it('a company that invests still does', () => {
    expect(invests('Corvane is advancing its plans and will invest $40 million in Ohio.')).toEqual(['Corvane -INVESTS_IN-> Ohio']);
  });
});
