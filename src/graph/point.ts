/**
 * Spatial points, as Neo4j has them: a coordinate reference system (by SRID) and 2 or 3 coordinates.
 *
 *   srid 4326 `wgs-84` (longitude = x, latitude = y)   4979 `wgs-84-3d` (+ height = z)
 *   srid 7203 `cartesian` (x, y)                       9157 `cartesian-3d` (+ z)
 *
 * One value class for every layer (Cypher engine, stores, Bolt, exports). Its JSON form — in query
 * results, snapshots and store files — is `{latitude, longitude, srid}` (+ `height`) for geographic
 * points and `{x, y, srid}` (+ `z`) for cartesian ones; `pointFromJson` reads it back.
 */

export const WGS84 = 4326;
export const WGS84_3D = 4979;
export const CARTESIAN = 7203;
export const CARTESIAN_3D = 9157;

const CRS_BY_SRID: Record<number, string> = { [WGS84]: 'wgs-84', [WGS84_3D]: 'wgs-84-3d', [CARTESIAN]: 'cartesian', [CARTESIAN_3D]: 'cartesian-3d' };
const SRID_BY_CRS: Record<string, number> = Object.fromEntries(Object.entries(CRS_BY_SRID).map(([s, c]) => [c, Number(s)]));

/** Earth radius Neo4j's distance() uses for WGS-84 points (metres). */
export const EARTH_RADIUS_M = 6378140.0;

export type PointJson =
  | { latitude: number; longitude: number; height?: number; srid: number }
  | { x: number; y: number; z?: number; srid: number };

export class PointError extends Error {}

export class Point {
  /** Marker, so values can be told apart without instanceof across module copies. */
  readonly pointType = 'Point' as const;

  constructor(readonly srid: number, readonly x: number, readonly y: number, readonly z?: number) {
    if (!(srid in CRS_BY_SRID)) throw new PointError(`Unknown coordinate reference system: srid ${srid}`);
    const dims = srid === WGS84_3D || srid === CARTESIAN_3D ? 3 : 2;
    if ((z === undefined ? 2 : 3) !== dims) throw new PointError(`A ${CRS_BY_SRID[srid]} point has ${dims} coordinates`);
  }

  get crs(): string { return CRS_BY_SRID[this.srid]!; }
  get geographic(): boolean { return this.srid === WGS84 || this.srid === WGS84_3D; }

  /** A coordinate or attribute by Cypher's property name; undefined when the point has no such field. */
  field(name: string): number | string | undefined {
    switch (name) {
      case 'x': return this.x;
      case 'y': return this.y;
      case 'z': return this.z;
      case 'longitude': return this.geographic ? this.x : undefined;
      case 'latitude': return this.geographic ? this.y : undefined;
      case 'height': return this.geographic ? this.z : undefined;
      case 'crs': return this.crs;
      case 'srid': return this.srid;
      default: return undefined;
    }
  }

  /** Cypher's form, as Neo4j prints it: `point({srid:4326, x:4.8357, y:45.764})`. */
  toString(): string {
    const n = (v: number): string => (Number.isInteger(v) ? `${v}.0` : String(v));
    return `point({srid:${this.srid}, x:${n(this.x)}, y:${n(this.y)}${this.z === undefined ? '' : `, z:${n(this.z)}`}})`;
  }

  toJSON(): PointJson {
    if (this.geographic) return this.z === undefined ? { latitude: this.y, longitude: this.x, srid: this.srid } : { latitude: this.y, longitude: this.x, height: this.z, srid: this.srid };
    return this.z === undefined ? { x: this.x, y: this.y, srid: this.srid } : { x: this.x, y: this.y, z: this.z, srid: this.srid };
  }

  equals(o: Point): boolean {
    return this.srid === o.srid && this.x === o.x && this.y === o.y && this.z === o.z;
  }
}

export function isPoint(v: unknown): v is Point {
  return typeof v === 'object' && v !== null && (v as { pointType?: unknown }).pointType === 'Point';
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined);

