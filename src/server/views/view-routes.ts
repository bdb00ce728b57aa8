/**
 * HTTP routes of the server-side views (the viewer's large-graph mode):
 *   GET  /api/view/info                 graph size, the threshold over which the viewer asks for views, types, dates
 *   GET  /api/view?measure=&types=&from=&to=&minAmount=&limit=    top entities + aggregates + relations, laid out
 *   GET  /api/view/aggregate/:key?…&offset=&size=                 the next members of an aggregate node
 *   GET  /api/neighbours/:id?measure=&types=&from=&to=&minAmount=&offset=&limit=   an entity's best neighbours
 *   POST /api/view/edges {nodes, among, filters}                  relations joining new nodes to the view
 *   GET  /api/search?q=&limit=                                    names and aliases over the whole graph
 * The index behind them is built once per graph version (the embedded store's graph events mark it stale;
 * other stores are checked by their counts) and rankings are cached per measure and filters.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../../store/store.ts';
import { HttpError, readJsonBody } from '../http-json.ts';
import { encodeJson, sendEncodedJson, sendJsonGzip, type EncodedJson } from '../gzip-json.ts';
import { aggregateMembers, computeView, edgesAmong, neighbours, parseAggregateKey, rank, search, type Ranking } from './compute-view.ts';
import { buildViewIndex, type GraphSource, type ViewIndex } from './view-index.ts';
import { GRAPH_EVENTS, hasChanges, noChanges, recordGraphEvent, updateViewIndex, type GraphChanges, type LiveGraph } from './view-index-update.ts';
import { layoutView } from './view-layout.ts';
import { intParam, parseFilters, parseViewParams, rankingKey, VIEW_DEFAULTS, ViewParamError, type Measure, type ViewFilters } from './view-params.ts';

/** Over this many nodes or relationships the viewer shows views instead of the whole graph. */
export const VIEW_THRESHOLD = { nodes: 3000, edges: 15000 };

/** The threshold, unless NEWSGRAPH_VIEW_NODES / NEWSGRAPH_VIEW_EDGES set another (tests lower it). */
export function viewThreshold(env: NodeJS.ProcessEnv = process.env): { nodes: number; edges: number } {
  const read = (v: string | undefined, d: number) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : d);
  return { nodes: read(env.NEWSGRAPH_VIEW_NODES, VIEW_THRESHOLD.nodes), edges: read(env.NEWSGRAPH_VIEW_EDGES, VIEW_THRESHOLD.edges) };
}

interface Cached { index: ViewIndex; stamp: string; rankings: Map<string, Ranking>; views: Map<string, EncodedJson> }
const cache = new WeakMap<Store, Cached & { changes: GraphChanges; watching: object | null }>();
const MAX_CACHED = 16;

function graphOf(store: Store): (GraphSource & Partial<LiveGraph> & { on?: (event: string, cb: (payload: unknown) => void) => void }) | null {
  const g = (store as unknown as { graph?: unknown }).graph;
  return g && typeof g === 'object' && 'forEachNode' in g ? (g as GraphSource) : null;
}


/** The index of the store's current graph (rebuilt when the graph changed). */
export async function viewIndexOf(store: Store): Promise<Cached> {
  const live = graphOf(store);
  let entry = cache.get(store);
  if (live) {
    const same = entry?.watching === live; // the store may also swap its graph object
    if (entry && same && !hasChanges(entry.changes)) return entry;
    // a live feed adds a few articles at a time: apply them to the index rather than rebuild it
    const updated = entry && same && live.getNodeAttributes && live.getEdgeAttributes
      ? updateViewIndex(entry.index, live as GraphSource & LiveGraph, entry.changes) : null;
    const fresh = { index: updated ?? buildViewIndex(live), stamp: '', rankings: new Map(), views: new Map(), changes: noChanges(), watching: same ? live : null };
    if (!fresh.watching && live.on) {
      for (const ev of GRAPH_EVENTS) live.on(ev, (payload) => { const e = cache.get(store); if (e && e.watching === live) recordGraphEvent(e.changes, ev, payload); });
      fresh.watching = live;
    }
    cache.set(store, fresh);
    return fresh;
  }
  // another store (Neo4j): its counts tell whether the graph changed
  const stamp = JSON.stringify(await store.stats());
  if (entry && entry.stamp === stamp) return entry;
  const snapshot = await store.snapshot();
  const source: GraphSource = {
    forEachNode: (cb) => { for (const n of snapshot.nodes) cb(n.key, n.attributes as Record<string, unknown>); },
    forEachEdge: (cb) => { for (const e of snapshot.edges) cb(String(e.key), e.attributes as Record<string, unknown>, e.source, e.target); },
  };
  entry = { index: buildViewIndex(source), stamp, rankings: new Map(), views: new Map(), changes: noChanges(), watching: null };
  cache.set(store, entry);
  return entry;
}

/**
 * Builds the index and the default first screen ahead of the first visit (embedded store only: its graph
 * is in memory; for Neo4j that would mean reading the whole graph at start).
 */
export function warmViews(store: Store): void {
  if (!graphOf(store)) return;
  setTimeout(() => {
    void viewIndexOf(store).then((c) => {
      const p = parseViewParams(new URLSearchParams());
      remember(c.views, rankingKey(p) + p.limit, () => viewResponse(c, p));
    }).catch(() => { /* the first request reports the error */ });
  }, 0).unref();
}

function remember<T>(map: Map<string, unknown>, key: string, make: () => T): T {
  if (map.has(key)) { const v = map.get(key) as T; map.delete(key); map.set(key, v); return v; }
  const v = make();
  map.set(key, v);
  if (map.size > MAX_CACHED) map.delete(map.keys().next().value!);
  return v;
}

