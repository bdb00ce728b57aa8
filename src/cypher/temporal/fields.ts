/**
 * Reading temporal fields: the keys of a construction map ({year, month, day, week, …, hour, …,
 * timezone}) and the parts of other temporal values, resolved into an epoch day and a nanosecond of
 * day with Neo4j's validation (ranges, which fields may combine) and selection rules (a base value
 * whose fields the map overrides).
 */
import type { CypherMap, CypherValue } from '../values.ts';
import { isTemporal } from '../values.ts';
import {
  civilFromEpochDay, daysInMonth, daysInYear, epochDayOf, epochDayOfWeekDate, MAX_YEAR, MIN_YEAR,
  NANOS_PER_SECOND, quarterOf, weekDateOf, weeksInWeekYear,
} from './calendar.ts';
import { invalidType, invalidValue } from './errors.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';
import { parseZone, type Zone } from './zones.ts';

export type AnyTemporalPoint = DateValue | LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue;

export const DATE_KEYS = ['year', 'month', 'day', 'week', 'dayofweek', 'quarter', 'dayofquarter', 'ordinalday'] as const;
export const TIME_KEYS = ['hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'] as const;

export type Fields = Map<string, CypherValue>;

const ALIASES: Record<string, string> = { weekday: 'dayofweek', quarterday: 'dayofquarter' };

/** The map's keys in lower case, with Neo4j's aliases (weekDay, quarterDay) resolved. */
export function lowerKeys(map: CypherMap): Fields {
  const f: Fields = new Map();
  for (const [k, v] of Object.entries(map)) {
    const key = ALIASES[k.toLowerCase()] ?? k.toLowerCase();
    if (f.has(key)) throw invalidValue(`Cannot assign ${key} twice`);
    f.set(key, v);
  }
  return f;
}

/** A date built from fields alongside a time must name a whole day (year, month and day; or year, week and dayOfWeek; …). */
export function assertWholeDate(f: Fields): void {
  const need = (keys: string[]) => {
    for (const k of keys) if (!f.has(k)) throw invalidValue(`${k} must be specified`);
  };
  if (f.has('week') || f.has('dayofweek')) need(['year', 'week', 'dayofweek']);
  else if (f.has('quarter') || f.has('dayofquarter')) need(['year', 'quarter', 'dayofquarter']);
  else if (f.has('ordinalday')) need(['year', 'ordinalday']);
  else need(['year', 'month', 'day']);
}

export function checkKeys(f: Fields, allowed: readonly string[], what: string): void {
  for (const k of f.keys()) {
    if (!allowed.includes(k)) throw invalidValue(`${what} cannot be constructed with the field '${k}'`);
  }
}

/** An integer field: Integer, or a Float with an integral value. */
export function intField(f: Fields, key: string): number | undefined {
  const v = f.get(key);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v;
    throw invalidValue(`Invalid value for ${key}: ${v} (an integer is expected)`);
  }
  throw invalidType(`Invalid type for ${key}: expected an Integer, got ${describe(v)}`);
}

export function describe(v: CypherValue): string {
  if (v === null) return 'null';
  if (typeof v === 'bigint') return 'Integer';
  if (typeof v === 'number') return 'Float';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return 'List';
  if (isTemporal(v)) return v.temporalType;
  return 'Map';
}

function range(value: number, min: number, max: number, what: string): number {
  if (value < min || value > max) throw invalidValue(`Invalid value for ${what}: ${value} (valid values ${min} - ${max})`);
  return value;
}

export function zoneField(f: Fields): Zone | undefined {
  const v = f.get('timezone');
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalidType(`Invalid type for timezone: expected a String, got ${describe(v)}`);
  return parseZone(v);
}

// ---------------------------------------------------------------- parts of other temporal values

export function hasDate(v: AnyTemporalPoint): v is DateValue | LocalDateTimeValue | DateTimeValue {
  return v instanceof DateValue || v instanceof LocalDateTimeValue || v instanceof DateTimeValue;
}

export function hasTime(v: AnyTemporalPoint): v is LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue {
  return !(v instanceof DateValue);
}

