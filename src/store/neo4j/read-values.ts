/** Driver values → plain JS attribute values (what graphology and the memory store hold). */
import neo4j, { type Integer } from 'neo4j-driver';
import { pointFromNeo4j, temporalToIso } from './values.ts';

export function fromNeo4j(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (neo4j.isInt(v)) { const i = v as Integer; return i.inSafeRange() ? i.toNumber() : i.toString(); }
  if (Array.isArray(v)) return v.map(fromNeo4j);
  if (neo4j.isPoint(v)) return pointFromNeo4j(v as neo4j.Point);
  if (typeof v === 'object') {
    const iso = temporalToIso(v);
    if (iso !== undefined) return iso;
    if (v instanceof Int8Array || v instanceof Uint8Array) return Array.from(v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromNeo4j(x);
    return out;
  }
  return v;
}

export function attrsFromNeo4j(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) { const x = fromNeo4j(v); if (x !== undefined) out[k] = x; }
  return out;
}
