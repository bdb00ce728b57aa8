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
