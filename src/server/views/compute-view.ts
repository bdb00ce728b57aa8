/**
 * Views of a large graph, computed on the server so the browser never loads the whole graph:
 *   - rank: which entities and relations pass the filters, and the entities ordered by a measure;
 *   - view: the top entities, the relations among them, and the rest summarised as aggregate nodes
 *     per type and country ("+412 more companies · France"), linked to the entities they touch;
 *   - members of an aggregate, neighbours of an entity, relations among given entities, search.
 * Pure functions over a ViewIndex; the payloads are graphology's serialised form (`graph.import` reads them).
 */
import { normalizeText } from './normalize.ts';
import { otherEnd, type ViewIndex } from './view-index.ts';
import type { Measure, ViewFilters, ViewParams } from './view-params.ts';

export interface Ranking {
  /** Per edge: passes the filters. */
  edgeOk: Uint8Array;
  /** Per entity: passes the filters. */
  nodeOk: Uint8Array;
  /** Per entity: filtered degree, investment total, and the chosen measure. */
  degree: Float64Array;
  investUsd: Float64Array;
  score: Float64Array;
  /** Entities that pass, best first. */
  order: Int32Array;
  /** Position of each entity in `order` (-1 when filtered out). */
  rank: Int32Array;
}

export interface PayloadNode { key: string; attributes: Record<string, unknown> }
export interface PayloadEdge { key: string; source: string; target: string; attributes: Record<string, unknown> }
export interface ViewPayload {
  attributes: Record<string, unknown>;
  nodes: PayloadNode[];
  edges: PayloadEdge[];
}

/** How many countries get their own aggregate node per type; the rest share "other countries". */
export const AGGREGATES_PER_TYPE = 6;
/** Links kept per aggregate node (to the entities it touches most). */
export const AGGREGATE_LINKS = 12;
/** Relations kept among the entities of a view (the strongest first). */
export const MAX_VIEW_EDGES = 1500;
/** Articles and evidence sentences kept per node and relation in a payload (the details panel shows a few). */
const MAX_ARTICLES = 3;

const overlaps = (first: number, last: number, f: ViewFilters) =>
  Number.isNaN(first) || ((f.to === null || first <= f.to) && (f.from === null || last >= f.from));

export function rank(ix: ViewIndex, p: ViewFilters & { measure: Measure }): Ranking {
  const n = ix.keys.length, m = ix.edgeKeys.length;
  const types = new Set(p.types);
  const dated = p.from !== null || p.to !== null;
  const nodeOk = new Uint8Array(n);
  for (let i = 0; i < n; i++) nodeOk[i] = types.has(ix.types[i]!) && (!dated || overlaps(ix.first[i]!, ix.last[i]!, p)) ? 1 : 0;
  const edgeOk = new Uint8Array(m);
  const degree = new Float64Array(n), investUsd = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    const s = ix.source[e]!, t = ix.target[e]!;
    if (!nodeOk[s] || !nodeOk[t]) continue;
    if (dated && !overlaps(ix.edgeFirst[e]!, ix.edgeLast[e]!, p)) continue;
    if (p.minAmountUsd > 0 && ix.edgeTypes[e] === 'INVESTS_IN' && !(ix.usd[e]! >= p.minAmountUsd)) continue;
    edgeOk[e] = 1;
    degree[s]++; degree[t]++;
    investUsd[s] += ix.usd[e]!; investUsd[t] += ix.usd[e]!;
  }
  // With a minimum amount, only entities still in a relation stay (as the viewer's own filter does).
  if (p.minAmountUsd > 0) for (let i = 0; i < n; i++) if (degree[i] === 0) nodeOk[i] = 0;
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    score[i] = p.measure === 'degree' ? degree[i]!
      : p.measure === 'investment' ? investUsd[i]!
      : p.measure === 'mentions' ? ix.mentions[i]!
      : Number.isNaN(ix.last[i]!) ? -Infinity : ix.last[i]!;
  }
  const passing: number[] = [];
  for (let i = 0; i < n; i++) if (nodeOk[i]) passing.push(i);
  passing.sort((a, b) => score[b]! - score[a]! || degree[b]! - degree[a]! || (ix.keys[a]! < ix.keys[b]! ? -1 : 1));
  const order = Int32Array.from(passing);
  const rankOf = new Int32Array(n).fill(-1);
  order.forEach((i, r) => { rankOf[i] = r; });
  return { edgeOk, nodeOk, degree, investUsd, score, order, rank: rankOf };
}

