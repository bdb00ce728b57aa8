/**
 * The read-mostly store (reads served from the snapshot's columns, src/store/memory/column-graph.ts)
 * against the full store (graphology) on the same files: same stats, same query answers in the same
 * row order — with batches in the log after the snapshot, parallel relationships, self-loops and
 * integer-like node keys (which graphology's adjacency objects enumerate first).
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphPatch, EntityPatch, RelationPatch } from '../../src/graph/patch.ts';
import { relationKey } from '../../src/graph/patch.ts';
import type { PropertyValue, RelationType } from '../../src/graph/model.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { openReadMostlyStore, ReadMostlyStore } from '../../src/store/memory/read-mostly-store.ts';
import { readStoreState } from '../../src/store/memory/store-state.ts';
import type { Store } from '../../src/store/store.ts';

/** A deterministic pseudo-random sequence (the same store every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

const COMPANIES = ['company:acme', 'company:globex', '42', '7', 'company:initech', 'company:umbrella', '100', 'company:stark'];
const COUNTRIES = ['country:fr', 'country:de', 'country:jp'];
const PEOPLE = ['person:ada', 'person:grace', 'person:linus'];

/** Article n: mentions, investments (parallel ones: several amounts), partnerships (self-loops too), roles. */
function generatedPatch(n: number, next: () => number): GraphPatch {
  const article = `article:${String(n).padStart(6, '0')}`;
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const entities = new Map<string, EntityPatch>();
  const entity = (id: string): string => {
    const type = COUNTRIES.includes(id) ? 'Country' : PEOPLE.includes(id) ? 'Person' : 'Company';
    entities.set(id, { id, type, name: `Name ${id}`, aliases: next() < 0.3 ? [`Alias ${n}`] : [], mentions: 1 + Math.floor(next() * 3), article, ...(type === 'Country' ? { iso2: id.slice(-2).toUpperCase() } : {}) });
    return id;
  };
  const relations: RelationPatch[] = [];
  const evidence = `Sentence ${n % 7} of the news.`;
  const rel = (type: RelationType, source: string, target: string, discriminator: string | undefined, properties: Record<string, PropertyValue>): void => {
    relations.push({ key: relationKey(type, source, target, discriminator), type, source, target, article, evidence, confidence: Math.round(next() * 100) / 100, properties });
  };
  for (let k = 0; k < 3; k++) { const c = entity(pick(COMPANIES)); rel('MENTIONS', article, c, undefined, {}); }
  const investor = entity(pick(COMPANIES)), place = entity(pick(COUNTRIES));
  const amount = 1 + Math.floor(next() * 4);
  rel('INVESTS_IN', investor, place, `${amount}e9USD`, { amount: amount * 1e9, currency: 'USD', amountUsd: amount * 1e9 });
  const a = entity(pick(COMPANIES)), b = next() < 0.2 ? a : entity(pick(COMPANIES));
  rel('PARTNERS_WITH', a, b, undefined, {});
  const who = entity(pick(PEOPLE)), where = entity(pick(COMPANIES));
  rel('ROLE_AT', who, where, 'CEO', { role: next() < 0.5 ? 'CEO' : 'CTO' });
  return {
    article: { type: 'Article', id: article, title: `Article ${n}`, lang: n % 3 ? 'en' : 'fr', date: `2025-${String(1 + (n % 12)).padStart(2, '0')}-0${1 + (n % 9)}` },
    entities: [...entities.values()], relations,
  };
}

/** A store file: a snapshot of the first `snapshotted` articles, the rest in the batch log after it. */
async function generatedStore(articles: number, snapshotted: number): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'read-mostly-')), 'graph.json');
  const next = rng(13);
  const patches = Array.from({ length: articles }, (_, n) => generatedPatch(n, next));
  const store = await openMemoryStore({ file });
  await store.apply(patches.slice(0, snapshotted));
  store.saveWhole();
  await store.flush();
  for (const p of patches.slice(snapshotted)) { await store.apply([p]); await store.flush(); }
  await store.close();
  return file;
}

