/**
 * The log's standing decisions, enforced on a graph after extraction has added to it (every ingest,
 * push and pull): an entity merged away that a later article brought back is merged again (its
 * relations move, evidence kept); a rejected entity or relation stated again is hidden again, and each
 * new statement is recorded as a `restated` entry, so the review queue shows "rejected, n new mentions".
 * Cost: one look-up per standing merge and reject, not a pass over the graph.
 */
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { RestatedEntry } from './types.ts';
import { mergeMap, rejections, type LogState } from './log-state.ts';
import { isEntity, mergeEntities } from './operations.ts';

export interface EnforceResult {
  /** Entities merged again into the entity they were merged into. */
  remerged: number;
  /** Rejected entities and relations hidden again. */
  hidden: number;
  /** New statements of rejected things (to append to the log). */
  restated: RestatedEntry[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function enforceLog(graph: Graph, state: LogState, now = new Date().toISOString()): EnforceResult {
  const result: EnforceResult = { remerged: 0, hidden: 0, restated: [] };
  for (const [gone, keep] of mergeMap(state)) {
    if (gone !== keep && isEntity(graph, gone) && isEntity(graph, keep)) { mergeEntities(graph, keep, gone); result.remerged++; }
  }
  const known = new Set(state.restated.map((r) => `${r.rule}|${r.article}|${r.evidence}`));
  const record = (rule: string, target: string, article: string, evidence: string) => {
    const k = `${rule}|${article}|${evidence}`;
    if (known.has(k)) return;
    known.add(k);
    result.restated.push({ kind: 'restated', rule, target, article, evidence, at: now });
  };
  for (const [target, op] of rejections(state)) {
    if (isEntity(graph, target)) {
      const a = graph.getNodeAttributes(target);
      for (const e of graph.inEdges(target)) {
        if (graph.getEdgeAttribute(e, 'type') !== 'MENTIONS') continue;
        const ev = strings(graph.getEdgeAttribute(e, 'evidence'));
        record(op.id, target, graph.source(e), ev[0] ?? '');
      }
      if (!graph.inEdges(target).length) for (const art of strings(a.articles)) record(op.id, target, art, '');
      graph.dropNode(target);
      result.hidden++;
    } else if (graph.hasEdge(target)) {
      const a = graph.getEdgeAttributes(target);
      const ev = strings(a.evidence);
      strings(a.articles).forEach((art, i) => record(op.id, target, art, ev[i] ?? ''));
      graph.dropEdge(target);
      result.hidden++;
    }
  }
  return result;
}
