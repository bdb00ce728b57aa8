/**
 * The Neo4j store's suite: against NEO4J_URI when set, else Newsgraph's own Bolt endpoint over a fresh
 * embedded graph (see target.ts). The output names the server it ran against.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNeo4jStore, push, pull, type Neo4jStore } from '../../src/store/neo4j/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { constrainedLabels, NODE_LABELS, schemaDialect } from '../../src/store/neo4j/schema.ts';
import { openEmptyStore, type Target } from './target.ts';
import { CROSS_CHECK_QUERIES, patches } from './fixtures.ts';

let target: Target;
let store: Neo4jStore;

beforeAll(async () => {
  ({ target, store } = await openEmptyStore());
});
afterAll(async () => { await store?.close(); await target?.close(); });

function memory(): MemoryStore {
  return new MemoryStore(undefined, emptySnapshot('cross-check'));
}

describe('Neo4j store', () => {
  it('detects the server version and has a uniqueness constraint on id for every label', async () => {
    expect(schemaDialect(store.server.version)).not.toBeNull(); // 3.5 or later
    const session = store.driver.session(store.database ? { database: store.database } : {});
    try {
      const have = await constrainedLabels(session, schemaDialect(store.server.version));
      for (const label of NODE_LABELS) expect(have.has(label), label).toBe(true);
    } finally { await session.close(); }
  });

  it('applies patches idempotently: a second run adds nothing', async () => {
    const first = await store.apply(patches());
    expect(first).toEqual({ newArticles: 2, newEntities: 4, newRelations: 6 });
    const s1 = await store.stats();
    const again = await store.apply(patches());
    expect(again).toEqual({ newArticles: 0, newEntities: 0, newRelations: 0 });
    expect(await store.stats()).toEqual(s1);
    expect(s1).toMatchObject({ articles: 2, entities: 4, relationships: 6 });
    expect(s1.relationshipsByType).toMatchObject({ INVESTS_IN: 2, COMPETES_WITH: 1, ANNOUNCED_AT: 1, MENTIONS: 2 });
  });

  it('merges as the memory store does: provenance grows, nothing duplicated', async () => {
    const mem = memory();
    await mem.apply(patches());
    await mem.apply(patches());
    const neo = await store.snapshot();
    const ref = await mem.snapshot();
    const byKey = <T extends { key?: string }>(xs: T[]): Record<string, T> => Object.fromEntries(xs.map((x): [string, T] => [String(x.key), x]));
    const nNodes = byKey(neo.nodes), rNodes = byKey(ref.nodes);
    expect(Object.keys(nNodes).sort()).toEqual(Object.keys(rNodes).sort());
    for (const k of Object.keys(rNodes)) expect(nNodes[k]!.attributes, k).toEqual(rNodes[k]!.attributes);
    const nEdges = byKey(neo.edges), rEdges = byKey(ref.edges);
    expect(Object.keys(nEdges).sort()).toEqual(Object.keys(rEdges).sort());
    for (const k of Object.keys(rEdges)) {
      expect(nEdges[k]!.attributes, k).toEqual(rEdges[k]!.attributes);
      expect([nEdges[k]!.source, nEdges[k]!.target]).toEqual([rEdges[k]!.source, rEdges[k]!.target]);
    }
    const amazon = nNodes['company:amazon']!.attributes;
    expect(amazon.mentions).toBe(5);
    expect(amazon.articles).toEqual(['a1-hash', 'a2-hash']);
    const inv = Object.values(nEdges).find((e) => e.attributes.type === 'INVESTS_IN' && e.source === 'company:amazon')!.attributes;
    expect(inv.articles).toHaveLength(2);
    expect(inv.confidence).toBe(0.95);
  });

  it('answers queries exactly as the memory store does for the same graph', async () => {
    const mem = memory();
    await mem.apply(patches());
    for (const { query, params } of CROSS_CHECK_QUERIES) {
      const opts = params ? { params } : {};
      const [a, b] = [await store.query(query, opts), await mem.query(query, opts)];
      expect({ query, columns: a.columns, rows: a.rows }).toEqual({ query, columns: b.columns, rows: b.rows });
    }
  });

  it('works through a neo4j:// routing URI as well', async () => {
    const routed = await openNeo4jStore({ ...target.config, uri: target.config.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') });
    try {
      const r = await routed.query('MATCH (c:Company) RETURN c.id AS id ORDER BY id', { readOnly: true });
      expect(r.rows).toEqual([['company:amazon'], ['company:microsoft']]);
    } finally { await routed.close(); }
  });

  it('knows its entities and articles', async () => {
    const known = await store.knownEntities();
    expect(known.map((e) => e.id).sort()).toEqual(['company:amazon', 'company:microsoft', 'country:fr', 'program:choose-france']);
    expect(known.find((e) => e.id === 'country:fr')).toMatchObject({ type: 'Country', name: 'France', iso2: 'FR' });
    expect(await store.hasArticle('a1-hash')).toBe(true);
    expect(await store.hasArticle('nope')).toBe(false);
  });

  it('refuses writes in read-only queries and reports errors in the DESIGN.md form', async () => {
    await expect(store.query("CREATE (:Company {id: 'company:x'})", { readOnly: true })).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\./) });
    expect((await store.query("MATCH (n {id: 'company:x'}) RETURN n")).rows).toHaveLength(0);
    const syntax = await store.query('MATCH (n RETURN n').then(() => undefined, (e: unknown) => e as { code: string; position?: { line: number; column: number } });
    expect(syntax?.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(syntax?.position?.line).toBe(1);
    await expect(store.query('MATCH (n) RETURN n', { maxRows: 2 })).rejects.toMatchObject({ code: 'Neo.ClientError.General.ForbiddenOperation' });
    const mem = memory();
    await mem.apply(patches());
    await expect(mem.query('MATCH (n) RETURN n', { maxRows: 2 })).rejects.toMatchObject({ code: 'Neo.ClientError.General.ForbiddenOperation' });
  });

  it('round-trips the graph through snapshot() and load(), and push / pull copy it between stores', async () => {
    const snap = await store.snapshot();
    await store.load(emptySnapshot());
    expect((await store.stats()).relationships).toBe(0);
    await store.load(snap);
    const again = await store.snapshot();
    const norm = (s: typeof snap) => ({
      nodes: [...s.nodes].sort((x, y) => x.key.localeCompare(y.key)),
      edges: [...s.edges].sort((x, y) => String(x.key).localeCompare(String(y.key))),
    });
    expect(norm(again)).toEqual(norm(snap));

    const local = memory();
    const pulled = await pull(store, local);
    expect(pulled).toMatchObject({ nodes: snap.nodes.length, relationships: snap.edges.length });
    expect(norm(await local.snapshot())).toEqual(norm(snap));
    await store.load(emptySnapshot());
    await push(local, store);
    expect(norm(await store.snapshot())).toEqual(norm(snap));
  });
});
