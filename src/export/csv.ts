/**
 * CSV in neo4j-admin import form: `nodes.csv` and `relationships.csv`.
 *
 *   nodes.csv          id:ID,:LABEL,name,aliases:string[],iso2,mentions:int,articles:string[],title,date,…
 *   relationships.csv  :START_ID,:END_ID,:TYPE,key,amount:double,currency,amountUsd:double,year:int,…
 *
 *   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
 *     --multiline-fields=true neo4j
 *
 * - Typed columns: `int` (all values fit 32 bits), `long`, `double`, `boolean`, `point{crs:WGS-84}`
 *   (values `{latitude:45.764, longitude:4.8357}`), string (no suffix), and
 *   lists `string[]`, `long[]`, … with items separated by `;` (neo4j-admin's default array delimiter).
 *   An item cannot hold the delimiter: a `;` inside a list item is written as `,` — the JSON export
 *   is the lossless format. Values no type can hold (mixed shapes, maps) are JSON text in a string column.
 * - `key` on relationships is the store's relationship key, so a later MERGE can find the same
 *   relationship (the Cypher export merges on it too).
 * - RFC 4180: CRLF line ends; a field is quoted when it holds `,`, `"`, CR or LF (or starts or ends
 *   with a space), quotes doubled. An absent property is an empty field; an empty string is `""`;
 *   an empty list is an empty field (neo4j-admin then stores no property).
 *   Fields may hold line breaks (evidence sentences rarely do): pass `--multiline-fields=true`.
 */
import type { Snapshot } from '../graph/model.ts';
import { asPoint, hasValue, jsonText, propertyColumns, scalarText, type PropertyColumn } from './schema.ts';
import type { ExportFile } from './types.ts';

export const CSV_ARRAY_DELIMITER = ';';
const INT32_MAX = 2 ** 31 - 1;

/** RFC 4180 field quoting. */
export function csvField(text: string): string {
  return /[",\r\n]|^ | $/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function neo4jType(column: PropertyColumn, values: unknown[]): string {
  if (column.json) return '';
  let type: string;
  switch (column.kind) {
    case 'boolean': type = 'boolean'; break;
    case 'float': type = 'double'; break;
    case 'date': type = 'date'; break;
    case 'int': {
      const all = values.flatMap((v) => (Array.isArray(v) ? v : [v]));
      type = all.every((v) => typeof v !== 'number' || Math.abs(v) <= INT32_MAX) ? 'int' : 'long';
      break;
    }
    case 'point': {
      // neo4j-admin: `location:point{crs:WGS-84}`; one CRS per column (mixed CRSs are JSON text, see schema.ts)
      const first = values.flatMap((v) => (Array.isArray(v) ? v : [v])).map(asPoint).find((p) => p !== null);
      type = `point{crs:${first?.crs.replace(/^wgs/, 'WGS') ?? 'WGS-84'}}`;
      break;
    }
    default: type = 'string';
  }
  if (column.list) return `:${type}[]`;
  return type === 'string' ? '' : `:${type}`;
}

function cell(column: PropertyColumn, value: unknown): string {
  if (!hasValue(value)) return '';
  if (column.json) return csvField(jsonText(value));
  if (column.list) {
    const items = (value as unknown[]).filter(hasValue).map((item) => scalarText(item, column.kind).replaceAll(CSV_ARRAY_DELIMITER, ','));
    return items.length ? csvField(items.join(CSV_ARRAY_DELIMITER)) : '';
  }
  const text = scalarText(value, column.kind);
  return text === '' ? '""' : csvField(text);
}

function table(header: string[], rows: string[][]): string {
  return [header.map(csvField), ...rows].map((row) => `${row.join(',')}\r\n`).join('');
}

export function exportCsv(snapshot: Snapshot): ExportFile[] {
  const nodeColumns = propertyColumns(snapshot.nodes.map((n) => n.attributes), new Set(['type', 'id']));
  const nodeHeader = ['id:ID', ':LABEL', ...nodeColumns.map((c) => `${c.name}${neo4jType(c, snapshot.nodes.map((n) => n.attributes[c.name]))}`)];
  const nodeRows = snapshot.nodes.map((node) => [
    csvField(String(node.key)),
    csvField(String(node.attributes.type ?? '')),
    ...nodeColumns.map((c) => cell(c, node.attributes[c.name])),
  ]);

  const edgeColumns = propertyColumns(snapshot.edges.map((e) => e.attributes), new Set(['type', 'key']));
  const edgeHeader = [':START_ID', ':END_ID', ':TYPE', 'key', ...edgeColumns.map((c) => `${c.name}${neo4jType(c, snapshot.edges.map((e) => e.attributes[c.name]))}`)];
  const edgeRows = snapshot.edges.map((edge) => [
    csvField(String(edge.source)),
    csvField(String(edge.target)),
    csvField(String(edge.attributes.type ?? '')),
    edge.key === undefined ? '' : csvField(String(edge.key)),
    ...edgeColumns.map((c) => cell(c, edge.attributes[c.name])),
  ]);

  return [
    { name: 'nodes.csv', contentType: 'text/csv; charset=utf-8', body: table(nodeHeader, nodeRows) },
    { name: 'relationships.csv', contentType: 'text/csv; charset=utf-8', body: table(edgeHeader, edgeRows) },
  ];
}
