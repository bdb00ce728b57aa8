/**
 * The embedded store's range, said plainly. The whole graph lives in this process's V8 heap; past the
 * heap's limit V8 does not throw, it aborts the process ("JavaScript heap out of memory"). So the store
 * checks before it gets there: at open, from the snapshot's counts (what loading will take), and while
 * a graph grows (an ingest), from the heap in use. Either way the error gives the figures and the way
 * out: a larger heap for a while, Neo4j for good.
 *
 * The per-node and per-relationship figures are the heap a loaded graph holds, measured by
 * scripts/bench/scale.ts (graphology + attributes + the Cypher engine's indexes, with headroom).
 */
import { getHeapStatistics } from 'node:v8';

export const CAPACITY = {
  /**
   * Heap held per node and per relationship once loaded and queried (bytes; measured, rounded up): the
   * 200k-article store (1.11 M nodes, 2.68 M relationships) holds 2.03 GB loaded, 2.24 GB after its
   * first queries built the Cypher engine's read structures (snapshot format /3, scripts/bench/cold-load.ts).
   */
  bytesPerNode: 900,
  bytesPerRelationship: 550,
  /** Loading needs the decoded columns and the string table beside the graph for a moment. */
  loadOverhead: 1.3,
  /** A growing graph stops past this share of the heap limit, before V8 would abort. */
  heapShare: 0.85,
} as const;

export class CapacityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CapacityError';
  }
}

const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`;
export const heapLimit = (): number => getHeapStatistics().heap_size_limit;

/** About how many articles fit in `bytes` of heap, at the ratios of generated news (scale bench). */
export function articlesFitting(bytes: number): number {
  // per article: ~4.7 nodes (itself and the new entities it brings) and ~13 relationships
  const perArticle = (4.7 * CAPACITY.bytesPerNode + 13 * CAPACITY.bytesPerRelationship) * CAPACITY.loadOverhead;
  return Math.floor(bytes / perArticle / 1000) * 1000;
}

function wayOut(file: string, limit: number): string {
  const need = (n: number) => Math.ceil((n / 1024 ** 2) / 1024) * 1024;
  return `This process may use ${gb(limit)} of heap: room for about ${articlesFitting(limit * CAPACITY.heapShare).toLocaleString('en')} articles in the embedded store. ` +
    `For now, give Node a larger heap (NODE_OPTIONS=--max-old-space-size=${need(limit * 2)}, if the machine has the memory). ` +
    `For good, move the graph to Neo4j: newsgraph push --db ${file} --neo4j bolt://HOST:7687, then run commands with --neo4j bolt://HOST:7687 (or $NEO4J_URI).`;
}

/** Refuses to load a snapshot that would not fit in this process's heap. */
export function checkLoad(file: string, counts: { nodes: number; edges: number } | { fileBytes: number }, limit = heapLimit()): void {
  const need = 'nodes' in counts
    ? (counts.nodes * CAPACITY.bytesPerNode + counts.edges * CAPACITY.bytesPerRelationship) * CAPACITY.loadOverhead
    : counts.fileBytes * 4; // a JSON snapshot (format /1): ~4 bytes of heap per byte of text while parsing
  if (need <= limit * CAPACITY.heapShare) return;
  const what = 'nodes' in counts ? `${counts.nodes.toLocaleString('en')} nodes and ${counts.edges.toLocaleString('en')} relationships` : `a ${gb(counts.fileBytes)} JSON snapshot`;
  throw new CapacityError(`${file} holds ${what}: loading it needs about ${gb(need)} of heap, past what the embedded store can use here. ${wayOut(file, limit)}`);
}

/** Stops a growing graph before the heap runs out (called after each applied batch). */
export function checkGrowth(file: string | undefined, graph: { order: number; size: number }, used = process.memoryUsage().heapUsed, limit = heapLimit()): void {
  if (used <= limit * CAPACITY.heapShare) return;
  // the heap in use counts garbage too: only a graph that is itself large is stopped
  if (graph.order * CAPACITY.bytesPerNode + graph.size * CAPACITY.bytesPerRelationship < limit / 2) return;
  throw new CapacityError(`the graph${file ? ` of ${file}` : ''} has grown to ${graph.order.toLocaleString('en')} nodes and ${graph.size.toLocaleString('en')} relationships, ` +
    `using ${gb(used)} of the ${gb(limit)} heap; stopped here (batches saved before this one are kept). ${wayOut(file ?? 'FILE', limit)}`);
}
