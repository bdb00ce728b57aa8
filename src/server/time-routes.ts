/**
 * The time routes (issue 11):
 *   GET    /api/graph?asOf=YYYY-MM-DD     the snapshot as of that day (src/time/as-of.ts)
 *   GET    /api/export?format=…&asOf=…   any export as of that day
 *   GET    /api/diff?from=DAY&to=DAY      what changed (src/time/diff.ts)
 *   DELETE /api/articles/:id              take an article out (writes allowed only)
 * The as-of forms hook into the existing routes through `asOfParam`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiOptions } from './routes.ts';
import { HttpError, sendJson } from './http-json.ts';
import { DateArgumentError, parseDateArgument } from '../time/dates.ts';
import { snapshotAsOf } from '../time/as-of.ts';
import { canonicalOrder } from '../time/canonical.ts';
import { diffSnapshots } from '../time/diff.ts';
import type { Snapshot } from '../graph/model.ts';

/** How long a removal waits for the graph's write lock (an open Bolt transaction). */
const LOCK_TIMEOUT_MS = 60_000;

function day(url: URL, name: string): string | undefined {
  const v = url.searchParams.get(name);
  if (v === null || v === '') return undefined;
  try {
    return parseDateArgument(v, name);
  } catch (err) {
    if (err instanceof DateArgumentError) throw new HttpError(400, 'Newsgraph.Request.Invalid', err.message);
    throw err;
  }
}

/** The store's snapshot, as of `?asOf=` when given (exports: in canonical order either way). */
export async function snapshotFor(url: URL, opts: ApiOptions, canonical = false): Promise<Snapshot> {
  const asOf = day(url, 'asOf');
  const snapshot = await opts.store.snapshot();
  return asOf ? snapshotAsOf(snapshot, asOf) : canonical ? canonicalOrder(snapshot) : snapshot;
}

async function getDiff(_req: IncomingMessage, res: ServerResponse, url: URL, _m: RegExpMatchArray, opts: ApiOptions): Promise<void> {
  const from = day(url, 'from'), to = day(url, 'to');
  if (!from || !to) throw new HttpError(400, 'Newsgraph.Request.Invalid', 'GET /api/diff needs ?from=YYYY-MM-DD&to=YYYY-MM-DD');
  const full = await opts.store.snapshot();
  sendJson(res, 200, diffSnapshots(snapshotAsOf(full, from), snapshotAsOf(full, to), { from, to }, full));
}

async function deleteArticle(_req: IncomingMessage, res: ServerResponse, _url: URL, m: RegExpMatchArray, opts: ApiOptions): Promise<void> {
  if (!opts.allowWrites) throw new HttpError(403, 'Newsgraph.Request.ReadOnly', 'this server is read-only: start it with --allow-writes to remove articles');
  const store = opts.store;
  if (!store.removeArticle) throw new HttpError(501, 'Newsgraph.Request.Unsupported', 'this store cannot remove articles');
  const id = decodeURIComponent(m[1]!);
  const lock = opts.writeLock;
  if (lock) await lock.acquire(LOCK_TIMEOUT_MS);
  let summary;
  try {
    summary = await store.removeArticle(id);
  } finally {
    lock?.release();
  }
  if (!summary) throw new HttpError(404, 'Newsgraph.Request.NotFound', `no article with id '${id}'`);
  await store.flush();
  sendJson(res, 200, summary);
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, match: RegExpMatchArray, opts: ApiOptions) => Promise<void>;

export const TIME_ROUTES: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
  { method: 'GET', pattern: /^\/api\/diff$/, handler: getDiff },
  { method: 'DELETE', pattern: /^\/api\/articles\/([^/]+)$/, handler: deleteArticle },
];
