/** The review queue and curation routes, as the viewer's review panel uses them. */
import { apiFetch } from '../api.ts';
import type { CurationRequest, OperationEntry } from '../../../src/curate/types.ts';
import type { ReviewItem } from '../../../src/curate/review.ts';

export type { CurationRequest, OperationEntry, ReviewItem };

export interface ReviewReply { total: number; items: ReviewItem[]; writable: boolean }

export async function fetchReview(limit = 500): Promise<ReviewReply> {
  const res = await apiFetch(`/api/review?limit=${limit}`);
  if (!res.ok) throw new Error(`GET /api/review: ${res.status} ${res.statusText}`);
  return (await res.json()) as ReviewReply;
}

export async function postCurate(request: CurationRequest, by: string): Promise<OperationEntry> {
  const res = await apiFetch('/api/curate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...request, by }) });
  const body = (await res.json().catch(() => null)) as { entry?: OperationEntry; error?: { message?: string } } | null;
  if (!res.ok || !body?.entry) throw new Error(body?.error?.message ?? `POST /api/curate: ${res.status} ${res.statusText}`);
  return body.entry;
}
