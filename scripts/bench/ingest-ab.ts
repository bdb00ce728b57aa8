/**
 * Ingest A/B in one process: this checkout's pipeline (extraction + resolution + memory store) against
 * another checkout's (`--against DIR`, e.g. /work/main), on the same articles, in alternating batches
 * of 100 (the order flips each batch), so that the load of a shared machine falls on both alike. Prints
 * each side's articles/s over all rounds (wall and per CPU-second) and the ratio (this / other), with the
 * median of per-round ratios.
 *
 *   node --import tsx scripts/bench/ingest-ab.ts --against /work/main [--articles 2000] [--rounds 5] [--dir PATH]
 *
 * The first round of each side is a warm-up (JIT, lexicons) and is not counted.
 *
 * Check its bias first, against a copy of this checkout (`git archive HEAD | tar -x -C DIR`, node_modules linked):
 * at load average 15 on the 2 cores (2026-12-07 14:00) that gave ×1.26 CPU (median of rounds ×1.18) for identical
 * code, in favour of this checkout (loaded first); at load 1–2 it gave ×1.03. At high load its ratios say nothing below that bias.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/graph/model.ts';
import { readArticles } from '../../src/ingest/read/index.ts';
import { showHelpIfAsked } from './help.ts';
import { syntheticArticles } from './synthetic-articles.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { against: { type: 'string' }, articles: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '5' }, dir: { type: 'string' } } });
if (!values.against) { console.error('give --against DIR (another checkout, e.g. /work/main)'); process.exit(2); }
const ROUNDS = Number(values.rounds);
const BATCH = 100;

async function corpus(): Promise<Article[]> {
  if (!values.dir) return syntheticArticles(Number(values.articles));
  const out: Article[] = [];
  for await (const item of readArticles([values.dir])) if (item.article) out.push(item.article);
  return out;
}

/** One checkout's pipeline; `run(batch)` ingests a batch into its own store and returns the seconds it took, wall and CPU. */
async function side(dir: string) {
  const mod = (p: string) => import(pathToFileURL(join(dir, p)).href);
  const [{ createExtractor }, { Resolver }, { openMemoryStore }] = await Promise.all([
    mod('src/extract/index.ts'), mod('src/resolve/index.ts'), mod('src/store/memory/index.ts')]);
  const extractor = createExtractor();
  let store = await openMemoryStore();
  let resolver = new Resolver(await store.knownEntities());
  return {
    async fresh() { store = await openMemoryStore(); resolver = new Resolver(await store.knownEntities()); },
    async run(batch: Article[]): Promise<[number, number]> {
      const t0 = performance.now(), c0 = process.cpuUsage();
      await store.apply(batch.map((a) => resolver.resolve(a, extractor.extract(a))));
      const c = process.cpuUsage(c0);
      return [(performance.now() - t0) / 1000, (c.user + c.system) / 1e6];
    },
  };
}

const articles = await corpus();
const sides = [await side(resolve(import.meta.dirname, '../..')), await side(resolve(values.against))];
const totals = [0, 0], cpuTotals = [0, 0];
const ratios: number[] = [], cpuRatios: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  await sides[0]!.fresh();
  await sides[1]!.fresh();
  const t = [0, 0], cpu = [0, 0];
  for (let i = 0, b = 0; i < articles.length; i += BATCH, b++) {
    const batch = articles.slice(i, i + BATCH);
    const order = (b + round) % 2 ? [1, 0] : [0, 1];
    for (const s of order) { const [w, c] = await sides[s]!.run(batch); t[s]! += w; cpu[s]! += c; }
  }
  if (round === 0) continue;
  for (const s of [0, 1]) { totals[s]! += t[s]!; cpuTotals[s]! += cpu[s]!; }
  ratios.push(t[1]! / t[0]!);
  cpuRatios.push(cpu[1]! / cpu[0]!);
  console.log(`round ${round}: this ${(articles.length / t[0]!).toFixed(0)} articles/s (${(articles.length / cpu[0]!).toFixed(0)} per CPU-s), ` +
    `other ${(articles.length / t[1]!).toFixed(0)} (${(articles.length / cpu[1]!).toFixed(0)}), ratio ${(t[1]! / t[0]!).toFixed(3)} (CPU ${(cpu[1]! / cpu[0]!).toFixed(3)})`);
}
const rate = (s: number) => (articles.length * ROUNDS / s).toFixed(0);
console.log(`\n${values.dir ?? 'synthetic'}, ${articles.length} articles × ${ROUNDS} rounds: this ${rate(totals[0]!)} articles/s (${rate(cpuTotals[0]!)} per CPU-s), ` +
  `other (${values.against}) ${rate(totals[1]!)} articles/s (${rate(cpuTotals[1]!)} per CPU-s); ratio this/other ${(totals[1]! / totals[0]!).toFixed(3)} ` +
  `(median of rounds ${median(ratios).toFixed(3)}; CPU ${(cpuTotals[1]! / cpuTotals[0]!).toFixed(3)}, median ${median(cpuRatios).toFixed(3)}); load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
