/**
 * Temporal values ⇄ Bolt structure fields. The engine's temporal classes print Cypher's ISO form
 * (`toString()`), which carries every field Bolt needs, so the codec works from that form: it does not
 * depend on the classes' internals. Decoding (driver → engine) goes the other way: fields → ISO string,
 * handed to a factory that builds the engine's value.
 */

const NANOS_PER_SECOND = 1_000_000_000n;
const NANOS_PER_DAY = 86_400n * NANOS_PER_SECOND;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function epochDay(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const DATE_RE = /^([+-]?\d{4,9})-(\d{2})-(\d{2})/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?/;
const OFFSET_RE = /^(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)/;

function parseDate(s: string): { days: number; rest: string } {
  const m = DATE_RE.exec(s);
  if (!m) throw new Error(`not an ISO date: ${s}`);
  return { days: epochDay(Number(m[1]), Number(m[2]), Number(m[3])), rest: s.slice(m[0].length) };
}

function parseTime(s: string): { nanos: bigint; rest: string } {
  const m = TIME_RE.exec(s);
  if (!m) throw new Error(`not an ISO time: ${s}`);
  const frac = (m[4] ?? '').padEnd(9, '0');
  const nanos = (BigInt(m[1]!) * 3600n + BigInt(m[2]!) * 60n + BigInt(m[3] ?? '0')) * NANOS_PER_SECOND + BigInt(frac || '0');
  return { nanos, rest: s.slice(m[0].length) };
}

function parseOffset(s: string): { seconds: number; rest: string } {
  const m = OFFSET_RE.exec(s);
  if (!m) return { seconds: 0, rest: s };
  const t = m[1]!;
  if (t === 'Z') return { seconds: 0, rest: s.slice(1) };
  const sign = t[0] === '-' ? -1 : 1;
  const digits = t.slice(1).replace(/:/g, '');
  const h = Number(digits.slice(0, 2)), mi = Number(digits.slice(2, 4) || '0'), se = Number(digits.slice(4, 6) || '0');
  return { seconds: sign * (h * 3600 + mi * 60 + se), rest: s.slice(m[0].length) };
}

export type TemporalFields =
  | { type: 'Date'; days: bigint }
  | { type: 'LocalTime'; nanos: bigint }
  | { type: 'Time'; nanos: bigint; offset: bigint }
  | { type: 'LocalDateTime'; seconds: bigint; nanos: bigint }
  | { type: 'DateTime'; seconds: bigint; nanos: bigint; offset: bigint; zone?: string; localSeconds: bigint }
  | { type: 'Duration'; months: bigint; days: bigint; seconds: bigint; nanos: bigint };

function splitNanos(total: bigint): { seconds: bigint; nanos: bigint } {
  let seconds = total / NANOS_PER_SECOND, nanos = total % NANOS_PER_SECOND;
  if (nanos < 0n) { nanos += NANOS_PER_SECOND; seconds -= 1n; }
  return { seconds, nanos };
}

/** Fields of a temporal value from its Cypher string form. */
export function temporalFields(type: string, text: string): TemporalFields {
  switch (type) {
    case 'Date': return { type, days: BigInt(parseDate(text).days) };
    case 'LocalTime': return { type, nanos: parseTime(text).nanos };
    case 'Time': {
      const t = parseTime(text);
      return { type, nanos: t.nanos, offset: BigInt(parseOffset(t.rest).seconds) };
    }
    case 'LocalDateTime': {
      const d = parseDate(text);
      const t = parseTime(d.rest.slice(1));
      const { seconds, nanos } = splitNanos(BigInt(d.days) * NANOS_PER_DAY + t.nanos);
      return { type, seconds, nanos };
    }
    case 'DateTime': {
      const d = parseDate(text);
      const t = parseTime(d.rest.slice(1));
      const o = parseOffset(t.rest);
      const zoneMatch = /^\[([^\]]+)\]/.exec(o.rest);
      const local = splitNanos(BigInt(d.days) * NANOS_PER_DAY + t.nanos);
      const out: TemporalFields = { type, seconds: local.seconds - BigInt(o.seconds), nanos: local.nanos, offset: BigInt(o.seconds), localSeconds: local.seconds };
      if (zoneMatch) out.zone = zoneMatch[1]!;
      return out;
    }
    case 'Duration': return durationFields(text);
  }
  throw new Error(`unknown temporal type ${type}`);
}

