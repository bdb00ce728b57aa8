/**
 * `date.truncate(unit, value, overrides?)` and its siblings for localtime, time, localdatetime and
 * datetime: cut `value` down to the start of `unit` (millennium … microsecond), then set the fields of
 * `overrides` as when selecting from another value (`{day: 2}`, `{dayOfWeek: 2}`, `{nanosecond: 2}`,
 * `{timezone: 'Europe/Stockholm'}` — a new zone keeps the local fields).
 */
import type { CypherMap } from '../values.ts';
import {
  civilFromEpochDay, epochDayOf, floorDiv, NANOS_PER_SECOND, quarterOf, weekDateOf, weekOneMonday, dayOfWeek,
} from './calendar.ts';
import { getDefaultZone } from './clock.ts';
import {
  type AnyTemporalPoint, checkKeys, DATE_KEYS, hasDate, lowerKeys, resolveDate, resolveTime, TIME_KEYS, zoneField,
} from './fields.ts';
import { offsetForTime } from './now.ts';
import { invalidValue } from './errors.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';

export type TruncateTarget = 'Date' | 'LocalTime' | 'Time' | 'LocalDateTime' | 'DateTime';

const DATE_UNITS = ['millennium', 'century', 'decade', 'year', 'weekyear', 'quarter', 'month', 'week', 'day'] as const;
const TIME_UNITS: Record<string, number> = {
  day: 86_400 * NANOS_PER_SECOND,
  hour: 3600 * NANOS_PER_SECOND,
  minute: 60 * NANOS_PER_SECOND,
  second: NANOS_PER_SECOND,
  millisecond: 1_000_000,
  microsecond: 1000,
};

function truncateDay(epochDay: number, unit: string): number {
  const { year, month } = civilFromEpochDay(epochDay);
  switch (unit) {
    case 'millennium': return epochDayOf(floorDiv(year, 1000) * 1000, 1, 1);
    case 'century': return epochDayOf(floorDiv(year, 100) * 100, 1, 1);
    case 'decade': return epochDayOf(floorDiv(year, 10) * 10, 1, 1);
    case 'year': return epochDayOf(year, 1, 1);
    case 'weekyear': return weekOneMonday(weekDateOf(epochDay, year).weekYear);
    case 'quarter': return epochDayOf(year, (quarterOf(month) - 1) * 3 + 1, 1);
    case 'month': return epochDayOf(year, month, 1);
    case 'week': return epochDay - (dayOfWeek(epochDay) - 1);
    default: return epochDay;
  }
}

export function truncateTemporal(target: TruncateTarget, unitName: string, value: AnyTemporalPoint, overrides: CypherMap | null = null): AnyTemporalPoint {
  const unit = unitName.toLowerCase();
  const isDateUnit = (DATE_UNITS as readonly string[]).includes(unit);
  const timeStep = TIME_UNITS[unit];
  if (!isDateUnit && timeStep === undefined) throw invalidValue(`Unsupported unit for truncation: '${unitName}'`);
  const f = lowerKeys(overrides ?? {});
  const wantsDate = target === 'Date' || target === 'LocalDateTime' || target === 'DateTime';
  const wantsTime = target !== 'Date';

  if (target === 'Date' && !isDateUnit) throw invalidValue(`Cannot truncate a Date to the unit '${unitName}'`);
  if (!wantsDate && unit !== 'day' && isDateUnit) throw invalidValue(`Cannot truncate a ${target} to the unit '${unitName}'`);
  if (wantsDate && !hasDate(value)) throw invalidValue(`Cannot truncate a ${value.temporalType} to a ${target}`);
  if (!wantsDate && value instanceof DateValue) throw invalidValue(`Cannot truncate a Date to a ${target}`);

  const allowed = [
    ...(wantsDate ? DATE_KEYS : []), ...(wantsTime ? TIME_KEYS : []),
    ...(target === 'Time' || target === 'DateTime' ? ['timezone'] : []),
  ];
  checkKeys(f, allowed, target);

  const nano = value instanceof DateValue ? 0 : value.nanoOfDay;
  const truncatedNano = isDateUnit ? 0 : Math.floor(nano / timeStep) * timeStep;
  const nanoOfDay = wantsTime ? resolveTime(f, truncatedNano, 'truncate') : 0;

  if (target === 'LocalTime') return new LocalTimeValue(nanoOfDay);
  if (target === 'Time') {
    const zone = zoneField(f);
    const offset = zone !== undefined ? offsetForTime(zone)
      : value instanceof TimeValue || value instanceof DateTimeValue ? value.offset : offsetForTime(getDefaultZone());
    return new TimeValue(nanoOfDay, offset);
  }
  const dated = value as DateValue | LocalDateTimeValue | DateTimeValue;
  const epochDay = resolveDate(f, isDateUnit ? truncateDay(dated.epochDay, unit) : dated.epochDay);
  if (target === 'Date') return new DateValue(epochDay);
  if (target === 'LocalDateTime') return new LocalDateTimeValue(epochDay, nanoOfDay);
  const zone = zoneField(f) ?? (dated instanceof DateTimeValue ? dated.zone : getDefaultZone());
  const preferred = dated instanceof DateTimeValue ? dated.offset : undefined;
  return DateTimeValue.ofLocal(epochDay, nanoOfDay, zone, preferred);
}
