/**
 * What a Bolt client may cost the server before it has proved who it is (issue 14: 16 connections that
 * never authenticated took the server to 6.4 GB; 2,665 password guesses in 5 s).
 * - each unauthenticated connection may send `preAuthBytes` in all (handshake, HELLO, LOGON, RESET…:
 *   a driver needs well under 1 KiB), so no large message is ever buffered for a stranger;
 * - all unauthenticated connections together may hold `preAuthTotalBytes`, and there may be at most
 *   `maxPreAuthConnections` of them, so many strangers cannot add up to much either;
 * - a connection that has not authenticated within `authTimeoutMs` is closed;
 * - failed logins back off per address (`AuthBackoff` in src/net/auth-backoff.ts).
 */

export interface BoltLimits {
  preAuthBytes: number;
  preAuthTotalBytes: number;
  maxPreAuthConnections: number;
  authTimeoutMs: number;
}

export const BOLT_LIMIT_DEFAULTS: BoltLimits = {
  preAuthBytes: 64 * 1024,
  preAuthTotalBytes: 8 * 1024 * 1024,
  maxPreAuthConnections: 256,
  authTimeoutMs: 10_000,
};

/** The bytes and connections of every unauthenticated connection of one server. */
export class PreAuthBudget {
  private readonly charged = new Map<object, number>();
  private total = 0;

  constructor(readonly limits: BoltLimits) {}

  /** A new connection; false when too many strangers are connected already. */
  admit(conn: object): boolean {
    if (this.charged.size >= this.limits.maxPreAuthConnections) return false;
    this.charged.set(conn, 0);
    return true;
  }

  /**
   * Counts `n` more bytes from an unauthenticated connection; false (and nothing charged) when that
   * goes over its own or the shared budget — the caller closes it.
   */
  charge(conn: object, n: number): boolean {
    const mine = this.charged.get(conn);
    if (mine === undefined) return false;
    if (mine + n > this.limits.preAuthBytes || this.total + n > this.limits.preAuthTotalBytes) return false;
    this.charged.set(conn, mine + n);
    this.total += n;
    return true;
  }

  /** The connection authenticated or closed: its bytes no longer count. */
  release(conn: object): void {
    const mine = this.charged.get(conn);
    if (mine === undefined) return;
    this.total -= mine;
    this.charged.delete(conn);
  }

  get connections(): number { return this.charged.size; }
  get bytes(): number { return this.total; }
}
