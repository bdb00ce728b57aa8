/** The server-side views on a small hand-made graph: ranking, filters, aggregates, expansions, search, layout. */
import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import { aggregateMembers, computeView, edgesAmong, neighbours, rank, search } from '../../src/server/views/compute-view.ts';
import { buildViewIndex } from '../../src/server/views/view-index.ts';
import { layoutView } from '../../src/server/views/view-layout.ts';
import { parseViewParams, ViewParamError } from '../../src/server/views/view-params.ts';

function sample() {
  const g = new graphology.MultiDirectedGraph();
  const node = (key: string, type: string, extra: Record<string, unknown> = {}) => g.addNode(key, { type, id: key, name: extra.name ?? key, aliases: [], mentions: 1, articles: [], ...extra });
  g.addNode('article:1', { type: 'Article', id: 'article:1', title: 'one', date: '2025-01-10' });
  g.addNode('article:2', { type: 'Article', id: 'article:2', title: 'two', date: '2025-06-10' });
  node('country:fr', 'Country', { name: 'France' });
  node('country:de', 'Country', { name: 'Germany' });
  node('region:lyon', 'Region', { name: 'Lyon' });
  node('company:a', 'Company', { articles: ['article:1'], mentions: 9 });
  node('company:b', 'Company', { articles: ['article:2'], aliases: ['Bé Corp'] });
  node('company:c', 'Company', { articles: ['article:2'] });
  node('company:d', 'Company', { articles: ['article:1'] });
  node('company:e', 'Company');
  node('person:p', 'Person', { name: 'Corée Person' });
  let n = 0;
  const rel = (s: string, t: string, type: string, extra: Record<string, unknown> = {}) => g.addEdgeWithKey(`e${n++}`, s, t, { type, articles: ['article:1'], evidence: ['…'], ...extra });
  rel('region:lyon', 'country:fr', 'LOCATED_IN');
  rel('company:a', 'country:fr', 'INVESTS_IN', { amountUsd: 5e9 });
  rel('company:a', 'country:de', 'INVESTS_IN', { amountUsd: 1e6 });
  rel('company:a', 'company:b', 'COMPETES_WITH', { articles: ['article:2'] });
  rel('company:b', 'region:lyon', 'LOCATED_IN', { articles: ['article:2'] });
  rel('company:c', 'country:de', 'LOCATED_IN', { articles: ['article:2'] });
  rel('company:d', 'country:de', 'INVESTS_IN', { amountUsd: 2e9 });
  rel('person:p', 'company:a', 'ROLE_AT');
  g.addEdgeWithKey('m1', 'article:1', 'company:a', { type: 'MENTIONS' });
  return buildViewIndex(g);
}

const p = (q = '') => parseViewParams(new URLSearchParams(q));

describe('view index', () => {
  it('leaves articles and MENTIONS out, counts the whole graph, and finds each entity its country', () => {
    const ix = sample();
    expect(ix.keys).not.toContain('article:1');
    expect(ix.edgeTypes).not.toContain('MENTIONS');
    expect(ix.totalNodes).toBe(11); // 2 articles, 9 entities
    expect(ix.totalEdges).toBe(9);
    const country = (k: string) => { const c = ix.country[ix.byKey.get(k)!]!; return c < 0 ? null : ix.keys[c]; };
    expect(country('company:b')).toBe('country:fr'); // located in Lyon, which is in France
    expect(country('company:c')).toBe('country:de'); // located
    expect(country('company:d')).toBe('country:de'); // linked (invests there)
    expect(country('company:e')).toBeNull();
    expect(country('country:fr')).toBe('country:fr');
  });
});

