/**
 * One query cannot freeze everyone: while one client runs a query built to run for minutes (a
 * backtracking regular expression, a 10-way cartesian product), another client's simple query answers
 * at once — over HTTP and over Bolt — and the bad query is stopped at --query-timeout with a clear error.
 * This is a functional property of the design (queries run in worker threads), asserted as one: every
 * probe is answered while the bad query still runs (a frozen server would answer them only after it);
 * how fast they are answered is for scripts/bench/query-freeze.ts, not a unit test on a shared machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { startBoltServer, type BoltServer } from '../../src/bolt/index.ts';
import { QueryWorkerPool } from '../../src/query-workers/index.ts';
import { allowBacktrackingRegex } from '../../src/cypher/index.ts';
import { patches } from '../neo4j/fixtures.ts';

const TIMEOUT_MS = 2500;
const WORST: Array<[string, string]> = [
  // RE2 runs `(a+)+` in linear time; a backreference needs the backtracking engine, exponential here
  ['a backtracking regular expression', `RETURN "${'a'.repeat(40)}!" =~ "(a+)+\\\\1" AS m`],
  ['a 10-way cartesian product', `${Array.from({ length: 10 }, (_, i) => `UNWIND range(1, 100) AS x${i}`).join(' ')} RETURN count(*) AS n`],
];

let store: MemoryStore;
let pool: QueryWorkerPool;
let http: Server;
let base: string;
let bolt: BoltServer;
let driver: Driver;

beforeAll(async () => {
  store = new MemoryStore(undefined, emptySnapshot());
  await store.apply(patches());
  pool = new QueryWorkerPool({ graph: store.graph, size: 2 });
  store.setReadRunner(pool);
  allowBacktrackingRegex(false); // as serve does: writes run on this thread
  await pool.ready();
  http = createNewsgraphServer({ store, queryTimeoutMs: TIMEOUT_MS });
  base = `http://127.0.0.1:${(await listen(http, 0, '127.0.0.1')).port}`;
  bolt = await startBoltServer({ store, port: 0, timeoutMs: TIMEOUT_MS, reads: pool });
  driver = neo4j.driver(bolt.url);
}, 60_000);

afterAll(async () => {
  await driver?.close();
  await bolt?.close();
  await new Promise<void>((r) => http.close(() => r()));
  await pool?.close();
  allowBacktrackingRegex(true);
});

const httpQuery = (query: string) =>
  fetch(`${base}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

async function median(probe: () => Promise<void>, n = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await probe();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)]!;
}

const probeHttp = async () => {
  const res = await httpQuery("MATCH (c:Company {name: 'Amazon'}) RETURN c.name AS name");
  expect(res.status).toBe(200);
  expect((await res.json()).rows).toEqual([['Amazon']]);
};

const probeBolt = async () => {
  const { records } = await driver.executeQuery("MATCH (c:Company {name: 'Amazon'}) RETURN c.name AS name");
  expect(records[0]!.get('name')).toBe('Amazon');
};

describe('while one client runs the worst query', () => {
  for (const [name, query] of WORST) {
    it(`over HTTP, ${name}: others are answered at once, it is stopped at the time limit`, async () => {
      await probeHttp(); // warm
      const t0 = performance.now();
      let running = true;
      const bad = httpQuery(query).then(async (res) => ({ status: res.status, body: await res.json(), ms: performance.now() - t0 }));
      void bad.finally(() => { running = false; });
      await new Promise((r) => setTimeout(r, 150)); // it is running now
      await median(probeHttp);
      expect(running).toBe(true); // every probe was answered while the bad query still ran (a frozen server answers them after)
      const { status, body, ms } = await bad;
      expect(status).toBe(400);
      expect(body.error.code).toBe('Neo.ClientError.Transaction.TransactionTimedOut');
      expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(TIMEOUT_MS + 2000);
      await pool.ready();
      await probeHttp();
    }, 30_000);

    it(`over Bolt, ${name}: others are answered at once, it is stopped at --query-timeout`, async () => {
      await probeBolt();
      const session = driver.session();
      const t0 = performance.now();
      let running = true;
      const bad = session.run(query).then(() => ({ error: undefined, ms: performance.now() - t0 }), (error: Error & { code?: string }) => ({ error, ms: performance.now() - t0 }));
      void bad.finally(() => { running = false; });
      await new Promise((r) => setTimeout(r, 150));
      await median(probeBolt);
      expect(running).toBe(true);
      const { error, ms } = await bad;
      await session.close();
      expect(error?.code).toBe('Neo.ClientError.Transaction.TransactionTimedOut');
      expect(ms).toBeLessThan(TIMEOUT_MS + 2000);
      await pool.ready();
      await probeBolt();
    }, 30_000);
  }

  it('a client cannot ask Bolt for more time than --query-timeout', async () => {
    const session = driver.session();
    const t0 = performance.now();
    const err = await session.run(WORST[1]![1], {}, { timeout: 600_000 }).then(() => undefined, (e: Error & { code?: string }) => e);
    await session.close();
    expect(err?.code).toBe('Neo.ClientError.Transaction.TransactionTimedOut');
    expect(performance.now() - t0).toBeLessThan(TIMEOUT_MS + 2000);
  }, 30_000);
});

describe('a write query (main thread, --allow-writes)', () => {
  it('is stopped inside its expressions at the time limit and undone', async () => {
    const writable = createNewsgraphServer({ store, queryTimeoutMs: 500, allowWrites: true });
    const url = `http://127.0.0.1:${(await listen(writable, 0, '127.0.0.1')).port}`;
    try {
      const before = store.graph.order;
      const t0 = performance.now();
      const res = await fetch(`${url}/api/query`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: "CREATE (n:Temp) WITH n RETURN size(reduce(acc = [], x IN range(1, 3000000) | acc + x)) AS s" }),
      });
      const body = await res.json();
      expect(body.error.code).toBe('Neo.ClientError.Transaction.TransactionTimedOut');
      expect(performance.now() - t0).toBeLessThan(3000);
      expect(store.graph.order).toBe(before);
      const refused = await fetch(`${url}/api/query`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `CREATE (n:Temp) WITH n RETURN "${'a'.repeat(40)}!" =~ "(a+)+\\\\1" AS m` }),
      });
      expect((await refused.json()).error.message).toMatch(/needs backtracking/);
      expect(store.graph.order).toBe(before);
    } finally {
      await new Promise<void>((r) => writable.close(() => r()));
    }
  }, 30_000);
});
