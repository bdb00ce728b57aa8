/**
 * Cypher's Duration: months, days, seconds and nanoseconds kept apart (a month is not a fixed number of
 * days, nor a day of seconds), as Neo4j's DurationValue. seconds/nanos are normalised so that
 * 0 ≤ nanos < 10⁹; months, days and seconds are 64-bit integers (bigint).
 */
import type { TemporalValue } from '../values.ts';
import { INT64_MAX, INT64_MIN } from '../values.ts';
import * as dec from './decimal.ts';
import type { Decimal } from './decimal.ts';
import { outOfRange } from './errors.ts';
import { trimmedFraction } from './format.ts';

const NANOS = 1_000_000_000n;
/** Average Gregorian month (365.2425 / 12 days), used to cascade fractional months into days. */
export const AVG_SECONDS_PER_MONTH = 2_629_746n;
const NANOS_PER_DAY = 86_400n * NANOS;

function checkRange(v: bigint, what: string): bigint {
  if (v < INT64_MIN || v > INT64_MAX) throw outOfRange(`Duration ${what} out of range`);
  return v;
}

export class DurationValue implements TemporalValue {
  readonly temporalType = 'Duration' as const;
  readonly months: bigint;
  readonly days: bigint;
  readonly seconds: bigint;
  /** 0 ≤ nanos < 10⁹ */
  readonly nanos: number;

  constructor(months: bigint, days: bigint, seconds: bigint, nanos: bigint | number = 0) {
    const n = BigInt(nanos);
    let s = seconds + n / NANOS;
    let r = n % NANOS;
    if (r < 0n) { r += NANOS; s -= 1n; }
    this.months = checkRange(months, 'months');
    this.days = checkRange(days, 'days');
    this.seconds = checkRange(s, 'seconds');
    this.nanos = Number(r);
  }

  static readonly ZERO = new DurationValue(0n, 0n, 0n, 0);

  /** Total seconds·10⁹ + nanos. */
  get totalNanos(): bigint { return this.seconds * NANOS + BigInt(this.nanos); }

  isZero(): boolean { return this.months === 0n && this.days === 0n && this.seconds === 0n && this.nanos === 0; }

  negate(): DurationValue { return new DurationValue(-this.months, -this.days, -this.seconds, -this.nanos); }

  /** `P1Y2M10DT12H45M30.25S`, Neo4j's DurationValue.prettyPrint. */
  toString(): string {
    let str = 'P';
    const part = (q: bigint, unit: string) => { if (q !== 0n) str += `${q}${unit}`; };
    part(this.months / 12n, 'Y');
    part(this.months % 12n, 'M');
    part(this.days, 'D');
    if (this.seconds !== 0n || this.nanos !== 0) {
      let s = this.seconds;
      let n = this.nanos;
      if (s < 0n && n !== 0) { s += 1n; n -= 1_000_000_000; }
      str += 'T';
      part(s / 3600n, 'H');
      s %= 3600n;
      part(s / 60n, 'M');
      s %= 60n;
      if (s !== 0n) {
        str += String(s);
        if (n !== 0) str += '.' + trimmedFraction(Math.abs(n));
        str += 'S';
      } else if (n !== 0) {
        str += `${n < 0 ? '-' : ''}0.${trimmedFraction(Math.abs(n))}S`;
      }
    }
    return str === 'P' ? 'PT0S' : str;
  }

  toJSON(): string { return this.toString(); }
}

/**
 * A duration from possibly fractional amounts of months, days, seconds and nanoseconds: each unit's
 * fraction cascades down (a month fraction through the average month into days and seconds, a day
 * fraction into seconds, a second fraction into nanoseconds), and what is left under a nanosecond is
 * truncated, as Neo4j's DurationValue.approximate.
 */
export function approximateDuration(months: Decimal, days: Decimal, seconds: Decimal, nanos: Decimal): DurationValue {
  const m = dec.trunc(months);
  const monthFractionNanos = dec.mulInt(dec.sub(months, dec.fromBigInt(m)), AVG_SECONDS_PER_MONTH * NANOS);
  const monthFractionWhole = dec.trunc(monthFractionNanos);
  const extraDays = monthFractionWhole / NANOS_PER_DAY;
  const d = dec.trunc(days);
  const dayFractionNanos = dec.mulInt(dec.sub(days, dec.fromBigInt(d)), NANOS_PER_DAY);
  let total = dec.mulInt(seconds, NANOS);
  total = dec.add(total, nanos);
  total = dec.add(total, dayFractionNanos);
  total = dec.add(total, dec.sub(monthFractionNanos, dec.fromBigInt(extraDays * NANOS_PER_DAY)));
  const totalNanos = dec.trunc(total);
  return new DurationValue(m, d + extraDays, totalNanos / NANOS, totalNanos % NANOS);
}
