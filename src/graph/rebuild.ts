/**
 * Rebuilding a graph in place (clear, then import) when only a few elements really change: graphology
 * only appends, so putting an element back at its old position (an exact undo) means rebuilding the
 * whole graph. Listeners that must see every element again (indexes, query replicas) still get
 * `cleared` and the re-adds; followers that only want what changed (the live viewer's change feed)
 * are told, around the rebuild, which keys it really touched — so a curation undo reaches viewers as
 * a small change set, not as a replaced graph.
 */
import type { MultiDirectedGraph } from 'graphology';

/** Emitted on the graph before the rebuild's clear. */
export const REBUILD_START = 'newsgraph:rebuildStart';
/** Emitted on the graph after the rebuild, with the keys it touched (present now: added or changed; absent: dropped). */
export const REBUILD_END = 'newsgraph:rebuildEnd';

export interface RebuildTouched { nodes: string[]; edges: string[] }

type SerializedGraph = ReturnType<MultiDirectedGraph['export']>;

/** graphology's typed emitter knows only its own events; ours go through the same emitter. */
function emit(graph: MultiDirectedGraph, event: string, payload?: RebuildTouched): void {
  (graph as unknown as { emit(event: string, payload?: RebuildTouched): boolean }).emit(event, payload);
}

/** Replaces the graph's elements with `data` (its attributes kept), announcing the keys that really changed. */
export function rebuildInPlace(graph: MultiDirectedGraph, data: SerializedGraph, touched: RebuildTouched): void {
  const attributes = graph.getAttributes();
  emit(graph, REBUILD_START);
  try {
    graph.clear();
    graph.import({ ...data, attributes } as never);
  } finally {
    emit(graph, REBUILD_END, touched);
  }
}
