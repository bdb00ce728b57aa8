/**
 * A pool of extraction workers for long ingest runs: the articles are cut into small chunks that idle
 * workers take in turn, and each call gets its outcomes back in the order of its articles. Resolution
 * and the store stay on the main thread, in article order, so the graph is the one a single thread
 * builds (scripts/bench/ingest.ts --workers checks it: same entity and relation counts).
 *
 * A worker that dies takes the pool down: pending and later calls are rejected with the reason, and the
 * pipeline goes on extracting on its own thread.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../graph/model.ts';
import { prebuiltLexiconFile } from '../../extract/prebuilt/prebuilt-lexicon.ts';
import { bundleWorkerSource } from '../../workers/bundle-source.ts';
import { defaultWorkerCount } from './extract-all.ts';
import type { ExtractJob, ExtractOutcome, FromExtractWorker, WorkerInit } from './protocol.ts';

export type { ExtractOutcome } from './protocol.ts';

export interface ExtractPoolOptions {
  /** Number of workers (default: the cores available, at most 4). */
  size?: number;
  /** Articles per message (default 8): small enough to keep every worker busy to the end of a batch. */
  chunk?: number;
  /**
   * Chunks a worker holds, the one it is extracting included (default 8). A worker gets its next chunk
   * only when this thread reads its answer, so while this thread resolves a batch (100 ms and more) a
   * worker with nothing queued would wait; with a few queued it goes straight on.
   */
  depth?: number;
}


interface Chunk { id: number; articles: Article[]; resolve(o: ExtractOutcome[]): void; reject(err: Error): void }
/** A ready worker and the chunks sent to it, oldest first (it answers them in that order). */
interface Slot { worker: Worker; sent: Chunk[] }

export class ExtractPool {
  private readonly slots: Slot[] = [];
  /** Every worker started, ready or not (for terminate). */
  private readonly workers: Worker[] = [];
  private readonly queue: Chunk[] = [];
  private nextId = 0;
  private broken: Error | undefined;
  private closed = false;
  /** Articles extracted so far. */
  extracted = 0;
  /** Seconds the workers waited for a chunk, as they measured it, summed over workers (see idleSeconds). */
  private idle = 0;

  /** Resolves once every worker has loaded its lexicons; rejects if one cannot start or the pool is closed first. */
  readonly ready: Promise<void>;

  private constructor(readonly size: number, private readonly chunkSize: number, private readonly depth: number) {
    this.ready = this.spawnAll();
    this.ready.catch(() => undefined); // a caller that never waits for it must not see an unhandled rejection
  }

  /** A pool whose workers start in the background (see `ready`); close() also stops a start under way. */
  static create(options: ExtractPoolOptions = {}): ExtractPool {
    return new ExtractPool(Math.max(1, options.size ?? defaultWorkerCount()), Math.max(1, options.chunk ?? 8), Math.max(1, options.depth ?? 8));
  }

  /** Starts the workers and resolves once each has loaded its lexicons. */
  static async start(options: ExtractPoolOptions = {}): Promise<ExtractPool> {
    const pool = ExtractPool.create(options);
    try {
      await pool.ready;
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  private async spawnAll(): Promise<void> {
    const source = await bundleWorkerSource(fileURLToPath(new URL('./worker.ts', import.meta.url)), { moduleUrls: true });
    if (this.closed) throw new Error('the extraction workers are closed');
    const init: WorkerInit = { lexicon: prebuiltLexiconFile() };
    await Promise.all(Array.from({ length: this.size }, () => this.spawn(source, init)));
  }

  private spawn(source: string, init: WorkerInit): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(source, { eval: true, workerData: init });
      this.workers.push(worker);
      const slot: Slot = { worker, sent: [] };
      let ready = false;
      worker.on('message', (m: FromExtractWorker) => {
        if (m.kind === 'ready') {
          ready = true;
          this.slots.push(slot);
          worker.unref(); // an idle pool does not keep the process alive
          this.pump();
          resolve();
        } else if (m.kind === 'done') {
          const chunk = slot.sent.shift();
          if (!slot.sent.length) worker.unref();
          this.extracted += m.outcomes.length;
          this.idle += m.waitedMs / 1000;
          this.pump();
          chunk?.resolve(m.outcomes);
        } else {
          this.fail(new Error(`an extraction worker could not start: ${m.message}`));
          if (!ready) reject(this.broken);
        }
      });
      worker.on('error', (err) => {
        this.fail(new Error(`an extraction worker failed: ${err.message}`));
        if (!ready) reject(this.broken);
      });
      worker.on('exit', (code) => {
        if (this.closed) { if (!ready) reject(new Error('the extraction workers are closed')); return; }
        this.fail(new Error(`an extraction worker exited (code ${code})`));
        if (!ready) reject(this.broken);
      });
    });
  }

  /** The extractions of `articles`, in their order. */
  extract(articles: Article[]): Promise<ExtractOutcome[]> {
    if (this.closed) return Promise.reject(new Error('the extraction workers are closed'));
    if (this.broken) return Promise.reject(this.broken);
    const parts: Array<Promise<ExtractOutcome[]>> = [];
    for (let i = 0; i < articles.length; i += this.chunkSize) {
      const slice = articles.slice(i, i + this.chunkSize);
      parts.push(new Promise((resolve, reject) => this.queue.push({ id: this.nextId++, articles: slice, resolve, reject })));
    }
    this.pump();
    return Promise.all(parts).then((lists) => lists.flat());
  }

  /** Sends queued chunks to the workers, the least loaded first, up to `depth` each. */
  private pump(): void {
    for (let load = 0; load < this.depth; load++) {
      for (const slot of this.slots) {
        if (slot.sent.length > load) continue;
        const chunk = this.queue.shift();
        if (!chunk) return;
        slot.sent.push(chunk);
        slot.worker.ref(); // a job under way keeps the process alive until it answers
        const job: ExtractJob = { id: chunk.id, articles: chunk.articles };
        slot.worker.postMessage(job);
      }
    }
  }

  /** Chunks waiting in this thread for a worker with room (see `depth`). */
  get queuedChunks(): number {
    return this.queue.length;
  }

  /**
   * Seconds the workers have waited for a chunk so far, summed over workers (a benchmark's measure of
   * how well it feeds them): each worker times its own waits, since this thread, when busy, reads their
   * answers late; a wait still under way counts once its next chunk is answered.
   */
  idleSeconds(): number {
    return this.idle;
  }

  private fail(err: Error): void {
    if (this.broken || this.closed) return;
    this.broken = err;
    for (const slot of this.slots) for (const chunk of slot.sent.splice(0)) chunk.reject(err);
    for (const chunk of this.queue.splice(0)) chunk.reject(err);
    void this.terminate();
  }

  private async terminate(): Promise<void> {
    this.slots.splice(0);
    await Promise.all(this.workers.splice(0).map((w) => w.terminate().catch(() => undefined)));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // chunks already with a worker are rejected too: terminate() ends the workers before they answer
    const closedError = new Error('the extraction workers are closed');
    for (const slot of this.slots) for (const chunk of slot.sent.splice(0)) chunk.reject(closedError);
    for (const chunk of this.queue.splice(0)) chunk.reject(closedError);
    await this.terminate();
  }
}
