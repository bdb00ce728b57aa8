/**
 * The embedded store at scale, measured as a user meets it, and printed as the Markdown table the
 * README shows: for each size of store (20k / 50k / 200k generated articles by default), the real CLI
 * (bin/newsgraph.js) on a copy of the store —
 *   nodes / relations; snapshot + store index on disk; cold `newsgraph stats` in a new process (wall,
 *   CPU, peak RSS); cold load by the cold-load bench's path (scripts/bench/cold-load.ts, --load-path: read,
 *   decode, build the graph) and the heap the graph holds per article and per relation; a batch of
 *   --batch articles from the CLI into the store (articles/s); +1 article from the CLI with no server;
 *   `serve --allow-writes` on it: start until GET /api/stats answers, its peak RSS, +1 article (3 posted first, then a median of ≥ 5) per
 *   POST /api/ingest, query latency (a company by name / a top-5 aggregate); the real pipeline's rate when
 *   it builds the store; the load average at the start and end of each size.
 * Medians of --runs (one count, or one per size). Wall times on a busy machine are several times a quiet
 * one's: CPU is printed beside them.
 *
 * The stores given are never written: each is copied under --work (removed at the end, and the copy of a
 * size as soon as it is measured), and its files' sizes and times are checked after. A missing store is
 * an error that says the command building it (scale-store.ts), or is built with --build.
 *
 * To reproduce (a 200k process takes ~4 GB; nothing else large should run meanwhile):
 *   node --import tsx scripts/bench/scale-store.ts --articles 20000,50000,200000 --real 3000 --out '/work/data/load-fast/store-{k}-v3/graph.json'
 *   node --import tsx scripts/bench/scale.ts            (= --sizes 20000,50000,200000 --runs 3,3,1)
 *
 * Options:
 *   --sizes 20000,50000,200000   store sizes, in articles (20k also works)
 *   --stores PATTERN             where the store of each size is; {k} → 20k, {n} → 20000
 *                                (default /work/data/load-fast/store-{k}-v3/graph.json)
 *   --runs 3,3,1                 runs per size (medians), one count or one per size (default: 3, and
 *                                1 from 100,000 articles, where one cold load takes minutes on a busy machine)
 *   --batch 500                  articles in the batch-ingest measure (≤ 2,000: through the store index)
 *   --work DIR                   where the copies go (default /work/data/scale-tmp)
 *   --build                      build a missing store with scale-store.ts (--real 3000), its rate in the table
 *   --query-workers 0            the server's query workers (serve's default is 2; each holds a whole replica
 *                                of the graph: at 50k the server with one peaked at 2.7 GB, so ~3× the graph
 *                                at 200k with serve's default; 0 runs queries on the server's main thread)
 *   --heap MB                    --max-old-space-size for the CLI and the server (default: Node's own)
 *   --load-path records          the cold-load bench's path measured (`records`: graphology built from the
 *                                columns, what a write loads; `columns` where the bench has it: the
 *                                read-only column graph a cold CLI read uses)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { showHelpIfAsked } from './help.ts';
import { articleGenerator } from './generated-articles.ts';
import {
  defaultRuns, fingerprintChanges, median, missingStoreMessage, parseSizes, parseTimeFigures, runsPerSize, scaleTable, sizeLabel,
  storeFileNames, storeFileOf, type Fingerprint, type QueryFigures, type ScaleRow, type Timed,
} from './scale-figures.ts';
import { peakRss, processCpu } from './proc.ts';

showHelpIfAsked(import.meta.url);
const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20000,50000,200000' },
    stores: { type: 'string', default: '/work/data/load-fast/store-{k}-v3/graph.json' },
    runs: { type: 'string' },
    batch: { type: 'string', default: '500' },
    work: { type: 'string', default: '/work/data/scale-tmp' },
    build: { type: 'boolean', default: false },
    'query-workers': { type: 'string', default: '0' },
    heap: { type: 'string' },
    'load-path': { type: 'string', default: 'records' },
  },
});
/** A usage error: said on one line, no stack. */
function usage(message: string): never {
  console.error(`scale.ts: ${message} (see --help)`);
  process.exit(2);
}
const SIZES = (() => { try { return parseSizes(opts.sizes); } catch (err) { return usage((err as Error).message); } })();
const RUNS = (() => { try { return opts.runs ? runsPerSize(opts.runs, SIZES) : defaultRuns(SIZES); } catch (err) { return usage((err as Error).message); } })();
const BATCH = Number(opts.batch);
if (!Number.isInteger(BATCH) || BATCH < 1 || BATCH > 2000) usage(`--batch ${opts.batch}: give 1 to 2000 articles (more would load the graph rather than use the store index)`);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'newsgraph.js');
const COLD_LOAD = join(ROOT, 'scripts', 'bench', 'cold-load.ts');
const ENV: NodeJS.ProcessEnv = {
  ...process.env, NEWSGRAPH_BACKGROUND_COMPACTION: '0', NEWSGRAPH_DB: '', NEO4J_URI: '',
  NODE_OPTIONS: opts.heap ? `--max-old-space-size=${Number(opts.heap)}` : '',
};
const WORK = join(opts.work, `run-${process.pid}`);
const children = new Set<ChildProcess>();

