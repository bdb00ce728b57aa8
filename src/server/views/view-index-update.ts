/**
 * Keeps the view index in step with a growing graph without rebuilding it: a live feed adds a few
 * articles at a time, and a rebuild reads the whole store (seconds at 20,000 articles, ~20 s at
 * 200,000, on the server's only thread). What an ingest does — add articles, entities and relations,
 * update the attributes of known ones — is applied in place; anything else (a drop, a clear, a type
 * change, a changed article date, a very large batch) asks for a rebuild. Graphology iterates in
 * insertion order, so appending gives exactly the index a rebuild would give (tested).
 */
import { adjacencyOf, assignCountries, dateOf, updateCountries, edgeValues, searchTextOf, span, type ViewIndex } from './view-index.ts';

/** The graphology events that change what the index holds. */
export const GRAPH_EVENTS = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

/** What changed in the graph since the index was built, from graphology's events. */
export interface GraphChanges {
  nodesAdded: Set<string>;
  edgesAdded: Map<string, { source: string; target: string }>;
  nodesUpdated: Set<string>;
  edgesUpdated: Set<string>;
  /** Set by events an in-place update does not handle. */
  rebuild: boolean;
}

/** Over this many recorded changes, a rebuild costs less than the bookkeeping (and bounds its memory). */
export const MAX_RECORDED_CHANGES = 200_000;

export function noChanges(): GraphChanges {
  return { nodesAdded: new Set(), edgesAdded: new Map(), nodesUpdated: new Set(), edgesUpdated: new Set(), rebuild: false };
}

export function hasChanges(c: GraphChanges): boolean {
  return c.rebuild || c.nodesAdded.size + c.edgesAdded.size + c.nodesUpdated.size + c.edgesUpdated.size > 0;
}

/** Records one graphology event (name and payload as graphology emits them). */
export function recordGraphEvent(c: GraphChanges, event: string, payload: unknown): void {
  if (c.rebuild) return;
  const p = (payload ?? {}) as { key?: unknown; source?: unknown; target?: unknown };
  const key = typeof p.key === 'string' ? p.key : p.key === undefined ? undefined : String(p.key);
  switch (event) {
    case 'nodeAdded': if (key !== undefined) c.nodesAdded.add(key); else c.rebuild = true; break;
    case 'edgeAdded':
      if (key !== undefined && typeof p.source === 'string' && typeof p.target === 'string') c.edgesAdded.set(key, { source: p.source, target: p.target });
      else c.rebuild = true;
      break;
    case 'nodeAttributesUpdated': if (key !== undefined) c.nodesUpdated.add(key); else c.rebuild = true; break;
    case 'edgeAttributesUpdated': if (key !== undefined) c.edgesUpdated.add(key); else c.rebuild = true; break;
    default: c.rebuild = true; // drops, clears, updates of every node or edge at once
  }
  if (c.nodesAdded.size + c.edgesAdded.size + c.nodesUpdated.size + c.edgesUpdated.size > MAX_RECORDED_CHANGES) {
    c.rebuild = true;
    c.nodesAdded.clear(); c.edgesAdded.clear(); c.nodesUpdated.clear(); c.edgesUpdated.clear();
  }
}

/** What the update reads from the live graph. */
export interface LiveGraph {
  getNodeAttributes(key: string): Record<string, unknown>;
  getEdgeAttributes(key: string): Record<string, unknown>;
}

const grown = <T extends Float64Array | Int32Array>(a: T, length: number, fill: number): T => {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a.subarray(0, Math.min(a.length, length)));
  if (length > a.length) b.fill(fill, a.length);
  return b;
};

const edgePositions = new WeakMap<ViewIndex, Map<string, number>>();

/**
 * Applies `changes` to `ix` in place and returns it, or returns null when only a rebuild gives the
 * right index. The caller drops rankings and cached views either way.
 */
