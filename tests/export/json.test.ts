import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportGraph, parseSnapshot } from '../../src/export/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { nastySnapshot } from './helpers.ts';

/** graphology's default export, the plain `Graph` class (typed as the CJS module under NodeNext). */
const PlainGraph = ((graphology as unknown as { default?: unknown }).default ?? graphology) as unknown as typeof graphology.MultiGraph;

const { MultiDirectedGraph } = graphology;

describe('JSON export', () => {
  it('loads with Graph.from and keeps every node, edge and value', () => {
    const snapshot = nastySnapshot();
    const body = exportGraph(snapshot, 'json').files[0]!.body;
    const graph = MultiDirectedGraph.from(JSON.parse(body));
    expect(graph.order).toBe(snapshot.nodes.length);
    expect(graph.size).toBe(snapshot.edges.length);
    for (const node of snapshot.nodes) expect(graph.getNodeAttributes(node.key)).toEqual(node.attributes);
    for (const edge of snapshot.edges) {
      expect(graph.getEdgeAttributes(edge.key!)).toEqual(edge.attributes);
      expect(graph.source(edge.key!)).toBe(edge.source);
      expect(graph.target(edge.key!)).toBe(edge.target);
    }
    expect(graph.edges('company:amazon', 'country:kr')).toHaveLength(2); // multi-edge kept
    expect(graph.getAttribute('format')).toBe('newsgraph-snapshot/1');
    // plain Graph.from (graphology's default class) takes the snapshot's options: directed multi-graph
    const plain = PlainGraph.from(JSON.parse(body));
    expect([plain.type, plain.multi, plain.allowSelfLoops, plain.size]).toEqual(['directed', true, true, snapshot.edges.length]);
  });

  it('has a stable key order: the same graph built in another order gives the same bytes', () => {
    const snapshot = nastySnapshot();
    const shuffled = {
      edges: snapshot.edges.map((e) => ({ attributes: Object.fromEntries(Object.entries(e.attributes).reverse()), target: e.target, source: e.source, key: e.key })),
      nodes: snapshot.nodes.map((n) => ({ attributes: Object.fromEntries(Object.entries(n.attributes).reverse()), key: n.key })),
      options: { allowSelfLoops: true, multi: true, type: 'directed' },
      attributes: Object.fromEntries(Object.entries(snapshot.attributes).reverse()),
    } as unknown as typeof snapshot;
    const a = exportGraph(snapshot, 'json').files[0]!.body;
    expect(exportGraph(shuffled, 'json').files[0]!.body).toBe(a);
    const node = JSON.parse(a).nodes[0];
    expect(Object.keys(node)).toEqual(['key', 'attributes']);
    expect(Object.keys(node.attributes).slice(0, 3)).toEqual(['type', 'id', 'name']);
  });

  it('export → import → export through the memory store gives the same file', async () => {
    const first = exportGraph(nastySnapshot(), 'json').files[0]!.body;
    const store = new MemoryStore(undefined, emptySnapshot());
    await store.load(parseSnapshot(first, 'graph.json'));
    const second = exportGraph(await store.snapshot(), 'json').files[0]!.body;
    expect(second).toBe(first);
  });
});

describe('parseSnapshot', () => {
  const valid = () => JSON.parse(exportGraph(nastySnapshot(), 'json').files[0]!.body);
  const errorOf = (data: unknown) => {
    try {
      parseSnapshot(typeof data === 'string' ? data : JSON.stringify(data), 'in.json');
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('accepts a snapshot without the format marker and adds it', () => {
    const data = valid();
    delete data.attributes.format;
    expect(parseSnapshot(JSON.stringify(data), 'in.json').attributes.format).toBe('newsgraph-snapshot/1');
  });

  it('names the file and what is wrong', () => {
    expect(errorOf('{"nodes": [')).toMatch(/^in\.json: not a valid graph snapshot: not valid JSON/);
    expect(errorOf([1, 2])).toBe('in.json: not a valid graph snapshot: the top level is a list, expected a map with "nodes" and "edges"');
    expect(errorOf({ edges: [] })).toBe('in.json: not a valid graph snapshot: no "nodes" list');
    const foreign = valid();
    foreign.attributes.format = 'something-else/2';
    expect(errorOf(foreign)).toMatch(/"attributes\.format" is "something-else\/2"/);
    const dangling = valid();
    dangling.edges[0].target = 'country:nowhere';
    expect(errorOf(dangling)).toMatch(/edges\[0\] \("INVESTS_IN\|company:amazon\|country:kr\|5000000000USD"\): target "country:nowhere" is not a node/);
    const nested = valid();
    nested.nodes[1].attributes.extra = { a: 1 };
    expect(errorOf(nested)).toMatch(/nodes\[1\] \("country:kr"\): attribute "extra" is a map; values must be/);
    const mixed = valid();
    mixed.nodes[1].attributes.aliases = ['a', 2];
    expect(errorOf(mixed)).toMatch(/attribute "aliases" is a list mixing number and string/);
    const untyped = valid();
    delete untyped.nodes[2].attributes.type;
    expect(errorOf(untyped)).toMatch(/nodes\[2\] \("company:empty"\): no attribute "type"/);
    const duplicate = valid();
    duplicate.nodes.push(duplicate.nodes[0]);
    expect(errorOf(duplicate)).toMatch(/duplicate node key/);
    const undirected = valid();
    undirected.edges[1].undirected = true;
    expect(errorOf(undirected)).toMatch(/undirected edge/);
  });

  it('lists several problems at once, up to a limit', () => {
    const data = valid();
    for (const node of data.nodes) delete node.attributes.type;
    const message = errorOf(data);
    expect(message.match(/no attribute "type"/g)).toHaveLength(5);
    expect(message).toMatch(/\(and 1 more problems\)$/);
  });
});
