/** The live viewer's pure parts: a change batch applied to the graph on screen, and a fetched graph as one change set. */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { applyChanges, type Changes, type LiveStatus } from '../../viewer/src/live/index.ts';
import { changesToSnapshot } from '../../viewer/src/live/refresh.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../../viewer/src/types.ts';

function screen(): ViewerGraph {
  const g: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>({ allowSelfLoops: true });
  g.addNode('a', { type: 'Company', name: 'A', x: 1, y: 2 } as ViewerNodeAttributes);
  g.addNode('b', { type: 'Company', name: 'B', x: 3, y: 4 } as ViewerNodeAttributes);
  g.addNode('c', { type: 'Country', name: 'C', x: 5, y: 6 } as ViewerNodeAttributes);
  g.addDirectedEdgeWithKey('e1', 'a', 'c', { type: 'INVESTS_IN' } as ViewerEdgeAttributes);
  g.addDirectedEdgeWithKey('e2', 'b', 'c', { type: 'INVESTS_IN' } as ViewerEdgeAttributes);
  return g;
}

const status = (): LiveStatus => ({ connected: true, batches: 0, addedNodes: 0, addedEdges: 0, refreshes: 0 });

describe('live changes on screen', () => {
  it('turns a fetched graph into one change set: everything it has, and what it lost as drops', () => {
    const g = screen();
    const changes = changesToSnapshot(g, {
      nodes: [{ key: 'a', attributes: { type: 'Company', name: 'A2' } }, { key: 'c', attributes: { type: 'Country', name: 'C' } }, { key: 'd', attributes: { type: 'Company', name: 'D' } }],
      edges: [{ key: 'e1', source: 'a', target: 'c', attributes: { type: 'INVESTS_IN' } }, { key: 'e3', source: 'd', target: 'c', attributes: { type: 'INVESTS_IN' } }],
    });
    expect(changes.droppedNodes).toEqual(['b']);
    expect(changes.droppedEdges).toEqual(['e2']);
    const s = status();
    expect(applyChanges(g, changes, s)).toBe(true);
    expect(g.nodes().sort()).toEqual(['a', 'c', 'd']);
    expect(g.edges().sort()).toEqual(['e1', 'e3']);
    // a known node keeps its place and takes the new attributes; the new one is placed (finite)
    expect(g.getNodeAttributes('a')).toMatchObject({ name: 'A2', x: 1, y: 2 });
    expect(Number.isFinite(g.getNodeAttribute('d', 'x'))).toBe(true);
    expect(s).toMatchObject({ addedNodes: 1, addedEdges: 1 });
  });

  it('re-joins an edge whose key now links other ends', () => {
    const g = screen();
    const changes: Changes = { nodes: [], edges: [{ key: 'e1', source: 'b', target: 'c', attributes: { type: 'INVESTS_IN' } }], droppedNodes: [], droppedEdges: [] };
    applyChanges(g, changes, status());
    expect([g.source('e1'), g.target('e1')]).toEqual(['b', 'c']);
  });

  it('a view of a large graph takes updates and drops, never new nodes', () => {
    const g = screen();
    const changes: Changes = {
      nodes: [{ key: 'a', attributes: { type: 'Company', name: 'A2' } }, { key: 'z', attributes: { type: 'Company', name: 'Z' } }],
      edges: [{ key: 'e9', source: 'z', target: 'c', attributes: { type: 'INVESTS_IN' } }],
      droppedNodes: ['b'], droppedEdges: [],
    };
    applyChanges(g, changes, status(), true);
    expect(g.nodes().sort()).toEqual(['a', 'c']);
    expect(g.getNodeAttribute('a', 'name')).toBe('A2');
    expect(g.hasEdge('e9')).toBe(false);
  });
});
