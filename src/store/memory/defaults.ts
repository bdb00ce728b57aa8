/** Every setting of the embedded store's file handling, in one place. */
export const STORE_DEFAULTS = {
  /** How long a save waits for another process's lock on the store file (NEWSGRAPH_LOCK_TIMEOUT_MS). */
  lockTimeoutMs: 60_000,
  /** After this long waiting, the waiter is told who holds the lock. */
  lockNoticeMs: 500,
  /** A lock-breaking guard or an unreadable lock file older than this was left by a dead process. */
  staleGuardMs: 10_000,
  /** How long a save waits for an open transaction (in this process) to end before giving up for now. */
  gateTimeoutMs: 60_000,
  /** The batch log is compacted into the snapshot once it is past both of these (bytes; share of the snapshot's size). */
  compactMinLogBytes: 8 * 1024 * 1024,
  compactLogRatio: 0.25,
  /**
   * …or once the store index's delta log is past this (bytes): each CLI ingest opens the index and replays
   * that log (~60 µs a batch), so in a large store, whose batch log may grow to a quarter of the snapshot
   * before compacting, one article from the CLI would otherwise slow down batch after batch.
   */
  compactMaxIndexDeltaBytes: 4 * 1024 * 1024,
} as const;
