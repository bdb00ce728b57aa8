/**
 * A small pool of worker threads that run read-only Cypher queries off the main event loop. Each worker
 * holds a replica of the main thread's graph (replica-feed.ts), so a query that runs long — a
 * catastrophic regular expression, a huge cartesian product, a reduce over millions of elements — only
 * occupies its worker: the server goes on answering. A query still running at its deadline is stopped for
 * real: its worker is terminated (Worker.terminate) and replaced, and the caller gets a Timeout error.
 * A worker's heap is capped (resourceLimits) at what its replica needs plus the per-query memory budget,
 * so a query that outgrows it kills only its worker and gets a MemoryLimit error.
 */
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { MultiDirectedGraph } from 'graphology';
import { CypherError, type CypherErrorKind } from '../cypher/errors.ts';
import type { CypherValue } from '../cypher/values.ts';
import type { QueryOptions, QueryResult } from '../graph/result.ts';
import { ReplicaFeed } from './replica-feed.ts';
import { decodeValue, encodeValue } from './value-codec.ts';
import type { FromWorker, RawWireResult, ToWorker, WireError } from './protocol.ts';
import { workerSource } from './worker-source.ts';

export interface QueryPoolOptions {
  /** The main thread's graph; the workers follow its changes. */
  graph: MultiDirectedGraph;
  /** Number of workers (default 2): that many long queries can run at once before others queue. */
  size?: number;
  /** Memory budget of one query in MB (default 512): counted by the engine, and added to each worker's heap limit. */
  maxMemoryMb?: number;
  /** How long after its deadline a query that has not stopped by itself is terminated (default 50 ms). */
  graceMs?: number;
  log?: (line: string) => void;
}

export const POOL_DEFAULTS = { size: 2, maxMemoryMb: 512, graceMs: 50 };

/** A read query's result with engine values (for Bolt). */
export interface RawQueryResult { columns: string[]; rows: CypherValue[][]; stats: Record<string, number | undefined>; plan?: string }

interface Job {
  query: string;
  options: QueryOptions;
  raw: boolean;
  /** Date.now() deadline (Infinity: none). */
  deadline: number;
  resolve(result: QueryResult | RawWireResult): void;
  reject(err: unknown): void;
  queueTimer?: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: Worker;
  /** Replica version once the worker has loaded its first snapshot; -1 before. */
  version: number;
  ready: boolean;
  job?: Job;
  id: number;
  killTimer?: ReturnType<typeof setTimeout>;
  /** Why this slot was terminated on purpose (the job's error). */
  stopping?: unknown;
  heapLimitMb: number;
}

function wireToError(e: WireError): Error {
  if (e.kind) {
    const err = new CypherError(e.kind as CypherErrorKind, '', e.phase, e.detail, e.position);
    err.message = e.message; // already carries the position
    return err;
  }
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}

export class QueryWorkerPool {
  private readonly feed: ReplicaFeed;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly size: number;
  private readonly maxMemoryMb: number;
  private readonly graceMs: number;
  private source: string | undefined;
  private nextId = 1;
  private closed = false;
  /** Consecutive workers that died before becoming ready: past 3, the pool gives up. */
  private startFailures = 0;
  private broken: Error | undefined;
  private readyWaiters: Array<() => void> = [];

  constructor(private readonly opts: QueryPoolOptions) {
    this.feed = new ReplicaFeed(opts.graph, () => this.scheduleSync());
    this.size = Math.max(1, opts.size ?? POOL_DEFAULTS.size);
    this.maxMemoryMb = opts.maxMemoryMb ?? POOL_DEFAULTS.maxMemoryMb;
    this.graceMs = opts.graceMs ?? POOL_DEFAULTS.graceMs;
    workerSource().then((source) => {
      this.source = source;
      if (!this.closed) for (let i = 0; i < this.size; i++) this.spawn();
    }, (err: Error) => {
      this.broken = new Error(`the query workers cannot be built: ${err.message}`);
      this.opts.log?.(this.broken.message);
      for (const job of this.queue.splice(0)) { clearTimeout(job.queueTimer); job.reject(this.broken); }
    });
  }

  /** Resolves once every worker holds the graph (tests and benchmarks wait for it; queries need not). */
  ready(): Promise<void> {
    if (this.allReady()) return Promise.resolve();
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  private allReady(): boolean {
    return this.slots.size >= this.size && [...this.slots].every((s) => s.ready);
  }

  /** Runs a read-only query; the result in the DESIGN.md shape. */
  run(query: string, options: QueryOptions = {}): Promise<QueryResult> {
    return this.submit(query, options, false) as Promise<QueryResult>;
  }

  /** Runs a read-only query; engine values (nodes, relationships, temporal values …) for Bolt. */
  async runRaw(query: string, options: QueryOptions = {}): Promise<RawQueryResult> {
    const params: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(options.params ?? {})) params[k] = encodeValue(v);
    const r = (await this.submit(query, { ...options, params }, true)) as RawWireResult;
    return { ...r, rows: r.rows.map((row) => row.map((v) => decodeValue(v) as CypherValue)) };
  }

