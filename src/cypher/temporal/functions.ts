/**
 * The temporal functions of Cypher, registered in the scalar function registry:
 * date, localtime, time, localdatetime, datetime (no argument = now; a string; a map; another temporal
 * value), their .transaction / .statement / .realtime clocks and .truncate, datetime.fromepoch,
 * datetime.fromepochmillis, duration, duration.between / inMonths / inDays / inSeconds.
 */
import { registerFunctions, type ScalarFunction } from '../functions/registry.ts';
import type { CypherMap, CypherValue } from '../values.ts';
import { isMap } from '../values.ts';
import { durationBetween, type BetweenUnit } from './between.ts';
import { getDefaultZone, type ClockKind } from './clock.ts';
import { dateFromMap, dateTimeFromEpoch, dateTimeFromMap, localDateTimeFromMap, localTimeFromMap, timeFromMap } from './construct.ts';
import { toDate, toDateTime, toLocalDateTime, toLocalTime, toTime } from './convert.ts';
import { type AnyTemporalPoint, describe, isTemporalPoint } from './fields.ts';
import { currentDate, currentDateTime, currentLocalDateTime, currentLocalTime, currentTime } from './now.ts';
import * as dec from './decimal.ts';
import { approximateDuration, DurationValue } from './duration.ts';
import { invalidType, invalidValue } from './errors.ts';
import { parseDate, parseDateTime, parseDuration, parseLocalDateTime, parseLocalTime, parseTime } from './parse.ts';
import { truncateTemporal, type TruncateTarget } from './truncate.ts';
import { parseZone, type Zone } from './zones.ts';

interface Kind {
  name: string;
  target: TruncateTarget;
  fromString(s: string): AnyTemporalPoint;
  fromMap(m: CypherMap): AnyTemporalPoint;
  convert(v: AnyTemporalPoint): AnyTemporalPoint;
  now(clock: ClockKind, zone?: Zone): AnyTemporalPoint;
}

const defaultOffset = () => currentTime('statement').offset;

const KINDS: Kind[] = [
  { name: 'date', target: 'Date', fromString: parseDate, fromMap: dateFromMap, convert: toDate, now: currentDate },
  { name: 'localtime', target: 'LocalTime', fromString: parseLocalTime, fromMap: localTimeFromMap, convert: toLocalTime, now: currentLocalTime },
  { name: 'time', target: 'Time', fromString: (s) => parseTime(s, defaultOffset), fromMap: timeFromMap, convert: toTime, now: currentTime },
  { name: 'localdatetime', target: 'LocalDateTime', fromString: parseLocalDateTime, fromMap: localDateTimeFromMap, convert: toLocalDateTime, now: currentLocalDateTime },
  { name: 'datetime', target: 'DateTime', fromString: (s) => parseDateTime(s, getDefaultZone), fromMap: dateTimeFromMap, convert: toDateTime, now: currentDateTime },
];

function zoneArg(v: CypherValue, fn: string): Zone | undefined {
  if (typeof v === 'string') return parseZone(v);
  if (isMap(v)) {
    const keys = Object.keys(v);
    const tz = keys.find((k) => k.toLowerCase() === 'timezone');
    if (keys.length === 1 && tz && typeof v[tz] === 'string') return parseZone(v[tz] as string);
  }
  throw invalidType(`${fn}() expects a time zone, got ${describe(v)}`);
}

function constructor(kind: Kind): ScalarFunction {
  return {
    name: kind.name, minArgs: 0, maxArgs: 1, deterministic: false,
    call(args) {
      if (args.length === 0) return kind.now('statement');
      const v = args[0];
      if (v === null) return null;
      if (typeof v === 'string') return kind.fromString(v);
      if (isTemporalPoint(v)) return kind.convert(v);
      if (isMap(v)) return kind.fromMap(v);
      throw invalidType(`${kind.name}() cannot be called with a ${describe(v)}`);
    },
  };
}

function clock(kind: Kind, which: ClockKind): ScalarFunction {
  const name = `${kind.name}.${which}`;
  return {
    name, minArgs: 0, maxArgs: 1, deterministic: false,
    call(args) {
      if (args.length === 0) return kind.now(which);
      if (args[0] === null) return null;
      return kind.now(which, zoneArg(args[0], name));
    },
  };
}

