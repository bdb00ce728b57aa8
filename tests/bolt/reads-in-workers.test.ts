/**
 * Bolt with read queries in worker threads: a transaction reads its own writes, a rolled-back write is
 * gone for the next reader, and engine values (nodes, temporal values) come back intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { startBoltServer, type BoltServer } from '../../src/bolt/index.ts';
import { QueryWorkerPool } from '../../src/query-workers/index.ts';

let store: MemoryStore;
let pool: QueryWorkerPool;
let bolt: BoltServer;
let driver: Driver;

beforeAll(async () => {
  store = new MemoryStore(undefined, emptySnapshot());
  pool = new QueryWorkerPool({ graph: store.graph, size: 1 });
  await pool.ready();
  bolt = await startBoltServer({ store, port: 0, timeoutMs: 5000, reads: pool });
  driver = neo4j.driver(bolt.url);
}, 60_000);

afterAll(async () => {
  await driver?.close();
  await bolt?.close();
  await pool?.close();
});

describe('Bolt reads in query workers', () => {
  it('a transaction reads its own writes; a rollback leaves nothing for the next reader', async () => {
    const session = driver.session();
    const tx = session.beginTransaction();
    await tx.run("CREATE (:Company {id: 'company:tmp', name: 'Tmp', founded: date('2020-02-03')})");
    const inside = await tx.run("MATCH (c:Company {name: 'Tmp'}) RETURN c, c.founded AS f");
    expect(inside.records).toHaveLength(1);
    expect(inside.records[0]!.get('c').labels).toEqual(['Company']);
    expect(String(inside.records[0]!.get('f'))).toBe('2020-02-03');
    await tx.rollback();
    const after = await session.run("MATCH (c:Company {name: 'Tmp'}) RETURN count(c) AS n");
    expect(after.records[0]!.get('n').toNumber()).toBe(0);
    await session.close();
  }, 30_000);

  it('a committed write is seen by the next read', async () => {
    await driver.executeQuery("CREATE (:Country {id: 'country:fr', name: 'France'})");
    const { records } = await driver.executeQuery("MATCH (c:Country) RETURN c.name AS name");
    expect(records.map((r) => r.get('name'))).toEqual(['France']);
    expect(store.graph.order).toBe(1);
  }, 30_000);
});
