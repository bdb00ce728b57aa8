/**
 * A graph that serves its own columns (the embedded store's read-only column graph,
 * src/store/memory/column-graph.ts): the columnar store builds its topology, relationship columns and
 * the label index reads node attributes from them, without an attributes object per node or relationship.
 */
export interface ColumnSource {
  /** Node keys in graph order (not to be modified). */
  readonly nodeKeys: string[];
  /** Node key → number (graph order), or -1. */
  nodeNumber(key: string): number;
  /**
   * Relationships numbered by source, insertion order within a source (as ColumnarStore numbers them
   * through graphology's public API): `rel[j]` is the graph's own relationship number, `src[j]`/`dst[j]`
   * its node numbers, `outOff` the ranges by source.
   */
  edgesBySource(): { rel: Int32Array; src: Int32Array; dst: Int32Array; outOff: Int32Array };
  /** By the graph's own relationship number. */
  edgeKey(e: number): string;
  edgeValue(e: number, name: string): unknown;
  /** One node attribute as stored (undefined when absent). */
  nodeValue(i: number, name: string): unknown;
  /** Per node, a string id for attribute `name` when it is a stored string (equal ids, equal strings), else -1. */
  nodeStringRefs(name: string): Int32Array;
  /** The string of an id from nodeStringRefs. */
  string(id: number): string;
  /** forEachNode with an object holding only the named attributes (one object, refilled per node). */
  forEachNodeAttributes(names: readonly string[], cb: (key: string, attributes: Record<string, unknown>) => void): void;
}

export function columnSourceOf(graph: unknown): ColumnSource | null {
  const g = graph as Partial<ColumnSource>;
  return typeof g.edgesBySource === 'function' && typeof g.forEachNodeAttributes === 'function' ? g as ColumnSource : null;
}
