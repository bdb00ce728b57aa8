/**
 * Property access on temporal values (`d.year`, `t.offsetMinutes`, `dur.monthsOfQuarter`), names matched
 * case-insensitively as Neo4j does. Integers come back as bigint, names and offsets as strings.
 */
import type { CypherValue, TemporalValue } from '../values.ts';
import { NANOS_PER_SECOND } from './calendar.ts';
import { DurationValue } from './duration.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';
import { formatOffset } from './zones.ts';

type DateLike = DateValue | LocalDateTimeValue | DateTimeValue;
type TimeLike = LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue;
type Zoned = TimeValue | DateTimeValue;

const B = (n: number): bigint => BigInt(n);

const DATE_PROPS: Record<string, (d: DateLike) => CypherValue> = {
  year: (d) => B(d.year),
  quarter: (d) => B(d.quarter),
  month: (d) => B(d.month),
  week: (d) => B(d.week),
  weekyear: (d) => B(d.weekYear),
  day: (d) => B(d.day),
  ordinalday: (d) => B(d.ordinalDay),
  dayofweek: (d) => B(d.dayOfWeek),
  weekday: (d) => B(d.dayOfWeek),
  dayofquarter: (d) => B(d.dayOfQuarter),
};

const TIME_PROPS: Record<string, (t: TimeLike) => CypherValue> = {
  hour: (t) => B(t.hour),
  minute: (t) => B(t.minute),
  second: (t) => B(t.second),
  millisecond: (t) => B(Math.floor(t.nanosecond / 1_000_000)),
  microsecond: (t) => B(Math.floor(t.nanosecond / 1000)),
  nanosecond: (t) => B(t.nanosecond),
};

const ZONE_PROPS: Record<string, (t: Zoned) => CypherValue> = {
  timezone: (t) => (t instanceof DateTimeValue ? t.timezone : formatOffset(t.offset)),
  offset: (t) => formatOffset(t.offset),
  offsetminutes: (t) => B(Math.trunc(t.offset / 60)),
  offsetseconds: (t) => B(t.offset),
};

const INSTANT_PROPS: Record<string, (t: DateTimeValue) => CypherValue> = {
  epochseconds: (t) => t.epochSecondBig,
  epochmillis: (t) => t.epochSecondBig * 1000n + B(Math.floor(t.nanosecond / 1_000_000)),
};

const NS = BigInt(NANOS_PER_SECOND);
const DURATION_PROPS: Record<string, (d: DurationValue) => CypherValue> = {
  years: (d) => d.months / 12n,
  quarters: (d) => d.months / 3n,
  months: (d) => d.months,
  weeks: (d) => d.days / 7n,
  days: (d) => d.days,
  hours: (d) => d.seconds / 3600n,
  minutes: (d) => d.seconds / 60n,
  seconds: (d) => d.seconds,
  milliseconds: (d) => d.seconds * 1000n + B(Math.floor(d.nanos / 1_000_000)),
  microseconds: (d) => d.seconds * 1_000_000n + B(Math.floor(d.nanos / 1000)),
  nanoseconds: (d) => d.seconds * NS + B(d.nanos),
  quartersofyear: (d) => (d.months / 3n) % 4n,
  monthsofquarter: (d) => d.months % 3n,
  monthsofyear: (d) => d.months % 12n,
  daysofweek: (d) => d.days % 7n,
  minutesofhour: (d) => (d.seconds / 60n) % 60n,
  secondsofminute: (d) => d.seconds % 60n,
  millisecondsofsecond: (d) => B(Math.floor(d.nanos / 1_000_000)),
  microsecondsofsecond: (d) => B(Math.floor(d.nanos / 1000)),
  nanosecondsofsecond: (d) => B(d.nanos),
};

/** The value of `value.name`, or undefined when this type has no such property. */
export function temporalProperty(value: TemporalValue, name: string): CypherValue | undefined {
  const key = name.toLowerCase();
  if (value instanceof DurationValue) return DURATION_PROPS[key]?.(value);
  if (value instanceof DateValue) return DATE_PROPS[key]?.(value);
  if (value instanceof LocalTimeValue) return TIME_PROPS[key]?.(value);
  if (value instanceof TimeValue) return (TIME_PROPS[key] ?? ZONE_PROPS[key])?.(value);
  if (value instanceof LocalDateTimeValue) return DATE_PROPS[key]?.(value) ?? TIME_PROPS[key]?.(value);
  if (value instanceof DateTimeValue) {
    return DATE_PROPS[key]?.(value) ?? TIME_PROPS[key]?.(value) ?? ZONE_PROPS[key]?.(value) ?? INSTANT_PROPS[key]?.(value);
  }
  return undefined;
}

/** The property names a temporal value answers to (for keys() / error messages). */
export function temporalPropertyNames(value: TemporalValue): string[] {
  const pick = (...tables: Record<string, unknown>[]) => tables.flatMap((t) => Object.keys(t));
  if (value instanceof DurationValue) return pick(DURATION_PROPS);
  if (value instanceof DateValue) return pick(DATE_PROPS);
  if (value instanceof LocalTimeValue) return pick(TIME_PROPS);
  if (value instanceof TimeValue) return pick(TIME_PROPS, ZONE_PROPS);
  if (value instanceof LocalDateTimeValue) return pick(DATE_PROPS, TIME_PROPS);
  if (value instanceof DateTimeValue) return pick(DATE_PROPS, TIME_PROPS, ZONE_PROPS, INSTANT_PROPS);
  return [];
}
