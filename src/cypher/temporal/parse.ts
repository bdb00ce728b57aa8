/**
 * ISO 8601 strings → temporal values, in the forms Neo4j accepts: calendar (`2015-07-21`, `20150721`,
 * `2015-07`, `2015`), week (`2015-W30-2`, `2015W302`, `2015-W30`), ordinal (`2015-202`, `2015202`) dates;
 * times `21:40:32.142`, `214032.142`, `21:40`, `21` with `Z`, `+01`, `+0100`, `+01:00` offsets; date-times
 * `<date>T<time>[offset][[Zone/Name]]`; durations `P1Y2M10DT12H45M30.25S`, `P2.5W`, `P2012-02-02T14:37:21.545`.
 */
import {
  daysInMonth, daysInYear, epochDayOf, epochDayOfWeekDate, MAX_YEAR, MIN_YEAR, NANOS_PER_SECOND, weeksInWeekYear,
} from './calendar.ts';
import * as dec from './decimal.ts';
import { approximateDuration, DurationValue } from './duration.ts';
import { invalidValue } from './errors.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';
import { canonicalZoneName, parseOffset, type Zone } from './zones.ts';

const DATE_RE =
  /^(?<year>[0-9]{4}|[+-][0-9]{1,9})(?:-(?<longMonth>[0-9]{1,2})(?:-(?<longDay>[0-9]{1,2}))?|(?<shortMonth>[0-9]{2})(?<shortDay>[0-9]{2})?|-?W(?<week>[0-9]{1,2})(?:-?(?<dayOfWeek>[0-9]))?|-?(?<ordinalDay>[0-9]{3}))?$/i;

const TIME_RE =
  /^(?<hour>[0-9]{1,2})(?::(?<longMinute>[0-9]{1,2})(?::(?<longSecond>[0-9]{1,2})(?:[.,](?<longFraction>[0-9]{1,9}))?)?|(?<shortMinute>[0-9]{2})(?:(?<shortSecond>[0-9]{2})(?:[.,](?<shortFraction>[0-9]{1,9}))?)?)?$/;

const ZONE_SUFFIX_RE = /(?<offset>[zZ]|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)?(?:\[(?<name>[^\]]+)\])?$/;

function fail(kind: string, text: string): never {
  throw invalidValue(`Text cannot be parsed to a ${kind}\n"${text}"`);
}

function checkYear(year: number, text: string): void {
  if (year < MIN_YEAR || year > MAX_YEAR) throw invalidValue(`Invalid value for Year: ${year} (in '${text}')`);
}

/** Epoch day of a date string. */
export function parseDateText(text: string): number {
  const m = DATE_RE.exec(text);
  if (!m?.groups) return fail('Date', text);
  const g = m.groups;
  const year = Number(g.year);
  checkYear(year, text);
  if (g.week !== undefined) {
    const week = Number(g.week);
    const dow = g.dayOfWeek !== undefined ? Number(g.dayOfWeek) : 1;
    if (week < 1 || week > weeksInWeekYear(year)) throw invalidValue(`Invalid week ${week} for week-year ${year} in '${text}'`);
    if (dow < 1 || dow > 7) throw invalidValue(`Invalid day of week ${dow} in '${text}'`);
    return epochDayOfWeekDate(year, week, dow);
  }
  if (g.ordinalDay !== undefined) {
    const od = Number(g.ordinalDay);
    if (od < 1 || od > daysInYear(year)) throw invalidValue(`Invalid ordinal day ${od} in '${text}'`);
    return epochDayOf(year, 1, 1) + od - 1;
  }
  const month = Number(g.longMonth ?? g.shortMonth ?? 1);
  const day = Number(g.longDay ?? g.shortDay ?? 1);
  if (month < 1 || month > 12) throw invalidValue(`Invalid value for MonthOfYear: ${month} (in '${text}')`);
  if (day < 1 || day > daysInMonth(year, month)) throw invalidValue(`Invalid date '${text}'`);
  return epochDayOf(year, month, day);
}

