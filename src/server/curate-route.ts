/**
 * Curation over HTTP: `POST /api/curate` (an operation → its log entry, with the diff it caused; only
 * when the server accepts writes), `GET /api/curate/log` (the log) and `GET /api/review` (the review
 * queue, ranked; `?limit=N`, `?kind=duplicate,…`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiOptions } from './routes.ts';
import { HttpError, readJsonBody, sendJson } from './http-json.ts';
import { CurationError, curatedStore, logState, readLog, runCuration, storeReview, type ReviewKind } from '../curate/index.ts';
import { CurationRequestError, parseCurationRequest } from '../curate/request.ts';

export async function postCurate(req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpMatchArray, opts: ApiOptions): Promise<void> {
  if (!opts.allowWrites) throw new HttpError(403, 'Newsgraph.Request.ReadOnly', 'this server is read-only: start it with --allow-writes to curate through it');
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'Newsgraph.Request.UnsupportedMediaType', 'POST /api/curate takes Content-Type: application/json');
  }
  let parsed;
  try {
    parsed = parseCurationRequest(await readJsonBody(req, opts.maxBodyBytes));
  } catch (err) {
    if (err instanceof CurationRequestError) throw new HttpError(400, 'Newsgraph.Request.Invalid', err.message);
    throw err;
  }
  const provenance = { by: parsed.by ?? 'viewer', at: new Date().toISOString(), ...(parsed.note ? { note: parsed.note } : {}) };
  try {
    const entry = await runCuration(opts.store, parsed.request, provenance, opts.writeLock);
    sendJson(res, 200, { entry });
  } catch (err) {
    if (err instanceof CurationError) throw new HttpError(400, 'Newsgraph.Curation.Invalid', err.message);
    throw err;
  }
}

export async function getCurationLog(_req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpMatchArray, opts: ApiOptions): Promise<void> {
  const target = curatedStore(opts.store);
  const entries = target ? await readLog(target.file) : [];
  const state = logState(entries);
  // the diffs' images can be large: the log lists operations, the diff of one is in its POST reply
  const ops = state.ops.map(({ diff, ...op }) => ({ ...op, changed: diff.nodes.length + diff.edges.length, undone: state.undone.has(op.id) }));
  sendJson(res, 200, { operations: ops, restated: state.restated.length });
}

export async function getReview(_req: IncomingMessage, res: ServerResponse, url: URL, _m: RegExpMatchArray, opts: ApiOptions): Promise<void> {
  const limit = Number(url.searchParams.get('limit') ?? 500);
  if (!Number.isInteger(limit) || limit < 1) throw new HttpError(400, 'Newsgraph.Request.Invalid', '"limit" must be a positive integer');
  const kinds = url.searchParams.get('kind')?.split(',').filter(Boolean) as ReviewKind[] | undefined;
  const { total, items } = await storeReview(opts.store, { limit, ...(kinds?.length ? { kinds } : {}) });
  sendJson(res, 200, { total, items, writable: opts.allowWrites && Boolean(curatedStore(opts.store)) });
}
