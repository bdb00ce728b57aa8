/**
 * Writers of one embedded graph over HTTP and Bolt: they share one write lock (an HTTP write waits while
 * a Bolt transaction is open, so rolling the transaction back undoes only its own writes), and batched
 * `CALL … IN TRANSACTIONS` is for auto-commit queries only.
 */
import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { startBoltServer, WriteLock } from '../../src/bolt/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';

async function setup(shared: boolean) {
  const store = new MemoryStore(undefined, emptySnapshot());
  const writeLock = shared ? new WriteLock() : undefined;
  const http = createNewsgraphServer({ store, allowWrites: true, ...(writeLock ? { writeLock } : {}) });
  const addr: AddressInfo = await listen(http, 0, '127.0.0.1');
  const bolt = await startBoltServer({ store, port: 0, ...(writeLock ? { writeLock } : {}) });
  const driver = neo4j.driver(bolt.url, neo4j.auth.basic('neo4j', 'x'), { disableLosslessIntegers: true });
  const post = (query: string) => fetch(`http://127.0.0.1:${addr.port}/api/query`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  }).then(async (r) => ({ status: r.status, body: await r.json() as { error?: unknown } }));
  const close = async () => { await driver.close(); await bolt.close(); await new Promise<void>((r) => http.close(() => r())); };
  return { store, post, driver, close };
}

const labels = (store: MemoryStore) => store.graph.mapNodes((_k, a) => String(a.type)).sort();

async function rollbackWhileHttpWrites(shared: boolean): Promise<string[]> {
  const { store, post, driver, close } = await setup(shared);
  try {
    const session = driver.session();
    const tx = session.beginTransaction();
    await tx.run('CREATE (:FromBolt)');
    let httpDone = false;
    const write = post('CREATE (:FromHttp)').then((r) => { httpDone = true; return r; });
    await new Promise((r) => setTimeout(r, 150));
    const doneDuringTx = httpDone;
    await tx.rollback();
    await session.close();
    const res = await write;
    expect(res.status).toBe(200);
    if (shared) expect(doneDuringTx).toBe(false); // it waited for the transaction
    return labels(store);
  } finally {
    await close();
  }
}

describe('one write lock for HTTP and Bolt', () => {
  it('an HTTP write made during a Bolt transaction survives the rollback', async () => {
    expect(await rollbackWhileHttpWrites(true)).toEqual(['FromHttp']);
  });

  it('reads over HTTP do not wait for an open transaction', async () => {
    const { post, driver, close } = await setup(true);
    try {
      const session = driver.session();
      const tx = session.beginTransaction();
      await tx.run('CREATE (:FromBolt)');
      const res = await post('MATCH (n) RETURN count(n) AS n');
      expect(res.status).toBe(200);
      await tx.rollback();
      await session.close();
    } finally {
      await close();
    }
  });
});

describe('CALL { … } IN TRANSACTIONS over Bolt', () => {
  it('runs in an auto-commit query and is refused inside an explicit transaction, as Neo4j does', async () => {
    const { store, driver, close } = await setup(false);
    try {
      const session = driver.session();
      await session.run('UNWIND range(1, 5) AS i CALL { WITH i CREATE (:Batch {i: i}) } IN TRANSACTIONS OF 2 ROWS');
      expect(labels(store)).toEqual(['Batch', 'Batch', 'Batch', 'Batch', 'Batch']);
      const tx = session.beginTransaction();
      await expect(tx.run('UNWIND range(1, 2) AS i CALL { WITH i CREATE (:Again) } IN TRANSACTIONS')).rejects.toThrow(/implicit transaction/);
      await session.close();
      expect(labels(store)).not.toContain('Again');
    } finally {
      await close();
    }
  });
});
