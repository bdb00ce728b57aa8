import { describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore, emptySnapshot, openMemoryStore } from '../../src/store/memory/index.ts';
import { article, ACME, CARTER, FRANCE, JONES, ceo, invest, story } from './helpers.ts';

const INV_12 = 'INVESTS_IN|company:acme|country:fr|1200000000EUR';
const INV_15 = 'INVESTS_IN|company:acme|country:fr|1500000000EUR';
const CARTER_CEO = 'ROLE_AT|person:john-carter|company:acme';
const JONES_CEO = 'ROLE_AT|person:mary-jones|company:acme';

async function storeOf(patches = story()) {
  const store = new MemoryStore(undefined, emptySnapshot());
  await store.apply(patches);
  return store;
}
const attrs = (s: MemoryStore, key: string) => JSON.parse(JSON.stringify(s.graph.getEdgeAttributes(key))) as Record<string, unknown>;

describe('time fields', () => {
  it('gives report times and entity first/last seen from the articles', async () => {
    const s = await storeOf();
    expect(attrs(s, INV_12)).toMatchObject({ firstReported: '2024-03-01', lastReported: '2024-03-01' });
    const acme = JSON.parse(JSON.stringify(s.graph.getNodeAttributes('company:acme')));
    expect(acme).toMatchObject({ firstSeen: '2024-03-01', lastSeen: '2025-02-01' });
  });

  it('a new holder of the same role closes the previous one; both stay', async () => {
    const s = await storeOf();
    expect(attrs(s, CARTER_CEO)).toMatchObject({ supersededBy: JONES_CEO, validTo: '2025-01-31', endReported: '2025-02-01' });
    expect(attrs(s, JONES_CEO).validTo).toBeUndefined();
    expect(attrs(s, JONES_CEO).supersededBy).toBeUndefined();
  });

  it('a later different amount for the same investment revises it: both flagged, the older closed', async () => {
    const s = await storeOf();
    expect(attrs(s, INV_12)).toMatchObject({ conflicts: [INV_15], supersededBy: INV_15, validTo: '2024-09-09' });
    expect(attrs(s, INV_15)).toMatchObject({ conflicts: [INV_12] });
    expect(attrs(s, INV_15).validTo).toBeUndefined();
  });

  it('amounts reported side by side (the older restated after the newer) are flagged, neither closed', async () => {
    const s = await storeOf([...story(), article(4, '2024-10-01', [invest(1.2e9, 'Acme still says 1.2 billion euros for France.')])]);
    expect(attrs(s, INV_12)).toMatchObject({ conflicts: [INV_15], lastReported: '2024-10-01' });
    expect(attrs(s, INV_12).supersededBy).toBeUndefined();
    expect(attrs(s, INV_12).validTo).toBeUndefined();
  });

  it('amounts a year apart, or announced in different years, are two investments', async () => {
    const s = await storeOf([article(1, '2023-01-05', [invest(1e9, 'Acme invests 1 billion euros in France.', 2023)]), article(2, '2024-01-05', [invest(2e9, 'Acme invests 2 billion euros in France.', 2024)])]);
    for (const key of s.graph.edges()) expect(s.graph.getEdgeAttribute(key, 'conflicts')).toBeUndefined();
  });

  it('does not depend on the order articles came in', async () => {
    const a = await storeOf(story());
    const b = await storeOf(story().reverse());
    for (const key of [INV_12, INV_15, CARTER_CEO, JONES_CEO]) {
      const pick = (x: Record<string, unknown>) => Object.fromEntries(['validFrom', 'validTo', 'firstReported', 'lastReported', 'endReported', 'supersededBy', 'conflicts'].map((k) => [k, x[k]]));
      expect(pick(attrs(b, key))).toEqual(pick(attrs(a, key)));
    }
  });

  it('reads validity from the evidence: "former", "until"', async () => {
    const s = await storeOf([
      article(1, '2024-01-01', [{ type: 'INVESTS_IN', source: ACME, target: FRANCE, evidence: 'Acme will run the plant in France until 2031.', discriminator: 'until2031' }]),
      article(2, '2024-06-01', [ceo(CARTER, 'John Carter, former chief executive of Acme, said so.')]),
    ]);
    expect(attrs(s, 'INVESTS_IN|company:acme|country:fr|until2031')).toMatchObject({ validTo: '2031-12-31', endReported: '2024-01-01' });
    expect(attrs(s, CARTER_CEO)).toMatchObject({ validTo: '2024-05-31', endReported: '2024-06-01' });
  });

  it('stores Cypher dates: queryable as dates, and kept as dates in the store file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ng-time-'));
    try {
      const file = join(dir, 'g.json');
      const s = await openMemoryStore({ file });
      await s.apply(story());
      await s.flush();
      const again = await openMemoryStore({ file });
      const r = await again.query("MATCH (p)-[r:ROLE_AT]->(c) WHERE r.validTo < date('2025-06-01') RETURN p.name, r.validTo, r.firstReported.year");
      expect(r.rows).toEqual([['John Carter', '2025-01-31', 2024]]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('retraction reopens what the removed article had closed, and putting it back closes it again', async () => {
    const s = await storeOf();
    const before = attrs(s, CARTER_CEO);
    const summary = await s.removeArticle('article:0000000000000003');
    expect(summary).toMatchObject({ removedRelations: 1, removedEntities: 1 });
    expect(s.graph.hasEdge(JONES_CEO)).toBe(false);
    expect(s.graph.hasNode(JONES[0])).toBe(false);
    expect(attrs(s, CARTER_CEO).supersededBy).toBeUndefined();
    expect(attrs(s, CARTER_CEO).validTo).toBeUndefined();
    await s.apply([story()[2]!]);
    expect(attrs(s, CARTER_CEO)).toEqual(before);
  });

  it('retraction: shared facts lose only that evidence and that article\'s mentions', async () => {
    const s = await storeOf([...story(), article(4, '2024-10-01', [invest(1.2e9, 'Acme still says 1.2 billion euros for France.')])]);
    const mentions = s.graph.getNodeAttribute('company:acme', 'mentions') as number;
    await s.removeArticle('article:0000000000000004');
    expect(attrs(s, INV_12)).toMatchObject({ articles: ['article:0000000000000001'], lastReported: '2024-03-01', supersededBy: INV_15 });
    expect(s.graph.getNodeAttribute('company:acme', 'mentions')).toBe(mentions - 1);
    expect(await s.removeArticle('article:0000000000000004')).toBeUndefined();
  });
});