/**
 * Cypher's `point({…})`: `{x, y[, z]}`, `{longitude, latitude[, height]}`, with an optional `crs` or
 * `srid` that must agree. Throws PointError on a map that is no point.
 */
export function pointFromMap(m: Record<string, unknown>): Point {
  const has = (k: string): boolean => m[k] !== undefined;
  const geo = has('longitude') || has('latitude');
  const [x, y, z] = geo ? [m.longitude, m.latitude, m.height] : [m.x, m.y, m.z];
  if (geo && (has('x') || has('y'))) throw new PointError('A point cannot have both x/y and longitude/latitude');
  const cx = num(x), cy = num(y), cz = z === undefined ? undefined : num(z);
  if (cx === undefined || cy === undefined || (z !== undefined && cz === undefined)) {
    throw new PointError("A point must contain either 'x' and 'y', or 'longitude' and 'latitude', as numbers");
  }
  let srid: number;
  if (has('srid')) srid = num(m.srid) ?? NaN;
  else if (has('crs')) srid = SRID_BY_CRS[String(m.crs).toLowerCase()] ?? NaN;
  else srid = geo ? (cz === undefined ? WGS84 : WGS84_3D) : (cz === undefined ? CARTESIAN : CARTESIAN_3D);
  if (Number.isNaN(srid) || !(srid in CRS_BY_SRID)) throw new PointError(`Unknown coordinate reference system: ${String(m.srid ?? m.crs)}`);
  if (geo && srid !== WGS84 && srid !== WGS84_3D) throw new PointError(`longitude/latitude need a geographic CRS, not ${CRS_BY_SRID[srid]}`);
  const p = new Point(srid, cx, cy, cz);
  if (p.geographic && (cy < -90 || cy > 90)) throw new PointError(`Latitude must be in [-90, 90], was ${cy}`);
  return p;
}

/** A point from its JSON form (snapshots, store files); null when `v` is not one. */
export function pointFromJson(v: unknown): Point | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || isPoint(v)) return isPoint(v) ? v : null;
  const m = v as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  if (!['latitude,longitude,srid', 'height,latitude,longitude,srid', 'srid,x,y', 'srid,x,y,z'].includes(keys)) return null;
  try { return pointFromMap(m); } catch { return null; }
}

const rad = (d: number): number => (d * Math.PI) / 180;

/**
 * Neo4j's `point.distance()`: metres along the earth (haversine) for WGS-84 points, Euclidean for
 * cartesian ones; null for points of different CRSs.
 */
export function pointDistance(a: Point, b: Point): number | null {
  if (a.srid !== b.srid) return null;
  if (!a.geographic) {
    const dz = a.z === undefined || b.z === undefined ? 0 : a.z - b.z;
    return Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2 + dz ** 2);
  }
  const dLat = rad(b.y - a.y), dLon = rad(b.x - a.x);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.y)) * Math.cos(rad(b.y)) * Math.sin(dLon / 2) ** 2;
  const c = 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
  if (a.z === undefined || b.z === undefined) return EARTH_RADIUS_M * c;
  const along = (EARTH_RADIUS_M + (a.z + b.z) / 2) * c;
  return Math.sqrt(along ** 2 + (a.z - b.z) ** 2);
}

/** Neo4j's `point.withinBBox(p, lowerLeft, upperRight)`; a geographic box may cross the date line. */
export function withinBBox(p: Point, lowerLeft: Point, upperRight: Point): boolean | null {
  if (p.srid !== lowerLeft.srid || p.srid !== upperRight.srid) return null;
  const inY = p.y >= lowerLeft.y && p.y <= upperRight.y;
  const inX = p.geographic && lowerLeft.x > upperRight.x
    ? p.x >= lowerLeft.x || p.x <= upperRight.x
    : p.x >= lowerLeft.x && p.x <= upperRight.x;
  const inZ = p.z === undefined || (p.z >= lowerLeft.z! && p.z <= upperRight.z!);
  return inX && inY && inZ;
}
