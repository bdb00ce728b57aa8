/** The large-graph mode's pure parts, in Node: its URL state, server filters, labels, and merging without moving. */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { addEdges, addNodes, resultToPayload, settle } from '../../viewer/src/large/merge.ts';
import { aggregateLabel, filtersQuery, pageOf, stepsAfterCollapse, type ViewInfo } from '../../viewer/src/large/view-model.ts';
import { decodeLarge, encodeLarge } from '../../viewer/src/large/view-url.ts';
import { defaultState } from '../../viewer/src/state.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../../viewer/src/types.ts';
import { decodeView } from '../../viewer/src/url-state.ts';

const info: ViewInfo = { nodes: 10, edges: 10, threshold: { nodes: 1, edges: 1 }, large: true, nodeTypes: { Company: 5, Country: 2, Article: 3 }, relationTypes: {}, minDate: null, maxDate: null };

describe('large-mode URL state', () => {
  it('round-trips measure, limit and the expansions in order, beside the filters', () => {
    const state = { measure: 'investment' as const, limit: 1000, steps: ['a:agg:Company:country:fr', 'n:company:a&b', 'a:agg:Company:country:fr', 'r:person:x'] };
    const hash = `#min=1000000&${encodeLarge(state)}`;
    expect(decodeLarge(hash)).toEqual(state);
    expect(decodeView(hash).state.minAmountUsd).toBe(1e6); // url-state.ts reads its own keys still
    expect(encodeLarge({ measure: 'degree', limit: 300, steps: [] })).toBe('');
    expect(decodeLarge('#lv=size,-3&x=zz')).toEqual({ measure: 'degree', limit: 300, steps: [] });
  });

  it('sends the filters the server understands: shown entity types, dates, minimum amount', () => {
    expect(filtersQuery(defaultState(), info)).toBe('');
    const q = new URLSearchParams(filtersQuery({ ...defaultState(), hiddenNodeTypes: new Set(['Article', 'Country']), dateFrom: Date.UTC(2025, 0, 1), minAmountUsd: 5e8 }, info));
    expect(q.get('types')).toBe('Company');
    expect(q.get('from')).toBe('2025-01-01T00:00:00.000Z');
    expect(q.get('minAmount')).toBe('500000000');
  });

  it('pages repeated steps, drops collapsed ones, relabels aggregates', () => {
    const steps = ['a:X', 'n:Y', 'a:X'];
    expect(pageOf(steps, 0)).toBe(0);
    expect(pageOf(steps, 2)).toBe(1);
    expect(stepsAfterCollapse(steps, 'X')).toEqual(['n:Y']);
    expect(aggregateLabel('+1,412 more companies · France', 362)).toBe('+362 more companies · France');
    expect(aggregateLabel('+12 more companies · France', 0)).toBe('✓ all companies · France shown');
  });
});

describe('merging into the view', () => {
  const make = (): ViewerGraph => {
    const g = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>();
    g.addNode('a', { type: 'Company', x: 0, y: 0 });
    g.addNode('b', { type: 'Company', x: 100, y: 0 });
    g.addNode('agg', { type: 'Aggregate', x: 50, y: 80 });
    g.addEdge('a', 'b', { type: 'COMPETES_WITH' });
    return g;
  };

  it('adds only new nodes, around their anchor, and relations whose ends are present', () => {
    const g = make();
    const added = addNodes(g, [{ key: 'a', attributes: { type: 'Company' } }, { key: 'c', attributes: { type: 'Company' } }, { key: 'd', attributes: { type: 'Company' } }], 'agg');
    expect(added).toEqual(['c', 'd']);
    for (const k of added) expect(Math.hypot(g.getNodeAttribute(k, 'x') - 50, g.getNodeAttribute(k, 'y') - 80)).toBeLessThan(40);
    expect(addEdges(g, [{ key: 'e1', source: 'c', target: 'a', attributes: { type: 'PARTNERS_WITH' } }, { key: 'e2', source: 'c', target: 'zz', attributes: { type: 'X' } }])).toEqual(['e1']);
    expect(addEdges(g, [{ key: 'e1', source: 'c', target: 'a', attributes: { type: 'PARTNERS_WITH' } }])).toEqual([]);
  });

  it('settles new nodes without moving the others by a hair', () => {
    const g = make();
    const before = g.nodes().map((k) => [g.getNodeAttribute(k, 'x'), g.getNodeAttribute(k, 'y')]);
    const added = addNodes(g, [{ key: 'c', attributes: { type: 'Company' } }], 'a');
    addEdges(g, [{ key: 'e1', source: 'c', target: 'b', attributes: { type: 'PARTNERS_WITH' } }]);
    const start = [g.getNodeAttribute('c', 'x'), g.getNodeAttribute('c', 'y')];
    settle(g, added);
    expect(['a', 'b', 'agg'].map((k) => [g.getNodeAttribute(k, 'x'), g.getNodeAttribute(k, 'y')])).toEqual(before);
    expect([g.getNodeAttribute('c', 'x'), g.getNodeAttribute('c', 'y')]).not.toEqual(start);
    expect(g.hasNodeAttribute('a', 'fixed')).toBe(false);
  });

  it('reads the nodes and relations of a Cypher result, in paths and lists too', () => {
    const node = (id: string) => ({ kind: 'node', id, labels: ['Company'], properties: { name: id } });
    const rel = { kind: 'relationship', id: 'r1', type: 'INVESTS_IN', start: 'a', end: 'b', properties: { amountUsd: 5 } };
    const out = resultToPayload([[node('a'), [node('b')], { kind: 'path', nodes: [node('c')], relationships: [rel] }, 42, 'x']]);
    expect(out.nodes.map((n) => n.key).sort()).toEqual(['a', 'b', 'c']);
    expect(out.nodes[0]!.attributes).toMatchObject({ type: 'Company', name: 'a' });
    expect(out.edges).toEqual([{ key: 'r1', source: 'a', target: 'b', attributes: { amountUsd: 5, type: 'INVESTS_IN' } }]);
  });
});
