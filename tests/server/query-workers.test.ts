/**
 * The query worker pool: replicas follow the main graph's changes (added, changed, dropped, cleared),
 * engine values survive the thread boundary, and a query past its deadline or its memory is stopped with
 * a clear error while the pool goes on answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import graphology from 'graphology';
import { CypherEngine, CypherError } from '../../src/cypher/index.ts';
import { NodeValue, RelationshipValue, StoredFloat } from '../../src/cypher/values.ts';
import { QueryWorkerPool, decodeValue, encodeValue } from '../../src/query-workers/index.ts';

let graph: graphology.MultiDirectedGraph;
let db: CypherEngine;
let pool: QueryWorkerPool;

beforeAll(async () => {
  graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  db = new CypherEngine(graph);
  db.run("UNWIND range(1, 50) AS i CREATE (:Company {name: 'c' + i, founded: date('2001-01-0' + (i % 9 + 1)), weight: 1.0})");
  db.run("MATCH (a:Company {name: 'c1'}), (b:Company {name: 'c2'}) CREATE (a)-[:INVESTS_IN {amount: 5}]->(b)");
  pool = new QueryWorkerPool({ graph, size: 2, graceMs: 50 });
  await pool.ready();
}, 60_000);
afterAll(() => pool.close());

const error = async (p: Promise<unknown>): Promise<CypherError> => {
  try { await p; } catch (e) { return e as CypherError; }
  throw new Error('expected the query to fail');
};

describe('replicas', () => {
  it('answer as the main graph does', async () => {
    const q = "MATCH (c:Company)-[r:INVESTS_IN]->(k) RETURN c.name, r.amount, k.name, k.founded, k.weight";
    expect(await pool.run(q)).toEqual(db.run(q));
  });

  it('follow additions, changes, deletions and a cleared graph', async () => {
    db.run("CREATE (:Country {name: 'India'})");
    db.run("MATCH (c:Company {name: 'c3'}) SET c.name = 'renamed', c.weight = 2.5");
    db.run("MATCH (c:Company {name: 'c4'}) DETACH DELETE c");
    graph.setNodeAttribute(graph.findNode((_k, a) => a.name === 'c5')!, 'note', 'set outside the engine');
    const q = 'MATCH (n) RETURN labels(n) AS l, n.name AS name, n.weight AS w, n.note AS note ORDER BY name';
    expect(await pool.run(q)).toEqual(db.run(q));
    graph.clear();
    db.run("CREATE (:Person {name: 'only'})");
    expect((await pool.run('MATCH (n) RETURN n.name')).rows).toEqual([['only']]);
  });

  it('refuse writes (they belong to the main thread)', async () => {
    const e = await error(pool.run("CREATE (:X)"));
    expect(e.kind).toBe('Forbidden');
  });
});

describe('raw results (Bolt)', () => {
  it('bring nodes, relationships, temporal values, Integers and Floats back as engine values', async () => {
    db.run("CREATE (:A {name: 'a', t: datetime('2024-05-06T07:08:09.123456789+02:00[Europe/Paris]'), f: 2.0})-[:R {k: 1}]->(:B)");
    const r = await pool.runRaw('MATCH (a:A)-[r:R]->(b) RETURN a, r, a.t AS t, $p AS p, 1.0 AS f', { params: { p: 2n ** 60n } });
    const [a, rel, t, p, f] = r.rows[0]!;
    expect(a).toBeInstanceOf(NodeValue);
    expect((a as NodeValue).properties.f).toBe(2); // a Float: engine values keep Floats as numbers
    expect(rel).toBeInstanceOf(RelationshipValue);
    expect(String(t)).toBe('2024-05-06T07:08:09.123456789+02:00[Europe/Paris]');
    expect(p).toBe(2n ** 60n);
    expect(f).toBe(1);
    expect(typeof f).toBe('number');
  });

  it('codec keeps user maps that look like tags', () => {
    const v = { '\u0000ng': 'F', v: 1, nested: [new StoredFloat(3)] };
    const back = decodeValue(structuredClone(encodeValue(v))) as typeof v;
    expect(back['\u0000ng']).toBe('F');
    expect(back.nested[0]).toBeInstanceOf(StoredFloat);
  });
});

describe('stopping a query', () => {
  it('terminates a worker stuck past the deadline, answers Timeout, and keeps serving', async () => {
    // a backreference runs on the backtracking engine: only terminating the worker stops it
    const stuck = pool.run(`RETURN "${'a'.repeat(40)}!" =~ "(a+)+\\\\1" AS m`, { timeoutMs: 300 });
    const meanwhile = await pool.run('RETURN 1 AS one');
    expect(meanwhile.rows).toEqual([[1]]);
    const e = await error(stuck);
    expect(e.kind).toBe('Timeout');
    expect(e.message).toMatch(/time limit of 300 ms and was stopped/);
    await pool.ready();
    expect((await pool.run('RETURN 2 AS two')).rows).toEqual([[2]]);
  }, 30_000);

  it('stops a cartesian product at the deadline', async () => {
    const e = await error(pool.run('UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b UNWIND range(1, 1000) AS c RETURN count(*)', { timeoutMs: 300 }));
    expect(e.kind).toBe('Timeout');
  }, 30_000);

  it('fails a query over its memory budget with MemoryLimit', async () => {
    const e = await error(pool.run('UNWIND range(1, 3000000) AS x RETURN size(collect(x))', { maxMemoryMb: 32, timeoutMs: 20_000 }));
    expect(e.kind).toBe('MemoryLimit');
    expect(e.message).toMatch(/memory budget of 32 MB/);
  }, 30_000);
});
