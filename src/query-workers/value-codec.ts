/**
 * Values across a worker-thread boundary. postMessage copies plain data (bigints included) but drops
 * class identity, so the engine's own classes travel as tagged plain objects: StoredFloat (an integral
 * Float kept in storage), temporal values (by their Cypher string form, which parses back exactly), and
 * spatial points, and
 * for raw results NodeValue, RelationshipValue and PathValue. A user map that happens to hold the tag
 * key is wrapped, so decoding never mistakes data for a tag.
 */
import { NodeValue, PathValue, RelationshipValue, StoredFloat, isTemporal, type CypherValue, type TemporalValue } from '../cypher/values.ts';
import { parseTemporalLiteral } from '../cypher/temporal/index.ts';
import { Point, isPoint } from '../graph/point.ts';

const TAG = '\u0000ng';

type Tagged =
  | { [TAG]: 'F'; v: number }
  | { [TAG]: 'T'; t: TemporalValue['temporalType']; s: string }
  | { [TAG]: 'N'; k: string; l: string[]; p: unknown }
  | { [TAG]: 'R'; k: string; t: string; s: string; e: string; p: unknown }
  | { [TAG]: 'P'; n: unknown[]; r: unknown[] }
  | { [TAG]: 'G'; s: number; x: number; y: number; z?: number }
  | { [TAG]: 'M'; m: Record<string, unknown> };

/** Any engine or storage value → data postMessage copies without loss. */
export function encodeValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      const e = encodeValue(x);
      if (e !== x && out === null) out = v.slice(0, i);
      if (out !== null) out.push(e);
    }
    return out ?? v;
  }
  if (v instanceof StoredFloat) return { [TAG]: 'F', v: v.value } satisfies Tagged;
  if (isTemporal(v)) return { [TAG]: 'T', t: v.temporalType, s: v.toString() } satisfies Tagged;
  if (v instanceof NodeValue) return { [TAG]: 'N', k: v.key, l: v.labels, p: encodeValue(v.properties) } satisfies Tagged;
  if (v instanceof RelationshipValue) return { [TAG]: 'R', k: v.key, t: v.type, s: v.start, e: v.end, p: encodeValue(v.properties) } satisfies Tagged;
  if (v instanceof PathValue) return { [TAG]: 'P', n: v.nodes.map(encodeValue), r: v.relationships.map(encodeValue) } satisfies Tagged;
  if (isPoint(v)) return { [TAG]: 'G', s: v.srid, x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) } satisfies Tagged;
  if (v instanceof Date || ArrayBuffer.isView(v)) return v; // copied as they are
  const src = v as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const k in src) {
    const x = src[k];
    const e = encodeValue(x);
    if (e !== x && out === null) out = { ...src };
    if (out !== null) out[k] = e;
  }
  const map = out ?? src;
  return TAG in map ? ({ [TAG]: 'M', m: map } satisfies Tagged) : map;
}

/** The inverse of encodeValue (on the receiving thread). */
export function decodeValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = decodeValue(v[i]); // the copy is ours: decode in place
    return v;
  }
  if (v instanceof Date || ArrayBuffer.isView(v)) return v;
  const o = v as Record<string, unknown>;
  const tag = o[TAG] as Tagged[typeof TAG] | undefined;
  if (tag === undefined) {
    for (const k in o) o[k] = decodeValue(o[k]);
    return o;
  }
  const t = o as unknown as Tagged;
  switch (t[TAG]) {
    case 'F': return new StoredFloat(t.v);
    case 'T': return parseTemporalLiteral(t.t, t.s);
    case 'N': return new NodeValue(t.k, t.l, decodeValue(t.p) as NodeValue['properties']);
    case 'R': return new RelationshipValue(t.k, t.t, t.s, t.e, decodeValue(t.p) as RelationshipValue['properties']);
    case 'G': return new Point(t.s, t.x, t.y, t.z);
    case 'P': return new PathValue(t.n.map(decodeValue) as NodeValue[], t.r.map(decodeValue) as RelationshipValue[]);
    case 'M': {
      const m = t.m;
      for (const k in m) m[k] = decodeValue(m[k]);
      return m;
    }
  }
  return o;
}

/** Engine values (rows of a raw result, Bolt parameters). */
export const encodeCypher = (v: CypherValue): unknown => encodeValue(v);
export const decodeCypher = (v: unknown): CypherValue => decodeValue(v) as CypherValue;
