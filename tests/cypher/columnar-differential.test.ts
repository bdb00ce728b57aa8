/**
 * The columnar paths against the row-at-a-time paths: random queries on random graphs, run by an engine
 * with the columnar paths and one without, must give identical results — same rows in the same order
 * (ties included), Integer vs Float kept apart, nulls, errors — also after writes between queries.
 */
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../src/cypher/index.ts';
import { PathValue, StoredFloat } from '../../src/cypher/values.ts';
import { columnarStats } from '../../src/cypher/columnar/chain-aggregate.ts';
import { prng } from '../../scripts/bench/news-graph.ts';

const LABELS = ['A', 'B', 'C'];
const TYPES = ['R', 'S', 'T'];

function randomValue(rand: () => number, exotic: boolean): unknown {
  const x = rand();
  if (x < 0.15) return undefined;
  if (x < 0.5) return Math.floor(rand() * 21) - 10; // Integer
  if (x < 0.75) return Math.round(rand() * 400 - 200) / 8; // Float (or an integral number: Integer)
  if (x < 0.85) return new StoredFloat(Math.floor(rand() * 5)); // integral Float
  if (exotic && x < 0.9) return 'seven';
  return Math.floor(rand() * 3);
}

function randomGraph(rand: () => number, exotic: boolean): graphology.MultiDirectedGraph {
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  const n = 1 + Math.floor(rand() * 30);
  for (let i = 0; i < n; i++) {
    const a: Record<string, unknown> = {};
    const l = rand();
    if (l < 0.6) a.type = LABELS[Math.floor(rand() * 3)];
    else if (l < 0.8) a.labels = LABELS.filter(() => rand() < 0.5);
    const name = rand();
    if (name < 0.7) a.name = `n${Math.floor(rand() * 6)}`;
    else if (name < 0.8) a.name = Math.floor(rand() * 3); // a non-string grouping key
    const w = randomValue(rand, exotic);
    if (w !== undefined) a.w = w;
    // integer-like and other keys: graphology iterates them in a different order than inserted
    const numeric = String(Math.floor(rand() * 1000));
    g.addNode(rand() < 0.3 && !g.hasNode(numeric) ? numeric : `k${i}`, a);
  }
  const keys = g.nodes();
  const m = Math.floor(rand() * n * 3);
  for (let i = 0; i < m; i++) {
    const s = keys[Math.floor(rand() * keys.length)];
    const t = rand() < 0.1 ? s : keys[Math.floor(rand() * keys.length)];
    const a: Record<string, unknown> = { type: TYPES[Math.floor(rand() * 3)] };
    const amount = randomValue(rand, exotic);
    if (amount !== undefined) a.amount = amount;
    g.addDirectedEdge(s, t, a);
  }
  return g;
}

function randomQuery(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const steps = 1 + Math.floor(rand() * 3);
  const label = (): string => (rand() < 0.5 ? '' : ':' + pick(LABELS));
  let pattern = rand() < 0.25 ? `(n0:${pick(LABELS)} {name: 'n${Math.floor(rand() * 6)}'})` : `(n0${label()})`;
  for (let i = 0; i < steps; i++) {
    const t = rand();
    const types = t < 0.25 ? '' : t < 0.8 ? ':' + pick(TYPES) : `:${pick(TYPES)}|${pick(TYPES)}`;
    const d = rand();
    const rel = `[r${i}${types}]`;
    pattern += d < 0.4 ? `-${rel}->` : d < 0.7 ? `<-${rel}-` : `-${rel}-`;
    pattern += `(n${i + 1}${label()})`;
  }
  const node = (): string => `n${Math.floor(rand() * (steps + 1))}`;
  const relv = (): string => `r${Math.floor(rand() * steps)}`;
  const g = rand();
  const key = g < 0.3 ? null : g < 0.55 ? node() : g < 0.85 ? `${node()}.name` : `${node()}.w`;
  const aggs: string[] = [];
  const count = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) {
    const f = pick(['count', 'sum', 'avg', 'min', 'max']);
    const a = rand();
    const arg = f === 'count' && a < 0.3 ? '*' : f === 'count' && a < 0.5 ? node() : a < 0.8 ? `${relv()}.amount` : `${node()}.w`;
    aggs.push(`${f}(${arg}) AS a${i}`);
  }
  const items = key ? [`${key} AS k`, ...aggs] : aggs;
  // node inequalities (vectorised), sometimes two, sometimes one the columns cannot replay (a relationship)
  const w = rand();
  const where = w < 0.2 ? ` WHERE ${node()} <> ${node()}` : w < 0.27 ? ` WHERE ${node()} <> ${node()} AND ${node()} <> ${node()}` : w < 0.3 ? ` WHERE ${relv()} <> ${relv()}` : '';
  let q = `MATCH ${pattern}${where} RETURN ${items.join(', ')}`;
  const o = rand();
  if (o < 0.4) q += ` ORDER BY a0 DESC LIMIT ${1 + Math.floor(rand() * 4)}`; // ties keep first-seen order
  else if (o < 0.6 && key) q += ' ORDER BY k';
  return q;
}

