/**
 * Where the load of the Cypher engine's read structures goes (issue 15): the generated news graph
 * (scripts/bench/news-graph.ts) loaded into graphology, then each read structure built in turn, with
 * wall and CPU time (CPU time, of all the process's threads, is what a loaded machine distorts least),
 * then the first and median run of a few whole-graph and point queries.
 *
 *   node --expose-gc --import tsx scripts/bench/columnar-load.ts [--scale 1] [--rounds 3]
 *
 * --rounds N rebuilds the columnar structures N times (each after a full GC) and prints each round.
 *
 * --store FILE instead measures a cold start on a real store: FILE (and its batch log) copied to a
 * temporary folder, opened (snapshot decoded into graphology, log replayed), then the first and the
 * median of later runs of whole-graph queries (the first one builds the engine's read structures).
 *
 *   node --expose-gc --import tsx scripts/bench/columnar-load.ts --store /work/data/store-20k.json
 */
import graphology from 'graphology';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CypherEngine } from '../../src/cypher/index.ts';
import { columnarStore } from '../../src/cypher/columnar/store.ts';
import { showHelpIfAsked } from './help.ts';
import { loadGraphology, newsGraph } from './news-graph.ts';

showHelpIfAsked(import.meta.url);
const { values: opts } = parseArgs({ options: { scale: { type: 'string' }, rounds: { type: 'string' }, store: { type: 'string' } } });
const scale = Number(opts.scale ?? 1);
const rounds = Number(opts.rounds ?? 3);
const gc = (): void => { (globalThis as { gc?: () => void }).gc?.(); };

if (opts.store !== undefined) {
  await coldStore(opts.store);
  process.exit(0);
}

/** Cold start on a copy of a store file: open, first query, later runs (wall and CPU time). */
async function coldStore(file: string): Promise<void> {
  const { openMemoryStore, batchLogOf } = await import('../../src/store/memory/index.ts');
  const dir = mkdtempSync(join(tmpdir(), 'columnar-load-'));
  const copy = join(dir, basename(file));
  copyFileSync(file, copy);
  if (existsSync(batchLogOf(file))) copyFileSync(batchLogOf(file), batchLogOf(copy));
  try {
    const measure = async <T>(f: () => Promise<T>): Promise<[T, string]> => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await f();
      const c = process.cpuUsage(c0);
      return [r, `${(performance.now() - t0).toFixed(0)} ms (CPU ${((c.user + c.system) / 1000).toFixed(0)} ms)`];
    };
    const [store, open] = await measure(() => openMemoryStore({ file: copy }));
    const stats = await store.stats();
    console.log(`store ${file}: ${JSON.stringify(stats).slice(0, 160)}`);
    console.log(`open (snapshot → graphology, log replayed): ${open}`);
    const queries: [string, string][] = [
      ['most mentioned companies', 'MATCH (:Article)-[:MENTIONS]->(c:Company) RETURN c.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 10'],
      ['top investors by amountUsd', 'MATCH (c)-[r:INVESTS_IN]->() RETURN c.name AS name, sum(r.amountUsd) AS total ORDER BY total DESC, name LIMIT 10'],
      ['mentions by entity type', 'MATCH (:Article)-[:MENTIONS]->(e) RETURN head(labels(e)) AS type, count(*) AS n ORDER BY n DESC'],
    ];
    for (const [name, q] of queries) {
      const [, first] = await measure(() => store.query(q));
      const ts: number[] = [];
      for (let i = 0; i < 7; i++) { const t0 = performance.now(); await store.query(q); ts.push(performance.now() - t0); }
      ts.sort((a, b) => a - b);
      console.log(`${name}: first ${first}, median of 7 later ${ts[3].toFixed(2)} ms`);
    }
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const mem = process.memoryUsage();
  console.log(`RSS ${Math.round(mem.rss / 2 ** 20)} MiB; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

const g = newsGraph(scale);
const timed = (f: () => void): string => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const c = process.cpuUsage(c0);
  return `${(performance.now() - t0).toFixed(0)} ms (CPU ${((c.user + c.system) / 1000).toFixed(0)} ms)`;
};
console.log(`${g.nodes.length.toLocaleString('en')} nodes / ${g.rels.length.toLocaleString('en')} relationships`);
let graph!: graphology.MultiDirectedGraph;
console.log(`graphology: ${timed(() => { graph = loadGraphology(g); })}`);
const engine = new CypherEngine(graph);
const store = columnarStore(graph, engine.adapter);
gc();
console.log(`label and name indexes: ${timed(() => {
  engine.execute('MATCH (c:Company {name: $n}) RETURN c', { params: { n: 'x' } });
  engine.execute('MATCH (c:Country {name: $n}) RETURN c', { params: { n: 'x' } });
})}`);
for (let round = 0; round < rounds; round++) {
  gc();
  (store as unknown as { dropTopology(): void }).dropTopology();
  const parts: string[] = [];
  parts.push(`topology ${timed(() => store.typeId('INVESTS_IN'))}`);
  const invests = store.typeId('INVESTS_IN');
  parts.push(`typed CSR ×3 ${timed(() => { store.typed(invests, 'out'); store.typed(invests, 'in'); store.typed(store.typeId('MENTIONS'), 'in'); })}`);
  parts.push(`amount column ${timed(() => store.relColumn('amount'))}`);
  parts.push(`name dictionary ${timed(() => store.nodeDictionary('name'))}`);
  console.log(`round ${round + 1}: ${parts.join(', ')}`);
}
const queries: [string, string, Record<string, string>][] = [
  ['top-10 by total amount', 'MATCH (c:Company)-[r:INVESTS_IN]->() RETURN c.name AS name, sum(r.amount) AS total ORDER BY total DESC, name LIMIT 10', {}],
  ['totals by country (grouped at the far end)', 'MATCH (c:Company)-[r:INVESTS_IN]->(k:Country) RETURN k.name AS country, sum(r.amount) AS total ORDER BY total DESC LIMIT 5', {}],
  ['2-hop co-mentions', 'MATCH (c:Company {name: $name})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o:Company) WHERE o <> c RETURN o.name AS name, count(*) AS n', { name: 'Company 7' }],
];
for (const [name, q, params] of queries) {
  const first = timed(() => engine.execute(q, { params }));
  const ts: number[] = [];
  for (let i = 0; i < 15; i++) { const t0 = performance.now(); engine.execute(q, { params }); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  console.log(`${name}: first ${first}, median ${ts[7].toFixed(2)} ms`);
}
gc();
const mem = process.memoryUsage();
console.log(`RSS ${Math.round(mem.rss / 2 ** 20)} MiB, heap used ${Math.round(mem.heapUsed / 2 ** 20)} MiB; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
