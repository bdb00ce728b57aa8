/**
 * What the server-side views read, computed once per graph version: entities on flat arrays (type, dates,
 * country, mentions), the fact relations (MENTIONS and articles left out: they are provenance, and make
 * most of a year's graph) with their endpoints, amounts and dates, an adjacency list, and the names
 * search looks through. Pure: built from anything that iterates nodes and edges like graphology.
 */
import { normalizeText } from './normalize.ts';

export interface GraphSource {
  forEachNode(cb: (key: string, attributes: Record<string, unknown>) => void): void;
  forEachEdge(cb: (key: string, attributes: Record<string, unknown>, source: string, target: string) => void): void;
}

export interface ViewIndex {
  /** Entities (Article nodes excluded), by position. */
  keys: string[];
  types: string[];
  attrs: Array<Record<string, unknown>>;
  byKey: Map<string, number>;
  mentions: Float64Array;
  /** First and last article date (ms) that names the entity; NaN when undated. */
  first: Float64Array;
  last: Float64Array;
  /** Position of the entity's country (itself for a country), -1 when none is known. */
  country: Int32Array;
  /** Fact relations (no MENTIONS). */
  edgeKeys: string[];
  edgeTypes: string[];
  edgeAttrs: Array<Record<string, unknown>>;
  source: Int32Array;
  target: Int32Array;
  usd: Float64Array;
  edgeFirst: Float64Array;
  edgeLast: Float64Array;
  /** Edge positions at each entity (CSR: adjacency[offsets[i] .. offsets[i+1]]). */
  offsets: Int32Array;
  adjacency: Int32Array;
  /** Normalised name and aliases per entity, for search. */
  searchText: string[][];
  /** The whole graph, as /api/graph would send it. */
  totalNodes: number;
  totalEdges: number;
  nodeTypeCounts: Record<string, number>;
  relationTypeCounts: Record<string, number>;
  minTime: number | null;
  maxTime: number | null;
}

const dateOf = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : NaN);

export function buildViewIndex(graph: GraphSource): ViewIndex {
  const articleTime = new Map<string, number>();
  const keys: string[] = [], types: string[] = [], attrs: Array<Record<string, unknown>> = [];
  const byKey = new Map<string, number>();
  const nodeTypeCounts: Record<string, number> = {};
  const relationTypeCounts: Record<string, number> = {};
  let totalNodes = 0, totalEdges = 0;
  let minTime: number | null = null, maxTime: number | null = null;
  graph.forEachNode((key, a) => {
    totalNodes++;
    const type = String(a.type ?? 'Unknown');
    nodeTypeCounts[type] = (nodeTypeCounts[type] ?? 0) + 1;
    if (type === 'Article') {
      const t = dateOf(a.date);
      if (!Number.isNaN(t)) {
        articleTime.set(key, t);
        if (typeof a.id === 'string') articleTime.set(a.id, t);
        if (minTime === null || t < minTime) minTime = t;
        if (maxTime === null || t > maxTime) maxTime = t;
      }
      return;
    }
    byKey.set(key, keys.length);
    keys.push(key); types.push(type); attrs.push(a);
  });
  const n = keys.length;
  // written straight into the arrays (no pair per call): on a store of 200,000 articles every
  // temporary here is one of millions, and the collector walks the whole store's heap to free them
  const span = (articles: unknown, lo: Float64Array, hi: Float64Array, at: number): void => {
    lo[at] = NaN; hi[at] = NaN;
    if (!Array.isArray(articles)) return;
    for (const id of articles) {
      const t = articleTime.get(typeof id === 'string' ? id : String(id));
      if (t === undefined) continue;
      if (!(t >= lo[at]!)) lo[at] = t;
      if (!(t <= hi[at]!)) hi[at] = t;
    }
  };
  const mentions = new Float64Array(n), first = new Float64Array(n), last = new Float64Array(n);
  const searchText: string[][] = new Array<string[]>(n);
  for (let i = 0; i < n; i++) {
    const a = attrs[i]!;
    mentions[i] = typeof a.mentions === 'number' ? a.mentions : 0;
    span(a.articles, first, last, i);
    const name = String(a.name ?? keys[i]);
    if (!Array.isArray(a.aliases) || a.aliases.length === 0) { searchText[i] = [normalizeText(name)]; continue; }
    const names = new Set([name, ...a.aliases.map(String)]);
    searchText[i] = [...names].map(normalizeText);
  }

  const edgeKeys: string[] = [], edgeTypes: string[] = [], edgeAttrs: Array<Record<string, unknown>> = [];
  const src: number[] = [], tgt: number[] = [];
  graph.forEachEdge((key, a, s, t) => {
    totalEdges++;
    const type = String(a.type ?? 'UNKNOWN');
    relationTypeCounts[type] = (relationTypeCounts[type] ?? 0) + 1;
    if (type === 'MENTIONS') return;
    const si = byKey.get(s), ti = byKey.get(t);
    if (si === undefined || ti === undefined) return;
    edgeKeys.push(key); edgeTypes.push(type); edgeAttrs.push(a); src.push(si); tgt.push(ti);
  });
  const m = edgeKeys.length;
  const source = Int32Array.from(src), target = Int32Array.from(tgt);
  const usd = new Float64Array(m), edgeFirst = new Float64Array(m), edgeLast = new Float64Array(m);
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const a = edgeAttrs[e]!;
    usd[e] = edgeTypes[e] === 'INVESTS_IN' && typeof a.amountUsd === 'number' ? a.amountUsd : 0;
    span(a.articles, edgeFirst, edgeLast, e);
    degree[source[e]!]!++;
    if (target[e] !== source[e]) degree[target[e]!]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const adjacency = new Int32Array(offsets[n]!);
  for (let e = 0; e < m; e++) {
    adjacency[fill[source[e]!]!++] = e;
    if (target[e] !== source[e]) adjacency[fill[target[e]!]!++] = e;
  }

  const index: ViewIndex = {
    keys, types, attrs, byKey, mentions, first, last, country: new Int32Array(n).fill(-1),
    edgeKeys, edgeTypes, edgeAttrs, source, target, usd, edgeFirst, edgeLast, offsets, adjacency, searchText,
    totalNodes, totalEdges, nodeTypeCounts, relationTypeCounts, minTime, maxTime,
  };
  assignCountries(index);
  return index;
}