/** A view, laid out and encoded (JSON and gzip) once: the cache keeps what is sent. */
function viewResponse(c: Cached, p: ReturnType<typeof parseViewParams>): EncodedJson {
  const v = computeView(c.index, rankingOf(c, p), p);
  layoutView(v);
  return encodeJson(v);
}

function rankingOf(c: Cached, p: ViewFilters & { measure: Measure }): Ranking {
  return remember(c.rankings, rankingKey(p), () => rank(c.index, p));
}

function params<T>(read: () => T): T {
  try { return read(); } catch (err) {
    if (err instanceof ViewParamError) throw new HttpError(400, 'Newsgraph.Request.Invalid', err.message);
    throw err;
  }
}

interface Opts { store: Store }
type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, m: RegExpMatchArray, opts: Opts) => Promise<void>;

const getInfo: Handler = async (req, res, _url, _m, opts) => {
  const { index } = await viewIndexOf(opts.store);
  const threshold = viewThreshold();
  sendJsonGzip(req, res, 200, {
    nodes: index.totalNodes, edges: index.totalEdges, threshold,
    large: index.totalNodes > threshold.nodes || index.totalEdges > threshold.edges,
    nodeTypes: index.nodeTypeCounts, relationTypes: index.relationTypeCounts,
    minDate: index.minTime === null ? null : new Date(index.minTime).toISOString(),
    maxDate: index.maxTime === null ? null : new Date(index.maxTime).toISOString(),
    measures: ['degree', 'investment', 'mentions', 'recency'], defaults: { measure: VIEW_DEFAULTS.measure, limit: VIEW_DEFAULTS.limit },
  });
};

const getView: Handler = async (req, res, url, _m, opts) => {
  const p = params(() => parseViewParams(url.searchParams));
  const c = await viewIndexOf(opts.store);
  sendEncodedJson(req, res, 200, remember(c.views, rankingKey(p) + p.limit, () => viewResponse(c, p)));
};

const getAggregate: Handler = async (req, res, url, m, opts) => {
  const key = decodeURIComponent(m[1]!);
  if (!parseAggregateKey(key)) throw new HttpError(400, 'Newsgraph.Request.Invalid', `'${key}' is not an aggregate key (agg:TYPE:COUNTRY)`);
  const p = params(() => parseViewParams(url.searchParams));
  const offset = params(() => intParam(url.searchParams.get('offset'), 'offset', 0, 0, 10_000_000));
  const size = params(() => intParam(url.searchParams.get('size'), 'size', VIEW_DEFAULTS.members, 1, 1000));
  const c = await viewIndexOf(opts.store);
  sendJsonGzip(req, res, 200, aggregateMembers(c.index, rankingOf(c, p), p, key, offset, size));
};

const getNeighbours: Handler = async (req, res, url, m, opts) => {
  const id = decodeURIComponent(m[1]!);
  const q = url.searchParams;
  const p = params(() => ({ ...parseFilters(q), measure: parseViewParams(q).measure }));
  const offset = params(() => intParam(q.get('offset'), 'offset', 0, 0, 10_000_000));
  const limit = params(() => intParam(q.get('limit'), 'limit', VIEW_DEFAULTS.neighbours, 0, 1000));
  const c = await viewIndexOf(opts.store);
  const i = c.index.byKey.get(id);
  if (i === undefined) throw new HttpError(404, 'Newsgraph.Request.NotFound', `no entity with id '${id}'`);
  sendJsonGzip(req, res, 200, neighbours(c.index, rankingOf(c, p), i, offset, limit));
};

const postEdges: Handler = async (req, res, _url, _m, opts) => {
  const body = (await readJsonBody(req, 4 << 20)) as { nodes?: unknown; among?: unknown; filters?: unknown } | null;
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (!body || !strings(body.nodes) || (body.among !== undefined && !strings(body.among))) {
    throw new HttpError(400, 'Newsgraph.Request.Invalid', 'body must be {"nodes": [ids], "among": [ids], "filters": "types=…&from=…"}');
  }
  const f = params(() => parseFilters(new URLSearchParams(typeof body.filters === 'string' ? body.filters : '')));
  const c = await viewIndexOf(opts.store);
  sendJsonGzip(req, res, 200, { edges: edgesAmong(c.index, rankingOf(c, { ...f, measure: 'degree' }), body.nodes as string[], (body.among ?? []) as string[], 20_000) });
};

const getSearch: Handler = async (req, res, url, _m, opts) => {
  const q = url.searchParams.get('q') ?? '';
  const limit = params(() => intParam(url.searchParams.get('limit'), 'limit', VIEW_DEFAULTS.search, 1, 100));
  const c = await viewIndexOf(opts.store);
  // ties go to the higher degree: the default view's ranking has it (a ranking of its own would cost a pass
  // over every relation on the first search: seconds on a store of 200,000 articles)
  const defaults = { ...parseFilters(new URLSearchParams()), measure: VIEW_DEFAULTS.measure };
  sendJsonGzip(req, res, 200, { hits: search(c.index, rankingOf(c, defaults), q, limit) });
};

export const VIEW_ROUTES: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
  { method: 'GET', pattern: /^\/api\/view\/info$/, handler: getInfo },
  { method: 'GET', pattern: /^\/api\/view$/, handler: getView },
  { method: 'GET', pattern: /^\/api\/view\/aggregate\/([^/]+)$/, handler: getAggregate },
  { method: 'POST', pattern: /^\/api\/view\/edges$/, handler: postEdges },
  { method: 'GET', pattern: /^\/api\/neighbours\/([^/]+)$/, handler: getNeighbours },
  { method: 'GET', pattern: /^\/api\/search$/, handler: getSearch },
];
