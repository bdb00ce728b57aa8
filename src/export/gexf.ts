/**
 * GEXF 1.3 (Gephi, Gephi Lite) through graphology-gexf's writer.
 * - node label: `name` (entities) or `title` (articles), else the key; edge label: the relationship type;
 * - every other attribute is an attvalue with a declared type (integer/long/double/boolean/string,
 *   inferred by the writer over all elements); `type` stays an attribute so Gephi can partition by it;
 * - lists (aliases, articles, evidence) and any non-scalar value are written as JSON text
 *   (`["Amazon.com Inc","AWS"]`): Gephi shows them as they are and nothing is lost, even items holding
 *   commas, `|` or `;`; parse them back with JSON.parse;
 * - `x`, `y`, `size`, `color` attributes (positions saved by the viewer) become viz elements;
 * - characters XML cannot hold are replaced by U+FFFD; empty strings are left out (the writer drops
 *   empty values), so an entity named '' has no `name` in the GEXF file.
 */
import { write } from 'graphology-gexf';
import type { Snapshot } from '../graph/model.ts';
import { snapshotGraph } from './graphology.ts';
import { compareKeys, hasValue, jsonText, xmlSafe } from './schema.ts';
import type { ExportFile } from './types.ts';

const VIZ = new Set(['x', 'y', 'z', 'size', 'color']);

function gexfValue(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafe(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return xmlSafe(jsonText(value));
}

interface Viz { color?: string; size?: number; x?: number; y?: number; z?: number }

function format(attributes: Record<string, unknown>, label: string) {
  const out: { label: string; attributes: Record<string, unknown>; viz?: Viz } = { label: xmlSafe(label), attributes: {} };
  for (const name of Object.keys(attributes).sort(compareKeys)) {
    const value = attributes[name];
    if (!hasValue(value)) continue;
    if (VIZ.has(name) && (typeof value === 'number' || (name === 'color' && typeof value === 'string'))) {
      (out.viz ??= {})[name as keyof Viz] = value as never;
      continue;
    }
    out.attributes[name] = gexfValue(value);
  }
  return out;
}

export function exportGexf(snapshot: Snapshot): ExportFile {
  const graph = snapshotGraph(snapshot);
  const attributes = snapshot.attributes;
  graph.replaceAttributes({
    creator: 'Newsgraph',
    description: xmlSafe(String(attributes.name ?? 'newsgraph')),
    ...(typeof attributes.createdAt === 'string' ? { lastModifiedDate: attributes.createdAt.slice(0, 10) } : {}),
  });
  const body = write(graph, {
    version: '1.3',
    formatNode: (key: string, attrs: Record<string, unknown>) => format(attrs, String(attrs.name ?? attrs.title ?? key)),
    formatEdge: (_key: string, attrs: Record<string, unknown>) => format(attrs, String(attrs.type ?? '')),
  });
  return { name: 'graph.gexf', contentType: 'application/gexf+xml; charset=utf-8', body: body.endsWith('\n') ? body : `${body}\n` };
}
