/**
 * Cypher engine benchmark: builds a synthetic news-like graph (companies, countries, articles;
 * INVESTS_IN and MENTIONS), runs each query through the engine and the same work hand-written against
 * graphology, and prints median / p99 latency with the ratio engine / hand-written.
 *
 *   node --import tsx scripts/bench/cypher.ts            # 100,200 nodes, ~1.02M relationships
 *   node --import tsx scripts/bench/cypher.ts --scale 0.1
 *   node --expose-gc --import tsx scripts/bench/cypher.ts --bulk-rounds 5
 *
 * Options: --scale F (graph size, default 1), --runs N (timed runs per query, default 200),
 * --bulk-rounds N (rounds of the bulk load, default 3; the median is reported).
 */
import graphology from 'graphology';
import { parseArgs } from 'node:util';
import { CypherEngine } from '../../src/cypher/index.ts';
import type { CypherValue } from '../../src/cypher/values.ts';
import { showHelpIfAsked } from './help.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);

const { values } = parseArgs({ options: { scale: { type: 'string' }, runs: { type: 'string' }, 'bulk-rounds': { type: 'string' } } });
const scale = Number(values.scale ?? 1);
const RUNS = Number(values.runs ?? 200);

// ---------- deterministic data ----------
let seed = 42;
/** mulberry32: small, fast, well-distributed deterministic PRNG. */
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n: number): number => Math.floor(rand() * n);

const COUNTRIES = 200;
const COMPANIES = Math.round(20_000 * scale);
const ARTICLES = Math.round(80_000 * scale);
const INVESTMENTS_PER_COMPANY = 5;
const MENTIONS_PER_ARTICLE = 11.5;

function buildGraph(): graphology.MultiDirectedGraph {
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  for (let i = 0; i < COUNTRIES; i++) g.addNode(`country:${i}`, { type: 'Country', id: `country:${i}`, name: `Country ${i}`, iso2: `C${i}` });
  for (let i = 0; i < COMPANIES; i++) g.addNode(`company:${i}`, { type: 'Company', id: `company:${i}`, name: `Company ${i}`, mentions: 0 });
  for (let i = 0; i < ARTICLES; i++) g.addNode(`article:${i}`, { type: 'Article', id: `article:${i}`, title: `Article ${i}`, lang: i % 2 ? 'en' : 'fr' });
  let e = 0;
  for (let i = 0; i < COMPANIES; i++) {
    for (let k = 0; k < INVESTMENTS_PER_COMPANY; k++) {
      const target = rand() < 0.6 ? `country:${pick(COUNTRIES)}` : `company:${pick(COMPANIES)}`;
      g.addDirectedEdgeWithKey(`e${e++}`, `company:${i}`, target, { type: 'INVESTS_IN', amount: 1_000_000 * (1 + pick(1000)), currency: 'USD', year: 2020 + pick(10) });
    }
  }
  for (let i = 0; i < ARTICLES; i++) {
    const n = Math.floor(MENTIONS_PER_ARTICLE) + (rand() < MENTIONS_PER_ARTICLE % 1 ? 1 : 0);
    for (let k = 0; k < n; k++) {
      const target = rand() < 0.15 ? `country:${pick(COUNTRIES)}` : `company:${pick(COMPANIES)}`;
      g.addDirectedEdgeWithKey(`e${e++}`, `article:${i}`, target, { type: 'MENTIONS' });
    }
  }
  return g;
}

// ---------- timing ----------
type Stats = { median: number; p99: number };

/** Times two functions alternately (so both see the same machine load); returns their statistics. */
function timePair(a: () => unknown, b: () => unknown, runs: number): [Stats, Stats] {
  for (let i = 0; i < Math.min(20, runs); i++) { a(); b(); } // warm-up
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  const stats = (ts: number[]): Stats => {
    ts.sort((x, y) => x - y);
    return { median: ts[Math.floor(ts.length / 2)], p99: ts[Math.min(ts.length - 1, Math.floor(ts.length * 0.99))] };
  };
  return [stats(ta), stats(tb)];
}

