/**
 * The five instant-like temporal types. Each holds a few numbers (epoch day, nanosecond of day, offset
 * seconds, zone name) and derives its fields on demand; all are immutable.
 *
 *   DateValue            epochDay
 *   LocalTimeValue       nanoOfDay
 *   TimeValue            nanoOfDay, offset (local time + offset)
 *   LocalDateTimeValue   epochDay, nanoOfDay
 *   DateTimeValue        epochDay, nanoOfDay (local), offset, zone (IANA name or null for a fixed offset)
 */
import type { TemporalValue } from '../values.ts';
import {
  civilFromEpochDay, dayOfQuarter, dayOfWeek, epochDayOf, NANOS_PER_DAY, NANOS_PER_SECOND, ordinalDay,
  quarterOf, SECONDS_PER_DAY, weekDateOf, type YearMonthDay,
} from './calendar.ts';
import { formatDate, formatTime } from './format.ts';
import { formatOffset, offsetOf, resolveLocal, splitSeconds, type Zone } from './zones.ts';

/** Date fields shared by DateValue, LocalDateTimeValue and DateTimeValue. */
abstract class DatePart {
  abstract readonly epochDay: number;
  private ymd?: YearMonthDay;
  protected civil(): YearMonthDay { return (this.ymd ??= civilFromEpochDay(this.epochDay)); }
  get year(): number { return this.civil().year; }
  get month(): number { return this.civil().month; }
  get day(): number { return this.civil().day; }
  get quarter(): number { return quarterOf(this.month); }
  get dayOfWeek(): number { return dayOfWeek(this.epochDay); }
  get ordinalDay(): number { return ordinalDay(this.epochDay, this.year); }
  get dayOfQuarter(): number { return dayOfQuarter(this.epochDay, this.year, this.month); }
  get week(): number { return weekDateOf(this.epochDay, this.year).week; }
  get weekYear(): number { return weekDateOf(this.epochDay, this.year).weekYear; }
}

function timeFields(nanoOfDay: number) {
  const secondOfDay = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  return {
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    nanosecond: nanoOfDay - secondOfDay * NANOS_PER_SECOND,
  };
}

export class DateValue extends DatePart implements TemporalValue {
  readonly temporalType = 'Date' as const;
  constructor(override readonly epochDay: number) { super(); }
  static of(year: number, month: number, day: number): DateValue { return new DateValue(epochDayOf(year, month, day)); }
  override toString(): string { return formatDate(this.epochDay); }
  toJSON(): string { return this.toString(); }
}

export class LocalTimeValue implements TemporalValue {
  readonly temporalType = 'LocalTime' as const;
  constructor(readonly nanoOfDay: number) {}
  get hour(): number { return timeFields(this.nanoOfDay).hour; }
  get minute(): number { return timeFields(this.nanoOfDay).minute; }
  get second(): number { return timeFields(this.nanoOfDay).second; }
  get nanosecond(): number { return timeFields(this.nanoOfDay).nanosecond; }
  toString(): string { return formatTime(this.nanoOfDay); }
  toJSON(): string { return this.toString(); }
}

export class TimeValue implements TemporalValue {
  readonly temporalType = 'Time' as const;
  /** offset: seconds east of UTC. */
  constructor(readonly nanoOfDay: number, readonly offset: number) {}
  get hour(): number { return timeFields(this.nanoOfDay).hour; }
  get minute(): number { return timeFields(this.nanoOfDay).minute; }
  get second(): number { return timeFields(this.nanoOfDay).second; }
  get nanosecond(): number { return timeFields(this.nanoOfDay).nanosecond; }
  /** Nanoseconds of the UTC day this time falls on (may lie outside 0…NANOS_PER_DAY). */
  get utcNanoOfDay(): number { return this.nanoOfDay - this.offset * NANOS_PER_SECOND; }
  toString(): string { return formatTime(this.nanoOfDay) + formatOffset(this.offset); }
  toJSON(): string { return this.toString(); }
}