  private submit(query: string, options: QueryOptions, raw: boolean): Promise<QueryResult | RawWireResult> {
    if (this.closed) return Promise.reject(new Error('the query workers are closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const deadline = options.timeoutMs !== undefined ? Date.now() + options.timeoutMs : Infinity;
      const job: Job = { query, options: { ...options, readOnly: true, maxMemoryMb: options.maxMemoryMb ?? this.maxMemoryMb }, raw, deadline, resolve, reject };
      if (deadline !== Infinity) {
        // a query still waiting for a worker at its deadline fails without running
        job.queueTimer = setTimeout(() => {
          const i = this.queue.indexOf(job);
          if (i >= 0) { this.queue.splice(i, 1); reject(this.timeoutError(options.timeoutMs!)); }
        }, Math.max(0, deadline - Date.now()));
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  private timeoutError(ms: number): CypherError {
    return new CypherError('Timeout', `The query exceeded its time limit of ${ms} ms and was stopped`, 'runtime', 'Timeout');
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      clearTimeout(job.queueTimer);
      this.start(slot, job);
    }
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref(); // a running query keeps the process alive (the CLI awaits it)
    const update = this.feed.update(slot.version);
    if (update) {
      slot.worker.postMessage({ type: 'sync', update } satisfies ToWorker);
      slot.version = update.version;
      this.forgetApplied();
    }
    const options = { ...job.options };
    if (job.deadline !== Infinity) {
      const left = Math.max(1, job.deadline - Date.now());
      options.timeoutMs = left;
      // the engine stops itself at its deadline; a query stuck where it cannot look (one huge regex,
      // a native sort) is terminated a little later
      slot.killTimer = setTimeout(() => this.stop(slot, this.timeoutError(job.options.timeoutMs!)), left + this.graceMs);
    }
    slot.worker.postMessage({ type: 'run', id: slot.id, query: job.query, options, raw: job.raw } satisfies ToWorker);
  }

  private syncScheduled = false;

  /** After a burst of changes, idle workers apply them at once: the log stays short, the next read is quick. */
  private scheduleSync(): void {
    if (this.syncScheduled || this.closed) return;
    this.syncScheduled = true;
    setImmediate(() => {
      this.syncScheduled = false;
      for (const slot of this.slots) {
        if (!slot.ready || slot.job) continue;
        const update = this.feed.update(slot.version);
        if (!update) continue;
        slot.worker.postMessage({ type: 'sync', update } satisfies ToWorker);
        slot.version = update.version;
      }
      this.forgetApplied();
    });
  }

  private forgetApplied(): void {
    let oldest = Infinity;
    for (const s of this.slots) if (s.version >= 0) oldest = Math.min(oldest, s.version);
    if (oldest !== Infinity) this.feed.forgetBefore(oldest);
  }

  /** Terminates a slot's worker and fails its query with `reason`; a fresh worker takes its place. */
  private stop(slot: Slot, reason: unknown): void {
    if (!this.slots.has(slot)) return;
    slot.stopping = reason;
    this.retire(slot);
    void slot.worker.terminate();
  }

  private retire(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.killTimer);
    const job = slot.job;
    slot.job = undefined;
    if (job) job.reject(slot.stopping ?? new CypherError('Timeout', 'The query worker stopped', 'runtime', 'Timeout'));
    // the replacement starts after the failed query's caller has been answered
    if (!this.closed) setImmediate(() => { if (!this.closed) this.spawn(); });
  }

  private heapLimitMb(): number {
    // the replica weighs about what the main thread's heap does; the query gets its budget on top
    const mainHeapMb = getHeapStatistics().used_heap_size / (1024 * 1024);
    return Math.ceil(128 + 1.5 * mainHeapMb + this.maxMemoryMb);
  }

  private spawn(): void {
    if (this.broken || this.source === undefined) return;
    const heapLimitMb = this.heapLimitMb();
    const worker = new Worker(this.source, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    worker.unref(); // an idle pool does not keep the process alive
    const slot: Slot = { worker, version: -1, ready: false, id: this.nextId++, heapLimitMb };
    this.slots.add(slot);
    const update = this.feed.update(-1)!;
    worker.postMessage({ type: 'sync', update } satisfies ToWorker);
    const loadingVersion = update.version;
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'synced' && !slot.ready) {
        slot.ready = true;
        slot.version = Math.max(slot.version, loadingVersion);
        this.startFailures = 0;
        if (this.allReady()) { for (const w of this.readyWaiters.splice(0)) w(); }
        this.dispatch();
      } else if (msg.type === 'done' || msg.type === 'failed') {
        const job = slot.job;
        if (!job) return;
        slot.job = undefined;
        slot.worker.unref();
        clearTimeout(slot.killTimer);
        if (msg.type === 'done') job.resolve(msg.result);
        else job.reject(wireToError(msg.error));
        this.dispatch();
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (!slot.stopping) {
        slot.stopping = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new CypherError('MemoryLimit', `The query ran out of memory (its worker's heap is capped at ${slot.heapLimitMb} MB: the graph plus --max-memory ${this.maxMemoryMb} MB) and was stopped`, 'runtime', 'MemoryLimit')
          : new Error(`query worker failed: ${err.message}`);
        if (err.code !== 'ERR_WORKER_OUT_OF_MEMORY') this.opts.log?.(`query worker failed: ${err.stack ?? err.message}`);
      }
    });
    worker.on('exit', () => {
      if (!slot.ready && !slot.stopping && !this.closed) {
        if (++this.startFailures >= 3) {
          this.broken = new Error('the query workers cannot start (see the log)');
          for (const job of this.queue.splice(0)) { clearTimeout(job.queueTimer); job.reject(this.broken); }
        }
      }
      this.retire(slot);
    });
  }

  /** Stops every worker; queued and running queries fail. */
  async close(): Promise<void> {
    this.closed = true;
    this.feed.detach();
    for (const job of this.queue.splice(0)) { clearTimeout(job.queueTimer); job.reject(new Error('the server is shutting down')); }
    const all = [...this.slots];
    for (const s of all) { s.stopping = new Error('the server is shutting down'); clearTimeout(s.killTimer); }
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}
