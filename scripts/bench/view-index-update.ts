/**
 * The server-side view index after a live article: updated in place versus rebuilt from the whole store
 * (src/server/views/view-index-update.ts). Opens a copy of a store, builds the index, then ingests
 * generated articles one at a time through the real pipeline and times both after each (medians).
 *
 *   node --import tsx scripts/bench/view-index-update.ts --store /work/data/store-20k/graph.json [--runs 5]
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import { showHelpIfAsked } from './help.ts';
import { articleGenerator } from './generated-articles.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { ingestEvents } from '../../src/ingest/pipeline.ts';
import { buildViewIndex } from '../../src/server/views/view-index.ts';
import { GRAPH_EVENTS, noChanges, recordGraphEvent, updateViewIndex, type GraphChanges } from '../../src/server/views/view-index-update.ts';
import type { ReadEvent } from '../../src/ingest/read/index.ts';
import { articleId } from '../../src/ingest/article-id.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const STORE = opt('--store', '/work/data/store-20k/graph.json');
const RUNS = Number(opt('--runs', '5'));

const dir = await mkdtemp(join(tmpdir(), 'newsgraph-view-index-'));
try {
  await cp(dirname(STORE), dir, { recursive: true });
  const store = await openMemoryStore({ file: join(dir, STORE.split('/').pop()!) });
  let t = performance.now();
  let index = buildViewIndex(store.graph);
  const first = performance.now() - t;
  console.log(`store ${STORE}: ${store.graph.order.toLocaleString('en')} nodes, ${store.graph.size.toLocaleString('en')} relations; first build ${(first / 1000).toFixed(2)} s (load average ${loadavg()[0]!.toFixed(1)})`);
  let changes: GraphChanges = noChanges();
  for (const ev of GRAPH_EVENTS) store.graph.on(ev, (p: unknown) => recordGraphEvent(changes, ev, p));
  const article = articleGenerator(7);
  const updates: number[] = [], rebuilds: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const a = article(10_000_000 + r);
    const events: ReadEvent[] = [{ file: `live-${r}.txt`, article: { id: articleId(a.title, a.text), title: a.title, text: a.text, date: a.date, lang: a.lang, origin: `live-${r}.txt` } }];
    await ingestEvents(events, store, { keepResolver: true });
    const recorded = changes.nodesAdded.size + changes.edgesAdded.size + changes.nodesUpdated.size + changes.edgesUpdated.size;
    t = performance.now();
    const updated = updateViewIndex(index, store.graph, changes);
    updates.push(performance.now() - t);
    if (!updated) throw new Error('the update asked for a rebuild');
    index = updated;
    changes = noChanges();
    t = performance.now();
    buildViewIndex(store.graph);
    rebuilds.push(performance.now() - t);
    console.log(`  article ${r + 1}: ${recorded} changes; update ${updates.at(-1)!.toFixed(1)} ms, rebuild ${rebuilds.at(-1)!.toFixed(0)} ms`);
  }
  console.log(`median of ${RUNS}: update in place ${median(updates).toFixed(1)} ms, rebuild ${median(rebuilds).toFixed(0)} ms (×${(median(rebuilds) / median(updates)).toFixed(0)}); load average ${loadavg()[0]!.toFixed(1)}`);
  await store.close?.();
} finally {
  await rm(dir, { recursive: true, force: true });
}
