/**
 * `POST /api/ingest`: articles as JSON, read into the graph by this server — so `newsgraph ingest` on a
 * store a server is running on goes through the server instead of writing the file beside it. Only
 * when the server accepts writes. Body: `{"articles": [{title, text, date?, url?, lang?, source?, origin?, id?}],
 * "extractor"?: "rules" | "llm"}`; reply: the ingest summary and one issue per article refused.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiOptions } from './routes.ts';
import { HttpError, readJsonBody, sendJson } from './http-json.ts';
import { ingestEvents, type IngestSummary } from '../ingest/pipeline.ts';
import { buildArticle } from '../ingest/read/build.ts';
import { articleId } from '../ingest/article-id.ts';
import type { Article } from '../graph/model.ts';
import type { ReadEvent, RawArticle } from '../ingest/read/index.ts';
import { createExtractor, type Extractor } from '../extract/index.ts';

export const INGEST_ROUTE_DEFAULTS = {
  /** Articles may be long (a file may hold 5 MB): the CLI sends batches below this. */
  maxBodyBytes: 32 * 1024 * 1024,
  maxArticles: 5000,
  /** How long a batch waits for the graph's write lock (an open Bolt transaction). */
  lockTimeoutMs: 60_000,
} as const;

export type IngestReply = Omit<IngestSummary, 'files'> & { files: number };

const extractors = new Map<string, Extractor>();
function extractorFor(kind: string): Extractor {
  let e = extractors.get(kind);
  if (!e) {
    e = createExtractor({ kind: kind as 'rules' | 'llm' });
    extractors.set(kind, e);
  }
  return e;
}

const FIELDS = ['title', 'date', 'url', 'lang', 'source'] as const;

/** One posted article → a read event: rebuilt here (id, cleanup) as a file's would be, or an issue. */
function toEvent(value: unknown, index: number): ReadEvent {
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const origin = typeof record?.origin === 'string' && record.origin ? record.origin : `request article ${index + 1}`;
  const issue = (message: string): ReadEvent => ({ file: origin, issue: { file: origin, message } });
  if (!record) return issue('expected an object {title, text, …}');
  if (typeof record.text !== 'string') return issue('"text" must be a string');
  const raw: RawArticle = { text: record.text };
  for (const key of FIELDS) {
    const v = record[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return issue(`"${key}" must be a string`);
    raw[key] = v;
  }
  // an article read by `newsgraph ingest` comes built, with its id: kept as it is when the id is its
  // text's (building it twice could change it, and the id with it); anything else is built here
  if (typeof record.id === 'string' && raw.title !== undefined && raw.lang !== undefined && record.id === articleId(raw.title, raw.text)) {
    const article: Article = { id: record.id, title: raw.title, text: raw.text, lang: raw.lang, origin };
    for (const key of ['date', 'url', 'source'] as const) if (raw[key] !== undefined) article[key] = raw[key];
    return { file: origin, article };
  }
  const built = buildArticle(raw, origin);
  return 'article' in built ? { file: origin, article: built.article } : issue(built.error);
}

export async function postIngest(req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpMatchArray, opts: ApiOptions): Promise<void> {
  if (!opts.allowWrites) {
    throw new HttpError(403, 'Newsgraph.Request.ReadOnly', 'this server is read-only: start it with --allow-writes to ingest through it');
  }
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'Newsgraph.Request.UnsupportedMediaType', 'POST /api/ingest takes Content-Type: application/json');
  }
  const body = (await readJsonBody(req, INGEST_ROUTE_DEFAULTS.maxBodyBytes)) as { articles?: unknown; extractor?: unknown } | null;
  if (!body || !Array.isArray(body.articles)) throw new HttpError(400, 'Newsgraph.Request.Invalid', 'body must be {"articles": [{"title": …, "text": …}, …]}');
  if (body.articles.length > INGEST_ROUTE_DEFAULTS.maxArticles) {
    throw new HttpError(413, 'Newsgraph.Request.TooLarge', `at most ${INGEST_ROUTE_DEFAULTS.maxArticles} articles per request`);
  }
  const kind = body.extractor ?? 'rules';
  if (kind !== 'rules' && kind !== 'llm') throw new HttpError(400, 'Newsgraph.Request.Invalid', '"extractor" must be "rules" or "llm"');
  const events = body.articles.map(toEvent);
  const lock = opts.writeLock;
  if (lock) await lock.acquire(INGEST_ROUTE_DEFAULTS.lockTimeoutMs);
  let summary: IngestSummary;
  try {
    summary = await ingestEvents(events, opts.store, { extractor: extractorFor(kind), save: false, keepResolver: true });
  } finally {
    lock?.release();
  }
  await opts.store.flush();
  sendJson(res, 200, summary);
}
