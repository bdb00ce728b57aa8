/**
 * The embedded store at scale, measured as a user meets it: the real CLI on stores of generated
 * articles (scripts/bench/scale-store.ts builds a missing one: the real pipeline on up to --real
 * articles, then renamed replicas of their patches). For each size: store files (snapshot, batch log,
 * store index), compaction, cold load (`stats` from a new process: wall and peak RSS; an in-process
 * open: the heap held per article and per relation), one-article append from the CLI with no server
 * (through the store index; beside it the same into an empty store — the CLI's own start-up — and
 * through a full load of the graph, as before the index), the store's share of it in-process, and
 * through a running `serve --allow-writes` (POST /api/ingest), with query latency there.
 * Medians of --runs where repeated. Stores are kept (--stores DIR/store-20k/graph.json, …).
 *
 *   node --import tsx scripts/bench/scale.ts [--sizes 20000,50000,200000] [--runs 5] [--stores /work/data] [--real 20000] [--cold 3] [--no-full-load]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, tmpdir } from 'node:os';
import { showHelpIfAsked } from './help.ts';
import { articleGenerator } from './generated-articles.ts';

showHelpIfAsked(import.meta.url);
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const SIZES = opt('--sizes', '20000,50000,200000').split(',').map(Number);
const RUNS = Number(opt('--runs', '5'));
const STORES = opt('--stores', '/work/data');
const REAL = Number(opt('--real', '20000'));
/** Cold loads are the slow part on a busy machine: how many `stats` runs, and whether to time the full-load append too. */
const COLD = Number(opt('--cold', String(Math.min(RUNS, 3))));
const FULL_LOAD = !args.includes('--no-full-load');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'newsgraph.js');
const ENV = { ...process.env, NEWSGRAPH_BACKGROUND_COMPACTION: '0', NODE_OPTIONS: '--max-old-space-size=12288' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
const size = (f: string) => stat(f).then((s) => s.size, () => 0);

/** Runs the CLI under /usr/bin/time: wall seconds and peak RSS (bytes). */
function cli(argv: string[], env: NodeJS.ProcessEnv = {}): { seconds: number; cpu: number; rss: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS=%M CPU=%U+%S', process.execPath, CLI, ...argv], { cwd: ROOT, env: { ...ENV, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`newsgraph ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rss = Number(/RSS=(\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024;
  const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, rss, stdout: r.stdout };
}

