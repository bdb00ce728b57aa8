/**
 * Newsgraph's Cypher engine against native graph databases on the same generated news graph
 * (scripts/bench/news-graph.ts), each system in its own process: Newsgraph (columnar read paths on),
 * Newsgraph row at a time (columnar: false, the engine before them), the same work hand-written on
 * graphology, Kuzu (`kuzu`), LadybugDB (`@ladybugdb/core`) and Grafeo (`@grafeo-db/js`). Prints medians,
 * p95 and ratios per size, load time and RSS, and checks that every system gives the same answers.
 *
 *   node --import tsx scripts/bench/peers.ts                      # both sizes: 10k/50k and 100k/500k
 *   node --import tsx scripts/bench/peers.ts --scales 0.1 --runs 0.5
 *
 * The peers are not dependencies of the project: install them into a folder outside it, e.g.
 *   npm install --prefix ~/.cache/newsgraph-peers kuzu @ladybugdb/core @grafeo-db/js
 * A peer missing from that folder is skipped with a line saying so.
 *
 * Options: --scales A,B (default 0.1,1), --runs F (multiplies the number of timed runs, default 1),
 * --peers-dir DIR (default ~/.cache/newsgraph-peers or $NEWSGRAPH_PEERS), --systems a,b (subset).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, homedir, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CypherEngine } from '../../src/cypher/index.ts';
import { columnarStore } from '../../src/cypher/columnar/store.ts';
import type { CypherValue } from '../../src/cypher/values.ts';
import { showHelpIfAsked } from './help.ts';
import { loadGraphology, newsGraph, type NewsGraph } from './news-graph.ts';

showHelpIfAsked(import.meta.url);

const { values: opts } = parseArgs({
  options: {
    scales: { type: 'string' }, runs: { type: 'string' }, 'peers-dir': { type: 'string' }, systems: { type: 'string' },
    worker: { type: 'string' }, scale: { type: 'string' },
  },
});
const PEERS_DIR = opts['peers-dir'] ?? process.env.NEWSGRAPH_PEERS ?? join(homedir(), '.cache', 'newsgraph-peers');
const RUN_FACTOR = Number(opts.runs ?? 1);

type Answer = unknown[][];
interface QueryTiming { median: number; p95: number; answer: Answer; /** median CPU time of the process (all its threads) */ cpu: number }
interface WorkerResult {
  system: string;
  skipped?: string;
  loadMs?: number;
  loadDetail?: string;
  rssMiB?: number;
  queries?: Record<string, QueryTiming>;
}

// ---------- the queries ----------
interface QuerySpec {
  name: string;
  /** Timed runs at scale 1 (more on the small graph). */
  runs: number;
  /** Rows compared as a multiset (no ORDER BY). */
  unordered?: boolean;
  cypher: string;
  kuzu?: string;
  grafeo?: string;
  /** Parameters for run i. */
  params(g: NewsGraph, i: number): Record<string, string>;
}

