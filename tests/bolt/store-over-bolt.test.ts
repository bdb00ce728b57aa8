/**
 * The Neo4j store writing into the embedded store through Newsgraph's own Bolt endpoint leaves the same
 * graph as the memory store's own apply: node keys = ids, edge keys = relation keys, no duplicates when
 * both ways are mixed.
 */
import { describe, expect, it } from 'vitest';
import { savedSnapshot, savedText } from '../helpers/store-file.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBoltServer } from '../../src/bolt/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { openNeo4jStore } from '../../src/store/neo4j/index.ts';
import { patches } from '../neo4j/fixtures.ts';

async function viaBolt(store: MemoryStore, work: (neo: Awaited<ReturnType<typeof openNeo4jStore>>) => Promise<void>): Promise<void> {
  const server = await startBoltServer({ store, port: 0 });
  const neo = await openNeo4jStore({ uri: server.url, connectAttempts: 1 });
  try { await work(neo); } finally { await neo.close(); await server.close(); }
}

const sorted = (s: Awaited<ReturnType<MemoryStore['snapshot']>>) => ({
  nodes: [...s.nodes].sort((a, b) => a.key.localeCompare(b.key)),
  edges: [...s.edges].map((e) => ({ ...e, undirected: undefined })).sort((a, b) => String(a.key).localeCompare(String(b.key))),
});

describe('Neo4j store → Bolt → embedded store', () => {
  it('writes the graph the memory store would have written itself', async () => {
    const overBolt = new MemoryStore(undefined, emptySnapshot());
    await viaBolt(overBolt, async (neo) => { await neo.apply(patches()); });
    const native = new MemoryStore(undefined, emptySnapshot());
    await native.apply(patches());
    expect(overBolt.graph.hasNode('company:amazon')).toBe(true);
    expect(sorted(await overBolt.snapshot())).toEqual(sorted(await native.snapshot()));
  });

  it('re-applies over a locally ingested graph without duplicating anything', async () => {
    const store = new MemoryStore(undefined, emptySnapshot());
    await store.apply(patches());
    const before = sorted(await store.snapshot());
    await viaBolt(store, async (neo) => {
      expect(await neo.apply(patches())).toEqual({ newArticles: 0, newEntities: 0, newRelations: 0 });
    });
    expect(sorted(await store.snapshot())).toEqual(before);
  });

  it('loads a snapshot through Bolt with the original keys', async () => {
    const source = new MemoryStore(undefined, emptySnapshot());
    await source.apply(patches());
    const target = new MemoryStore(undefined, emptySnapshot());
    await viaBolt(target, async (neo) => {
      await neo.load(await source.snapshot());
      const snap = await neo.snapshot();
      expect(sorted(snap).edges.map((e) => e.key)).toEqual(sorted(await source.snapshot()).edges.map((e) => e.key));
    });
    expect(sorted(await target.snapshot())).toEqual(sorted(await source.snapshot()));
  });

  it('marks the embedded store dirty so writes over Bolt are saved', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-bolt-'));
    try {
      const file = join(dir, 'graph.json');
      const { openMemoryStore } = await import('../../src/store/memory/index.ts');
      const store = await openMemoryStore({ file });
      await viaBolt(store, async (neo) => { await neo.apply(patches()); });
      await store.flush();
      const saved = (await savedSnapshot(file)) as unknown as { nodes: Array<{ key: string }> };
      expect(saved.nodes.map((n) => n.key)).toContain('company:amazon');
    } finally { await rm(dir, { recursive: true, force: true }); }
  });
});
