/**
 * Which sum an investment carries (round 9, amounts of the released held-out sets): public money in the sentence is
 * not the company's, and one project stated with a place and its country carries its sum on both. Made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relation } from './helpers.ts';

describe('public money is not what the company invests', () => {
  it('"government investment of £20 million … a new platform by A in X, worth £240 million" → £240 million (en)', () => {
    const x = extract('Decision secured in part thanks to government investment of more than £20 million last year to support the installation of a new production platform by Corvane Motors in Leeds, worth over £240 million.', 'en');
    expect(relation(x, 'Corvane Motors', 'INVESTS_IN', 'Leeds')?.properties).toMatchObject({ amount: 240_000_000, currency: 'GBP' });
  });
  it('with no other sum, the sentence keeps the reading it had (en)', () => {
    const x = extract('Corvane Motors will invest £30 million in a new plant in Leeds.', 'en');
    expect(relation(x, 'Corvane Motors', 'INVESTS_IN', 'Leeds')?.properties).toMatchObject({ amount: 30_000_000, currency: 'GBP' });
  });
});

describe('one project, a place and its country', () => {
  const text = 'With permission, I would like to make a statement on a major new investment by Corvane Motors. Corvane Motors has chosen a 280-acre site at Hexley near Derby. The plant will then employ some 3,000 people, and will involve a total investment of about £700 million. Corvane\'s project was probably the largest industrial investment still to be won and it represents a major vote of confidence in the United Kingdom.';
  it('the country the project is in carries the project\'s sum (en)', () => {
    const x = extract(text, 'en');
    expect(relation(x, 'Corvane Motors', 'INVESTS_IN', 'Hexley')?.properties).toMatchObject({ amount: 700_000_000 });
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'United Kingdom')?.properties).toMatchObject({ amount: 700_000_000, currency: 'GBP' });
  });
  it('not when the investor states two sums (en)', () => {
    const two = extract(`${text} Corvane Motors will also invest £40 million in a plant in Leeds.`, 'en');
    expect(relation(two, 'Corvane Motors', 'INVESTS_IN', 'Leeds')?.properties).toMatchObject({ amount: 40_000_000 });
    const uk = relation(two, 'Corvane', 'INVESTS_IN', 'United Kingdom');
    expect(uk).toBeDefined();
    expect(uk?.properties.amount).toBeUndefined();
  });
});
