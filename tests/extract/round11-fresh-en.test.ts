/**
 * Round 11, English relation classes read on fresh real text (texts in no set: merger notices, loan notices, Hansard):
 * joint control, coordinated buyers, "-based" predicates, funding to build, sites placed by a later sentence, first
 * sites and their scope. Sentences of our own with made-up names; each fails without its fix.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const rel = (text: string, type: string) => relations(extract(text, 'en', ''), type);

describe('joint control', () => {
  it('"acquisition for joint control over <description>, A by B and C": both buyers invest in A', () => {
    expect(rel('Acquisition for joint control over commodities data agency, Brimley Media Limited by Zentra Group and Vantor LLC has been approved.', 'INVESTS_IN'))
      .toEqual(expect.arrayContaining(['Zentra Group -INVESTS_IN-> Brimley Media Limited', 'Vantor LLC -INVESTS_IN-> Brimley Media Limited']));
  });
  it('"A and B acquire joint control of C": the coordinated subject buys too', () => {
    expect(rel('Zentra Group and Vantor Partners acquire joint control of Brimley Media.', 'INVESTS_IN'))
      .toEqual(expect.arrayContaining(['Zentra Group -INVESTS_IN-> Brimley Media', 'Vantor Partners -INVESTS_IN-> Brimley Media']));
  });
  it('"A and B acquire joint control of a newly created joint venture": its owners are partners', () => {
    expect(rel('Orvane Holdings and Pellix Capital acquire joint control of a newly created joint venture.', 'PARTNERS_WITH'))
      .toEqual(['Orvane Holdings -PARTNERS_WITH-> Pellix Capital']);
  });
});

describe('places of companies and of their sites', () => {
  it('"A is an Idaho-based company": the predicate places its subject', () => {
    expect(rel('Corvid Systems Inc. is an Idaho-based battery company.', 'LOCATED_IN')).toEqual(['Corvid Systems Inc -LOCATED_IN-> Idaho']);
  });
  it('"A invested $N in B to build a plant in X": B builds, A invests in B', () => {
    const r = rel('Orvane Capital invested $20 million in Zentra Inc. to build a new plant in Dayton.', 'INVESTS_IN');
    expect(r).toContain('Zentra Inc -INVESTS_IN-> Dayton');
    expect(r).not.toContain('Orvane Capital -INVESTS_IN-> Dayton');
  });
  it('"That plant will be at the industrial park in X": the investment just stated, by its investor', () => {
    expect(rel('Orvane, a company that makes gearboxes for Zentra, will build a plant in Ohio. That plant will be at the industrial park in Dayton.', 'INVESTS_IN'))
      .toEqual(expect.arrayContaining(['Orvane -INVESTS_IN-> Ohio', 'Orvane -INVESTS_IN-> Dayton']));
  });
  it('"its first plant in Leeds" is built there; "its first plant in Europe in Leeds": Europe is the scope', () => {
    expect(rel('Orvane will open its first plant in Leeds.', 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Leeds']);
    const x = extract('Orvane will open its first manufacturing plant in Europe in Leeds.', 'en', '');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Leeds']);
    expect(relations(x, 'LOCATED_IN')).toEqual([]);
  });
});

describe('no investor', () => {
  it('"an effort to win new business investment in X": who wins it invests nothing', () => {
    expect(rel('The Harbor Roundtable launched an effort to win new business investment in the United States.', 'INVESTS_IN')).toEqual([]);
  });
});

describe('a firm described by its habits', () => {
  it('"A is a private equity firm that invests mainly in Europe": no investment; "a firm that invested $N in X" is one', () => {
    expect(rel('Vantor is a British private equity firm that invests mainly in Europe in technology businesses.', 'INVESTS_IN')).toEqual([]);
    expect(rel('Vantor Capital, a firm that invested $40 million in Ohio last year, is hiring.', 'INVESTS_IN')).toEqual(['Vantor Capital -INVESTS_IN-> Ohio']);
  });
});
