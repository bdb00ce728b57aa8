/** An empty graph exports to files that still parse. */
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';

import { EXPORT_FORMATS, exportGraph, parseSnapshot } from '../../src/export/index.ts';
import type { Snapshot } from '../../src/graph/model.ts';
import { parseCsv } from './helpers.ts';

/** graphology's default export, the plain `Graph` class (typed as the CJS module under NodeNext). */
const PlainGraph = ((graphology as unknown as { default?: unknown }).default ?? graphology) as unknown as typeof graphology.MultiGraph;

const EMPTY: Snapshot = { attributes: { name: 'empty' }, options: { type: 'directed', multi: true }, nodes: [], edges: [] };

describe('exports of an empty graph', () => {
  it('every format gives its files', () => {
    for (const format of EXPORT_FORMATS) {
      const out = exportGraph(EMPTY, format);
      expect(out.files.length).toBe(format === 'csv' ? 2 : 1);
      for (const file of out.files) expect(file.body.endsWith('\n')).toBe(true);
    }
  });

  it('they parse back', () => {
    const json = exportGraph(EMPTY, 'json').files[0]!.body;
    expect(parseSnapshot(json, 'e.json').nodes).toEqual([]);
    expect(PlainGraph.from(JSON.parse(json)).order).toBe(0);
    expect(parseGexf(graphology.MultiDirectedGraph, exportGraph(EMPTY, 'gexf').files[0]!.body, { respectInputGraphType: true }).order).toBe(0);
    const [nodes, rels] = exportGraph(EMPTY, 'csv').files;
    expect(parseCsv(nodes!.body)).toEqual([['id:ID', ':LABEL']]);
    expect(parseCsv(rels!.body)).toEqual([[':START_ID', ':END_ID', ':TYPE', 'key']]);
    const cypher = exportGraph(EMPTY, 'cypher').files[0]!.body;
    expect(cypher.split('\n').filter((l) => l && !l.startsWith('//'))).toEqual([]);
  });
});
