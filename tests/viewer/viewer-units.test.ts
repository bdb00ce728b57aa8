/** The viewer's pure modules, in Node: formatting, search, visibility, URL state, query highlight, layout seed. */
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { collectHighlight } from '../../viewer/src/console.ts';
import { formatAmount, formatInvestment, normalize } from '../../viewer/src/format.ts';
import { buildGraphIndex } from '../../viewer/src/graph-index.ts';
import { LabelPlacer } from '../../viewer/src/labels.ts';
import { contentHash, seedLayout } from '../../viewer/src/layout.ts';
import { SearchIndex } from '../../viewer/src/search.ts';
import { defaultState } from '../../viewer/src/state.ts';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../../viewer/src/types.ts';
import { decodeView, encodeView } from '../../viewer/src/url-state.ts';
import { computeVisibility, selectionFits } from '../../viewer/src/visibility.ts';
import { fixtureSnapshot } from './fixture.ts';

function fixtureGraph(): ViewerGraph {
  const g: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>({ allowSelfLoops: true });
  g.import(fixtureSnapshot() as never);
  g.updateEachNodeAttributes((_k, a) => ({ ...a, x: 0, y: 0 }));
  return g;
}

describe('format', () => {
  it('writes amounts compactly in their currency, with the USD equivalent', () => {
    expect(formatAmount(1.2e9, 'EUR')).toBe('€1.2B');
    expect(formatAmount(5e9, 'USD')).toBe('$5B');
    expect(formatInvestment(1.2e9, 'EUR', 1.3e9)).toBe('€1.2B (≈ $1.3B)');
    expect(formatInvestment(undefined, undefined, 2e6)).toBe('$2M');
    expect(formatAmount(undefined, 'EUR')).toBe('');
  });

  it('folds case, accents and punctuation', () => {
    expect(normalize('Corée du Sud')).toBe('coree du sud');
    expect(normalize('  Amazon.com, Inc. ')).toBe('amazon com inc');
  });
});

describe('search', () => {
  const graph = fixtureGraph();
  const index = new SearchIndex(graph, buildGraphIndex(graph).degree);

  it('matches names and aliases without accents, best match first', () => {
    expect(index.search('coree')[0]).toMatchObject({ node: 'country:kr', label: 'Corée du Sud' });
    expect(index.search('south korea')[0]).toMatchObject({ node: 'country:kr', matched: 'South Korea' });
    expect(index.search('aws')[0]!.node).toBe('company:aws');
    expect(index.search('amazon').map((h) => h.node).slice(0, 2)).toEqual(['company:amazon', 'company:aws']);
    expect(index.search('zzz')).toEqual([]);
  });
});

describe('visibility', () => {
  const graph = fixtureGraph();
  const index = buildGraphIndex(graph);

  it('hides articles and mentions by default', () => {
    const v = computeVisibility(graph, index, defaultState());
    expect(v.nodes.has('a1')).toBe(false);
    expect(v.nodes.size).toBe(8);
    expect(v.edges.has('m0')).toBe(false);
    expect(v.edges.size).toBe(9);
    expect(v.relationTypes.get('INVESTS_IN')).toBe(3);
  });

  it('filters by date range, type and minimum amount; a selection stays visible', () => {
    const upToFirst = computeVisibility(graph, index, { ...defaultState(), dateTo: Date.parse('2024-06-01') });
    expect([...upToFirst.nodes].sort()).toEqual(['company:amazon', 'country:fr']);
    const fromSecond = computeVisibility(graph, index, { ...defaultState(), dateFrom: Date.parse('2025-01-01') });
    expect(fromSecond.edges.has('r1')).toBe(false);
    expect(fromSecond.edges.has('r3')).toBe(true);
    const big = computeVisibility(graph, index, { ...defaultState(), minAmountUsd: 4.5e9 });
    expect([...big.edges].filter((e) => graph.getEdgeAttribute(e, 'type') === 'INVESTS_IN')).toEqual(['r2']);
    const noCompanies = computeVisibility(graph, index, { ...defaultState(), hiddenNodeTypes: new Set(['Article', 'Company']), selected: { kind: 'node', id: 'company:aws' } });
    expect(noCompanies.nodes.has('company:amazon')).toBe(false);
    expect(noCompanies.nodes.has('company:aws')).toBe(true);
    expect(noCompanies.edges.has('r7')).toBe(true);
    expect(noCompanies.forced).toBe(true);
  });

  it('says when a new selection can reuse the current visibility', () => {
    const v = computeVisibility(graph, index, defaultState());
    expect(v.forced).toBe(false);
    expect(selectionFits(graph, v, { kind: 'node', id: 'company:amazon' })).toBe(true);
    expect(selectionFits(graph, v, { kind: 'edge', id: 'r1' })).toBe(true);
    expect(selectionFits(graph, v, { kind: 'node', id: 'a1' })).toBe(false); // an article: hidden, must be forced
    const withArticle = computeVisibility(graph, index, { ...defaultState(), selected: { kind: 'node', id: 'a1' } });
    expect(withArticle.forced).toBe(true);
    expect(selectionFits(graph, withArticle, null)).toBe(false); // un-forcing needs a pass too
  });
});

