/**
 * Curation: the analyst's corrections as a log beside the embedded store (`STORE.curation.jsonl`),
 * applied to the graph when made and enforced again after every ingest, push and pull.
 * See docs/design-notes/curation.md.
 */
import type { Store } from '../store/store.ts';
import type { MemoryStore } from '../store/memory/memory-store.ts';
import { appendLog, logFileFor, readLog } from './log-file.ts';
import { logState } from './log-state.ts';
import { performCuration } from './perform.ts';
import { enforceLog, type EnforceResult } from './enforce.ts';
import { CurationError } from './operations.ts';
import { reviewQueue, type ReviewItem, type ReviewOptions } from './review.ts';
import graphology from 'graphology';

const { MultiDirectedGraph } = graphology;
import type { CurationRequest, OperationEntry, Provenance } from './types.ts';

export { CurationError } from './operations.ts';
export { CurationLogError, logFileFor, readLog } from './log-file.ts';
export { logState } from './log-state.ts';
export type { CurationRequest, GraphDiff, LogEntry, OperationEntry, Provenance, RestatedEntry } from './types.ts';
export type { EnforceResult } from './enforce.ts';
export { reviewQueue, REVIEW_DEFAULTS, type ReviewItem, type ReviewKind, type ReviewAction, type ReviewSide, type ReviewOptions } from './review.ts';

export const CURATION_DEFAULTS = {
  /** How long an operation waits for the graph's write lock (an open Bolt transaction). */
  lockTimeoutMs: 60_000,
} as const;

export interface WriteLock { acquire(timeoutMs: number): Promise<void>; release(): void }

/** The review queue of a store: its graph and its log (Neo4j: the graph alone, read as a snapshot). */
export async function storeReview(store: Store, options: ReviewOptions = {}): Promise<{ total: number; items: ReviewItem[] }> {
  const target = curatedStore(store);
  if (target) return reviewQueue(target.store.graph, logState(await readLog(target.file)), options);
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.import((await store.snapshot()) as never);
  return reviewQueue(graph, logState([]), options);
}

/** The embedded store and its log file; curation needs both (Neo4j gets the curated graph by `push`). */
export function curatedStore(store: Store): { store: MemoryStore; file: string } | undefined {
  if (store.kind !== 'memory') return undefined;
  const memory = store as MemoryStore;
  return memory.file ? { store: memory, file: logFileFor(memory.file) } : undefined;
}

/**
 * Runs one operation: the graph changes, the store is saved, then the entry is appended to the log
 * (a failed save leaves both file and log as they were). The caller holds the graph's write lock.
 */
export function runCuration(store: Store, request: CurationRequest, provenance: Provenance, lock?: WriteLock): Promise<OperationEntry> {
  // one operation at a time per store: each reads the log the previous one appended (ids, undo targets)
  const previous = queues.get(store) ?? Promise.resolve();
  const next = previous.then(() => runOne(store, request, provenance, lock));
  queues.set(store, next.catch(() => {}));
  return next;
}

const queues = new WeakMap<Store, Promise<unknown>>();

async function runOne(store: Store, request: CurationRequest, provenance: Provenance, lock?: WriteLock): Promise<OperationEntry> {
  const target = curatedStore(store);
  if (!target) throw new CurationError('curation works on the embedded store (--db FILE); Neo4j receives the curated graph with `newsgraph push`');
  const state = logState(await readLog(target.file));
  // the graph changes between two transactions of its other writers (Bolt, HTTP); the save takes the lock itself
  if (lock) await lock.acquire(CURATION_DEFAULTS.lockTimeoutMs);
  let entry: OperationEntry;
  try {
    entry = performCuration(target.store.graph, state, request, provenance);
  } finally {
    lock?.release();
  }
  if (entry.diff.nodes.length || entry.diff.edges.length) {
    target.store.markDirty('curation operations');
    await target.store.flush();
  }
  await appendLog(target.file, [entry]);
  return entry;
}

/**
 * Enforces the log's standing merges and rejections on the store's graph (after an ingest, a push or a
 * pull) and records new statements of rejected things. Does not save: the caller's flush does.
 */
export async function enforceCuration(store: Store): Promise<EnforceResult | undefined> {
  const target = curatedStore(store);
  if (!target) return undefined;
  const entries = await readLog(target.file);
  if (!entries.length) return undefined;
  const result = enforceLog(target.store.graph, logState(entries));
  if (result.remerged || result.hidden) target.store.markDirty('curation rules enforced');
  await appendLog(target.file, result.restated);
  return result;
}