/** Removes the copies, whatever ends the run. */
function cleanUp(): void {
  for (const c of children) c.kill('SIGTERM');
  rmSync(WORK, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => { cleanUp(); process.exit(130); });

const load1 = (): number => loadavg()[0]!;
const uptime = (): string => spawnSync('uptime', { encoding: 'utf8' }).stdout.trim();
const failure = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The CLI in a new process under /usr/bin/time: wall and CPU seconds, peak RSS, its output. */
function cli(argv: string[], expect?: RegExp): Timed & { stdout: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS=%M CPU=%U+%S', process.execPath, CLI, ...argv], { cwd: ROOT, env: ENV, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0 || (expect && !expect.test(r.stdout))) {
    throw new Error(`newsgraph ${argv.join(' ')} failed (${r.status ?? r.signal}): ${(r.stdout + r.stderr).trim().slice(-400)}`);
  }
  return { wall, ...parseTimeFigures(r.stderr), stdout: r.stdout };
}

/** The medians of `runs` timings by `fn`. */
function medianTimed(runs: number, fn: () => Timed): Timed {
  const ts = Array.from({ length: runs }, fn);
  const rss = ts.map((t) => t.rss).filter((x): x is number => x !== undefined);
  return { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)), ...(rss.length ? { rss: Math.max(...rss) } : {}) };
}

interface ColdLoad { totalMs: number; totalCpu: number; rss: number; heap: number; nodes: number; edges: number; articles: number }
/** One cold load by the cold-load bench's own child (the load the store does now), in a new process. */
function coldLoad(file: string): ColdLoad {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', COLD_LOAD, file, '--child', opts['load-path']], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`cold load of ${file} failed (${r.status ?? r.signal}): ${r.stderr.trim().slice(-400)}`);
  return JSON.parse(r.stdout) as ColdLoad;
}

function fingerprint(file: string): Fingerprint {
  const dir = dirname(file);
  return new Map(storeFileNames(readdirSync(dir), basename(file)).map((n) => {
    const s = statSync(join(dir, n));
    return [n, { size: s.size, mtimeMs: s.mtimeMs }];
  }));
}

/** Copies the store's files (not a server's discovery file) into `dir`; the copy's snapshot path. */
function copyStore(file: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const n of storeFileNames(readdirSync(dirname(file)), basename(file))) copyFileSync(join(dirname(file), n), join(dir, n));
  return join(dir, basename(file));
}

/** Builds the store of `n` articles with scale-store.ts: the real pipeline's articles/s. */
function buildStore(n: number, file: string): number {
  console.error(`building the store of ${n.toLocaleString('en')} articles at ${file} (scale-store.ts, --real 3000)…`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench/scale-store.ts'), '--articles', String(n), '--real', String(Math.min(n, 3000)), '--out', file],
    { cwd: ROOT, env: ENV, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`building the store of ${n} articles failed (${r.status ?? r.signal})`);
  return Number(/\((\d+) articles\/s/.exec(r.stdout)?.[1] ?? NaN);
}

interface Served { url: string; pid: number; alive(): boolean; stop(): Promise<void> }
/** `newsgraph serve --allow-writes` on the store; resolves once it printed its address. */
async function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', '--allow-writes', '--query-workers', opts['query-workers']], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '', alive = true;
  const exited = new Promise<void>((r) => child.once('exit', () => { alive = false; children.delete(child); r(); }));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => { out += d; const m = /Serving (\S+)/.exec(out); if (m) resolve(m[1]!); });
    child.stderr.on('data', (d) => { out += d; });
    void exited.then(() => reject(new Error(`serve exited: ${out.trim().slice(-400)}`)));
  });
  return { url, pid: child.pid!, alive: () => alive, stop: async () => { child.kill('SIGTERM'); await exited; } };
}

/** One request by `fn`: its wall, and the server's CPU for it. */
async function request(pid: number, fn: () => Promise<unknown>): Promise<Timed> {
  const t0 = performance.now(), c0 = processCpu(pid);
  await fn();
  return { wall: (performance.now() - t0) / 1000, cpu: processCpu(pid) - c0 };
}

