/**
 * Round 7, precision classes read on the blind set 6 (and the blind run of set 5): relations that the
 * rules proposed on new text and a careful reader would not. Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

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
