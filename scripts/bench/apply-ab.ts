/**
 * Store-apply A/B in one process: the memory store's apply (merge and time refresh) of this checkout against another's
 * (`--against DIR`), on patches each side's own pipeline made beforehand, so extraction's CPU (four fifths of an ingest) does
 * not bury a change to the store or src/time. Batches of 100 alternate between the sides (the order flips each batch); a fresh
 * store and new articles each round; the first round is a warm-up. Prints CPU seconds per side and the ratio (other / this), with the median of rounds.
 *
 *   node --import tsx scripts/bench/apply-ab.ts --against /work/s11/base3 [--articles 1000] [--rounds 5]
 *
 * Check its bias against a byte-identical copy first, as for ingest-ab.ts.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { showHelpIfAsked } from './help.ts';
import { syntheticArticles } from './synthetic-articles.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { against: { type: 'string' }, articles: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '5' } } });
if (!values.against) { console.error('give --against DIR'); process.exit(2); }
const ROUNDS = Number(values.rounds), BATCH = 100;
const N = Number(values.articles);
// each round its own articles: the time refresh keeps caches by relation and sentence (derive.ts, sentence-reading.ts), which a
// second pass over the same articles would only hit
const articles = syntheticArticles(N * (ROUNDS + 1));

async function side(dir: string) {
  const mod = (p: string) => import(pathToFileURL(join(dir, p)).href);
  const [{ createExtractor }, { Resolver }, { openMemoryStore }] = await Promise.all([
    mod('src/extract/index.ts'), mod('src/resolve/index.ts'), mod('src/store/memory/index.ts')]);
  const extractor = createExtractor();
  const extractions = articles.map((a) => extractor.extract(a));
  let store = await openMemoryStore();
  let resolver = new Resolver(await store.knownEntities());
  return {
    async fresh() { store = await openMemoryStore(); resolver = new Resolver(await store.knownEntities()); },
    /** Resolves the batch (untimed: the patches are fresh objects each round, as apply may add to them), then times apply. */
    async run(from: number): Promise<number> {
      const patches = articles.slice(from, from + BATCH).map((a, i) => resolver.resolve(a, extractions[from + i]));
      const c0 = process.cpuUsage();
      await store.apply(patches);
      const c = process.cpuUsage(c0);
      return (c.user + c.system) / 1e6;
    },
  };
}

const sides = [await side(resolve(import.meta.dirname, '../..')), await side(resolve(values.against))];
const totals = [0, 0], ratios: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  for (const s of sides) await s.fresh();
  const cpu = [0, 0];
  for (let i = round * N, b = 0; i < (round + 1) * N; i += BATCH, b++) {
    for (const s of (b + round) % 2 ? [1, 0] : [0, 1]) cpu[s]! += await sides[s]!.run(i);
  }
  if (round === 0) continue;
  totals[0]! += cpu[0]!; totals[1]! += cpu[1]!;
  ratios.push(cpu[1]! / cpu[0]!);
  console.log(`round ${round}: apply CPU this ${cpu[0]!.toFixed(3)} s, other ${cpu[1]!.toFixed(3)} s, ratio ${(cpu[1]! / cpu[0]!).toFixed(3)}`);
}
console.log(`\n${N} articles × ${ROUNDS} rounds: apply CPU this ${totals[0]!.toFixed(2)} s, other (${values.against}) ${totals[1]!.toFixed(2)} s; ` +
  `ratio other/this ${(totals[1]! / totals[0]!).toFixed(3)} (median of rounds ${median(ratios).toFixed(3)}); load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