const companyName = (g: NewsGraph, i: number): string => `Company ${(i * 7919) % g.companies}`;
const QUERIES: QuerySpec[] = [
  { name: 'RETURN 1 (cost per call)', runs: 400, cypher: 'RETURN 1 AS x', params: () => ({}) },
  {
    name: 'lookup by name', runs: 400, cypher: 'MATCH (c:Company {name: $name}) RETURN c.name AS name',
    params: (g, i) => ({ name: companyName(g, i) }),
  },
  {
    name: '1-hop neighbours', runs: 300, unordered: true,
    cypher: 'MATCH (c:Company {name: $name})-[r:INVESTS_IN]->(x) RETURN x.name AS target, r.amount AS amount',
    params: (g, i) => ({ name: companyName(g, i) }),
  },
  {
    name: '2-hop co-mentions', runs: 200, unordered: true,
    cypher: 'MATCH (c:Company {name: $name})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o:Company) WHERE o <> c RETURN o.name AS name, count(*) AS n',
    params: (g, i) => ({ name: companyName(g, i) }),
  },
  {
    name: 'top-10 companies by total INVESTS_IN amount', runs: 15,
    cypher: 'MATCH (c:Company)-[r:INVESTS_IN]->() RETURN c.name AS name, sum(r.amount) AS total ORDER BY total DESC, name LIMIT 10',
    params: () => ({}),
  },
  {
    name: 'shortest path between two companies', runs: 30,
    cypher: 'MATCH (a:Company {name: $a}), (b:Company {name: $b}) MATCH p = shortestPath((a)-[:INVESTS_IN*..8]-(b)) RETURN length(p) AS len',
    kuzu: 'MATCH p = (a:Company {name: $a})-[:INVESTS_IN* SHORTEST 1..8]-(b:Company {name: $b}) RETURN length(p) AS len',
    grafeo: 'MATCH p = shortestPath((a:Company {name: $a})-[:INVESTS_IN*..8]-(b:Company {name: $b})) RETURN length(p) AS len',
    params: (g, i) => ({ a: companyName(g, 2 * i + 1), b: companyName(g, 3 * i + 7) }),
  },
  {
    name: 'count of 3-hop paths from one node', runs: 60,
    cypher: 'MATCH (k:Country {name: $name})<-[:INVESTS_IN]-(:Company)<-[:INVESTS_IN]-(:Company)<-[:MENTIONS]-(:Article) RETURN count(*) AS paths',
    params: (g, i) => ({ name: `Country ${(i * 37) % g.countries}` }),
  },
];

function normalise(rows: unknown[][], unordered: boolean | undefined): Answer {
  const out = rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
  if (unordered) out.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return out;
}

function stats(ts: number[]): { median: number; p95: number } {
  const s = [...ts].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
}

async function timeQuery(spec: QuerySpec, g: NewsGraph, scale: number, run: (params: Record<string, string>) => Promise<unknown[][]> | unknown[][]): Promise<QueryTiming> {
  const answer = normalise(await run(spec.params(g, 0)), spec.unordered);
  const runs = Math.max(5, Math.round(spec.runs * RUN_FACTOR * (scale < 0.5 ? 2 : 1)));
  for (let i = 0; i < Math.min(10, runs); i++) await run(spec.params(g, i + 1)); // warm-up
  const ts: number[] = [];
  const cs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = spec.params(g, i + 1);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run(p);
    ts.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cs.push((c.user + c.system) / 1000);
  }
  return { ...stats(ts), answer, cpu: stats(cs).median };
}

const rssMiB = (): number => Math.round(process.memoryUsage().rss / 2 ** 20);

// ---------- Newsgraph (engine, row path) and the hand-written graphology baseline ----------

const cpuMs = (since: NodeJS.CpuUsage): number => { const c = process.cpuUsage(since); return (c.user + c.system) / 1000; };

async function newsgraphWorker(system: string, g: NewsGraph, scale: number): Promise<WorkerResult> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const graph = loadGraphology(g);
  const graphMs = performance.now() - t0;
  const graphCpu = cpuMs(c0);
  const columnar = system === 'newsgraph';
  const engine = new CypherEngine(graph, { columnar });
  // the engine's read structures: label and name indexes, and (columnar) CSR, columns, label bitmaps
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  engine.execute('MATCH (c:Company {name: $n}) RETURN c', { params: { n: 'x' } });
  engine.execute('MATCH (c:Country {name: $n}) RETURN c', { params: { n: 'x' } });
  if (columnar) {
    const store = columnarStore(graph, engine.adapter);
    const invests = store.typeId('INVESTS_IN');
    store.typed(invests, 'out');
    store.typed(invests, 'in');
    store.typed(store.typeId('MENTIONS'), 'in');
    store.relColumn('amount');
  }
  const indexMs = performance.now() - t1;
  const indexCpu = cpuMs(c1);
  const queries: Record<string, QueryTiming> = {};
  for (const spec of QUERIES) {
    queries[spec.name] = await timeQuery(spec, g, scale, (params) => engine.execute(spec.cypher, { params: params as Record<string, CypherValue> }).rows);
  }
  return {
    system, loadMs: graphMs + indexMs, rssMiB: rssMiB(), queries,
    loadDetail: `graphology ${(graphMs / 1000).toFixed(2)} s (CPU ${(graphCpu / 1000).toFixed(2)} s) + read structures ${(indexMs / 1000).toFixed(2)} s (CPU ${(indexCpu / 1000).toFixed(2)} s)`,
  };
}

