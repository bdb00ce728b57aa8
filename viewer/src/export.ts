/**
 * Export of what is on screen: a PNG of the drawing (sigma's image export), and the visible subgraph as a
 * JSON snapshot (graphology's serialised form, `Graph.from` loads it; no display positions) or as GEXF
 * (with positions, colours and sizes, for Gephi).
 */
import { toBlob } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes, ViewerSigma } from './types.ts';
import type { Visibility } from './visibility.ts';

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The visible nodes and edges, with their data attributes; `display` adds x, y, size and colour for drawing tools. */
export function visibleSubgraph(graph: ViewerGraph, visibility: Visibility, sigma: ViewerSigma | null, display: boolean): MultiDirectedGraph {
  const sub = new MultiDirectedGraph();
  sub.replaceAttributes({ ...graph.getAttributes(), exportedAt: new Date().toISOString() });
  let articles = 0;
  graph.forEachNode((key, attributes) => {
    if (!visibility.nodes.has(key)) return;
    const { x, y, ...data } = attributes as ViewerNodeAttributes;
    if (data.type === 'Article') articles++;
    if (display) {
      const shown = sigma?.getNodeDisplayData(key);
      sub.addNode(key, { ...data, label: String(data.name ?? data.title ?? key), x, y, size: shown?.size ?? 5, color: shown?.color ?? '#888888' });
    } else {
      sub.addNode(key, data);
    }
  });
  graph.forEachEdge((key, attributes: ViewerEdgeAttributes, source, target) => {
    if (!visibility.edges.has(key) || !sub.hasNode(source) || !sub.hasNode(target)) return;
    const data: Record<string, unknown> = { ...attributes };
    if (display) {
      const shown = sigma?.getEdgeDisplayData(key);
      if (shown) { data.color = shown.color; data.size = shown.size; }
      data.label = attributes.type;
    }
    sub.addEdgeWithKey(key, source, target, data);
  });
  sub.setAttribute('articles', articles);
  return sub;
}

export function exportJson(graph: ViewerGraph, visibility: Visibility): Blob {
  const snapshot = visibleSubgraph(graph, visibility, null, false).export();
  return new Blob([JSON.stringify(snapshot, null, 1)], { type: 'application/json' });
}

export function exportGexf(graph: ViewerGraph, visibility: Visibility, sigma: ViewerSigma): Blob {
  const sub = visibleSubgraph(graph, visibility, sigma, true);
  // GEXF attributes are scalars: lists are written as "a|b|c" strings.
  sub.updateEachNodeAttributes((_k, a) => flattenLists(a));
  sub.updateEachEdgeAttributes((_k, a) => flattenLists(a));
  const xml = writeGexf(sub, { pretty: true });
  return new Blob([xml], { type: 'application/gexf+xml' });
}

function flattenLists(a: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) out[k] = Array.isArray(v) ? v.join('|') : v;
  return out;
}

export async function exportPng(sigma: ViewerSigma): Promise<Blob> {
  return toBlob(sigma as unknown as Parameters<typeof toBlob>[0], { format: 'png', backgroundColor: '#ffffff' });
}
