/**
 * Cypher values → PackStream, as Neo4j sends them: Integer (bigint) vs Float (number), nodes and
 * relationships with integer ids (and element ids from Bolt 5), paths as node/relationship lists plus
 * an index sequence, temporal values as their Bolt structures (UTC-based DateTime from Bolt 5, or on
 * 4.4 when the client asked for the `utc` patch).
 */
import { NodeValue, PathValue, RelationshipValue, StoredFloat, isTemporal, type CypherValue, type TemporalValue } from '../cypher/values.ts';
import { Structure, type PackValue } from './packstream.ts';
import { engineTemporalFields } from './engine-temporal.ts';
import { isPoint } from '../graph/point.ts';
import { entityId } from '../cypher/expressions/graph-functions.ts';

export const SIG = {
  NODE: 0x4e, RELATIONSHIP: 0x52, UNBOUND_RELATIONSHIP: 0x72, PATH: 0x50,
  DATE: 0x44, TIME: 0x54, LOCAL_TIME: 0x74, LOCAL_DATE_TIME: 0x64,
  DATE_TIME_OFFSET_UTC: 0x49, DATE_TIME_ZONE_UTC: 0x69,
  DATE_TIME_OFFSET_LEGACY: 0x46, DATE_TIME_ZONE_LEGACY: 0x66,
  DURATION: 0x45,
  POINT_2D: 0x58, POINT_3D: 0x59,
} as const;

/** Integer ids for graph keys (Neo4j's legacy `id`): the engine's own, so `id(n)` and the driver's `identity` agree. */
export class IdRegistry {
  constructor(private readonly prefix: 'n' | 'r') {}
  id(key: string): bigint {
    return entityId(this.prefix, key);
  }
}

export interface EncodeContext {
  /** Bolt 5+: element ids in entities. */
  elementIds: boolean;
  /** UTC-based DateTime structures (Bolt 5, or 4.4 with the utc patch). */
  utc: boolean;
  nodeIds: IdRegistry;
  relIds: IdRegistry;
}

/** Entity properties are Cypher values (values.ts: `properties: CypherMap`); nulls are not stored. */
function props(p: Record<string, CypherValue | undefined>, ctx: EncodeContext): { [key: string]: PackValue } {
  const out: { [key: string]: PackValue } = {};
  for (const k in p) {
    const v = p[k];
    if (v === undefined || v === null) continue;
    out[k] = encodeValue(v, ctx);
  }
  return out;
}

function node(n: NodeValue, ctx: EncodeContext): Structure {
  const fields: PackValue[] = [ctx.nodeIds.id(n.key), n.labels.slice(), props(n.properties, ctx)];
  if (ctx.elementIds) fields.push(n.key);
  return new Structure(SIG.NODE, fields);
}

function relationship(r: RelationshipValue, ctx: EncodeContext): Structure {
  const fields: PackValue[] = [ctx.relIds.id(r.key), ctx.nodeIds.id(r.start), ctx.nodeIds.id(r.end), r.type, props(r.properties, ctx)];
  if (ctx.elementIds) fields.push(r.key, r.start, r.end);
  return new Structure(SIG.RELATIONSHIP, fields);
}

function unbound(r: RelationshipValue, ctx: EncodeContext): Structure {
  const fields: PackValue[] = [ctx.relIds.id(r.key), r.type, props(r.properties, ctx)];
  if (ctx.elementIds) fields.push(r.key);
  return new Structure(SIG.UNBOUND_RELATIONSHIP, fields);
}

function path(p: PathValue, ctx: EncodeContext): Structure {
  const nodeIndex = new Map<string, number>();
  const nodes: Structure[] = [];
  const relIndex = new Map<string, number>();
  const rels: Structure[] = [];
  const addNode = (n: NodeValue): number => {
    let i = nodeIndex.get(n.key);
    if (i === undefined) { i = nodes.length; nodeIndex.set(n.key, i); nodes.push(node(n, ctx)); }
    return i;
  };
  if (p.nodes.length) addNode(p.nodes[0]!);
  const indices: bigint[] = [];
  for (let i = 0; i < p.relationships.length; i++) {
    const r = p.relationships[i]!;
    const from = p.nodes[i]!, to = p.nodes[i + 1]!;
    let ri = relIndex.get(r.key);
    if (ri === undefined) { ri = rels.length + 1; relIndex.set(r.key, ri); rels.push(unbound(r, ctx)); }
    const forward = r.start === from.key && r.end === to.key;
    indices.push(BigInt(forward ? ri : -ri), BigInt(addNode(to)));
  }
  return new Structure(SIG.PATH, [nodes, rels, indices]);
}

function temporal(v: TemporalValue, ctx: EncodeContext): Structure {
  const f = engineTemporalFields(v);
  switch (f.type) {
    case 'Date': return new Structure(SIG.DATE, [f.days]);
    case 'LocalTime': return new Structure(SIG.LOCAL_TIME, [f.nanos]);
    case 'Time': return new Structure(SIG.TIME, [f.nanos, f.offset]);
    case 'LocalDateTime': return new Structure(SIG.LOCAL_DATE_TIME, [f.seconds, f.nanos]);
    case 'Duration': return new Structure(SIG.DURATION, [f.months, f.days, f.seconds, f.nanos]);
    case 'DateTime': {
      const seconds = ctx.utc ? f.seconds : f.localSeconds;
      if (f.zone) return new Structure(ctx.utc ? SIG.DATE_TIME_ZONE_UTC : SIG.DATE_TIME_ZONE_LEGACY, [seconds, f.nanos, f.zone]);
      return new Structure(ctx.utc ? SIG.DATE_TIME_OFFSET_UTC : SIG.DATE_TIME_OFFSET_LEGACY, [seconds, f.nanos, f.offset]);
    }
  }
}

export function encodeValue(v: CypherValue | undefined, ctx: EncodeContext): PackValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean': case 'bigint': case 'number': case 'string': return v;
  }
  if (Array.isArray(v)) return v.map((x) => encodeValue(x, ctx));
  if (v instanceof NodeValue) return node(v, ctx);
  if (v instanceof RelationshipValue) return relationship(v, ctx);
  if (v instanceof PathValue) return path(v, ctx);
  if (v instanceof StoredFloat) return v.value;
  if (v instanceof Uint8Array) return v;
  if (isTemporal(v)) return temporal(v, ctx);
  // Point2D 'X' {srid, x, y} / Point3D 'Y' {srid, x, y, z}; coordinates are Floats
  if (isPoint(v)) return v.z === undefined ? new Structure(SIG.POINT_2D, [BigInt(v.srid), v.x, v.y]) : new Structure(SIG.POINT_3D, [BigInt(v.srid), v.x, v.y, v.z]);
  const out: { [key: string]: PackValue } = {};
  for (const k in v as Record<string, CypherValue>) out[k] = encodeValue((v as Record<string, CypherValue>)[k], ctx);
  return out;
}