/**
 * The first request by `fn` (it pays for the extractor's lexicons or the engine's read structures; its
 * error, e.g. the server's query timeout, is kept as the figure and the request tried again, up to 3
 * times, so that what follows is warm), then the medians of `runs` more: wall, and the server's CPU.
 */
async function requests(runs: number, pid: number, fn: () => Promise<unknown>): Promise<{ first: Timed | string; median: Timed }> {
  const first = await request(pid, fn).catch(failure);
  for (let tries = 1; typeof first === 'string' && tries <= 3; tries++) {
    if (await fn().then(() => true, () => false)) break;
    if (tries === 3) throw new Error(first);
  }
  const ts: Timed[] = [];
  for (let i = 0; i < runs; i++) ts.push(await request(pid, fn));
  return { first, median: { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) } };
}

async function postJson(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) {
    const text = await res.text();
    // the API's errors are {"error": {"code", "message"}}: the message says it
    let message = text.slice(0, 300);
    try { message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message; } catch { /* not JSON: as it is */ }
    throw new Error(`POST ${new URL(url).pathname}: ${res.status} ${message}`);
  }
  return res.json();
}

// the articles added: another seed than the stores' corpus, so other articles
const appendArticle = articleGenerator(4242);
let nextArticle = 0;
function articlesFile(n: number): string {
  const f = join(WORK, `articles-${nextArticle}.jsonl`);
  writeFileSync(f, Array.from({ length: n }, () => `${JSON.stringify(appendArticle(nextArticle++))}\n`).join(''));
  return f;
}

const BY_NAME = "MATCH (c:Company {name: 'Pedextor Motors'})-[r:INVESTS_IN]->(k) RETURN c.name, r.amountUsd, k.name";
const TOP_5 = 'MATCH (c:Company)-[r:INVESTS_IN]->(k:Country) RETURN k.name AS country, sum(r.amountUsd) AS usd ORDER BY usd DESC LIMIT 5';

/** Articles posted to a fresh server before its one-article appends are timed. */
const SERVER_WARMUP = 3;

/** The server part on the copy: start, appends, queries (the CLI's appends come before: it would use the server). */
async function measureServer(db: string, runs: number): Promise<Pick<ScaleRow, 'serverStart' | 'serverAppend' | 'queryByName' | 'queryTop'>> {
  const t0 = performance.now();
  let server: Served;
  try {
    server = await serve(db);
  } catch (err) {
    return { serverStart: failure(err), serverAppend: 'no server', queryByName: 'no server', queryTop: 'no server' };
  }
  try {
    // it prints its address once listening; "started" is when it answers
    while (!(await fetch(`${server.url}/api/stats`).then((r) => r.ok, () => false))) {
      if (!server.alive()) throw new Error('serve exited before it answered GET /api/stats');
      await new Promise((r) => setTimeout(r, 50));
    }
    const wall = (performance.now() - t0) / 1000, cpu = processCpu(server.pid);
    let serverAppend: Timed | string;
    try {
      // the first articles after start pay one-off costs (the extractor's lexicons, first compilation): a steady
      // newsroom feed does not, so a few go first, then at least 5 are timed
      const append = () => postJson(`${server.url}/api/ingest`, { articles: [appendArticle(nextArticle++)] });
      for (let i = 0; i < SERVER_WARMUP; i++) await append();
      serverAppend = (await requests(Math.max(runs, 5), server.pid, append)).median;
    } catch (err) { serverAppend = failure(err); }
    const query = (q: string) => () => postJson(`${server.url}/api/query`, { query: q });
    const queryFigures = (q: string): Promise<QueryFigures | string> =>
      requests(runs, server.pid, query(q)).then((r) => ({ first: typeof r.first === 'string' ? r.first : r.first.wall, median: r.median.wall }), failure);
    const queryByName = await queryFigures(BY_NAME);
    const queryTop = await queryFigures(TOP_5);
    // what the queries found, so that a table of fast empty answers shows as such
    for (const q of [BY_NAME, TOP_5]) console.error(`  ${q.slice(0, 40)}…: ${JSON.stringify(await query(q)().catch(failure)).slice(0, 160)}`);
    const rss = peakRss(server.pid);
    return { serverStart: { wall, cpu, ...(rss !== undefined ? { rss } : {}) }, serverAppend, queryByName, queryTop };
  } catch (err) {
    return { serverStart: failure(err), serverAppend: 'no server', queryByName: 'no server', queryTop: 'no server' };
  } finally {
    await server.stop();
  }
}

