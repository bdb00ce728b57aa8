/**
 * One rule on both stores (issue 14): the relationship `key`, read-only checks made by Newsgraph itself.
 * Runs against NEO4J_URI when set, else Newsgraph's own Bolt endpoint (target.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNeo4jStore, type Neo4jStore } from '../../src/store/neo4j/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { relationKey } from '../../src/graph/patch.ts';
import { announce, openTarget, type Target } from './target.ts';
import { patches } from './fixtures.ts';

let target: Target;
let store: Neo4jStore;
const mem = new MemoryStore(undefined, emptySnapshot('parity'));

beforeAll(async () => {
  target = await openTarget();
  store = await openNeo4jStore(target.config);
  announce(target, store.server.agent);
  await store.load(emptySnapshot());
  await store.apply(patches());
  await mem.apply(patches());
});
afterAll(async () => { await store?.close(); await target?.close(); });

describe('the relationship key is the property `key` on both stores', () => {
  const query = "MATCH (:Company {id: 'company:amazon'})-[r:INVESTS_IN]->() RETURN r.key AS key, 'key' IN keys(r) AS listed, r";
  const expected = relationKey('INVESTS_IN', 'company:amazon', 'country:fr', '1200000000EUR');

  it.each([['neo4j store', () => store], ['memory store', () => mem]] as const)('%s', async (_name, get) => {
    const r = await get().query(query);
    expect(r.rows[0]!.slice(0, 2)).toEqual([expected, true]);
    // in the JSON shape the key is the relationship's id, not repeated among its properties
    const rel = r.rows[0]![2] as { id: string; properties: Record<string, unknown> };
    expect(rel.id).toBe(expected);
    expect(rel.properties).not.toHaveProperty('key');
  });
});