const QUERIES: { cypher: string; params?: Record<string, unknown> }[] = [
  { cypher: 'MATCH (n) RETURN n' },
  { cypher: 'MATCH ()-[r]->() RETURN r' },
  { cypher: 'MATCH (n) RETURN labels(n) AS l, count(*) AS c' },
  { cypher: 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c' },
  { cypher: 'MATCH (c:Company)-[r]->(x) RETURN c.id, type(r), x.id, r.confidence' },
  { cypher: 'MATCH (c:Company)<-[r]-(x) RETURN c.id, type(r), x.id' },
  { cypher: 'MATCH (c:Company)-[r]-(x) RETURN c.id, type(r), x.id' },
  { cypher: 'MATCH (c:Company)-[r:INVESTS_IN]->(p:Country) RETURN p.name, sum(r.amount) AS total, count(*) AS n' },
  { cypher: 'MATCH (c:Company)-[r:INVESTS_IN]->(p) RETURN c.name, r.amountUsd ORDER BY r.amountUsd DESC, c.name LIMIT 5' },
  { cypher: 'MATCH (a:Article)-[:MENTIONS]->(c:Company) RETURN c.name, count(DISTINCT a) AS n ORDER BY n DESC, c.name' },
  { cypher: 'MATCH (a:Article)-[:MENTIONS]->(c) WITH c, collect(a.id) AS ids RETURN c.id, ids' },
  { cypher: 'MATCH (c {id: $id})-[r]->(x) RETURN type(r), x.id, properties(r)', params: { id: 'company:acme' } },
  { cypher: 'MATCH (c:Company) WHERE c.id IN $ids RETURN c.id, c.mentions, c.aliases, keys(c)', params: { ids: ['42', '7', 'company:globex'] } },
  { cypher: 'MATCH p = (a:Person)-[:ROLE_AT]->(:Company)<-[:PARTNERS_WITH]-(:Company) RETURN p' },
  { cypher: 'MATCH (a:Person)-[*1..2]-(b:Country) RETURN a.id, b.id, count(*) AS paths' },
  { cypher: 'MATCH p = shortestPath((a:Person {id: "person:ada"})-[*..6]-(b:Country {id: "country:jp"})) RETURN length(p)' },
  { cypher: 'MATCH (c:Company) OPTIONAL MATCH (c)-[r:ROLE_AT]-(p) RETURN c.id, p.id' },
  { cypher: 'MATCH (a)-[r]->(a) RETURN a.id, r.key' },
  { cypher: 'MATCH (a:Article) WHERE a.lang = $lang RETURN a.id, a.date ORDER BY a.date LIMIT 7', params: { lang: 'fr' } },
  { cypher: 'MATCH (c:Company) RETURN c.firstSeen, c.lastSeen, c.id' },
  { cypher: 'MATCH ()-[r:INVESTS_IN]->() RETURN r.firstSeen, r.validFrom, r.articles, r.evidence' },
  { cypher: 'MATCH (c:Company) WHERE EXISTS { (c)-[:PARTNERS_WITH]->() } RETURN c.id' },
  { cypher: 'UNWIND $xs AS x MATCH (c {id: x}) RETURN x, size([(c)--() | 1]) AS degree', params: { xs: ['100', 'company:stark', 'country:de'] } },
];

async function answers(store: Store): Promise<string[]> {
  const out: string[] = [JSON.stringify(await store.stats())];
  for (const q of QUERIES) out.push(JSON.stringify(await store.query(q.cypher, { params: q.params ?? {}, readOnly: true })));
  return out;
}

describe('read-mostly store (reads from the snapshot columns)', () => {
  it('answers as the full store: stats and queries, with batches in the log after the snapshot', async () => {
    const file = await generatedStore(60, 40);
    expect((await readStoreState(file)).replay.length).toBe(20);
    const columns = await openReadMostlyStore({ file });
    expect(columns).toBeInstanceOf(ReadMostlyStore);
    const got = await answers(columns);
    expect((columns as ReadMostlyStore).columnar).toBe(true);
    const full = await openMemoryStore({ file });
    const want = await answers(full);
    for (let i = 0; i < want.length; i++) expect(got[i], i === 0 ? 'stats' : QUERIES[i - 1]!.cypher).toBe(want[i]);
    await columns.close();
    await full.close();
  });

  it('answers as the full store with no log after the snapshot', async () => {
    const file = await generatedStore(30, 30);
    const columns = await openReadMostlyStore({ file });
    expect(await answers(columns)).toEqual(await answers(await openMemoryStore({ file })));
  });

  it('a write query builds the full store, and the write is saved', async () => {
    const file = await generatedStore(10, 5);
    const store = await openReadMostlyStore({ file });
    const before = (await store.stats()).nodesByType.Company ?? 0;
    await expect(store.query('CREATE (:Company {id: "new"})', { readOnly: true })).rejects.toThrow(/read-only/i);
    expect((store as ReadMostlyStore).columnar).toBe(true);
    await store.query('CREATE (:Company {id: "new"})');
    expect((store as ReadMostlyStore).columnar).toBe(false);
    await store.close();
    const again = await openReadMostlyStore({ file });
    expect((await again.query('MATCH (c {id: "new"}) RETURN count(*) AS n')).rows).toEqual([[1]]);
    expect((await again.stats()).nodesByType.Company).toBe(before + 1);
  });
});
