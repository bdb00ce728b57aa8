/**
 * Equality, comparison and ordering as Cypher defines them.
 * - `equals`: three-valued (null when a null is involved and the answer depends on it).
 * - `compare`: for < <= > >=; null when the values are not comparable (different types, null).
 * - `orderCompare`: the total order used by ORDER BY (types ranked, null last ascending).
 * - `groupKey`: equivalence key used by DISTINCT, grouping and UNION (null ≡ null, 1 ≡ 1.0).
 */
import { isTemporal, type TemporalValue } from '../values.ts';
import { isPoint, type Point } from '../../graph/point.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { isValueMap, type Value, type ValueMap } from '../runtime/value.ts';
import { temporalOps } from './temporal-protocol.ts';

function numCompare(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) {
    // tie-break mixed int/float of equal double value by exact value
    if (typeof a === 'bigint' && typeof b === 'number' && Number.isInteger(b)) {
      const bb = BigInt(b);
      return a < bb ? -1 : a > bb ? 1 : 0;
    }
    if (typeof b === 'bigint' && typeof a === 'number' && Number.isInteger(a)) {
      const aa = BigInt(a);
      return aa < b ? -1 : aa > b ? 1 : 0;
    }
    return 0;
  }
  return NaN;
}

const isNum = (v: Value): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';