/**
 * The country an entity is summarised under: itself for a country; else where it is located (directly,
 * or through a located region); else the country it is most often linked to (invests in, partners in…).
 */
function assignCountries(ix: ViewIndex): void {
  const n = ix.keys.length;
  const isCountry = (i: number) => ix.types[i] === 'Country';
  const located = (i: number, through: (j: number) => number): number => {
    for (let k = ix.offsets[i]!; k < ix.offsets[i + 1]!; k++) {
      const e = ix.adjacency[k]!;
      if (ix.edgeTypes[e] !== 'LOCATED_IN' || ix.source[e] !== i) continue;
      const c = through(ix.target[e]!);
      if (c >= 0) return c;
    }
    return -1;
  };
  for (let i = 0; i < n; i++) if (isCountry(i)) ix.country[i] = i;
  // regions first, so an entity located in a region finds the region's country
  for (let i = 0; i < n; i++) if (ix.types[i] === 'Region') ix.country[i] = located(i, (j) => (isCountry(j) ? j : -1));
  for (let i = 0; i < n; i++) {
    if (isCountry(i) || ix.types[i] === 'Region' && ix.country[i]! >= 0) continue;
    let c = located(i, (j) => (isCountry(j) ? j : ix.types[j] === 'Region' ? ix.country[j]! : -1));
    if (c < 0) {
      const votes = new Map<number, number>();
      for (let k = ix.offsets[i]!; k < ix.offsets[i + 1]!; k++) {
        const e = ix.adjacency[k]!;
        const other = ix.source[e] === i ? ix.target[e]! : ix.source[e]!;
        if (isCountry(other)) votes.set(other, (votes.get(other) ?? 0) + 1);
      }
      let best = 0;
      for (const [k, v] of votes) if (v > best || (v === best && k < c)) { best = v; c = k; }
    }
    ix.country[i] = c;
  }
}

/** The other end of edge `e` seen from entity `i`. */
export function otherEnd(ix: ViewIndex, e: number, i: number): number {
  return ix.source[e] === i ? ix.target[e]! : ix.source[e]!;
}
