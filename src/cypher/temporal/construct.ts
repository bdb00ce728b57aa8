/**
 * Building temporal values from maps, from other temporal values and from the clock, with Neo4j's rules:
 * calendar {year, month, day}, week {year, week, dayOfWeek}, quarter {year, quarter, dayOfQuarter} and
 * ordinal {year, ordinalDay} dates; times {hour, minute, second, millisecond, microsecond, nanosecond};
 * `timezone`; selection from another value ({date: d, day: 5}, {time: t}, {datetime: dt}) with overrides;
 * {epochSeconds | epochMillis, nanosecond}; a map holding only `timezone` means "now in that zone".
 */
import type { CypherMap, CypherValue } from '../values.ts';
import { isTemporal } from '../values.ts';
import {
  civilFromEpochDay, daysInMonth, daysInYear, epochDayOf, epochDayOfWeekDate, floorDiv, MAX_YEAR, MIN_YEAR,
  NANOS_PER_DAY, NANOS_PER_SECOND, quarterOf, weekDateOf, weeksInWeekYear,
} from './calendar.ts';
import { currentInstant, getDefaultZone, type ClockKind } from './clock.ts';
import { invalidType, invalidValue } from './errors.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';
import { offsetOf, parseZone, type Zone } from './zones.ts';

export type AnyTemporalPoint = DateValue | LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue;

export const DATE_KEYS = ['year', 'month', 'day', 'week', 'dayofweek', 'quarter', 'dayofquarter', 'ordinalday'] as const;
export const TIME_KEYS = ['hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'] as const;

export type Fields = Map<string, CypherValue>;

export function lowerKeys(map: CypherMap): Fields {
  const f: Fields = new Map();
  for (const [k, v] of Object.entries(map)) f.set(k.toLowerCase(), v);
  return f;
}

export function checkKeys(f: Fields, allowed: readonly string[], what: string): void {
  for (const k of f.keys()) {
    if (!allowed.includes(k)) throw invalidValue(`${what} cannot be constructed with the field '${k}'`);
  }
}