const PLURALS: Record<string, string> = { Company: 'companies', Country: 'countries', Region: 'regions', Program: 'programs', Person: 'people', Product: 'products', Organization: 'organizations' };
const plural = (type: string) => PLURALS[type] ?? `${type.toLowerCase()}s`;

/** Aggregate of entity `i` when it is not shown: its type and country (countries are not split by country). */
export function groupOf(ix: ViewIndex, i: number): { type: string; country: number } {
  const type = ix.types[i]!;
  return { type, country: type === 'Country' ? -1 : ix.country[i]! };
}

export const aggregateKey = (type: string, country: string) => `agg:${type}:${country}`;

/** Reads `agg:Company:country:fr` back (country `none`: no country known, `other`: the smaller countries). */
export function parseAggregateKey(key: string): { type: string; country: string } | null {
  const m = /^agg:([A-Za-z]+):(.+)$/.exec(key);
  return m ? { type: m[1]!, country: m[2]! } : null;
}

function nodePayload(ix: ViewIndex, r: Ranking, i: number): PayloadNode {
  const a = { ...ix.attrs[i]! };
  const articles = Array.isArray(a.articles) ? a.articles : [];
  if (articles.length > MAX_ARTICLES) a.articles = articles.slice(-MAX_ARTICLES);
  a.articleCount = articles.length;
  // global importance, so sizes mean the same in every view and after every expansion
  a.degree = r.degree[i];
  a.investUsd = r.investUsd[i];
  a.rank = r.rank[i];
  const c = ix.country[i]!;
  if (c >= 0) a.group = ix.keys[c];
  return { key: ix.keys[i]!, attributes: a };
}

function edgePayload(ix: ViewIndex, e: number): PayloadEdge {
  const a = { ...ix.edgeAttrs[e]! };
  for (const k of ['articles', 'evidence']) {
    const v = a[k];
    if (Array.isArray(v) && v.length > MAX_ARTICLES) a[k] = v.slice(0, MAX_ARTICLES);
  }
  return { key: ix.edgeKeys[e]!, source: ix.keys[ix.source[e]!]!, target: ix.keys[ix.target[e]!]!, attributes: a };
}

/** Which aggregate each group (type|country) goes to: the biggest countries of a type get their own. */
function aggregateAssignment(ix: ViewIndex, r: Ranking, shown: Set<number>) {
  const counts = new Map<string, Map<number, number>>();
  for (const i of r.order) {
    if (shown.has(i)) continue;
    const g = groupOf(ix, i);
    const perType = counts.get(g.type) ?? new Map<number, number>();
    perType.set(g.country, (perType.get(g.country) ?? 0) + 1);
    counts.set(g.type, perType);
  }
  const own = new Map<string, Set<number>>();
  for (const [type, perType] of counts) {
    const ranked = [...perType].filter(([c]) => c >= 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, AGGREGATES_PER_TYPE);
    own.set(type, new Set(ranked.map(([c]) => c)));
  }
  return (i: number): string => {
    const g = groupOf(ix, i);
    const country = g.country < 0 ? (g.type === 'Country' ? 'all' : 'none') : own.get(g.type)?.has(g.country) ? ix.keys[g.country]! : 'other';
    return aggregateKey(g.type, country);
  };
}

function aggregateLabel(ix: ViewIndex, type: string, country: string, count: number): string {
  const what = `+${count.toLocaleString('en')} more ${count === 1 ? type.toLowerCase() : plural(type)}`;
  if (country === 'all') return what;
  if (country === 'none') return `${what} (no country)`;
  if (country === 'other') return `${what} · other countries`;
  const c = ix.byKey.get(country);
  return `${what} · ${c === undefined ? country : String(ix.attrs[c]!.name ?? country)}`;
}

