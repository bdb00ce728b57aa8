/**
 * A Cypher script that recreates the graph in Neo4j (4.4, 5.x): `cypher-shell -f graph.cypher`.
 * No parameters, one statement per line, each ending in `;`:
 *   1. a uniqueness constraint on `id` for every label present, and an index on `key` for every
 *      relationship type (the names the Neo4j store uses: `newsgraph_company_id`, `newsgraph_invests_in_key`);
 *   2. one `MERGE (n:Label {id: …}) SET n += {…}` per node;
 *   3. one `MATCH (a:Label {id: …}), (b:Label {id: …}) MERGE (a)-[r:TYPE {key: …}]->(b) SET r += {…}`
 *      per relationship: relationships are merged on `key` (the store's relationship key), so two
 *      relationships between the same pair stay two, and running the script twice changes nothing.
 * Strings are single-quoted with `\\`, `\'`, `\n`, `\r`, `\t`, and `\uXXXX` for other control and
 * line-separator characters; other Unicode is written as is (the file is UTF-8). Lists are list
 * literals, empty lists `[]`. Integers are written as integers, floats always with a `.` or an exponent
 * (so `amount` stays a float). Labels, types and property keys are backquoted when they are not plain
 * identifiers or are reserved words. Values no Neo4j property can hold (maps, mixed lists) are JSON text.
 */
import type { Snapshot } from '../graph/model.ts';
import type { Point } from '../graph/point.ts';
import { asPoint, compareKeys, hasValue, jsonText, propertyColumns, type PropertyColumn } from './schema.ts';
import type { ExportFile } from './types.ts';

const RESERVED = new Set([
  'all', 'and', 'as', 'asc', 'ascending', 'by', 'call', 'case', 'contains', 'count', 'create', 'delete', 'desc',
  'descending', 'detach', 'distinct', 'else', 'end', 'ends', 'exists', 'false', 'for', 'foreach', 'from', 'in',
  'is', 'key', 'limit', 'load', 'mandatory', 'match', 'merge', 'not', 'null', 'of', 'on', 'optional', 'or', 'order',
  'remove', 'require', 'return', 'scalar', 'set', 'skip', 'start', 'starts', 'then', 'true', 'union', 'unique',
  'unwind', 'use', 'when', 'where', 'with', 'xor', 'yield', 'constraint', 'index', 'drop', 'assert', 'add', 'do',
]);

/** An identifier as Cypher reads it: plain when it can be, else backquoted with backquotes doubled. */
export function cypherIdentifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !RESERVED.has(name.toLowerCase()) ? name : `\`${name.replace(/`/g, '``')}\``;
}

