/**
 * What the hostile cases stand on: child processes that are always killed (per case, and at exit),
 * HTTP with a deadline, `newsgraph serve` started on a temporary store, the server's memory from /proc,
 * and cases with their own time limit. Nothing here can wait forever.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../bin/newsgraph.js', import.meta.url));
export const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));

export type Outcome = 'pass' | 'fail' | 'skip';
export interface Row { section: string; name: string; figure: string; limit: string; result: Outcome }
export interface Measured { figure: string; pass: boolean | 'skip' }

// ---- processes -------------------------------------------------------------------------------

const living = new Set<ChildProcess>();
function killAll(): void { for (const c of living) c.kill('SIGKILL'); }
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => { killAll(); process.exit(130); });

export function track(child: ChildProcess): ChildProcess {
  living.add(child);
  child.once('exit', () => living.delete(child));
  return child;
}

export function isAlive(child: ChildProcess): boolean { return child.exitCode === null && child.signalCode === null; }

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
export function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (!isAlive(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

const CHILD_ENV = { ...process.env, NEO4J_URI: '', NEWSGRAPH_DB: '', NEWSGRAPH_AUTH_TOKEN: '' };

export interface CliRun { code: number | null; stdout: string; stderr: string; ms: number; timedOut: boolean }

/** Runs `newsgraph ARGS` to its end, or kills it after `timeoutMs`. */
export function cli(args: string[], timeoutMs: number, scope?: Scope): Promise<CliRun> {
  return runNode([BIN, ...args], timeoutMs, scope);
}

export function runNode(args: string[], timeoutMs: number, scope?: Scope, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = Date.now();
  const child = track(spawn(process.execPath, args, { cwd: ROOT, env: { ...CHILD_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  scope?.defer(() => { child.kill('SIGKILL'); });
  let stdout = '', stderr = '', timedOut = false;
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
  return new Promise((resolve) => child.once('close', (code) => {
    clearTimeout(timer);
    resolve({ code, stdout, stderr, ms: Date.now() - started, timedOut });
  }));
}

export interface Serve {
  url: string;
  port: number;
  /** bolt://host:port when started with --bolt. */
  bolt?: string;
  child: ChildProcess;
  output: () => string;
  alive: () => boolean;
  stop: () => Promise<void>;
}

/** `newsgraph serve --port 0 ARGS`, ready once it printed its URL(s); killed if it is not within `timeoutMs`. */
export function startServe(args: string[], opts: { scope?: Scope; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Serve> {
  const wantsBolt = args.includes('--bolt');
  const child = track(spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...CHILD_ENV, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  opts.scope?.defer(() => stopChild(child, 1000));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not start in time: ${out.slice(-300)}`)); }, opts.timeoutMs ?? 30_000);
    const onData = (d: Buffer) => {
      out += d;
      const http = /Serving (http:\/\/\S+)/.exec(out);
      const bolt = /Bolt on (bolt:\/\/\S+)/.exec(out);
      if (!http || (wantsBolt && !bolt)) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      const url = http[1]!;
      resolve({
        url, port: Number(new URL(url).port), ...(bolt ? { bolt: bolt[1]! } : {}), child,
        output: () => out, alive: () => isAlive(child), stop: () => stopChild(child),
      });
    };
    const onExit = (code: number | null) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${out.trim().slice(-300)}`)); };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Resident memory of a process in MB (Linux /proc), or NaN. */
export function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch { return NaN; }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak. */
export function watchRss(pid: number | undefined, everyMs = 100): { stop: () => number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => { const r = rssMb(pid); if (r > peak || Number.isNaN(peak)) peak = r; }, everyMs);
  return { stop: () => { clearInterval(timer); return peak; } };
}

// ---- HTTP --------------------------------------------------------------------------------------

export interface HttpAnswer { status: number; text: string; ms: number; headers: Record<string, unknown> }

/** One request over node:http (which sends Host and Origin as given), with a deadline. */
export function http(url: string, o: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}): Promise<HttpAnswer> {
  const u = new URL(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers = { ...(o.body !== undefined ? { 'content-length': String(Buffer.byteLength(o.body)) } : {}), ...o.headers };
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: o.method ?? 'GET', headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { if (text.length < 1 << 20) text += d; });
      res.on('end', () => { clearTimeout(timer); resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started, headers: res.headers }); });
      res.on('error', (err) => { clearTimeout(timer); reject(err); });
    });
    const timer = setTimeout(() => { req.destroy(new Error(`no answer in ${o.timeoutMs ?? 10_000} ms`)); }, o.timeoutMs ?? 10_000);
    req.on('error', (err) => { clearTimeout(timer); reject(err); });
    req.end(o.body);
  });
}