/** Engine values as text that keeps Integer and Float apart (1 vs 1.0, -0.0, NaN). */
function show(v: unknown): string {
  if (typeof v === 'bigint') return `${v}i`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0f' : `${v}f`;
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('elementId' in o) return `node:${String(o.elementId)}`;
    return `{${Object.keys(o).sort().map((k) => `${k}:${show(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function outcome(db: CypherEngine, q: string): string {
  try {
    const r = db.execute(q);
    return `${r.columns.join(',')}\n${r.rows.map((row) => row.map(show).join(' | ')).join('\n')}`;
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('columnar paths give the row-at-a-time answers', () => {
  it('random aggregations over random chains, before and after writes', { timeout: 180_000 }, () => {
    const before = { ...columnarStats };
    let compared = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const rand = prng(seed);
      const graph = randomGraph(rand, seed % 4 === 0);
      const fast = new CypherEngine(graph);
      const slow = new CypherEngine(graph, { columnar: false });
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 25; i++) {
          const q = randomQuery(rand);
          expect(outcome(fast, q), `seed ${seed}: ${q}`).toBe(outcome(slow, q));
          compared++;
        }
        // writes between reads: through the engine and straight on the graph
        fast.execute("MATCH (a)-[r]->(b) WITH r LIMIT 3 SET r.amount = 2.5");
        fast.execute("MATCH (a), (b) WITH a, b LIMIT 4 CREATE (a)-[:R {amount: 7}]->(b)");
        fast.execute("MATCH (a:B) WITH a LIMIT 1 SET a:A");
        const some = graph.edges()[0];
        if (some !== undefined && round === 1) graph.dropEdge(some);
        if (round === 1) graph.addNode(`late${seed}`, { type: 'A', name: 'n1', w: 3 });
      }
      fast.dispose();
      slow.dispose();
    }
    expect(compared).toBe(60 * 3 * 25);
    // the comparison means something only if the columnar path answered most of them itself
    expect(columnarStats.vectorised - before.vectorised).toBeGreaterThan(2000);
    expect(columnarStats.fallbacks - before.fallbacks).toBeGreaterThan(50);
  });

  it('one plan run again and again (parameters, writes between) gives the row path\'s answers each time', () => {
    // the operator keeps its group-sized arrays between runs and zeroes only what the last run touched
    const queries = [
      'MATCH (n0:A {name: $s})<-[r0]-(n1)-[r1]->(n2) RETURN n2.name AS k, sum(r1.amount) AS a0, count(*) AS a1',
      'MATCH (n0 {name: $s})-[r0:R]->(n1) RETURN n0.name AS k, sum(r0.amount) AS a0, min(r0.amount) AS a1',
      'MATCH (n0)-[r0:R|S]->(n1) WHERE n1.name <> $s RETURN n1 AS k, avg(r0.amount) AS a0 ORDER BY a0 DESC LIMIT 2',
      'MATCH (n0)-[r0]->(n1) RETURN n0.name AS k, sum(r0.amount) AS a0, max(r0.amount) AS a1 ORDER BY a0 DESC LIMIT 3',
    ];
    let compared = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const rand = prng(1000 + seed);
      const graph = randomGraph(rand, false);
      const fast = new CypherEngine(graph);
      const slow = new CypherEngine(graph, { columnar: false });
      for (let i = 0; i < 40; i++) {
        const q = queries[i % queries.length];
        const params = { s: `n${Math.floor(rand() * 6)}` };
        const run = (db: CypherEngine): string => {
          try { return db.execute(q, { params }).rows.map((row) => row.map(show).join(' | ')).join('\n'); } catch (e) { return `error: ${(e as Error).message}`; }
        };
        expect(run(fast), `seed ${seed}: ${q} ${params.s}`).toBe(run(slow));
        compared++;
        if (i === 20) fast.execute('MATCH (a), (b) WITH a, b LIMIT 3 CREATE (a)-[:R {amount: 4}]->(b)');
      }
      fast.dispose();
      slow.dispose();
    }
    expect(compared).toBe(800);
  });

  it('EXPLAIN names the path: vectorised for a chain aggregation, row at a time with a WHERE', () => {
    const db = new CypherEngine(new graphology.MultiDirectedGraph({ allowSelfLoops: true }));
    expect(db.explain('MATCH (c:Company)-[r:INVESTS_IN]->() RETURN c.name AS name, sum(r.amount) AS total ORDER BY total DESC LIMIT 10'))
      .toContain('VectorisedAggregate');
    expect(db.explain('MATCH (c:Company)-[r:INVESTS_IN]->() WHERE r.amount > 1 RETURN c.name AS name, sum(r.amount) AS total'))
      .not.toContain('VectorisedAggregate');
    expect(db.explain('MATCH (c:Company {name: $n})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o:Company) WHERE o <> c RETURN o.name AS name, count(*) AS n'))
      .toMatch(/VectorisedAggregate.*WHERE o <> c/);
    expect(db.explain('MATCH (a {name: 1}), (b {name: 2}) MATCH p = shortestPath((a)-[:R*..8]-(b)) RETURN p')).toContain('bidirectional BFS');
    expect(db.explain('MATCH (a {name: 1}), (b {name: 2}) MATCH p = shortestPath((a)-[:R*..8]-(b)) WHERE all(r IN relationships(p) WHERE r.w > 1) RETURN p'))
      .not.toContain('bidirectional BFS');
  });

  it('integer sums past 2^53 still fail as Integer overflow, and big integers add exactly', () => {
    const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
    const fast = new CypherEngine(graph);
    const slow = new CypherEngine(graph, { columnar: false });
    fast.execute('CREATE (a:A)-[:R {amount: 9007199254740990}]->(b:A), (a)-[:R {amount: 9007199254740990}]->(b)');
    const q = 'MATCH (a:A)-[r:R]->() RETURN sum(r.amount) AS s';
    expect(outcome(fast, q)).toBe(outcome(slow, q));
    expect(outcome(fast, q)).toContain('18014398509481980i');
    fast.execute('MATCH (a:A)-[r:R]->() SET r.amount = 9223372036854775807');
    expect(outcome(fast, q)).toBe(outcome(slow, q));
    expect(outcome(fast, q)).toMatch(/error/i);
  });
});

/** A shortestPath query between two random named nodes, with random types, direction and bound. */
function randomShortest(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const t = rand();
  const types = t < 0.3 ? '' : t < 0.8 ? ':' + pick(TYPES) : `:${pick(TYPES)}|${pick(TYPES)}`;
  const bound = rand() < 0.5 ? '*' : `*..${1 + Math.floor(rand() * 4)}`;
  const min = rand() < 0.2 ? `*0..${2 + Math.floor(rand() * 3)}` : bound;
  const d = rand();
  const rel = `[${types}${min}]`;
  const arrow = d < 0.4 ? `-${rel}->` : d < 0.6 ? `<-${rel}-` : `-${rel}-`;
  return `MATCH (a {name: 'n${Math.floor(rand() * 6)}'}), (b {name: 'n${Math.floor(rand() * 6)}'}) `
    + `MATCH p = shortestPath((a)${arrow}(b)) RETURN a, b, p`;
}

describe('columnar bidirectional shortest path', () => {
  it('finds a path exactly when the row path does, of the same length, and a valid one', { timeout: 180_000 }, () => {
    const before = columnarStats.shortestPaths;
    let paths = 0;
    for (let seed = 100; seed < 160; seed++) {
      const rand = prng(seed);
      const graph = randomGraph(rand, false);
      const fast = new CypherEngine(graph);
      const slow = new CypherEngine(graph, { columnar: false });
      for (let i = 0; i < 30; i++) {
        const q = randomShortest(rand);
        const x = fast.execute(q).rows;
        const y = slow.execute(q).rows;
        expect(x.length, `seed ${seed}: ${q}`).toBe(y.length);
        for (let r = 0; r < x.length; r++) {
          const p = x[r][2] as PathValue;
          const o = y[r][2] as PathValue;
          expect(show(x[r].slice(0, 2)), q).toBe(show(y[r].slice(0, 2)));
          expect(p.relationships.length, `seed ${seed}: ${q}`).toBe(o.relationships.length);
          expect(p.nodes[0].key).toBe(o.nodes[0].key);
          expect(p.nodes[p.nodes.length - 1].key).toBe(o.nodes[o.nodes.length - 1].key);
          const arrow = q.includes('->') ? 'out' : q.includes('<-') ? 'in' : 'both';
          const typeList = /\[:([A-Z|]+)\*/.exec(q)?.[1]?.split('|') ?? null;
          p.relationships.forEach((rel, k) => {
            const from = p.nodes[k].key;
            const to = p.nodes[k + 1].key;
            const fits = (arrow !== 'in' && rel.start === from && rel.end === to) || (arrow !== 'out' && rel.start === to && rel.end === from);
            expect(fits, `seed ${seed}: ${q}`).toBe(true);
            if (typeList) expect(typeList).toContain(rel.type);
            expect(graph.hasEdge(rel.key)).toBe(true);
          });
          expect(new Set(p.nodes.map((n) => n.key)).size).toBe(p.nodes.length);
          paths++;
        }
      }
      fast.dispose();
      slow.dispose();
    }
    expect(paths).toBeGreaterThan(300);
    expect(columnarStats.shortestPaths - before).toBeGreaterThan(500);
  });
});