/** In a fresh process: open the store, print open time and heap held (after GC). */
function inProcessOpen(db: string): { seconds: number; heap: number; nodes: number; edges: number; articles: number } {
  const code = `
    import { openMemoryStore } from ${JSON.stringify(join(ROOT, 'src/store/memory/index.ts'))};
    globalThis.gc(); const h0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const s = await openMemoryStore({ file: process.argv[1] });
    const seconds = (performance.now() - t0) / 1000;
    globalThis.gc();
    const st = await s.stats();
    process.stdout.write(JSON.stringify({ seconds, heap: process.memoryUsage().heapUsed - h0, nodes: s.graph.order, edges: s.graph.size, articles: st.articles }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx', '--input-type=module', '-e', code, db], { cwd: ROOT, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`open failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

interface Served { url: string; stop(): Promise<void> }
async function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', '--allow-writes', '--query-workers', '1'], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => { out += d; const m = /Serving (\S+)/.exec(out); if (m) resolve(m[1]!); });
    child.stderr.on('data', (d) => { out += d; });
    child.once('exit', (c) => reject(new Error(`serve exited ${c}: ${out}`)));
  });
  child.removeAllListeners('exit');
  return { url, stop: () => new Promise((r) => { child.once('exit', () => r()); child.kill('SIGTERM'); }) };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** In a fresh process, with the extractor warmed: the time ingest through the store index takes for one article (the store's share). */
function inProcessIndexed(db: string, files: string[]): Array<{ ms: number; cpuMs: number }> {
  const code = `
    import { ingestWithIndex } from ${JSON.stringify(join(ROOT, 'src/ingest/indexed-ingest.ts'))};
    import { readArticles } from ${JSON.stringify(join(ROOT, 'src/ingest/read/index.ts'))};
    import { createExtractor } from ${JSON.stringify(join(ROOT, 'src/extract/index.ts'))};
    const extractor = createExtractor();
    extractor.extract({ id: 'article:warm', title: 'Warm', text: 'Acme Systems invests 10 million euros in France.', lang: 'en' });
    const out = [];
    for (const f of process.argv.slice(2)) {
      const t0 = performance.now(), c0 = process.cpuUsage();
      const r = await ingestWithIndex(readArticles([f]), process.argv[1], { extractor });
      if (!('summary' in r) || r.summary.newArticles !== 1) throw new Error('not ingested through the index: ' + (r.declined ?? JSON.stringify(r.summary)));
      const c = process.cpuUsage(c0);
      out.push({ ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 });
    }
    process.stdout.write(JSON.stringify(out.slice(1))); // the first warms the JIT and the resolver's lexicons`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', '--input-type=module', '-e', code, db, ...files], { cwd: ROOT, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`in-process indexed ingest failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Array<{ ms: number; cpuMs: number }>;
}

/** The store of `n` articles under --stores, built by scale-store.ts when missing. */
function storeOf(n: number): { db: string; built?: string } {
  const db = join(STORES, `store-${n >= 1000 ? `${n / 1000}k` : n}`, 'graph.json');
  if (existsSync(db)) return { db };
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS=%M', process.execPath, '--import', 'tsx', join(ROOT, 'scripts/bench/scale-store.ts'), '--articles', String(n), '--real', String(Math.min(n, REAL)), '--out', db],
    { cwd: ROOT, env: ENV, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`building the ${n} store failed: ${r.stderr}`);
  const rate = /\((\d+) articles\/s/.exec(r.stdout)?.[1];
  return { db, built: `${rate ?? '?'}/s real, ${mb(Number(/RSS=(\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024)}` };
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const loads: string[] = [];
  const work = join(tmpdir(), `newsgraph-scale-${process.pid}`);
  await mkdir(work, { recursive: true });
  // the one-article appends: another seed, so other articles than the corpus's
  const appendArticle = articleGenerator(4242);
  let extra = Math.floor(Date.now() / 1000) % 100_000; // other articles on each run over a kept store
  const oneFile = async () => { const f = join(work, `one-${extra}.jsonl`); await writeFile(f, `${JSON.stringify(appendArticle(extra++))}\n`); return f; };
  // the CLI's own cost: one article into an empty store (startup, lexicons), whatever the store's size
  const emptyDb = join(work, 'empty', 'graph.json');
  const empty = [];
  for (let i = 0; i < RUNS; i++) empty.push(cli(['ingest', await oneFile(), '--db', emptyDb, '-q']));
  for (const target of SIZES) {
    const { db, built } = storeOf(target);
    loads.push(`${target / 1000}k: ${loadavg()[0]!.toFixed(1)}`);
    const compact = cli(['compact', '--db', db]);
    const files = ['', '.wal', '.idx', '.idx.log'].map((ext) => size(db + ext));
    const [snapshotBytes, walBytes, idxBytes, idxLogBytes] = await Promise.all(files);
    const statsRuns = Array.from({ length: COLD }, () => cli(['stats', '--db', db]));
    const stats = median(statsRuns.map((r) => r.seconds));
    const statsRss = Math.max(...statsRuns.map((r) => r.rss));
    const open = inProcessOpen(db);
    // one article from the CLI, through the store index (no server: no graph load)
    const appends = [];
    for (let i = 0; i < RUNS; i++) {
      const r = cli(['ingest', await oneFile(), '--db', db, '-q']);
      if (!/through the store index: 1 new/.test(r.stdout)) throw new Error(`not through the index: ${r.stdout}`);
      appends.push(r);
    }
    const inProcess = inProcessIndexed(db, await Promise.all(Array.from({ length: RUNS + 1 }, oneFile)));
    // before: the same through a full load of the graph (once: it costs a cold load)
    const fullLoad = FULL_LOAD ? cli(['ingest', await oneFile(), '--db', db, '-q'], { NEWSGRAPH_INDEXED_INGEST: '0' }) : { seconds: NaN, cpu: NaN, rss: NaN, stdout: '' };
    // through a running server: one article per request, and queries
    const t0 = performance.now();
    const server = await serve(db);
    const serverStart = (performance.now() - t0) / 1000;
    const post = async () => {
      const a = appendArticle(extra++);
      const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [a] }) });
      if (!res.ok) throw new Error(`POST /api/ingest: ${res.status} ${await res.text()}`);
    };
    const query = (q: string) => async () => {
      const res = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
      if (!res.ok) throw new Error(`POST /api/query: ${res.status} ${await res.text()}`);
      await res.json();
    };
    let serverAppend = 0, q1 = 0, q2 = 0;
    try {
      await post(); // warm: the extractor's lexicons load on the first request
      serverAppend = median(await seq(RUNS, () => timed(post)));
      const byName = query("MATCH (c:Company {name: 'Pedextor Motors'})-[r:INVESTS_IN]->(k) RETURN c.name, r.amountUsd, k.name");
      await byName();
      q1 = median(await seq(RUNS, () => timed(byName)));
      const top = query('MATCH (c:Company)-[r:INVESTS_IN]->(k:Country) RETURN k.name AS country, sum(r.amountUsd) AS usd ORDER BY usd DESC LIMIT 5');
      await top();
      q2 = median(await seq(RUNS, () => timed(top)));
    } finally {
      await server.stop();
    }
    const perArticle = open.heap / open.articles;
    const perRel = open.heap / (open.edges + open.nodes * 1.5); // a node costs ~1.5 relations of heap (CAPACITY)
    rows.push(`| ${target.toLocaleString('en')} | ${open.nodes.toLocaleString('en')} / ${open.edges.toLocaleString('en')} | ${built ?? '(kept)'} | ${mb(snapshotBytes)} + ${mb(idxBytes)} index (+${(walBytes / 1024).toFixed(0)} KB log, ${(idxLogBytes / 1024).toFixed(0)} KB index log) | ${compact.seconds.toFixed(1)} s | ${stats.toFixed(1)} s, ${mb(statsRss)} | ${mb(open.heap)} (${(perArticle / 1024).toFixed(1)} KB/article, ${perRel.toFixed(0)} B/rel) | **${median(appends.map((r) => r.seconds)).toFixed(1)} s, CPU ${median(appends.map((r) => r.cpu)).toFixed(1)} s** (empty store ${median(empty.map((r) => r.seconds)).toFixed(1)} s, CPU ${median(empty.map((r) => r.cpu)).toFixed(1)} s; full load ${fullLoad.seconds.toFixed(0)} s, CPU ${fullLoad.cpu.toFixed(0)} s, ${mb(fullLoad.rss)}) | ${median(inProcess.map((r) => r.ms)).toFixed(0)} ms, CPU ${median(inProcess.map((r) => r.cpuMs)).toFixed(0)} ms | ${serverAppend.toFixed(0)} ms | ${serverStart.toFixed(0)} s | ${q1.toFixed(0)} / ${q2.toFixed(0)} ms |`);
    console.error(rows[rows.length - 1]);
  }
  console.log(`generated articles (EN+FR; stores from scale-store.ts: the real pipeline, then renamed replicas); medians of ${RUNS}; load average ${loads.join(', ')}, now ${loadavg()[0]!.toFixed(1)}, on ${cpus().length} cores`);
  console.log('| articles | nodes / relations | built (real pipeline rate, peak RSS) | snapshot + index on disk | compact | cold `stats` (wall, peak RSS) | heap held once loaded | +1 article, CLI (no server) | +1 article, in-process (store\'s share) | +1 article, server | server start | query via server (by name / top 5) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
  await rm(work, { recursive: true, force: true });
}

async function seq(n: number, fn: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

await main();
