/**
 * Analyst tools benchmark (no browser): on the viewer benchmark's synthetic graph (20,000 nodes, 100,000
 * edges by default) measures the shortest path between random entity pairs (without and with MENTIONS),
 * Louvain communities, expanding the biggest hub, and what the tools add to one visibility pass.
 * Prints medians in milliseconds.  Run: node --import tsx scripts/bench/viewer-analyst.ts [--nodes N] [--edges M] [--runs R]
 */
import { parseArgs } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { detectCommunities } from '../../viewer/src/analyst/communities.ts';
import { collapseRoots, revealNeighbourhoods } from '../../viewer/src/analyst/expand.ts';
import { findPath } from '../../viewer/src/analyst/path.ts';
import { AnalystTools } from '../../viewer/src/analyst/tools.ts';
import { buildGraphIndex } from '../../viewer/src/graph-index.ts';
import { defaultState, Store } from '../../viewer/src/state.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../../viewer/src/types.ts';
import { computeVisibility } from '../../viewer/src/visibility.ts';
import { showHelpIfAsked } from './help.ts';
import { syntheticSnapshot } from './viewer-graph.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);

const { values } = parseArgs({
  options: { nodes: { type: 'string', default: '20000' }, edges: { type: 'string', default: '100000' }, runs: { type: 'string', default: '15' } },
});
const RUNS = Number(values.runs);
const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 0);

const graph: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>({ allowSelfLoops: true });
graph.import(syntheticSnapshot(Number(values.nodes), Number(values.edges)) as unknown as Parameters<ViewerGraph['import']>[0]);
const index = buildGraphIndex(graph);
const entities = graph.filterNodes((_k, a) => a.type !== 'Article');
let seed = 7;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pair = () => [entities[Math.floor(rand() * entities.length)]!, entities[Math.floor(rand() * entities.length)]!] as const;

const rows: Array<[string, string]> = [];
for (const mentions of [false, true]) {
  const times: number[] = [];
  const hops: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [a, b] = pair();
    const t = performance.now();
    const r = findPath(graph, a, b, { mentions });
    times.push(performance.now() - t);
    hops.push(r ? r.hops.length : -1);
  }
  rows.push([`path between two random entities, ${mentions ? 'with' : 'without'} MENTIONS (median hops ${median(hops)})`, ms(median(times))]);
}
rows.push(['Louvain communities (entities, no MENTIONS)', ms(median(Array.from({ length: Math.min(RUNS, 5) }, () => time(() => detectCommunities(graph)))))]);
const c = detectCommunities(graph);
rows.push([`  → ${c.list.length} communities, modularity ${c.modularity.toFixed(3)}`, '']);

const hub = entities.reduce((best, n) => ((index.degree.get(n) ?? 0) > (index.degree.get(best) ?? 0) ? n : best));
const allows = (t: string) => t !== 'MENTIONS';
rows.push([`expand the biggest hub (${index.degree.get(hub)} relations)`, ms(median(Array.from({ length: RUNS }, () => time(() => revealNeighbourhoods(graph, [hub], allows)))))]);
const roots = [hub, ...graph.neighbors(hub).slice(0, 20)];
rows.push(['collapse it with 20 nested expansions', ms(median(Array.from({ length: RUNS }, () => time(() => collapseRoots(graph, roots, hub, new Set([hub]), allows)))))]);

const store = new Store(defaultState());
const tools = new AnalystTools(graph, index, store);
const [from, to] = pair();
const plain = defaultState();
const withTools = { ...plain, analyst: { ...plain.analyst, pathFrom: from, pathTo: to, expanded: [hub] } };
tools.path(withTools.analyst);
rows.push(['visibility pass, no analyst state', ms(median(Array.from({ length: RUNS }, () => time(() => computeVisibility(graph, index, tools.visibilityState(plain))))))]);
rows.push(['visibility pass with a path and the hub expanded', ms(median(Array.from({ length: RUNS }, () => time(() => computeVisibility(graph, index, tools.visibilityState(withTools))))))]);
rows.push([`tools.path() as the reducers call it, ${graph.order} times (cached)`, ms(median(Array.from({ length: RUNS }, () => time(() => { for (let i = 0; i < graph.order; i++) tools.path(withTools.analyst); }))))]);

console.log(`graph: ${graph.order} nodes, ${graph.size} edges; median of ${RUNS} runs, ms`);
const width = Math.max(...rows.map(([l]) => l.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
