/**
 * Places the first-level lists lack: French departments ("dans la Somme", "Bourg-Valdrin (Moselle)"),
 * UK nations and statistical regions ("the North East", "North Wales"), and nouns of companies that a
 * place preposition separates from a place ("firms across England"). Names of companies and towns are made up.
 */
import { describe, expect, it } from 'vitest';
import { extract, names, relations } from './helpers.ts';

describe('French departments', () => {
  it('a hyphenated department is a place anywhere in a French text', () => {
    const x = extract("Le président de la Meurthe-et-Moselle a reçu les dirigeants de Norvalis, qui s'installe en Côte-d'Or.");
    expect(names(x)).toEqual(expect.arrayContaining(['Meurthe-et-Moselle/Region', "Côte-d'Or/Region", 'Norvalis/Company']));
  });
  it('a one-word department is a place after a place preposition in an article about France', () => {
    const x = extract("La société Norvalis investit en France, dans la Somme et dans l'Ardèche.");
    expect(names(x)).toEqual(expect.arrayContaining(['Somme/Region', 'Ardèche/Region']));
  });
  it('a department in brackets after a town makes both places', () => {
    const x = extract('Norvalis construira une usine à Valbrecourt (Moselle) pour 40 millions d\'euros.');
    expect(names(x)).toEqual(expect.arrayContaining(['Valbrecourt/Region', 'Moselle/Region']));
  });
  it('a one-word department that is also a common word needs a place context', () => {
    const x = extract('Le Var et la Somme des chiffres ne disent rien de Norvalis.');
    expect(names(x).filter((n) => /^(Var|Somme)\/Region/.test(n))).toEqual([]);
  });
});

describe('UK nations and regions', () => {
  it('England is a region of the UK, not the country itself', () => {
    const x = extract('Pellcroft will open a plant in England, its first in the UK.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['England/Region', 'UK/Country']));
  });
  it('compass regions and Welsh areas are places of the UK', () => {
    const x = extract('Trade Minister Jane Hollis said Pellcroft will create 300 jobs in the North East, the East Midlands and North Wales.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['North East/Region', 'East Midlands/Region', 'North Wales/Region']));
    // the minister's country is the UK these regions are in, not a namesake district elsewhere
    expect(relations(x, 'ROLE_AT')).toContain('Jane Hollis -ROLE_AT-> United Kingdom');
  });
  it('a world area written with a compass word stays the world area', () => {
    const x = extract('Pellcroft sells most of its chips in South East Asia.', 'en');
    expect(names(x)).toContain('South East Asia/Region');
    expect(names(x)).not.toContain('South East/Region');
  });
});

describe('a company noun before a place preposition', () => {
  it('"firms across England", "les entreprises en Bretagne": the place stays a place', () => {
    expect(names(extract('Firms across England will gain from the Pellcroft deal.', 'en'))).toContain('England/Region');
    expect(names(extract('Les entreprises en Bretagne saluent le projet de Norvalis.'))).toContain('Bretagne/Region');
  });
});
