/**
 * The columnar store's structures against graphology itself: the numbering (grouped by source), the
 * exact adjacencies (graphology's forEachOutEdge / forEachInEdge order), node numbers found through
 * attributes objects (shared objects, replaced objects), and the columns and dictionaries read from
 * attributes objects.
 */
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../src/cypher/index.ts';
import { columnarStore, ColumnarStore, INT, FLOAT, type Ranges } from '../../src/cypher/columnar/store.ts';
import { columnarStats } from '../../src/cypher/columnar/chain-aggregate.ts';
import { domainAdapter } from '../../src/cypher/storage/adapter.ts';
import { prng } from '../../scripts/bench/news-graph.ts';

function randomGraph(seed: number): graphology.MultiDirectedGraph {
  const rand = prng(seed);
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  const n = 2 + Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) {
    // integer-like keys: graphology iterates them before the others, not in insertion order
    const key = rand() < 0.3 ? String(Math.floor(rand() * 500)) : `k${i}`;
    if (!g.hasNode(key)) g.addNode(key, { type: rand() < 0.5 ? 'A' : 'B', w: Math.floor(rand() * 5) });
  }
  const keys = g.nodes();
  for (let i = 0; i < n * 3; i++) {
    const s = keys[Math.floor(rand() * keys.length)];
    const t = rand() < 0.3 ? keys[0] : keys[Math.floor(rand() * keys.length)]; // repeated pairs
    g.addDirectedEdge(s, t, { type: rand() < 0.5 ? 'R' : 'S', amount: rand() < 0.5 ? Math.floor(rand() * 9) : rand() });
  }
  for (let i = 0; i < 3; i++) g.dropEdge(g.edges()[Math.floor(rand() * g.size)]);
  return g;
}

/** Edge keys of a range of an adjacency, `edges` null meaning the relationship numbers themselves. */
function keysOf(store: ColumnarStore, adj: Ranges, i: number): string[] {
  if (adj.ready !== null && adj.ready[i] === 0) adj.fill(i);
  const out: string[] = [];
  for (let j = adj.off[i]; j < adj.off[i + 1]; j++) out.push(store.edgeKey(adj.edges === null ? j : adj.edges[j]));
  return out;
}

