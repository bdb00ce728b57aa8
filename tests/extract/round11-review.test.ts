/**
 * Mends from the review of round 11's change (invented sentences): each reading was too wide and made a false mention or
 * relation, or too narrow and missed one.
 */
import { describe, expect, it } from 'vitest';
import { extract, names, relations } from './helpers.ts';

describe('round 11 review mends', () => {
  it('"L\'usine a été vendue à B": the plant noun after an elided article is a plant sold as such', () => {
    const x = extract("Le groupe Vellco possède une usine à Douai. L'usine a été vendue en 2019 à la société Pellix.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Pellix -INVESTS_IN-> Douai']);
  });
  it('a letter that is a word ("rated A.") opens no name with the next sentence\'s first word', () => {
    const x = extract('Its bonds were rated A. Pellix then said it would invest in Leeds.', 'en');
    expect(names(x)).toContain('Pellix/Company');
    expect(names(x).some((n) => n.startsWith('.') || n.startsWith('A.'))).toBe(false);
  });
  it('"jobs in X with B" or "at B\'s expense": B is a partner or a payer, not where the jobs come from', () => {
    expect(relations(extract('Acme will create 300 jobs in Leeds with Pellix Corp as its partner.', 'en'), 'INVESTS_IN')).toEqual(['Acme -INVESTS_IN-> Leeds']);
    expect(relations(extract('The plan will bring 120 new jobs in Leeds from Pellix Corp.', 'en'), 'INVESTS_IN')).toEqual(['Pellix Corp -INVESTS_IN-> Leeds']);
  });
  it('a shouted list of common words makes no firm ("READY, TOGETHER, STRONGER")', () => {
    expect(names(extract('The workers read WE STAND READY, TOGETHER, STRONGER, every day.', 'en'))).not.toContain('STRONGER/Company');
  });
});
