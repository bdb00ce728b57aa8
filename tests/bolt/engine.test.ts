/** The official driver against the Bolt endpoint over the real embedded store and Cypher engine. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { startBoltServer, type BoltServer } from '../../src/bolt/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { patches } from '../neo4j/fixtures.ts';

let server: BoltServer;
let driver: Driver;
let store: MemoryStore;

beforeAll(async () => {
  store = new MemoryStore(undefined, emptySnapshot('bolt-engine'));
  await store.apply(patches());
  server = await startBoltServer({ store, port: 0 });
  driver = neo4j.driver(server.url);
});
afterAll(async () => { await driver?.close(); await server?.close(); });

describe('Bolt over the embedded engine', () => {
  it('returns nodes, relationships and paths of the stored graph', async () => {
    const { records } = await driver.executeQuery(
      'MATCH p = (c:Company {id: $id})-[r:INVESTS_IN]->(k:Country) RETURN c, r, k, p ORDER BY r.amount', { id: 'company:amazon' });
    expect(records).toHaveLength(1);
    const c = records[0]!.get('c'), r = records[0]!.get('r'), k = records[0]!.get('k');
    expect(c.labels).toEqual(['Company']);
    expect(c.elementId).toBe('company:amazon');
    expect(c.properties.name).toBe('Amazon');
    expect(neo4j.isInt(c.properties.mentions)).toBe(true);
    expect(r.type).toBe('INVESTS_IN');
    expect(r.startNodeElementId).toBe(c.elementId);
    expect(r.endNodeElementId).toBe(k.elementId);
    expect(records[0]!.get('p').length).toBe(1);
  });

  it('keeps Integer and Float apart, and returns temporal values', async () => {
    const { records } = await driver.executeQuery("RETURN 1 AS i, 1.0 AS f, date('2024-02-29') AS d, datetime('2015-07-21T21:40:32.142+01:00') AS dt, duration('P1DT2H') AS dur, $p AS p",
      { p: new neo4j.types.LocalDateTime(2020, 1, 2, 3, 4, 5, 6) });
    const rec = records[0]!;
    expect(neo4j.isInt(rec.get('i'))).toBe(true);
    expect(neo4j.isInt(rec.get('f'))).toBe(false);
    expect(rec.get('d').toString()).toBe('2024-02-29');
    expect(neo4j.isDateTime(rec.get('dt'))).toBe(true);
    expect(rec.get('dt').timeZoneOffsetSeconds.toNumber()).toBe(3600);
    expect(rec.get('dur').days.toNumber()).toBe(1);
    expect(rec.get('p').toString()).toBe('2020-01-02T03:04:05.000000006');
  });

  it('writes in a transaction that rolls back, then one that commits', async () => {
    const session = driver.session();
    try {
      const n0 = store.graph.order;
      const tx = await session.beginTransaction();
      await tx.run("CREATE (:Company {id: 'company:tmp', name: 'Tmp'})");
      expect((await tx.run("MATCH (c:Company {id: 'company:tmp'}) RETURN count(c) AS n")).records[0]!.get('n').toNumber()).toBe(1);
      await tx.rollback();
      expect(store.graph.order).toBe(n0);
      expect((await session.run("MATCH (c:Company {id: 'company:tmp'}) RETURN count(c) AS n")).records[0]!.get('n').toNumber()).toBe(0);
      await session.executeWrite((t) => t.run("MERGE (c:Company {id: 'company:kept'}) SET c.name = 'Kept'"));
      expect((await session.run("MATCH (c:Company {id: 'company:kept'}) RETURN c.name AS n")).records[0]!.get('n')).toBe('Kept');
    } finally { await session.close(); }
  });

  it('rolls back deletes and updates too, and the indexes follow', async () => {
    const state = async () => {
      const snap = await store.snapshot();
      const byKey = (a: { key?: string }, b: { key?: string }) => String(a.key).localeCompare(String(b.key));
      return JSON.stringify([[...snap.nodes].sort(byKey), [...snap.edges].sort(byKey)]);
    };
    const before = await state();
    const session = driver.session();
    try {
      const tx = await session.beginTransaction();
      await tx.run("MATCH (c:Company {id: 'company:amazon'}) DETACH DELETE c");
      await tx.run("MATCH (k:Country {id: 'country:fr'}) SET k.name = 'Changed', k.iso2 = null");
      await tx.run("CREATE (:Company {id: 'company:new'})");
      await tx.rollback();
      expect(await state()).toBe(before);
      const r = await session.run("MATCH (c:Company {id: 'company:amazon'})-[r:INVESTS_IN]->(k:Country {name: 'France'}) RETURN count(r) AS n");
      expect(r.records[0]!.get('n').toNumber()).toBe(1);
    } finally { await session.close(); }
  });

  it('reports syntax errors with the Neo4j code and position', async () => {
    await expect(driver.executeQuery('MATCH (n RETURN n')).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('streams with a small fetch size', async () => {
    const session = driver.session({ fetchSize: 3 });
    try {
      const r = await session.run('UNWIND $xs AS i RETURN i', { xs: Array.from({ length: 20 }, (_, i) => neo4j.int(i + 1)) });
      expect(r.records.map((x) => x.get('i').toNumber())).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    } finally { await session.close(); }
  });
});

describe('Bolt system queries over the engine', () => {
  it('sends the EXPLAIN plan in the summary, and lists databases', async () => {
    const r = await driver.executeQuery("EXPLAIN MATCH (c:Company {id: 'company:amazon'})-[:INVESTS_IN]->(k) RETURN k.name AS name");
    expect(r.records).toHaveLength(0);
    const plan = r.summary.plan as unknown as { operatorType: string; children: unknown[] };
    expect(plan.operatorType).toBe('ProduceResults');
    const ops: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }): void => { ops.push(p.operatorType); p.children.forEach((c) => walk(c as typeof p)); };
    walk(plan);
    expect(ops).toContain('Expand');
    const dbs = await driver.executeQuery('SHOW DATABASES');
    expect(dbs.records.map((x) => x.get('name'))).toEqual(['neo4j', 'system']);
  });
});