export function isTemporalPoint(v: unknown): v is AnyTemporalPoint {
  return v instanceof DateValue || v instanceof LocalTimeValue || v instanceof TimeValue
    || v instanceof LocalDateTimeValue || v instanceof DateTimeValue;
}

/** The offset a value carries, if any (Time, DateTime). */
export function offsetPart(v: AnyTemporalPoint): number | undefined {
  return v instanceof TimeValue || v instanceof DateTimeValue ? v.offset : undefined;
}

export function selected(v: CypherValue, key: string, want: 'date' | 'time' | 'datetime'): AnyTemporalPoint {
  if (!isTemporalPoint(v)) throw invalidType(`Invalid type for ${key}: got ${describe(v)}`);
  if ((want === 'date' || want === 'datetime') && !hasDate(v)) {
    throw invalidType(`Cannot select a date from a ${v.temporalType}`);
  }
  if (want === 'time' && !hasTime(v)) throw invalidType(`Cannot select a time from a ${v.temporalType}`);
  return v;
}

// ---------------------------------------------------------------- date and time from fields

function checkYear(year: number): number { return range(year, MIN_YEAR, MAX_YEAR, 'Year'); }

/** The epoch day named by the date fields, starting from `base` (an epoch day) when selecting. */
export function resolveDate(f: Fields, base: number | undefined): number {
  const year = intField(f, 'year');
  const month = intField(f, 'month');
  const day = intField(f, 'day');
  const week = intField(f, 'week');
  const dow = intField(f, 'dayofweek');
  const quarter = intField(f, 'quarter');
  const doq = intField(f, 'dayofquarter');
  const ordinal = intField(f, 'ordinalday');
  const conflict = (a: string, b: string) => invalidValue(`Cannot assign ${b} to a date built from ${a}`);
  if (year !== undefined) checkYear(year);

  if (week !== undefined || dow !== undefined) {
    if (month !== undefined || day !== undefined) throw conflict('week', month !== undefined ? 'month' : 'day');
    if (quarter !== undefined || doq !== undefined || ordinal !== undefined) throw conflict('week', 'quarter/ordinalDay');
    let wy: number, w: number, d: number;
    if (base !== undefined) {
      const wd = weekDateOf(base, civilFromEpochDay(base).year);
      wy = year ?? wd.weekYear;
      w = week ?? Math.min(wd.week, weeksInWeekYear(wy));
      d = dow ?? wd.dayOfWeek;
    } else {
      if (year === undefined) throw invalidValue('Cannot build a date without a year');
      if (week === undefined) throw invalidValue('Cannot assign dayOfWeek without week');
      wy = year; w = week; d = dow ?? 1;
    }
    range(w, 1, weeksInWeekYear(wy), 'Week');
    range(d, 1, 7, 'DayOfWeek');
    return epochDayOfWeekDate(wy, w, d);
  }
  if (ordinal !== undefined) {
    if (month !== undefined || day !== undefined || quarter !== undefined || doq !== undefined) throw conflict('ordinalDay', 'month/day/quarter');
    const y = year ?? (base !== undefined ? civilFromEpochDay(base).year : undefined);
    if (y === undefined) throw invalidValue('Cannot build a date without a year');
    range(ordinal, 1, daysInYear(y), 'OrdinalDay');
    return epochDayOf(y, 1, 1) + ordinal - 1;
  }
  if (quarter !== undefined || doq !== undefined) {
    if (month !== undefined || day !== undefined) throw conflict('quarter', 'month/day');
    let y: number, q: number, dq: number;
    if (base !== undefined) {
      const c = civilFromEpochDay(base);
      y = year ?? c.year;
      q = quarter === undefined ? quarterOf(c.month) : range(quarter, 1, 4, 'QuarterOfYear');
      if (doq === undefined) {
        // As java.time's QUARTER_OF_YEAR: same month of the quarter, same day of the month (clamped).
        const m = c.month + (q - quarterOf(c.month)) * 3;
        return epochDayOf(y, m, Math.min(c.day, daysInMonth(y, m)));
      }
      dq = doq;
    } else {
      if (year === undefined) throw invalidValue('Cannot build a date without a year');
      if (quarter === undefined) throw invalidValue('Cannot assign dayOfQuarter without quarter');
      y = year; q = quarter; dq = doq ?? 1;
    }
    range(q, 1, 4, 'QuarterOfYear');
    const first = epochDayOf(y, (q - 1) * 3 + 1, 1);
    const length = epochDayOf(q === 4 ? y + 1 : y, q === 4 ? 1 : q * 3 + 1, 1) - first;
    range(dq, 1, length, 'DayOfQuarter');
    return first + dq - 1;
  }
  if (base !== undefined) {
    const c = civilFromEpochDay(base);
    const y = year ?? c.year;
    const m = month === undefined ? c.month : range(month, 1, 12, 'MonthOfYear');
    const d = day === undefined ? Math.min(c.day, daysInMonth(y, m)) : range(day, 1, daysInMonth(y, m), 'DayOfMonth');
    return epochDayOf(y, m, d);
  }
  if (year === undefined) throw invalidValue('Cannot build a date without a year');
  if (day !== undefined && month === undefined) throw invalidValue('Cannot assign day without month');
  const m = range(month ?? 1, 1, 12, 'MonthOfYear');
  const d = range(day ?? 1, 1, daysInMonth(year, m), 'DayOfMonth');
  return epochDayOf(year, m, d);
}

