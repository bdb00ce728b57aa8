/**
 * Calendar dates as the time rules use them: ISO `YYYY-MM-DD` strings, which compare correctly as
 * strings. Article dates may carry a time ("2025-12-10T13:57:52Z"); a report date is its day.
 */

export type IsoDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day an article was published, or undefined when its date is unknown or unreadable. */
const reportDays = new Map<string, IsoDate | undefined>();

export function reportDate(articleDate: unknown): IsoDate | undefined {
  if (typeof articleDate !== 'string') return undefined;
  if (reportDays.has(articleDate)) return reportDays.get(articleDate);
  const m = ISO_DAY.exec(articleDate.trim());
  const day = m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (reportDays.size > 100_000) reportDays.clear();
  reportDays.set(articleDate, day);
  return day;
}

export function validDay(year: number, month: number, day: number): IsoDate | undefined {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function startOfYear(year: number): IsoDate { return validDay(year, 1, 1)!; }
export function endOfYear(year: number): IsoDate { return validDay(year, 12, 31)!; }
export function startOfMonth(year: number, month: number): IsoDate { return validDay(year, month, 1)!; }
export function endOfMonth(year: number, month: number): IsoDate { return validDay(year, month, daysInMonth(year, month))!; }

/** Days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The day before (a fact closed by an article of day D last held on D − 1). */
export function dayBefore(day: IsoDate): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export function minDate(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  return a === undefined ? b : b === undefined ? a : a <= b ? a : b;
}
export function maxDate(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  return a === undefined ? b : b === undefined ? a : a >= b ? a : b;
}

export class DateArgumentError extends Error {}

/**
 * A date the user gives (`--as-of`, `?asOf=`, diff ends): `YYYY-MM-DD`, or a full ISO timestamp (its
 * day). A year or a month alone is refused: "as of 2025" could mean its first or its last day.
 */
export function parseDateArgument(text: string, what = 'date'): IsoDate {
  const t = text.trim();
  const day = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(t) ? reportDate(t) : undefined;
  if (!day) throw new DateArgumentError(`${what} '${text}' is not a date: write YYYY-MM-DD (e.g. 2025-02-01)`);
  return day;
}
