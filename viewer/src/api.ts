/** The HTTP API of DESIGN.md, as the viewer uses it. */
import type { JsonValue, QueryErrorJson, QueryResult } from '../../src/graph/result.ts';
import type { Snapshot } from '../../src/graph/model.ts';

export async function fetchGraph(): Promise<Snapshot> {
  const res = await fetch('/api/graph');
  if (!res.ok) throw new Error(`GET /api/graph: ${res.status} ${res.statusText}`);
  return (await res.json()) as Snapshot;
}

export type QueryResponse = { ok: true; result: QueryResult } | { ok: false; error: QueryErrorJson['error'] };

export async function runQuery(query: string, params: Record<string, JsonValue> = {}): Promise<QueryResponse> {
  let res: Response;
  try {
    res = await fetch('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) });
  } catch (err) {
    return { ok: false, error: { code: 'Newsgraph.Network', message: (err as Error).message } };
  }
  let body: unknown;
  try { body = await res.json(); } catch { body = null; }
  if (body && typeof body === 'object' && 'error' in body) return { ok: false, error: (body as QueryErrorJson).error };
  if (!res.ok || !body || typeof body !== 'object' || !('columns' in body)) {
    return { ok: false, error: { code: 'Newsgraph.Http', message: `POST /api/query: ${res.status} ${res.statusText}` } };
  }
  return { ok: true, result: body as QueryResult };
}