/**
 * When a view has too many relations: first each entity's relation to its best-ranked neighbour (so no
 * entity is left floating alone), then the others between the best-ranked entities.
 */
function strongestEdges(ix: ViewIndex, r: Ranking, edgeIds: number[], max: number): number[] {
  const weight = (e: number) => Math.max(r.rank[ix.source[e]!]!, r.rank[ix.target[e]!]!);
  const sorted = [...edgeIds].sort((a, b) => weight(a) - weight(b) || a - b);
  const best = new Map<number, number>();
  for (const e of sorted) {
    for (const end of [ix.source[e]!, ix.target[e]!]) if (!best.has(end)) best.set(end, e);
  }
  const kept = new Set<number>([...best.values()].slice(0, max));
  for (const e of sorted) { if (kept.size >= max) break; kept.add(e); }
  return sorted.filter((e) => kept.has(e));
}

/** The first screen: the `limit` best entities, their relations, the rest as aggregates. */
export function computeView(ix: ViewIndex, r: Ranking, p: ViewParams): ViewPayload {
  const top = Array.from(r.order.subarray(0, p.limit));
  const shown = new Set(top);
  const nodes = top.map((i) => nodePayload(ix, r, i));
  const edgeIds: number[] = [];
  const aggOf = aggregateAssignment(ix, r, shown);
  const members = new Map<string, { count: number; degree: number; type: string; country: string }>();
  for (const i of r.order) {
    if (shown.has(i)) continue;
    const key = aggOf(i);
    const g = members.get(key) ?? { count: 0, degree: 0, type: ix.types[i]!, country: parseAggregateKey(key)!.country };
    g.count++;
    g.degree += r.degree[i]!;
    members.set(key, g);
  }
  const links = new Map<string, Map<number, number>>();
  for (const i of top) {
    for (let k = ix.offsets[i]!; k < ix.offsets[i + 1]!; k++) {
      const e = ix.adjacency[k]!;
      if (!r.edgeOk[e]) continue;
      const j = otherEnd(ix, e, i);
      if (shown.has(j)) { if (ix.source[e] === i) edgeIds.push(e); continue; }
      const agg = aggOf(j);
      const l = links.get(agg) ?? new Map<number, number>();
      l.set(i, (l.get(i) ?? 0) + 1);
      links.set(agg, l);
    }
  }
  const kept = edgeIds.length > MAX_VIEW_EDGES ? strongestEdges(ix, r, edgeIds, MAX_VIEW_EDGES) : edgeIds;
  const edges = kept.map((e) => edgePayload(ix, e));
  for (const [key, g] of [...members].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))) {
    nodes.push({ key, attributes: {
      type: 'Aggregate', name: aggregateLabel(ix, g.type, g.country, g.count), of: g.type, count: g.count, total: g.count,
      degree: g.degree, investUsd: 0, ...(g.country.includes(':') ? { group: g.country } : {}),
    } });
    const l = [...(links.get(key) ?? [])].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, AGGREGATE_LINKS);
    for (const [i, count] of l) {
      edges.push({ key: `agg-link:${ix.keys[i]}>${key}`, source: ix.keys[i]!, target: key, attributes: { type: 'AGGREGATE', count } });
    }
  }
  return {
    attributes: {
      view: { measure: p.measure, limit: p.limit, types: p.types, from: p.from, to: p.to, minAmountUsd: p.minAmountUsd },
      matching: r.order.length, shown: top.length, aggregates: members.size, edgesLeftOut: edgeIds.length - kept.length,
    },
    nodes, edges,
  };
}

