/**
 * Dates to ISO 8601: `2025-12-10` for a day, `2025-12-10T13:57:52Z` (UTC) for an instant.
 * Understands ISO forms, RFC 2822, JavaScript's Date#toString
 * (`Wed Dec 10 2025 13:57:52 GMT+0000 (Coordinated Universal Time)`), English month names
 * (`December 10, 2025`, `10 Dec 2025`) and French ones (`10 décembre 2025`, `1er mars 2024`).
 * Anything else gives undefined: a date is either ISO or absent.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?\d*)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};
const FRENCH_DAY = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(\d{1,2})(?:er)?\s+([a-zéû]+)\s+(\d{4})$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoInstant(value.getTime());
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text) return undefined;

  const day = ISO_DAY.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    return validDay(y, m, d) ? text : undefined;
  }

  const instant = ISO_INSTANT.exec(text);
  if (instant) {
    const [y, m, d] = [Number(instant[1]), Number(instant[2]), Number(instant[3])];
    if (!validDay(y, m, d)) return undefined;
    // No zone stated: read as UTC rather than as the machine's local time, for reproducible ids and dates.
    const zone = instant[8] ? instant[8].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z';
    const ms = Date.parse(`${instant[1]}-${instant[2]}-${instant[3]}T${instant[4]}:${instant[5]}:${instant[6] ?? '00'}${instant[7] ?? ''}${zone}`);
    return Number.isNaN(ms) ? undefined : isoInstant(ms);
  }

  const french = FRENCH_DAY.exec(text.toLowerCase());
  if (french) {
    const month = FRENCH_MONTHS[french[2]!];
    const [y, d] = [Number(french[3]), Number(french[1])];
    return month && validDay(y, month, d) ? `${y}-${pad(month)}-${pad(d)}` : undefined;
  }

  // Other forms: only when they state a four-digit year and a month name or a time, since
  // Date.parse also accepts fragments such as "1" or "12/10".
  if (!/\b\d{4}\b/.test(text) || !/[a-z]{3}/i.test(text)) return undefined;
  const withoutComment = text.replace(/\s*\([^)]*\)\s*$/, ''); // "(Coordinated Universal Time)"
  const hasTime = /\d{1,2}:\d{2}/.test(withoutComment);
  const hasZone = /(?:GMT|UTC|Z\b|[+-]\d{2}:?\d{2}\b)/.test(withoutComment);
  const ms = Date.parse(hasTime && !hasZone ? `${withoutComment} UTC` : hasTime ? withoutComment : `${withoutComment} 00:00 UTC`);
  if (Number.isNaN(ms)) return undefined;
  return hasTime ? isoInstant(ms) : isoInstant(ms).slice(0, 10);
}
