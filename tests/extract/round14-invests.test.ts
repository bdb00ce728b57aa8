/**
 * INVESTS_IN, round 14 (failure classes of the released sets 20 and 21): events and zones are no investors, the most
 * specific place of an investment, successive buyers of a plant, stated holdings. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relation, relations } from './helpers.ts';

const invests = (text: string, lang: 'fr' | 'en' = 'en', title = '') => relations(extract(text, lang, title), 'INVESTS_IN');

describe('events and zones are no investors', () => {
  it('a summit called an investment event invests in no country, and a later sum does not inherit that country', () => {
    const text = 'The Summit is the UK Government’s flagship investment event, bringing together 300 leaders.\n' +
      'Last month, Velmora Holdings announced a £1 billion investment which will secure 300 jobs on Deeside, with support from the UK and Welsh Governments.';
    const r = invests(text);
    expect(r.filter((x) => x.startsWith('Summit'))).toEqual([]);
    expect(r).toEqual(['Velmora Holdings -INVESTS_IN-> Deeside']);
  });
  it('an investment zone backed by public money invests in no town', () => {
    expect(invests('The Harlow and Northshire Investment Zone is backed by £160m of UK Government money which will be used to create jobs in Harlow.')).toEqual([]);
  });
});

describe('the most specific place of an investment', () => {
  it('"N jobs on <river-side area>" names the place, with the sum and the jobs', () => {
    const x = extract('Corvane announced a £20 million investment which will create 50 jobs on Deeside, backed by the UK and Welsh Governments.', 'en');
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Deeside')?.properties).toMatchObject({ amount: 20_000_000, currency: 'GBP', jobs: 50 });
    expect(relations(x, 'INVESTS_IN')).toEqual(['Corvane -INVESTS_IN-> Deeside']);
  });
});
