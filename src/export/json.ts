/**
 * JSON snapshot: graphology's serialised form (`Graph.from(snapshot)` loads it), pretty-printed with
 * a stable key order so the same graph always gives the same bytes:
 * top level `attributes, options, nodes, edges`; graph attributes sorted by name; options
 * `type, multi, allowSelfLoops`; each node `key, attributes`; each edge `key, source, target,
 * attributes` (and `undirected` when set); element attributes with `type` first, then the model's
 * reading order (schema.ts), then alphabetical. Nodes and edges keep the store's order.
 * Export → import → export gives the same file.
 */
import type { Snapshot } from '../graph/model.ts';
import { compareKeys } from './schema.ts';
import { SNAPSHOT_FORMAT, type ExportFile } from './types.ts';

function sortedAttributes(attributes: Record<string, unknown>, typeFirst: boolean): Record<string, unknown> {
  const keys = Object.keys(attributes).filter((k) => attributes[k] !== undefined);
  keys.sort((a, b) => {
    if (typeFirst && (a === 'type' || b === 'type')) return a === 'type' ? (b === 'type' ? 0 : -1) : 1;
    return typeFirst ? compareKeys(a, b) : a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = attributes[key];
  return out;
}

/** Each part of the snapshot with every key in its stable place (values untouched), one element at a time. */
export const canonicalElements = {
  head: (snapshot: Snapshot): Pick<Snapshot, 'attributes' | 'options'> => ({
    attributes: sortedAttributes({ ...snapshot.attributes, format: snapshot.attributes.format ?? SNAPSHOT_FORMAT }, false),
    options: { type: 'directed', multi: true, allowSelfLoops: snapshot.options?.allowSelfLoops ?? true },
  }),
  node: (node: Snapshot['nodes'][number]): Snapshot['nodes'][number] => ({ key: String(node.key), attributes: sortedAttributes(node.attributes ?? {}, true) }),
  edge: (edge: Snapshot['edges'][number]): Snapshot['edges'][number] => {
    const out: Snapshot['edges'][number] = {} as Snapshot['edges'][number];
    if (edge.key !== undefined) out.key = String(edge.key);
    out.source = String(edge.source);
    out.target = String(edge.target);
    out.attributes = sortedAttributes(edge.attributes ?? {}, true);
    if (edge.undirected) out.undirected = true;
    return out;
  },
};

/** The snapshot with every key in its stable place (values untouched). */
export function canonicalSnapshot(snapshot: Snapshot): Snapshot {
  return { ...canonicalElements.head(snapshot), nodes: snapshot.nodes.map(canonicalElements.node), edges: snapshot.edges.map(canonicalElements.edge) };
}

export function exportJson(snapshot: Snapshot): ExportFile {
  return {
    name: 'graph.json',
    contentType: 'application/json; charset=utf-8',
    body: `${JSON.stringify(canonicalSnapshot(snapshot), null, 2)}\n`,
  };
}