describe('columnar store structures', () => {
  it('numbers relationships by source and keeps graphology’s orders in the exact adjacencies', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const g = randomGraph(seed >> 1);
      // odd seeds: built through graphology's public API instead of its records
      const store = seed % 2 === 0 ? columnarStore(g, domainAdapter) : new ColumnarStore(g, domainAdapter, false);
      expect(store.fromRecords).toBe(seed % 2 === 0);
      expect(store.nodeCount).toBe(g.order);
      expect(store.edgeCount).toBe(g.size);
      const out = store.outAdjacency(true);
      const inn = store.inAdjacency(true);
      const cheapIn = store.inAdjacency(false);
      for (let i = 0; i < store.nodeCount; i++) {
        const key = store.nodeKey(i);
        expect(store.nodeIndexOf(key)).toBe(i);
        // the cheap out range of node i holds exactly its out-edges, each with i as source
        for (let e = store.outOff[i]; e < store.outOff[i + 1]; e++) {
          expect(store.edgeSrc[e]).toBe(i);
          expect(g.source(store.edgeKey(e))).toBe(key);
          expect(g.target(store.edgeKey(e))).toBe(store.nodeKey(store.edgeDst[e]));
          for (const [name, v] of Object.entries(g.getEdgeAttributes(store.edgeKey(e)))) expect(store.edgeValue(e, name)).toBe(v);
        }
        expect(keysOf(store, out, i)).toEqual(g.outEdges(key));
        expect(keysOf(store, inn, i)).toEqual(g.inEdges(key));
        expect(keysOf(store, cheapIn, i).sort()).toEqual(g.inEdges(key).sort());
        // typed exact adjacencies keep the all-types order
        const r = store.typeId('R');
        if (r >= 0) {
          expect(keysOf(store, store.typed(r, 'out', true), i)).toEqual(g.outEdges(key).filter((e) => g.getEdgeAttribute(e, 'type') === 'R'));
          expect(keysOf(store, store.typed(r, 'in', true), i)).toEqual(g.inEdges(key).filter((e) => g.getEdgeAttribute(e, 'type') === 'R'));
        }
      }
      expect(store.nodeIndexOf('no such node')).toBe(-1);
      // columns and dictionaries read from attributes objects, in node / relationship number order
      const w = store.nodeColumn('w');
      const amount = store.relColumn('amount');
      for (let i = 0; i < store.nodeCount; i++) expect(w.values[i]).toBe(g.getNodeAttribute(store.nodeKey(i), 'w'));
      for (let e = 0; e < store.edgeCount; e++) {
        const v = g.getEdgeAttribute(store.edgeKey(e), 'amount') as number;
        expect(amount.values[e]).toBe(v);
        expect(amount.kind[e]).toBe(Number.isInteger(v) ? INT : FLOAT);
      }
      const dict = store.nodeDictionary('w');
      for (let i = 0; i < store.nodeCount; i++) expect(dict.values[dict.codes[i]]).toBe(BigInt(g.getNodeAttribute(store.nodeKey(i), 'w') as number));
    }
  });

  it('fills an adjacency in graphology\'s order only for the nodes a plan expands', () => {
    const g = new graphology.MultiDirectedGraph();
    for (let i = 0; i < 50; i++) g.addNode(`n${i}`, { type: 'A', name: `n${i % 5}` });
    for (let i = 0; i < 50; i++) for (let j = 1; j <= 3; j++) g.addDirectedEdge(`n${i}`, `n${(i * 7 + j) % 50}`, { type: 'R' });
    for (let i = 0; i < 50; i += 2) g.addDirectedEdge(`n${i}`, `n${(i * 7 + 1) % 50}`, { type: 'R' }); // repeated pairs
    const fast = new CypherEngine(g);
    const slow = new CypherEngine(g, { columnar: false });
    const store = columnarStore(g, fast.adapter);
    // grouped by the far node: the answer's order depends on the expansion order
    const q = "MATCH (a:A {name: 'n1'})<-[:R]-(b)<-[:R]-(c) RETURN c.name AS k, count(*) AS n";
    const before = columnarStats.vectorised;
    expect(fast.execute(q).rows).toEqual(slow.execute(q).rows);
    expect(columnarStats.vectorised).toBe(before + 1);
    const inn = store.typed(store.typeId('R'), 'in', true);
    const filled = inn.ready!.reduce((x, y) => x + y, 0);
    expect(filled).toBeGreaterThan(0);
    expect(filled).toBeLessThan(50);
    for (let i = 0; i < store.nodeCount; i++) expect(keysOf(store, inn, i)).toEqual(g.inEdges(store.nodeKey(i)));
    // built from graphology's records, the numbering is already in forEachOutEdge order: nothing to fill
    expect(store.fromRecords).toBe(true);
    const out = store.typed(store.typeId('R'), 'out', true);
    expect(out.ready).toBeNull();
    for (let i = 0; i < store.nodeCount; i++) expect(keysOf(store, out, i)).toEqual(g.outEdges(store.nodeKey(i)));
    const q2 = "MATCH (a:A {name: 'n1'})-[:R]->(b)-[:R]->(c) RETURN c.name AS k, count(*) AS n";
    expect(fast.execute(q2).rows).toEqual(slow.execute(q2).rows);
    // a write drops the structures; the next query fills new ones
    g.addDirectedEdge('n1', 'n2', { type: 'R' });
    expect(fast.execute(q).rows).toEqual(slow.execute(q).rows);
  });

  it('finds nodes whose attributes object is shared with another node or replaced after the build', () => {
    const g = new graphology.MultiDirectedGraph();
    const shared = { type: 'A', name: 'x' };
    g.addNode('a', shared);
    g.addNode('b', shared); // one object for two nodes: numbers come from the keys
    g.addNode('c', { type: 'A', name: 'y' });
    g.addDirectedEdge('a', 'b', { type: 'R' });
    g.addDirectedEdge('b', 'c', { type: 'R' });
    const fast = new CypherEngine(g);
    const slow = new CypherEngine(g, { columnar: false });
    const store = columnarStore(g, fast.adapter);
    const q = "MATCH (s {name: $s}), (t {name: 'y'}) MATCH p = shortestPath((s)-[:R*]->(t)) RETURN length(p) AS n";
    expect(fast.run(q, { params: { s: 'x' } })).toEqual(slow.run(q, { params: { s: 'x' } }));
    for (const k of ['a', 'b', 'c']) expect(store.nodeKey(store.nodeIndexOf(k))).toBe(k);
    expect(store.edgeDst[store.outOff[store.nodeIndexOf('a')]]).toBe(store.nodeIndexOf('b'));

    const h = new graphology.MultiDirectedGraph();
    for (const k of ['a', 'b', 'c']) h.addNode(k, { type: 'A', name: k });
    h.addDirectedEdge('a', 'b', { type: 'R' });
    h.addDirectedEdge('b', 'c', { type: 'R' });
    const db = new CypherEngine(h);
    const s2 = columnarStore(h, db.adapter);
    const path = "MATCH (s {name: 'a'}), (t {name: 'c'}) MATCH p = shortestPath((s)-[:R*]->(t)) RETURN length(p) AS n";
    expect(db.run(path).rows).toEqual([[2]]);
    const builds = s2.builds;
    h.replaceNodeAttributes('c', { type: 'A', name: 'c', extra: 1 }); // a new object: no topology change
    h.updateNodeAttributes('a', (a) => ({ ...a }));
    const before = columnarStats.shortestPaths;
    expect(db.run(path).rows).toEqual([[2]]);
    expect(columnarStats.shortestPaths).toBe(before + 1); // still answered by the columnar search
    expect(s2.builds).toBe(builds);
    expect(s2.nodeIndexOf('c')).toBe(2);
    expect(s2.nodeIndexOf('a')).toBe(0);
  });
});
