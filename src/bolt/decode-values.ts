/**
 * PackStream values a client sends (query parameters) → Cypher values. Integers arrive as bigint and
 * stay Integers; temporal structures become the engine's temporal values through a factory that
 * takes the type and the Cypher string form.
 */
import type { CypherValue, TemporalValue } from '../cypher/values.ts';
import { Structure, type PackValue } from './packstream.ts';
import { SIG } from './encode-values.ts';
import { Point } from '../graph/point.ts';
import { formatDate, formatDuration, formatLocalDateTime, formatOffset, formatTime, zoneOffsetAt } from './temporal-codec.ts';

export type TemporalType = TemporalValue['temporalType'];
export type TemporalFactory = (type: TemporalType, text: string) => CypherValue;

/** Fallback temporal value: carries the type and the string form (used when no engine factory is given). */
export class IsoTemporal implements TemporalValue {
  constructor(readonly temporalType: TemporalType, private readonly text: string) {}
  toString(): string { return this.text; }
}

export const isoTemporalFactory: TemporalFactory = (type, text) => new IsoTemporal(type, text);

export class BoltValueError extends Error {}

const int = (v: PackValue): bigint => {
  if (typeof v !== 'bigint') throw new BoltValueError('expected an integer field in a temporal structure');
  return v;
};

function temporalText(s: Structure): [TemporalType, string] {
  const f = s.fields;
  switch (s.signature) {
    case SIG.DATE: return ['Date', formatDate(Number(int(f[0]!)))];
    case SIG.LOCAL_TIME: return ['LocalTime', formatTime(int(f[0]!))];
    case SIG.TIME: return ['Time', formatTime(int(f[0]!)) + formatOffset(Number(int(f[1]!)))];
    case SIG.LOCAL_DATE_TIME: return ['LocalDateTime', formatLocalDateTime(int(f[0]!), int(f[1]!))];
    case SIG.DURATION: return ['Duration', formatDuration(int(f[0]!), int(f[1]!), int(f[2]!), int(f[3]!))];
    case SIG.DATE_TIME_OFFSET_UTC: {
      const off = int(f[2]!);
      return ['DateTime', formatLocalDateTime(int(f[0]!) + off, int(f[1]!)) + formatOffset(Number(off))];
    }
    case SIG.DATE_TIME_OFFSET_LEGACY:
      return ['DateTime', formatLocalDateTime(int(f[0]!), int(f[1]!)) + formatOffset(Number(int(f[2]!)))];
    case SIG.DATE_TIME_ZONE_UTC: {
      const zone = String(f[2]);
      const off = BigInt(zoneOffsetAt(zone, Number(int(f[0]!))));
      return ['DateTime', `${formatLocalDateTime(int(f[0]!) + off, int(f[1]!))}${formatOffset(Number(off))}[${zone}]`];
    }
    case SIG.DATE_TIME_ZONE_LEGACY: {
      const zone = String(f[2]);
      const local = int(f[0]!);
      // local → offset: probe the zone at the local instant taken as UTC, then correct once
      let off = zoneOffsetAt(zone, Number(local));
      off = zoneOffsetAt(zone, Number(local) - off);
      return ['DateTime', `${formatLocalDateTime(local, int(f[1]!))}${formatOffset(off)}[${zone}]`];
    }
  }
  throw new BoltValueError(`unsupported structure 0x${s.signature.toString(16)} in parameters`);
}

function point(s: Structure): Point {
  const [srid, ...coords] = s.fields;
  const n = coords.map((c) => (typeof c === 'number' ? c : typeof c === 'bigint' ? Number(c) : NaN));
  if (typeof srid !== 'bigint' || n.some(Number.isNaN) || n.length !== (s.signature === SIG.POINT_2D ? 2 : 3)) {
    throw new BoltValueError('a Point structure has an Integer srid and 2 or 3 Float coordinates');
  }
  try {
    return new Point(Number(srid), n[0]!, n[1]!, n[2]);
  } catch (err) {
    throw new BoltValueError((err as Error).message);
  }
}

export function decodeValue(v: PackValue, temporal: TemporalFactory): CypherValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => decodeValue(x, temporal));
  if (v instanceof Uint8Array) return v as unknown as CypherValue;
  if (v instanceof Structure) {
    if (v.signature === SIG.POINT_2D || v.signature === SIG.POINT_3D) return point(v);
    const [type, text] = temporalText(v);
    return temporal(type, text);
  }
  const out: Record<string, CypherValue> = {};
  for (const k in v) out[k] = decodeValue(v[k]!, temporal);
  return out;
}

export function decodeParams(v: PackValue | undefined, temporal: TemporalFactory): Record<string, CypherValue> {
  if (v === null || v === undefined) return {};
  const d = decodeValue(v, temporal);
  if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new BoltValueError('parameters must be a map');
  return d as Record<string, CypherValue>;
}