const CYPHER_ESCAPED = /[\\'\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CYPHER_SIMPLE: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A Cypher string literal: single-quoted, backslash escapes, `\uXXXX` for controls, line separators and lone surrogates. */
export function cypherString(text: string): string {
  const body = text.replace(CYPHER_ESCAPED, (char) => CYPHER_SIMPLE[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}

/** Cypher number literals: no `+` in exponents (`1e21`, not `1e+21`); integers always in digits. */
export function cypherNumber(value: number, float: boolean): string {
  if (!float && Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** `point({longitude: 4.8357, latitude: 45.764})` / `point({x: 1.0, y: 2.0})`: the CRS follows from the keys. */
export function cypherPoint(p: Point): string {
  const n = (v: number): string => cypherNumber(v, true);
  return p.geographic
    ? `point({longitude: ${n(p.x)}, latitude: ${n(p.y)}${p.z === undefined ? '' : `, height: ${n(p.z)}`}})`
    : `point({x: ${n(p.x)}, y: ${n(p.y)}${p.z === undefined ? '' : `, z: ${n(p.z)}`}})`;
}

function cypherValue(value: unknown, column: PropertyColumn): string {
  if (column.json) return cypherString(jsonText(value));
  const scalar = (v: unknown): string => {
    if (typeof v === 'string') return column.kind === 'date' ? `date(${cypherString(v)})` : cypherString(v);
    if (typeof v === 'number') return column.kind === 'string' ? cypherString(String(v)) : cypherNumber(v, column.kind === 'float');
    if (typeof v === 'boolean') return column.kind === 'string' ? cypherString(String(v)) : String(v);
    const point = column.kind === 'point' ? asPoint(v) : null;
    if (point) return cypherPoint(point);
    return cypherString(typeof v === 'bigint' ? v.toString() : String(v));
  };
  if (column.list) return `[${(value as unknown[]).filter(hasValue).map(scalar).join(', ')}]`;
  return scalar(value);
}

function mapLiteral(attributes: Record<string, unknown>, columns: Map<string, PropertyColumn>, skip: ReadonlySet<string>): string {
  const entries: string[] = [];
  for (const name of Object.keys(attributes).sort(compareKeys)) {
    const value = attributes[name];
    const column = columns.get(name);
    if (skip.has(name) || !column || !hasValue(value)) continue;
    entries.push(`${cypherIdentifier(name)}: ${cypherValue(value, column)}`);
  }
  return `{${entries.join(', ')}}`;
}

function labelOf(attributes: Record<string, unknown>): string | undefined {
  return typeof attributes.type === 'string' && attributes.type ? attributes.type : undefined;
}

export function exportCypher(snapshot: Snapshot): ExportFile {
  const nodeColumns = new Map(propertyColumns(snapshot.nodes.map((n) => n.attributes), new Set(['type'])).map((c) => [c.name, c]));
  const edgeColumns = new Map(propertyColumns(snapshot.edges.map((e) => e.attributes), new Set(['type'])).map((c) => [c.name, c]));
  const labelByKey = new Map<string, string | undefined>();
  const labels = new Set<string>();
  for (const node of snapshot.nodes) {
    const label = labelOf(node.attributes);
    labelByKey.set(String(node.key), label);
    if (label) labels.add(label);
  }
  const nodePattern = (variable: string, key: string) => {
    const label = labelByKey.get(key);
    return `(${variable}${label ? `:${cypherIdentifier(label)}` : ''} {${cypherIdentifier('id')}: ${cypherString(key)}})`;
  };

  const lines: string[] = [
    `// Newsgraph graph: ${snapshot.nodes.length} nodes, ${snapshot.edges.length} relationships.`,
    '// Recreates the graph in Neo4j 4.4 or 5.x: cypher-shell -f graph.cypher (running it twice changes nothing).',
  ];
  // Schema names as the Neo4j store creates them (store/neo4j/schema.ts), so either one finds the other's.
  const schemaName = (name: string, suffix: string) => cypherIdentifier(`newsgraph_${name.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_${suffix}`);
  for (const label of [...labels].sort()) {
    lines.push(`CREATE CONSTRAINT ${schemaName(label, 'id')} IF NOT EXISTS FOR (n:${cypherIdentifier(label)}) REQUIRE n.${cypherIdentifier('id')} IS UNIQUE;`);
  }
  const types = new Set(snapshot.edges.map((e) => labelOf(e.attributes) ?? 'RELATED_TO'));
  for (const type of [...types].sort()) {
    lines.push(`CREATE INDEX ${schemaName(type, 'key')} IF NOT EXISTS FOR ()-[r:${cypherIdentifier(type)}]-() ON (r.${cypherIdentifier('key')});`);
  }
  const skipNode = new Set(['type', 'id']);
  for (const node of snapshot.nodes) {
    const props = mapLiteral(node.attributes, nodeColumns, skipNode);
    lines.push(`MERGE ${nodePattern('n', String(node.key))}${props === '{}' ? '' : ` SET n += ${props}`};`);
  }
  const skipEdge = new Set(['type', 'key']);
  snapshot.edges.forEach((edge, i) => {
    const type = cypherIdentifier(labelOf(edge.attributes) ?? 'RELATED_TO');
    const key = edge.key !== undefined ? String(edge.key) : `edge-${i}`;
    const props = mapLiteral(edge.attributes, edgeColumns, skipEdge);
    lines.push(
      `MATCH ${nodePattern('a', String(edge.source))}, ${nodePattern('b', String(edge.target))} ` +
        `MERGE (a)-[r:${type} {${cypherIdentifier('key')}: ${cypherString(key)}}]->(b)${props === '{}' ? '' : ` SET r += ${props}`};`,
    );
  });
  return { name: 'graph.cypher', contentType: 'text/plain; charset=utf-8', body: `${lines.join('\n')}\n` };
}
