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
import graphology from 'graphology';
import { emptySnapshot, writeFileAtomic } from '../../src/store/memory/index.ts';
import { encodeSnapshot } from '../../src/store/memory/snapshot-codec.ts';
import { newGeneration } from '../../src/store/memory/generation.ts';
import { freshLogBytes } from '../../src/store/memory/batch-log.ts';
import { collectIndex, writeIndex } from '../../src/store/memory/store-index.ts';
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
  const sizes = [...SIZES].sort((x, y) => x - y);
  const first = outOf(sizes[0]!);
  await mkdir(dirname(first), { recursive: true });
  const { patches, seconds } = await recordRealPatches(REAL, dirname(first));
  console.log(`real pipeline: ${REAL.toLocaleString('en')} generated articles in ${seconds.toFixed(0)} s (${(REAL / seconds).toFixed(0)} articles/s, in-process), load average ${loadavg()[0]!.toFixed(1)}`);
  await build(patches, sizes);
}

/**
 * One graph grown to the largest size, saved at each size on the way (snapshot and store index, as a
 * whole save writes them): the merge alone per patch, and the time fields derived from scratch before
 * each save — what the incremental refresh of each ingest batch adds up to, at a fraction of its cost.
 */
async function build(patches: readonly GraphPatch[], sizes: number[]): Promise<void> {
  for (const n of sizes) { await rm(dirname(outOf(n)), { recursive: true, force: true }); await mkdir(dirname(outOf(n)), { recursive: true }); }
  const t1 = performance.now();
  const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  graph.import(emptySnapshot() as never);
  const summary = { newArticles: 0, newEntities: 0, newRelations: 0 };
  let n = 0;
  for (let r = 0; sizes.length; r++) {
    for (const p of patches) {
      applyPatch(graph, replica(p, r), summary);
      n++;
      if (n !== sizes[0]) continue;
      sizes.shift();
      refreshGraphTime(graph);
      graph.mergeAttributes({ articles: n });
      const out = outOf(n);
      const generation = newGeneration();
      await writeFileAtomic(out, encodeSnapshot(graph, { generation }));
      await writeIndex(out, collectIndex(graph), generation, freshLogBytes(generation).length);
      console.log(`store: ${n.toLocaleString('en')} articles, ${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} relations, snapshot ${((await stat(out)).size / 1048576).toFixed(0)} MB at ${out}, ${((performance.now() - t1) / 1000).toFixed(0)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${loadavg()[0]!.toFixed(1)}`);
      if (!sizes.length) break;
    }
  }
}

await main();
