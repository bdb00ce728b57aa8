/**
 * Comparison and equality of temporal values.
 *
 * - `compareTemporal(a, b)`: Cypher's `<`, `<=`, `>`, `>=`. Values of the same type compare (Time and
 *   DateTime by instant first); different types and Durations are incomparable (null).
 * - `temporalEquals(a, b)`: Cypher's `=`. Same type and same fields: a DateTime equals another only with
 *   the same local date-time and the same zone; Durations compare months, days, seconds, nanos.
 * - `orderTemporal(a, b)`: a total order for ORDER BY (types in Neo4j's order DateTime, LocalDateTime,
 *   Date, Time, LocalTime, Duration; Durations by average length, then by field).
 * - `temporalKey(v)`: a string equal exactly when `temporalEquals` holds, for DISTINCT and grouping.
 */
import type { TemporalValue } from '../values.ts';
import { NANOS_PER_SECOND } from './calendar.ts';
import { AVG_SECONDS_PER_MONTH, DurationValue } from './duration.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';

function cmp(a: number, b: number): number { return a < b ? -1 : a > b ? 1 : 0; }
function cmpBig(a: bigint, b: bigint): number { return a < b ? -1 : a > b ? 1 : 0; }

function compareDateTimes(a: DateTimeValue, b: DateTimeValue): number {
  // Instant first: local time minus offset, kept as (day, nanos) to stay exact.
  const an = a.nanoOfDay - a.offset * NANOS_PER_SECOND;
  const bn = b.nanoOfDay - b.offset * NANOS_PER_SECOND;
  const byInstant = cmpBig(BigInt(a.epochDay) * 86_400_000_000_000n + BigInt(an), BigInt(b.epochDay) * 86_400_000_000_000n + BigInt(bn));
  if (byInstant !== 0) return byInstant;
  const byLocal = cmp(a.epochDay, b.epochDay) || cmp(a.nanoOfDay, b.nanoOfDay);
  if (byLocal !== 0) return byLocal;
  const az = a.zoneName ?? '', bz = b.zoneName ?? '';
  return az < bz ? -1 : az > bz ? 1 : 0;
}

function sameType(a: TemporalValue, b: TemporalValue): number | null {
  if (a instanceof DateValue && b instanceof DateValue) return cmp(a.epochDay, b.epochDay);
  if (a instanceof LocalTimeValue && b instanceof LocalTimeValue) return cmp(a.nanoOfDay, b.nanoOfDay);
  if (a instanceof TimeValue && b instanceof TimeValue) {
    return cmp(a.utcNanoOfDay, b.utcNanoOfDay) || cmp(a.nanoOfDay, b.nanoOfDay);
  }
  if (a instanceof LocalDateTimeValue && b instanceof LocalDateTimeValue) {
    return cmp(a.epochDay, b.epochDay) || cmp(a.nanoOfDay, b.nanoOfDay);
  }
  if (a instanceof DateTimeValue && b instanceof DateTimeValue) return compareDateTimes(a, b);
  return null;
}

/** Cypher ordering comparison (`<` and friends): a number, or null when incomparable. */
export function compareTemporal(a: TemporalValue, b: TemporalValue): number | null {
  if (a instanceof DurationValue || b instanceof DurationValue) return null;
  return sameType(a, b);
}

export function temporalEquals(a: TemporalValue, b: TemporalValue): boolean {
  if (a instanceof DurationValue && b instanceof DurationValue) {
    return a.months === b.months && a.days === b.days && a.seconds === b.seconds && a.nanos === b.nanos;
  }
  if (a instanceof TimeValue && b instanceof TimeValue) return a.nanoOfDay === b.nanoOfDay && a.offset === b.offset;
  if (a instanceof DateTimeValue && b instanceof DateTimeValue) {
    return a.epochDay === b.epochDay && a.nanoOfDay === b.nanoOfDay && a.offset === b.offset && a.zoneName === b.zoneName;
  }
  return sameType(a, b) === 0;
}

/** Neo4j's ORDER BY rank among temporal types. */
export const TEMPORAL_TYPE_ORDER = ['DateTime', 'LocalDateTime', 'Date', 'Time', 'LocalTime', 'Duration'] as const;

const AVG_NANOS_PER_MONTH = AVG_SECONDS_PER_MONTH * 1_000_000_000n;

/** Total order for ORDER BY, min/max and sorting. */
export function orderTemporal(a: TemporalValue, b: TemporalValue): number {
  if (a.temporalType !== b.temporalType) {
    return cmp(TEMPORAL_TYPE_ORDER.indexOf(a.temporalType), TEMPORAL_TYPE_ORDER.indexOf(b.temporalType));
  }
  if (a instanceof DurationValue && b instanceof DurationValue) {
    const la = a.months * AVG_NANOS_PER_MONTH + a.days * 86_400_000_000_000n + a.totalNanos;
    const lb = b.months * AVG_NANOS_PER_MONTH + b.days * 86_400_000_000_000n + b.totalNanos;
    return cmpBig(la, lb) || cmpBig(a.months, b.months) || cmpBig(a.days, b.days) || cmpBig(a.totalNanos, b.totalNanos);
  }
  return sameType(a, b) ?? 0;
}

/** A key equal for two values exactly when they are `=`; usable in a Map for DISTINCT and grouping. */
export function temporalKey(v: TemporalValue): string {
  return `${v.temporalType}|${v.toString()}`;
}
