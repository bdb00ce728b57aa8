/** Conversions between temporal types: `date(dt)`, `localtime(t)`, `time(ldt)`, `datetime(d)`, … */
import { getDefaultZone } from './clock.ts';
import { invalidType } from './errors.ts';
import type { AnyTemporalPoint } from './fields.ts';
import { offsetForTime } from './now.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';

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

