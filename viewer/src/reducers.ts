/**
 * sigma's node and edge reducers: how each node and edge looks, computed from the graph, the visibility
 * pass and the highlight (hover, selection, query result). The graph is never changed for display.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, EDGE_COLORS, HOVERED_EDGE_COLOR, EDGE_SIZE, FALLBACK_EDGE_COLOR, FALLBACK_NODE_COLOR,
  LARGE_EDGE_SIZE, LARGE_NODE_SIZE, NODE_COLORS, NODE_SIZE,
} from './defaults.ts';
import type { GraphIndex } from './graph-index.ts';
import type { ViewState, ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from './types.ts';
import type { Visibility } from './visibility.ts';
import { edgeChangeColor, nodeChangeColor } from './timeline/changes.ts';

export interface ReducerContext {
  graph: ViewerGraph;
  index: GraphIndex;
  getState: () => ViewState;
  getVisibility: () => Visibility;
  /** Whether hovering dims the rest of the graph (off for large graphs: a full refresh per hover is too slow). */
  hoverDims: boolean;
  /** Large-graph mode: thinner edges, smaller nodes. */
  large: boolean;
  /** sigma edge program for directed relations ('arrow', or 'line' on large graphs). */
  defaultEdgeType: string;
  /** Large graphs: the hovered node's neighbourhood, shown without dimming the rest (a partial refresh). */
  getHover: () => Focus | null;
}

/** Nodes and edges in focus: the hovered node's neighbourhood, else the selection and the query result. */
export interface Focus { nodes: Set<string>; edges: Set<string> }

export function computeFocus(graph: ViewerGraph, state: ViewState, hoverDims: boolean, visibility: Visibility): Focus | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const around = (node: string) => {
    nodes.add(node);
    graph.forEachEdge(node, (edge, _a, source, target) => {
      if (!visibility.edges.has(edge)) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
  };
  if (hoverDims && state.hovered && graph.hasNode(state.hovered)) {
    around(state.hovered);
    return { nodes, edges };
  }
  let any = false;
  if (state.selected?.kind === 'node' && graph.hasNode(state.selected.id)) { around(state.selected.id); any = true; }
  if (state.selected?.kind === 'edge' && graph.hasEdge(state.selected.id)) {
    edges.add(state.selected.id);
    nodes.add(graph.source(state.selected.id));
    nodes.add(graph.target(state.selected.id));
    any = true;
  }
  if (state.highlight) {
    for (const n of state.highlight.nodes) nodes.add(n);
    for (const e of state.highlight.edges) edges.add(e);
    any = true;
  }
  return any ? { nodes, edges } : null;
}

export function nodeColor(type: string): string {
  return NODE_COLORS[type] ?? FALLBACK_NODE_COLOR;
}

export function edgeColor(type: string): string {
  return EDGE_COLORS[type] ?? FALLBACK_EDGE_COLOR;
}

export function nodeSize(ctx: ReducerContext, node: string, sizeBy: ViewState['sizeBy']): number {
  const { index } = ctx;
  const sizes = ctx.large ? LARGE_NODE_SIZE : NODE_SIZE;
  const span = sizes.max - sizes.min;
  if (sizeBy === 'amount' && index.maxInvestUsd > 0) {
    const v = index.investUsd.get(node) ?? 0;
    return sizes.min + span * Math.sqrt(v / index.maxInvestUsd);
  }
  const d = index.degree.get(node) ?? 0;
  return sizes.min + (index.maxDegree > 0 ? span * Math.sqrt(d / index.maxDegree) : 0);
}

export function makeNodeReducer(ctx: ReducerContext, getFocus: () => Focus | null) {
  return (node: string, attributes: ViewerNodeAttributes): Partial<NodeDisplayData> => {
    const state = ctx.getState();
    const visible = ctx.getVisibility().nodes.has(node);
    const focus = getFocus();
    const data: Partial<NodeDisplayData> = {
      x: attributes.x,
      y: attributes.y,
      type: 'circle',
      label: String(attributes.name ?? attributes.title ?? node),
      color: nodeColor(attributes.type),
      size: nodeSize(ctx, node, state.sizeBy),
      hidden: !visible,
      zIndex: 1,
    };
    if (focus) {
      if (focus.nodes.has(node)) {
        data.forceLabel = true;
        data.zIndex = 2;
      } else {
        data.color = DIMMED_NODE_COLOR;
        data.label = '';
        data.zIndex = 0;
      }
    }
    const changed = nodeChangeColor(state.timeChanges ?? null, node);
    if (changed && !focus) { data.color = changed; data.forceLabel = true; }
    const selected = state.selected;
    if (selected?.kind === 'node' && selected.id === node) { data.highlighted = true; data.zIndex = 3; }
    if (ctx.getHover()?.nodes.has(node)) data.forceLabel = true;
    return data;
  };
}

export function makeEdgeReducer(ctx: ReducerContext, getFocus: () => Focus | null) {
  return (edge: string, attributes: ViewerEdgeAttributes): Partial<EdgeDisplayData> => {
    const visible = ctx.getVisibility().edges.has(edge);
    const focus = getFocus();
    const usd = attributes.type === 'INVESTS_IN' ? attributes.amountUsd ?? 0 : 0;
    const max = ctx.index.maxEdgeUsd;
    const sizes = ctx.large ? LARGE_EDGE_SIZE : EDGE_SIZE;
    const data: Partial<EdgeDisplayData> = {
      // Symmetric relations have no direction to show; the others get the default (arrows on small graphs).
      type: attributes.type === 'COMPETES_WITH' || attributes.type === 'PARTNERS_WITH' ? 'line' : ctx.defaultEdgeType,
      color: edgeColor(attributes.type),
      size: sizes.base + (usd > 0 && max > 0 ? (sizes.investMax - sizes.base) * Math.sqrt(usd / max) : 0),
      hidden: !visible,
      label: attributes.type,
      zIndex: 1,
    };
    if (focus) {
      if (focus.edges.has(edge)) { data.zIndex = 2; data.size = (data.size ?? 1) + 1; }
      else { data.color = DIMMED_EDGE_COLOR; data.zIndex = 0; }
    }
    const changed = edgeChangeColor(ctx.getState().timeChanges ?? null, edge);
    if (changed && !focus) { data.color = changed; data.size = (data.size ?? 1) + 1.5; data.zIndex = 2; }
    if (ctx.getHover()?.edges.has(edge)) data.color = HOVERED_EDGE_COLOR;
    return data;
  };
}
