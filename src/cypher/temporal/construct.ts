/**
 * Building temporal values from maps, from other temporal values and from the clock, with Neo4j's rules:
 * calendar {year, month, day}, week {year, week, dayOfWeek}, quarter {year, quarter, dayOfQuarter} and
 * ordinal {year, ordinalDay} dates; times {hour, minute, second, millisecond, microsecond, nanosecond};
 * `timezone`; selection from another value ({date: d, day: 5}, {time: t}, {datetime: dt}) with overrides;
 * {epochSeconds | epochMillis, nanosecond}; a map holding only `timezone` means "now in that zone".
 */
import type { CypherMap } from '../values.ts';
import { floorDiv, NANOS_PER_DAY, NANOS_PER_SECOND } from './calendar.ts';
import { getDefaultZone } from './clock.ts';
import { invalidType, invalidValue } from './errors.ts';
import {
  assertWholeDate, checkKeys, DATE_KEYS, describe, type Fields, hasAny, intField, lowerKeys, offsetPart, resolveDate, resolveTime,
  selected, TIME_KEYS, zoneField,
} from './fields.ts';
import { currentDate, currentDateTime, currentLocalDateTime, currentLocalTime, currentTime, offsetForTime } from './now.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';
import type { Zone } from './zones.ts';

function onlyTimezone(f: Fields): boolean { return f.size === 1 && f.has('timezone'); }

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
    if (f.has('time') || hasAny(f, TIME_KEYS)) assertWholeDate(f);
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

