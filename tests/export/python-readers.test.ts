/**
 * Second, independent readers: networkx (Python), which reads GEXF and GraphML as Gephi and yEd
 * write them, with their declared types; and Python's csv module for the CSV files. Skipped, and
 * says so, where python3 (or networkx) is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.ts';
import { nastySnapshot, parseCsv } from './helpers.ts';

const hasPython = spawnSync('python3', ['-c', 'import csv'], { stdio: 'ignore' }).status === 0;
const hasNetworkx = hasPython && spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

const READ = `
import json, sys, networkx as nx
path = sys.argv[1]
g = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
print(json.dumps({
  'type': type(g).__name__,
  'nodes': {n: d for n, d in g.nodes(data=True)},
  'edges': [[u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True)],
}))
`;

type Read = { type: string; nodes: Record<string, Record<string, unknown>>; edges: Array<[string, string, string, Record<string, unknown>]> };

function readWithNetworkx(format: 'gexf' | 'graphml'): Read {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-nx-'));
  try {
    const file = join(dir, `graph.${format}`);
    writeFileSync(file, exportGraph(nastySnapshot(), format).files[0]!.body);
    const run = spawnSync('python3', ['-c', READ, file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout) as Read;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Attributes as networkx gives them back: lists decoded from their JSON text, its own extras dropped. */
function decoded(attributes: Record<string, unknown>, original: Record<string, unknown>, extras: string[]) {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (extras.includes(name)) continue;
    out[name] = Array.isArray(original[name]) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out;
}

describe.skipIf(!hasNetworkx)('networkx reads the exports (python3 with networkx)', () => {
  for (const format of ['gexf', 'graphml'] as const) {
    it(`reads the ${format} file with every value and type`, () => {
      const snapshot = nastySnapshot();
      const read = readWithNetworkx(format);
      expect(read.type).toBe('MultiDiGraph');
      expect(Object.keys(read.nodes).sort()).toEqual(snapshot.nodes.map((n) => n.key).sort());
      for (const node of snapshot.nodes) {
        const expected = Object.fromEntries(Object.entries(node.attributes).filter(([, v]) => !(format === 'gexf' && v === '')));
        expect(decoded(read.nodes[node.key]!, node.attributes, ['label']), node.key).toEqual(expected);
      }
      expect(read.edges).toHaveLength(snapshot.edges.length);
      for (const edge of snapshot.edges) {
        const found = read.edges.find(([, , key]) => key === edge.key);
        expect(found, edge.key).toBeDefined();
        expect([found![0], found![1]]).toEqual([edge.source, edge.target]);
        expect(decoded(found![3], edge.attributes, ['label', 'id'])).toEqual(edge.attributes);
      }
      // declared types survive: integers stay integers, floats floats, booleans booleans
      const person = read.nodes["person:o'neil \"x\" <&>"]!;
      expect([person.verified, person.retired, person.score, person.mentions]).toEqual([true, false, 0.25, 2]);
    });
  }
});

describe.skipIf(!hasPython)("Python's csv module reads the CSV files", () => {
  it('gives the same rows as the RFC 4180 reader of these tests', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-csv-'));
    try {
      for (const file of exportGraph(nastySnapshot(), 'csv').files) {
        const path = join(dir, file.name);
        writeFileSync(path, file.body);
        const run = spawnSync('python3', ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))', path], { encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual(parseCsv(file.body).map((row) => row.map((cell) => cell ?? '')));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
