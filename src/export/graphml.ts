/**
 * GraphML (yEd, Gephi, networkx, graphology-graphml). graphology-graphml only parses, so the file is
 * written here: one `<key>` per property, declared `for="node"` or `for="edge"` with its
 * `attr.type` (int for 32-bit integers, long beyond, double, boolean, string); `<graph
 * edgedefault="directed">`; each node `<node id>` and each relationship `<edge id source target>` with
 * `<data>` values. `type` (label / relationship type) is an ordinary property; nodes also get a
 * `label` key (entity name or article title) that yEd's properties mapper can show.
 * GraphML has no list type: lists and any non-scalar value are JSON text (`["a","b"]`).
 * Text is escaped (`& < > "`, and `\r` as a character reference so it survives parsing).
 */
import type { Snapshot } from '../graph/model.ts';
import { hasValue, jsonText, propertyColumns, scalarText, type PropertyColumn } from './schema.ts';
import type { ExportFile } from './types.ts';
import { escapeXmlAttribute, escapeXmlText } from './xml.ts';

const INT32_MAX = 2 ** 31 - 1;

function graphmlType(column: PropertyColumn, values: unknown[]): string {
  if (column.list || column.json) return 'string';
  switch (column.kind) {
    case 'boolean': return 'boolean';
    case 'float': return 'double';
    case 'int': return values.every((v) => typeof v !== 'number' || Math.abs(v) <= INT32_MAX) ? 'int' : 'long';
    default: return 'string';
  }
}

function dataText(column: PropertyColumn, value: unknown): string {
  if (column.list || column.json || column.kind === 'point') return jsonText(value);
  return scalarText(value, column.kind);
}

interface KeySpec { id: string; name: string; column: PropertyColumn; type: string }

function keySpecs(prefix: string, records: Array<Record<string, unknown>>): KeySpec[] {
  const columns = propertyColumns(records);
  return columns.map((column, i) => ({
    id: `${prefix}${i}`,
    name: column.name,
    column,
    type: graphmlType(column, records.map((r) => r[column.name])),
  }));
}

function dataLines(specs: KeySpec[], attributes: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const spec of specs) {
    const value = attributes[spec.name];
    if (!hasValue(value)) continue;
    lines.push(`${indent}<data key="${spec.id}">${escapeXmlText(dataText(spec.column, value))}</data>`);
  }
  return lines;
}

export function exportGraphml(snapshot: Snapshot): ExportFile {
  const nodeAttributes = snapshot.nodes.map((n) => ({ ...n.attributes, label: n.attributes.label ?? n.attributes.name ?? n.attributes.title ?? n.key }));
  const edgeAttributes = snapshot.edges.map((e) => e.attributes);
  const nodeKeys = keySpecs('n', nodeAttributes);
  const edgeKeys = keySpecs('e', edgeAttributes);
  const graphAttributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(snapshot.attributes)) {
    if (['string', 'number', 'boolean'].includes(typeof value) && hasValue(value)) graphAttributes[name] = value;
  }
  const graphKeys = keySpecs('g', [graphAttributes]);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [scope, specs] of [['graph', graphKeys], ['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const spec of specs) {
      out.push(`  <key id="${spec.id}" for="${scope}" attr.name="${escapeXmlAttribute(spec.name)}" attr.type="${spec.type}"/>`);
    }
  }
  out.push('  <graph id="G" edgedefault="directed">');
  out.push(...dataLines(graphKeys, graphAttributes, '    '));
  snapshot.nodes.forEach((node, i) => {
    const data = dataLines(nodeKeys, nodeAttributes[i]!, '      ');
    if (!data.length) out.push(`    <node id="${escapeXmlAttribute(String(node.key))}"/>`);
    else out.push(`    <node id="${escapeXmlAttribute(String(node.key))}">`, ...data, '    </node>');
  });
  snapshot.edges.forEach((edge, i) => {
    const id = edge.key !== undefined ? ` id="${escapeXmlAttribute(String(edge.key))}"` : '';
    const directed = edge.undirected ? ' directed="false"' : '';
    const open = `    <edge${id} source="${escapeXmlAttribute(String(edge.source))}" target="${escapeXmlAttribute(String(edge.target))}"${directed}`;
    const data = dataLines(edgeKeys, edgeAttributes[i]!, '      ');
    if (!data.length) out.push(`${open}/>`);
    else out.push(`${open}>`, ...data, '    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return { name: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', body: out.join('\n') };
}
