/** The current date, time and date-time, read from the statement/transaction/realtime clock. */
import { currentInstant, getDefaultZone, type ClockKind } from './clock.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';
import { offsetOf, type Zone } from './zones.ts';


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


/** The offset of a zone for a time of day without a date: a region's offset now. */
export function offsetForTime(zone: Zone): number {
  return zone.name === null ? zone.offset : offsetOf(zone, currentInstant('statement').epochSecond);
}

