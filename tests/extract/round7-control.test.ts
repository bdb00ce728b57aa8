/**
 * Round 7: SUBSIDIARY_OF from the wording of control (blind sets 5 and 6, competition decisions and
 * debates): an adverb after "contrôlée", control "via" a holding, "détient les sociétés A et B", a parent in
 * apposition. Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('control wording', () => {
  it('"A est contrôlée exclusivement par la société B": A is B\'s subsidiary; a person in control is no parent', () => {
    const x = extract('Altaro est contrôlée exclusivement par la société Renova Luxe Groupe, elle-même ultimement contrôlée par M. Éric Lenoir.', 'fr');
    expect(relations(x, 'SUBSIDIARY_OF')).toEqual(['Altaro -SUBSIDIARY_OF-> Renova Luxe Groupe']);
    expect(relations(extract('La société Trovin Matériaux est contrôlée par M. Paul Trovin.', 'fr'), 'SUBSIDIARY_OF')).toEqual([]);
  });
  it('"A is ultimately controlled by the B Group" (en)', () => {
    expect(relations(extract('Pellix Systems is ultimately controlled by the Korvix Group.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Pellix Systems -SUBSIDIARY_OF-> Korvix Group']);
  });
  it('"A, <long apposition>, est contrôlée par la famille X, via la société B": B is the parent, not the family', () => {
    const x = extract('La société Trovin Matériaux, active dans le négoce de matériaux, et plus marginalement dans la préfabrication de blocs, est contrôlée par la famille Trovin, via la société Financière TM.', 'fr');
    expect(relations(x, 'SUBSIDIARY_OF')).toEqual(['Trovin Matériaux -SUBSIDIARY_OF-> Financière TM']);
  });
  it('"B détient également les sociétés A1 et A2": each is B\'s subsidiary; "détient 20 % de A" is no subsidiary', () => {
    const x = extract('Renova Luxe Groupe détient également les sociétés Ateliers de Morlaix et Savetta.', 'fr');
    expect(relations(x, 'SUBSIDIARY_OF').sort()).toEqual(['Ateliers de Morlaix -SUBSIDIARY_OF-> Renova Luxe Groupe', 'Savetta -SUBSIDIARY_OF-> Renova Luxe Groupe']);
    expect(relations(extract('Renova Luxe Groupe détient 20 % de la société Savetta.', 'fr'), 'SUBSIDIARY_OF')).toEqual([]);
  });
  it('"le cas d\'A, … au portefeuille de B, sa maison mère", "A said B, its parent company, …"', () => {
    expect(relations(extract("Je voudrais évoquer le cas d'Arvenal, puisque vous nous avez indiqué être au portefeuille de Tubéra, sa maison mère.", 'fr'), 'SUBSIDIARY_OF')).toEqual(['Arvenal -SUBSIDIARY_OF-> Tubéra']);
    expect(relations(extract('Pellix Systems said the Korvix Group, its parent company, would invest.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Pellix Systems -SUBSIDIARY_OF-> Korvix Group']);
  });
});
