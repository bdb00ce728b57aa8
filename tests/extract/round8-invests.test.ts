/**
 * INVESTS_IN and its amount: failure classes seen on the released held-out sets 7 and 8 (and 5, 6), fixed as
 * classes. One describe per class, sentences of our own with made-up company names.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../src/extract/values/money.ts';
import { extract, relation, relations } from './helpers.ts';

describe('a fronted phrase of partners before the subject', () => {
  it('"Working with A, the B and C, the company D elected to invest … in X": D invests (en)', () => {
    const x = extract('Working closely with Trade Desk officials, the Ohio Development Corporation, and other local agencies, Canadian parts maker Corvane Industries recently elected to make an investment of $30 million to add new capabilities in Ohio.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Corvane Industries -INVESTS_IN-> Ohio']);
    expect(relation(x, 'Corvane Industries', 'INVESTS_IN', 'Ohio')?.properties.amount).toBe(30_000_000);
  });
  it('without the fronted phrase the first actor still leads a list of investors (en)', () => {
    const x = extract('Corvane Industries and Belmont Tools will invest $30 million in Ohio.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Corvane Industries -INVESTS_IN-> Ohio', 'Belmont Tools -INVESTS_IN-> Ohio']);
  });
});

describe('lending and guaranteeing are not investing', () => {
  it('a fund signing a guarantee on a portfolio of loans for SMEs in a country (en)', () => {
    const x = extract('The Northern Growth Fund and Valbrook Savings Bank signed a guarantee agreement on a EUR 60 million portfolio of loans for SMEs in Austria.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('a bank providing a sum to finance construction in a town (en)', () => {
    const x = extract('The Hollin Development Bank has also agreed to provide EUR 100 million to finance construction of the new Marrow Clinic in Graz, Austria.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('a bank that invests, in words, still invests (en)', () => {
    const x = extract('Hollin Bank will invest $50 million in a new data centre in Dayton.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Hollin Bank -INVESTS_IN-> Dayton']);
  });
  it('the borrower that opens a plant invests, with the loan that financed it; the lender does not (en)', () => {
    const x = extract('As a result of a EUR 40 million loan from the Hollin Development Bank, Brevane Aero has inaugurated a new plant for turbine parts in Porto, Portugal.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Brevane Aero -INVESTS_IN-> Porto']);
    expect(relation(x, 'Brevane Aero', 'INVESTS_IN', 'Porto')?.properties).toMatchObject({ amount: 40_000_000, currency: 'EUR' });
  });
});

describe('a currency code before the number', () => {
  it('"EUR 40 million", "USD 2.5 billion", "GBP 650m"', () => {
    expect(findMoney('a EUR 40 million loan').map((m) => [m.amount, m.currency])).toEqual([[40_000_000, 'EUR']]);
    expect(findMoney('USD 2.5 billion and GBP 650m').map((m) => [m.amount, m.currency])).toEqual([[2_500_000_000, 'USD'], [650_000_000, 'GBP']]);
  });
  it('a lower-case word is no code, and a code after the number is read once', () => {
    expect(findMoney('the eur 40 figure')).toEqual([]);
    expect(findMoney('35 milliards USD').map((m) => m.amount)).toEqual([35_000_000_000]);
  });
});

describe('a plant retooled under a closed loan agreement', () => {
  it('"closed its $N loan agreement with A to retool their X, Y factory": A invests in X with the loan (en)', () => {
    const x = extract('Halvern Motors has built trucks in Knoxville and elsewhere in Tennessee since 1990. The Department of Energy has closed its $1.2 billion loan agreement with Halvern Motors, Inc. to retool their Knoxville, Tennessee factory to build electric trucks.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Halvern Motors, Inc. -INVESTS_IN-> Knoxville']);
    expect(relation(x, 'Halvern Motors, Inc.', 'INVESTS_IN', 'Knoxville')?.properties.amount).toBe(1_200_000_000);
  });
  it('a plant that closes is still no investment (en)', () => {
    const x = extract('Halvern Motors will close its Dayton factory next year.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
});

describe('a new facility opened in the place a "where" clause follows', () => {
  it('"traveled to X, Y, where he visited A for a ribbon cutting for their new facility"; "The $N factory" gives its cost (en)', () => {
    const x = extract('Today, the Secretary was in Dayton, Ohio, where he visited the Brightline Appliances Corporation for a ribbon cutting ceremony for their new, one-million square foot manufacturing facility. The $150 million factory is the largest of its kind.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Brightline Appliances Corporation -INVESTS_IN-> Dayton']);
    expect(relation(x, 'Brightline Appliances Corporation', 'INVESTS_IN', 'Dayton')?.properties.amount).toBe(150_000_000);
  });
  it('"in the city of X, where I took part in the opening of a new plant for A" (en)', () => {
    const x = extract('I saw an example today in the city of Dayton, Ohio, where I participated in a ceremony to mark the opening of a new manufacturing facility for Kestrel Rail USA, the subsidiary of a railcar maker.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Kestrel Rail USA -INVESTS_IN-> Dayton']);
  });
  it('a visit to an existing plant opens nothing (en)', () => {
    const x = extract('The Secretary was in Dayton, Ohio, where he visited the Marlow Appliances plant.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
});

describe('a place chosen as a site, or a sentence that opens on the place', () => {
  it('"A has chosen a 280-acre site at X near Y"; "a total investment of about £N" gives its sum (en)', () => {
    const x = extract('Corvane Motors has been considering setting up a car plant in Britain. Corvane Motors has chosen a 300-acre site at Tamworth near Birmingham. The plant will employ some 2,000 people, and will involve a total investment of about £500 million.', 'en');
    expect(relations(x, 'INVESTS_IN')).toContain('Corvane Motors -INVESTS_IN-> Tamworth');
    expect(relation(x, 'Corvane Motors', 'INVESTS_IN', 'Tamworth')?.properties.amount).toBe(500_000_000);
  });
  it('choosing a supplier is no site (en)', () => {
    const x = extract('Corvane Motors has chosen Belmont Tools as its supplier in Tamworth.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('"X, located near the river, is where the giant A plans a $N investment" (en)', () => {
    const x = extract('Sheffield, located near the River Don, is where the Chinese textile giant Shanlu Textiles plans a $300 million investment to spin yarn.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Shanlu Textiles -INVESTS_IN-> Sheffield']);
    expect(relation(x, 'Shanlu Textiles', 'INVESTS_IN', 'Sheffield')?.properties.amount).toBe(300_000_000);
  });
});

describe('a speech to the company: "votre usine", "your new plant"', () => {
  it('"lors de l\'inauguration de votre usine … à X": the company the speech is about invests there (fr)', () => {
    const x = extract("Je me réjouis d'accueillir le président de Korvane Electronics. Nous nous sommes revus en juin lors de l'inauguration de votre usine de tubes à Longwy.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Korvane Electronics -INVESTS_IN-> Longwy']);
  });
});
