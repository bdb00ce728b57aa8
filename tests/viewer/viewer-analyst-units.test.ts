/**
 * The analyst tools' pure parts on the hand-written graph: shortest path with and without MENTIONS,
 * expand/collapse, Louvain communities, saved views, and their URL form.
 */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { collapseRoots, revealNeighbourhoods } from '../../viewer/src/analyst/expand.ts';
import { detectCommunities } from '../../viewer/src/analyst/communities.ts';
import { findPath } from '../../viewer/src/analyst/path.ts';
import { SavedViews } from '../../viewer/src/analyst/saved-views.ts';
import { defaultAnalystState } from '../../viewer/src/analyst/state.ts';
import { defaultState } from '../../viewer/src/state.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../../viewer/src/types.ts';
import { decodeView, encodeView } from '../../viewer/src/url-state.ts';
import { analystSnapshot, ORPHAN } from './analyst-fixture.ts';

function loadGraph(): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>({ allowSelfLoops: true });
  graph.import(analystSnapshot() as unknown as Parameters<ViewerGraph['import']>[0]);
  return graph;
}

const noMentions = (type: string) => type !== 'MENTIONS';

describe('shortest path', () => {
  const graph = loadGraph();

  it('follows relations in either direction and lists every relation of each hop', () => {
    const path = findPath(graph, 'person:matt-garman', 'country:fr', { mentions: false })!;
    expect(path.nodes).toEqual(['person:matt-garman', 'company:aws', 'company:amazon', 'country:fr']);
    expect(path.hops.map((h) => h.edges)).toEqual([['r5'], ['r4'], ['r1']]);
    // Walked backwards, the same relations (against their direction).
    const back = findPath(graph, 'country:fr', 'person:matt-garman', { mentions: false })!;
    expect(back.nodes).toEqual([...path.nodes].reverse());
    expect(back.hops.map((h) => [h.from, h.to, h.edges])).toEqual([
      ['country:fr', 'company:amazon', ['r1']], ['company:amazon', 'company:aws', ['r4']], ['company:aws', 'person:matt-garman', ['r5']],
    ]);
  });

  it('goes through articles only when MENTIONS are allowed', () => {
    expect(findPath(graph, ORPHAN, 'company:microsoft', { mentions: false })).toBeNull();
    const path = findPath(graph, ORPHAN, 'company:microsoft', { mentions: true })!;
    expect(path.nodes).toEqual([ORPHAN, 'a3', 'company:microsoft']);
    expect(path.hops.every((h) => h.edges.every((e) => graph.getEdgeAttribute(e, 'type') === 'MENTIONS'))).toBe(true);
    // Without MENTIONS no hop is an article citation, even where one would be as short.
    const plain = findPath(graph, 'region:incheon', 'company:microsoft', { mentions: false })!;
    expect(plain.nodes.some((n) => graph.getNodeAttribute(n, 'type') === 'Article')).toBe(false);
    expect(plain.hops).toHaveLength(3);
  });

  it('returns null for a node the graph does not hold, and a hop-less path from a node to itself', () => {
    expect(findPath(graph, 'company:nowhere', 'country:fr', { mentions: true })).toBeNull();
    expect(findPath(graph, 'country:fr', 'country:fr', { mentions: false })).toEqual({ nodes: ['country:fr'], hops: [] });
  });
});

describe('expand and collapse', () => {
  const graph = loadGraph();

  it('reveals a node, its neighbours over allowed relations and the edges between them', () => {
    const r = revealNeighbourhoods(graph, ['company:aws'], noMentions);
    expect([...r.nodes].sort()).toEqual(['company:amazon', 'company:aws', 'person:matt-garman']);
    expect([...r.edges].sort()).toEqual(['r4', 'r5']);
    const withArticles = revealNeighbourhoods(graph, ['company:aws'], () => true);
    expect(withArticles.nodes.has('a2')).toBe(true);
  });

  it('collapsing a node drops the later expansions only it revealed, and keeps the independent ones', () => {
    // On screen without expansions: France only. Expanded in order: France → Amazon (revealed by France)
    // → AWS (revealed by Amazon); Incheon is expanded too but never depended on France.
    const shown = new Set(['country:fr', 'region:incheon']);
    const roots = ['country:fr', 'company:amazon', 'company:aws', 'region:incheon'];
    expect(collapseRoots(graph, roots, 'country:fr', shown, noMentions)).toEqual(['region:incheon']);
    // Collapsing the middle one drops AWS (revealed by Amazon only) but keeps France.
    expect(collapseRoots(graph, roots, 'company:amazon', shown, noMentions)).toEqual(['country:fr', 'region:incheon']);
    // A node on screen by itself keeps its expansion.
    expect(collapseRoots(graph, roots, 'country:fr', new Set([...shown, 'company:amazon']), noMentions))
      .toEqual(['company:amazon', 'company:aws', 'region:incheon']);
  });

  it('two expansions that reveal each other both go with the node that revealed the first', () => {
    const roots = ['company:amazon', 'company:aws', 'person:matt-garman'];
    expect(collapseRoots(graph, roots, 'company:amazon', new Set(['company:amazon']), noMentions)).toEqual([]);
  });
});

