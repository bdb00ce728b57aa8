/** CSV export in neo4j-admin import form, read back with an RFC 4180 parser. */
import { describe, expect, it } from 'vitest';
import { csvField, exportGraph } from '../../src/export/index.ts';
import { nastySnapshot, parseCsv } from './helpers.ts';

type Typed = { name: string; type: string };

function header(row: Array<string | null>): Typed[] {
  return row.map((field) => {
    const cell = field ?? '';
    const at = cell.lastIndexOf(':');
    return at <= 0 && !cell.startsWith(':') ? { name: cell, type: 'string' } : { name: cell.slice(0, at), type: cell.slice(at + 1) };
  });
}

/** Reads a cell as neo4j-admin would, by its header type; undefined for an empty unquoted cell. */
function value(cell: string | null, type: string): unknown {
  if (cell === null) return undefined;
  const list = type.endsWith('[]');
  const base = list ? type.slice(0, -2) : type;
  const one = (text: string): unknown => {
    switch (base) {
      case 'int': case 'long': case 'float': case 'double': return Number(text);
      case 'boolean': return text === 'true';
      default: return text;
    }
  };
  return list ? cell.split(';').map(one) : one(cell);
}

/** The value the CSV should hold: `;` in list items becomes `,`, empty lists vanish. */
function expectedCsvValue(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (!value.length) return undefined;
  return value.map((item) => (typeof item === 'string' ? item.replaceAll(';', ',') : item));
}

describe('CSV export', () => {
  const snapshot = nastySnapshot();
  const files = exportGraph(snapshot, 'csv').files;

  it('gives nodes.csv and relationships.csv with CRLF records', () => {
    expect(files.map((f) => f.name)).toEqual(['nodes.csv', 'relationships.csv']);
    expect(files.every((f) => f.contentType.startsWith('text/csv'))).toBe(true);
    expect(files[0]!.body.endsWith('\r\n')).toBe(true);
  });

  it('declares neo4j-admin typed columns', () => {
    const nodes = parseCsv(files[0]!.body)[0]!.map(String);
    expect(nodes.slice(0, 3)).toEqual(['id:ID', ':LABEL', 'name']);
    for (const col of ['aliases:string[]', 'mentions:int', 'articles:string[]', 'iso2', 'big:long', 'score:double', 'verified:boolean', 'flags:boolean[]', 'ratios:double[]', 'years:int[]', 'weird key']) {
      expect(nodes).toContain(col);
    }
    const rels = parseCsv(files[1]!.body)[0]!.map(String);
    expect(rels.slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'key']);
    for (const col of ['amount:double', 'amountUsd:double', 'currency', 'year:int', 'since:int', 'confidence:double', 'evidence:string[]', 'articles:string[]', 'role']) {
      expect(rels).toContain(col);
    }
  });

  it('round-trips every node value', () => {
    const [head, ...rows] = parseCsv(files[0]!.body);
    const columns = header(head!);
    expect(rows).toHaveLength(snapshot.nodes.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(columns.length);
      const node = snapshot.nodes[i]!;
      expect(row[0]).toBe(node.key);
      expect(row[1]).toBe(node.attributes.type);
      columns.slice(2).forEach((column, j) => {
        expect(value(row[j + 2]!, column.type), `${node.key}.${column.name}`).toEqual(expectedCsvValue(node.attributes[column.name]));
      });
    });
  });

  it('round-trips every relationship value, multi-edges and self-loops included', () => {
    const [head, ...rows] = parseCsv(files[1]!.body);
    const columns = header(head!);
    expect(rows).toHaveLength(snapshot.edges.length);
    rows.forEach((row, i) => {
      const edge = snapshot.edges[i]!;
      expect(row.slice(0, 4)).toEqual([edge.source, edge.target, edge.attributes.type, edge.key]);
      columns.slice(4).forEach((column, j) => {
        expect(value(row[j + 4]!, column.type), `${edge.key}.${column.name}`).toEqual(expectedCsvValue(edge.attributes[column.name]));
      });
    });
    expect(rows.filter((r) => r[0] === 'company:amazon' && r[1] === 'country:kr')).toHaveLength(2);
  });

  it('tells an empty string from an absent value', () => {
    const lines = files[0]!.body.split('\r\n');
    expect(lines.find((l) => l.startsWith('company:empty,'))).toMatch(/^company:empty,Company,"",/);
  });

  it('writes huge integers in digits, as a long column', () => {
    const snapshot = nastySnapshot();
    snapshot.nodes[0]!.attributes.huge = 1e21;
    const [head, first] = parseCsv(exportGraph(snapshot, 'csv').files[0]!.body);
    const at = head!.indexOf('huge:long');
    expect(at).toBeGreaterThan(0);
    expect(first![at]).toBe('1000000000000000000000');
  });

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });
});
