import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { snapshotAsOf } from '../../src/time/as-of.ts';
import { diffSnapshots, formatDiff } from '../../src/time/diff.ts';
import { presentAt } from '../../src/time/presence.ts';
import { exportGraph } from '../../src/export/index.ts';
import { queryAsOf } from '../../src/time/snapshots.ts';
import { article, invest, story } from './helpers.ts';

async function storeOf(patches = story()) {
  const store = new MemoryStore(undefined, emptySnapshot());
  await store.apply(patches);
  return store;
}
const keys = (s: { edges: Array<{ key?: string; attributes: Record<string, unknown> }> }) => s.edges.filter((e) => e.attributes.type !== 'MENTIONS').map((e) => e.key).sort();

describe('the as-of rule', () => {
  it('is: reported by then, and not closed by an end known by then', () => {
    expect(presentAt({ firstReported: '2024-03-01' }, '2024-02-28')).toBe(false);
    expect(presentAt({ firstReported: '2024-03-01' }, '2024-03-01')).toBe(true);
    expect(presentAt({ firstReported: '2024-03-01', validTo: '2024-06-30', endReported: '2024-03-01' }, '2024-06-30')).toBe(true);
    expect(presentAt({ firstReported: '2024-03-01', validTo: '2024-06-30', endReported: '2024-03-01' }, '2024-07-01')).toBe(false);
    // an end reported later is not known yet
    expect(presentAt({ firstReported: '2024-03-01', validTo: '2024-06-30', endReported: '2024-09-01' }, '2024-08-01')).toBe(true);
    expect(presentAt({}, '1900-01-01')).toBe(true);
  });
});

describe('snapshots as of a date', () => {
  it('holds what was reported by then and not yet closed', async () => {
    const full = await (await storeOf()).snapshot();
    expect(keys(snapshotAsOf(full, '2024-01-01'))).toEqual([]);
    expect(keys(snapshotAsOf(full, '2024-06-01'))).toEqual(['INVESTS_IN|company:acme|country:fr|1200000000EUR', 'ROLE_AT|person:john-carter|company:acme']);
    expect(keys(snapshotAsOf(full, '2024-12-01'))).toEqual(['INVESTS_IN|company:acme|country:fr|1500000000EUR', 'ROLE_AT|person:john-carter|company:acme']);
    expect(keys(snapshotAsOf(full, '2025-03-01'))).toEqual(['INVESTS_IN|company:acme|country:fr|1500000000EUR', 'ROLE_AT|person:mary-jones|company:acme']);
  });

  it('shows each fact as it stood then: its articles, last report, and no end reported later', async () => {
    const full = await (await storeOf([...story(), article(4, '2024-10-01', [invest(1.5e9, 'Acme confirms 1.5 billion euros.')])])).snapshot();
    const s = snapshotAsOf(full, '2024-09-15');
    const inv = s.edges.find((e) => e.key === 'INVESTS_IN|company:acme|country:fr|1500000000EUR')!.attributes;
    expect(inv).toMatchObject({ articles: ['article:0000000000000002'], lastReported: '2024-09-10' });
    const carter = s.edges.find((e) => e.key === 'ROLE_AT|person:john-carter|company:acme')!.attributes;
    expect(carter.validTo).toBeUndefined();
    expect(carter.supersededBy).toBeUndefined();
    expect(s.nodes.find((n) => n.key === 'company:acme')!.attributes).toMatchObject({ lastSeen: '2024-09-10', mentions: 3 });
    expect(s.nodes.some((n) => n.key === 'person:mary-jones')).toBe(false);
  });

  it('carries its date, ingest state and content hash; the same articles in another order give the same bytes', async () => {
    const a = snapshotAsOf(await (await storeOf(story())).snapshot(), '2025-01-01');
    const b = snapshotAsOf(await (await storeOf(story().reverse())).snapshot(), '2025-01-01');
    expect(a.attributes).toMatchObject({ asOf: '2025-01-01', articles: 2, ingestArticles: 3 });
    expect(a.attributes.ingestState).toMatch(/^[0-9a-f]{32}$/);
    expect(a.attributes.contentHash).toBe(createHash('sha256').update(JSON.stringify({ nodes: a.nodes, edges: a.edges })).digest('hex'));
    for (const format of ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const) {
      expect(exportGraph(b, format).files.map((f) => f.body)).toEqual(exportGraph(a, format).files.map((f) => f.body));
    }
    const other = snapshotAsOf(await (await storeOf(story().slice(0, 2))).snapshot(), '2025-01-01');
    expect(other.attributes.ingestState).not.toBe(a.attributes.ingestState);
  });

  it('answers Cypher as of a date, with dates as dates', async () => {
    const store = await storeOf();
    const r = await queryAsOf(store, '2024-06-01', "MATCH (p:Person)-[r:ROLE_AT]->(c) WHERE r.firstReported <= date('2024-06-01') RETURN p.name");
    expect(r.rows).toEqual([['John Carter']]);
    await expect(queryAsOf(store, '2024-06-01', 'CREATE (n:X) RETURN n')).rejects.toThrow();
  });
});

describe('diff between two dates', () => {
  it('lists new, closed (and why) and changed facts', async () => {
    const full = await (await storeOf()).snapshot();
    const d = diffSnapshots(snapshotAsOf(full, '2024-06-01'), snapshotAsOf(full, '2025-03-01'), { from: '2024-06-01', to: '2025-03-01' }, full);
    expect(d.relations.added.map((x) => x.key)).toEqual(['INVESTS_IN|company:acme|country:fr|1500000000EUR', 'ROLE_AT|person:mary-jones|company:acme']);
    expect(d.relations.closed.map((x) => [x.key, x.reason, x.validTo, x.supersededBy])).toEqual([
      ['INVESTS_IN|company:acme|country:fr|1200000000EUR', 'superseded', '2024-09-09', 'INVESTS_IN|company:acme|country:fr|1500000000EUR'],
      ['ROLE_AT|person:john-carter|company:acme', 'superseded', '2025-01-31', 'ROLE_AT|person:mary-jones|company:acme'],
    ]);
    expect(d.entities.added.map((x) => x.name)).toEqual(['Mary Jones']);
    expect(formatDiff(d)).toContain('John Carter —ROLE_AT chief executive→ Acme  [superseded 2025-01-31');
    // a fact that stays but says something new is "changed"
    const later = await (await storeOf([...story(), article(4, '2025-04-01', [{ type: 'ROLE_AT', source: ['person:mary-jones', 'Person', 'Mary Jones'], target: ['company:acme', 'Company', 'Acme'], evidence: 'Mary Jones has been chief executive of Acme since 2024.', properties: { role: 'chief executive' } }])])).snapshot();
    const c = diffSnapshots(snapshotAsOf(later, '2025-03-01'), snapshotAsOf(later, '2025-05-01'), { from: 'a', to: 'b' });
    expect(c.relations.changed.map((x) => [x.key, x.changes])).toEqual([['ROLE_AT|person:mary-jones|company:acme', [{ property: 'validFrom', from: null, to: '2024-01-01' }]]]);
  });
});
