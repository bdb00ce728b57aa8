/** Conversion between engine values and the JSON result shape of DESIGN.md (graph/result.ts). */
import type { JsonValue, NodeJson, RelationshipJson } from '../graph/result.ts';
import { NodeValue, PathValue, RelationshipValue, StoredFloat, isMap, isTemporal, type CypherValue } from './values.ts';

import { isPoint, pointFromJson } from '../graph/point.ts';

const SAFE = 9007199254740991n;

export function toJsonValue(v: CypherValue): JsonValue {
  if (v === null) return null;
  switch (typeof v) {
    case 'bigint': return v >= -SAFE && v <= SAFE ? Number(v) : v.toString();
    case 'number': return Number.isFinite(v) ? v : String(v);
    case 'string': case 'boolean': return v;
    default: break;
  }
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (v instanceof NodeValue) return nodeJson(v);
  if (v instanceof RelationshipValue) return relJson(v);
  if (v instanceof PathValue) return { kind: 'path', nodes: v.nodes.map(nodeJson), relationships: v.relationships.map(relJson) };
  if (isTemporal(v)) return v.toString();
  if (isPoint(v)) return v.toJSON();
  const out: Record<string, JsonValue> = {};
  for (const k of Object.keys(v)) out[k] = toJsonValue((v as Record<string, CypherValue>)[k]);
  return out;
}

function propsJson(p: Record<string, CypherValue>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const k of Object.keys(p)) out[k] = toJsonValue(p[k]);
  return out;
}

function nodeJson(n: NodeValue): NodeJson {
  return { kind: 'node', id: n.key, labels: n.labels, properties: propsJson(n.properties) };
}

function relJson(r: RelationshipValue): RelationshipJson {
  // The `key` property is the relationship's id: listed once, as the Neo4j store does.
  const { key, ...rest } = r.properties;
  const props = key === r.key ? rest : r.properties;
  return { kind: 'relationship', id: r.key, type: r.type, start: r.start, end: r.end, properties: propsJson(props) };
}

/** A parameter from JSON / JS: integral numbers → Integer (bigint), other numbers → Float. */
export function fromJsValue(v: unknown): CypherValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? BigInt(v) : v;
    case 'bigint': case 'string': case 'boolean': return v;
    default: break;
  }
  if (v instanceof StoredFloat) return v.value;
  if (Array.isArray(v)) return v.map(fromJsValue);
  if (isTemporal(v)) return v;
  if (isPoint(v)) return v;
  if (v instanceof NodeValue || v instanceof RelationshipValue || v instanceof PathValue) return v;
  if (v instanceof Date) return v.toISOString();
  const point = pointFromJson(v); // a point's own JSON form (with its srid) is a point again
  if (point) return point;
  if (isMap(v) || typeof v === 'object') {
    const out: Record<string, CypherValue> = {};
    for (const k of Object.keys(v as object)) out[k] = fromJsValue((v as Record<string, unknown>)[k]);
    return out;
  }
  return String(v);
}
