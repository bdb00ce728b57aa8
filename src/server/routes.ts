/**
 * The HTTP API of DESIGN.md. Every route works on the Store interface, so the same server runs over the
 * embedded store or Neo4j.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store/store.ts';
import { exportGraph, EXPORT_FORMATS, type ExportFormat } from '../export/index.ts';
import { toQueryError } from '../cli/query-error.ts';
import { HttpError, readJsonBody, sendJson } from './http-json.ts';
import { postIngest } from './ingest-route.ts';
import { VIEW_ROUTES } from './views/view-routes.ts';
import { getCurationLog, getReview, postCurate } from './curate-route.ts';
import { snapshotJsonChunks } from '../export/json-stream.ts';
import { sendChunks } from './send-chunks.ts';
import { getEvents } from './live/events-route.ts';
import { snapshotFor, TIME_ROUTES } from './time-routes.ts';

export interface ApiOptions {
  store: Store;
  /** Write clauses over HTTP only when the server was started with --allow-writes. */
  allowWrites: boolean;
  maxBodyBytes: number;
  queryTimeoutMs: number;
  maxRows: number;
  /** Memory budget of one query (MB). */
  maxMemoryMb?: number;
  /**
   * One writer at a time with the graph's other writers (the Bolt endpoint): with it, a write query
   * waits for an open Bolt transaction to end, so the transaction's rollback cannot undo it.
   */
  writeLock?: { acquire(timeoutMs: number): Promise<void>; release(): void };
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, match: RegExpMatchArray, opts: ApiOptions) => Promise<void>;

async function getGraph(_req: IncomingMessage, res: ServerResponse, url: URL, _m: RegExpMatchArray, opts: ApiOptions) {
  await sendChunks(res, 'application/json; charset=utf-8', snapshotJsonChunks(await snapshotFor(url, opts), { pretty: false, canonical: false }));
}

async function getStats(_req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpMatchArray, opts: ApiOptions) {
  sendJson(res, 200, await opts.store.stats());
}

async function postQuery(req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpMatchArray, opts: ApiOptions) {
  const body = (await readJsonBody(req, opts.maxBodyBytes)) as { query?: unknown; params?: unknown } | null;
  if (!body || typeof body.query !== 'string' || !body.query.trim()) {
    throw new HttpError(400, 'Newsgraph.Request.Invalid', 'body must be {"query": "CYPHER", "params": {...}}');
  }
  if (body.params !== undefined && (typeof body.params !== 'object' || body.params === null || Array.isArray(body.params))) {
    throw new HttpError(400, 'Newsgraph.Request.Invalid', '"params" must be an object');
  }
  const run = (readOnly: boolean) => opts.store.query(body.query as string, {
    params: (body.params ?? {}) as Record<string, unknown>,
    readOnly,
    timeoutMs: opts.queryTimeoutMs,
    maxRows: opts.maxRows,
    ...(opts.maxMemoryMb !== undefined ? { maxMemoryMb: opts.maxMemoryMb } : {}),
  });
  try {
    let result;
    if (opts.allowWrites && opts.writeLock) {
      // reads run at once; a query the engine refuses as a write runs again under the write lock
      try {
        result = await run(true);
      } catch (err) {
        if (!isWriteRefusal(err)) throw err;
        await opts.writeLock.acquire(opts.queryTimeoutMs);
        try { result = await run(false); } finally { opts.writeLock.release(); }
      }
    } else {
      result = await run(!opts.allowWrites);
    }
    if (opts.allowWrites && result.stats && Object.values(result.stats).some((n) => n)) await opts.store.flush();
    sendJson(res, 200, result);
  } catch (err) {
    const e = toQueryError(err);
    const status = e.error.code.startsWith('Neo.ClientError') ? 400 : e.error.code.startsWith('Neo.TransientError') ? 503 : 500;
    sendJson(res, status, e);
  }
}

function isWriteRefusal(err: unknown): boolean {
  return err instanceof Error && (err as { kind?: unknown }).kind === 'Forbidden';
}

