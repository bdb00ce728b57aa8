/**
 * Curation costs on the generated news graph (scripts/bench/news-graph.ts): the review queue, a merge
 * of two busy companies, its undo (exact restore, which rebuilds the graph to put elements back in
 * place), and the log's enforcement after an ingest with 200 standing rules. Medians of --runs.
 *
 *   node --import tsx scripts/bench/curation.ts [--scale 0.2] [--runs 5]
 */
import { parseArgs } from 'node:util';
import graphology from 'graphology';
import type { MultiDirectedGraph } from 'graphology';
import { newsGraph } from './news-graph.ts';
import { reviewQueue } from '../../src/curate/review.ts';
import { logState } from '../../src/curate/log-state.ts';
import { performCuration } from '../../src/curate/perform.ts';
import { enforceLog } from '../../src/curate/enforce.ts';
import type { LogEntry } from '../../src/curate/types.ts';
import { median } from './median.ts';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { scale: { type: 'string', default: '0.2' }, runs: { type: 'string', default: '5' } } });
const scale = Number(values.scale), runs = Number(values.runs);
const gen = newsGraph(scale);

function build(): MultiDirectedGraph {
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of gen.nodes) {
    g.addNode(n.key, n.label === 'Article'
      ? { type: 'Article', id: n.key, title: n.name, lang: 'en' }
      : { type: n.label, id: n.key, name: n.name, aliases: [], mentions: 1, articles: [] });
  }
  gen.rels.forEach((r, i) => {
    const s = gen.nodes[r.source]!.key, t = gen.nodes[r.target]!.key;
    const art = `article:${i % Math.max(1, gen.nodes.length - gen.companies)}`;
    const attrs: Record<string, unknown> = { type: r.type, articles: [art], evidence: [`${s} ${r.type} ${t}.`], confidence: r.type === 'MENTIONS' ? 1 : 0.5 + (i % 5) / 10 };
    if (r.amount) Object.assign(attrs, { amount: r.amount, currency: 'USD', amountUsd: r.amountUsd, year: r.year });
    g.addDirectedEdgeWithKey(`${r.type}|${s}|${t}|${i}`, s, t, attrs);
  });
  return g;
}

const time = (f: () => void) => { const t = performance.now(); f(); return performance.now() - t; };
const by = { by: 'bench', at: '2026-01-01T00:00:00.000Z' };

const g = build();
const busiest = g.filterNodes((_k, a) => a.type === 'Company').sort((a, b) => g.degree(b) - g.degree(a)).slice(0, 2);
const t: Record<string, number[]> = { review: [], merge: [], undo: [], enforce: [] };
let items = 0;
for (let r = 0; r < runs; r++) {
  t.review!.push(time(() => { items = reviewQueue(g, logState([]), { limit: 500 }).total; }));
  const entries: LogEntry[] = [];
  let merged: LogEntry | undefined;
  t.merge!.push(time(() => { merged = performCuration(g, logState(entries), { op: 'merge', target: busiest[0]!, other: busiest[1]! }, by); }));
  entries.push(merged!);
  t.undo!.push(time(() => { entries.push(performCuration(g, logState(entries), { op: 'undo' }, by)); }));
  // 200 standing rejections of relations, checked after an ingest
  const rules: LogEntry[] = g.edges().slice(0, 200).map((key, i) => ({ kind: 'op', id: String(i + 1), op: 'reject', target: `${key}-gone`, ...by, diff: { nodes: [], edges: [] } }));
  const state = logState(rules);
  t.enforce!.push(time(() => enforceLog(g, state)));
}
const deg = (k: string) => g.degree(k);
console.log(`curation on ${g.order.toLocaleString('en')} nodes, ${g.size.toLocaleString('en')} edges (scale ${scale}), median of ${runs} runs`);
console.log(`| step | median ms |`);
console.log(`|---|---|`);
console.log(`| review queue (${items} items ranked, top 500 built) | ${median(t.review!).toFixed(1)} |`);
console.log(`| merge of two busiest companies (${deg(busiest[0]!)} + ${deg(busiest[1]!)} edges) | ${median(t.merge!).toFixed(1)} |`);
console.log(`| undo of that merge (exact restore, graph rebuilt) | ${median(t.undo!).toFixed(1)} |`);
console.log(`| enforce 200 standing rules after an ingest | ${median(t.enforce!).toFixed(2)} |`);
