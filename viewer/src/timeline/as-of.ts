/**
 * The as-of rule in the viewer: the one of src/time/presence.ts (reported by the day, not closed by an
 * end known by then), read from the time fields /api/graph carries. Nodes are there from the first
 * article that names them; undated ones always.
 */
import { presentAt } from '../../../src/time/presence.ts';
import type { GraphIndex } from '../graph-index.ts';
import type { ViewerEdgeAttributes, ViewerGraph } from '../types.ts';

/** The end of an ISO day in ms (UTC), to compare with article times. */
export function endOfDayMs(day: string): number {
  return Date.parse(`${day}T23:59:59.999Z`);
}

export function nodeAt(index: GraphIndex, key: string, day: string): boolean {
  const first = index.nodeFirst.get(key);
  return first === undefined || first <= endOfDayMs(day);
}

export function edgeAt(index: GraphIndex, key: string, a: ViewerEdgeAttributes, day: string): boolean {
  if (a.type === 'MENTIONS' || a.firstReported === undefined) {
    const first = index.edgeFirst.get(key);
    if (first !== undefined && first > endOfDayMs(day)) return false;
    if (a.type === 'MENTIONS') return true;
  }
  return presentAt({ firstReported: a.firstReported, validTo: a.validTo, endReported: a.endReported }, day);
}

/** The days articles were published on, in order: the steps of the replay. */
export function articleDays(graph: ViewerGraph): string[] {
  const days = new Set<string>();
  graph.forEachNode((_k, a) => {
    if (a.type === 'Article' && typeof a.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(a.date)) days.add(a.date.slice(0, 10));
  });
  return [...days].sort();
}
