/**
 * The view index follows a live graph in place: after articles are ingested through the real pipeline,
 * the updated index equals a rebuild; what an update cannot handle asks for a rebuild.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import graphology from 'graphology';
import { openMemoryStore, type MemoryStore } from '../../src/store/memory/index.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { buildViewIndex } from '../../src/server/views/view-index.ts';
import { GRAPH_EVENTS, MAX_RECORDED_CHANGES, noChanges, recordGraphEvent, updateViewIndex, type GraphChanges } from '../../src/server/views/view-index-update.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const DATED = fileURLToPath(new URL('../time/fixtures', import.meta.url));

function watch(store: MemoryStore): GraphChanges {
  const changes = noChanges();
  for (const ev of GRAPH_EVENTS) store.graph.on(ev, (payload: unknown) => recordGraphEvent(changes, ev, payload));
  return changes;
}

describe('view index updated in place', () => {
  it('equals a rebuild after new articles (new entities, relations, dates) and updates of known ones', async () => {
    const store = await openMemoryStore();
    await ingest([SEEDS], store);
    const index = buildViewIndex(store.graph);
    const before = { nodes: index.keys.length, edges: index.edgeKeys.length };
    const changes = watch(store);
    await ingest([DATED], store);
    // and a known entity gains an alias (as a later article or a curator's decision gives it)
    const known = index.keys[0]!;
    store.graph.mergeNodeAttributes(known, { aliases: [...(store.graph.getNodeAttribute(known, 'aliases') as string[] ?? []), 'Zorvath Alias'] });
    expect(changes.rebuild).toBe(false);
    expect(changes.nodesAdded.size).toBeGreaterThan(0);
    expect(changes.nodesUpdated.size + changes.edgesUpdated.size).toBeGreaterThan(0);
    const updated = updateViewIndex(index, store.graph, changes);
    expect(updated).toBe(index);
    expect(updated!.keys.length).toBeGreaterThan(before.nodes);
    expect(updated!.edgeKeys.length).toBeGreaterThan(before.edges);
    expect(updated!.minTime).not.toBeNull();
    expect(updated).toEqual(buildViewIndex(store.graph));
  });

  it('asks for a rebuild after a drop, a type change, or more changes than it keeps', async () => {
    const store = await openMemoryStore();
    await ingest([SEEDS], store);
    const dropped = watch(store);
    const edge = store.graph.findEdge((_k, a) => a.type === 'INVESTS_IN')!;
    store.graph.dropEdge(edge);
    expect(updateViewIndex(buildViewIndex(store.graph), store.graph, dropped)).toBeNull();

    const ix = buildViewIndex(store.graph);
    const retyped = noChanges();
    const node = ix.keys.find((k) => store.graph.getNodeAttribute(k, 'type') === 'Company')!;
    store.graph.on('nodeAttributesUpdated', (p: unknown) => recordGraphEvent(retyped, 'nodeAttributesUpdated', p));
    store.graph.setNodeAttribute(node, 'type', 'Organization');
    expect(retyped.nodesUpdated.has(node)).toBe(true);
    expect(updateViewIndex(ix, store.graph, retyped)).toBeNull();

    const many = noChanges();
    for (let i = 0; i <= MAX_RECORDED_CHANGES; i++) recordGraphEvent(many, 'nodeAdded', { key: `n${i}` });
    expect(many.rebuild).toBe(true);
    expect(many.nodesAdded.size).toBe(0);
  });

  it('keeps countries right when a region moves to another country or a new entity is located in one', () => {
    const g = new graphology.MultiDirectedGraph();
    const node = (key: string, type: string) => g.addNode(key, { type, id: key, name: key, aliases: [], mentions: 1, articles: [] });
    node('country:fr', 'Country'); node('country:de', 'Country'); node('region:alsace', 'Region'); node('company:a', 'Company');
    let n = 0;
    const rel = (s: string, t: string, type: string) => g.addEdgeWithKey(`e${n++}`, s, t, { type, articles: [] });
    rel('company:a', 'region:alsace', 'LOCATED_IN');
    rel('company:a', 'country:de', 'INVESTS_IN');
    const ix = buildViewIndex(g);
    const countryOf = (k: string) => ix.keys[ix.country[ix.byKey.get(k)!]!] ?? null;
    expect(countryOf('company:a')).toBe('country:de'); // the region has no country yet: the link decides
    const changes = noChanges();
    for (const ev of GRAPH_EVENTS) g.on(ev, (p: unknown) => recordGraphEvent(changes, ev, p));
    rel('region:alsace', 'country:fr', 'LOCATED_IN'); // an old region gains a country: what is located there follows
    node('company:b', 'Company');
    rel('company:b', 'region:alsace', 'LOCATED_IN');
    expect(updateViewIndex(ix, g, changes)).toBe(ix);
    expect(countryOf('company:a')).toBe('country:fr');
    expect(countryOf('company:b')).toBe('country:fr');
    expect(ix).toEqual(buildViewIndex(g));
  });
});
