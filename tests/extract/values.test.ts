import { describe, expect, it } from 'vitest';
import { findMoney } from '../../src/extract/values/money.ts';
import { findYears } from '../../src/extract/values/years.ts';
import { findJobs } from '../../src/extract/values/jobs.ts';
import { RATES_DATE, USD_PER_UNIT } from '../../src/extract/lexicon/usd-rates.ts';

const money = (s: string) => findMoney(s).map((m) => [m.amount, m.currency, m.equivalentOf ?? null]);

describe('money', () => {
  it.each([
    ['un plan de 1,2 milliard d’euros', 1.2e9, 'EUR'],
    ['5 milliards de dollars', 5e9, 'USD'],
    ['35 milliards USD', 35e9, 'USD'],
    ['a $2.75 billion stake', 2.75e9, 'USD'],
    ['a €4bn plan', 4e9, 'EUR'],
    ['US$17.5 billion', 17.5e9, 'USD'],
    ['R$14.7 billion', 14.7e9, 'BRL'],
    ['2 trillion yen', 2e12, 'JPY'],
    ['500 M€', 5e8, 'EUR'],
    ['deux milliards de livres sterling', 2e9, 'GBP'],
    ['£300m', 3e8, 'GBP'],
    ['10 millions de francs suisses', 1e7, 'CHF'],
  ])('%s', (text, amount, currency) => {
    expect(money(text)).toEqual([[amount, currency, null]]);
  });

  it('reads "soit …" and parentheses as the same amount in another currency', () => {
    expect(money('1,2 milliard d’euros, soit 1,3 milliard de dollars')).toEqual([[1.2e9, 'EUR', null], [1.3e9, 'USD', 0]]);
    expect(money('€3bn (about $3.3bn)')).toEqual([[3e9, 'EUR', null], [3.3e9, 'USD', 0]]);
    expect(money('2 milliards d’euros puis 3 milliards de dollars')).toEqual([[2e9, 'EUR', null], [3e9, 'USD', null]]);
  });

  it('converts to US dollars with the dated fixed table', () => {
    expect(RATES_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [m] = findMoney('4 milliards d’euros');
    expect(m!.amountUsd).toBe(Math.round(4e9 * USD_PER_UNIT.EUR!));
    expect(findMoney('$10 million')[0]!.amountUsd).toBe(1e7);
  });

  it('ignores amounts without a number or a currency', () => {
    expect(findMoney('des milliards de dollars')).toEqual([]);
    expect(findMoney('14,000 roles and 3 000 emplois')).toEqual([]);
  });
});

describe('years', () => {
  it.each([
    ["d'ici 2031", 'until', 2031], ["à l'horizon 2030", 'until', 2030], ['by 2030', 'until', 2030], ['until 2028', 'until', 2028],
    ['depuis 2010', 'since', 2010], ['since 2015', 'since', 2015], ['en 2024', 'in', 2024], ['in 2023', 'in', 2023],
  ])('%s', (text, kind, year) => {
    expect(findYears(text)).toMatchObject([{ kind, year }]);
  });
  it('ignores dates and quarters', () => {
    expect(findYears('October 28, 2025 et au premier trimestre 2024')).toEqual([]);
  });
});

describe('jobs', () => {
  it.each([
    ['créer 3 000 emplois', 3000], ['plus de trois mille emplois', 3000], ['3,000 jobs', 3000], ['2 000 nouveaux postes', 2000],
    ['500 new jobs', 500], ['vingt-cinq mille emplois', 25000], ['1.2 million jobs', 1.2e6],
  ])('%s', (text, n) => {
    expect(findJobs(text)).toBe(n);
  });
  it('does not count employees', () => {
    expect(findJobs('il emploie 22 000 salariés')).toBeUndefined();
  });
});

describe('number words with a half', () => {
  it('"five and a half billion dollars" is 5.5 billion', () => {
    expect(findMoney('valued at just over five and a half billion dollars').map((m) => [m.amount, m.currency])).toEqual([[5_500_000_000, 'USD']]);
  });
});
