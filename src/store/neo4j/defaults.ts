/** Defaults of the Neo4j store, in one place. */
export const NEO4J_DEFAULTS = {
  user: 'neo4j',
  /** Patches written per transaction by apply(). */
  batchSize: 500,
  /** Nodes or relationships per transaction by load(). */
  loadBatchSize: 5_000,
  /** Rows per page when snapshot() reads the graph. */
  readPageSize: 10_000,
  /** Connection attempts when the server is unreachable (transient), with exponential backoff. */
  connectAttempts: 3,
  connectBackoffMs: 250,
  /** Driver's retry budget for managed transactions (transient errors only). */
  maxTransactionRetryTimeMs: 15_000,
  connectionTimeoutMs: 5_000,
} as const;