export class LocalDateTimeValue extends DatePart implements TemporalValue {
  readonly temporalType = 'LocalDateTime' as const;
  constructor(override readonly epochDay: number, readonly nanoOfDay: number) { super(); }
  get hour(): number { return timeFields(this.nanoOfDay).hour; }
  get minute(): number { return timeFields(this.nanoOfDay).minute; }
  get second(): number { return timeFields(this.nanoOfDay).second; }
  get nanosecond(): number { return timeFields(this.nanoOfDay).nanosecond; }
  override toString(): string { return `${formatDate(this.epochDay)}T${formatTime(this.nanoOfDay)}`; }
  toJSON(): string { return this.toString(); }
}

export class DateTimeValue extends DatePart implements TemporalValue {
  readonly temporalType = 'DateTime' as const;
  /**
   * Local date and time, the offset in force (seconds) and the zone: an IANA name, or null when the
   * value has a fixed offset. Build through `DateTimeValue.ofLocal` / `ofInstant` so the offset is right.
   */
  constructor(override readonly epochDay: number, readonly nanoOfDay: number, readonly offset: number, readonly zoneName: string | null) { super(); }

  get zone(): Zone { return { name: this.zoneName, offset: this.offset }; }
  get hour(): number { return timeFields(this.nanoOfDay).hour; }
  get minute(): number { return timeFields(this.nanoOfDay).minute; }
  get second(): number { return timeFields(this.nanoOfDay).second; }
  get nanosecond(): number { return timeFields(this.nanoOfDay).nanosecond; }
  /** Seconds since 1970-01-01T00:00Z (exact while |year| < ~285 million). */
  get epochSecond(): number {
    return this.epochDay * SECONDS_PER_DAY + Math.floor(this.nanoOfDay / NANOS_PER_SECOND) - this.offset;
  }
  get epochSecondBig(): bigint {
    return BigInt(this.epochDay) * 86400n + BigInt(Math.floor(this.nanoOfDay / NANOS_PER_SECOND) - this.offset);
  }
  /** The name shown by `timezone`: the region, or the offset. */
  get timezone(): string { return this.zoneName ?? formatOffset(this.offset); }

  override toString(): string {
    const base = `${formatDate(this.epochDay)}T${formatTime(this.nanoOfDay)}${formatOffset(this.offset)}`;
    return this.zoneName === null ? base : `${base}[${this.zoneName}]`;
  }
  toJSON(): string { return this.toString(); }

  /** From a local date-time in a zone, resolving gaps and overlaps as java.time does. */
  static ofLocal(epochDay: number, nanoOfDay: number, zone: Zone, preferredOffset?: number): DateTimeValue {
    if (zone.name === null) return new DateTimeValue(epochDay, nanoOfDay, zone.offset, null);
    const { offset, shift } = resolveLocal(zone, localSecond(epochDay, nanoOfDay), preferredOffset);
    if (shift !== 0) ({ epochDay, nanoOfDay } = normalizeDayNanos(epochDay, nanoOfDay + shift * NANOS_PER_SECOND));
    return new DateTimeValue(epochDay, nanoOfDay, offset, zone.name);
  }

  /** From an instant (epoch seconds + nanos of second) in a zone. */
  static ofInstant(epochSecond: number, nano: number, zone: Zone): DateTimeValue {
    const offset = offsetOf(zone, epochSecond);
    const { epochDay, secondOfDay } = splitSeconds(epochSecond + offset);
    return new DateTimeValue(epochDay, secondOfDay * NANOS_PER_SECOND + nano, offset, zone.name);
  }
}

export function localSecond(epochDay: number, nanoOfDay: number): number {
  return epochDay * SECONDS_PER_DAY + Math.floor(nanoOfDay / NANOS_PER_SECOND);
}

export function normalizeDayNanos(epochDay: number, nanoOfDay: number): { epochDay: number; nanoOfDay: number } {
  if (nanoOfDay >= 0 && nanoOfDay < NANOS_PER_DAY) return { epochDay, nanoOfDay };
  const days = Math.floor(nanoOfDay / NANOS_PER_DAY);
  return { epochDay: epochDay + days, nanoOfDay: nanoOfDay - days * NANOS_PER_DAY };
}
