/**
 * Snapshots of a store as of a day, and queries on them: one path for the CLI, the HTTP API and the
 * diff, on either store (the store's snapshot is read, then filtered by the as-of rule).
 */
import type { Snapshot } from '../graph/model.ts';
import type { QueryOptions, QueryResult } from '../graph/result.ts';
import type { Store } from '../store/store.ts';
import { MemoryStore } from '../store/memory/memory-store.ts';
import { snapshotAsOf } from './as-of.ts';
import { DATE_FIELDS } from './fields.ts';
import { toCypherDate } from './graph-time.ts';

export async function storeAsOf(store: Store, day: string): Promise<Snapshot> {
  return snapshotAsOf(await store.snapshot(), day);
}

/** A snapshot's date fields (strings in JSON) as Cypher dates again, so queries compare them as dates. */
export function withCypherDates(snapshot: Snapshot): Snapshot {
  const typed = (attrs: Record<string, unknown>) => {
    let out: Record<string, unknown> | undefined;
    for (const f of DATE_FIELDS) {
      const v = attrs[f];
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) (out ??= { ...attrs })[f] = toCypherDate(v);
    }
    return out ?? attrs;
  };
  return {
    ...snapshot,
    nodes: snapshot.nodes.map((n) => ({ ...n, attributes: typed(n.attributes ?? {}) })),
    edges: snapshot.edges.map((e) => ({ ...e, attributes: typed(e.attributes ?? {}) })),
  };
}

/** A read-only query on the graph as of a day (an in-memory copy; never written back). */
export async function queryAsOf(store: Store, day: string, cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
  const copy = new MemoryStore(undefined, withCypherDates(await storeAsOf(store, day)));
  return copy.query(cypher, { ...options, readOnly: true });
}