/** The next `limit` members of an aggregate of the view `p` (entities not among its top), best first. */
export function aggregateMembers(ix: ViewIndex, r: Ranking, p: ViewParams, aggregate: string, offset: number, limit: number): ViewPayload & { remaining: number } {
  const shown = new Set(Array.from(r.order.subarray(0, p.limit)));
  const aggOf = aggregateAssignment(ix, r, shown);
  const all: number[] = [];
  for (const i of r.order) if (!shown.has(i) && aggOf(i) === aggregate) all.push(i);
  const page = all.slice(offset, offset + limit);
  return {
    attributes: { aggregate, total: all.length, offset, shown: page.length },
    nodes: page.map((i) => nodePayload(ix, r, i)),
    edges: [],
    remaining: Math.max(0, all.length - offset - page.length),
  };
}

/** An entity, its best `limit` neighbours (by the measure) within the filters, and the relations between them. */
export function neighbours(ix: ViewIndex, r: Ranking, i: number, offset: number, limit: number): ViewPayload {
  const around = new Map<number, number[]>();
  for (let k = ix.offsets[i]!; k < ix.offsets[i + 1]!; k++) {
    const e = ix.adjacency[k]!;
    if (!r.edgeOk[e]) continue;
    const j = otherEnd(ix, e, i);
    if (j === i) continue;
    const list = around.get(j) ?? [];
    list.push(e);
    around.set(j, list);
  }
  const ordered = [...around.keys()].sort((a, b) => r.rank[a]! - r.rank[b]!);
  const page = ordered.slice(offset, offset + limit);
  return {
    attributes: { node: ix.keys[i], total: ordered.length, offset, shown: page.length },
    nodes: [nodePayload(ix, r, i), ...page.map((j) => nodePayload(ix, r, j))],
    edges: page.flatMap((j) => around.get(j)!.map((e) => edgePayload(ix, e))),
  };
}

/** Relations within the filters with one end in `nodes` and the other in `nodes` ∪ `among`. */
export function edgesAmong(ix: ViewIndex, r: Ranking, nodes: readonly string[], among: readonly string[], max: number): PayloadEdge[] {
  const a = new Set<number>(), b = new Set<number>();
  for (const k of nodes) { const i = ix.byKey.get(k); if (i !== undefined) { a.add(i); b.add(i); } }
  for (const k of among) { const i = ix.byKey.get(k); if (i !== undefined) b.add(i); }
  const seen = new Set<number>();
  const out: PayloadEdge[] = [];
  for (const i of a) {
    for (let k = ix.offsets[i]!; k < ix.offsets[i + 1]! && out.length < max; k++) {
      const e = ix.adjacency[k]!;
      if (!r.edgeOk[e] || seen.has(e) || !b.has(otherEnd(ix, e, i))) continue;
      seen.add(e);
      out.push(edgePayload(ix, e));
    }
  }
  return out;
}

export interface SearchHit { id: string; name: string; type: string; matched: string; degree: number }

/** Names and aliases of the whole graph: exact, then prefix, then word prefix, then substring; ties by degree. */
export function search(ix: ViewIndex, r: Ranking, query: string, limit: number): SearchHit[] {
  const q = normalizeText(query);
  if (!q) return [];
  const hits: Array<{ i: number; score: number; text: number }> = [];
  for (let i = 0; i < ix.keys.length; i++) {
    const texts = ix.searchText[i]!;
    let best = 0, which = 0;
    for (let t = 0; t < texts.length; t++) {
      const s = texts[t]!;
      const at = s.indexOf(q);
      if (at < 0) continue;
      const score = s === q ? 4 : at === 0 ? 3 : s[at - 1] === ' ' ? 2 : 1;
      if (score > best) { best = score; which = t; }
    }
    if (best) hits.push({ i, score: best, text: which });
  }
  hits.sort((x, y) => y.score - x.score || r.degree[y.i]! - r.degree[x.i]! || (ix.keys[x.i]! < ix.keys[y.i]! ? -1 : 1));
  return hits.slice(0, limit).map(({ i, text }) => {
    const a = ix.attrs[i]!;
    const names = [String(a.name ?? ix.keys[i]), ...(Array.isArray(a.aliases) ? a.aliases.map(String) : [])];
    const unique = [...new Set(names)];
    return { id: ix.keys[i]!, name: unique[0]!, type: ix.types[i]!, matched: unique[text] ?? unique[0]!, degree: r.degree[i]! };
  });
}
