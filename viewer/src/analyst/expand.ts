/**
 * Expand and collapse a node's neighbourhood. Expansion is state, not a change to the graph: the list of
 * expanded nodes (in `ViewState.analyst.expanded`) reveals each of them and its neighbours over the
 * relation types the legend shows, whatever the other filters (types, dates, amount) hide. Collapsing
 * removes the node from the list, and with it any expansion that was only on screen thanks to it, so
 * expand then collapse gives back exactly the view before.
 *
 * Where the neighbours come from is a `NeighbourhoodSource`: on the client graph they are already loaded;
 * the large-graph mode (server views) plugs in a source that fetches them and adds them to the graph.
 */
import type { ViewerGraph } from '../types.ts';

export interface NeighbourhoodSource {
  /** Makes sure the node's neighbours are in the client graph before it is expanded. */
  load(node: string): Promise<void>;
  /** Called once a node is collapsed: a server source may drop what it added. */
  release?(node: string): void;
}

/** The client graph holds every neighbour already. */
export const clientNeighbourhood: NeighbourhoodSource = { load: async () => {} };

export interface Revealed { nodes: Set<string>; edges: Set<string> }

/** What the expanded nodes reveal: each of them, its neighbours over allowed relations, the edges joining them. */
export function revealNeighbourhoods(graph: ViewerGraph, roots: Iterable<string>, allows: (type: string) => boolean, skip?: string): Revealed {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const root of roots) {
    if (root === skip || !graph.hasNode(root)) continue;
    nodes.add(root);
    graph.forEachEdge(root, (edge, attributes, source, target) => {
      if (!allows(attributes.type)) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
  }
  return { nodes, edges };
}

/**
 * The expanded list after collapsing `node`. The node goes, and so does, in expansion order, every later
 * expansion whose node was revealed by a collapsed one, is not on screen by itself (`shown`: the view
 * without any expansion) and is not revealed by an expansion that stays: expand A, expand B (a neighbour
 * only A showed), collapse A gives back the view before A. Expansions that never depended on a collapsed
 * node stay, whatever else changed meanwhile.
 */
export function collapseRoots(graph: ViewerGraph, roots: readonly string[], node: string, shown: ReadonlySet<string>, allows: (type: string) => boolean): string[] {
  const kept: string[] = [];
  const dropped = [node];
  for (const root of roots) {
    if (root === node) continue;
    const dependent = revealNeighbourhoods(graph, dropped, allows).nodes.has(root);
    if (dependent && !shown.has(root) && !revealNeighbourhoods(graph, kept, allows).nodes.has(root)) dropped.push(root);
    else kept.push(root);
  }
  return kept;
}
