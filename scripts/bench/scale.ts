/**
 * The embedded store at scale, measured as a user meets it: the real CLI on generated articles
 * (scripts/bench/generated-articles.ts), grown step by step (20k, then 50k, …) in one store.
 * For each size: ingest rate and peak RSS, store files (snapshot + batch log), cold load (`stats`
 * from a new process, and an in-process open with the heap it holds per article and per relation),
 * compaction, one-article append from the CLI, and through a running `serve --allow-writes`
 * (POST /api/ingest) with query latency there. Medians of --runs where repeated.
 *
 *   node --import tsx scripts/bench/scale.ts [--sizes 20000,50000] [--runs 5] [--dir /tmp/newsgraph-scale] [--keep] [--reuse]
 *
 * --reuse: keep a store left in --dir by an earlier --keep run and skip ingesting up to its size.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { showHelpIfAsked } from './help.ts';
import { writeArticlesJsonl, articleGenerator } from './generated-articles.ts';

showHelpIfAsked(import.meta.url);
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const SIZES = opt('--sizes', '20000,50000').split(',').map(Number);
const RUNS = Number(opt('--runs', '5'));
const DIR = opt('--dir', '/tmp/newsgraph-scale');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'newsgraph.js');
const ENV = { ...process.env, NEWSGRAPH_BACKGROUND_COMPACTION: '0', NODE_OPTIONS: '--max-old-space-size=12288' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
const size = (f: string) => stat(f).then((s) => s.size, () => 0);

/** Runs the CLI under /usr/bin/time: wall seconds and peak RSS (bytes). */
function cli(argv: string[]): { seconds: number; rss: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS=%M', process.execPath, CLI, ...argv], { cwd: ROOT, env: ENV, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`newsgraph ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rss = Number(/RSS=(\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024;
  return { seconds, rss, stdout: r.stdout };
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

async function main(): Promise<void> {
  const reuse = args.includes('--reuse');
  if (!reuse) await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
  const db = join(DIR, 'graph.json');
  const rows: string[] = [];
  let have = reuse ? inProcessOpen(db).articles : 0;
  // the one-article appends: another seed, so other articles than the corpus's
  const appendArticle = articleGenerator(4242);
  let extra = 0;
  for (const target of SIZES) {
    let ingest = { seconds: NaN, rss: NaN }, rate = NaN;
    if (have < target) {
      const batch = join(DIR, `articles-${have}-${target}.jsonl`);
      await writeArticlesJsonl(batch, target - have, { from: have });
      ingest = cli(['ingest', batch, '--db', db, '-q']);
      rate = (target - have) / ingest.seconds;
      have = target;
      await rm(batch);
    }
    const compact = cli(['compact', '--db', db]);
    const snapshotBytes = await size(db);
    const statsRuns = Array.from({ length: Math.min(RUNS, 3) }, () => cli(['stats', '--db', db]));
    const stats = median(statsRuns.map((r) => r.seconds));
    const statsRss = Math.max(...statsRuns.map((r) => r.rss));
    const open = inProcessOpen(db);
    // one article from the CLI: loads the store, appends one batch to the log
    const appends: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const one = join(DIR, 'one.jsonl');
      await writeFile(one, `${JSON.stringify(appendArticle(extra++))}\n`);
      appends.push(cli(['ingest', one, '--db', db, '-q']).seconds);
    }
    const logBytes = await size(`${db}.wal`);
    // through a running server: one article per request, and queries
    const server = await serve(db);
    const post = async () => {
      const a = appendArticle(extra++);
      const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ ...a, title: `${a.title} #${extra}` }] }) });
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
    rows.push(`| ${target.toLocaleString('en')} | ${open.nodes.toLocaleString('en')} / ${open.edges.toLocaleString('en')} | ${Number.isNaN(rate) ? '(reused)' : `${rate.toFixed(0)}/s, ${mb(ingest.rss)}`} | ${mb(snapshotBytes)} (+${(logBytes / 1024).toFixed(0)} KB log) | ${compact.seconds.toFixed(1)} s | ${stats.toFixed(1)} s, ${mb(statsRss)} | ${open.seconds.toFixed(1)} s, ${mb(open.heap)} (${(perArticle / 1024).toFixed(1)} KB/article, ${perRel.toFixed(0)} B/rel) | ${median(appends).toFixed(1)} s | ${serverAppend.toFixed(0)} ms | ${q1.toFixed(0)} / ${q2.toFixed(0)} ms |`);
    console.error(rows[rows.length - 1]);
  }
  console.log(`generated articles (EN+FR), one store grown step by step; medians of ${RUNS}; load average ${loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
  console.log('| articles | nodes / relations | ingest (rate, peak RSS) | snapshot | compact | cold `stats` (wall, RSS) | open in-process (heap held) | +1 article, CLI | +1 article, server | query via server (by name / top 5) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
  if (!args.includes('--keep')) await rm(DIR, { recursive: true, force: true });
}

async function seq(n: number, fn: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

await main();
