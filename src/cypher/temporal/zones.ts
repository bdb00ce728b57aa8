/**
 * Time zones: fixed offsets (`+01:00`, `Z`) and IANA region names (`Europe/Stockholm`), whose rules
 * come from the platform's Intl (full ICU in Node 20). Offsets are whole seconds.
 */
import { floorDiv, SECONDS_PER_DAY } from './calendar.ts';
import { invalidValue } from './errors.ts';

/** A zone: `name` null means a fixed offset (`offset` seconds); otherwise an IANA region. */
export interface Zone { readonly name: string | null; readonly offset: number }

export const UTC: Zone = { name: null, offset: 0 };
const MAX_OFFSET = 18 * 3600;

const OFFSET_RE = /^([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/;

/** Parses `Z`, `+01`, `+0100`, `+01:00`, `-02:05:07`; undefined when the text is not an offset. */
export function parseOffset(text: string): number | undefined {
  if (text === 'Z' || text === 'z') return 0;
  const m = OFFSET_RE.exec(text);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] ? Number(m[3]) : 0;
  const seconds = m[4] ? Number(m[4]) : 0;
  if (minutes > 59 || seconds > 59) throw invalidValue(`Invalid time zone offset: '${text}'`);
  const total = hours * 3600 + minutes * 60 + seconds;
  if (total > MAX_OFFSET) throw invalidValue(`Time zone offset out of range: '${text}'`);
  return m[1] === '-' ? -total : total;
}

/** `Z`, `+01:00` or `+00:53:28`, as java.time's ZoneOffset.getId(). */
export function formatOffset(offset: number): string {
  if (offset === 0) return 'Z';
  const abs = Math.abs(offset);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const base = `${offset < 0 ? '-' : '+'}${pad2(h)}:${pad2(m)}`;
  return s === 0 ? base : `${base}:${pad2(s)}`;
}

function pad2(n: number): string { return n < 10 ? `0${n}` : String(n); }

const formatters = new Map<string, Intl.DateTimeFormat>();
const canonicalNames = new Map<string, string | null>();

function formatterFor(name: string): Intl.DateTimeFormat {
  let f = formatters.get(name);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: name, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(name, f);
  }
  return f;
}

/** The IANA name as the platform spells it, or null when the platform does not know it. */
export function canonicalZoneName(text: string): string | null {
  if (canonicalNames.has(text)) return canonicalNames.get(text)!;
  const name = text.replace(/ /g, '_');
  let result: string | null = null;
  if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) {
    try {
      const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
      result = resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
    } catch {
      result = null;
    }
  }
  canonicalNames.set(text, result);
  return result;
}

/** Parses a `timezone` value: an offset or a region name. */
export function parseZone(text: string): Zone {
  const offset = parseOffset(text);
  if (offset !== undefined) return { name: null, offset };
  const name = canonicalZoneName(text);
  if (name === null) throw invalidValue(`Invalid value for TimeZone: Text '${text}'`);
  return { name, offset: 0 };
}

const MAX_JS_MS = 8.64e15;

const hourCache = new Map<string, Map<number, number>>();
const HOUR_CACHE_LIMIT = 50_000;

/**
 * Offset in seconds of a region at an instant (epoch seconds); outside JS Date's range, the nearest known.
 * Offsets at whole hours are cached: when an hour starts and ends with the same offset, no transition
 * lies inside it (zones never change twice within an hour) and the cached value answers.
 */
export function offsetAtInstant(name: string, epochSecond: number): number {
  let cache = hourCache.get(name);
  if (!cache) hourCache.set(name, (cache = new Map()));
  const hour = Math.floor(epochSecond / 3600);
  const atHour = (h: number): number => {
    let o = cache!.get(h);
    if (o === undefined) {
      if (cache!.size >= HOUR_CACHE_LIMIT) cache!.clear();
      o = computeOffset(name, h * 3600);
      cache!.set(h, o);
    }
    return o;
  };
  const start = atHour(hour);
  if (epochSecond === hour * 3600) return start;
  return start === atHour(hour + 1) ? start : computeOffset(name, epochSecond);
}

function computeOffset(name: string, epochSecond: number): number {
  let ms = epochSecond * 1000;
  if (ms > MAX_JS_MS) ms = MAX_JS_MS;
  if (ms < -MAX_JS_MS) ms = -MAX_JS_MS;
  ms = Math.floor(ms / 1000) * 1000;
  const parts = formatterFor(name).formatToParts(new Date(ms));
  let year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year': year = Number(p.value); break;
      case 'month': month = Number(p.value); break;
      case 'day': day = Number(p.value); break;
      case 'hour': hour = Number(p.value); break;
      case 'minute': minute = Number(p.value); break;
      case 'second': second = Number(p.value); break;
      case 'era': bc = p.value === 'BC' || p.value === 'B'; break;
    }
  }
  if (bc) year = 1 - year;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return Math.round((d.getTime() - ms) / 1000);
}

export function offsetOf(zone: Zone, epochSecond: number): number {
  return zone.name === null ? zone.offset : offsetAtInstant(zone.name, epochSecond);
}

/**
 * The offset a local date-time takes in a zone, as java.time's ZonedDateTime.ofLocal: the only valid
 * offset; in an overlap the preferred offset if valid, else the earlier one; in a gap the local time
 * moves forward by the gap's length (returned as `shift` seconds).
 */
export function resolveLocal(zone: Zone, localSecond: number, preferred?: number): { offset: number; shift: number } {
  if (zone.name === null) return { offset: zone.offset, shift: 0 };
  const name = zone.name;
  const a = offsetAtInstant(name, localSecond - SECONDS_PER_DAY);
  const b = offsetAtInstant(name, localSecond + SECONDS_PER_DAY);
  const valid: number[] = [];
  for (const o of a === b ? [a] : [a, b]) {
    if (offsetAtInstant(name, localSecond - o) === o) valid.push(o);
  }
  if (valid.length === 0 && a === b) {
    // A transition inside the two days around: find the offsets by probing the instant directly.
    const guess = offsetAtInstant(name, localSecond - a);
    if (offsetAtInstant(name, localSecond - guess) === guess) valid.push(guess);
  }
  if (valid.length === 1) return { offset: valid[0], shift: 0 };
  if (valid.length === 2) {
    if (preferred !== undefined && valid.includes(preferred)) return { offset: preferred, shift: 0 };
    return { offset: Math.max(valid[0], valid[1]), shift: 0 };
  }
  const before = Math.min(a, b);
  const after = Math.max(a, b);
  return { offset: after, shift: after - before };
}

/** Splits epoch seconds into epoch day and second of day. */
export function splitSeconds(seconds: number): { epochDay: number; secondOfDay: number } {
  const epochDay = floorDiv(seconds, SECONDS_PER_DAY);
  return { epochDay, secondOfDay: seconds - epochDay * SECONDS_PER_DAY };
}
