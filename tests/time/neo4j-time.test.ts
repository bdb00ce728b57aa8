/**
 * Time fields and retraction on the Neo4j store: against NEO4J_URI when set, else Newsgraph's own Bolt
 * endpoint (tests/neo4j/target.ts). The answers must be the embedded store's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jStore } from '../../src/store/neo4j/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { canonicalOrder } from '../../src/time/canonical.ts';
import { exportGraph } from '../../src/export/index.ts';
import { snapshotAsOf } from '../../src/time/as-of.ts';
import type { Snapshot } from '../../src/graph/model.ts';
import { openEmptyStore, type Target } from '../neo4j/target.ts';
import { story } from './helpers.ts';

let target: Target;
let store: Neo4jStore;

beforeAll(async () => {
  ({ target, store } = await openEmptyStore());
  await store.apply(story());
}, 60_000);
afterAll(async () => { await store?.close(); await target?.close(); });

/** Graph content only (Neo4j adds `key` properties the embedded store keeps as edge keys). */
const content = (s: Snapshot) => exportGraph({ ...canonicalOrder(s), attributes: {} }, 'json').files[0]!.body;

describe('time on the Neo4j store', () => {
  it('derives the same time fields as the embedded store, stored as Cypher dates', async () => {
    const mem = new MemoryStore(undefined, emptySnapshot());
    await mem.apply(story());
    expect(content(await store.snapshot())).toBe(content(await mem.snapshot()));
    const r = await store.query("MATCH (p:Person)-[r:ROLE_AT]->() WHERE r.validTo < date('2025-06-01') RETURN p.name, r.supersededBy, r.firstReported.year AS y");
    expect(r.rows).toEqual([['John Carter', 'ROLE_AT|person:mary-jones|company:acme', 2024]]);
  });

  it('removes an article and gets the same graph back when it is applied again', async () => {
    const before = content(await store.snapshot());
    const summary = await store.removeArticle('article:0000000000000003');
    expect(summary).toMatchObject({ removedRelations: 1, removedEntities: 1 });
    const without = await store.snapshot();
    expect(without.nodes.some((n) => n.key === 'person:mary-jones' || n.key === 'article:0000000000000003')).toBe(false);
    const carter = without.edges.find((e) => e.key === 'ROLE_AT|person:john-carter|company:acme')!.attributes;
    expect(carter.supersededBy).toBeUndefined();
    expect(carter.validTo).toBeUndefined();
    expect(await store.removeArticle('article:0000000000000003')).toBeUndefined();
    await store.apply([story()[2]!]);
    expect(content(await store.snapshot())).toBe(before);
    expect(snapshotAsOf(await store.snapshot(), '2025-03-01').attributes.contentHash).toBe(snapshotAsOf(await (async () => { const m = new MemoryStore(undefined, emptySnapshot()); await m.apply(story()); return m.snapshot(); })(), '2025-03-01').attributes.contentHash);
  });
});
