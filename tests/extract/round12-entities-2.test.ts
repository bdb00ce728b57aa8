/**
 * Round 12, entities, second helper (classes of the misses of sets 14–17): sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('US state nicknames', () => {
  it('"the Granite State" is New Hampshire, one entity with the state named in full', () => {
    const g = extract('Orvane Systems will invest $20 million in New Hampshire, a boost for the economy of the Granite State.', 'en');
    const states = g.mentions.filter((m) => m.type === 'Region');
    expect(states.map((m) => m.canonical)).toEqual(['New Hampshire', 'New Hampshire']);
    expect(states.map((m) => m.text)).toContain('Granite State');
  });
  it('"the Lone Star State" alone names Texas', () => {
    const m = extract('Pellix Energy said it would build a plant in the Lone Star State next year.', 'en').mentions.find((x) => x.text === 'Lone Star State');
    expect([m?.type, m?.canonical]).toEqual(['Region', 'Texas']);
  });
  it('a longer name with a nickname inside stays itself ("the Golden State Warriors")', () => {
    expect(extract('Pellix Energy signed a sponsorship deal with the Golden State Warriors last week.', 'en').mentions.map((m) => m.canonical)).not.toContain('California');
  });
});

describe('a scheme\'s name with "and" inside', () => {
  it('"ORVA Rural Development Business and Industry Loan Guarantee": an agency\'s acronym, common words, "and", a guarantee is one programme', () => {
    const all = names(extract('The minister announced the selection of Pellix Energy Company for a ORVA Rural Development Business and Industry Loan Guarantee for a $10 million loan given by Vanton National Bank.', 'en'));
    expect(all).toContain('ORVA Rural Development Business and Industry Loan Guarantee/Program');
    expect(all).not.toContain('Industry Loan Guarantee/Company');
  });
  it('two firms joined by "and" stay two', () => {
    const all = names(extract('Pellix Industries and Vanton Holdings signed a loan guarantee for the new plant in Ohio.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Pellix Industries/Company', 'Vanton Holdings/Company']));
  });
});

describe('"autour de X" after a facility noun', () => {
  it('"les usines autour de Pellix": a name no gazetteer knows is not made a place by "autour de"', () => {
    expect(names(extract('Les responsables participent au développement des usines autour de Pellix.', 'fr'))).not.toContain('Pellix/Region');
  });
  it('"les usines autour de Grenoble": a known place stays a place', () => {
    expect(names(extract('Les responsables participent au développement des usines autour de Grenoble.', 'fr'))).toContain('Grenoble/Region');
  });
});

describe('a title word inside a firm\'s name', () => {
  it('"cette usine Grand Chief à Vannes": a title ending the name of a site\'s owner is part of the name', () => {
    expect(names(extract('Je suis venu ce matin dans cette usine Grand Chief à Vannes pour voir les ouvriers.', 'fr'))).toContain('Grand Chief/Company');
  });
  it('"the Orvane Chief plant": so before a site noun', () => {
    expect(names(extract('The Orvane Chief plant employs 400 people in Ohio.', 'en'))).toContain('Orvane Chief/Company');
  });
  it('"The Police Chief said": a title with no site around it names no firm', () => {
    expect(names(extract('The Police Chief said the plant was safe.', 'en'))).toEqual([]);
  });
});

describe('a town\'s name as a party of a merger', () => {
  it('"la fusion Pellix/Suez": a place paired by a slash with an unknown name in a merger is a firm', () => {
    expect(names(extract('La Commission a autorisé la fusion Pellix/Suez sous conditions.', 'fr'))).toContain('Suez/Company');
  });
  it('"the merger of Suez and Pellix": so as a complement of a merger noun', () => {
    expect(names(extract('The merger of Suez and Pellix was approved.', 'en'))).toContain('Suez/Company');
  });
  it('two places merged stay places', () => {
    expect(names(extract('The merger of Paris and Lyon was approved.', 'en'))).toEqual(['Paris/Region', 'Lyon/Region']);
  });
});

describe('UK compass regions in lower case', () => {
  it('"in the east midlands", "in the north-west": regions after a place preposition', () => {
    const m = extract('Orvane Systems is creating 900 jobs in the east midlands and 500 in the north-west.', 'en').mentions;
    expect(m.filter((x) => x.type === 'Region').map((x) => x.canonical)).toEqual(['East Midlands', 'North West']);
  });
  it('"the south-east of the city" is part of a place, not the region', () => {
    const m = extract('Pellix Energy opened a depot in the south-east of the city last year.', 'en').mentions;
    expect(m.map((x) => x.canonical)).not.toContain('South East');
  });
});

describe('"A of the B" firm names', () => {
  it('"Pellow of the Orvane from the United States": one firm named with "of the"', () => {
    expect(names(extract('In the past year we have had Pellow of the Orvane from the United States, the largest investment here.', 'en'))).toContain('Pellow of the Orvane/Company');
  });
  it('"Pellow of the Orvane has invested": so before its investment', () => {
    expect(names(extract('Pellow of the Orvane has invested $30 million in a plant in Ohio.', 'en'))).toContain('Pellow of the Orvane/Company');
  });
  it('a title "of the" a body is no firm ("The Mayor of the City has invested time")', () => {
    expect(names(extract('The Mayor of the City has invested time.', 'en'))).not.toContain('Mayor of the City/Company');
  });
});