/** Every measure of one size, on a copy of its store. */
async function measure(n: number, file: string, runs: number, builtRate: number | undefined): Promise<ScaleRow> {
  const load0 = load1();
  const before = fingerprint(file);
  console.error(`${sizeLabel(n)}: ${runs} run(s); ${uptime()}; ${(freemem() / 2 ** 30).toFixed(1)} of ${(totalmem() / 2 ** 30).toFixed(1)} GB free`);
  const db = copyStore(file, join(WORK, `store-${sizeLabel(n)}`));
  const sizeOf = (ext: string): number => (existsSync(db + ext) ? statSync(db + ext).size : 0);
  const tryTimed = (fn: () => Timed): Timed | string => { try { return fn(); } catch (err) { return failure(err); } };
  // reads first, while the copy is the store as given
  const coldStats = tryTimed(() => medianTimed(runs, () => cli(['stats', '--db', db])));
  console.error(`  cold stats: ${JSON.stringify(coldStats)}`);
  let loads: ColdLoad[] = [];
  let coldLoadCell: Timed | string;
  try {
    loads = Array.from({ length: runs }, () => coldLoad(db));
    coldLoadCell = { wall: median(loads.map((l) => l.totalMs)) / 1000, cpu: median(loads.map((l) => l.totalCpu)) / 1000, rss: Math.max(...loads.map((l) => l.rss)) };
  } catch (err) { coldLoadCell = failure(err); }
  console.error(`  cold load: ${JSON.stringify(coldLoadCell)}`);
  const snapshotBytes = sizeOf(''), indexBytes = sizeOf('.idx'), logBytes = sizeOf('.wal') + sizeOf('.idx.log');
  // writes, into the copy
  const batchIngest = tryTimed(() => medianTimed(runs, () => cli(['ingest', articlesFile(BATCH), '--db', db, '-q'], /through the store index: \d+ new/)));
  const cliAppend = tryTimed(() => medianTimed(runs, () => cli(['ingest', articlesFile(1), '--db', db, '-q'], /through the store index: 1 new/)));
  console.error(`  batch ${JSON.stringify(batchIngest)}; +1 ${JSON.stringify(cliAppend)}`);
  const served = await measureServer(db, runs);
  console.error(`  server: ${JSON.stringify(served)}`);
  rmSync(dirname(db), { recursive: true, force: true });
  const changes = fingerprintChanges(before, fingerprint(file));
  if (changes.length) throw new Error(`the store at ${file} changed during the run, which must not happen: ${changes.join('; ')}`);
  const m = (k: keyof ColdLoad): number => (loads.length ? median(loads.map((l) => l[k])) : NaN);
  return {
    articles: n, runs, nodes: m('nodes'), relations: m('edges'), snapshotBytes, indexBytes, logBytes,
    coldStats, coldLoad: coldLoadCell, heapBytes: m('heap'), batch: BATCH, batchIngest, cliAppend, ...served,
    ...(builtRate !== undefined ? { builtRate } : {}), load: [load0, load1()],
  };
}

async function main(): Promise<void> {
  const files = SIZES.map((n) => storeFileOf(opts.stores, n));
  const missing = SIZES.map((n, i) => ({ n, file: files[i]! })).filter((s) => !existsSync(s.file));
  if (missing.length && !opts.build) {
    for (const s of missing) console.error(`newsgraph scale bench: ${missingStoreMessage(s.n, s.file, opts.stores)}`);
    process.exit(2);
  }
  mkdirSync(WORK, { recursive: true });
  const start = uptime();
  cli(['--version']); // a stale CLI bundle is rebuilt here, not in a timing
  // the CLI's own cost, whatever the store: one article into an empty store
  const empty = medianTimed(RUNS[0]!, () => cli(['ingest', articlesFile(1), '--db', join(WORK, `empty-${nextArticle}`, 'graph.json'), '-q'], /1 new/));
  const rows: ScaleRow[] = [];
  for (const [i, n] of SIZES.entries()) {
    const builtRate = existsSync(files[i]!) ? undefined : buildStore(n, files[i]!);
    rows.push(await measure(n, files[i]!, RUNS[i]!, builtRate));
  }
  const runs = [...new Set(RUNS)].length === 1 ? `${RUNS[0]} runs` : SIZES.map((n, i) => `${RUNS[i]} at ${sizeLabel(n)}`).join(', ');
  console.log(`\`${['node --import tsx scripts/bench/scale.ts', ...process.argv.slice(2)].join(' ')}\` — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores; medians of ${runs}; stores ${opts.stores} (copied, never written); wall / CPU seconds (user + system)`);
  console.log(`uptime at the start: ${start}`);
  console.log(`uptime at the end:   ${uptime()}`);
  console.log(`+1 article from the CLI into an empty store (its start-up, whatever the store): ${empty.wall.toFixed(2)} s / CPU ${empty.cpu.toFixed(2)} s; server: --query-workers ${opts['query-workers']}; ingest: a batch of ${BATCH} generated articles in one file`);
  console.log('');
  for (const line of scaleTable(rows, opts['load-path'])) console.log(line);
}

await main();