export function hasAny(f: Fields, keys: readonly string[]): boolean {
  for (const k of keys) if (f.has(k)) return true;
  return false;
}

/** The nanosecond of day named by the time fields, starting from `base` when selecting. */
export function resolveTime(f: Fields, base: number | undefined, mode: 'select' | 'truncate' = 'select'): number {
  const hour = intField(f, 'hour');
  const minute = intField(f, 'minute');
  const second = intField(f, 'second');
  const ms = intField(f, 'millisecond');
  const us = intField(f, 'microsecond');
  const ns = intField(f, 'nanosecond');
  const subsecondGiven = ms !== undefined || us !== undefined || ns !== undefined;
  let h: number, mi: number, s: number, baseNano = 0;
  if (base !== undefined) {
    const sec = Math.floor(base / NANOS_PER_SECOND);
    baseNano = base - sec * NANOS_PER_SECOND;
    h = hour ?? Math.floor(sec / 3600);
    mi = minute ?? Math.floor((sec % 3600) / 60);
    s = second ?? sec % 60;
  } else {
    if (minute !== undefined && hour === undefined) throw invalidValue('Cannot assign minute without hour');
    if (second !== undefined && minute === undefined) throw invalidValue('Cannot assign second without minute');
    if (subsecondGiven && second === undefined) throw invalidValue('Cannot assign a fraction of a second without second');
    h = hour ?? 0; mi = minute ?? 0; s = second ?? 0;
  }
  range(h, 0, 23, 'HourOfDay');
  range(mi, 0, 59, 'MinuteOfHour');
  range(s, 0, 59, 'SecondOfMinute');
  let nano = baseNano;
  if (subsecondGiven) {
    // Neo4j's ranges: each unit counts within the next one up when that one is given too.
    range(ms ?? 0, 0, 999, 'MilliOfSecond');
    range(us ?? 0, 0, ms !== undefined || ns !== undefined ? 999 : 999_999, 'MicroOfSecond');
    range(ns ?? 0, 0, ms !== undefined || us !== undefined ? 999 : 999_999_999, 'NanoOfSecond');
    const given = (ms ?? 0) * 1_000_000 + (us ?? 0) * 1000 + (ns ?? 0);
    if (mode === 'truncate') {
      // The base is already cut to the unit: the fields fill in below what they leave of it.
      const step = ms !== undefined ? NANOS_PER_SECOND : us !== undefined ? (us < 1000 ? 1_000_000 : NANOS_PER_SECOND)
        : ns! < 1000 ? 1000 : ns! < 1_000_000 ? 1_000_000 : NANOS_PER_SECOND;
      nano = Math.floor(baseNano / step) * step + given;
    } else {
      nano = given;
    }
  }
  return ((h * 60 + mi) * 60 + s) * NANOS_PER_SECOND + nano;
}

