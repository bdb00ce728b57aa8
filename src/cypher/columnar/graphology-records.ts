/**
 * Read-only access to graphology's own node and edge records (graphology 0.26: `graph._nodes`, a Map of
 * node key → record with `out` / `in` objects of neighbour key → the head of a list of edge records
 * linked by `next`). Walking them builds the columnar topology without a callback and seven arguments
 * per relationship, and meets each node's relationships in the order `forEachOutEdge` yields them.
 *
 * Read, and written in one place only: each node record carries its number in the columnar
 * numbering under a symbol (`stampNumber`), set by the build, read back by `numberOf`. A Map from record
 * to number cost 40% of the build (a hash lookup per relationship); the stamp is one property load.
 * Stamps are only trusted while the topology that set them stands (every node added or dropped drops
 * it), and a lookup by key checks the number it reads against the node key at that number.
 *
 * When the records do not have the expected shape (another graphology
 * version, a graph with undirected edges) `graphRecords` returns null and the caller uses the public
 * API; `tests/cypher/columnar-store.test.ts` checks the records are found with the installed version.
 */
import type { Graph } from '../storage/adapter.ts';

/** A relationship's key and attributes object (an EdgeRecord, or made so when read by the public API). */
export interface RelRecord {
  readonly key: string;
  readonly attributes: Record<string, unknown>;
}

export interface EdgeRecord extends RelRecord {
  readonly source: NodeRecord;
  readonly target: NodeRecord;
  readonly next?: EdgeRecord;
}

export interface NodeRecord {
  readonly key: string;
  readonly attributes: Record<string, unknown>;
  readonly out: Record<string, EdgeRecord>;
  readonly in: Record<string, EdgeRecord>;
}

/** The graph's node records in its node order, or null when they cannot be read safely. */
export function graphRecords(graph: Graph): Map<string, NodeRecord> | null {
  const g = graph as unknown as { _nodes?: unknown; undirectedSize?: number; order: number };
  if (g.undirectedSize !== 0) return null;
  const nodes = g._nodes;
  if (!(nodes instanceof Map) || nodes.size !== g.order) return null;
  // one record checked: every record of a graph comes from the same constructor
  for (const r of (nodes as Map<string, unknown>).values()) {
    const rec = r as Partial<NodeRecord> | null;
    if (rec === null || typeof rec !== 'object' || typeof rec.key !== 'string' || typeof rec.out !== 'object' || typeof rec.in !== 'object' || rec.out === null || rec.in === null) return null;
    break;
  }
  return nodes as Map<string, NodeRecord>;
}

const NUMBER = Symbol('newsgraph.columnarNumber');

/** Stamps a node record with its number in the columnar numbering. */
export function stampNumber(record: NodeRecord, i: number): void {
  (record as unknown as Record<symbol, number>)[NUMBER] = i;
}

/** The number a node record was stamped with, -1 if none. */
export function numberOf(record: NodeRecord): number {
  const i = (record as unknown as Record<symbol, number | undefined>)[NUMBER];
  return i === undefined ? -1 : i;
}
