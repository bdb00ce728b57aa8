/** Identity of investments: two amounts are two investments, the same amount in two currencies is one. */
import type { PropertyValue } from '../graph/model.ts';

/** Within 12% in US dollars: "1,2 milliard d'euros" (title) and "1,3 milliard de dollars" (body) are one sum. */
const SAME_USD_TOLERANCE = 0.12;

export function investmentDiscriminator(p: Record<string, PropertyValue>): string {
  if (typeof p.amount === 'number' && typeof p.currency === 'string') return `${p.amount}${p.currency}`;
  if (typeof p.since === 'number') return `since${p.since}`;
  if (typeof p.until === 'number') return `until${p.until}`;
  return '';
}

export function sameInvestment(a: Record<string, PropertyValue>, b: Record<string, PropertyValue>): boolean {
  const x = a.amountUsd, y = b.amountUsd;
  if (typeof x !== 'number' || typeof y !== 'number') return false;
  if (a.currency === b.currency && a.amount !== b.amount) return false;
  return Math.abs(x - y) <= SAME_USD_TOLERANCE * Math.max(x, y);
}