describe('communities', () => {
  it('splits two dense groups joined by one relation, leaves articles out, and is the same on every run', () => {
    const graph = loadGraph();
    const add = (k: string) => graph.addNode(k, { type: 'Company', name: k, x: 0, y: 0 });
    for (const k of ['g1', 'g2', 'g3', 'g4', 'h1', 'h2', 'h3', 'h4']) add(k);
    let i = 0;
    const link = (a: string, b: string) => graph.addEdgeWithKey(`t${i++}`, a, b, { type: 'PARTNERS_WITH' });
    for (const group of [['g1', 'g2', 'g3', 'g4'], ['h1', 'h2', 'h3', 'h4']]) {
      for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) link(group[x]!, group[y]!);
    }
    link('g1', 'h1');
    const c = detectCommunities(graph);
    expect(c.of.get('g1')).toBe(c.of.get('g4'));
    expect(c.of.get('h1')).toBe(c.of.get('h4'));
    expect(c.of.get('g1')).not.toBe(c.of.get('h1'));
    expect(c.of.has('a1')).toBe(false);
    expect(c.of.has(ORPHAN)).toBe(false); // only an article links it
    expect(c.list.map((x) => x.members.length)).toEqual([...c.list.map((x) => x.members.length)].sort((a, b) => b - a));
    expect(c.modularity).toBeGreaterThan(0.3);
    expect(detectCommunities(graph).of).toEqual(c.of);
  });
});

describe('saved views and the URL', () => {
  const memory = () => { const m = new Map<string, string>(); return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => { m.set(k, v); } }; };

  it('saves, replaces by name, lists in order and deletes', () => {
    const views = new SavedViews(memory());
    views.save('Investors', '#hn=Article&color=community', new Date('2026-01-02T03:04:05Z'));
    views.save('Korea', 'sel=n:country:kr');
    views.save(' Investors ', 'pf=a&pt=b');
    expect(views.list().map((v) => [v.name, v.hash])).toEqual([['Investors', 'pf=a&pt=b'], ['Korea', 'sel=n:country:kr']]);
    views.remove('Investors');
    expect(views.list().map((v) => v.name)).toEqual(['Korea']);
    expect(() => views.save('  ', 'x=1')).toThrow(/name/);
  });

  it('survives damaged storage', () => {
    const storage = memory();
    storage.setItem('newsgraph.savedViews', '{not json');
    expect(new SavedViews(storage).list()).toEqual([]);
    storage.setItem('newsgraph.savedViews', JSON.stringify([{ name: 'ok', hash: 'a=1', savedAt: 'x' }, { name: 3 }]));
    expect(new SavedViews(storage).list().map((v) => v.name)).toEqual(['ok']);
  });

  it('keeps path, expansions (keys with commas) and colour mode in the hash', () => {
    const analyst = { pathFrom: 'company:amazon', pathTo: 'country:fr', pathMentions: true, expanded: ['company:aws', 'org:a,b'], colorBy: 'community' as const };
    const hash = encodeView({ ...defaultState(), analyst }, null);
    expect(decodeView(`#${hash}`).state.analyst).toEqual(analyst);
    expect(encodeView({ ...defaultState(), analyst: defaultAnalystState() }, null)).toBe('');
    expect(decodeView('#sel=n:country:fr').state.analyst).toBeUndefined();
  });
});
