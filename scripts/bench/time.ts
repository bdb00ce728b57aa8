/**
 * Time benchmark (issue 11): as-of snapshots and diffs on a generated 20,000-article news graph.
 *
 *   node --import tsx scripts/bench/time.ts [--articles 20000] [--runs 5]
 *
 * The graph is built from generated article patches (no extraction: this measures the time rules,
 * not the extractor) over two years of news: investments (some revised, some abandoned), roles that
 * change hands, "since"/"until"/"former" sentences. Prints medians: applying the patches with the
 * time fields kept up to date, deriving every time field from scratch, `export --as-of` (snapshot +
 * JSON), the diff between two dates, and one retraction.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateTimeline } from './time-graph.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { deriveTime } from '../../src/time/derive.ts';
import { snapshotAsOf } from '../../src/time/as-of.ts';
import { diffSnapshots } from '../../src/time/diff.ts';
import { exportGraph } from '../../src/export/index.ts';
import { applyPatch } from '../../src/store/memory/merge.ts';
import { median } from './median.ts';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { articles: { type: 'string', default: '20000' }, runs: { type: 'string', default: '5' } } });
const ARTICLES = Number(values.articles), RUNS = Number(values.runs);

function time<T>(f: () => T): [T, number] { const t = performance.now(); const r = f(); return [r, performance.now() - t]; }
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

const patches = generateTimeline(ARTICLES);
const store = new MemoryStore(undefined, emptySnapshot());
let applyMs = 0;
for (let i = 0; i < patches.length; i += 200) applyMs += (await (async () => { const t = performance.now(); await store.apply(patches.slice(i, i + 200)); return performance.now() - t; })());
const graph = store.graph;
// the same patches merged without the time rules (the store before issue 11), for the ratio
const bare = new MemoryStore(undefined, emptySnapshot());
const tb = performance.now();
const ignored = { newArticles: 0, newEntities: 0, newRelations: 0 };
for (const p of patches) applyPatch(bare.graph, p, ignored);
const bareMs = performance.now() - tb;
console.log(`graph: ${ARTICLES.toLocaleString('en')} articles, ${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} relationships (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);

const derive: number[] = [], snapshot: number[] = [], asOf: number[] = [], asOfJson: number[] = [], diff: number[] = [];
let stats = '';
for (let r = 0; r < RUNS; r++) {
  derive.push(time(() => deriveTime(graph))[1]);
  const [full, s] = time(() => JSON.parse(JSON.stringify(graph.export())));
  snapshot.push(s);
  const [a, t1] = time(() => snapshotAsOf(full, '2024-07-01'));
  const [b, t2] = time(() => snapshotAsOf(full, '2025-06-30'));
  asOf.push((t1 + t2) / 2);
  asOfJson.push(time(() => exportGraph(b, 'json'))[1]);
  const [d, t3] = time(() => diffSnapshots(a, b, { from: '2024-07-01', to: '2025-06-30' }, full));
  diff.push(t3 + (t1 + t2));
  stats = `as of 2024-07-01: ${a.edges.length.toLocaleString('en')} relationships; as of 2025-06-30: ${b.edges.length.toLocaleString('en')}; diff: ${d.counts.relationsAdded} new, ${d.counts.relationsClosed} closed, ${d.counts.relationsChanged} changed relations`;
}
const t0 = performance.now();
await store.removeArticle(patches[ARTICLES >> 1]!.article.id);
const removeMs = performance.now() - t0;

console.log(stats);
console.log(`| step | time (median of ${RUNS}) |\n|---|--:|`);
console.log(`| apply all patches with time fields kept up to date (batches of 200) | ${ms(applyMs)} (merge alone: ${ms(bareMs)}, ×${(applyMs / bareMs).toFixed(1)}) |`);
console.log(`| derive every time field from scratch | ${ms(median(derive))} |`);
console.log(`| store snapshot (graph → JSON form) | ${ms(median(snapshot))} |`);
console.log(`| as-of snapshot from it (one date) | ${ms(median(asOf))} |`);
console.log(`| + JSON export of the as-of snapshot | ${ms(median(asOfJson))} |`);
console.log(`| diff of two dates (two as-of snapshots + diff) | ${ms(median(diff))} |`);
console.log(`| remove one article | ${ms(removeMs)} |`);