async function getExport(_req: IncomingMessage, res: ServerResponse, url: URL, _m: RegExpMatchArray, opts: ApiOptions) {
  const format = url.searchParams.get('format') ?? 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new HttpError(400, 'Newsgraph.Request.Invalid', `unknown format '${format}' (${EXPORT_FORMATS.join(', ')})`);
  }
  if (format === 'json') {
    res.setHeader('content-disposition', 'attachment; filename="graph.json"');
    await sendChunks(res, 'application/json; charset=utf-8', snapshotJsonChunks(await snapshotFor(url, opts, true), { pretty: true, canonical: true }));
    return;
  }
  const output = exportGraph(await snapshotFor(url, opts, true), format as ExportFormat);
  let file = output.files[0]!;
  if (output.files.length > 1) {
    const wanted = url.searchParams.get('file');
    const names = output.files.map((f) => f.name);
    const found = output.files.find((f) => f.name === wanted || f.name === `${wanted}.csv`);
    if (!found) throw new HttpError(400, 'Newsgraph.Request.Invalid', `format ${format} has several files: add &file=${names.join(' or &file=')}`);
    file = found;
  }
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.name}"`,
    'cache-control': 'no-store',
  });
  res.end(file.body);
}

const ARTICLE_QUERY = 'MATCH (a:Article) WHERE a.id = $id RETURN a';
const ARTICLE_RELATIONS = `MATCH (s)-[r]->(t) WHERE type(r) <> 'MENTIONS' AND $id IN r.articles
RETURN s.id AS source, s.name AS sourceName, type(r) AS type, t.id AS target, t.name AS targetName, r AS relationship
ORDER BY type, source, target`;
const ARTICLE_ENTITIES = `MATCH (a:Article)-[:MENTIONS]->(e) WHERE a.id = $id
RETURN e.id AS id, e.name AS name, labels(e)[0] AS type ORDER BY type, name`;

async function getArticle(_req: IncomingMessage, res: ServerResponse, _url: URL, m: RegExpMatchArray, opts: ApiOptions) {
  const id = decodeURIComponent(m[1]!);
  const params = { id };
  const found = await opts.store.query(ARTICLE_QUERY, { params, readOnly: true });
  const node = found.rows[0]?.[0] as { properties?: Record<string, unknown> } | undefined;
  if (!node) throw new HttpError(404, 'Newsgraph.Request.NotFound', `no article with id '${id}'`);
  const rels = await opts.store.query(ARTICLE_RELATIONS, { params, readOnly: true });
  const ents = await opts.store.query(ARTICLE_ENTITIES, { params, readOnly: true });
  const relations = rels.rows.map(([source, sourceName, type, target, targetName, rel]) => {
    const props = { ...((rel as { properties?: Record<string, unknown> }).properties ?? {}) };
    const articles = (props.articles as string[] | undefined) ?? [];
    const evidence = (props.evidence as string[] | undefined) ?? [];
    const sentences = evidence.filter((_e, i) => articles[i] === id);
    delete props.articles;
    delete props.evidence;
    return { source, sourceName, type, target, targetName, properties: props, evidence: sentences };
  });
  const entities = ents.rows.map(([eid, name, type]) => ({ id: eid, name, type }));
  sendJson(res, 200, { article: node.properties, relations, entities });
}

export const ROUTES: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
  { method: 'GET', pattern: /^\/api\/graph$/, handler: getGraph },
  { method: 'GET', pattern: /^\/api\/stats$/, handler: getStats },
  { method: 'POST', pattern: /^\/api\/query$/, handler: postQuery },
  { method: 'POST', pattern: /^\/api\/ingest$/, handler: postIngest },
  { method: 'GET', pattern: /^\/api\/export$/, handler: getExport },
  { method: 'GET', pattern: /^\/api\/articles\/([^/]+)$/, handler: getArticle },
  ...VIEW_ROUTES,
  { method: 'POST', pattern: /^\/api\/curate$/, handler: postCurate },
  { method: 'GET', pattern: /^\/api\/curate\/log$/, handler: getCurationLog },
  { method: 'GET', pattern: /^\/api\/review$/, handler: getReview },
  { method: 'GET', pattern: /^\/api\/events$/, handler: getEvents },
  ...TIME_ROUTES,
];
