/** Defaults of the Bolt endpoint, in one place. */
export const BOLT_DEFAULTS = {
  host: '127.0.0.1',
  port: 7687,
  /** How long a write waits for another open transaction's write lock. */
  lockTimeoutMs: 30_000,
} as const;
