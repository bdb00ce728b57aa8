/** GEXF and GraphML exports parsed back by graphology-gexf and graphology-graphml. */
import { DOMParser } from '@xmldom/xmldom';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.ts';
import type { Snapshot } from '../../src/graph/model.ts';
import { nastySnapshot } from './helpers.ts';

const { MultiDirectedGraph } = graphology;

/** Well-formed XML, or the parser's complaint. */
function assertWellFormed(xml: string): void {
  const problems: string[] = [];
  new DOMParser({ onError: (level, message) => { if (level !== 'warning') problems.push(`${level}: ${message}`); } }).parseFromString(xml, 'application/xml');
  expect(problems).toEqual([]);
  // xmldom tolerates characters XML 1.0 forbids; stricter tools (Gephi, yEd) do not.
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
}

/** What each attribute reads back as when lists are JSON text: the parsed value, lists decoded. */
function decoded(attributes: Record<string, unknown>, original: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    out[name] = Array.isArray(original[name]) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out;
}

function checkGraph(parsed: InstanceType<typeof MultiDirectedGraph>, snapshot: Snapshot, dropEmptyStrings: boolean, extraNode: string[], extraEdge: string[]) {
  expect(parsed.order).toBe(snapshot.nodes.length);
  expect(parsed.size).toBe(snapshot.edges.length);
  for (const node of snapshot.nodes) {
    const expected = Object.fromEntries(Object.entries(node.attributes).filter(([, v]) => !(dropEmptyStrings && v === '')));
    const got = decoded(parsed.getNodeAttributes(node.key), node.attributes);
    for (const extra of extraNode) delete got[extra];
    expect(got).toEqual(expected);
  }
  for (const edge of snapshot.edges) {
    expect(parsed.hasEdge(edge.key!)).toBe(true);
    expect(parsed.source(edge.key!)).toBe(edge.source);
    expect(parsed.target(edge.key!)).toBe(edge.target);
    expect(parsed.isDirected(edge.key!)).toBe(true);
    const got = decoded(parsed.getEdgeAttributes(edge.key!), edge.attributes);
    for (const extra of extraEdge) delete got[extra];
    expect(got).toEqual(edge.attributes);
  }
  expect(parsed.edges('company:amazon', 'country:kr')).toHaveLength(2);
  expect(parsed.hasEdge('company:empty', 'company:empty')).toBe(true);
}

describe('GEXF export', () => {
  const snapshot = nastySnapshot();
  const file = exportGraph(snapshot, 'gexf').files[0]!;

  it('is well-formed GEXF 1.3 with declared attribute types', () => {
    expect(file.name).toBe('graph.gexf');
    assertWellFormed(file.body);
    expect(file.body).toContain('<gexf version="1.3"');
    expect(file.body).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(file.body).toContain('<attribute id="amount" title="amount" type="double"/>');
    expect(file.body).toContain('<attribute id="verified" title="verified" type="boolean"/>');
  });

  it('parses back with graphology-gexf, every value intact (lists as JSON text)', () => {
    const parsed = parseGexf(MultiDirectedGraph, file.body, { respectInputGraphType: true }) as InstanceType<typeof MultiDirectedGraph>;
    checkGraph(parsed, snapshot, true, ['label'], ['label']);
    expect(parsed.getNodeAttribute('company:amazon', 'label')).toBe('Amazon "the everything store"');
    expect(parsed.getEdgeAttribute('INVESTS_IN|company:amazon|country:kr|5000000000USD', 'label')).toBe('INVESTS_IN');
  });
});

describe('GraphML export', () => {
  const snapshot = nastySnapshot();
  const file = exportGraph(snapshot, 'graphml').files[0]!;

  it('is well-formed GraphML with typed keys', () => {
    expect(file.name).toBe('graph.graphml');
    assertWellFormed(file.body);
    expect(file.body).toMatch(/<key id="n\d+" for="node" attr.name="mentions" attr.type="int"\/>/);
    expect(file.body).toMatch(/<key id="n\d+" for="node" attr.name="big" attr.type="long"\/>/);
    expect(file.body).toMatch(/<key id="e\d+" for="edge" attr.name="amount" attr.type="double"\/>/);
    expect(file.body).toMatch(/<key id="n\d+" for="node" attr.name="verified" attr.type="boolean"\/>/);
    expect(file.body).toContain('<graph id="G" edgedefault="directed">');
  });

  it('parses back with graphology-graphml, every value intact (lists as JSON text)', () => {
    const parsed = parseGraphml(MultiDirectedGraph, file.body) as InstanceType<typeof MultiDirectedGraph>;
    checkGraph(parsed, snapshot, false, ['label'], []);
    expect(parsed.getNodeAttribute('article:0123456789abcdef', 'label')).toBe('Titre « français » & <b>gras</b>');
    expect(parsed.getAttribute('name')).toBe('nasty <graph> & "quotes"');
    expect(parsed.getAttribute('articles')).toBe(1);
  });

  it('writes an empty graph that still parses', () => {
    const body = exportGraph({ attributes: {}, options: { type: 'directed', multi: true }, nodes: [], edges: [] }, 'graphml').files[0]!.body;
    assertWellFormed(body);
    expect(parseGraphml(MultiDirectedGraph, body).order).toBe(0);
  });

  it('replaces characters XML cannot hold instead of writing a broken file', () => {
    const snapshot = nastySnapshot();
    snapshot.nodes[0]!.attributes.name = 'bell\u0007 and lone \ud800 surrogate';
    for (const format of ['graphml', 'gexf'] as const) {
      const body = exportGraph(snapshot, format).files[0]!.body;
      assertWellFormed(body);
      expect(body).toContain('bell\ufffd and lone \ufffd surrogate');
    }
  });
});
