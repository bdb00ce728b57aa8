/**
 * Shortest path between two nodes of the client graph, relations taken in either direction (an analyst asks
 * "how are A and B connected", not "who points at whom"). graphology-shortest-path's bidirectional BFS runs on
 * an undirected view of the allowed relations; each hop then lists every relation joining its two
 * nodes, so the evidence of parallel relations (invests in *and* partners with) is shown together.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { ViewerGraph } from '../types.ts';

export interface PathOptions {
  /** Let the path go through articles (MENTIONS edges). */
  mentions: boolean;
}

export interface PathHop {
  from: string;
  to: string;
  /** Every allowed relation between `from` and `to`, either direction, strongest evidence first. */
  edges: string[];
}

export interface PathResult {
  nodes: string[];
  hops: PathHop[];
}

/** Whether a relation may be part of a path. */
export function pathAllows(type: string, options: PathOptions): boolean {
  return options.mentions || type !== 'MENTIONS';
}

/**
 * The graph as the search sees it: every node's neighbours over allowed relations, in either direction.
 * The BFS asks only for the neighbours of the nodes it visits, so an overlay on the graph (no copy of its
 * 100,000 edges per query) keeps a search proportional to what it explores.
 */
export function undirectedView(graph: ViewerGraph, options: PathOptions): ViewerGraph {
  const neighbours = (node: string): string[] => {
    const found = new Set<string>();
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (source !== target && pathAllows(attributes.type, options)) found.add(source === node ? target : source);
    });
    return [...found];
  };
  // graphology-shortest-path walks outboundNeighbors from the source and inboundNeighbors from the target.
  return Object.assign(Object.create(graph) as ViewerGraph, { outboundNeighbors: neighbours, inboundNeighbors: neighbours });
}

/** The shortest path from `from` to `to`, or null when none exists (or an end is not in the graph). */
export function findPath(graph: ViewerGraph, from: string, to: string, options: PathOptions): PathResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const nodes = bidirectional(undirectedView(graph, options), from, to);
  if (!nodes) return null;
  const hops: PathHop[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1]!, b = nodes[i]!;
    const edges = [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])]
      .filter((e) => pathAllows(graph.getEdgeAttribute(e, 'type'), options));
    edges.sort((x, y) => evidenceCount(graph, y) - evidenceCount(graph, x));
    hops.push({ from: a, to: b, edges });
  }
  return { nodes, hops };
}

function evidenceCount(graph: ViewerGraph, edge: string): number {
  const a = graph.getEdgeAttributes(edge);
  return (a.evidence ?? []).length + (a.type === 'MENTIONS' ? -1 : 0);
}
