/**
 * Keeps the time fields of a graphology graph (the embedded store's) in step with its contents: after
 * patches are applied, after an article is taken out, after a snapshot is loaded. Dates are written as
 * Cypher `date` values, so `r.validTo < date('2026-01-01')` works in queries and the store file keeps
 * their type (property-types.ts).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { GraphPatch } from '../graph/patch.ts';
import { DateValue } from '../cypher/temporal/values.ts';
import { deriveTime, type TimeUpdate } from './derive.ts';
import { DATE_FIELDS, ENTITY_TIME_FIELDS, RELATION_TIME_FIELDS } from './fields.ts';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

export function toCypherDate(day: string): DateValue {
  return DateValue.of(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

function sameValue(field: string, old: unknown, v: unknown): boolean {
  if (old === undefined || old === null) return false;
  if (DATE_FIELDS.has(field)) return typeof old === 'object' && String(old) === v;
  if (Array.isArray(v)) return Array.isArray(old) && old.length === v.length && old.every((x, i) => x === v[i]);
  return old === v;
}

function writeFields(attrs: Attributes, fields: Record<string, unknown>, names: readonly string[]): boolean {
  let changed = false;
  for (const f of names) {
    const v = fields[f];
    if (v === undefined) {
      if (f in attrs) { delete attrs[f]; changed = true; }
    } else if (!sameValue(f, attrs[f], v)) {
      attrs[f] = DATE_FIELDS.has(f) ? toCypherDate(String(v)) : Array.isArray(v) ? [...v] : v;
      changed = true;
    }
  }
  return changed;
}

/** Writes derived fields into the graph; only elements whose fields change are touched. */
export function writeTime(graph: Graph, update: TimeUpdate): number {
  let changed = 0;
  for (const [key, fields] of update.relations) {
    if (!graph.hasEdge(key)) continue;
    const attrs = { ...graph.getEdgeAttributes(key) };
    if (writeFields(attrs, fields as Record<string, unknown>, RELATION_TIME_FIELDS)) { graph.replaceEdgeAttributes(key, attrs); changed++; }
  }
  for (const [key, fields] of update.entities) {
    if (!graph.hasNode(key)) continue;
    const attrs = { ...graph.getNodeAttributes(key) };
    if (writeFields(attrs, fields as Record<string, unknown>, ENTITY_TIME_FIELDS)) { graph.replaceNodeAttributes(key, attrs); changed++; }
  }
  return changed;
}

/** Recomputes the fields the patches can have changed (all of them without patches). */
export function refreshGraphTime(graph: Graph, patches?: readonly GraphPatch[]): number {
  if (!patches) return writeTime(graph, deriveTime(graph));
  const relations: string[] = [], entities: string[] = [];
  for (const p of patches) {
    for (const r of p.relations) if (r.type !== 'MENTIONS') relations.push(r.key);
    for (const e of p.entities) entities.push(e.id);
  }
  return writeTime(graph, deriveTime(graph, { relations, entities }));
}

/**
 * Date fields read from JSON (an imported snapshot) back as Cypher dates; nothing is derived, so
 * export → import → export gives the same file.
 */
export function typeDateFields(graph: Graph): void {
  const typed = (attrs: Attributes): Attributes | undefined => {
    let out: Attributes | undefined;
    for (const f of DATE_FIELDS) {
      const v = attrs[f];
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) (out ??= { ...attrs })[f] = toCypherDate(v);
    }
    return out;
  };
  graph.forEachNode((key, a) => { const t = typed(a); if (t) graph.replaceNodeAttributes(key, t); });
  graph.forEachEdge((key, a) => { const t = typed(a); if (t) graph.replaceEdgeAttributes(key, t); });
}
