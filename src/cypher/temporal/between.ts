/**
 * duration.between / inMonths / inDays / inSeconds, as Neo4j computes them:
 * - a value without a date takes the other's date, a value without a zone takes the other's zone (so a
 *   local time is read in the zone of the date-time it is compared with);
 * - with two zones, the end is moved to the start's zone (same instant);
 * - `between` counts whole months, then whole days (on local date-times, java.time's until), then the
 *   rest in seconds and nanoseconds (on the time line when zoned); months and days only when both
 *   values have a date.
 */
import { civilFromEpochDay, monthsBetween, NANOS_PER_DAY, NANOS_PER_SECOND, plusMonths, epochDayOf } from './calendar.ts';
import { type AnyTemporalPoint, hasDate } from './fields.ts';
import { DurationValue } from './duration.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';
import type { Zone } from './zones.ts';

export type BetweenUnit = 'all' | 'months' | 'days' | 'seconds';

interface Frame { day: number | undefined; nano: number; zone: Zone | undefined; zoned?: DateTimeValue }

function frameOf(v: AnyTemporalPoint): Frame {
  if (v instanceof DateValue) return { day: v.epochDay, nano: 0, zone: undefined };
  if (v instanceof LocalTimeValue) return { day: undefined, nano: v.nanoOfDay, zone: undefined };
  if (v instanceof TimeValue) return { day: undefined, nano: v.nanoOfDay, zone: { name: null, offset: v.offset } };
  if (v instanceof LocalDateTimeValue) return { day: v.epochDay, nano: v.nanoOfDay, zone: undefined };
  return { day: v.epochDay, nano: v.nanoOfDay, zone: v.zone, zoned: v };
}

const DAY = BigInt(NANOS_PER_DAY);

function instantNanos(v: DateTimeValue): bigint {
  return BigInt(v.epochDay) * DAY + BigInt(v.nanoOfDay - v.offset * NANOS_PER_SECOND);
}

/** Local date-time `until` for date units: the end date steps back a day when its time is earlier. */
function untilEndDay(fromDay: number, fromNano: number, toDay: number, toNano: number): number {
  if (toDay > fromDay && toNano < fromNano) return toDay - 1;
  if (toDay < fromDay && toNano > fromNano) return toDay + 1;
  return toDay;
}

function addMonthsToDay(day: number, months: number): number {
  const ymd = plusMonths(civilFromEpochDay(day), months);
  return epochDayOf(ymd.year, ymd.month, ymd.day);
}

export function durationBetween(from: AnyTemporalPoint, to: AnyTemporalPoint, unit: BetweenUnit = 'all'): DurationValue {
  const bothDated = hasDate(from) && hasDate(to);
  const f = frameOf(from);
  const t = frameOf(to);
  if (f.day === undefined) f.day = t.day;
  if (t.day === undefined) t.day = f.day;
  if (f.zone === undefined && t.zone !== undefined) f.zone = t.zone;
  if (t.zone === undefined && f.zone !== undefined) t.zone = f.zone;

  if (!bothDated) {
    if (unit === 'months' || unit === 'days') return DurationValue.ZERO;
    if (f.day === undefined || t.day === undefined || f.zone === undefined || t.zone === undefined) {
      // Two times of day, local or with fixed offsets: the difference on the time line.
      const fo = f.zone?.offset ?? 0, to_ = t.zone?.offset ?? 0;
      return new DurationValue(0n, 0n, 0n, BigInt(t.nano - to_ * NANOS_PER_SECOND) - BigInt(f.nano - fo * NANOS_PER_SECOND));
    }
  }

  if (f.zone !== undefined && t.zone !== undefined) {
    const start = f.zoned ?? DateTimeValue.ofLocal(f.day!, f.nano, f.zone);
    const endAny = t.zoned ?? DateTimeValue.ofLocal(t.day!, t.nano, t.zone);
    if (!bothDated || unit === 'seconds') {
      return new DurationValue(0n, 0n, 0n, instantNanos(endAny) - instantNanos(start));
    }
    const end = endAny.zoneName === start.zoneName && endAny.offset === start.offset
      ? endAny : DateTimeValue.ofInstant(endAny.epochSecond, endAny.nanosecond, start.zone);
    let months = 0;
    if (unit === 'all' || unit === 'months') {
      months = monthsBetween(civilFromEpochDay(start.epochDay), civilFromEpochDay(untilEndDay(start.epochDay, start.nanoOfDay, end.epochDay, end.nanoOfDay)));
      if (unit === 'months') return new DurationValue(BigInt(months), 0n, 0n, 0n);
    }
    const afterMonths = months === 0 ? start : DateTimeValue.ofLocal(addMonthsToDay(start.epochDay, months), start.nanoOfDay, start.zone, start.offset);
    const days = untilEndDay(afterMonths.epochDay, afterMonths.nanoOfDay, end.epochDay, end.nanoOfDay) - afterMonths.epochDay;
    if (unit === 'days') return new DurationValue(0n, BigInt(days), 0n, 0n);
    const afterDays = days === 0 ? afterMonths : DateTimeValue.ofLocal(afterMonths.epochDay + days, afterMonths.nanoOfDay, afterMonths.zone, afterMonths.offset);
    return new DurationValue(BigInt(months), BigInt(days), 0n, instantNanos(end) - instantNanos(afterDays));
  }

  // Both local date-times.
  const fd = f.day!, td = t.day!;
  const localNanos = (d1: number, n1: number) => BigInt(td - d1) * DAY + BigInt(t.nano - n1);
  if (!bothDated || unit === 'seconds') return new DurationValue(0n, 0n, 0n, localNanos(fd, f.nano));
  let months = 0;
  if (unit === 'all' || unit === 'months') {
    months = monthsBetween(civilFromEpochDay(fd), civilFromEpochDay(untilEndDay(fd, f.nano, td, t.nano)));
    if (unit === 'months') return new DurationValue(BigInt(months), 0n, 0n, 0n);
  }
  const d1 = months === 0 ? fd : addMonthsToDay(fd, months);
  const days = untilEndDay(d1, f.nano, td, t.nano) - d1;
  if (unit === 'days') return new DurationValue(0n, BigInt(days), 0n, 0n);
  return new DurationValue(BigInt(months), BigInt(days), 0n, localNanos(d1 + days, f.nano));
}
