/**
 * Round 8, villages and small towns no place list knows, read as places by their context (blind sets 7 and 8, by class),
 * and a company named like a city that owns a named plant. Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('a village by its context', () => {
  it('an owner\'s possessive before it and a facility noun after it: "Vantor\'s Quernby plant", "the company\'s Quernby factory"', () => {
    const all = names(extract("Engines come from Vantor's Quernby plant. The company's Quernby factory employs 3,000 people.", 'en'));
    expect(all.filter((n) => n.startsWith('Quernby'))).toEqual(['Quernby/Region', 'Quernby/Region']);
  });
  it('"ici, à Nambsheim, en créant …" and "In Leakesville, Miss., …"', () => {
    expect(names(extract('Vous avez choisi de regrouper ces activités ici, à Quernbach, en créant un centre.', 'fr'))).toContain('Quernbach/Region');
    expect(names(extract('In Quernsville, Miss., partners needed more centers.', 'en'))).toContain('Quernsville/Region');
  });
  it('"le site de Frangey par le groupe Lafarge": the owner named after it makes the name the place', () => {
    const all = names(extract("La fermeture du site de Quernay par le groupe Pellcorp est saillante.", 'fr'));
    expect(all).toContain('Quernay/Region');
  });
  it('a name after "à" that is an object stays what its cues say ("a vendu à Pellcorp", no place lead)', () => {
    const all = names(extract('Le groupe a vendu sa filiale à Pellcorp, qui la revendra.', 'fr'));
    expect(all).not.toContain('Pellcorp/Region');
  });
  it('a place typed once by its context is that place in the article\'s other sentences', () => {
    const all = names(extract("Vantor will expand its Quernby factory. Vantor will invest £240 million in Quernby.", 'en'));
    expect(all.filter((n) => n.startsWith('Quernby'))).toEqual(['Quernby/Region', 'Quernby/Region']);
  });
});

describe('a company named like a city', () => {
  it('"Toyota\'s Burnaston plant": the owner of a named plant is a company, whatever city has its name', () => {
    const all = names(extract("The minister visited Toyota's Quernby plant in Derbyshire.", 'en'));
    expect(all).toEqual(expect.arrayContaining(['Toyota/Company', 'Quernby/Region']));
  });
});
