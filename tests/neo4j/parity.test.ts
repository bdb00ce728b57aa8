/**
 * One rule on both stores (issue 14): the relationship `key`, read-only checks made by Newsgraph itself.
 * Runs against NEO4J_URI when set, else Newsgraph's own Bolt endpoint (target.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNeo4jStore, type Neo4jStore } from '../../src/store/neo4j/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { relationKey, type GraphPatch } from '../../src/graph/patch.ts';
import { Point, WGS84, isPoint } from '../../src/graph/point.ts';
import { announce, openTarget, type Target } from './target.ts';
import { patches } from './fixtures.ts';

let target: Target;
let store: Neo4jStore;
const mem = new MemoryStore(undefined, emptySnapshot('parity'));

beforeAll(async () => {
  target = await openTarget();
  store = await openNeo4jStore(target.config);
  announce(target, store.server.agent);
  await store.load(emptySnapshot());
  await store.apply(patches());
  await mem.apply(patches());
});
afterAll(async () => { await store?.close(); await target?.close(); });

describe('the relationship key is the property `key` on both stores', () => {
  const query = "MATCH (:Company {id: 'company:amazon'})-[r:INVESTS_IN]->() RETURN r.key AS key, 'key' IN keys(r) AS listed, r";
  const expected = relationKey('INVESTS_IN', 'company:amazon', 'country:fr', '1200000000EUR');

  it.each([['neo4j store', () => store], ['memory store', () => mem]] as const)('%s', async (_name, get) => {
    const r = await get().query(query);
    expect(r.rows[0]!.slice(0, 2)).toEqual([expected, true]);
    // in the JSON shape the key is the relationship's id, not repeated among its properties
    const rel = r.rows[0]![2] as { id: string; properties: Record<string, unknown> };
    expect(rel.id).toBe(expected);
    expect(rel.properties).not.toHaveProperty('key');
  });
});

describe('read-only queries are checked by Newsgraph before they reach the server', () => {
  const refused = async (q: string): Promise<{ code: string; message: string; position?: { column: number } }> => {
    const err = await store.query(q, { readOnly: true }).then(() => undefined, (e: unknown) => e);
    expect(err, q).toBeInstanceOf(Error);
    return err as { code: string; message: string; position?: { column: number } };
  };

  it('refuses writes, with the clause and its position, and writes nothing', async () => {
    const before = await store.stats();
    for (const q of ["CREATE (:Company {id: 'company:evil'})", "MATCH (c:Company) SET c.name = 'x'", 'MATCH (n) DETACH DELETE n',
      "MATCH (c:Company) CALL { WITH c MERGE (c)-[:PARTNERS_WITH]->(:Company {id: 'x'}) } RETURN c",
      'MATCH (c:Company) FOREACH (x IN [1] | REMOVE c.name)']) {
      const e = await refused(q);
      expect(e.code, q).toBe('Neo.ClientError.Statement.AccessMode');
      expect(e.message, q).toMatch(/read-only/i);
    }
    expect((await refused("MATCH (c:Company) SET c.name = 'x'")).position?.column).toBe(19);
    expect(await store.stats()).toEqual(before);
  });

  it('refuses procedures not known to be read-only, and what it cannot parse', async () => {
    expect((await refused("CALL dbms.security.createUser('eve', 'pw', false)")).message).toMatch(/dbms\.security\.createUser is not known to be read-only/);
    expect((await refused('CREATE INDEX FOR (n:Company) ON (n.name)')).code).toBe('Neo.ClientError.Statement.AccessMode');
    expect((await refused('MATCH (n RETURN n')).message).toMatch(/cannot read this query/);
  });

  it('lets reads through', async () => {
    expect((await store.query('MATCH (c:Company) RETURN c.id AS id ORDER BY id', { readOnly: true })).rows).toEqual([['company:amazon'], ['company:microsoft']]);
    expect((await store.query('CALL db.labels() YIELD label RETURN count(label) > 0 AS some', { readOnly: true })).rows).toEqual([[true]]);
  });
});

describe('points are stored and answered alike on both stores', () => {
  const located: GraphPatch = {
    article: { type: 'Article', id: 'a3-hash', title: 'Lyon', lang: 'en' },
    entities: [
      { id: 'region:lyon', type: 'Region', name: 'Lyon', aliases: [], mentions: 1, article: 'a3-hash', properties: { location: new Point(WGS84, 4.8357, 45.764) } },
      { id: 'region:paris', type: 'Region', name: 'Paris', aliases: [], mentions: 1, article: 'a3-hash', properties: { location: new Point(WGS84, 2.3522, 48.8566) } },
    ],
    relations: [
      { key: relationKey('INVESTS_IN', 'company:amazon', 'region:lyon', 'x'), type: 'INVESTS_IN', source: 'company:amazon', target: 'region:lyon', article: 'a3-hash', evidence: 'e', confidence: 1, properties: { amount: 5 } },
      { key: relationKey('INVESTS_IN', 'company:amazon', 'region:paris', 'y'), type: 'INVESTS_IN', source: 'company:amazon', target: 'region:paris', article: 'a3-hash', evidence: 'e', confidence: 1, properties: { amount: 7 } },
    ],
  };
  const lyon = { latitude: 45.75, longitude: 4.85, srid: 4326 };
  // Neo4j 5 has only point.distance(), 3.5 only distance() (4.4 both); the embedded engine has both
  const dist = (): string => (store.server.major >= 4 ? 'point.distance' : 'distance');
  const queries = [
    'MATCH (c:Company)-[r:INVESTS_IN]->(p) WHERE DIST(p.location, $lyon) < 100000 RETURN c.name AS company, p.name AS place, r.amount AS amount',
    'MATCH (p:Region) RETURN p.name AS name, p.location AS location, p.location.latitude AS lat, p.location.srid AS srid, round(DIST(p.location, $lyon) / 1000) AS km ORDER BY name',
    'MATCH (p:Region {id: $id}) RETURN p',
  ];

  beforeAll(async () => {
    await store.apply([located]);
    await mem.apply([located]);
  });

  it.each(queries)('%s', async (text) => {
    const query = text.replace('DIST', dist());
    const params = { lyon, id: 'region:lyon' };
    const [a, b] = [await store.query(query, { params }), await mem.query(query, { params })];
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.length).toBeGreaterThan(0);
  });

  it('the answer is the one Neo4j gives', async () => {
    const r = await store.query(queries[0]!.replace('DIST', dist()), { params: { lyon } });
    expect(r.rows).toEqual([['Amazon', 'Lyon', 5]]);
    const all = await store.query(queries[1]!.replace('DIST', dist()), { params: { lyon } });
    expect(all.rows[0]).toEqual(['Lyon', { latitude: 45.764, longitude: 4.8357, srid: 4326 }, 45.764, 4326, 2]);
  });

  it('push / pull keep points as points', async () => {
    const snap = await store.snapshot();
    const node = snap.nodes.find((n) => n.key === 'region:lyon')!;
    expect(isPoint(node.attributes.location)).toBe(true);
  });
});
