/**
 * A large embedded store for the scale benchmarks, built in minutes rather than hours: `--real N`
 * generated articles (generated-articles.ts) go through the real pipeline (extraction + resolution),
 * their patches are recorded, and the store is then filled to `--articles` by replaying those patches
 * again and again, each replica with its companies, people, organisations and products renamed (ids,
 * names, aliases, and the evidence sentences and titles that name them) and its own article ids —
 * countries and regions stay shared, as a year of news repeats them. Each replica thus adds what the
 * real articles added: the same numbers of nodes, relations, evidence sentences and bytes per article.
 * Prints the real pipeline's rate (articles/s) and the build's figures.
 *
 *   node --import tsx scripts/bench/scale-store.ts --articles 20000,50000 --real 5000 --out /work/data/store-{k}/graph.json
 */
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadavg } from 'node:os';
import { showHelpIfAsked } from './help.ts';
import { recordRealPatches, replica } from './replicated-patches.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { applyPatch } from '../../src/store/memory/merge.ts';
import { refreshGraphTime } from '../../src/time/graph-time.ts';
import type { GraphPatch } from '../../src/graph/patch.ts';

showHelpIfAsked(import.meta.url);
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
/** One size, or several (`20000,50000`) built from one recording, each into OUT with `{k}` → `20k`. */
const SIZES = opt('--articles', '200000').split(',').map(Number);
const REAL = Math.min(Math.max(...SIZES), Number(opt('--real', '20000')));
const OUT_PATTERN = opt('--out', '/tmp/newsgraph-scale-store/store-{k}/graph.json');
const outOf = (n: number) => OUT_PATTERN.replace('{k}', n >= 1000 ? `${n / 1000}k` : String(n));
async function main(): Promise<void> {
  const first = outOf(SIZES[0]!);
  await mkdir(dirname(first), { recursive: true });
  const { patches, seconds } = await recordRealPatches(REAL, dirname(first));
  console.log(`real pipeline: ${REAL.toLocaleString('en')} generated articles in ${seconds.toFixed(0)} s (${(REAL / seconds).toFixed(0)} articles/s, in-process), load average ${loadavg()[0]!.toFixed(1)}`);
  for (const total of SIZES) await build(patches, total, outOf(total));
}

async function build(patches: readonly GraphPatch[], TOTAL: number, OUT: string): Promise<void> {
  await rm(dirname(OUT), { recursive: true, force: true });
  await mkdir(dirname(OUT), { recursive: true });
  const t1 = performance.now();
  const store = await openMemoryStore({ file: OUT });
  // the merge alone per patch, and every time field derived once at the end: what the incremental
  // refresh of each ingest batch adds up to, without its cost growing with the countries' degrees
  const summary = { newArticles: 0, newEntities: 0, newRelations: 0 };
  let n = 0;
  for (let r = 0; n < TOTAL; r++) {
    for (const p of patches) {
      if (n >= TOTAL) break;
      applyPatch(store.graph, replica(p, r), summary);
      n++;
    }
    console.error(`replica ${r}: ${n.toLocaleString('en')} articles, ${store.graph.order.toLocaleString('en')} nodes, ${store.graph.size.toLocaleString('en')} relations, ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  }
  refreshGraphTime(store.graph);
  store.saveWhole();
  await store.close();
  const size = (await stat(OUT)).size;
  console.log(`store: ${n.toLocaleString('en')} articles, ${store.graph.order.toLocaleString('en')} nodes, ${store.graph.size.toLocaleString('en')} relations, snapshot ${(size / 1048576).toFixed(0)} MB, built in ${((performance.now() - t1) / 1000).toFixed(0)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${loadavg()[0]!.toFixed(1)}`);
}

await main();
