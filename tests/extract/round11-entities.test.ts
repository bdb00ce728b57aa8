/**
 * Round 11, entity classes seen on the released sets 14 and 15 (names split at "and"/"&", places typed as companies, words
 * typed as names, titles of address): sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

const has = (all: string[], re: RegExp) => all.some((n) => re.test(n));

describe('names joined by "and" or "&"', () => {
  it('a body named after its state keeps the words after "and": "Louisiana Coastal Protection and Restoration Authority"', () => {
    const all = names(extract('Also present were Louisiana Coastal Protection and Restoration Authority Director Tom Pellow and Ann Vell.', 'en'));
    expect(all).toContain('Louisiana Coastal Protection and Restoration Authority/Organization');
    expect(has(all, /^Restoration Authority/)).toBe(false);
  });
  it('a council\'s topic goes on after "and": "Council on Innovation and Entrepreneurship"', () => {
    const all = names(extract('He joined the National Advisory Council on Innovation and Entrepreneurship in May.', 'en'));
    expect(all).toEqual(['National Advisory Council on Innovation and Entrepreneurship/Organization']);
    expect(has(names(extract('The Committee on Foreign Investment and Pellix met in May.', 'en')), /Investment and Pellix/)).toBe(false);
  });
  it('a firm of common words joined by "&" opening a sentence stays a name', () => {
    const all = names(extract('Harbour Dredge & Quay and Vell Marine have been contracted to restore the beach.', 'en'));
    expect(all).toContain('Harbour Dredge & Quay/Company');
  });
});

describe('places typed by their shape or their state', () => {
  it('"X Parish" and "X Township" are places', () => {
    const all = names(extract('The marsh in Pellaquine Parish and the ridge in Vordon Township will be rebuilt.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Pellaquine Parish/Region', 'Vordon Township/Region']));
  });
  it('"Town, State" pairs name towns, in AP or full form, in lists and brackets', () => {
    const all = names(extract('The grants go to Pellburg, Ore., Vantmont, W.Va. and Orvel Pass, Texas. Vellco Inc. (Granbury, Ill.) will build the engines.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Pellburg/Region', 'Vantmont/Region', 'Orvel Pass/Region', 'Granbury/Region', 'Vellco Inc/Company']));
  });
  it('"Penn." and "Wisc." are the states they abbreviate', () => {
    const x = extract('Pellco, of Vantown, Wisc., and Orvex, of Dellsburg, Penn., won grants.', 'en');
    expect(x.mentions.filter((m) => m.type === 'Region').map((m) => m.canonical)).toEqual(expect.arrayContaining(['Wisconsin', 'Pennsylvania']));
  });
  it('a US state is a place even where the article never names the country; a modal verb cuts a cue noun off the name', () => {
    const all = names(extract('The plan would help Louisiana and Texas with money.', 'en'));
    expect(all).toEqual(['Louisiana/Region', 'Texas/Region']);
  });
});

describe('sentences written in capitals', () => {
  it('a name after "MONSIEUR" is a person; a small town spelt like common words ("DATE", "CHARGE") is no name', () => {
    const all = names(extract("JE SALUE MONSIEUR VORTIAKOV, VICE-MINISTRE, ET MONSIEUR PAVEL DORNIKOV, UN AMI DE LONGUE DATE, ET MONSIEUR LE CHARGE D'AFFAIRES.", 'fr'));
    expect(all).toEqual(expect.arrayContaining(['VORTIAKOV/Person', 'PAVEL DORNIKOV/Person']));
    expect(has(all, /^(?:DATE|CHARGE)\//)).toBe(false);
  });
});

describe('places and names written short', () => {
  it('"St. Louis", "Mt. Vernon" and "Lake Pellow", "Bayou Vantor" are places, not a company and a given name', () => {
    const all = names(extract('He lives in St. Louis and works at Mt. Vernon, near the Bayou Vantor area and Lake Pellow.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['St. Louis/Region', 'Mt. Vernon/Region', 'Bayou Vantor/Region', 'Lake Pellow/Region']));
    expect(has(all, /^(?:St|Mt|Louis|Vernon)\//)).toBe(false);
  });
  it('"à la Rochelle" is the town La Rochelle', () => {
    const x = extract('Le groupe a des usines à la Rochelle et à Belfort.', 'fr');
    expect(x.mentions.filter((m) => m.type === 'Region').map((m) => m.canonical)).toEqual(['La Rochelle', 'Belfort']);
  });
  it('an initial opens a name ("R. Vellard"), not after an honorific ("M. Dorsand") nor after a label ("le plan B.")', () => {
    expect(names(extract("L'entreprise de mécanique R. Vellard, à Besançon, recrute.", 'fr'))).toContain('R. Vellard/Company'); // (round 11, ent2: the company noun and its trade before it type it)
    expect(has(names(extract('M. Dorsand, porte-parole du parti, a parlé.', 'fr')), /^M\. /)).toBe(false);
    expect(has(names(extract('Le plan B. Orvex a dit non.', 'fr')), /^B\. /)).toBe(false);
  });
});

describe('words that are no names', () => {
  it('"STEM" and "Internet" used as common nouns are no companies', () => {
    const all = names(extract('Vantor, the leading Internet search company, hires workers in STEM fields.', 'en'));
    expect(has(all, /^(?:STEM|Internet)\//)).toBe(false);
  });
  it('a headline\'s verb after the subject is no part of the name ("Secretary Roe Announces …")', () => {
    const all = names(extract('Secretary Gary Pellow Announces Grants to Create Jobs in Texas.', 'en'));
    expect(all).toContain('Gary Pellow/Person');
    expect(has(all, /Announces/)).toBe(false);
  });
});

describe('peers, facilities and topics', () => {
  it('a peer named by title and surname keeps the title ("Baroness Vorley", "Lord Pellow")', () => {
    const all = names(extract('Minister for Investment Baroness Vorley CBE said the plant is good. Lord Pellow agreed.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Baroness Vorley/Person', 'Lord Pellow/Person']));
  });
  it('"a facility in X" makes X a place, unless a possessive makes X the owner', () => {
    expect(names(extract('Orvex Insulation will invest £170m in a manufacturing facility in Pellham.', 'en'))).toContain('Pellham/Region');
    expect(names(extract('The aid supports the production facility in Vantor Polymers’ petrochemical complex.', 'en'))).not.toContain('Vantor Polymers/Region');
  });
  it('a common word before an area in brackets is a topic, not a town ("Investment (North West)")', () => {
    expect(has(names(extract('Investment (North West)\n\nOrvex will build a plant.', 'en')), /^Investment\/Region/)).toBe(false);
  });
});

describe('French titles and councils', () => {
  it('"la République" typed only by "Président de la République" elsewhere is no name', () => {
    expect(has(names(extract("Je salue le Président de la République. Je sais ce qu'est la République.", 'fr')), /^République\//)).toBe(false);
  });
  it('a council named by its kind only is no entity; with its place it stays', () => {
    const all = names(extract('Monsieur le président du Conseil régional, merci. Le Conseil régional de Bretagne a voté.', 'fr'));
    expect(all).toContain('Conseil régional de Bretagne/Organization');
    expect(all).not.toContain('Conseil régional/Organization');
  });
});

describe('firms written in capitals inside a sentence', () => {
  it('"GENERAL MOTORS" and a list of names in capitals are firms; a shouted common word is not', () => {
    const all = names(extract("Il y a eu VANTOR, PELLIX, GENERAL ELECTRIC, ORVANE et tant d'autres. Les rotors partent pour GENERAL MOTORS, car c'est IMPORTANT.", 'fr'));
    expect(all).toEqual(expect.arrayContaining(['GENERAL ELECTRIC/Company', 'GENERAL MOTORS/Company']));
    expect(has(all, /^(?:MOTORS|ELECTRIC|IMPORTANT)\//)).toBe(false);
  });
});

describe('demonyms in firms\' names', () => {
  it('a demonym opening a name of several words with a legal form belongs to it ("American Pellcar Rail Industries Inc.")', () => {
    expect(names(extract('The suppliers include American Pellcar Rail Industries Inc. and others.', 'en'))).toContain('American Pellcar Rail Industries Inc/Company');
  });
});

describe('a body "of" its town and state', () => {
  it('"… Airport Authority of Vantorville, Ark." is the authority and the town', () => {
    const all = names(extract('EDA awarded grants to the Pellow-Gosnell Regional Airport Authority of Vantorville, Ark., to expand facilities.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Pellow-Gosnell Regional Airport Authority/Organization', 'Vantorville/Region']));
  });
});
