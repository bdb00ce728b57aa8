/** Points over Bolt: PackStream Point2D ('X') / Point3D ('Y') structures, both ways, with the official driver. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { startBoltServer, type BoltServer } from '../../src/bolt/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';

let server: BoltServer;
let driver: Driver;

beforeAll(async () => {
  server = await startBoltServer({ store: new MemoryStore(undefined, emptySnapshot('bolt-points')), port: 0 });
  driver = neo4j.driver(server.url);
});
afterAll(async () => { await driver?.close(); await server?.close(); });

describe('points over Bolt', () => {
  it('returns Point2D and Point3D structures with their srid (4326 / 7203 / 4979 / 9157)', async () => {
    const { records } = await driver.executeQuery('RETURN point({latitude: 45.764, longitude: 4.8357}) AS geo, point({x: 1, y: 2}) AS flat, point({longitude: 1, latitude: 2, height: 3}) AS geo3, point({x: 1, y: 2, z: 3}) AS flat3');
    const r = records[0]!;
    const geo = r.get('geo'), flat = r.get('flat'), geo3 = r.get('geo3'), flat3 = r.get('flat3');
    for (const p of [geo, flat, geo3, flat3]) expect(neo4j.isPoint(p)).toBe(true);
    expect([neo4j.integer.toNumber(geo.srid), geo.x, geo.y, geo.z]).toEqual([4326, 4.8357, 45.764, undefined]);
    expect([neo4j.integer.toNumber(flat.srid), flat.x, flat.y]).toEqual([7203, 1, 2]);
    expect([neo4j.integer.toNumber(geo3.srid), geo3.z]).toEqual([4979, 3]);
    expect([neo4j.integer.toNumber(flat3.srid), flat3.z]).toEqual([9157, 3]);
  });

  it('takes driver Points as parameters and stores them as properties', async () => {
    const lyon = new neo4j.types.Point(4326, 4.8357, 45.764);
    await driver.executeQuery("CREATE (:Region {id: 'region:lyon', name: 'Lyon', location: $p})", { p: lyon });
    const { records } = await driver.executeQuery(
      'MATCH (r:Region) RETURN r.location AS loc, r.location.latitude AS lat, point.distance(r.location, $paris) AS d',
      { paris: new neo4j.types.Point(4326, 2.3522, 48.8566) });
    const loc = records[0]!.get('loc');
    expect(neo4j.isPoint(loc)).toBe(true);
    expect([loc.x, loc.y]).toEqual([4.8357, 45.764]);
    expect(records[0]!.get('lat')).toBe(45.764);
    expect(records[0]!.get('d')).toBeGreaterThan(391_000);
  });

  it('refuses a malformed Point structure with a clear error', async () => {
    const bad = new neo4j.types.Point(1234, 1, 2);
    await expect(driver.executeQuery('RETURN $p', { p: bad })).rejects.toThrow(/srid 1234/);
  });
});
