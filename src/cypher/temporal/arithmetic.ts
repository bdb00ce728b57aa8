/**
 * Temporal arithmetic: instant ± duration (months, then days, then seconds and nanoseconds, each on the
 * units the value has, as java.time's Duration.addTo), duration ± duration (component-wise), and
 * duration × or ÷ number (fractions cascade down as in `duration()`).
 */
import type { CypherValue } from '../values.ts';
import { CypherError } from '../errors.ts';
import {
  civilFromEpochDay, epochDayOf, MAX_YEAR, MIN_YEAR, NANOS_PER_DAY, plusMonths,
} from './calendar.ts';
import { describe } from './fields.ts';
import * as dec from './decimal.ts';
import { approximateDuration, DurationValue } from './duration.ts';
import { invalidType, outOfRange } from './errors.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue, normalizeDayNanos } from './values.ts';

type Point = DateValue | LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue;

const NANOS_PER_DAY_BIG = BigInt(NANOS_PER_DAY);
const MIN_DAY = epochDayOf(MIN_YEAR, 1, 1);
const MAX_DAY = epochDayOf(MAX_YEAR, 12, 31);

function checkDay(epochDay: number): number {
  if (!(epochDay >= MIN_DAY && epochDay <= MAX_DAY)) throw outOfRange('Date out of the supported range (year ±999999999)');
  return epochDay;
}

function addMonths(epochDay: number, months: bigint): number {
  if (months === 0n) return epochDay;
  const m = Number(months);
  const ymd = plusMonths(civilFromEpochDay(epochDay), m);
  if (ymd.year < MIN_YEAR || ymd.year > MAX_YEAR) throw outOfRange('Date out of the supported range (year ±999999999)');
  return epochDayOf(ymd.year, ymd.month, ymd.day);
}

/** Adds `sign`·duration to an instant-like value. */
function shift(p: Point, d: DurationValue, sign: 1n | -1n): Point {
  const months = d.months * sign;
  const days = d.days * sign;
  const nanos = d.totalNanos * sign;
  if (p instanceof DateValue) {
    const day = addMonths(p.epochDay, months) + Number(days) + Number((d.seconds / 86_400n) * sign);
    return new DateValue(checkDay(day));
  }
  if (p instanceof LocalTimeValue || p instanceof TimeValue) {
    let n = (BigInt(p.nanoOfDay) + nanos) % NANOS_PER_DAY_BIG;
    if (n < 0n) n += NANOS_PER_DAY_BIG;
    return p instanceof LocalTimeValue ? new LocalTimeValue(Number(n)) : new TimeValue(Number(n), p.offset);
  }
  const dayAfterDate = addMonths(p.epochDay, months) + Number(days);
  const carryDays = nanos / NANOS_PER_DAY_BIG;
  const restNanos = Number(nanos - carryDays * NANOS_PER_DAY_BIG);
  if (p instanceof LocalDateTimeValue) {
    const r = normalizeDayNanos(dayAfterDate + Number(carryDays), p.nanoOfDay + restNanos);
    return new LocalDateTimeValue(checkDay(r.epochDay), r.nanoOfDay);
  }
  // DateTime: months and days move the local date (then the zone resolves it), time units move the instant.
  let v = p;
  if (months !== 0n || days !== 0n) v = DateTimeValue.ofLocal(checkDay(dayAfterDate), p.nanoOfDay, p.zone, p.offset);
  if (nanos !== 0n) {
    if (v.zoneName === null) {
      const r = normalizeDayNanos(v.epochDay + Number(carryDays), v.nanoOfDay + restNanos);
      v = new DateTimeValue(checkDay(r.epochDay), r.nanoOfDay, v.offset, null);
    } else {
      const total = v.epochSecondBig * 1_000_000_000n + BigInt(v.nanosecond) + nanos;
      let sec = total / 1_000_000_000n;
      let ns = total % 1_000_000_000n;
      if (ns < 0n) { ns += 1_000_000_000n; sec -= 1n; }
      v = DateTimeValue.ofInstant(Number(sec), Number(ns), v.zone);
      checkDay(v.epochDay);
    }
  }
  return v;
}

function isPoint(v: CypherValue): v is Point {
  return v instanceof DateValue || v instanceof LocalTimeValue || v instanceof TimeValue
    || v instanceof LocalDateTimeValue || v instanceof DateTimeValue;
}

/** a + b where at least one is temporal: instant + duration, duration + instant, duration + duration. */
export function addTemporal(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (a instanceof DurationValue && b instanceof DurationValue) {
    return new DurationValue(a.months + b.months, a.days + b.days, a.seconds + b.seconds, a.nanos + b.nanos);
  }
  if (isPoint(a) && b instanceof DurationValue) return shift(a, b, 1n);
  if (a instanceof DurationValue && isPoint(b)) return shift(b, a, 1n);
  throw invalidType(`Cannot add ${describe(a)} and ${describe(b)}`);
}

/** a - b where a is an instant or a duration and b a duration. */
export function subtractTemporal(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (a instanceof DurationValue && b instanceof DurationValue) {
    return new DurationValue(a.months - b.months, a.days - b.days, a.seconds - b.seconds, a.nanos - b.nanos);
  }
  if (isPoint(a) && b instanceof DurationValue) return shift(a, b, -1n);
  throw invalidType(`Cannot subtract ${describe(b)} from ${describe(a)}`);
}

function factorOf(n: CypherValue, op: string): dec.Decimal | null {
  if (n === null) return null;
  if (typeof n === 'bigint') return dec.fromBigInt(n);
  if (typeof n === 'number') {
    if (!Number.isFinite(n)) throw new CypherError('ArithmeticError', `Cannot ${op} a Duration by ${n}`, 'runtime');
    return dec.fromNumber(n);
  }
  throw invalidType(`Cannot ${op} a Duration by a ${describe(n)}`);
}

function scale(d: DurationValue, f: (x: dec.Decimal) => dec.Decimal): DurationValue {
  return approximateDuration(
    f(dec.fromBigInt(d.months)), f(dec.fromBigInt(d.days)), f(dec.fromBigInt(d.seconds)), f(dec.fromBigInt(BigInt(d.nanos))),
  );
}

/** duration × number (either order). */
export function multiplyDuration(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  const [d, n] = a instanceof DurationValue ? [a, b] : [b, a];
  if (!(d instanceof DurationValue)) throw invalidType(`Cannot multiply ${describe(a)} and ${describe(b)}`);
  const k = factorOf(n, 'multiply')!;
  return scale(d, (x) => dec.mul(x, k));
}

/** duration ÷ number. */
export function divideDuration(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (!(a instanceof DurationValue)) throw invalidType(`Cannot divide ${describe(a)} by ${describe(b)}`);
  const k = factorOf(b, 'divide')!;
  if (k.n === 0n) throw new CypherError('ArithmeticError', '/ by zero', 'runtime');
  return scale(a, (x) => dec.div(x, k));
}

/** -duration. */
export function negateDuration(d: DurationValue): DurationValue { return d.negate(); }
