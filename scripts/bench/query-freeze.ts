/**
 * Can one query freeze the server? Starts `newsgraph serve` (HTTP and Bolt) on a synthetic graph and,
 * for each hostile query of issue 14, sends it from one client while another client probes with a point
 * query; prints the first probe's time and the median of 5 (the other client's wait), how many probes
 * were answered while the bad query still ran (a frozen server answers them only after), the time until the bad query was stopped
 * (answer or error), its answer, and the server's peak memory. Also times point queries on an idle
 * server (median / p99 of sequential requests), to show what the worker round-trip costs.
 *
 *   node --import tsx scripts/bench/query-freeze.ts                   # this checkout
 *   node --import tsx scripts/bench/query-freeze.ts --root /work/main # another checkout (before/after)
 *   node --import tsx scripts/bench/query-freeze.ts --serve-args "--query-workers 0"
 *
 * Options: --root DIR (checkout whose bin/newsgraph.js is run), --scale F (graph size, default 0.1:
 * ~10,000 nodes, ~100,000 relationships), --timeout MS (--query-timeout, default 3000), --cap MS (how
 * long to wait for a frozen server before killing it, default 30000), --serve-args "…", --only NAME.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { showHelpIfAsked } from './help.ts';
import { peakRss } from './proc.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: {
  root: { type: 'string' }, scale: { type: 'string' }, timeout: { type: 'string' }, cap: { type: 'string' },
  'serve-args': { type: 'string' }, only: { type: 'string' },
} });
const ROOT = resolve(values.root ?? new URL('../..', import.meta.url).pathname);
const SCALE = Number(values.scale ?? 0.1);
const TIMEOUT = Number(values.timeout ?? 3000);
const CAP = Number(values.cap ?? 30_000);
const EXTRA = (values['serve-args'] ?? '').split(/\s+/).filter(Boolean);

function snapshot(): unknown {
  const nodes: Array<{ key: string; attributes: Record<string, unknown> }> = [];
  const edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }> = [];
  const companies = Math.round(20_000 * SCALE), articles = Math.round(80_000 * SCALE);
  for (let i = 0; i < 200; i++) nodes.push({ key: `country:${i}`, attributes: { type: 'Country', id: `country:${i}`, name: `Country ${i}` } });
  for (let i = 0; i < companies; i++) nodes.push({ key: `company:${i}`, attributes: { type: 'Company', id: `company:${i}`, name: `Company ${i}`, mentions: i % 17 } });
  for (let i = 0; i < articles; i++) nodes.push({ key: `article:${i}`, attributes: { type: 'Article', id: `article:${i}`, title: `Article ${i}` } });
  let e = 0;
  for (let i = 0; i < companies; i++) for (let k = 0; k < 5; k++) {
    edges.push({ key: `e${e++}`, source: `company:${i}`, target: `country:${(i * 7 + k) % 200}`, attributes: { type: 'INVESTS_IN', amount: 1_000_000 * (1 + ((i + k) % 1000)) } });
  }
  for (let i = 0; i < articles; i++) for (let k = 0; k < 10; k++) {
    edges.push({ key: `e${e++}`, source: `article:${i}`, target: `company:${(i * 13 + k) % companies}`, attributes: { type: 'MENTIONS' } });
  }
  return { attributes: { name: 'bench', format: 'newsgraph-snapshot/1', createdAt: '2026-01-01T00:00:00Z', articles }, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges };
}

interface Server { http: string; bolt: string; child: ChildProcess; stop(): Promise<void> }

function serve(db: string): Promise<Server> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/newsgraph.js'), 'serve', '--port', '0', '--bolt', '0', '--query-timeout', String(TIMEOUT), '--db', db, ...EXTRA],
      { cwd: ROOT, env: { ...process.env, NEO4J_URI: '', NEWSGRAPH_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); fail(new Error(`serve did not start: ${out}`)); }, 120_000);
    const seen = (d: Buffer) => {
      out += d;
      const h = /Serving (http:\/\/\S+)/.exec(out), b = /Bolt on (bolt:\/\/\S+)/.exec(out);
      if (h && b) {
        clearTimeout(timer);
        ok({ http: h[1]!, bolt: b[1]!, child, stop: () => new Promise((r) => { child.once('close', () => r()); child.kill('SIGKILL'); }) });
      }
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
  });
}

async function peakRssMb(pid: number): Promise<number> {
  return Math.round((peakRss(pid) ?? NaN) / 1048576);
}

async function httpQuery(base: string, query: string, capMs: number): Promise<{ ms: number; answer: string }> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${base}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(capMs) });
    const body = await res.json() as { error?: { code: string }; rows?: unknown[][] };
    const answer = body.error ? `${res.status} ${body.error.code.split('.').pop()}` : `${res.status} ${JSON.stringify(body.rows).slice(0, 30)}`;
    return { ms: performance.now() - t0, answer };
  } catch {
    return { ms: performance.now() - t0, answer: `no answer within ${capMs} ms` };
  }
}

async function boltQuery(url: string, query: string, capMs: number): Promise<{ ms: number; answer: string }> {
  const driver = neo4j.driver(url, undefined, { connectionTimeout: capMs });
  const t0 = performance.now();
  try {
    const work = driver.executeQuery(query).then((r) => `ok ${JSON.stringify(r.records.map((x) => x.toObject())).slice(0, 30)}`, (e: Error & { code?: string }) => `${e.code?.split('.').pop() ?? e.message}`);
    const answer = await Promise.race([work, new Promise<string>((r) => setTimeout(() => r(`no answer within ${capMs} ms`), capMs))]);
    return { ms: performance.now() - t0, answer };
  } finally {
    void driver.close();
  }
}

const POINT = "MATCH (c:Company {name: 'Company 42'})-[r:INVESTS_IN]->(k) RETURN k.name, r.amount";
const cartesian = `${Array.from({ length: 10 }, (_, i) => `UNWIND range(1, 100) AS x${i}`).join(' ')} RETURN count(*)`;
const CASES: Array<{ name: string; via: 'http' | 'bolt'; query: string }> = [
  { name: 'regex (a+)+ on 40 a', via: 'http', query: `RETURN "${'a'.repeat(40)}!" =~ "(a+)+"` },
  { name: 'regex (a+)+\\1 (backtracking)', via: 'http', query: `RETURN "${'a'.repeat(40)}!" =~ "(a+)+\\\\1"` },
  { name: 'reduce over 3M', via: 'http', query: 'WITH range(1,3000000) AS l RETURN size(reduce(acc=[], x IN l | acc + x))' },
  { name: '10-way cartesian', via: 'http', query: cartesian },
  { name: '10-way cartesian', via: 'bolt', query: cartesian },
  { name: 'collect 10^7 numbers', via: 'http', query: 'UNWIND range(1, 10000000) AS x RETURN size(collect(x))' },
  { name: '5,000 nested ( )', via: 'http', query: `RETURN ${'('.repeat(5000)}1${')'.repeat(5000)}` },
];

const dir = await mkdtemp(join(tmpdir(), 'ng-freeze-'));
const db = join(dir, 'graph.json');
await writeFile(db, JSON.stringify(snapshot()));
const rows: string[][] = [];
try {
  // point queries on an idle server
  {
    const s = await serve(db);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) await httpQuery(s.http, POINT, CAP);
    for (let i = 0; i < 300; i++) times.push((await httpQuery(s.http, POINT, CAP)).ms);
    times.sort((a, b) => a - b);
    console.log(`point query over HTTP, idle server: median ${times[150]!.toFixed(2)} ms, p99 ${times[296]!.toFixed(2)} ms (300 sequential requests)`);
    await s.stop();
  }
  for (const c of CASES) {
    if (values.only && !c.name.includes(values.only)) continue;
    const s = await serve(db);
    for (let i = 0; i < 3; i++) await Promise.all([1, 2, 3, 4].map(() => httpQuery(s.http, POINT, CAP))); // every worker has served it
    let running = true;
    const bad = c.via === 'http' ? httpQuery(s.http, c.query, CAP) : boltQuery(s.bolt, c.query, CAP);
    void bad.finally(() => { running = false; });
    await new Promise((r) => setTimeout(r, 200));
    const probes: number[] = [];
    let during = 0; // probes answered while the bad query still ran
    for (let i = 0; i < 5; i++) {
      const p = await httpQuery(s.http, POINT, Math.min(CAP, 10_000));
      probes.push(p.ms);
      if (running && !p.answer.startsWith('no answer')) during++;
    }
    const { ms, answer } = await bad;
    const first = probes[0]!;
    probes.sort((a, b) => a - b);
    rows.push([c.name, c.via, `${first.toFixed(1)} ms`, `${probes[2]!.toFixed(1)} ms`, `${during}/5`, `${(ms / 1000).toFixed(2)} s`, answer, `${await peakRssMb(s.child.pid!)} MB`]);
    console.log(rows.at(-1)!.join(' | '));
    await s.stop();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`\nroot ${ROOT}, --query-timeout ${TIMEOUT} ${EXTRA.join(' ')}`);
console.log('| case | via | other client: 1st probe | median of 5 | answered during it | bad query ended after | its answer | server peak RSS |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
