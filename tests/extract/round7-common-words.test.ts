/**
 * Round 7 (blind set 6): capitalised common words and places read as names or mistyped. "State aid" in EU prose, the
 * other party of a case ("Commission v X"), Hansard's "my hon. Friend", a speaker's own body ("My Department"), a common
 * acronym and its place ("une PME de X"), towns coordinated with a place after a place preposition, towns named by a
 * place noun or a place's possessive. Made-up names throughout.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

const en = (text: string) => names(extract(text, 'en'));
const fr = (text: string) => names(extract(text, 'fr'));

describe('capitalised common words', () => {
  it('"State aid" is a common noun; "Commission State aid decision" names the Commission only', () => {
    const all = en('Orvane brought an action against a 2020 Commission State aid decision on German State aid to Pellix.');
    expect(all.filter((n) => n.startsWith('State') || n.includes('Commission State'))).toEqual([]);
  });
  it('"Commission v Orvane": the other party of a case is not typed by the cue noun "Commission"', () => {
    expect(en('Commission v Zentrova\nThe court ruled on Zentrova, which operates flights from Cluj.').filter((n) => n.startsWith('Zentrova/Organization'))).toEqual([]);
  });
  it('"my hon. Friend", "My Department": forms of address and the speaker\'s own body are no names', () => {
    const all = en('I agree, and my hon. Friend is quite right to praise Orvane. My Department will continue to work with freeports.');
    expect(all.filter((n) => /Friend|Department/.test(n))).toEqual([]);
  });
  it('"une PME de Picardie": a common acronym before "de" leaves the place', () => {
    const all = fr('Le site a été repris par une PME de Vendômois, puis par Orvane.');
    expect(all).toContain('Vendômois/Region');
    expect(all.filter((n) => n.startsWith('PME'))).toEqual([]);
  });
});

describe('small places by their context', () => {
  it('a town coordinated with a place read after "à" is a place', () => {
    expect(fr('En France, nous pouvons citer : Zentrova à Beauvais ; Orvane à Compiègne et Choisy au Bac.')).toContain('Choisy au Bac/Region');
  });
  it('"California\'s Imperial County": a town named by a place noun or after a place\'s possessive is a place', () => {
    const all = en('Orvane produces lithium from brine in California’s Imperial County, Pellix said.');
    expect(all).toContain('Imperial County/Region');
    // (a name and a verb after a place and a comma is the subject of a clause, not the area around the place)
    expect(all).not.toContain('Pellix/Region');
  });
});

describe('types by the head word', () => {
  it('"Project Zentrova", "Projet Orvane": a name opened by the word for a project is a programme, not a company', () => {
    expect(en('Project Zentrova, led by Orvane and Pellix, announced a $5 billion investment.')).toContain('Project Zentrova/Program');
    expect(fr('Le Projet Orvane sera lancé à Lyon par Pellix.')).toContain('Projet Orvane/Program');
  });
});
