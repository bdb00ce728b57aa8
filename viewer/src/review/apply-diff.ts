/**
 * A curation diff applied to the viewer's own copy of the graph, so a merge or an undo shows at once
 * without reloading: removed elements dropped, added ones placed beside a neighbour, changed ones
 * updated while keeping the viewer's display attributes (position).
 */
import type { GraphDiff } from '../../../src/curate/types.ts';
import type { ViewerGraph, ViewerNodeAttributes, ViewerEdgeAttributes } from '../types.ts';

const DISPLAY_KEYS = ['x', 'y'] as const;

export function applyDiffToViewer(graph: ViewerGraph, diff: GraphDiff): void {
  for (const c of diff.edges) if (!c.after && graph.hasEdge(c.key)) graph.dropEdge(c.key);
  for (const c of diff.nodes) if (!c.after && graph.hasNode(c.key)) graph.dropNode(c.key);
  for (const c of diff.nodes) {
    if (!c.after) continue;
    const attrs = c.after.attributes as Partial<ViewerNodeAttributes>;
    if (graph.hasNode(c.key)) {
      const old = graph.getNodeAttributes(c.key);
      const next = { ...attrs } as ViewerNodeAttributes;
      for (const k of DISPLAY_KEYS) next[k] = old[k];
      graph.replaceNodeAttributes(c.key, next);
    } else {
      graph.addNode(c.key, { ...attrs, ...placeNear(graph, diff, c.key) } as ViewerNodeAttributes);
    }
  }
  for (const c of diff.edges) {
    if (!c.after) continue;
    const attrs = c.after.attributes as unknown as ViewerEdgeAttributes;
    if (graph.hasEdge(c.key)) graph.replaceEdgeAttributes(c.key, { ...attrs });
    else if (graph.hasNode(c.after.source!) && graph.hasNode(c.after.target!)) graph.addDirectedEdgeWithKey(c.key, c.after.source!, c.after.target!, { ...attrs });
  }
}

/** A new node's position: beside the first node it is linked to in the diff, else at the centre. */
function placeNear(graph: ViewerGraph, diff: GraphDiff, key: string): { x: number; y: number } {
  for (const c of diff.edges) {
    const a = c.after;
    if (!a) continue;
    const other = a.source === key ? a.target : a.target === key ? a.source : undefined;
    if (other && graph.hasNode(other)) {
      const o = graph.getNodeAttributes(other);
      return { x: o.x + 0.05 + Math.random() * 0.02, y: o.y + 0.05 };
    }
  }
  return { x: 0, y: 0 };
}
