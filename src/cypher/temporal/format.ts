/** String forms of dates and times, exactly as java.time's toString() (which Neo4j and the TCK print). */
import { civilFromEpochDay, NANOS_PER_SECOND } from './calendar.ts';

function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}

/** `2015-07-21`, `-0001-01-01`, `+10000-01-01` (LocalDate.toString). */
export function formatDate(epochDay: number): string {
  const { year, month, day } = civilFromEpochDay(epochDay);
  let y: string;
  const abs = Math.abs(year);
  if (abs < 1000) y = (year < 0 ? '-' : '') + pad(abs, 4);
  else y = (year > 9999 ? '+' : year < 0 ? '-' : '') + String(abs);
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `12:31`, `12:31:14`, `12:31:14.645`, `.645876`, `.645876123` (LocalTime.toString). */
export function formatTime(nanoOfDay: number): string {
  const secondOfDay = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  const nano = nanoOfDay - secondOfDay * NANOS_PER_SECOND;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  let s = `${pad(hour, 2)}:${pad(minute, 2)}`;
  if (second > 0 || nano > 0) {
    s += `:${pad(second, 2)}`;
    if (nano > 0) {
      if (nano % 1_000_000 === 0) s += '.' + pad(nano / 1_000_000, 3);
      else if (nano % 1000 === 0) s += '.' + pad(nano / 1000, 6);
      else s += '.' + pad(nano, 9);
    }
  }
  return s;
}

/** Fraction digits without trailing zeros, for durations: 500000000 → `5`. */
export function trimmedFraction(nanos: number): string {
  return pad(nanos, 9).replace(/0+$/, '');
}
