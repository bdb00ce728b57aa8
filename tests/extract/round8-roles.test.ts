/**
 * ROLE_AT classes of round 8 (people-patterns.ts, role-parenthesis.ts): a person named with the employer
 * after "of"/"de", an employer in parentheses, the head of a region, the title of a unit ("administrator of
 * Y's programs"), "the president of the company, Dr. X". Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const roles = (text: string, lang = 'en') => relations(extract(text, lang), 'ROLE_AT');

describe('a person and the employer after the name', () => {
  it('"X, of Y, said" and "X of the Y Council said"', () => {
    expect(roles('Velma Rudd, of Tarvel Solar, said the plant would open in May.')).toEqual(['Velma Rudd -ROLE_AT-> Tarvel Solar']);
    expect(roles('Jeff Morton of the National Velorand Council said the plan was sound.')).toEqual(['Jeff Morton -ROLE_AT-> National Velorand Council']);
  });
  it('"X (Y) deviendra directrice générale" (fr); an acronym in parentheses is a short form, not an employer', () => {
    expect(roles('Velorand Systems recrute. Patricia Quenrod (Velorand Systems) deviendra la directrice générale opérationnelle.', 'fr'))
      .toEqual(['Patricia Quenrod -ROLE_AT-> Velorand Systems']);
    expect(roles('Velma Rudd (TVS) said the plan was sound.')).toEqual([]);
  });
});

describe('titles of a region and of a unit', () => {
  it('"X, à la tête de la région Y" (fr)', () => {
    expect(roles("C'est une politique dans laquelle Gérard Quenrod, à la tête de la région Lorraine, s'implique.", 'fr'))
      .toEqual(['Gérard Quenrod -ROLE_AT-> Lorraine']);
  });
  it('"X, administrator of Y\'s business programs"', () => {
    expect(roles("The funding was announced by Judith Orlan, administrator of Velorand Agency's business programs."))
      .toEqual(['Judith Orlan -ROLE_AT-> Velorand Agency']);
  });
  it('"The president of the company, Dr. X": the company of the sentence before', () => {
    expect(roles('Tarvel Motor will build a plant. The president of the company, Dr. Velma Rudd, signed the papers today.'))
      .toEqual(['Velma Rudd -ROLE_AT-> Tarvel Motor']);
  });
});

describe('a title after an organisation, not across a verb', () => {
  it('"the members of the Council to present President X with solutions": no role at the Council', () => {
    expect(roles('I look forward to working with the members of the Velorand Council to present President Quenrod with solutions.')
      .filter((r) => r.includes('Council'))).toEqual([]);
  });
  it('"Y Chairman and President X" still works at Y', () => {
    expect(roles('We have done this without cost to the taxpayer, said Tarvel Bank Chairman and President Fred P. Quenrod.'))
      .toContain('Fred P. Quenrod -ROLE_AT-> Tarvel Bank');
  });
});

describe('announcements at an event (announced.ts)', () => {
  const announced = (text: string) => relations(extract(text, 'en'), 'ANNOUNCED_AT');
  it('a company a visitor went to announced nothing at the event the visitor announced', () => {
    expect(announced('Today President Quenrod visited Tarvel Locks in Milwaukee and announced that the ministry will host the first Velorand Investment Summit.')).toEqual([]);
  });
  it('a programme named as a modifier of funding words is a frame, not an event', () => {
    expect(announced('The Velorand Fund signed three new Tarvel Initiative guarantee transactions that will help small firms.')).toEqual([]);
  });
  it('a company announcing at a summit still does', () => {
    expect(announced('At the Velorand Investment Summit, Tarvel Locks announced a new plant in Ohio.')).toEqual(['Tarvel Locks -ANNOUNCED_AT-> Velorand Investment Summit']);
  });
});

describe('a body chaired by a person introduced by a noun', () => {
  it('"le Conseil …, présidé par un industriel, M. X" (fr)', () => {
    expect(roles("Vous avez installé le Conseil national de l'industrie, présidé par un industriel, M. Jean Quenrod, et composé de personnalités.", 'fr'))
      .toEqual(["Jean Quenrod -ROLE_AT-> Conseil national de l'industrie"]);
  });
});
