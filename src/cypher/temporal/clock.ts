/**
 * Where "now" comes from. `realtime` reads the system clock on every call; `statement` and `transaction`
 * are frozen for the duration of one statement: the engine may call `beginStatement()` when it starts a
 * query, and without that the instant is frozen until the current macrotask ends (a synchronous query
 * sees one instant, so `localtime() = localtime()` holds). The default zone is UTC unless set.
 */
import { type Zone, UTC } from './zones.ts';

export interface Instant { epochSecond: number; nano: number }

const wallAtLoad = BigInt(Date.now()) * 1_000_000n;
const hrAtLoad = process.hrtime.bigint();

function systemInstant(): Instant {
  const ns = wallAtLoad + (process.hrtime.bigint() - hrAtLoad);
  const sec = ns / 1_000_000_000n;
  return { epochSecond: Number(sec), nano: Number(ns - sec * 1_000_000_000n) };
}

let frozen: Instant | null = null;
let explicit = false;
let defaultZone: Zone = UTC;

/** Freezes the statement/transaction clock at `at` (default: now) until `endStatement()` or the next call. */
export function beginStatement(at?: Instant): void {
  frozen = at ?? systemInstant();
  explicit = true;
}

export function endStatement(): void {
  frozen = null;
  explicit = false;
}

export type ClockKind = 'statement' | 'transaction' | 'realtime';

export function currentInstant(kind: ClockKind = 'statement'): Instant {
  if (kind === 'realtime') return systemInstant();
  if (frozen === null) {
    frozen = systemInstant();
    if (!explicit) setImmediate(() => { if (!explicit) frozen = null; }).unref?.();
  }
  return frozen;
}

export function getDefaultZone(): Zone { return defaultZone; }

/** Sets the zone used when a time or date-time is built without one (Neo4j's db.temporal.timezone). */
export function setDefaultZone(zone: Zone): void { defaultZone = zone; }
