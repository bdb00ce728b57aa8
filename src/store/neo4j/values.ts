/**
 * Values between Newsgraph and the driver. Outgoing: integral JS numbers become Neo4j Integers (the
 * memory store reads them as Integers too), other numbers Floats; a list with any non-integral number
 * is all Floats (Neo4j lists are homogeneous). Incoming: the DESIGN.md result shape — Integers as
 * numbers, or strings beyond 2^53; temporal values in Cypher's ISO form; a node's id is its `id`
 * property, a relationship's id its `key` property (both stores then give the same ids).
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { JsonValue, NodeJson, PathJson, RelationshipJson } from '../../graph/result.ts';
import { Point, isPoint, pointFromJson } from '../../graph/point.ts';
import { formatDate, formatDuration, formatOffset, formatTime, epochDay } from '../../bolt/temporal-codec.ts';
import { DATE_FIELDS } from '../../time/fields.ts';

const { isInt, isPoint: isDriverPoint, isDate, isDateTime, isLocalDateTime, isLocalTime, isTime, isDuration, isNode, isRelationship, isPath } = neo4j;

/** A Newsgraph point (or its JSON form) as the driver's Point; undefined for anything else. */
export function pointToNeo4j(v: unknown): neo4j.Point | undefined {
  const p = isPoint(v) ? v : pointFromJson(v);
  if (!p) return undefined;
  return p.z === undefined ? new neo4j.types.Point(neo4j.int(p.srid), p.x, p.y) : new neo4j.types.Point(neo4j.int(p.srid), p.x, p.y, p.z);
}

/** The driver's Point as a Newsgraph point. */
export function pointFromNeo4j(v: neo4j.Point): Point {
  const srid = typeof v.srid === 'number' ? v.srid : (v.srid as Integer).toNumber();
  return new Point(srid, v.x, v.y, v.z ?? undefined);
}

export function toNeo4j(v: unknown): unknown {
  const point = pointToNeo4j(v);
  if (point) return point;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (typeof v === 'bigint') return neo4j.int(v.toString());
  if (Array.isArray(v)) {
    if (v.some((x) => typeof x === 'number' && !Number.isInteger(x))) return v.map((x) => (typeof x === 'number' ? x : toNeo4j(x)));
    return v.map(toNeo4j);
  }
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toNeo4j(x);
    return out;
  }
  return v;
}

/** Properties as Neo4j stores them: no null / undefined, no nested maps (kept as JSON text); the time fields (src/time) as Cypher dates. */
export function toNeo4jProps(attrs: Record<string, unknown>, omit: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || omit.includes(k)) continue;
    const day = DATE_FIELDS.has(k) ? String(v).match(/^(\d{4})-(\d{2})-(\d{2})$/) : null;
    if (day) { out[k] = new neo4j.types.Date(Number(day[1]), Number(day[2]), Number(day[3])); continue; }
    if (typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype && !pointFromJson(v)) out[k] = JSON.stringify(v);
    else out[k] = toNeo4j(v);
  }
  return out;
}

export function intToJson(i: Integer): number | string {
  return i.inSafeRange() ? i.toNumber() : i.toString();
}

const n = (x: number | Integer): number => (typeof x === 'number' ? x : x.toNumber());
const big = (x: number | Integer): bigint => BigInt(typeof x === 'number' ? x : x.toString());

/** Cypher's string form of a driver temporal value (the driver's own toString pads nanoseconds). */
export function temporalToIso(v: unknown): string | undefined {
  const t = v as Record<string, number | Integer>;
  const time = (): string => formatTime(((big(t.hour!) * 60n + big(t.minute!)) * 60n + big(t.second!)) * 1_000_000_000n + big(t.nanosecond!));
  const date = (): string => formatDate(epochDay(n(t.year!), n(t.month!), n(t.day!)));
  if (isDate(v)) return date();
  if (isLocalTime(v)) return time();
  if (isTime(v)) return time() + formatOffset(n(t.timeZoneOffsetSeconds!));
  if (isLocalDateTime(v)) return `${date()}T${time()}`;
  if (isDateTime(v)) {
    const zone = (v as unknown as { timeZoneId?: string | null }).timeZoneId;
    const off = t.timeZoneOffsetSeconds;
    const base = `${date()}T${time()}${off === undefined || off === null ? '' : formatOffset(n(off))}`;
    return zone ? `${base}[${zone}]` : base;
  }
  if (isDuration(v)) return formatDuration(big(t.months!), big(t.days!), big(t.seconds!), big(t.nanoseconds!));
  return undefined;
}

/** Resolves an element id to the node's `id` property (filled by the store before conversion). */
export type NodeIdOf = (elementId: string) => string;

function props(p: Record<string, unknown>, omit?: string): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const k of Object.keys(p)) if (k !== omit) out[k] = toJson(p[k], () => '');
  return out;
}

export function toJson(v: unknown, idOf: NodeIdOf): JsonValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number': case 'string': case 'boolean': return v;
    case 'bigint': return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  }
  if (isInt(v)) return intToJson(v as Integer);
  if (Array.isArray(v)) return v.map((x) => toJson(x, idOf));
  if (isDriverPoint(v)) return pointFromNeo4j(v as neo4j.Point).toJSON();
  if (isNode(v)) return nodeJson(v as neo4j.Node);
  if (isRelationship(v)) return relJson(v as neo4j.Relationship, idOf);
  if (isPath(v)) {
    const p = v as neo4j.Path;
    const out: PathJson = { kind: 'path', nodes: [nodeJson(p.start)], relationships: [] };
    for (const s of p.segments) { out.nodes.push(nodeJson(s.end)); out.relationships.push(relJson(s.relationship, idOf)); }
    return out;
  }
  const iso = temporalToIso(v);
  if (iso !== undefined) return iso;
  if (v instanceof Int8Array || v instanceof Uint8Array) return Array.from(v);
  if (typeof v === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toJson(x, idOf);
    return out;
  }
  return String(v);
}

export function nodeJson(node: neo4j.Node): NodeJson {
  const id = node.properties.id;
  return { kind: 'node', id: typeof id === 'string' ? id : node.elementId, labels: [...node.labels], properties: props(node.properties) };
}

export function relJson(r: neo4j.Relationship, idOf: NodeIdOf): RelationshipJson {
  const key = r.properties.key;
  return {
    kind: 'relationship', id: typeof key === 'string' ? key : r.elementId, type: r.type,
    start: idOf(r.startNodeElementId), end: idOf(r.endNodeElementId), properties: props(r.properties, 'key'),
  };
}

/** Element ids of relationship ends (and whether the result's own nodes resolve them). */
export function collectEnds(v: unknown, known: Map<string, string>, missing: Set<string>): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) { for (const x of v) collectEnds(x, known, missing); return; }
  if (isNode(v)) { const nd = v as neo4j.Node; if (typeof nd.properties.id === 'string') known.set(nd.elementId, nd.properties.id); return; }
  if (isRelationship(v)) { const r = v as neo4j.Relationship; missing.add(r.startNodeElementId); missing.add(r.endNodeElementId); return; }
  if (isPath(v)) {
    const p = v as neo4j.Path;
    collectEnds(p.start, known, missing);
    for (const s of p.segments) { collectEnds(s.end, known, missing); collectEnds(s.relationship, known, missing); }
    return;
  }
  if (isInt(v) || temporalToIso(v) !== undefined) return;
  for (const x of Object.values(v as Record<string, unknown>)) collectEnds(x, known, missing);
}
