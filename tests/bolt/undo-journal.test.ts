import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import { UndoJournal } from '../../src/bolt/undo-journal.ts';

function sample() {
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  g.addNode('a', { type: 'Company', name: 'A', tags: ['x'] });
  g.addNode('b', { type: 'Country', name: 'B' });
  g.addNode('c', { type: 'Company', name: 'C' });
  g.addDirectedEdgeWithKey('e1', 'a', 'b', { type: 'INVESTS_IN', amount: 1 });
  g.addDirectedEdgeWithKey('e2', 'c', 'a', { type: 'COMPETES_WITH' });
  g.addDirectedEdgeWithKey('e3', 'a', 'a', { type: 'SELF' });
  return g;
}

const state = (g: ReturnType<typeof sample>) => {
  const e = g.export();
  return { nodes: [...e.nodes].sort((x, y) => x.key.localeCompare(y.key)), edges: [...e.edges].sort((x, y) => String(x.key).localeCompare(String(y.key))) };
};

describe('UndoJournal', () => {
  it('rolls back every kind of change the engine makes, in any order', () => {
    const g = sample();
    const before = state(g);
    const j = new UndoJournal(g as never);
    j.start();
    g.setNodeAttribute('a', 'name', 'A2');
    g.removeNodeAttribute('a', 'tags');
    g.replaceNodeAttributes('b', { type: 'Country' });
    g.mergeNodeAttributes('c', { extra: true });
    g.setEdgeAttribute('e1', 'amount', 2);
    g.removeEdgeAttribute('e1', 'type');
    g.addNode('d', { type: 'Person' });
    g.addDirectedEdgeWithKey('e4', 'd', 'a', { type: 'ROLE_AT' });
    g.dropEdge('e2');
    g.dropNode('a');
    g.addNode('a', { type: 'Other' });
    expect(state(g)).not.toEqual(before);
    j.rollback();
    expect(state(g)).toEqual(before);
    expect(Object.prototype.hasOwnProperty.call(g, 'addNode')).toBe(false);
  });

  it('commit keeps the changes and unwraps the graph', () => {
    const g = sample();
    const j = new UndoJournal(g as never);
    j.start();
    g.addNode('z', {});
    j.commit();
    expect(g.hasNode('z')).toBe(true);
    g.addNode('y', {});
    j.rollback();
    expect(g.hasNode('y')).toBe(true);
  });

  it('flags a change it cannot undo', () => {
    const g = sample();
    const j = new UndoJournal(g as never);
    j.start();
    g.clearEdges();
    expect(j.tainted).toBe(true);
    j.rollback();
  });
});
