import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';

const response = await fetch('/api/graph');
const graph = MultiDirectedGraph.from(await response.json());
let i = 0;
graph.forEachNode((node, attributes) => {
  const angle = (2 * Math.PI * i++) / Math.max(1, graph.order);
  graph.mergeNodeAttributes(node, { x: Math.cos(angle), y: Math.sin(angle), size: 5, label: String(attributes.name ?? attributes.title ?? node) });
});
const sigma = new Sigma(graph, document.getElementById('graph') as HTMLElement);
(window as unknown as { newsgraph: unknown }).newsgraph = { graph, sigma };