function handWorker(g: NewsGraph, scale: number): Promise<WorkerResult> {
  const graph = loadGraphology(g);
  const byName = new Map<string, string>();
  graph.forEachNode((k, a) => byName.set(`${a.type}\u0000${a.name}`, k));
  const name = (k: string): string => graph.getNodeAttribute(k, 'name') as string;
  const impl: Record<string, (p: Record<string, string>) => unknown[][]> = {
    [QUERIES[0].name]: () => [[1]],
    [QUERIES[1].name]: (p) => { const k = byName.get(`Company\u0000${p.name}`); return k === undefined ? [] : [[name(k)]]; },
    [QUERIES[2].name]: (p) => {
      const k = byName.get(`Company\u0000${p.name}`);
      const out: unknown[][] = [];
      if (k !== undefined) graph.forEachOutEdge(k, (_e, a, _s, t) => { if (a.type === 'INVESTS_IN') out.push([name(t), a.amount]); });
      return out;
    },
    [QUERIES[3].name]: (p) => {
      const k = byName.get(`Company\u0000${p.name}`);
      const counts = new Map<string, number>();
      if (k !== undefined) {
        graph.forEachInEdge(k, (_e, a, s) => {
          if (a.type !== 'MENTIONS' || graph.getNodeAttribute(s, 'type') !== 'Article') return;
          graph.forEachOutEdge(s, (_e2, a2, _s2, t) => {
            if (a2.type !== 'MENTIONS' || t === k || graph.getNodeAttribute(t, 'type') !== 'Company') return;
            const n = name(t);
            counts.set(n, (counts.get(n) ?? 0) + 1);
          });
        });
      }
      return [...counts];
    },
    [QUERIES[4].name]: () => {
      const totals: [string, number][] = [];
      graph.forEachNode((c, a) => {
        if (a.type !== 'Company') return;
        let sum = 0;
        let any = false;
        graph.forEachOutEdge(c, (_e, ea) => { if (ea.type === 'INVESTS_IN') { sum += ea.amount as number; any = true; } });
        if (any) totals.push([a.name as string, sum]);
      });
      return totals.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, 10);
    },
    [QUERIES[5].name]: (p) => {
      const s = byName.get(`Company\u0000${p.a}`)!;
      const t = byName.get(`Company\u0000${p.b}`)!;
      if (s === t) return [];
      const seen = new Set([s]);
      let frontier = [s];
      for (let d = 1; d <= 8 && frontier.length; d++) {
        const next: string[] = [];
        let found = false;
        const visit = (ea: Record<string, unknown>, o: string): void => {
          if (ea.type !== 'INVESTS_IN' || seen.has(o)) return;
          if (o === t) found = true;
          seen.add(o);
          next.push(o);
        };
        for (const n of frontier) {
          graph.forEachOutEdge(n, (_e, ea, _x, y) => visit(ea, y));
          graph.forEachInEdge(n, (_e, ea, x) => visit(ea, x));
          if (found) return [[d]];
        }
        frontier = next;
      }
      return [];
    },
    [QUERIES[6].name]: (p) => {
      const k = byName.get(`Country\u0000${p.name}`);
      let n = 0;
      if (k !== undefined) {
        graph.forEachInEdge(k, (_e, a, c1) => {
          if (a.type !== 'INVESTS_IN' || graph.getNodeAttribute(c1, 'type') !== 'Company') return;
          graph.forEachInEdge(c1, (_e2, a2, c2) => {
            if (a2.type !== 'INVESTS_IN' || graph.getNodeAttribute(c2, 'type') !== 'Company') return;
            graph.forEachInEdge(c2, (_e3, a3, art) => { if (a3.type === 'MENTIONS' && graph.getNodeAttribute(art, 'type') === 'Article') n++; });
          });
        });
      }
      return [[n]];
    },
  };
  return (async () => {
    const queries: Record<string, QueryTiming> = {};
    for (const spec of QUERIES) queries[spec.name] = await timeQuery(spec, g, scale, impl[spec.name]);
    return { system: 'graphology (hand)', queries, rssMiB: rssMiB() };
  })();
}

