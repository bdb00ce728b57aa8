import { describe, expect, it } from 'vitest';
import { validityCues } from '../../src/time/cues.ts';
import { exclusiveRoleKey } from '../../src/time/roles.ts';
import { parseDateArgument } from '../../src/time/dates.ts';

const DAY = '2025-06-15';
const cues = (s: string, type: Parameters<typeof validityCues>[2]['type'], names?: string[], role?: string) => {
  const { cues: _names, ...rest } = validityCues(s, DAY, { type, ...(names ? { names } : {}), ...(role ? { role } : {}) });
  return rest;
};

describe('validity cues, English', () => {
  it('reads starts and planned ends', () => {
    expect(cues('Carter has been CEO of Acme since 2010.', 'ROLE_AT')).toEqual({ start: '2010-01-01' });
    expect(cues('The plant will operate until 2031.', 'INVESTS_IN')).toEqual({ plannedEnd: '2031-12-31' });
    expect(cues('Amazon plans to invest $35bn in India by 2030.', 'INVESTS_IN')).toEqual({ plannedEnd: '2030-12-31' });
    expect(cues('Microsoft will open the site in 2025.', 'INVESTS_IN')).toEqual({ start: '2025-01-01' });
    expect(cues('Acme will invest 500 million from 2024 to 2027.', 'INVESTS_IN')).toEqual({ start: '2024-01-01', plannedEnd: '2027-12-31' });
    expect(cues('Acme will invest by the end of 2026.', 'INVESTS_IN')).toEqual({ plannedEnd: '2026-12-31' });
  });
  it('reads closings, dated by the text or by the article', () => {
    expect(cues('John Doe, former CEO of Acme, said so.', 'ROLE_AT', ['John Doe', 'Acme'], 'CEO')).toEqual({ closed: true, closedOn: '2025-06-14' });
    expect(cues('John Doe stepped down as chief executive of Acme in March 2024.', 'ROLE_AT', ['John Doe', 'Acme'])).toEqual({ closed: true, closedOn: '2024-03-31' });
    expect(cues('Acme abandoned the project to invest $1bn in Spain.', 'INVESTS_IN', ['Acme', 'Spain'])).toEqual({ closed: true, closedOn: '2025-06-14' });
    expect(cues('Beta has completed the acquisition of Gamma.', 'SUBSIDIARY_OF', ['Gamma', 'Beta'])).toEqual({ start: DAY });
  });
  it('ignores negated closings, reads a future one as a planned end, and keeps to the relation', () => {
    expect(cues('Acme did not abandon its plan to invest in Spain.', 'INVESTS_IN', ['Acme', 'Spain'])).toEqual({});
    expect(cues('John Doe will step down in June 2026.', 'ROLE_AT', ['John Doe'])).toEqual({ plannedEnd: '2026-06-30' });
    // a "former CEO" says nothing about an investment in the same sentence
    expect(cues('The former CEO of Acme, John Doe, said Beta will invest $2bn in France.', 'INVESTS_IN', ['Beta', 'France'])).toEqual({});
    // an office cue does not end an investment, a cancellation does not end a role
    expect(cues('Acme scrapped the plan.', 'ROLE_AT', ['Acme'])).toEqual({});
  });
  it('does not read amounts and counts as years', () => {
    expect(cues('Acme will create 2025 jobs in France.', 'INVESTS_IN')).toEqual({});
    expect(cues('Acme invests 2030 million euros.', 'INVESTS_IN')).toEqual({});
  });
});

describe('validity cues, French', () => {
  it('reads starts and planned ends', () => {
    expect(cues("Amazon investira 5 milliards de dollars en Corée du Sud d'ici 2031.", 'INVESTS_IN')).toEqual({ plannedEnd: '2031-12-31' });
    expect(cues('Dupont dirige Acme depuis 2015.', 'ROLE_AT')).toEqual({ start: '2015-01-01' });
    expect(cues("L'usine fonctionnera jusqu'en 2030.", 'INVESTS_IN')).toEqual({ plannedEnd: '2030-12-31' });
    expect(cues('Amazon investit 1,2 milliard en 2025.', 'INVESTS_IN')).toEqual({ start: '2025-01-01' });
    expect(cues("Jean Dupont a été nommé PDG d'Acme en mars 2024.", 'ROLE_AT', ['Jean Dupont', 'Acme'])).toEqual({ start: '2024-03-01' });
  });
  it('reads closings', () => {
    expect(cues("Jean Dupont a quitté ses fonctions de directeur général d'Acme.", 'ROLE_AT', ['Jean Dupont', 'Acme'])).toEqual({ closed: true, closedOn: '2025-06-14' });
    expect(cues("L'ancien PDG d'Acme, Jean Dupont, a parlé.", 'ROLE_AT', ['Jean Dupont', 'Acme'], 'PDG')).toEqual({ closed: true, closedOn: '2025-06-14' });
    expect(cues('Acme a renoncé à son projet en Espagne.', 'INVESTS_IN', ['Acme', 'Espagne'])).toEqual({ closed: true, closedOn: '2025-06-14' });
    expect(cues("Jean Dupont n'est plus ministre de l'Économie depuis le 12 mai 2024.", 'ROLE_AT', ['Jean Dupont'])).toMatchObject({ closed: true });
  });
  it('"ancien" closes a role only when it qualifies that role', () => {
    expect(cues("L'ancien ministre Jean Dupont a été nommé PDG d'Acme en mars 2024.", 'ROLE_AT', ['Jean Dupont', 'Acme'], 'PDG')).toEqual({ start: '2024-03-01' });
    expect(cues("Acme n'a pas abandonné son projet.", 'INVESTS_IN', ['Acme'])).toEqual({});
  });
});

describe('exclusive roles and dates', () => {
  it('knows which roles one person holds at a time', () => {
    expect(exclusiveRoleKey('chief executive')).toBe('ceo');
    expect(exclusiveRoleKey('PDG')).toBe('ceo');
    expect(exclusiveRoleKey('Directeur général')).toBe('ceo');
    expect(exclusiveRoleKey('Premier ministre')).toBe('prime-minister');
    expect(exclusiveRoleKey("ministre de l'Économie")).toBe('minister:economie');
    expect(exclusiveRoleKey('founder')).toBeUndefined();
    expect(exclusiveRoleKey('directeur')).toBeUndefined();
  });
  it('takes a day, refuses a year alone', () => {
    expect(parseDateArgument('2025-02-01')).toBe('2025-02-01');
    expect(parseDateArgument('2025-02-01T23:00:00Z')).toBe('2025-02-01');
    expect(() => parseDateArgument('2025')).toThrow(/YYYY-MM-DD/);
    expect(() => parseDateArgument('2025-02-30')).toThrow(/not a date/);
  });
});