const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 1000 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(2)} s`);

const t0 = performance.now();
const graph = buildGraph();
const buildMs = performance.now() - t0;
const heapAfterBuild = process.memoryUsage().heapUsed;
const engine = new CypherEngine(graph);

// hand-written helpers: a name index built once, as the engine's index is
const byName = new Map<string, string>();
graph.forEachNode((k, a) => { if (typeof a.name === 'string') byName.set(`${a.type}\u0000${a.name}`, k); });

const rows: string[][] = [];
function row(name: string, cypher: () => unknown, hand: () => unknown, runs: number, check?: () => void): void {
  check?.();
  const [c, h] = timePair(cypher, hand, runs);
  rows.push([name, fmt(c.median), fmt(c.p99), fmt(h.median), fmt(h.p99), (c.median / h.median).toFixed(2)]);
}

const names = Array.from({ length: 64 }, (_, i) => `Company ${(i * 7919) % COMPANIES}`);
let q = 0;
const nextName = (): string => names[q++ % names.length];

// 1. lookup by name
const LOOKUP = 'MATCH (c:Company {name: $name}) RETURN c.name AS name, c.mentions AS mentions';
row('lookup by name', () => engine.execute(LOOKUP, { params: { name: nextName() } }), () => {
  const k = byName.get(`Company\u0000${nextName()}`);
  return k === undefined ? [] : [[graph.getNodeAttribute(k, 'name'), graph.getNodeAttribute(k, 'mentions')]];
}, RUNS);

// 2. 1-hop
const ONE_HOP = 'MATCH (c:Company {name: $name})-[r:INVESTS_IN]->(x) RETURN x.name AS target, r.amount AS amount';
row('1-hop', () => engine.execute(ONE_HOP, { params: { name: nextName() } }), () => {
  const k = byName.get(`Company\u0000${nextName()}`);
  const out: unknown[][] = [];
  if (k !== undefined) {
    graph.forEachOutEdge(k, (_e, a, _s, t) => { if (a.type === 'INVESTS_IN') out.push([graph.getNodeAttribute(t, 'name'), a.amount]); });
  }
  return out;
}, RUNS);

// 3. 2-hop from one node: entities co-mentioned with a company
const TWO_HOP = 'MATCH (c:Company {name: $name})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o) WHERE o <> c RETURN o.name AS name, count(*) AS n';
row('2-hop (co-mentions)', () => engine.execute(TWO_HOP, { params: { name: nextName() } }), () => {
  const k = byName.get(`Company\u0000${nextName()}`);
  const counts = new Map<string, number>();
  if (k !== undefined) {
    graph.forEachInEdge(k, (_e, a, s) => {
      if (a.type !== 'MENTIONS' || graph.getNodeAttribute(s, 'type') !== 'Article') return;
      graph.forEachOutEdge(s, (_e2, a2, _s2, t) => {
        if (a2.type !== 'MENTIONS' || t === k) return;
        const name = graph.getNodeAttribute(t, 'name') as string;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      });
    });
  }
  return [...counts];
}, RUNS, () => {
  // same answer both ways
  const name = names[0];
  const r = engine.execute(TWO_HOP, { params: { name } });
  const total = r.rows.reduce((s, x) => s + Number(x[1] as bigint), 0);
  const k = byName.get(`Company\u0000${name}`)!;
  let hand = 0;
  graph.forEachInEdge(k, (_e, a, s) => { if (a.type === 'MENTIONS') graph.forEachOutEdge(s, (_e2, a2, _s2, t) => { if (a2.type === 'MENTIONS' && t !== k) hand++; }); });
  if (total !== hand) throw new Error(`2-hop mismatch: engine ${total}, hand ${hand}`);
});

// 4. whole-graph 2-hop aggregation with ORDER BY / LIMIT
const AGG = 'MATCH (c:Company)-[:INVESTS_IN]->(:Company)-[:INVESTS_IN]->(k:Country) RETURN k.name AS country, count(*) AS n ORDER BY n DESC, country LIMIT 10';
row('2-hop aggregation, whole graph', () => engine.execute(AGG), () => {
  const counts = new Map<string, number>();
  graph.forEachNode((c, a) => {
    if (a.type !== 'Company') return;
    graph.forEachOutEdge(c, (_e, ea, _s, x) => {
      if (ea.type !== 'INVESTS_IN' || graph.getNodeAttribute(x, 'type') !== 'Company') return;
      graph.forEachOutEdge(x, (_e2, ea2, _s2, k) => {
        if (ea2.type !== 'INVESTS_IN' || graph.getNodeAttribute(k, 'type') !== 'Country') return;
        const name = graph.getNodeAttribute(k, 'name') as string;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      });
    });
  });
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
}, Math.max(3, Math.round(RUNS / 40)));

// 5. shortest path over INVESTS_IN, undirected
const SP = 'MATCH (a:Company {name: $a}), (b:Company {name: $b}) MATCH p = shortestPath((a)-[:INVESTS_IN*..8]-(b)) RETURN length(p) AS len';
let spi = 0;
const pair = (): [string, string] => { spi++; return [names[spi % names.length], names[(spi * 13 + 5) % names.length]]; };
row('shortest path', () => {
  const [a, b] = pair();
  return engine.execute(SP, { params: { a, b } });
}, () => {
  const [a, b] = pair();
  const s = byName.get(`Company\u0000${a}`)!;
  const t = byName.get(`Company\u0000${b}`)!;
  if (s === t) return 0;
  const seen = new Set([s]);
  let frontier = [s];
  for (let d = 1; d <= 8 && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      let found = false;
      const visit = (_e: string, ea: Record<string, unknown>, _x: string, _y: string, o: string): void => {
        if (ea.type !== 'INVESTS_IN' || seen.has(o)) return;
        if (o === t) found = true;
        seen.add(o);
        next.push(o);
      };
      graph.forEachOutEdge(n, (e, ea, x, y) => visit(e, ea, x, y, y));
      graph.forEachInEdge(n, (e, ea, x, y) => visit(e, ea, x, y, x));
      if (found) return d;
    }
    frontier = next;
  }
  return null;
}, Math.max(5, Math.round(RUNS / 10)));

// 6. bulk load: UNWIND $rows AS r MATCH … CREATE … of 100,000 relationships
const BULK = Math.round(100_000 * Math.min(1, Math.max(scale, 0.1)));
const bulkRows = (): CypherValue[] => Array.from({ length: BULK }, (_, i) => ({
  from: `Company ${i % COMPANIES}`, to: `Country ${(i * 31) % COUNTRIES}`, amount: BigInt(i),
}));
const BULK_Q = 'UNWIND $rows AS r MATCH (a:Company {name: r.from}), (b:Country {name: r.to}) CREATE (a)-[:INVESTS_IN {amount: r.amount, bulk: true}]->(b)';
const rowsParam = bulkRows() as { from: string; to: string; amount: bigint }[];
// The load runs in rounds; each round loads the 100,000 relationships through the engine and by hand in
// ten alternating chunks (so both see the same machine load), then removes them again. A full GC
// before each round (when node runs with --expose-gc) keeps one round from paying for the garbage
// of the queries before it. Reported: the median round, and the first (cold) round.
const BULK_ROUNDS = Math.max(1, Number(values['bulk-rounds'] ?? 3));
const CHUNKS = 10;
const gc = (globalThis as { gc?: () => void }).gc;
const engineRounds: number[] = [];
const handRounds: number[] = [];
let heapGrowth = 0;
for (let round = 0; round < BULK_ROUNDS; round++) {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let bulkMs = 0;
  let handBulkMs = 0;
  let created = 0;
  for (let c = 0; c < CHUNKS; c++) {
    const chunk = rowsParam.slice((c * BULK) / CHUNKS, ((c + 1) * BULK) / CHUNKS);
    let t1 = performance.now();
    created += engine.execute(BULK_Q, { params: { rows: chunk as unknown as CypherValue } }).stats.relationshipsCreated;
    bulkMs += performance.now() - t1;
    t1 = performance.now();
    for (const r of chunk) {
      const a = byName.get(`Company\u0000${r.from}`);
      const b = byName.get(`Country\u0000${r.to}`);
      if (a !== undefined && b !== undefined) graph.addDirectedEdge(a, b, { type: 'INVESTS_IN', amount: Number(r.amount), bulk: true, hand: true });
    }
    handBulkMs += performance.now() - t1;
  }
  if (created !== BULK) throw new Error(`bulk created ${created}`);
  gc?.();
  heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  engineRounds.push(bulkMs);
  handRounds.push(handBulkMs);
  // back to the graph the other queries ran on
  if (round < BULK_ROUNDS - 1) graph.filterEdges((_e, a) => a.bulk === true).forEach((e) => graph.dropEdge(e));
}
const bulkMs = median(engineRounds);
const handBulkMs = median(handRounds);
rows.push([`bulk UNWIND…CREATE ${BULK.toLocaleString('en')} rels`, fmt(bulkMs), '-', fmt(handBulkMs), '-', (bulkMs / handBulkMs).toFixed(2)]);

// ---------- report ----------
const header = ['query', 'engine median', 'engine p99', 'hand median', 'hand p99', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]): string => '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(`graph: ${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} relationships (scale ${scale}); built in ${fmt(buildMs)}; heap ${(heapAfterBuild / 2 ** 20).toFixed(0)} MiB`);
console.log(`bulk load: ${BULK.toLocaleString('en')} relationships in ${fmt(bulkMs)} (median of ${BULK_ROUNDS} rounds: ${engineRounds.map(fmt).join(', ')}; by hand ${handRounds.map(fmt).join(', ')}); heap +${(heapGrowth / 2 ** 20).toFixed(0)} MiB for the engine's and the hand-written copies${gc ? '' : ' (run node with --expose-gc for GC between rounds)'}`);
console.log(line(header));
console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of rows) console.log(line(r));
