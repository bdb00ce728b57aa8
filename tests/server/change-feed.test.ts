/**
 * The live change feed and curation: a merge and its exact undo reach viewers as change sets (what was
 * dropped, added back or changed), never as a replaced graph; a real replacement (a clear) still is one.
 */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { GraphChangeFeed, type GraphChanges } from '../../src/server/live/change-feed.ts';
import { mergeEntities } from '../../src/curate/operations.ts';
import { restoreBefore } from '../../src/curate/diff.ts';

function graph(): MultiDirectedGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  g.addNode('a1', { type: 'Article', id: 'a1', title: 'One' });
  g.addNode('company:amazon', { type: 'Company', id: 'company:amazon', name: 'Amazon', aliases: [], articles: ['a1'], mentions: 1 });
  g.addNode('company:amazon-inc', { type: 'Company', id: 'company:amazon-inc', name: 'AMAZON INC', aliases: [], articles: ['a1'], mentions: 1 });
  g.addNode('country:fr', { type: 'Country', id: 'country:fr', name: 'France', aliases: [], articles: ['a1'], mentions: 1 });
  g.addDirectedEdgeWithKey('m1', 'a1', 'company:amazon-inc', { type: 'MENTIONS', articles: ['a1'], evidence: ['x'], confidence: 1 });
  g.addDirectedEdgeWithKey('INVESTS_IN|company:amazon-inc|country:fr', 'company:amazon-inc', 'country:fr', { type: 'INVESTS_IN', articles: ['a1'], evidence: ['y'], confidence: 0.9 });
  return g;
}

/** Follows the feed (its listeners are attached only while someone follows) and takes each message by hand. */
function follow(g: MultiDirectedGraph) {
  const feed = new GraphChangeFeed(g, 60_000);
  const stop = feed.subscribe(() => {});
  return { take: () => feed.take(), stop };
}

const keys = (changes: GraphChanges) => ({
  nodes: changes.nodes.map((n) => n.key).sort(), edges: changes.edges.map((e) => e.key).sort(),
  droppedNodes: [...changes.droppedNodes].sort(), droppedEdges: [...changes.droppedEdges].sort(),
});

describe('change feed and curation', () => {
  it('sends a merge and its exact undo (a rebuild in place) as change sets, not as a reload', () => {
    const g = graph();
    const feed = follow(g);
    const diff = mergeEntities(g, 'company:amazon', 'company:amazon-inc');
    const merged = feed.take();
    expect(merged?.kind).toBe('changes');
    if (merged?.kind !== 'changes') return;
    expect(keys(merged.changes).droppedNodes).toEqual(['company:amazon-inc']);
    expect(keys(merged.changes).nodes).toEqual(['company:amazon']);

    const before = g.order;
    restoreBefore(g, diff);
    expect(g.order).toBe(before + 1);
    const undone = feed.take();
    expect(undone?.kind).toBe('changes');
    if (undone?.kind !== 'changes') return;
    // only what the undo changed, though the graph was rebuilt to put the node back at its position
    expect(keys(undone.changes)).toEqual({
      nodes: ['company:amazon', 'company:amazon-inc'],
      edges: ['INVESTS_IN|company:amazon-inc|country:fr', 'm1'],
      droppedNodes: [],
      droppedEdges: expect.arrayContaining(['INVESTS_IN|company:amazon|country:fr']) as unknown as string[],
    });
    const back = undone.changes.nodes.find((n) => n.key === 'company:amazon-inc');
    expect(back?.attributes.name).toBe('AMAZON INC');
    expect(undone.changes.edges.find((e) => e.key === 'm1')).toMatchObject({ source: 'a1', target: 'company:amazon-inc' });
    expect(feed.take()).toBeUndefined();
    feed.stop();
  });

  it('still sends a replaced graph (a clear) as one reload', () => {
    const g = graph();
    const feed = follow(g);
    g.clear();
    g.addNode('x', { type: 'Company' });
    expect(feed.take()).toEqual({ kind: 'reload' });
    expect(feed.take()).toBeUndefined();
    feed.stop();
  });
});
