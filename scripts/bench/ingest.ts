/**
 * Ingest benchmark: extraction + resolution + memory store for a corpus of synthetic French and
 * English news articles (templates filled with random companies, people, places, amounts), or for
 * the articles of a folder. Prints articles/s, words/s and peak memory, medians over several runs.
 *
 * With --workers N (default: one per core, at most 4, as `newsgraph ingest`), extraction runs in that
 * many worker threads (src/ingest/extract-pool), a batch ahead of resolution and the store, which stay
 * on the main thread; --workers 1 is the single-thread figure. The workers start and load their
 * lexicons before the timing, as the single extractor does. articles/CPU-s counts the CPU of all threads.
 *
 * With workers, --ahead N batches of 200 are asked of them before the one being resolved (default 2; with 1
 * their queue runs dry at the end of each batch), and each worker is sent --depth N chunks ahead (default
 * the pool's, 8). Each run prints the share of it the workers spent waiting for a chunk, as they time it, and
 * (on Linux) its CPU by thread: the main thread, the workers, and V8's own threads (JIT compilation, GC helpers).
 *
 *   node --import tsx scripts/bench/ingest.ts [--articles 5000] [--runs 3] [--dir PATH] [--workers N] [--ahead N] [--depth N]
 */
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { readArticles } from '../../src/ingest/read/index.ts';
import { showHelpIfAsked } from './help.ts';
import { syntheticArticles } from './synthetic-articles.ts';
import { median } from './median.ts';
import { isSmallTown } from '../../src/extract/gazetteer.ts';
import { ExtractPool, type ExtractOutcome } from '../../src/ingest/extract-pool/pool.ts';
import { defaultWorkerCount, extractHere } from '../../src/ingest/extract-pool/extract-all.ts';
import { cpuSplit, threadCpu } from './thread-cpu.ts';

showHelpIfAsked(import.meta.url);

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const N = Number(opt('--articles', '5000'));
const RUNS = Number(opt('--runs', '3'));
const DIR = opt('--dir', '');
const WORKERS = Number(opt('--workers', String(defaultWorkerCount())));
const AHEAD = Number(opt('--ahead', '2'));
const DEPTH = opt('--depth', '');

async function corpus(): Promise<Article[]> {
  if (DIR) {
    const out: Article[] = [];
    for await (const item of readArticles([DIR])) if (item.article) out.push(item.article);
    return out;
  }
  return syntheticArticles(N);
}

// ---------- measure ----------
const articles = await corpus();
const words = articles.reduce((n, a) => n + (a.title + ' ' + a.text).split(/\s+/).length, 0);
const extractor = createExtractor();
extractor.extract(articles[0]!); // load lexicons and gazetteer outside the timing
isSmallTown(''); // and the small-town list, which loads on first use
const threadsBefore = new Set(threadCpu().keys());
const pool = WORKERS > 1 ? await ExtractPool.start({ size: WORKERS, ...(DEPTH ? { depth: Number(DEPTH) } : {}) }) : undefined;
// the threads started with the pool are its workers (Linux; elsewhere the split is not printed)
const workerThreads = new Set([...threadCpu().keys()].filter((t) => !threadsBefore.has(t)));
const extractBatch = (batch: typeof articles): Promise<ExtractOutcome[]> =>
  pool ? pool.extract(batch) : Promise.resolve(batch.map((a) => extractHere(extractor, a)));
const results: Array<{ seconds: number; cpu: number; rss: number; heap: number; entities: number; relations: number; idle: number }> = [];
for (let run = 0; run < RUNS; run++) {
  globalThis.gc?.();
  const store = await openMemoryStore();
  const resolver = new Resolver(await store.knownEntities());
  let rss = 0, heap = 0;
  const sample = () => { const m = process.memoryUsage(); rss = Math.max(rss, m.rss); heap = Math.max(heap, m.heapUsed); };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const threads0 = threadCpu();
  const idle0 = pool?.idleSeconds() ?? 0;
  let entities = 0, relations = 0;
  // batches asked of the extractor ahead of the one resolved: with workers, two, so that their queue never runs dry
  // at a batch's end (with one, the worker done first waited for the other's last chunk, and both for the next batch)
  const ahead: Array<Promise<ExtractOutcome[]>> = [];
  let asked = 0;
  const ask = () => { if (asked < articles.length) { ahead.push(extractBatch(articles.slice(asked, asked + 200))); asked += 200; } };
  for (let k = 0; k < (pool ? AHEAD : 1); k++) ask();
  for (let i = 0; i < articles.length; i += 200) {
    const batch = articles.slice(i, i + 200);
    const outcomes = await ahead.shift()!;
    ask(); // extracted while this batch is resolved
    const patches = batch.map((a, k) => {
      const o = outcomes[k]!;
      if (o.error !== undefined) throw new Error(`extraction failed on article ${i + k}: ${o.error}`);
      return resolver.resolve(a, o.extraction);
    });
    const s = await store.apply(patches);
    entities += s.newEntities;
    relations += s.newRelations;
    sample();
  }
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const split = cpuSplit(threads0, threadCpu(), workerThreads);
  // the workers' share of the run spent waiting for articles (0 when the pipeline keeps them fed)
  const idle = pool ? (pool.idleSeconds() - idle0) / (seconds * WORKERS) : 0;
  results.push({ seconds, cpu, rss, heap, entities, relations, idle });
  console.log(`run ${run + 1}: ${articles.length} articles in ${seconds.toFixed(2)} s (${cpu.toFixed(2)} s CPU), ${entities} entities, ${relations} relations` +
    (pool ? `, workers idle ${(100 * idle).toFixed(1)} % of the run` : '') +
    (threads0.size ? `; CPU s: main thread ${split.main.toFixed(2)}${pool ? `, workers ${split.workers.toFixed(2)}` : ''}, V8's threads (JIT, GC) ${split.other.toFixed(2)}` : ''));
}
const secs = median(results.map((r) => r.seconds));
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const cpu = median(results.map((r) => r.cpu));
await pool?.close();
console.log('\n| corpus | articles | workers | words | articles/s | words/s | articles/CPU-s | peak RSS | peak heap |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
console.log(`| ${DIR || 'synthetic FR+EN'} | ${articles.length} | ${pool ? WORKERS : 'none'} | ${words} | ${(articles.length / secs).toFixed(0)} | ${(words / secs).toFixed(0)} | ${(articles.length / cpu).toFixed(0)} | ${mb(median(results.map((r) => r.rss)))} | ${mb(median(results.map((r) => r.heap)))} |`);
console.log(`(medians of ${RUNS} runs: extraction${pool ? ` in ${WORKERS} worker threads` : ''} + resolution + memory store, no file I/O; peak heap is the main thread's; articles/CPU-s is the rate per second of CPU time, unaffected by other load on the machine; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
