/**
 * Conversion between graphology attribute values and engine values (see the header of values.ts).
 */
import { CypherError } from '../errors.ts';
import { StoredFloat, isMap, isTemporal, type CypherValue } from '../values.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { isPoint, pointFromJson } from '../../graph/point.ts';

/** A stored attribute → engine value: integral number → Integer, other number → Float. */
export function fromStorage(v: unknown): CypherValue {
  if (v === undefined || v === null) return null;
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? BigInt(v) : v;
    case 'string': case 'boolean': case 'bigint': return v;
    default: break;
  }
  if (v instanceof StoredFloat) return v.value;
  if (Array.isArray(v)) return v.map(fromStorage);
  if (isTemporal(v) || isPoint(v)) return v;
  // a point written to JSON without its type (an exported snapshot, an old file) reads as a point
  const point = pointFromJson(v);
  if (point) return point;
  if (isMap(v)) {
    const out: Record<string, CypherValue> = {};
    for (const k of Object.keys(v)) out[k] = fromStorage((v as Record<string, unknown>)[k]);
    return out;
  }
  return String(v);
}

/** An engine value → a storable attribute. Throws on values a property cannot hold. */
export function toStorage(v: CypherValue): unknown {
  if (v === null) return undefined;
  switch (typeof v) {
    case 'bigint': return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    case 'number': return Number.isInteger(v) ? new StoredFloat(v) : v;
    case 'string': case 'boolean': return v;
    default: break;
  }
  if (Array.isArray(v)) {
    let kind: string | null = null;
    for (const item of v) {
      if (item === null || Array.isArray(item) || isMap(item) || item instanceof NodeRef || item instanceof RelRef || item instanceof PathRef) {
        throw new CypherError('TypeError', 'Property values can only be of primitive types or arrays thereof', 'runtime', 'InvalidPropertyType');
      }
      const k = typeof item === 'bigint' || typeof item === 'number' ? 'number' : isTemporal(item) ? item.temporalType : isPoint(item) ? 'Point' : typeof item;
      if (kind !== null && k !== kind) {
        throw new CypherError('TypeError', 'Collections containing mixed types can not be stored in properties', 'runtime', 'InvalidPropertyType');
      }
      kind = k;
    }
    return v.map(toStorage);
  }
  if (isTemporal(v) || isPoint(v)) return v;
  throw new CypherError('TypeError', 'Property values can only be of primitive types or arrays thereof', 'runtime', 'InvalidPropertyType');
}
