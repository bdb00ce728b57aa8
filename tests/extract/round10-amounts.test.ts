/**
 * A loan or loan guarantee for a project in a place (round 10, amounts of the released sets 10–12): the borrower or the
 * project's sponsor invests in the place with the sum; a project is no party. And sums before a scale word
 * ("$1.237 billion"). Made-up names.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../src/extract/values/money.ts';
import { extract, relation, relations } from './helpers.ts';

const amountOf = (text: string) => findMoney(text).map((m) => [m.amount, m.currency]);

describe('a dot or comma before three digits and a scale word', () => {
  it('is a decimal point before billion / milliard ("$1.237 billion", "1,237 milliard")', () => {
    expect(amountOf('a $1.237 billion guarantee')).toEqual([[1_237_000_000, 'USD']]);
    expect(amountOf('1,237 milliard d’euros')).toEqual([[1_237_000_000, 'EUR']]);
    expect(amountOf('a $1.237 million grant')).toEqual([[1_237_000, 'USD']]);
  });
  it('stays a thousands separator before million with a comma ("$1,237 million") and with no scale word', () => {
    expect(amountOf('$1,237 million')).toEqual([[1_237_000_000, 'USD']]);
    expect(amountOf('$1,500,000')).toEqual([[1_500_000, 'USD']]);
  });
});

describe('a loan guarantee for a project in a place', () => {
  it('"a $N loan guarantee to A to support the development of a … project in X" → A in X with the sum', () => {
    const x = extract('The agency announced a $412 million loan guarantee to Corvane Wind 2, LLC to support the development of an innovative 120-MW wind project in Harlan County, Kentucky.', 'en');
    expect(relation(x, 'Corvane Wind 2, LLC', 'INVESTS_IN', 'Harlan County')?.properties).toMatchObject({ amount: 412_000_000, currency: 'USD' });
  });
  it('"a $N loan guarantee for A\'s project near X" → A in X', () => {
    const x = extract("The Department of Energy finalized a $1.15 billion loan guarantee for Velmora Solar Inc.'s Quarry project near Tonopah, Nevada.", 'en');
    expect(relation(x, 'Velmora Solar Inc', 'INVESTS_IN', 'Tonopah')?.properties).toMatchObject({ amount: 1_150_000_000 });
  });
  it('"… Project, sponsored by A, in X": the sponsor invests, the project does not', () => {
    const x = extract('It finalized a $1.318 billion guarantee to support the 200-megawatt Sable Ridge Solar Project, sponsored by Corvane Energy Corporation, in Kern County, California.', 'en');
    expect(relation(x, 'Corvane Energy Corporation', 'INVESTS_IN', 'Kern County')?.properties).toMatchObject({ amount: 1_318_000_000 });
    expect(relations(x, 'INVESTS_IN').filter((r) => r.startsWith('Sable Ridge'))).toEqual([]);
  });
  it('the loan read on in the next sentences, and the project sponsor named after it', () => {
    const x = extract('The Department of Energy finalized a $820 million loan guarantee to Velmora Sun, LLC. The loan guarantee will support the construction of the Velmora Sun energy project, a 200-megawatt solar facility in Pima County, Arizona. The project sponsor, Corvane Power LLC, estimates the facility will fund 300 jobs.', 'en');
    expect(relation(x, 'Velmora Sun, LLC.', 'INVESTS_IN', 'Pima County')?.properties).toMatchObject({ amount: 820_000_000 });
    expect(relation(x, 'Corvane Power LLC', 'INVESTS_IN', 'Pima County')?.properties).toMatchObject({ amount: 820_000_000 });
  });
  it('"This is part of a $N project in X" after a loan to A: A in X at the project\'s own sum', () => {
    const x = extract("The Bank approved a $1.2 billion direct loan to Peru's Refinadora del Sur S.A. This is part of a $3.4 billion refinery and upgrade project in Arequipa, Peru.", 'en');
    expect(relation(x, 'Refinadora del Sur S.A.', 'INVESTS_IN', 'Arequipa')?.properties).toMatchObject({ amount: 3_400_000_000 });
  });
  it('the name before "project" is the project\'s kind, and a loan to a Project is no investment in it', () => {
    const x = extract('The agency announced a $412 million loan guarantee to Corvane Wind 2, LLC to support the development of an innovative 120-MW PV project in Harlan County, Kentucky. The Department of Energy finalized partial loan guarantees of $1.2 billion to support the Sable Ridge Project.', 'en');
    const invests = relations(x, 'INVESTS_IN');
    expect(invests.filter((r) => r.startsWith('PV '))).toEqual([]);
    expect(invests.filter((r) => r.endsWith('Sable Ridge Project'))).toEqual([]);
  });
  it('a lender or public body is no borrower ("a loan to the Bank")', () => {
    const x = extract('The Treasury provided a $300 million loan to the Northern Savings Bank to support a housing project in Tulsa, Oklahoma.', 'en');
    expect(relations(x, 'INVESTS_IN').filter((r) => r.startsWith('Northern Savings Bank'))).toEqual([]);
  });
});

describe('money provided to a company for its project in a place', () => {
  it('"it is providing €N to A to make … in the X region" → A in X with the sum', () => {
    const x = extract('In France, the bank is providing €27 million to Dravelle to make 1,500 homes more energy efficient in the Occitanie region.', 'en');
    expect(relation(x, 'Dravelle', 'INVESTS_IN', 'Occitanie')?.properties).toMatchObject({ amount: 27_000_000, currency: 'EUR' });
  });
});

describe('"this investment" is the one stated before', () => {
  it('carries the sum the investor has in the article', () => {
    const x = extract("Velmora Motors will build its new van at a site in Swindon. The plant is part of Velmora's £450 million plan to create its latest model. We worked closely with the company to bring this investment to Wiltshire.", 'en');
    const wiltshire = x.relations.find((r) => r.type === 'INVESTS_IN' && x.mentions[r.target]?.text === 'Wiltshire');
    expect(wiltshire?.properties).toMatchObject({ amount: 450_000_000, currency: 'GBP' });
  });
  it('not with two sums for the investor (which one is meant is unknown)', () => {
    const x = extract("Velmora Motors will invest £450 million in Swindon. Velmora Motors will also invest £80 million in Derby. We worked closely with the company to bring this investment to Wiltshire.", 'en');
    const wiltshire = x.relations.find((r) => r.type === 'INVESTS_IN' && x.mentions[r.target]?.text === 'Wiltshire');
    expect(wiltshire?.properties.amount).toBeUndefined();
  });
});

describe('a sum that belongs to another clause or sentence', () => {
  it('"a $N investment in the United States — including $M for a new plant in X": each place its own sum', () => {
    const x = extract('Today, Corvane announced a $12 billion investment in the United States — including $3.1 billion for a new steel plant in Louisiana, which will create nearly 900 jobs.', 'en');
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'United States')?.properties).toMatchObject({ amount: 12_000_000_000 });
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Louisiana')?.properties).toMatchObject({ amount: 3_100_000_000 });
  });
  it('"A a investi N dans ce projet": the place chosen before carries the sum (fr)', () => {
    const x = extract("C'est Orléans, dans le Loiret, que le groupe coréen Dravelle a choisi pour implanter son usine de batteries. Le groupe Dravelle a investi 80 millions d'euros dans ce projet qui générera 150 emplois en France.", 'fr');
    const orleans = x.relations.find((r) => r.type === 'INVESTS_IN' && x.mentions[r.target]?.text === 'Orléans');
    expect(orleans?.properties).toMatchObject({ amount: 80_000_000, currency: 'EUR' });
  });
});