function truncate(kind: Kind): ScalarFunction {
  const name = `${kind.name}.truncate`;
  return {
    name, minArgs: 2, maxArgs: 3, deterministic: true,
    call([unit, value, overrides]) {
      if (unit === null || value === null) return null;
      if (typeof unit !== 'string') throw invalidType(`${name}() expects a unit name, got ${describe(unit)}`);
      if (!isTemporalPoint(value)) throw invalidType(`${name}() expects a temporal value, got ${describe(value)}`);
      if (overrides !== undefined && overrides !== null && !isMap(overrides)) {
        throw invalidType(`${name}() expects a map of fields, got ${describe(overrides)}`);
      }
      return truncateTemporal(kind.target, unit, value, (overrides as CypherMap | undefined) ?? null);
    },
  };
}

function integerArg(v: CypherValue, fn: string): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw invalidType(`${fn}() expects an Integer, got ${describe(v)}`);
}

const DURATION_UNITS: Record<string, 'months' | 'days' | 'seconds' | 'nanos'> = {};
const DURATION_FACTORS: Record<string, bigint> = {
  years: 12n, months: 1n, weeks: 7n, days: 1n, hours: 3600n, minutes: 60n, seconds: 1n,
  milliseconds: 1_000_000n, microseconds: 1000n, nanoseconds: 1n,
};
for (const k of ['years', 'months']) DURATION_UNITS[k] = 'months';
for (const k of ['weeks', 'days']) DURATION_UNITS[k] = 'days';
for (const k of ['hours', 'minutes', 'seconds']) DURATION_UNITS[k] = 'seconds';
for (const k of ['milliseconds', 'microseconds', 'nanoseconds']) DURATION_UNITS[k] = 'nanos';

/** duration({years, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds}). */
export function durationFromMap(map: CypherMap): DurationValue {
  const acc = { months: dec.ZERO, days: dec.ZERO, seconds: dec.ZERO, nanos: dec.ZERO };
  for (const [key, value] of Object.entries(map)) {
    const k = key.toLowerCase();
    const bucket = DURATION_UNITS[k];
    if (bucket === undefined) throw invalidValue(`No such field in a duration: '${key}'`);
    if (value === null) continue;
    if (typeof value !== 'bigint' && typeof value !== 'number') {
      throw invalidType(`Invalid type for ${key}: expected a number, got ${describe(value)}`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) throw invalidValue(`Invalid value for ${key}: ${value}`);
    acc[bucket] = dec.add(acc[bucket], dec.mulInt(dec.fromNumeric(value), DURATION_FACTORS[k]));
  }
  return approximateDuration(acc.months, acc.days, acc.seconds, acc.nanos);
}

function between(name: string, unit: BetweenUnit): ScalarFunction {
  return {
    name, minArgs: 2, maxArgs: 2, deterministic: true,
    call([a, b]) {
      if (a === null || b === null) return null;
      if (!isTemporalPoint(a) || !isTemporalPoint(b)) {
        throw invalidType(`${name}() expects two temporal instants, got ${describe(a)} and ${describe(b)}`);
      }
      return durationBetween(a, b, unit);
    },
  };
}

const fns: ScalarFunction[] = [];
for (const kind of KINDS) {
  fns.push(constructor(kind), truncate(kind));
  for (const c of ['transaction', 'statement', 'realtime'] as const) fns.push(clock(kind, c));
}
fns.push(
  {
    name: 'datetime.fromepoch', minArgs: 2, maxArgs: 2, deterministic: true,
    call([s, n]) {
      if (s === null || n === null) return null;
      return dateTimeFromEpoch(integerArg(s, 'datetime.fromepoch'), integerArg(n, 'datetime.fromepoch'));
    },
  },
  {
    name: 'datetime.fromepochmillis', minArgs: 1, maxArgs: 1, deterministic: true,
    call([ms]) {
      if (ms === null) return null;
      const m = typeof ms === 'bigint' ? ms : BigInt(integerArg(ms, 'datetime.fromepochmillis'));
      let s = m / 1000n;
      let rest = m % 1000n;
      if (rest < 0n) { rest += 1000n; s -= 1n; }
      return dateTimeFromEpoch(Number(s), Number(rest) * 1_000_000);
    },
  },
  {
    name: 'duration', minArgs: 1, maxArgs: 1, deterministic: true,
    call([v]) {
      if (v === null) return null;
      if (typeof v === 'string') return parseDuration(v);
      if (v instanceof DurationValue) return v;
      if (isMap(v)) return durationFromMap(v);
      throw invalidType(`duration() cannot be called with a ${describe(v)}`);
    },
  },
  between('duration.between', 'all'),
  between('duration.inmonths', 'months'),
  between('duration.indays', 'days'),
  between('duration.inseconds', 'seconds'),
);

registerFunctions(...fns);

/** Names of the functions this module registers (lower case). */
export const TEMPORAL_FUNCTION_NAMES: readonly string[] = fns.map((f) => f.name);
