/**
 * Cold load of an embedded store's snapshot, each run in a fresh process: read the file, decode its
 * columns, build the graph — through graphology's `import` of plain nodes and edges (the load before
 * snapshot-graph.ts), through graphology's records built from the columns (`records`, what a write
 * loads), or as the read-only column graph a cold CLI read uses (`columns`, column-graph.ts: the build
 * there includes `stats`' counts) — run alternately, back to back. Prints per path the median wall and
 * CPU time of each step, peak RSS, the heap held once loaded (after a full GC) per article and per
 * relation, and the ratio of the last path's CPU to the first's. `--query CYPHER` also runs one query
 * on the loaded graph (a fresh engine: its indexes are built then) and prints its time.
 *
 *   node --import tsx scripts/bench/cold-load.ts STORE/graph.json [--runs 3] [--paths import,records,columns] [--query 'MATCH …']
 *
 * Only the snapshot is read (not the batch log), and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import graphology from 'graphology';
import { showHelpIfAsked } from './help.ts';
import { decodeColumns, snapshotOfColumns, type SnapshotColumns } from '../../src/store/memory/snapshot-codec.ts';
import { importSnapshot } from '../../src/store/memory/snapshot-graph.ts';
import { ColumnGraph } from '../../src/store/memory/column-graph.ts';
import { columnStats } from '../../src/store/memory/read-mostly-store.ts';
import { CypherEngine } from '../../src/cypher/index.ts';
import type { Graph } from '../../src/cypher/storage/adapter.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);
const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' }, paths: { type: 'string' }, child: { type: 'string' }, query: { type: 'string' } } });

interface Run { readMs: number; decodeMs: number; decodeCpu: number; buildMs: number; buildCpu: number; totalMs: number; totalCpu: number; rss: number; heap: number; nodes: number; edges: number; articles: number; queryMs: number; queryCpu: number }

const cpuMs = (): number => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

/** In the child: one load by `path`, figures as JSON on stdout. */
function child(file: string, path: string): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  // the column graph's columns are typed arrays: outside the JS heap, counted with it
  const held = (): number => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
  const heap0 = held();
  const t0 = performance.now(), c0 = cpuMs();
  let data: Buffer | null = readFileSync(file);
  const t1 = performance.now();
  let columns: SnapshotColumns | null = decodeColumns(data);
  data = null;
  const t2 = performance.now(), c2 = cpuMs();
  let graph: Graph | ColumnGraph, articles = 0;
  if (path === 'columns') {
    const g = new ColumnGraph(columns);
    articles = columnStats(g).articles;
    graph = g;
  } else {
    const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
    if (path === 'import') g.import(snapshotOfColumns(columns).snapshot as never);
    else importSnapshot(g, columns);
    graph = g;
  }
  columns = null; // what stays is what the graph holds
  const t3 = performance.now(), c3 = cpuMs();
  let queryMs = 0, queryCpu = 0;
  if (opts.query) {
    new CypherEngine(graph as Graph).run(opts.query, { readOnly: true });
    queryMs = performance.now() - t3;
    queryCpu = cpuMs() - c3;
  }
  gc();
  if (path !== 'columns') (graph as Graph).forEachNode((_k, a) => { if (a.type === 'Article') articles++; });
  const run: Run = {
    readMs: t1 - t0, decodeMs: t2 - t1, decodeCpu: c2 - c0, buildMs: t3 - t2, buildCpu: c3 - c2, totalMs: t3 - t0, totalCpu: c3 - c0,
    rss: process.resourceUsage().maxRSS * 1024, heap: held() - heap0, nodes: graph.order, edges: graph.size, articles, queryMs, queryCpu,
  };
  process.stdout.write(JSON.stringify(run));
}

if (opts.child) {
  child(positionals[0]!, opts.child);
  process.exit(0);
}

const file = positionals[0];
if (!file) { console.error("usage: cold-load.ts STORE/graph.json [--runs 3] [--paths import,records,columns] [--query 'MATCH …']"); process.exit(2); }
const runs = Number(opts.runs ?? 3);
const paths = (opts.paths ?? 'import,records').split(',');
const self = fileURLToPath(import.meta.url);
const results = new Map<string, Run[]>(paths.map((p) => [p, []]));
const load0 = loadavg()[0]!;
for (let r = 0; r < runs; r++) {
  for (const path of paths) {
    const out = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', self, file, '--child', path, ...(opts.query ? ['--query', opts.query] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (out.status !== 0) throw new Error(`${path} load failed: ${out.stderr}`);
    results.get(path)!.push(JSON.parse(out.stdout) as Run);
  }
}
const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const size = statSync(file).size;
const first = results.get(paths[0]!)![0]!;
console.log(`${file}: ${mb(size)} snapshot, ${first.articles.toLocaleString('en')} articles, ${first.nodes.toLocaleString('en')} nodes, ${first.edges.toLocaleString('en')} relations; medians of ${runs}, fresh process each; load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
const q = opts.query ? ' query (wall / CPU) |' : '';
console.log(`| path | read | decode (wall / CPU incl. read) | build graph (wall / CPU) | total (wall / CPU) |${q} peak RSS | heap held | per article | per relation |`);
console.log(`|---|---:|---:|---:|---:|${q ? '---:|' : ''}---:|---:|---:|---:|`);
const totals = new Map<string, number>();
for (const path of paths) {
  const rs = results.get(path)!;
  const m = (k: keyof Run): number => median(rs.map((x) => x[k]));
  totals.set(path, m('totalCpu'));
  const heap = m('heap');
  const qs = opts.query ? ` ${s(m('queryMs'))} / ${s(m('queryCpu'))} |` : '';
  console.log(`| ${path} | ${s(m('readMs'))} | ${s(m('decodeMs'))} / ${s(m('decodeCpu'))} | ${s(m('buildMs'))} / ${s(m('buildCpu'))} | ${s(m('totalMs'))} / ${s(m('totalCpu'))} |${qs} ${mb(m('rss'))} | ${mb(heap)} | ${(heap / first.articles / 1024).toFixed(1)} KB | ${(heap / first.edges).toFixed(0)} B |`);
}
if (paths.length >= 2) console.log(`total CPU ${paths.at(-1)} / ${paths[0]}: ${(totals.get(paths.at(-1)!)! / totals.get(paths[0]!)!).toFixed(2)}`);