/** An integer field: Integer, or a Float with an integral value. */
function intField(f: Fields, key: string): number | undefined {
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

function selected(v: CypherValue, key: string, want: 'date' | 'time' | 'datetime'): AnyTemporalPoint {
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
      q = quarter ?? quarterOf(c.month);
      dq = doq ?? base - epochDayOf(c.year, (quarterOf(c.month) - 1) * 3 + 1, 1) + 1;
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

function hasAny(f: Fields, keys: readonly string[]): boolean {
  for (const k of keys) if (f.has(k)) return true;
  return false;
}

/** The nanosecond of day named by the time fields, starting from `base` when selecting. */
export function resolveTime(f: Fields, base: number | undefined): number {
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
    if (ms !== undefined) {
      range(ms, 0, 999, 'MilliOfSecond');
      range(us ?? 0, 0, 999, 'MicroOfSecond');
      range(ns ?? 0, 0, us !== undefined ? 999 : 999_999, 'NanoOfSecond');
      nano = ms * 1_000_000 + (us ?? 0) * 1000 + (ns ?? 0);
    } else if (us !== undefined) {
      range(us, 0, 999_999, 'MicroOfSecond');
      range(ns ?? 0, 0, 999, 'NanoOfSecond');
      const keep = us < 1000 && base !== undefined ? Math.floor(baseNano / 1_000_000) * 1_000_000 : 0;
      nano = keep + us * 1000 + (ns ?? 0);
    } else {
      range(ns!, 0, 999_999_999, 'NanoOfSecond');
      const keep = ns! < 1000 && base !== undefined ? Math.floor(baseNano / 1000) * 1000 : 0;
      nano = keep + ns!;
    }
  }
  return ((h * 60 + mi) * 60 + s) * NANOS_PER_SECOND + nano;
}

// ---------------------------------------------------------------- now

function nowIn(zone: Zone, clock: ClockKind): DateTimeValue {
  const { epochSecond, nano } = currentInstant(clock);
  return DateTimeValue.ofInstant(epochSecond, nano, zone);
}

export function currentDateTime(clock: ClockKind, zone: Zone = getDefaultZone()): DateTimeValue { return nowIn(zone, clock); }
export function currentLocalDateTime(clock: ClockKind, zone?: Zone): LocalDateTimeValue {
  const dt = nowIn(zone ?? getDefaultZone(), clock);
  return new LocalDateTimeValue(dt.epochDay, dt.nanoOfDay);
}
export function currentDate(clock: ClockKind, zone?: Zone): DateValue { return new DateValue(nowIn(zone ?? getDefaultZone(), clock).epochDay); }
export function currentLocalTime(clock: ClockKind, zone?: Zone): LocalTimeValue { return new LocalTimeValue(nowIn(zone ?? getDefaultZone(), clock).nanoOfDay); }
export function currentTime(clock: ClockKind, zone?: Zone): TimeValue {
  const dt = nowIn(zone ?? getDefaultZone(), clock);
  return new TimeValue(dt.nanoOfDay, dt.offset);
}

function onlyTimezone(f: Fields): boolean { return f.size === 1 && f.has('timezone'); }

/** The offset of a zone for a time of day without a date: a region's offset now. */
export function offsetForTime(zone: Zone): number {
  return zone.name === null ? zone.offset : offsetOf(zone, currentInstant('statement').epochSecond);
}

// ---------------------------------------------------------------- constructors from maps

export function dateFromMap(map: CypherMap): DateValue {
  const f = lowerKeys(map);
  if (f.size === 0) throw invalidValue('At least one temporal unit must be specified');
  checkKeys(f, [...DATE_KEYS, 'date', 'timezone'], 'Date');
  if (onlyTimezone(f)) return currentDate('statement', zoneField(f));
  if (f.has('timezone')) throw invalidValue('Date cannot be constructed with the field \'timezone\'');
  let base: number | undefined;
  if (f.has('date')) base = (selected(f.get('date')!, 'date', 'date') as DateValue).epochDay;
  return new DateValue(resolveDate(f, base));
}

export function localTimeFromMap(map: CypherMap): LocalTimeValue {
  const f = lowerKeys(map);
  if (f.size === 0) throw invalidValue('At least one temporal unit must be specified');
  checkKeys(f, [...TIME_KEYS, 'time', 'timezone'], 'LocalTime');
  if (onlyTimezone(f)) return currentLocalTime('statement', zoneField(f));
  if (f.has('timezone')) throw invalidValue('LocalTime cannot be constructed with the field \'timezone\'');
  let base: number | undefined;
  if (f.has('time')) base = (selected(f.get('time')!, 'time', 'time') as LocalTimeValue).nanoOfDay;
  else if (!f.has('hour')) throw invalidValue('Cannot build a time without an hour');
  return new LocalTimeValue(resolveTime(f, base));
}

export function timeFromMap(map: CypherMap): TimeValue {
  const f = lowerKeys(map);
  if (f.size === 0) throw invalidValue('At least one temporal unit must be specified');
  checkKeys(f, [...TIME_KEYS, 'time', 'timezone'], 'Time');
  const zone = zoneField(f);
  if (onlyTimezone(f)) return currentTime('statement', zone);
  if (f.has('time')) {
    const t = selected(f.get('time')!, 'time', 'time') as LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue;
    const own = offsetPart(t);
    const nano = resolveTime(f, t.nanoOfDay);
    if (own !== undefined && zone !== undefined) {
      // A zoned time moved to another zone keeps its instant (overrides apply before the move).
      const target = offsetForTime(zone);
      return new TimeValue(mod(nano + (target - own) * NANOS_PER_SECOND, NANOS_PER_DAY), target);
    }
    return new TimeValue(nano, zone !== undefined ? offsetForTime(zone) : own ?? offsetForTime(getDefaultZone()));
  }
  if (!f.has('hour')) throw invalidValue('Cannot build a time without an hour');
  return new TimeValue(resolveTime(f, undefined), offsetForTime(zone ?? getDefaultZone()));
}

function mod(a: number, b: number): number { return a - Math.floor(a / b) * b; }

interface LocalParts { epochDay: number; nanoOfDay: number; zoneOf?: Zone; zonedValue?: DateTimeValue }

/** Date and time parts of a (local)datetime map, before any zone is applied. */
function localParts(f: Fields): LocalParts {
  let epochDay: number;
  let nanoBase: number | undefined;
  let zoneOf: Zone | undefined;
  let zonedValue: DateTimeValue | undefined;
  if (f.has('datetime')) {
    if (f.has('date') || f.has('time')) throw invalidValue('Cannot select both datetime and date/time');
    const v = selected(f.get('datetime')!, 'datetime', 'datetime') as DateValue | LocalDateTimeValue | DateTimeValue;
    epochDay = v.epochDay;
    nanoBase = v instanceof DateValue ? 0 : v.nanoOfDay;
    if (v instanceof DateTimeValue) { zoneOf = v.zone; zonedValue = v; }
    return { epochDay: resolveDate(f, epochDay), nanoOfDay: resolveTime(f, nanoBase), zoneOf, zonedValue };
  }
  if (f.has('date')) {
    const d = selected(f.get('date')!, 'date', 'date') as DateValue;
    epochDay = resolveDate(f, d.epochDay);
  } else {
    if (!f.has('year')) throw invalidValue('Cannot build a date without a year');
    epochDay = resolveDate(f, undefined);
  }
  if (f.has('time')) {
    const t = selected(f.get('time')!, 'time', 'time') as LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue;
    nanoBase = t.nanoOfDay;
    if (t instanceof TimeValue) zoneOf = { name: null, offset: t.offset };
    if (t instanceof DateTimeValue) zoneOf = t.zone;
  }
  if (nanoBase === undefined && !f.has('hour') && hasAny(f, TIME_KEYS)) throw invalidValue('Cannot build a time without an hour');
  return { epochDay, nanoOfDay: resolveTime(f, nanoBase), zoneOf };
}

export function localDateTimeFromMap(map: CypherMap): LocalDateTimeValue {
  const f = lowerKeys(map);
  if (f.size === 0) throw invalidValue('At least one temporal unit must be specified');
  checkKeys(f, [...DATE_KEYS, ...TIME_KEYS, 'date', 'time', 'datetime', 'timezone'], 'LocalDateTime');
  if (onlyTimezone(f)) return currentLocalDateTime('statement', zoneField(f));
  if (f.has('timezone')) throw invalidValue('LocalDateTime cannot be constructed with the field \'timezone\'');
  const p = localParts(f);
  return new LocalDateTimeValue(p.epochDay, p.nanoOfDay);
}

export function dateTimeFromMap(map: CypherMap): DateTimeValue {
  const f = lowerKeys(map);
  if (f.size === 0) throw invalidValue('At least one temporal unit must be specified');
  checkKeys(f, [...DATE_KEYS, ...TIME_KEYS, 'date', 'time', 'datetime', 'timezone', 'epochseconds', 'epochmillis'], 'DateTime');
  const zone = zoneField(f);
  if (onlyTimezone(f)) return currentDateTime('statement', zone);
  if (f.has('epochseconds') || f.has('epochmillis')) return fromEpochFields(f, zone);
  if (f.has('datetime')) {
    const v = selected(f.get('datetime')!, 'datetime', 'datetime') as DateValue | LocalDateTimeValue | DateTimeValue;
    if (v instanceof DateTimeValue) {
      // Overrides on its local fields in its own zone, then the same instant in the new zone.
      const placed = DateTimeValue.ofLocal(resolveDate(f, v.epochDay), resolveTime(f, v.nanoOfDay), v.zone, v.offset);
      return zone ? DateTimeValue.ofInstant(placed.epochSecond, placed.nanosecond, zone) : placed;
    }
  }
  const p = localParts(f);
  if (p.zoneOf && zone && !f.has('datetime')) {
    // A date with a zoned time: the time's zone places it, then it moves to the requested zone.
    const placed = DateTimeValue.ofLocal(p.epochDay, p.nanoOfDay, p.zoneOf);
    return DateTimeValue.ofInstant(placed.epochSecond, placed.nanosecond, zone);
  }
  return DateTimeValue.ofLocal(p.epochDay, p.nanoOfDay, zone ?? p.zoneOf ?? getDefaultZone());
}

function fromEpochFields(f: Fields, zone: Zone | undefined): DateTimeValue {
  for (const k of f.keys()) {
    if (!['epochseconds', 'epochmillis', 'timezone', 'nanosecond', 'microsecond', 'millisecond'].includes(k)) {
      throw invalidValue(`DateTime cannot be constructed from epoch with the field '${k}'`);
    }
  }
  let seconds = 0;
  let nanos = 0;
  const es = f.get('epochseconds');
  const em = f.get('epochmillis');
  if (es !== undefined && es !== null) {
    if (typeof es === 'bigint') seconds = Number(es);
    else if (typeof es === 'number') { seconds = Math.floor(es); nanos = Math.round((es - seconds) * 1e9); }
    else throw invalidType(`Invalid type for epochSeconds: ${describe(es)}`);
  }
  if (em !== undefined && em !== null) {
    if (typeof em !== 'bigint' && typeof em !== 'number') throw invalidType(`Invalid type for epochMillis: ${describe(em)}`);
    const ms = typeof em === 'bigint' ? em : BigInt(Math.floor(em));
    const s = ms / 1000n - (ms % 1000n < 0n ? 1n : 0n);
    seconds += Number(s);
    nanos += Number(ms - s * 1000n) * 1_000_000;
  }
  nanos += (intField(f, 'millisecond') ?? 0) * 1_000_000 + (intField(f, 'microsecond') ?? 0) * 1000 + (intField(f, 'nanosecond') ?? 0);
  const carry = floorDiv(nanos, NANOS_PER_SECOND);
  return DateTimeValue.ofInstant(seconds + carry, nanos - carry * NANOS_PER_SECOND, zone ?? getDefaultZone());
}

/** datetime.fromepoch(seconds, nanos) and datetime.fromepochmillis(millis), in UTC. */
export function dateTimeFromEpoch(seconds: number, nanos: number, zone: Zone = getDefaultZone()): DateTimeValue {
  const carry = floorDiv(nanos, NANOS_PER_SECOND);
  return DateTimeValue.ofInstant(seconds + carry, nanos - carry * NANOS_PER_SECOND, zone);
}

// ---------------------------------------------------------------- conversions between types

export function toDate(v: AnyTemporalPoint): DateValue {
  if (v instanceof DateValue) return v;
  if (v instanceof LocalDateTimeValue || v instanceof DateTimeValue) return new DateValue(v.epochDay);
  throw invalidType(`Cannot construct a Date from a ${v.temporalType}`);
}

export function toLocalTime(v: AnyTemporalPoint): LocalTimeValue {
  if (v instanceof LocalTimeValue) return v;
  if (v instanceof DateValue) throw invalidType('Cannot construct a LocalTime from a Date');
  return new LocalTimeValue(v.nanoOfDay);
}

export function toTime(v: AnyTemporalPoint): TimeValue {
  if (v instanceof TimeValue) return v;
  if (v instanceof DateTimeValue) return new TimeValue(v.nanoOfDay, v.offset);
  if (v instanceof DateValue) throw invalidType('Cannot construct a Time from a Date');
  return new TimeValue(v.nanoOfDay, offsetForTime(getDefaultZone()));
}

export function toLocalDateTime(v: AnyTemporalPoint): LocalDateTimeValue {
  if (v instanceof LocalDateTimeValue) return v;
  if (v instanceof DateTimeValue) return new LocalDateTimeValue(v.epochDay, v.nanoOfDay);
  if (v instanceof DateValue) return new LocalDateTimeValue(v.epochDay, 0);
  throw invalidType(`Cannot construct a LocalDateTime from a ${v.temporalType}`);
}

export function toDateTime(v: AnyTemporalPoint): DateTimeValue {
  if (v instanceof DateTimeValue) return v;
  if (v instanceof LocalDateTimeValue) return DateTimeValue.ofLocal(v.epochDay, v.nanoOfDay, getDefaultZone());
  if (v instanceof DateValue) return DateTimeValue.ofLocal(v.epochDay, 0, getDefaultZone());
  throw invalidType(`Cannot construct a DateTime from a ${v.temporalType}`);
}

