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
  /** Article key (and article id) → publication time (ms): what entity and relation spans are read from. */
  articleTime: Map<string, number>;
}

/** An article's publication time (ms), NaN when it has no readable date. */
export const dateOf = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : NaN);

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
  const mentions = new Float64Array(n), first = new Float64Array(n), last = new Float64Array(n);
  const searchText: string[][] = new Array<string[]>(n);
  for (let i = 0; i < n; i++) {
    const a = attrs[i]!;
    mentions[i] = typeof a.mentions === 'number' ? a.mentions : 0;
    span(articleTime, a.articles, first, last, i);
    searchText[i] = searchTextOf(keys[i]!, a);
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
  for (let e = 0; e < m; e++) edgeValues(articleTime, edgeTypes[e]!, edgeAttrs[e]!, usd, edgeFirst, edgeLast, e);
  const { offsets, adjacency } = adjacencyOf(n, source, target);

  const index: ViewIndex = {
    keys, types, attrs, byKey, mentions, first, last, country: new Int32Array(n).fill(-1),
    edgeKeys, edgeTypes, edgeAttrs, source, target, usd, edgeFirst, edgeLast, offsets, adjacency, searchText,
    totalNodes, totalEdges, nodeTypeCounts, relationTypeCounts, minTime, maxTime, articleTime,
  };
  assignCountries(index);
  return index;
}

/**
 * First and last article time of a list of article ids, written straight into the arrays (no pair per
 * call): on a store of 200,000 articles every temporary here is one of millions, and the collector
 * walks the whole store's heap to free them.
 */
export function span(articleTime: Map<string, number>, articles: unknown, lo: Float64Array, hi: Float64Array, at: number): void {
  lo[at] = NaN; hi[at] = NaN;
  if (!Array.isArray(articles)) return;
  for (const id of articles) {
    const t = articleTime.get(typeof id === 'string' ? id : String(id));
    if (t === undefined) continue;
    if (!(t >= lo[at]!)) lo[at] = t;
    if (!(t <= hi[at]!)) hi[at] = t;
  }
}

/** Normalised name and aliases of an entity. */
export function searchTextOf(key: string, a: Record<string, unknown>): string[] {
  const name = String(a.name ?? key);
  if (!Array.isArray(a.aliases) || a.aliases.length === 0) return [normalizeText(name)];
  return [...new Set([name, ...a.aliases.map(String)])].map(normalizeText);
}

/** A relation's amount (USD, investments only) and its article span. */
export function edgeValues(articleTime: Map<string, number>, type: string, a: Record<string, unknown>, usd: Float64Array, lo: Float64Array, hi: Float64Array, e: number): void {
  usd[e] = type === 'INVESTS_IN' && typeof a.amountUsd === 'number' ? a.amountUsd : 0;
  span(articleTime, a.articles, lo, hi, e);
}

/** Edge positions at each entity, as CSR; `source`/`target` hold entity positions. */
export function adjacencyOf(n: number, source: Int32Array, target: Int32Array): { offsets: Int32Array; adjacency: Int32Array } {
  const m = source.length;
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
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
  return { offsets, adjacency };
}

/**
 * The country an entity is summarised under: itself for a country; else where it is located (directly,
 * or through a located region); else the country it is most often linked to (invests in, partners in…).
 * Regions are settled first (those located in a country, then the others), so what any other entity
 * gets depends only on its own relations and on regions, never on the order of entities: that is what
 * lets a live update recompute only the entities a change touched.
 */
export function assignCountries(ix: ViewIndex): void {
  const n = ix.keys.length;
  const votes = new Map<number, number>(); // one map, cleared per entity: no allocation per entity
  ix.country.fill(-1);
  for (let i = 0; i < n; i++) if (ix.types[i] === 'Country') ix.country[i] = i;
  for (let i = 0; i < n; i++) if (ix.types[i] === 'Region') ix.country[i] = locatedInCountry(ix, i);
  for (let i = 0; i < n; i++) if (ix.types[i] === 'Region' && ix.country[i]! < 0) ix.country[i] = linkedCountry(ix, i, votes);
  for (let i = 0; i < n; i++) if (ix.types[i] !== 'Country' && ix.types[i] !== 'Region') ix.country[i] = linkedCountry(ix, i, votes);
}

/**
 * Recomputes the countries of `touched` entities (new ones, ends of new relations) in place; false when
 * a region that was there before changed country, since what is located in it would follow: the caller
 * then runs `assignCountries`. `firstNew` is the position of the first entity added by the change.
 */
export function updateCountries(ix: ViewIndex, touched: Iterable<number>, firstNew: number): boolean {
  const list = [...new Set(touched)].sort((a, b) => a - b);
  const votes = new Map<number, number>();
  const regions = list.filter((i) => ix.types[i] === 'Region');
  const before = regions.map((i) => ix.country[i]!);
  for (const i of list) if (ix.types[i] === 'Country') ix.country[i] = i;
  for (const r of regions) ix.country[r] = locatedInCountry(ix, r);
  for (const r of regions) if (ix.country[r]! < 0) ix.country[r] = linkedCountry(ix, r, votes);
  if (regions.some((r, k) => r < firstNew && ix.country[r] !== before[k])) return false;
  for (const i of list) if (ix.types[i] !== 'Country' && ix.types[i] !== 'Region') ix.country[i] = linkedCountry(ix, i, votes);
  return true;
}

/** The country entity `i` is LOCATED_IN directly, -1 when none. */
function locatedInCountry(ix: ViewIndex, i: number): number {
  for (let k = ix.offsets[i]!; k < ix.offsets[i + 1]!; k++) {
    const e = ix.adjacency[k]!;
    if (ix.edgeTypes[e] === 'LOCATED_IN' && ix.source[e] === i && ix.types[ix.target[e]!] === 'Country') return ix.target[e]!;
  }
  return -1;
}

/** Where `i` is located (a country, or a region's country), else the country it is most linked to. */
function linkedCountry(ix: ViewIndex, i: number, votes: Map<number, number>): number {
  for (let k = ix.offsets[i]!; k < ix.offsets[i + 1]!; k++) {
    const e = ix.adjacency[k]!;
    if (ix.edgeTypes[e] !== 'LOCATED_IN' || ix.source[e] !== i) continue;
    const j = ix.target[e]!;
    const c = ix.types[j] === 'Country' ? j : ix.types[j] === 'Region' ? ix.country[j]! : -1;
    if (c >= 0) return c;
  }
  votes.clear();
  for (let k = ix.offsets[i]!; k < ix.offsets[i + 1]!; k++) {
    const e = ix.adjacency[k]!;
    const other = ix.source[e] === i ? ix.target[e]! : ix.source[e]!;
    if (ix.types[other] === 'Country') votes.set(other, (votes.get(other) ?? 0) + 1);
  }
  let best = 0, c = -1;
  for (const [k, v] of votes) if (v > best || (v === best && k < c)) { best = v; c = k; }
  return c;
}

/** The other end of edge `e` seen from entity `i`. */
export function otherEnd(ix: ViewIndex, e: number, i: number): number {
  return ix.source[e] === i ? ix.target[e]! : ix.source[e]!;
}
