/** The HTTP API of DESIGN.md, as the viewer uses it. */
import type { JsonValue, QueryErrorJson, QueryResult } from '../../src/graph/result.ts';
import type { Snapshot } from '../../src/graph/model.ts';

const TOKEN_KEY = 'newsgraph.token';

/**
 * fetch with the server's access token when it asks for one (`serve --auth`): on 401 the viewer asks
 * the user once and keeps the token for this tab (sessionStorage), never in the shareable URL.
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  for (;;) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    const res = await fetch(path, { ...init, headers });
    if (res.status !== 401) return res;
    const given = window.prompt(token ? 'Wrong token. Access token for this Newsgraph server:' : 'This Newsgraph server needs an access token:');
    if (!given) return res;
    sessionStorage.setItem(TOKEN_KEY, given.trim());
  }
}

export async function fetchGraph(): Promise<Snapshot> {
  const res = await apiFetch('/api/graph');
  if (!res.ok) throw new Error(`GET /api/graph: ${res.status} ${res.statusText}`);
  return (await res.json()) as Snapshot;
}

export type QueryResponse = { ok: true; result: QueryResult } | { ok: false; error: QueryErrorJson['error'] };

export async function runQuery(query: string, params: Record<string, JsonValue> = {}): Promise<QueryResponse> {
  let res: Response;
  try {
    res = await apiFetch('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) });
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
