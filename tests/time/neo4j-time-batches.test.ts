/**
 * The Neo4j store refreshes time fields from each batch's neighbourhood (src/time/neo4j-neighbourhood.ts),
 * not from the whole graph: after every batch its graph must be the embedded store's, fed the same
 * batches — successions, revised amounts and new parents that close what an earlier batch wrote,
 * articles arriving out of date order, and batches ingested again (which add and change nothing).
 * Against NEO4J_URI when set, else Newsgraph's own Bolt endpoint (tests/neo4j/target.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jStore } from '../../src/store/neo4j/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { canonicalOrder } from '../../src/time/canonical.ts';
import { exportGraph } from '../../src/export/index.ts';
import { readTimeNeighbourhood } from '../../src/time/neo4j-neighbourhood.ts';
import type { EntityType } from '../../src/graph/model.ts';
import type { GraphPatch } from '../../src/graph/patch.ts';
import type { Snapshot } from '../../src/graph/model.ts';
import { openEmptyStore, type Target } from '../neo4j/target.ts';
import { ACME, CARTER, FRANCE, JONES, article, ceo, invest, type Fact } from './helpers.ts';

let target: Target;
let store: Neo4jStore;

beforeAll(async () => {
  ({ target, store } = await openEmptyStore());
}, 60_000);
afterAll(async () => { await store?.close(); await target?.close(); });

const content = (s: Snapshot) => exportGraph({ ...canonicalOrder(s), attributes: {} }, 'json').files[0]!.body;

type Ent = [string, EntityType, string];
const ALPHA: Ent = ['company:alpha', 'Company', 'Alpha Group'];
const GAMMA: Ent = ['company:gamma', 'Company', 'Gamma Holdings'];
const BETA: Ent = ['company:beta', 'Company', 'Beta'];
const OTHER: Ent = ['company:other', 'Company', 'Other Corp'];
const SPAIN: Ent = ['country:es', 'Country', 'Spain'];
const parent = (p: Ent, evidence: string): Fact => ({ type: 'SUBSIDIARY_OF', source: ACME, target: p, evidence });
const partners = (a: Ent, b: Ent, evidence: string): Fact => ({ type: 'PARTNERS_WITH', source: a, target: b, evidence });
const located = (c: Ent, where: Ent, evidence: string): Fact => ({ type: 'LOCATED_IN', source: c, target: where, evidence });

/** Batches as an ingest would send them; each later one changes fields an earlier one wrote. */
function batches(): GraphPatch[][] {
  const a1 = article(1, '2024-03-01', [ceo(CARTER, 'John Carter, chief executive of Acme, spoke.'), invest(1.2e9, 'Acme will invest 1.2 billion euros in France.'),
    parent(ALPHA, 'Acme, a subsidiary of Alpha Group, grew.'), partners(ACME, BETA, 'Acme partners with Beta.')]);
  const a2 = article(2, '2024-09-10', [invest(1.5e9, 'Acme will now invest 1.5 billion euros in France.'), located(OTHER, SPAIN, 'Other Corp, based in Spain, spoke.')]);
  const a5 = article(5, '2023-12-01', [ceo(CARTER, 'John Carter has been chief executive of Acme since 2021.'), located(ACME, FRANCE, 'Acme, based in France, grew.')]);
  const a3 = article(3, '2025-02-01', [ceo(JONES, 'Mary Jones, chief executive of Acme, spoke.'), parent(GAMMA, 'Gamma Holdings acquired Acme.'),
    partners(BETA, ACME, 'Beta and Acme ended their partnership in January 2025.')]);
  const a4 = article(4, '2025-01-15', [ceo(CARTER, 'John Carter, chief executive of Acme, will stay until 2026.'), invest(1.2e9, 'Acme invests 1.2 billion euros in France.')]);
  const a6 = article(6, undefined, [located(OTHER, SPAIN, 'Other Corp, based in Spain.')]);
  return [[a1], [a2, a5], [a3], [a1, a3], [a4, a6], [a1, a2, a3, a4, a5, a6]];
}

describe('time fields on the Neo4j store, batch by batch', () => {
  it('equal the embedded store\'s after every batch, and a batch ingested again adds and changes nothing', async () => {
    const mem = new MemoryStore(undefined, emptySnapshot());
    const seen: string[] = [];
    for (const [i, batch] of batches().entries()) {
      const [n, m] = [await store.apply(structuredClone(batch)), await mem.apply(structuredClone(batch))];
      expect(n, `batch ${i}`).toEqual(m);
      const graph = content(await store.snapshot());
      expect(graph, `batch ${i}`).toBe(content(await mem.snapshot()));
      seen.push(graph);
    }
    // the batches did change fields written before (else this test proves little) …
    const role = (g: string) => (JSON.parse(g) as { edges: Array<{ key: string; attributes: Record<string, unknown> }> }).edges
      .find((e) => e.key === 'ROLE_AT|person:john-carter|company:acme')!.attributes;
    expect(role(seen[0]!).supersededBy).toBeUndefined();
    expect(role(seen[2]!).supersededBy).toBe('ROLE_AT|person:mary-jones|company:acme');
    expect(role(seen[4]!).lastReported).toBe('2025-01-15');
    // … and the re-ingested batches (3, 5) added nothing and changed nothing
    expect(seen[3]).toBe(seen[2]);
    expect(seen[5]).toBe(seen[4]);
    const again = await store.apply(batches().flat());
    expect(again).toEqual({ newArticles: 0, newEntities: 0, newRelations: 0 });
    expect(content(await store.snapshot())).toBe(seen[5]);
  });

  it('reads only the neighbourhood of a batch: its relations, their groups, their ends and articles', async () => {
    const batch = [article(7, '2025-03-01', [invest(2e9, 'Acme will invest 2 billion euros in France.')])];
    await store.apply(structuredClone(batch));
    const session = store.driver.session();
    try {
      const graph = await session.executeRead((tx) => readTimeNeighbourhood(tx, batch, store.server.major));
      // the three investments of Acme in France (one group), their ends and the articles stating them
      expect(graph.edges().sort()).toEqual(['INVESTS_IN|company:acme|country:fr|1200000000EUR', 'INVESTS_IN|company:acme|country:fr|1500000000EUR', 'INVESTS_IN|company:acme|country:fr|2000000000EUR']);
      expect(graph.nodes().sort()).toEqual(['article:0000000000000001', 'article:0000000000000002', 'article:0000000000000004', 'article:0000000000000007', 'company:acme', 'country:fr']);
      expect(graph.getEdgeAttribute('INVESTS_IN|company:acme|country:fr|1500000000EUR', 'conflicts')).toEqual(['INVESTS_IN|company:acme|country:fr|1200000000EUR', 'INVESTS_IN|company:acme|country:fr|2000000000EUR']);
    } finally {
      await session.close();
    }
  });
});
