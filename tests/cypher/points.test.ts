import { describe, expect, it } from 'vitest';
import { savedSnapshot, savedText } from '../helpers/store-file.ts';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CypherError } from '../../src/cypher/index.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { EARTH_RADIUS_M, Point, pointDistance } from '../../src/graph/point.ts';
import { engine } from './helpers.ts';

const LYON = 'point({latitude: 45.7640, longitude: 4.8357})';
const PARIS = 'point({latitude: 48.8566, longitude: 2.3522})';

function one(query: string, params?: Record<string, unknown>): unknown {
  return engine().db.run(query, { params }).rows[0];
}

describe('points, as Neo4j has them', () => {
  it('point() builds geographic and cartesian points; the JSON form names the CRS', () => {
    expect(one(`RETURN ${LYON}`)).toEqual([{ latitude: 45.764, longitude: 4.8357, srid: 4326 }]);
    expect(one('RETURN point({x: 1, y: 2}), point({x: 1, y: 2, z: 3}), point({longitude: 1, latitude: 2, height: 3})'))
      .toEqual([{ x: 1, y: 2, srid: 7203 }, { x: 1, y: 2, z: 3, srid: 9157 }, { latitude: 2, longitude: 1, height: 3, srid: 4979 }]);
    expect(one("RETURN point({x: 4.8, y: 45.7, crs: 'WGS-84'}).latitude, point({x: 1, y: 2, srid: 7203}).crs")).toEqual([45.7, 'cartesian']);
    expect(one('RETURN point({latitude: null, longitude: 1}), point(null)')).toEqual([null, null]);
  });

  it('fields: latitude/longitude/height on geographic points, x/y/z, crs, srid on all', () => {
    expect(one(`WITH ${LYON} AS p RETURN p.latitude, p.longitude, p.x, p.y, p.crs, p.srid, valueType(p)`))
      .toEqual([45.764, 4.8357, 4.8357, 45.764, 'wgs-84', 4326, 'POINT NOT NULL']);
    expect(() => one('RETURN point({x: 1, y: 2}).latitude')).toThrow(/cartesian point has no field 'latitude'/);
  });

  it('distance: haversine metres for WGS-84 (Neo4j 4 name distance() too), Euclidean for cartesian, null across CRSs', () => {
    const [d, d4] = one(`RETURN point.distance(${LYON}, ${PARIS}), distance(${LYON}, ${PARIS})`) as number[];
    expect(d).toBe(d4);
    expect(d).toBeGreaterThan(391_000); // Lyon–Paris, great circle: 392 km
    expect(d).toBeLessThan(393_000);
    expect(one('RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4}))')).toEqual([5]);
    expect(one(`RETURN point.distance(point({x: 0, y: 0}), ${LYON}), point.distance(null, ${LYON})`)).toEqual([null, null]);
    // a quarter of a meridian on Neo4j's earth radius
    expect(pointDistance(new Point(4326, 0, 0), new Point(4326, 0, 90))).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_M, 3);
  });

  it('equality, grouping and ORDER BY; < between points is null (not comparable)', () => {
    expect(one('RETURN point({x: 1, y: 2}) = point({x: 1, y: 2}), point({x: 1, y: 2}) = point({x: 1, y: 3}), point({x: 1, y: 2}) < point({x: 2, y: 2})')).toEqual([true, false, null]);
    const { db } = engine();
    expect(db.run('UNWIND [point({x: 2, y: 0}), point({x: 1, y: 0}), point({x: 2, y: 0})] AS p WITH p, count(*) AS n ORDER BY p RETURN p.x AS x, n').rows).toEqual([[1, 1], [2, 2]]);
  });

  it('refuses what is no point, with Neo4j-like errors', () => {
    const err = (q: string): CypherError => { try { one(q); } catch (e) { if (e instanceof CypherError) return e; throw e; } throw new Error(q); };
    expect(err('RETURN point({latitude: 95, longitude: 0})').message).toMatch(/Latitude must be in \[-90, 90\]/);
    expect(err("RETURN point({a: 1})").message).toMatch(/either 'x' and 'y', or 'longitude' and 'latitude'/);
    expect(err(`RETURN point.distance(${LYON}, 3)`).message).toMatch(/expected a Point but got Integer/);
  });

  it('a point given back as a parameter in its JSON form is a point', () => {
    const lyon = { latitude: 45.764, longitude: 4.8357, srid: 4326 };
    expect(one(`RETURN point.distance($lyon, ${PARIS}) > 391000, $lyon.latitude`, { lyon })).toEqual([true, 45.764]);
  });

  it('is a property value, kept exactly in the store file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-points-')), 'graph.json');
    const store = await openMemoryStore({ file });
    await store.query(`CREATE (:Region {id: 'region:lyon', name: 'Lyon', location: ${LYON}}), (:Region {id: 'region:paris', name: 'Paris', location: ${PARIS}})`);
    await store.close();
    const raw = (await savedSnapshot(file)) as unknown as { nodes: { attributes: { location: unknown } }[]; attributes: { propertyTypes: unknown } };
    expect(raw.nodes.map((n) => n.attributes.location)).toContainEqual({ latitude: 45.764, longitude: 4.8357, srid: 4326 });
    expect(JSON.stringify(raw.attributes.propertyTypes)).toContain('"location":"Point"');
    const again = await openMemoryStore({ file });
    const near = await again.query('MATCH (r:Region) WHERE point.distance(r.location, $lyon) < 100000 RETURN r.name', { params: { lyon: { latitude: 45.75, longitude: 4.85, srid: 4326 } } });
    expect(near.rows).toEqual([['Lyon']]);
    await again.close();
  });
});