export interface QueryAnswer { status: number; ms: number; body: { columns?: string[]; rows?: unknown[][]; error?: { code: string; message: string; position?: unknown } } }

export async function postQuery(base: string, query: string, o: { timeoutMs?: number; headers?: Record<string, string>; params?: Record<string, unknown> } = {}): Promise<QueryAnswer> {
  const res = await http(`${base}/api/query`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...o.headers }, body: JSON.stringify({ query, params: o.params ?? {} }),
    ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
  });
  let body: QueryAnswer['body'] = {};
  try { body = JSON.parse(res.text) as QueryAnswer['body']; } catch { body = { error: { code: 'not JSON', message: res.text.slice(0, 200) } }; }
  return { status: res.status, ms: res.ms, body };
}

/** Is the server answering at all (a cheap GET within `timeoutMs`)? */
export async function responsive(base: string, timeoutMs = 2000): Promise<boolean> {
  try { return (await http(`${base}/api/stats`, { timeoutMs })).status < 500; } catch { return false; }
}

// ---- cases --------------------------------------------------------------------------------------

/** What a case started: undone when it ends, however it ends. */
export class Scope {
  private readonly undo: Array<() => unknown> = [];
  defer(fn: () => unknown): void { this.undo.push(fn); }
  async close(): Promise<void> {
    for (const fn of this.undo.reverse()) {
      await Promise.race([Promise.resolve().then(fn).catch(() => {}), sleep(2000)]);
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs one case under its time limit; a case that throws or overruns is a fail with the reason as figure. */
export async function runCase(section: string, name: string, limit: string, timeLimitMs: number, fn: (scope: Scope) => Promise<Measured>): Promise<Row> {
  const scope = new Scope();
  const t0 = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<Measured>((resolve) => {
    timer = setTimeout(() => resolve({ figure: `did not finish in ${timeLimitMs / 1000} s`, pass: false }), timeLimitMs);
  });
  let m: Measured;
  try {
    m = await Promise.race([fn(scope), overrun]);
  } catch (err) {
    m = { figure: `error: ${String((err as Error).message ?? err).split('\n')[0]!.slice(0, 120)}`, pass: false };
  } finally {
    clearTimeout(timer);
    await scope.close();
  }
  const row: Row = { section, name, figure: m.figure, limit, result: m.pass === 'skip' ? 'skip' : m.pass ? 'pass' : 'fail' };
  process.stderr.write(`  ${row.result.padEnd(4)}  ${section} · ${name}: ${row.figure}  [${fmtMs(Date.now() - t0)}]\n`);
  return row;
}

/** Articles in an embedded store file (0 when it does not exist or cannot be read). */
export async function articlesInStore(file: string): Promise<number> {
  try {
    const snap = JSON.parse(await readFile(file, 'utf8')) as { nodes?: Array<{ attributes?: { type?: string } }> };
    return (snap.nodes ?? []).filter((n) => n.attributes?.type === 'Article').length;
  } catch { return 0; }
}

export const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

/**
 * A server several cases share. A case may leave it frozen (the very thing being tested): `check()`
 * kills a server that no longer answers, and the next `get()` starts a fresh one on the same store.
 */
export class SharedServer {
  private current: Serve | undefined;
  restarts = 0;
  constructor(private readonly args: string[], private readonly env: NodeJS.ProcessEnv = {}) {}

  async get(): Promise<Serve> {
    if (!this.current || !this.current.alive()) this.current = await startServe(this.args, { env: this.env });
    return this.current;
  }

  async check(): Promise<void> {
    const s = this.current;
    if (!s) return;
    if (s.alive() && await responsive(s.url)) return;
    s.child.kill('SIGKILL');
    this.current = undefined;
    this.restarts++;
  }

  async stop(): Promise<void> { await this.current?.stop(); this.current = undefined; }

  /** Another server on the same store with more options (a case that needs its own settings). */
  with(extra: string[]): SharedServer { return new SharedServer([...this.args, ...extra], this.env); }
}