// ---------- peers ----------
function requirePeer(name: string): unknown {
  const req = createRequire(join(PEERS_DIR, 'package.json'));
  return req(name);
}

function writeCsvs(g: NewsGraph, dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {};
  const write = (name: string, lines: string[]): void => { const f = join(dir, `${name}.csv`); writeFileSync(f, lines.join('\n') + '\n'); files[name] = f; };
  for (const label of ['Country', 'Company', 'Person', 'Article'] as const) {
    write(label, g.nodes.filter((n) => n.label === label).map((n) => `${n.key},${n.name}`));
  }
  const pairs = new Map<string, string[]>();
  for (const r of g.rels) {
    const s = g.nodes[r.source];
    const t = g.nodes[r.target];
    const k = `${r.type}-${s.label}-${t.label}`;
    let lines = pairs.get(k);
    if (!lines) { lines = []; pairs.set(k, lines); }
    lines.push(r.type === 'INVESTS_IN' ? `${s.key},${t.key},${r.amount},${r.amountUsd},${r.year}` : `${s.key},${t.key}`);
  }
  for (const [k, lines] of pairs) write(k, lines);
  return files;
}

interface KuzuLike {
  Database: new (path: string) => unknown;
  Connection: new (db: unknown) => {
    query(q: string): Promise<{ getAll(): Promise<Record<string, unknown>[]> } | { getAll(): Promise<Record<string, unknown>[]> }[]>;
    prepare(q: string): Promise<unknown>;
    execute(ps: unknown, params: Record<string, unknown>): Promise<{ getAll(): Promise<Record<string, unknown>[]> }>;
  };
}

async function kuzuWorker(system: string, pkg: string, g: NewsGraph, scale: number): Promise<WorkerResult> {
  let mod: KuzuLike;
  try { mod = requirePeer(pkg) as KuzuLike; } catch (e) {
    return { system, skipped: `${pkg} is not installed in ${PEERS_DIR} (npm install --prefix ${PEERS_DIR} ${pkg}): ${(e as Error).message.split('\n')[0]}` };
  }
  const dir = join(tmpdir(), `newsgraph-peers-${process.pid}`);
  const files = writeCsvs(g, join(dir, 'csv'));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const db = new mod.Database(':memory:');
  const conn = new mod.Connection(db);
  const run = async (q: string): Promise<void> => { await conn.query(q); };
  for (const label of ['Country', 'Company', 'Person', 'Article']) await run(`CREATE NODE TABLE ${label}(id STRING, name STRING, PRIMARY KEY(id))`);
  await run('CREATE REL TABLE INVESTS_IN(FROM Company TO Country, FROM Company TO Company, amount INT64, amountUsd DOUBLE, year INT64)');
  await run('CREATE REL TABLE ROLE_AT(FROM Person TO Company)');
  await run('CREATE REL TABLE MENTIONS(FROM Article TO Company, FROM Article TO Country, FROM Article TO Person)');
  for (const label of ['Country', 'Company', 'Person', 'Article']) await run(`COPY ${label} FROM '${files[label]}' (header=false)`);
  for (const [k, f] of Object.entries(files)) {
    const [type, from, to] = k.split('-');
    if (!to) continue;
    await run(`COPY ${type} FROM '${f}' (from='${from}', to='${to}', header=false)`);
  }
  const loadMs = performance.now() - t0;
  const loadCpu = cpuMs(c0);
  const queries: Record<string, QueryTiming> = {};
  for (const spec of QUERIES) {
    const text = spec.kuzu ?? spec.cypher;
    const ps = await conn.prepare(text);
    queries[spec.name] = await timeQuery(spec, g, scale, async (params) => {
      const r = await conn.execute(ps, params);
      const rows = await r.getAll();
      return rows.map((row) => Object.values(row));
    });
  }
  const rss = rssMiB();
  rmSync(dir, { recursive: true, force: true });
  return { system, loadMs, loadDetail: `COPY from CSV (CPU ${(loadCpu / 1000).toFixed(2)} s, all threads)`, rssMiB: rss, queries };
}

