/**
 * Where the load of the Cypher engine's read structures goes (issue 15): the generated news graph
 * (scripts/bench/news-graph.ts) loaded into graphology, then each read structure built in turn, with
 * wall and CPU time (CPU time, of all the process's threads, is what a loaded machine distorts least),
 * then the first and median run of a few whole-graph and point queries.
 *
 *   node --expose-gc --import tsx scripts/bench/columnar-load.ts [--scale 1] [--rounds 3]
 *
 * --rounds N rebuilds the columnar structures N times (each after a full GC) and prints each round.
 */
import graphology from 'graphology';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { CypherEngine } from '../../src/cypher/index.ts';
import { columnarStore } from '../../src/cypher/columnar/store.ts';
import { showHelpIfAsked } from './help.ts';
import { newsGraph } from './news-graph.ts';

showHelpIfAsked(import.meta.url);
const { values: opts } = parseArgs({ options: { scale: { type: 'string' }, rounds: { type: 'string' } } });
const scale = Number(opts.scale ?? 1);
const rounds = Number(opts.rounds ?? 3);
const gc = (): void => { (globalThis as { gc?: () => void }).gc?.(); };

const g = newsGraph(scale);
const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
const timed = (f: () => void): string => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const c = process.cpuUsage(c0);
  return `${(performance.now() - t0).toFixed(0)} ms (CPU ${((c.user + c.system) / 1000).toFixed(0)} ms)`;
};
console.log(`${g.nodes.length.toLocaleString('en')} nodes / ${g.rels.length.toLocaleString('en')} relationships`);
console.log(`graphology: ${timed(() => {
  for (const n of g.nodes) graph.addNode(n.key, { type: n.label, name: n.name });
  let e = 0;
  for (const r of g.rels) {
    const a: Record<string, unknown> = { type: r.type };
    if (r.amount !== undefined) { a.amount = r.amount; a.amountUsd = r.amountUsd; a.year = r.year; }
    graph.addDirectedEdgeWithKey(`e${e++}`, g.nodes[r.source].key, g.nodes[r.target].key, a);
  }
})}`);
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
