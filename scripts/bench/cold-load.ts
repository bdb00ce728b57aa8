/**
 * Cold load of an embedded store's snapshot into graphology, each run in a fresh process: read the
 * file, decode its columns, build the graph — through graphology's `import` of plain nodes and edges
 * (the load before snapshot-graph.ts) and through the records built from the columns (the load now),
 * run alternately, back to back. Prints per path the median wall and CPU time of each step, peak RSS,
 * the heap the graph holds once loaded (after a full GC) per article and per relation, and the ratio.
 *
 *   node --import tsx scripts/bench/cold-load.ts STORE/graph.json [--runs 3] [--paths import,records]
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
import { decodeColumns, snapshotOfColumns } from '../../src/store/memory/snapshot-codec.ts';
import { importSnapshot } from '../../src/store/memory/snapshot-graph.ts';

showHelpIfAsked(import.meta.url);
const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' }, paths: { type: 'string' }, child: { type: 'string' } } });

interface Run { readMs: number; decodeMs: number; decodeCpu: number; buildMs: number; buildCpu: number; totalMs: number; totalCpu: number; rss: number; heap: number; nodes: number; edges: number; articles: number }

const cpuMs = (): number => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

/** In the child: one load by `path`, figures as JSON on stdout. */
function child(file: string, path: string): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now(), c0 = cpuMs();
  const data = readFileSync(file);
  const t1 = performance.now();
  const columns = decodeColumns(data);
  const t2 = performance.now(), c2 = cpuMs();
  const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  if (path === 'import') graph.import(snapshotOfColumns(columns).snapshot as never);
  else importSnapshot(graph, columns);
  const t3 = performance.now(), c3 = cpuMs();
  gc();
  let articles = 0;
  graph.forEachNode((_k, a) => { if (a.type === 'Article') articles++; });
  const run: Run = {
    readMs: t1 - t0, decodeMs: t2 - t1, decodeCpu: c2 - c0, buildMs: t3 - t2, buildCpu: c3 - c2, totalMs: t3 - t0, totalCpu: c3 - c0,
    rss: process.resourceUsage().maxRSS * 1024, heap: process.memoryUsage().heapUsed - heap0, nodes: graph.order, edges: graph.size, articles,
  };
  process.stdout.write(JSON.stringify(run));
}

if (opts.child) {
  child(positionals[0]!, opts.child);
  process.exit(0);
}

const file = positionals[0];
if (!file) { console.error('usage: cold-load.ts STORE/graph.json [--runs 3] [--paths import,records]'); process.exit(2); }
const runs = Number(opts.runs ?? 3);
const paths = (opts.paths ?? 'import,records').split(',');
const self = fileURLToPath(import.meta.url);
const results = new Map<string, Run[]>(paths.map((p) => [p, []]));
const load0 = loadavg()[0]!;
for (let r = 0; r < runs; r++) {
  for (const path of paths) {
    const out = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', self, file, '--child', path], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (out.status !== 0) throw new Error(`${path} load failed: ${out.stderr}`);
    results.get(path)!.push(JSON.parse(out.stdout) as Run);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const size = statSync(file).size;
const first = results.get(paths[0]!)![0]!;
console.log(`${file}: ${mb(size)} snapshot, ${first.articles.toLocaleString('en')} articles, ${first.nodes.toLocaleString('en')} nodes, ${first.edges.toLocaleString('en')} relations; medians of ${runs}, fresh process each; load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
console.log('| path | read | decode (wall / CPU incl. read) | build graph (wall / CPU) | total (wall / CPU) | peak RSS | heap held | per article | per relation |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const totals = new Map<string, number>();
for (const path of paths) {
  const rs = results.get(path)!;
  const m = (k: keyof Run): number => median(rs.map((x) => x[k]));
  totals.set(path, m('totalCpu'));
  const heap = m('heap');
  console.log(`| ${path} | ${s(m('readMs'))} | ${s(m('decodeMs'))} / ${s(m('decodeCpu'))} | ${s(m('buildMs'))} / ${s(m('buildCpu'))} | ${s(m('totalMs'))} / ${s(m('totalCpu'))} | ${mb(m('rss'))} | ${mb(heap)} | ${(heap / first.articles / 1024).toFixed(1)} KB | ${(heap / first.edges).toFixed(0)} B |`);
}
if (paths.length === 2) console.log(`total CPU ${paths[1]} / ${paths[0]}: ${(totals.get(paths[1]!)! / totals.get(paths[0]!)!).toFixed(2)}`);
