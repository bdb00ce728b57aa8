/**
 * Which nodes and edges the filters let through: entity and relationship types, the article date range,
 * the minimum investment and the isolated-node option. One O(nodes + edges) pass per filter change;
 * the reducers, the legend, the lists and the exports all read its result.
 */
import type { GraphIndex } from './graph-index.ts';
import type { ViewState, ViewerGraph } from './types.ts';
import { edgeAt, nodeAt } from './timeline/as-of.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Visible count per node type and relationship type. */
  nodeTypes: Map<string, number>;
  relationTypes: Map<string, number>;
  /** Whether the selection or the query result showed something the filters hide. */
  forced: boolean;
}

/** Whether a new selection can reuse the current visibility (nothing forced before, nothing to force now). */
export function selectionFits(graph: ViewerGraph, visibility: Visibility, selected: ViewState['selected']): boolean {
  if (visibility.forced) return false;
  if (!selected) return true;
  if (selected.kind === 'node') return visibility.nodes.has(selected.id) || !graph.hasNode(selected.id);
  return visibility.edges.has(selected.id) || !graph.hasEdge(selected.id);
}

function inRange(first: number | undefined, last: number | undefined, from: number | null, to: number | null): boolean {
  if (first === undefined || last === undefined) return true; // undated: not part of the replay, always shown
  if (to !== null && first > to) return false;
  if (from !== null && last < from) return false;
  return true;
}

export function computeVisibility(graph: ViewerGraph, index: GraphIndex, state: ViewState): Visibility {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const { hiddenNodeTypes, hiddenRelationTypes, dateFrom, dateTo, minAmountUsd, highlight, selected } = state;
  const dated = dateFrom !== null || dateTo !== null;
  // timeline: the as-of rule; what closed since the compared day stays on screen (coloured)
  const asOf = state.asOf ?? null;
  const closed = state.timeChanges?.closed;
  const timeShows = (node: string) => closed !== undefined && [...graph.edges(node)].some((e) => closed.has(e));

  graph.forEachNode((key, a) => {
    if (hiddenNodeTypes.has(a.type)) return;
    if (dated && !inRange(index.nodeFirst.get(key), index.nodeLast.get(key), dateFrom, dateTo)) return;
    if (asOf && !nodeAt(index, key, asOf) && !timeShows(key)) return;
    nodes.add(key);
  });
  // What the user asked for explicitly stays on screen whatever the filters say.
  const passed = nodes.size;
  if (highlight) for (const n of highlight.nodes) if (graph.hasNode(n)) nodes.add(n);
  if (selected?.kind === 'node' && graph.hasNode(selected.id)) nodes.add(selected.id);
  if (selected?.kind === 'edge' && graph.hasEdge(selected.id)) {
    nodes.add(graph.source(selected.id));
    nodes.add(graph.target(selected.id));
  }
  let forced = nodes.size > passed;

  graph.forEachEdge((key, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    const asked = (highlight !== null && highlight.edges.has(key)) || (selected?.kind === 'edge' && selected.id === key);
    const filtered = hiddenRelationTypes.has(a.type)
      || (dated && !inRange(index.edgeFirst.get(key), index.edgeLast.get(key), dateFrom, dateTo))
      || (minAmountUsd > 0 && a.type === 'INVESTS_IN' && !((a.amountUsd ?? 0) >= minAmountUsd))
      || (asOf !== null && !edgeAt(index, key, a, asOf) && !(closed?.has(key) ?? false));
    if (filtered && !asked) return;
    if (filtered) forced = true;
    edges.add(key);
  });

  if (state.hideIsolated || minAmountUsd > 0) {
    // Keep only nodes that still take part in a visible relation (or were asked for).
    const touched = new Set<string>();
    for (const e of edges) { touched.add(graph.source(e)); touched.add(graph.target(e)); }
    for (const n of [...nodes]) {
      if (touched.has(n)) continue;
      if ((highlight?.nodes.has(n) ?? false) || (selected?.kind === 'node' && selected.id === n)) forced = true;
      else nodes.delete(n);
    }
  }

  const nodeTypes = new Map<string, number>();
  for (const n of nodes) {
    const t = graph.getNodeAttribute(n, 'type');
    nodeTypes.set(t, (nodeTypes.get(t) ?? 0) + 1);
  }
  const relationTypes = new Map<string, number>();
  for (const e of edges) {
    const t = graph.getEdgeAttribute(e, 'type');
    relationTypes.set(t, (relationTypes.get(t) ?? 0) + 1);
  }
  return { nodes, edges, nodeTypes, relationTypes, forced };
}