describe('url state', () => {
  it('round-trips filters, selection, query and camera; defaults give an empty hash', () => {
    expect(encodeView(defaultState(), null)).toBe('');
    const state = {
      ...defaultState(),
      hiddenNodeTypes: new Set(['Article', 'Person']),
      dateFrom: Date.parse('2025-01-01T00:00:00Z'),
      dateTo: Date.parse('2025-06-30T23:59:59.999Z'),
      minAmountUsd: 1e9,
      sizeBy: 'amount' as const,
      selected: { kind: 'edge' as const, id: 'INVESTS_IN|a|b' },
      query: 'MATCH (n) WHERE n.name = "É&x" RETURN n',
    };
    const decoded = decodeView('#' + encodeView(state, { x: 0.25, y: 0.75, ratio: 0.5 }));
    expect(decoded.camera).toEqual({ x: 0.25, y: 0.75, ratio: 0.5 });
    expect(decoded.state).toEqual({
      hiddenNodeTypes: new Set(['Article', 'Person']), dateFrom: state.dateFrom, dateTo: state.dateTo,
      minAmountUsd: 1e9, sizeBy: 'amount', selected: state.selected, query: state.query,
    });
    expect(decodeView('#cam=1,2&sel=x:y&min=-3').state).toEqual({});
  });
});

describe('query highlight', () => {
  it('maps result nodes, relationships and paths to graph keys', () => {
    const graph = fixtureGraph();
    const h = collectHighlight(graph, {
      columns: ['x'],
      rows: [
        [{ kind: 'node', id: 'internal-1', labels: ['Company'], properties: { id: 'company:microsoft' } }],
        [{ kind: 'relationship', id: 'unknown', type: 'INVESTS_IN', start: 'company:amazon', end: 'country:kr', properties: {} }],
        [{ kind: 'path', nodes: [], relationships: [{ kind: 'relationship', id: 'r5', type: 'ROLE_AT', start: 'x', end: 'y', properties: {} }] }],
        [[{ kind: 'node', id: 'program:choose-france', labels: ['Program'], properties: {} }], 'text', 3],
      ],
    });
    expect([...h.nodes].sort()).toEqual(['company:amazon', 'company:aws', 'company:microsoft', 'country:kr', 'person:matt-garman', 'program:choose-france']);
    expect([...h.edges].sort()).toEqual(['r2', 'r5']);
  });

  it('resolves Neo4j element ids through the nodes of the same result', () => {
    const graph = fixtureGraph();
    const h = collectHighlight(graph, {
      columns: ['r', 'a', 'b'],
      rows: [[
        { kind: 'relationship', id: '5:x:9', type: 'SUBSIDIARY_OF', start: '4:x:1', end: '4:x:2', properties: {} },
        { kind: 'node', id: '4:x:1', labels: ['Company'], properties: { id: 'company:aws' } },
        { kind: 'node', id: '4:x:2', labels: ['Company'], properties: { id: 'company:amazon' } },
      ]],
    });
    expect([...h.edges]).toEqual(['r4']);
    expect([...h.nodes].sort()).toEqual(['company:amazon', 'company:aws']);
  });
});

describe('layout', () => {
  it('seeds a deterministic layout and hashes graph content', () => {
    const a = fixtureGraph();
    const b = fixtureGraph();
    seedLayout(a, buildGraphIndex(a));
    seedLayout(b, buildGraphIndex(b));
    expect(a.getNodeAttributes('company:amazon')).toEqual(b.getNodeAttributes('company:amazon'));
    const positions = new Set(a.mapNodes((_k, n) => `${n.x.toFixed(3)},${n.y.toFixed(3)}`));
    expect(positions.size).toBe(a.order);
    expect(contentHash(a)).toBe(contentHash(b));
    b.dropEdge('r1');
    expect(contentHash(a)).not.toBe(contentHash(b));
  });
});

describe('label placement', () => {
  it('refuses a box that touches a placed label or an obstacle, across hash cells', () => {
    const p = new LabelPlacer();
    expect(p.tryPlace({ x1: 0, y1: 0, x2: 100, y2: 14 })).toBe(true);
    expect(p.tryPlace({ x1: 90, y1: 10, x2: 200, y2: 24 })).toBe(false);
    expect(p.tryPlace({ x1: 100, y1: 0, x2: 200, y2: 14 })).toBe(true); // touching edges do not overlap
    p.add({ x1: 300, y1: 300, x2: 310, y2: 310 }, false);
    expect(p.tryPlace({ x1: 250, y1: 305, x2: 305, y2: 320 })).toBe(false);
    expect(p.boxes.length).toBe(2);
    p.reset();
    expect(p.tryPlace({ x1: 90, y1: 10, x2: 200, y2: 24 })).toBe(true);
  });
});