/** Nanosecond of day of a time string without zone. */
export function parseTimeText(text: string): number {
  const m = TIME_RE.exec(text);
  if (!m?.groups) return fail('Time', text);
  const g = m.groups;
  const hour = Number(g.hour);
  const minute = Number(g.longMinute ?? g.shortMinute ?? 0);
  const second = Number(g.longSecond ?? g.shortSecond ?? 0);
  const fraction = g.longFraction ?? g.shortFraction;
  const nano = fraction ? Number(fraction.padEnd(9, '0')) : 0;
  if (hour > 23 || minute > 59 || second > 59) throw invalidValue(`Invalid time '${text}'`);
  return ((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + nano;
}

interface ZoneSuffix { rest: string; offset?: number; zoneName?: string }

function splitZone(text: string, kind: string): ZoneSuffix {
  const m = ZONE_SUFFIX_RE.exec(text);
  if (!m || m[0] === '' || !m.groups) return { rest: text };
  const rest = text.slice(0, m.index);
  const g = m.groups;
  const offset = g.offset !== undefined ? parseOffset(g.offset) : undefined;
  let zoneName: string | undefined;
  if (g.name !== undefined) {
    const name = canonicalZoneName(g.name);
    if (name === null) {
      const asOffset = parseOffset(g.name);
      if (asOffset === undefined) fail(kind, text);
      return { rest, offset: offset ?? asOffset };
    }
    zoneName = name;
  }
  return { rest, offset, zoneName };
}

/** Splits `<date>T<time>`; the time part may be absent. */
function splitDateTime(text: string, kind: string): { date: string; time?: string } {
  const t = text.search(/[Tt]/);
  if (t < 0) return { date: text };
  if (t === 0 || t === text.length - 1) return fail(kind, text);
  return { date: text.slice(0, t), time: text.slice(t + 1) };
}

export function parseDate(text: string): DateValue {
  return new DateValue(parseDateText(text.trim()));
}

export function parseLocalTime(text: string): LocalTimeValue {
  return new LocalTimeValue(parseTimeText(text.trim()));
}

/** A time string; a missing offset means the default zone's. */
export function parseTime(text: string, defaultOffset: () => number): TimeValue {
  const s = text.trim();
  const z = splitZone(s, 'Time');
  if (z.zoneName !== undefined && z.offset === undefined) return fail('Time', text);
  return new TimeValue(parseTimeText(z.rest), z.offset ?? defaultOffset());
}

export function parseLocalDateTime(text: string): LocalDateTimeValue {
  const { date, time } = splitDateTime(text.trim(), 'LocalDateTime');
  return new LocalDateTimeValue(parseDateText(date), time === undefined ? 0 : parseTimeText(time));
}

/**
 * A date-time string. With a `[Zone/Name]` the zone rules give the offset (a stated offset is
 * preferred when valid); with only an offset the zone is fixed; with neither, the default zone.
 */
export function parseDateTime(text: string, defaultZone: () => Zone): DateTimeValue {
  const s = text.trim();
  const { date, time } = splitDateTime(s, 'DateTime');
  let epochDay: number;
  let nanoOfDay = 0;
  let z: ZoneSuffix;
  if (time === undefined) {
    const bracket = /\[([^\]]+)\]$/.exec(date);
    z = { rest: bracket ? date.slice(0, bracket.index) : date };
    if (bracket) {
      const name = canonicalZoneName(bracket[1]);
      if (name === null) return fail('DateTime', text);
      z.zoneName = name;
    }
    epochDay = parseDateText(z.rest);
  } else {
    epochDay = parseDateText(date);
    z = splitZone(time, 'DateTime');
    nanoOfDay = parseTimeText(z.rest);
  }
  if (z.zoneName !== undefined) {
    const v = DateTimeValue.ofLocal(epochDay, nanoOfDay, { name: z.zoneName, offset: 0 }, z.offset);
    if (z.offset !== undefined && (v.offset !== z.offset || v.nanoOfDay !== nanoOfDay)) {
      throw invalidValue(`Timezone and offset do not match: ${text}`);
    }
    return v;
  }
  if (z.offset !== undefined) return new DateTimeValue(epochDay, nanoOfDay, z.offset, null);
  return DateTimeValue.ofLocal(epochDay, nanoOfDay, defaultZone());
}

const NUM = '([-+]?[0-9]+(?:[.,][0-9]+)?)';
const DURATION_RE = new RegExp(
  `^([-+]?)P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?` +
  `(?:T(?:${NUM}H)?(?:${NUM}M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{1,9}))?S)?)?$`, 'i');
/** `P2012-02-02T14:37:21.545`, `P20120202T143721`, `PT14:37`: a duration written like a date-time. */
const DURATION_DATE_RE = new RegExp(
  '^([-+]?)P(?:([0-9]{4})(?:-([0-9]{2})-([0-9]{2})|([0-9]{2})([0-9]{2})))?' +
  '(?:T(?:([0-9]{2})(?:([0-9]{2})(?:([0-9]{2})(?:[.,]([0-9]{1,9}))?)?)?|([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?))?$', 'i');

function dateBasedDuration(m: RegExpExecArray, text: string): DurationValue {
  const [, sign, year, longMonth, longDay, shortMonth, shortDay, sh, smi, ss, sf, lh, lmi, ls, lf] = m;
  const num = (x: string | undefined) => (x === undefined ? 0 : Number(x));
  const month = num(longMonth ?? shortMonth), day = num(longDay ?? shortDay);
  const hour = num(sh ?? lh), minute = num(smi ?? lmi), second = num(ss ?? ls);
  const frac = sf ?? lf;
  if (month > 12 || day > 31 || hour > 24 || minute > 60 || second > 60) {
    throw invalidValue(`Duration component out of range in '${text}'`);
  }
  const v = new DurationValue(
    BigInt(num(year)) * 12n + BigInt(month), BigInt(day),
    BigInt(hour * 3600 + minute * 60 + second), frac ? BigInt(frac.padEnd(9, '0')) : 0n,
  );
  return sign === '-' ? v.negate() : v;
}

function decimalOf(s: string | undefined): dec.Decimal {
  if (s === undefined) return dec.ZERO;
  const t = s.replace(',', '.');
  const m = /^([-+]?)([0-9]+)(?:\.([0-9]+))?$/.exec(t)!;
  const frac = m[3] ?? '';
  const n = BigInt(m[2] + frac);
  return { n: m[1] === '-' ? -n : n, scale: frac.length };
}

export function parseDuration(text: string): DurationValue {
  const s = text.trim();
  const m = DURATION_RE.exec(s);
  if (!m || /T$/i.test(s) || /^[-+]?P$/i.test(s)) {
    const alt = DURATION_DATE_RE.exec(s);
    if (alt && !/^[-+]?P$/i.test(s) && !/T$/i.test(s)) return dateBasedDuration(alt, text);
    throw invalidValue(`Text cannot be parsed to a Duration\n"${text}"`);
  }
  const [, sign, years, months, weeks, days, hours, minutes, secs, subsecs] = m;
  // Only the last component given may have a fraction (`P1.5Y` but not `P1.5Y2M`).
  const parts = [years, months, weeks, days, hours, minutes, secs];
  const fractional = parts.findIndex((x) => x !== undefined && /[.,]/.test(x));
  if (fractional >= 0 && parts.slice(fractional + 1).some((x) => x !== undefined)) {
    throw invalidValue(`Text cannot be parsed to a Duration\n"${text}"`);
  }
  const monthsD = dec.add(dec.mulInt(decimalOf(years), 12n), decimalOf(months));
  const daysD = dec.add(dec.mulInt(decimalOf(weeks), 7n), decimalOf(days));
  let secondsD = dec.add(dec.mulInt(decimalOf(hours), 3600n), dec.mulInt(decimalOf(minutes), 60n));
  let nanosD = dec.ZERO;
  if (secs !== undefined) {
    secondsD = dec.add(secondsD, decimalOf(secs));
    if (subsecs !== undefined) {
      const n = BigInt(subsecs.padEnd(9, '0'));
      nanosD = dec.fromBigInt(secs.startsWith('-') ? -n : n);
    }
  }
  const v = approximateDuration(monthsD, daysD, secondsD, nanosD);
  return sign === '-' ? v.negate() : v;
}
