/**
 * Proleptic Gregorian calendar arithmetic on epoch days (days since 1970-01-01), as java.time does it,
 * so that years from -999,999,999 to +999,999,999 stay exact in plain JS numbers.
 * ISO weeks: week 1 is the week holding January 4th; Monday is day 1.
 */

export const MIN_YEAR = -999_999_999;
export const MAX_YEAR = 999_999_999;
export const NANOS_PER_SECOND = 1_000_000_000;
export const NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND;
export const SECONDS_PER_DAY = 86_400;

const DAYS_0000_TO_1970 = 719_528;
const DAYS_PER_CYCLE = 146_097;

/** Integer division truncating toward zero, as Java's `/` on longs. */
export function quot(a: number, b: number): number { return Math.trunc(a / b); }
/** Floor division and modulo. */
export function floorDiv(a: number, b: number): number { return Math.floor(a / b); }
export function floorMod(a: number, b: number): number { return a - Math.floor(a / b) * b; }

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function daysInYear(year: number): number { return isLeapYear(year) ? 366 : 365; }

export interface YearMonthDay { year: number; month: number; day: number }

export function epochDayOf(year: number, month: number, day: number): number {
  const y = year;
  let total = 365 * y;
  if (y >= 0) total += quot(y + 3, 4) - quot(y + 99, 100) + quot(y + 399, 400);
  else total -= quot(y, -4) - quot(y, -100) + quot(y, -400);
  total += quot(367 * month - 362, 12);
  total += day - 1;
  if (month > 2) {
    total--;
    if (!isLeapYear(year)) total--;
  }
  return total - DAYS_0000_TO_1970;
}

export function civilFromEpochDay(epochDay: number): YearMonthDay {
  let zeroDay = epochDay + DAYS_0000_TO_1970 - 60;
  let adjust = 0;
  if (zeroDay < 0) {
    const adjustCycles = quot(zeroDay + 1, DAYS_PER_CYCLE) - 1;
    adjust = adjustCycles * 400;
    zeroDay += -adjustCycles * DAYS_PER_CYCLE;
  }
  let yearEst = quot(400 * zeroDay + 591, DAYS_PER_CYCLE);
  let doyEst = zeroDay - (365 * yearEst + quot(yearEst, 4) - quot(yearEst, 100) + quot(yearEst, 400));
  if (doyEst < 0) {
    yearEst--;
    doyEst = zeroDay - (365 * yearEst + quot(yearEst, 4) - quot(yearEst, 100) + quot(yearEst, 400));
  }
  yearEst += adjust;
  const marchMonth0 = quot(doyEst * 5 + 2, 153);
  const month = ((marchMonth0 + 2) % 12) + 1;
  const day = doyEst - quot(marchMonth0 * 306 + 5, 10) + 1;
  yearEst += quot(marchMonth0, 10);
  return { year: yearEst, month, day };
}

/** 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function dayOfWeek(epochDay: number): number {
  return floorMod(epochDay + 3, 7) + 1;
}

export function ordinalDay(epochDay: number, year: number): number {
  return epochDay - epochDayOf(year, 1, 1) + 1;
}

export function quarterOf(month: number): number { return Math.floor((month - 1) / 3) + 1; }

export function dayOfQuarter(epochDay: number, year: number, month: number): number {
  const firstMonth = (quarterOf(month) - 1) * 3 + 1;
  return epochDay - epochDayOf(year, firstMonth, 1) + 1;
}

/** Epoch day of the Monday of ISO week 1 of `weekYear`. */
export function weekOneMonday(weekYear: number): number {
  const jan4 = epochDayOf(weekYear, 1, 4);
  return jan4 - (dayOfWeek(jan4) - 1);
}

export function weeksInWeekYear(weekYear: number): number {
  return (weekOneMonday(weekYear + 1) - weekOneMonday(weekYear)) / 7;
}

export interface WeekDate { weekYear: number; week: number; dayOfWeek: number }

export function weekDateOf(epochDay: number, year: number): WeekDate {
  let weekYear = year;
  let start = weekOneMonday(year);
  if (epochDay < start) {
    weekYear = year - 1;
    start = weekOneMonday(weekYear);
  } else {
    const next = weekOneMonday(year + 1);
    if (epochDay >= next) {
      weekYear = year + 1;
      start = next;
    }
  }
  return { weekYear, week: Math.floor((epochDay - start) / 7) + 1, dayOfWeek: dayOfWeek(epochDay) };
}

export function epochDayOfWeekDate(weekYear: number, week: number, dow: number): number {
  return weekOneMonday(weekYear) + (week - 1) * 7 + (dow - 1);
}

/** Months since year 0, as java.time's prolepticMonth. */
export function prolepticMonth(year: number, month: number): number { return year * 12 + month - 1; }

/** Adds months to a date, clamping the day to the target month's length (LocalDate.plusMonths). */
export function plusMonths(ymd: YearMonthDay, months: number): YearMonthDay {
  if (months === 0) return ymd;
  const pm = prolepticMonth(ymd.year, ymd.month) + months;
  const year = floorDiv(pm, 12);
  const month = floorMod(pm, 12) + 1;
  return { year, month, day: Math.min(ymd.day, daysInMonth(year, month)) };
}

/** Whole months from a to b (LocalDate.until(…, MONTHS)), truncated toward zero. */
export function monthsBetween(a: YearMonthDay, b: YearMonthDay): number {
  const packed1 = prolepticMonth(a.year, a.month) * 32 + a.day;
  const packed2 = prolepticMonth(b.year, b.month) * 32 + b.day;
  return quot(packed2 - packed1, 32);
}
