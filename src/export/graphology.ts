/** A snapshot as a graphology graph (mixed multi-graph with self-loops, so any snapshot loads). */
import graphology from 'graphology';
import type { MultiGraph as MultiGraphType } from 'graphology';
import type { Snapshot } from '../graph/model.ts';

const { MultiGraph } = graphology;

export function snapshotGraph(snapshot: Snapshot): MultiGraphType {
  const graph = new MultiGraph({ allowSelfLoops: true });
  graph.import({ attributes: snapshot.attributes, nodes: snapshot.nodes, edges: snapshot.edges } as never);
  return graph;
}
