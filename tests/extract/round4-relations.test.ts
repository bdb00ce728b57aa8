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
