/** The server-side view routes (src/server/views/view-routes.ts), as the large-graph mode calls them. */
import { apiFetch } from '../api.ts';
import type { PayloadEdge, PayloadNode } from './merge.ts';
import type { ViewInfo } from './view-model.ts';

export interface ViewPayload { attributes: Record<string, unknown>; nodes: PayloadNode[]; edges: PayloadEdge[] }
export interface SearchHit { id: string; name: string; type: string; matched: string; degree: number }

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await apiFetch(path, init);
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try { message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message; } catch { /* not JSON */ }
    throw new Error(`${init?.method ?? 'GET'} ${path.split('?')[0]}: ${message}`);
  }
  return (await res.json()) as T;
}

/** The graph's size and whether the viewer should ask for views; null when the server has no views (older server, static files). */
export async function fetchViewInfo(): Promise<ViewInfo | null> {
  try {
    const res = await apiFetch('/api/view/info');
    if (!res.ok) return null;
    return (await res.json()) as ViewInfo;
  } catch {
    return null;
  }
}

export const fetchView = (query: string) => getJson<ViewPayload>(`/api/view?${query}`);

export const fetchAggregate = (key: string, query: string) =>
  getJson<ViewPayload & { remaining: number }>(`/api/view/aggregate/${encodeURIComponent(key)}?${query}`);

export const fetchNeighbours = (id: string, query: string) => getJson<ViewPayload>(`/api/neighbours/${encodeURIComponent(id)}?${query}`);

export const fetchEdgesAmong = (nodes: string[], among: string[], filters: string) =>
  getJson<{ edges: PayloadEdge[] }>('/api/view/edges', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nodes, among, filters }) });

export const searchGraph = (q: string, limit = 10) => getJson<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`);
