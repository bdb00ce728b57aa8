/**
 * Relation classes seen on the third blind set (set-3) and the misses of sets 1-2, fixed as classes:
 * one describe per class, sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('acquisitions without a price: a buying word with a named company as its object', () => {
  it('"A acquired B", "A has agreed to buy the software company B" (en)', () => {
    expect(relations(extract('Orvane Inc acquired Pellix Corp last year.', 'en'), 'INVESTS_IN')).toEqual(['Orvane Inc -INVESTS_IN-> Pellix Corp']);
    expect(relations(extract('Tarvel Group has agreed to buy the software company Quenrod.', 'en'), 'INVESTS_IN')).toEqual(['Tarvel Group -INVESTS_IN-> Quenrod']);
  });
  it('"le groupe A rachète la société B" (fr)', () => {
    expect(relations(extract('Le groupe Orvane rachète la société Pellix.', 'fr'), 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Pellix']);
  });
  it('a possessive: "A\'s acquisition of B", "its acquisition of the Portuguese operator B" after a clause', () => {
    expect(relations(extract("Orvane Inc's acquisition of Pellix Corp was approved.", 'en'), 'INVESTS_IN')).toEqual(['Orvane Inc -INVESTS_IN-> Pellix Corp']);
    const x = extract('The regulator found that Tarvel Group breached the rules by implementing its acquisition of the Portuguese operator Quenrod Telecom.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Tarvel Group -INVESTS_IN-> Quenrod Telecom']);
  });
  it('buying products from a company, a passive without its buyer, a denial: no acquisition', () => {
    expect(relations(extract('Merrow Airlines will buy 20 aircraft from Tarvel Aerospace.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract('Pellix Corp was acquired in 2019.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract('Orvane Inc said it would not buy Pellix Corp.', 'en'), 'INVESTS_IN')).toEqual([]);
  });
  it('a regulator approving the deal is not its buyer', () => {
    const x = extract('The European Commission approved the acquisition of Pellix Corp.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('"the acquisition of joint control of A by B and C": both buyers invest', () => {
    const x = extract('The Commission approved the acquisition of joint control of Tarvo Towers by Pellix Telecom and Orvane Group.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Pellix Telecom -INVESTS_IN-> Tarvo Towers', 'Orvane Group -INVESTS_IN-> Tarvo Towers']);
  });
});

describe('investments stated by new offices, centres and jobs in a place', () => {
  it('"a new A R&D centre in the UK", "opening new offices in X and Y"', () => {
    expect(relations(extract('A new Tarvel Mobility electric bus R&D centre in the UK will open next year.', 'en'), 'INVESTS_IN')).toEqual(['Tarvel Mobility -INVESTS_IN-> UK']);
    expect(relations(extract('Pellix Consulting Ltd is opening new offices in Leeds and Bristol.', 'en'), 'INVESTS_IN')).toEqual(['Pellix Consulting Ltd -INVESTS_IN-> Leeds', 'Pellix Consulting Ltd -INVESTS_IN-> Bristol']);
  });
  it('"investing £79mn to create 1600 jobs … all over the UK": "all over", "across" introduce the place', () => {
    expect(relations(extract('Indian software company Quenrod investing £79mn to create 1600 jobs over the next three years all over the UK.', 'en'), 'INVESTS_IN')).toEqual(['Quenrod -INVESTS_IN-> UK']);
  });
  it('jobs created or brought to a place, one company per verb', () => {
    const x = extract('There have been announcements such as Pellix Corp creating 900 jobs in Leeds, Orvane Group creating 300 jobs in Cardiff.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Pellix Corp -INVESTS_IN-> Leeds', 'Orvane Group -INVESTS_IN-> Cardiff']);
    expect(relations(extract('Pellix Ltd said the expansion would bring 100 new jobs to Leeds.', 'en'), 'INVESTS_IN')).toEqual(['Pellix Ltd -INVESTS_IN-> Leeds']);
    expect(relations(extract("Le groupe Orvane créera 300 emplois à Douai d'ici 2026.", 'fr'), 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Douai']);
  });
  it('job cuts at a place are no investment', () => {
    expect(relations(extract('Orvane Group is cutting 900 jobs in Leeds.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract('Le groupe Orvane supprime 300 emplois à Douai.', 'fr'), 'INVESTS_IN')).toEqual([]);
  });
});
