/**
 * Failed-login back-off per client address, shared by the HTTP API (`--auth`) and the Bolt endpoint
 * (`--bolt-auth`). After `freeFailures` failures, an address is locked out for `baseMs`, then
 * twice as long after each further failure, up to `maxMs`; while locked out its attempts are refused
 * without being checked, so a right guess made during the lockout is refused too — guessing speed is
 * bounded by the lockout, not by how fast the server answers. A success clears the address.
 * Pure bookkeeping (the clock is injected), so tests need no timers.
 */

export interface BackoffOptions {
  /** Failures checked before the first lockout (default 5). */
  freeFailures?: number;
  /** First lockout (default 1 s); it doubles with each further failure. */
  baseMs?: number;
  /** Longest lockout (default 5 min). */
  maxMs?: number;
  /** Addresses remembered at most (the oldest are forgotten first; default 10,000). */
  maxEntries?: number;
  now?: () => number;
}

export const BACKOFF_DEFAULTS = { freeFailures: 5, baseMs: 1_000, maxMs: 300_000, maxEntries: 10_000 } as const;

interface Entry { failures: number; lockedUntil: number; lastFailure: number }

export class AuthBackoff {
  private readonly entries = new Map<string, Entry>();
  private readonly free: number;
  private readonly base: number;
  private readonly max: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(o: BackoffOptions = {}) {
    this.free = o.freeFailures ?? BACKOFF_DEFAULTS.freeFailures;
    this.base = o.baseMs ?? BACKOFF_DEFAULTS.baseMs;
    this.max = o.maxMs ?? BACKOFF_DEFAULTS.maxMs;
    this.maxEntries = o.maxEntries ?? BACKOFF_DEFAULTS.maxEntries;
    this.now = o.now ?? Date.now;
  }

  /** Milliseconds this address must still wait before its credentials are checked again (0 = go ahead). */
  retryAfterMs(address: string): number {
    const e = this.entries.get(address);
    if (!e) return 0;
    return Math.max(0, e.lockedUntil - this.now());
  }

  /** Records a failed login; returns the lockout it starts (0 while failures are still free). */
  fail(address: string): number {
    const now = this.now();
    let e = this.entries.get(address);
    // an address quiet for longer than the longest lockout starts afresh
    if (e && now - e.lastFailure > this.max) e = undefined;
    e ??= { failures: 0, lockedUntil: 0, lastFailure: now };
    e.failures++;
    e.lastFailure = now;
    // the freeFailures-th failure in a row starts the first lockout
    const over = e.failures - this.free;
    const lock = over >= 0 ? Math.min(this.max, this.base * 2 ** Math.min(over, 30)) : 0;
    e.lockedUntil = now + lock;
    this.entries.delete(address); // re-insert: Map order = least recently failed first
    this.entries.set(address, e);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return lock;
  }

  succeed(address: string): void {
    this.entries.delete(address);
  }
}
