/**
 * Fixed conversion table for `amountUsd`: US dollars per one unit of each currency.
 * Rates: approximate mid-market reference rates of 2025-01-02 (ECB euro reference rates crossed with
 * EUR/USD 1.0353), rounded to 4 significant digits. Fixed on purpose: the same article always gives
 * the same amountUsd, whatever day it is ingested. Update RATES_DATE with the table.
 */
export const RATES_DATE = '2025-01-02';

export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.035,
  GBP: 1.251,
  CHF: 1.103,
  JPY: 0.006354,
  CNY: 0.137,
  KRW: 0.0006789,
  INR: 0.01167,
  BRL: 0.1618,
  CAD: 0.6951,
  AUD: 0.6224,
  HKD: 0.1287,
  SGD: 0.7334,
  SEK: 0.09057,
  NOK: 0.08808,
  DKK: 0.1388,
  PLN: 0.2424,
  AED: 0.2723,
  SAR: 0.2662,
  QAR: 0.2747,
  RUB: 0.00916,
  TRY: 0.02825,
  MXN: 0.04839,
  ZAR: 0.05305,
  TWD: 0.03044,
  IDR: 0.00006173,
  VND: 0.00003929,
  THB: 0.02916,
  MYR: 0.2232,
  ILS: 0.2735,
  NGN: 0.0006467,
  EGP: 0.01965,
  MAD: 0.09899,
};

/** amount × rate, rounded to the dollar; undefined for a currency outside the table. */
export function toUsd(amount: number, currency: string): number | undefined {
  const rate = USD_PER_UNIT[currency];
  return rate === undefined ? undefined : Math.round(amount * rate);
}