function durationFields(text: string): TemporalFields & { type: 'Duration' } {
  const m = /^P(?:([-+]?\d+)Y)?(?:([-+]?\d+)M)?(?:([-+]?\d+)W)?(?:([-+]?\d+)D)?(?:T(?:([-+]?\d+)H)?(?:([-+]?\d+)M)?(?:([-+]?\d+)(?:\.(\d{1,9}))?S)?)?$/.exec(text);
  if (!m) throw new Error(`not an ISO duration: ${text}`);
  const n = (x: string | undefined): bigint => BigInt(x ?? '0');
  const months = n(m[1]) * 12n + n(m[2]);
  const days = n(m[3]) * 7n + n(m[4]);
  const secText = m[7] ?? '0';
  const negative = secText.startsWith('-');
  const fracNanos = BigInt((m[8] ?? '').padEnd(9, '0') || '0') * (negative ? -1n : 1n);
  const total = (n(m[5]) * 3600n + n(m[6]) * 60n + BigInt(secText)) * NANOS_PER_SECOND + fracNanos;
  const { seconds, nanos } = splitNanos(total);
  return { type: 'Duration', months, days, seconds, nanos };
}

// ---- fields → Cypher string form (for values the driver sends) ----

const pad = (n: number | bigint, w = 2): string => String(n).padStart(w, '0');

export function formatDate(days: number): string {
  const { y, m, d } = civilFromDays(days);
  const year = y < 0 ? `-${pad(-y, 4)}` : y > 9999 ? `+${y}` : pad(y, 4);
  return `${year}-${pad(m)}-${pad(d)}`;
}

export function formatTime(nanosOfDay: bigint): string {
  const secs = nanosOfDay / NANOS_PER_SECOND;
  const frac = nanosOfDay % NANOS_PER_SECOND;
  const h = secs / 3600n, mi = (secs / 60n) % 60n, s = secs % 60n;
  let out = `${pad(h)}:${pad(mi)}:${pad(s)}`;
  if (frac > 0n) out += `.${pad(frac, 9).replace(/0+$/, '')}`;
  return out;
}

export function formatOffset(seconds: number): string {
  if (seconds === 0) return 'Z';
  const sign = seconds < 0 ? '-' : '+';
  const a = Math.abs(seconds);
  const base = `${sign}${pad(Math.floor(a / 3600))}:${pad(Math.floor(a / 60) % 60)}`;
  return a % 60 ? `${base}:${pad(a % 60)}` : base;
}

export function formatLocalDateTime(seconds: bigint, nanos: bigint): string {
  const total = seconds * NANOS_PER_SECOND + nanos;
  let days = total / NANOS_PER_DAY, rem = total % NANOS_PER_DAY;
  if (rem < 0n) { rem += NANOS_PER_DAY; days -= 1n; }
  return `${formatDate(Number(days))}T${formatTime(rem)}`;
}

/** Offset in seconds of `zone` at the UTC instant `epochSeconds`, from the platform's tz database. */
export function zoneOffsetAt(zone: string, epochSeconds: number): number {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(epochSeconds * 1000))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) / 1000;
  return Math.round(asUtc - Math.floor(epochSeconds));
}

export function formatDuration(months: bigint, days: bigint, seconds: bigint, nanos: bigint): string {
  const y = months / 12n, mo = months % 12n;
  let out = 'P';
  if (y) out += `${y}Y`;
  if (mo) out += `${mo}M`;
  if (days) out += `${days}D`;
  let total = seconds * NANOS_PER_SECOND + nanos;
  if (total !== 0n) {
    out += 'T';
    const neg = total < 0n;
    if (neg) total = -total;
    const h = total / (3600n * NANOS_PER_SECOND); total -= h * 3600n * NANOS_PER_SECOND;
    const mi = total / (60n * NANOS_PER_SECOND); total -= mi * 60n * NANOS_PER_SECOND;
    const s = total / NANOS_PER_SECOND, f = total % NANOS_PER_SECOND;
    const sg = neg ? '-' : '';
    if (h) out += `${sg}${h}H`;
    if (mi) out += `${sg}${mi}M`;
    if (s || f) out += `${sg}${s}${f ? `.${pad(f, 9).replace(/0+$/, '')}` : ''}S`;
  }
  return out === 'P' ? 'PT0S' : out;
}