export function updateViewIndex(ix: ViewIndex, graph: LiveGraph, changes: GraphChanges): ViewIndex | null {
  if (changes.rebuild) return null;
  // articles first: the spans of the entities and relations they name are read from them
  const touchedNodes = new Set<number>();
  const addedEntities: string[] = [];
  for (const key of changes.nodesAdded) {
    const a = graph.getNodeAttributes(key);
    const type = String(a.type ?? 'Unknown');
    ix.totalNodes++;
    ix.nodeTypeCounts[type] = (ix.nodeTypeCounts[type] ?? 0) + 1;
    if (type !== 'Article') { addedEntities.push(key); continue; }
    const t = dateOf(a.date);
    if (Number.isNaN(t)) continue;
    ix.articleTime.set(key, t);
    if (typeof a.id === 'string') ix.articleTime.set(a.id, t);
    if (ix.minTime === null || t < ix.minTime) ix.minTime = t;
    if (ix.maxTime === null || t > ix.maxTime) ix.maxTime = t;
  }
  for (const key of changes.nodesUpdated) {
    if (changes.nodesAdded.has(key)) continue;
    const a = graph.getNodeAttributes(key);
    const i = ix.byKey.get(key);
    if (i === undefined) {
      // an article: a changed date moves the spans of everything it names
      if (String(a.type) !== 'Article' || ix.articleTime.get(key) !== (Number.isNaN(dateOf(a.date)) ? undefined : dateOf(a.date))) return null;
      continue;
    }
    if (String(a.type ?? 'Unknown') !== ix.types[i]) return null;
    ix.attrs[i] = a;
    touchedNodes.add(i);
  }
  const firstNew = ix.keys.length;
  for (const key of addedEntities) {
    const a = graph.getNodeAttributes(key);
    touchedNodes.add(ix.keys.length);
    ix.byKey.set(key, ix.keys.length);
    ix.keys.push(key); ix.types.push(String(a.type ?? 'Unknown')); ix.attrs.push(a); ix.searchText.push([]);
  }
  const n = ix.keys.length;
  if (n !== ix.mentions.length) {
    ix.mentions = grown(ix.mentions, n, 0); ix.first = grown(ix.first, n, NaN); ix.last = grown(ix.last, n, NaN);
    ix.country = grown(ix.country, n, -1);
  }
  for (const i of touchedNodes) {
    const a = ix.attrs[i]!;
    ix.mentions[i] = typeof a.mentions === 'number' ? a.mentions : 0;
    span(ix.articleTime, a.articles, ix.first, ix.last, i);
    ix.searchText[i] = searchTextOf(ix.keys[i]!, a);
  }

  let positions = edgePositions.get(ix);
  if (!positions) {
    positions = new Map();
    for (let e = 0; e < ix.edgeKeys.length; e++) positions.set(ix.edgeKeys[e]!, e);
    edgePositions.set(ix, positions);
  }
  const touchedEdges: number[] = [];
  for (const key of changes.edgesUpdated) {
    if (changes.edgesAdded.has(key)) continue;
    const e = positions.get(key);
    if (e === undefined) continue; // MENTIONS and relations of articles are not in the index
    const a = graph.getEdgeAttributes(key);
    if (String(a.type ?? 'UNKNOWN') !== ix.edgeTypes[e]) return null;
    ix.edgeAttrs[e] = a;
    touchedEdges.push(e);
  }
  const src: number[] = [], tgt: number[] = [];
  for (const [key, ends] of changes.edgesAdded) {
    const a = graph.getEdgeAttributes(key);
    const type = String(a.type ?? 'UNKNOWN');
    ix.totalEdges++;
    ix.relationTypeCounts[type] = (ix.relationTypeCounts[type] ?? 0) + 1;
    if (type === 'MENTIONS') continue;
    const si = ix.byKey.get(ends.source), ti = ix.byKey.get(ends.target);
    if (si === undefined || ti === undefined) continue;
    positions.set(key, ix.edgeKeys.length);
    touchedEdges.push(ix.edgeKeys.length);
    ix.edgeKeys.push(key); ix.edgeTypes.push(type); ix.edgeAttrs.push(a); src.push(si); tgt.push(ti);
  }
  const m = ix.edgeKeys.length;
  if (src.length) {
    const at = ix.source.length;
    ix.source = grown(ix.source, m, 0); ix.target = grown(ix.target, m, 0);
    ix.source.set(src, at); ix.target.set(tgt, at);
    ix.usd = grown(ix.usd, m, 0); ix.edgeFirst = grown(ix.edgeFirst, m, NaN); ix.edgeLast = grown(ix.edgeLast, m, NaN);
  }
  for (const e of touchedEdges) edgeValues(ix.articleTime, ix.edgeTypes[e]!, ix.edgeAttrs[e]!, ix.usd, ix.edgeFirst, ix.edgeLast, e);
  if (src.length || n !== ix.offsets.length - 1) Object.assign(ix, adjacencyOf(n, ix.source, ix.target));
  // countries: only new entities and the ends of new relations can change (see assignCountries)
  const ends: number[] = [];
  for (let k = 0; k < src.length; k++) ends.push(src[k]!, tgt[k]!);
  for (let i = firstNew; i < n; i++) ends.push(i);
  if (!updateCountries(ix, ends, firstNew)) assignCountries(ix);
  return ix;
}