interface GrafeoLike {
  GrafeoDB: {
    create(): {
      createNode(labels: string[], props: Record<string, unknown>): { id: number };
      createEdge(s: number, t: number, type: string, props: Record<string, unknown>): unknown;
      executeCypher(q: string, params?: Record<string, unknown>): Promise<{ toArray(): Record<string, unknown>[] }>;
    };
  };
}

async function grafeoWorker(g: NewsGraph, scale: number): Promise<WorkerResult> {
  const system = 'Grafeo';
  let mod: GrafeoLike;
  try { mod = requirePeer('@grafeo-db/js') as GrafeoLike; } catch (e) {
    return { system, skipped: `@grafeo-db/js is not installed in ${PEERS_DIR}: ${(e as Error).message.split('\n')[0]}` };
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const db = mod.GrafeoDB.create();
  const ids = g.nodes.map((n) => db.createNode([n.label], { id: n.key, name: n.name }).id);
  for (const r of g.rels) {
    db.createEdge(ids[r.source], ids[r.target], r.type, r.type === 'INVESTS_IN' ? { amount: r.amount, amountUsd: r.amountUsd, year: r.year } : {});
  }
  const loadMs = performance.now() - t0;
  const loadCpu = cpuMs(c0);
  const queries: Record<string, QueryTiming> = {};
  for (const spec of QUERIES) {
    const text = spec.grafeo ?? spec.cypher;
    queries[spec.name] = await timeQuery(spec, g, scale, async (params) => (await db.executeCypher(text, params)).toArray().map((row) => Object.values(row)));
  }
  return { system, loadMs, loadDetail: `createNode / createEdge (CPU ${(loadCpu / 1000).toFixed(2)} s)`, rssMiB: rssMiB(), queries };
}

async function worker(system: string, scale: number): Promise<WorkerResult> {
  const g = newsGraph(scale);
  try {
    switch (system) {
      case 'newsgraph': case 'newsgraph-rows': return await newsgraphWorker(system, g, scale);
      case 'hand': return await handWorker(g, scale);
      case 'kuzu': return await kuzuWorker('Kuzu', 'kuzu', g, scale);
      case 'ladybug': return await kuzuWorker('LadybugDB', '@ladybugdb/core', g, scale);
      case 'grafeo': return await grafeoWorker(g, scale);
      default: throw new Error(`unknown system ${system}`);
    }
  } catch (e) {
    return { system, skipped: `failed: ${(e as Error).message.split('\n')[0]}` };
  }
}

// ---------- parent: one process per system and size, then the tables ----------
const LABELS: Record<string, string> = {
  newsgraph: 'Newsgraph', 'newsgraph-rows': 'Newsgraph rows', hand: 'graphology (hand)', kuzu: 'Kuzu', ladybug: 'LadybugDB', grafeo: 'Grafeo',
};
const fmt = (ms: number | undefined): string => (ms === undefined ? '-' : ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 1000 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(2)} s`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...rows.map(line)].join('\n');
}

function parent(): void {
  const scales = (opts.scales ?? '0.1,1').split(',').map(Number);
  const systems = (opts.systems ?? 'newsgraph,newsgraph-rows,hand,kuzu,ladybug,grafeo').split(',');
  const script = fileURLToPath(import.meta.url);
  if (!existsSync(PEERS_DIR)) console.log(`note: peers folder ${PEERS_DIR} does not exist; peers will be skipped`);
  for (const scale of scales) {
    const g = newsGraph(scale);
    console.log(`\n## ${g.nodes.length.toLocaleString('en')} nodes / ${g.rels.length.toLocaleString('en')} relationships (scale ${scale})\n`);
    const results: WorkerResult[] = [];
    for (const s of systems) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', script, '--worker', s, '--scale', String(scale), '--runs', String(RUN_FACTOR), '--peers-dir', PEERS_DIR], {
        encoding: 'utf8', maxBuffer: 64 * 2 ** 20, cwd: join(script, '..', '..', '..'),
      });
      const last = child.stdout.trim().split('\n').pop() ?? '';
      let r: WorkerResult;
      try { r = JSON.parse(last) as WorkerResult; } catch {
        r = { system: LABELS[s], skipped: `crashed (exit ${child.status}): ${(child.stderr || child.stdout).trim().split('\n').slice(-3).join(' / ')}` };
      }
      r.system = LABELS[s];
      results.push(r);
    }
    for (const r of results) if (r.skipped) console.log(`skipped ${r.system}: ${r.skipped}`);
    const ran = results.filter((r) => !r.skipped);
    const ng = ran.find((r) => r.system === 'Newsgraph');
    const header = ['query', ...ran.map((r) => `${r.system} median (p95)`), ...ran.filter((r) => r !== ng).map((r) => `NG / ${r.system}`)];
    const rows = QUERIES.map((q) => [
      q.name,
      ...ran.map((r) => { const t = r.queries![q.name]; return `${fmt(t.median)} (${fmt(t.p95)})`; }),
      ...ran.filter((r) => r !== ng).map((r) => (ng ? (ng.queries![q.name].median / r.queries![q.name].median).toFixed(2) : '-')),
    ]);
    rows.push(['load', ...ran.map((r) => fmt(r.loadMs)), ...ran.filter((r) => r !== ng).map((r) => (ng && r.loadMs ? (ng.loadMs! / r.loadMs).toFixed(2) : '-'))]);
    rows.push(['RSS after load and queries', ...ran.map((r) => (r.rssMiB ? `${r.rssMiB} MiB` : '-')), ...ran.filter((r) => r !== ng).map((r) => (ng && r.rssMiB ? (ng.rssMiB! / r.rssMiB).toFixed(2) : '-'))]);
    console.log(table(header, rows));
    // on a loaded machine wall time favours multi-threaded processes (more runnable threads, more share):
    // the CPU time spent per query (process.cpuUsage, all threads; µs resolution) is printed beside it
    console.log('\nCPU time per query, median (process total, all threads):\n');
    console.log(table(['query', ...ran.map((r) => r.system), ...ran.filter((r) => r !== ng).map((r) => `NG / ${r.system}`)], QUERIES.map((q) => [
      q.name,
      ...ran.map((r) => fmt(r.queries![q.name].cpu)),
      ...ran.filter((r) => r !== ng).map((r) => (ng && r.queries![q.name].cpu > 0 ? (ng.queries![q.name].cpu / r.queries![q.name].cpu).toFixed(2) : '-')),
    ])));
    console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${cpus().length} cores)`);
    for (const r of ran) if (r.loadDetail) console.log(`load ${r.system}: ${r.loadDetail}`);
    // every system's answers must be the same
    const mismatches: string[] = [];
    const ref = ran[0];
    for (const q of QUERIES) {
      const want = JSON.stringify(ref.queries![q.name].answer);
      for (const r of ran.slice(1)) {
        const got = JSON.stringify(r.queries![q.name].answer);
        if (got !== want) mismatches.push(`${q.name}: ${r.system} ${got.slice(0, 160)} vs ${ref.system} ${want.slice(0, 160)}`);
      }
    }
    console.log(mismatches.length === 0 ? `answers: identical across ${ran.map((r) => r.system).join(', ')}` : `ANSWERS DIFFER:\n${mismatches.join('\n')}`);
    if (mismatches.length) process.exitCode = 1;
  }
}

if (opts.worker) {
  const r = await worker(opts.worker, Number(opts.scale ?? 1));
  process.stdout.write(JSON.stringify(r) + '\n');
  process.exit(0);
} else {
  parent();
}
