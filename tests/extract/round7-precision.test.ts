/**
 * Round 7, precision classes read on the blind set 6 (and the blind run of set 5): relations that the
 * rules proposed on new text and a careful reader would not. Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, placeRelations, relations } from './helpers.ts';

describe('a region is in its country only when the text places it there', () => {
  it('"Teesside, as the home of the UK\'s first port": both named, neither placed in the other → no LOCATED_IN', () => {
    const x = extract('Does he agree that Yorkshire, as the home of the UK’s first freeport, offers a unique opportunity to Marvelle?', 'en');
    expect(relations(x, 'LOCATED_IN')).toEqual([]);
  });
  it('"présente dans le Nord, l\'Est et l\'Ile de France" with France elsewhere in the sentence → no LOCATED_IN', () => {
    const x = extract('La société Trovin est présente dans le Centre de la France mais également dans l’Ile de France à travers ses agences.', 'fr');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Ile de France'))).toEqual([]);
  });
  it('"Crolles, France", "in Ohio in the United States", "en France, en Arles": stated by position → LOCATED_IN', () => {
    expect(relations(extract('Dervano will build a plant in Crolles, France.', 'en'), 'LOCATED_IN')).toEqual(['Crolles -LOCATED_IN-> France']);
    expect(relations(extract('Dervano will build a plant in Ohio in the United States.', 'en'), 'LOCATED_IN')).toEqual(['Ohio -LOCATED_IN-> United States']);
    expect(relations(extract('Nous avons soutenu Marvelle pour créer des emplois en France, en Arles.', 'fr'), 'LOCATED_IN')).toEqual(['Arles -LOCATED_IN-> France']);
  });
});

describe('sums of aid name no investment between their recipients', () => {
  it('"recovery of €14 million in incompatible State aid from A and B": no INVESTS_IN between A and B', () => {
    const x = extract('Commission orders recovery of around €14 million in incompatible Ruritanian State aid from Morvane Airport and Skylarc.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('a sum stated as an investment between companies stays one ("Dervano Group will invest €40 million in the start-up Pellix")', () => {
    const x = extract('Dervano Group will invest €40 million in the start-up Pellix.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Dervano Group -INVESTS_IN-> Pellix']);
  });
});

describe('the subject of a verb of receiving does not invest', () => {
  it('"Ils ont bénéficié d\'investissements publics importants à Beauvais": no INVESTS_IN from the company of the text', () => {
    const x = extract("Le groupe Morvane a trois usines dans l'Oise. Ils ont bénéficié d'investissements publics importants (l'accessibilité routière à Beauvais).", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('"A attracted new investment in Leeds" is no investment by A; "A will invest in Leeds" is', () => {
    expect(relations(extract('Dervano Group attracted new investment of £20 million in Leeds.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract('Dervano Group will invest £20 million in Leeds.', 'en'), 'INVESTS_IN')).toEqual(['Dervano Group -INVESTS_IN-> Leeds']);
  });
});

describe('a public office with a possessive is someone else\'s', () => {
  it('"la décision annoncée par son ministre de l\'économie, X": no ROLE_AT France by default', () => {
    const x = extract("Or le Premier ministre a approuvé la décision annoncée par son ministre de l'économie, Giulio Vanetti, qui a mis en place un dispositif.", 'fr');
    expect(relations(x, 'ROLE_AT')).toEqual([]);
  });
  it('"Le ministre de l\'économie, X" still serves France in a French text', () => {
    expect(relations(extract("Le ministre de l'économie, Bruno Lemaire, a mis en place un dispositif.", 'fr'), 'ROLE_AT')).toEqual(['Bruno Lemaire -ROLE_AT-> France']);
  });
});

describe('a country as modifier of what is invested in', () => {
  it('"a $500 billion investment in U.S. manufacturing": INVESTS_IN the United States with its amount', () => {
    const x = extract('Dervano announced a $500 billion investment in U.S. manufacturing and training.', 'en');
    expect(placeRelations(x, 'INVESTS_IN')).toEqual(['Dervano -INVESTS_IN-> United States']);
    expect(x.relations.find((r) => r.type === 'INVESTS_IN')?.properties.amount).toBe(500_000_000_000);
  });
  it('"invest in us" is a pronoun, no country', () => {
    expect(relations(extract('Dervano Group will invest in us and our people.', 'en'), 'INVESTS_IN')).toEqual([]);
  });
  it('"Project X announced a $500 billion private investment in …": the company\'s own; "$100 billion of private investment" names none', () => {
    const x = extract('Orvane Holdings announced a $500 billion private investment in U.S.-based data infrastructure.', 'en');
    expect(placeRelations(x, 'INVESTS_IN')).toEqual(['Orvane Holdings -INVESTS_IN-> United States']);
    // "Project X" names a programme (entities, round 7): the companies that lead it are the investors
    const led = extract('Project Orvane, led by Pellix and Korvix, announced a $500 billion private investment in U.S.-based data infrastructure.', 'en');
    expect(placeRelations(led, 'INVESTS_IN')).toEqual(['Pellix -INVESTS_IN-> United States', 'Korvix -INVESTS_IN-> United States']);
    expect(relations(extract('Senator Paul Renshaw said the law has spurred more than $100 billion of private investment in Arizona.', 'en'), 'INVESTS_IN')).toEqual([]);
  });
});

describe('the English article "a" is not the French "à"', () => {
  it('"over a decade, a Leeds record": no place introduced by "a"; "à Lyon" still is', () => {
    expect(relations(extract('Dervano will invest $2 billion over a decade, a Leeds record.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract("Dervano investira 2 milliards d'euros à Lyon.", 'fr'), 'INVESTS_IN')).toEqual(['Dervano -INVESTS_IN-> Lyon']);
  });
});
