/**
 * "What changed" between two days: the server's diff (GET /api/diff, the CLI's `newsgraph diff`), as
 * sets of keys the reducers colour: new, closed (shown although the as-of rule hides them) and changed.
 */
export interface TimeChanges {
  from: string;
  to: string;
  added: Set<string>;
  closed: Set<string>;
  changed: Set<string>;
  /** Entities that appeared between the two days. */
  newNodes: Set<string>;
}

interface DiffJson {
  entities: { added: Array<{ key: string }> };
  relations: { added: Array<{ key: string }>; closed: Array<{ key: string }>; changed: Array<{ key: string }> };
}

export async function fetchChanges(from: string, to: string): Promise<TimeChanges> {
  const res = await fetch(`/api/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  const body = await res.json() as DiffJson & { error?: { message?: string } };
  if (!res.ok || body.error) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  const keys = (xs: Array<{ key: string }>) => new Set(xs.map((x) => x.key));
  return { from, to, added: keys(body.relations.added), closed: keys(body.relations.closed), changed: keys(body.relations.changed), newNodes: keys(body.entities.added) };
}

export const CHANGE_COLORS = { added: '#16a34a', closed: '#dc2626', changed: '#f59e0b' } as const;

export function edgeChangeColor(changes: TimeChanges | null, key: string): string | undefined {
  if (!changes) return undefined;
  if (changes.added.has(key)) return CHANGE_COLORS.added;
  if (changes.closed.has(key)) return CHANGE_COLORS.closed;
  if (changes.changed.has(key)) return CHANGE_COLORS.changed;
  return undefined;
}

export function nodeChangeColor(changes: TimeChanges | null, key: string): string | undefined {
  return changes?.newNodes.has(key) ? CHANGE_COLORS.added : undefined;
}
