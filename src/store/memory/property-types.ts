/**
 * Exact Cypher property types across the store's JSON file. JSON has one number type and no temporal
 * values, so a value written there can come back as another type: a Float with an integral value (1.0)
 * as an Integer, an Integer beyond 2^53 (written as a string) as a String, a date as a String. The file
 * therefore keeps, beside the graph, the type of every value JSON would blur (graph attribute
 * `propertyTypes`), and loading rebuilds them. A point is written as its JSON form
 * (`{latitude, longitude, srid}`, graph/point.ts) and tagged `Point`. Files without the table load exactly as before.
 */
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { Snapshot } from '../../graph/model.ts';
import { StoredFloat } from '../../cypher/values.ts';
import { isPoint, pointFromJson } from '../../graph/point.ts';

export const PROPERTY_TYPES_ATTRIBUTE = 'propertyTypes';

const TEMPORAL_TAGS = ['Date', 'LocalTime', 'Time', 'LocalDateTime', 'DateTime', 'Duration'] as const;
type TemporalTag = (typeof TEMPORAL_TAGS)[number];
export type TypeTag = 'Float' | 'Integer' | 'Point' | TemporalTag;

/** entity key → property name → type of the value (of each element, for a list). */
export interface PropertyTypes {
  nodes?: Record<string, Record<string, TypeTag>>;
  edges?: Record<string, Record<string, TypeTag>>;
}

const isTemporalTag = (t: string): t is TemporalTag => (TEMPORAL_TAGS as readonly string[]).includes(t);

function tagOf(v: unknown): TypeTag | null {
  if (v instanceof StoredFloat) return 'Float';
  if (typeof v === 'bigint') return v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER) ? 'Integer' : null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = tagOf(x);
      if (t) return t;
    }
    return null;
  }
  if (isPoint(v)) return 'Point';
  if (typeof v === 'object' && v !== null) {
    const t = (v as { temporalType?: unknown }).temporalType;
    if (typeof t === 'string' && isTemporalTag(t)) return t;
  }
  return null;
}

export function tagsOf(attributes: Record<string, unknown>): Record<string, TypeTag> | null {
  let out: Record<string, TypeTag> | null = null;
  for (const name in attributes) {
    const t = tagOf(attributes[name]);
    if (t) (out ??= {})[name] = t;
  }
  return out;
}

/** The types JSON would blur, for every node and edge of the graph; undefined when there are none. */
export function collectPropertyTypes(graph: Graph): PropertyTypes | undefined {
  const table: PropertyTypes = {};
  graph.forEachNode((key, a) => {
    const t = tagsOf(a);
    if (t) (table.nodes ??= {})[key] = t;
  });
  graph.forEachEdge((key, a) => {
    const t = tagsOf(a);
    if (t) (table.edges ??= {})[key] = t;
  });
  return table.nodes || table.edges ? table : undefined;
}

/**
 * Rebuilds typed values in a snapshot read from a file (in place) and removes the table from its graph
 * attributes. A value that does not parse as its recorded type is left as it is.
 */
export async function restorePropertyTypes(snapshot: Snapshot): Promise<void> {
  const table = snapshot.attributes[PROPERTY_TYPES_ATTRIBUTE] as PropertyTypes | undefined;
  delete snapshot.attributes[PROPERTY_TYPES_ATTRIBUTE];
  if (!table || typeof table !== 'object') return;
  const all = [...Object.values(table.nodes ?? {}), ...Object.values(table.edges ?? {})];
  // the temporal module is loaded only for files that hold temporal values
  const temporal = all.some((t) => Object.values(t).some(isTemporalTag)) ? await import('../../cypher/temporal/index.ts') : null;
  const rebuild = (tag: TypeTag, v: unknown): unknown => {
    if (Array.isArray(v)) return v.map((x) => rebuild(tag, x));
    if (tag === 'Float') return typeof v === 'number' && Number.isInteger(v) ? new StoredFloat(v) : v;
    if (tag === 'Integer') return typeof v === 'string' && /^-?\d+$/.test(v) ? BigInt(v) : v;
    if (tag === 'Point') return pointFromJson(v) ?? v;
    if (typeof v !== 'string' || !temporal) return v;
    try { return temporal.parseTemporalLiteral(tag, v); } catch { return v; }
  };
  const apply = (tags: Record<string, TypeTag> | undefined, attributes: Record<string, unknown>): void => {
    if (!tags) return;
    for (const name in tags) if (name in attributes) attributes[name] = rebuild(tags[name], attributes[name]);
  };
  for (const n of snapshot.nodes) apply(table.nodes?.[n.key], n.attributes);
  for (const e of snapshot.edges) if (e.key !== undefined) apply(table.edges?.[e.key], e.attributes);
}