export function equals(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null;
  if (isNum(a)) {
    if (!isNum(b)) return false;
    if (typeof a === 'number' && Number.isNaN(a)) return false;
    if (typeof b === 'number' && Number.isNaN(b)) return false;
    return numCompare(a, b) === 0;
  }
  if (typeof a === 'string' || typeof a === 'boolean') return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (a.length !== b.length) return false;
    let sawNull = false;
    for (let i = 0; i < a.length; i++) {
      const e = equals(a[i], b[i]);
      if (e === false) return false;
      if (e === null) sawNull = true;
    }
    return sawNull ? null : true;
  }
  if (a instanceof NodeRef) return b instanceof NodeRef && a.key === b.key;
  if (a instanceof RelRef) return b instanceof RelRef && a.key === b.key;
  if (a instanceof PathRef) {
    if (!(b instanceof PathRef) || a.rels.length !== b.rels.length) return false;
    for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i].key !== b.nodes[i].key) return false;
    for (let i = 0; i < a.rels.length; i++) if (a.rels[i].key !== b.rels[i].key) return false;
    return true;
  }
  if (isTemporal(a)) {
    if (!isTemporal(b) || a.temporalType !== b.temporalType) return false;
    const ops = temporalOps();
    return ops ? ops.equals(a, b) : a.toString() === b.toString();
  }
  if (isPoint(a)) return isPoint(b) && a.equals(b);
  if (isValueMap(a)) {
    if (!isValueMap(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    let sawNull = false;
    for (const k of ka) {
      if (!(k in b)) return false;
      const e = equals(a[k], (b as ValueMap)[k]);
      if (e === false) return false;
      if (e === null) sawNull = true;
    }
    return sawNull ? null : true;
  }
  return false;
}

/** For < <= > >=: a number, or null when the values are not comparable. */
export function compare(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (isNum(a)) {
    if (!isNum(b)) return null;
    return numCompare(a, b); // NaN when a NaN is involved: every comparison is then false
  }
  if (typeof a === 'string') return typeof b === 'string' ? (a < b ? -1 : a > b ? 1 : 0) : null;
  if (typeof a === 'boolean') return typeof b === 'boolean' ? (a === b ? 0 : a ? 1 : -1) : null;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return null;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compare(a[i], b[i]);
      if (c === null) return null;
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  if (isTemporal(a)) {
    if (!isTemporal(b) || a.temporalType !== b.temporalType || a.temporalType === 'Duration') return null;
    const ops = temporalOps();
    if (ops) return ops.compare(a, b);
    const x = a.toString();
    const y = b.toString();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return null;
}

function orderRank(v: Value): number {
  if (v === null) return 14;
  switch (typeof v) {
    case 'number': case 'bigint': return 12;
    case 'boolean': return 11;
    case 'string': return 10;
    default: break;
  }
  if (Array.isArray(v)) return 3;
  if (v instanceof NodeRef) return 1;
  if (v instanceof RelRef) return 2;
  if (v instanceof PathRef) return 4;
  if (isPoint(v)) return 4.5;
  if (isTemporal(v)) {
    switch ((v as TemporalValue).temporalType) {
      case 'DateTime': return 5;
      case 'LocalDateTime': return 6;
      case 'Date': return 7;
      case 'Time': return 8;
      case 'LocalTime': return 9;
      case 'Duration': return 9.5;
    }
  }
  return 0; // map
}

/** Total order of ORDER BY, ascending. */
export function orderCompare(a: Value, b: Value): number {
  const ra = orderRank(a);
  const rb = orderRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 14: return 0;
    case 12: {
      const an = typeof a === 'number' && Number.isNaN(a);
      const bn = typeof b === 'number' && Number.isNaN(b);
      if (an || bn) return an && bn ? 0 : an ? 1 : -1;
      return numCompare(a as number, b as number);
    }
    case 11: case 10: return compare(a, b) ?? 0;
    case 3: {
      const x = a as Value[];
      const y = b as Value[];
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const c = orderCompare(x[i], y[i]);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
    case 1: return cmpStr((a as NodeRef).key, (b as NodeRef).key);
    case 2: return cmpStr((a as RelRef).key, (b as RelRef).key);
    case 4: {
      const x = a as PathRef;
      const y = b as PathRef;
      const n = Math.min(x.nodes.length, y.nodes.length);
      for (let i = 0; i < n; i++) {
        const c = cmpStr(x.nodes[i].key, y.nodes[i].key);
        if (c !== 0) return c;
      }
      return x.nodes.length - y.nodes.length;
    }
    case 4.5: {
      const x = a as Point, y = b as Point;
      return x.srid - y.srid || x.x - y.x || x.y - y.y || (x.z ?? 0) - (y.z ?? 0);
    }
    case 0: {
      const x = a as ValueMap;
      const y = b as ValueMap;
      const kx = Object.keys(x).sort();
      const ky = Object.keys(y).sort();
      const n = Math.min(kx.length, ky.length);
      for (let i = 0; i < n; i++) {
        if (kx[i] !== ky[i]) return cmpStr(kx[i], ky[i]);
        const c = orderCompare(x[kx[i]], y[ky[i]]);
        if (c !== 0) return c;
      }
      return kx.length - ky.length;
    }
    default: {
      const order = temporalOps()?.order;
      if (order && isTemporal(a) && isTemporal(b)) return order(a, b);
      const c = compare(a, b);
      if (c !== null) return c;
      const s = cmpStr(String(a), String(b));
      return s;
    }
  }
}

function cmpStr(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }

/** Key of the equivalence class used by DISTINCT / grouping: null ≡ null, 1 ≡ 1.0, NaN ≡ NaN. */
export function groupKey(v: Value): string {
  if (v === null) return 'z';
  switch (typeof v) {
    case 'bigint': return 'n' + v.toString();
    case 'number':
      if (Number.isInteger(v) && Math.abs(v) < 1e21) return 'n' + BigInt(v).toString();
      return 'n' + String(v);
    case 'string': return 's' + v.length + ':' + v;
    case 'boolean': return v ? 'T' : 'F';
    default: break;
  }
  if (Array.isArray(v)) {
    let s = 'l[';
    for (const x of v) s += groupKey(x) + ',';
    return s + ']';
  }
  if (v instanceof NodeRef) return 'N' + v.key;
  if (v instanceof RelRef) return 'R' + v.key;
  if (v instanceof PathRef) return 'P' + v.nodes.map((n) => n.key).join(',') + '|' + v.rels.map((r) => r.key).join(',');
  if (isTemporal(v)) return 't' + v.temporalType + ':' + v.toString();
  if (isPoint(v)) return 'p' + v.toString();
  const m = v as ValueMap;
  let s = 'm{';
  for (const k of Object.keys(m).sort()) s += JSON.stringify(k) + ':' + groupKey(m[k]) + ',';
  return s + '}';
}
