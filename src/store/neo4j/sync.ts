/**
 * Copying a whole graph between stores: `newsgraph push` (embedded → Neo4j) and `newsgraph pull`
 * (Neo4j → embedded). The target's graph is replaced by the source's snapshot; the target is flushed.
 */
import type { Store, GraphStats } from '../store.ts';

export interface SyncReport { nodes: number; relationships: number; stats: GraphStats }

export async function copyGraph(from: Store, to: Store): Promise<SyncReport> {
  const snapshot = await from.snapshot();
  await to.load(snapshot);
  await to.flush();
  return { nodes: snapshot.nodes.length, relationships: snapshot.edges.length, stats: await to.stats() };
}

/** Embedded (memory) store → Neo4j. */
export function push(from: Store, to: Store): Promise<SyncReport> {
  return copyGraph(from, to);
}

/** Neo4j → embedded (memory) store. */
export function pull(from: Store, to: Store): Promise<SyncReport> {
  return copyGraph(from, to);
}
