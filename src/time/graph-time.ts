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
import { DATE_FIELDS, ENTITY_TIME_FIELDS, RELATION_TIME_FIELDS, type EntityTime } from './fields.ts';
import { maxDate, minDate, reportDate } from './dates.ts';

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
    const attrs = Object.assign({}, graph.getEdgeAttributes(key)); // a spread copy takes V8's slow path on these many-shaped objects
    if (writeFields(attrs, fields as Record<string, unknown>, RELATION_TIME_FIELDS)) { graph.replaceEdgeAttributes(key, attrs); changed++; }
  }
  for (const [key, fields] of update.entities) {
    if (!graph.hasNode(key)) continue;
    const attrs = Object.assign({}, graph.getNodeAttributes(key));
    if (writeFields(attrs, fields as Record<string, unknown>, ENTITY_TIME_FIELDS)) { graph.replaceNodeAttributes(key, attrs); changed++; }
  }
  return changed;
}

/** Recomputes the fields the patches can have changed (all of them without patches). */
export function refreshGraphTime(graph: Graph, patches?: readonly GraphPatch[]): number {
  if (!patches) return writeTime(graph, deriveTime(graph));
  const relations: string[] = [];
  for (const p of patches) for (const r of p.relations) if (r.type !== 'MENTIONS') relations.push(r.key);
  const update = deriveTime(graph, { relations, entities: [] });
  // an entity's first and last sightings only widen when articles are added: no need to read all its articles
  const full: string[] = [];
  for (const p of patches) {
    const day = reportDate(p.article.date);
    for (const e of p.entities) {
      if (!graph.hasNode(e.id)) continue;
      const known = update.entities.get(e.id) ?? seenOf(graph.getNodeAttributes(e.id));
      const count = (graph.getNodeAttribute(e.id, 'articles') as unknown[] | undefined)?.length ?? 0;
      if (known.firstSeen === undefined && count > 1) { full.push(e.id); continue; }
      update.entities.set(e.id, { ...(minDate(known.firstSeen, day) ? { firstSeen: minDate(known.firstSeen, day)! } : {}), ...(maxDate(known.lastSeen, day) ? { lastSeen: maxDate(known.lastSeen, day)! } : {}) });
    }
  }
  if (full.length) for (const [k, v] of deriveTime(graph, { relations: [], entities: full }).entities) update.entities.set(k, v);
  return writeTime(graph, update);
}

const dayText = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

function seenOf(a: Attributes): EntityTime {
  const t: EntityTime = {};
  const f = dayText(a.firstSeen), l = dayText(a.lastSeen);
  if (f) t.firstSeen = f;
  if (l) t.lastSeen = l;
  return t;
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