describe('ranking and first screen', () => {
  it('ranks by the chosen measure, ties by degree then key', () => {
    const ix = sample();
    const order = (q: string) => Array.from(rank(ix, p(q)).order).map((i) => ix.keys[i]);
    expect(order('measure=degree')[0]).toBe('company:a');
    expect(order('measure=investment').slice(0, 3)).toEqual(['company:a', 'country:fr', 'country:de']);
    expect(order('measure=mentions')[0]).toBe('company:a');
    expect(order('measure=recency').slice(0, 2).sort()).toEqual(['company:b', 'company:c']);
  });

  it('filters by type, date and minimum amount', () => {
    const ix = sample();
    const keys = (q: string) => Array.from(rank(ix, p(q)).order).map((i) => ix.keys[i]).sort();
    expect(keys('types=Country')).toEqual(['country:de', 'country:fr']);
    expect(keys('from=2025-06-01')).not.toContain('company:a');
    expect(keys('from=2025-06-01')).toContain('company:e'); // undated: always in
    expect(keys('minAmount=1000000000')).not.toContain('company:e'); // no relation left
    expect(rank(ix, p('minAmount=1000000000')).investUsd[ix.byKey.get('country:de')!]).toBe(2e9); // the small one left out
    expect(() => p('measure=size')).toThrow(ViewParamError);
    expect(() => p('from=yesterday')).toThrow(/'from' must be a date/);
    expect(() => p('limit=0')).toThrow(/'limit'/);
  });

  it('shows the top entities and summarises the rest per type and country, with their links', () => {
    const ix = sample();
    const params = p('limit=2');
    const r = rank(ix, params);
    const view = computeView(ix, r, params);
    const shown = view.nodes.filter((n) => n.attributes.type !== 'Aggregate').map((n) => n.key);
    expect(shown).toEqual(Array.from(r.order.subarray(0, 2)).map((i) => ix.keys[i]));
    const aggs = view.nodes.filter((n) => n.attributes.type === 'Aggregate');
    const total = aggs.reduce((s, n) => s + Number(n.attributes.count), 0);
    expect(total).toBe(r.order.length - 2);
    expect(aggs.map((n) => n.attributes.name)).toContain('+2 more companies · Germany');
    for (const e of view.edges) {
      expect(view.nodes.some((n) => n.key === e.source)).toBe(true);
      expect(view.nodes.some((n) => n.key === e.target)).toBe(true);
      if (e.attributes.type !== 'AGGREGATE') expect(shown).toContain(e.target);
    }
    expect(view.edges.some((e) => e.attributes.type === 'AGGREGATE')).toBe(true);
  });

  it('pages through an aggregate, and expands neighbours best first', () => {
    const ix = sample();
    const params = p('limit=1');
    const r = rank(ix, params);
    const view = computeView(ix, r, params);
    const agg = view.nodes.find((n) => n.attributes.type === 'Aggregate' && Number(n.attributes.count) >= 2)!;
    const first = aggregateMembers(ix, r, params, agg.key, 0, 1);
    const rest = aggregateMembers(ix, r, params, agg.key, 1, 100);
    expect(first.nodes).toHaveLength(1);
    expect(first.remaining).toBe(Number(agg.attributes.count) - 1);
    expect(rest.nodes.map((n) => n.key)).not.toContain(first.nodes[0]!.key);
    const nb = neighbours(ix, r, ix.byKey.get('company:a')!, 0, 2);
    expect(nb.nodes[0]!.key).toBe('company:a');
    expect(nb.attributes.total).toBe(4);
    const ranks = nb.nodes.slice(1).map((n) => Number(n.attributes.rank));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const e of nb.edges) expect([e.source, e.target]).toContain('company:a');
  });

  it('finds the relations joining new nodes to the view', () => {
    const ix = sample();
    const r = rank(ix, p());
    const edges = edgesAmong(ix, r, ['company:b'], ['company:a', 'region:lyon', 'country:de'], 100);
    expect(edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['company:a>company:b', 'company:b>region:lyon']);
  });

  it('searches names and aliases, accents and case ignored', () => {
    const ix = sample();
    const r = rank(ix, p());
    expect(search(ix, r, 'coree', 5).map((h) => h.id)).toEqual(['person:p']);
    expect(search(ix, r, 'be corp', 5)[0]).toMatchObject({ id: 'company:b', matched: 'Bé Corp' });
    expect(search(ix, r, '', 5)).toEqual([]);
  });

  it('lays a view out the same way every time, countries apart', () => {
    const ix = sample();
    const params = p('limit=6');
    const make = () => { const v = computeView(ix, rank(ix, params), params); layoutView(v); return v; };
    const a = make(), b = make();
    expect(a.nodes.map((n) => [n.attributes.x, n.attributes.y])).toEqual(b.nodes.map((n) => [n.attributes.x, n.attributes.y]));
    for (const n of a.nodes) expect(Number.isFinite(n.attributes.x)).toBe(true);
    const at = (k: string) => a.nodes.find((n) => n.key === k)!.attributes as { x: number; y: number };
    const d = (x: string, y: string) => Math.hypot(at(x).x - at(y).x, at(x).y - at(y).y);
    expect(d('country:fr', 'country:de')).toBeGreaterThan(0);
  });
});
