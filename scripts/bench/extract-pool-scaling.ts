/**
 * How extraction scales with worker threads on this machine: the same synthetic articles extracted on
 * the main thread and by ExtractPools of 1 … N workers (src/ingest/extract-pool), wall and CPU seconds
 * (CPU of all threads, V8's GC threads included), the second of two rounds (the first warms the JIT).
 *
 *   node --import tsx scripts/bench/extract-pool-scaling.ts [--articles 3000] [--max 2]
 */
import { performance } from 'node:perf_hooks';
import { createExtractor } from '../../src/extract/index.ts';
import { ExtractPool } from '../../src/ingest/extract-pool/pool.ts';
import { showHelpIfAsked } from './help.ts';
import { syntheticArticles } from './synthetic-articles.ts';

showHelpIfAsked(import.meta.url);
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const articles = syntheticArticles(Number(opt('--articles', '3000')));
const MAX = Number(opt('--max', '2'));

async function timed(run: () => unknown): Promise<{ wall: number; cpu: number }> {
  let last = { wall: 0, cpu: 0 };
  for (let round = 0; round < 2; round++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    const c = process.cpuUsage(c0);
    last = { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
  }
  return last;
}

const here = createExtractor();
here.extract(articles[0]!);
const rows: Array<[string, { wall: number; cpu: number }]> = [['main thread', await timed(() => { for (const a of articles) here.extract(a); })]];
for (let size = 1; size <= MAX; size++) {
  const pool = await ExtractPool.start({ size });
  rows.push([`${size} worker${size > 1 ? 's' : ''}`, await timed(() => pool.extract(articles))]);
  await pool.close();
}
console.log(`| extraction of ${articles.length} articles | wall s | CPU s | articles/s |`);
console.log('|---|---:|---:|---:|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${(articles.length / r.wall).toFixed(0)} |`);
console.log(`(second of two rounds each; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
