/** POST /api/curate, GET /api/review, GET /api/curate/log on a server over a store file. */
import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore, type MemoryStore } from '../../src/store/memory/index.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { WriteLock } from '../../src/bolt/write-lock.ts';
import { ingestEvents } from '../../src/ingest/pipeline.ts';
import { exportGraph } from '../../src/export/index.ts';
import { articleId } from '../../src/ingest/article-id.ts';

type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Record<string, unknown> }>;

async function withServer(allowWrites: boolean, fn: (call: Call, store: MemoryStore) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'curate-route-'));
  const store = await openMemoryStore({ file: join(dir, 'graph.json') });
  const text = 'Volta Energy will invest $2 billion in India by 2030. VOLTA ENERGY INC also partners with Orbit Labs.';
  await ingestEvents([{ file: 'a.txt', article: { id: articleId('Volta', text), title: 'Volta', text, lang: 'en' } }], store);
  const lock = new WriteLock();
  store.useWriteGate(lock);
  const http = createNewsgraphServer({ store, allowWrites, writeLock: lock });
  const addr: AddressInfo = await listen(http, 0, '127.0.0.1');
  const call: Call = async (method, path, body) => {
    const r = await fetch(`http://127.0.0.1:${addr.port}${path}`, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
    return { status: r.status, body: await r.json() as Record<string, unknown> };
  };
  try { await fn(call, store); } finally { await new Promise<void>((r) => http.close(() => r())); }
}

describe('curation over HTTP', () => {
  it('an operation returns its log entry with the diff; undo gives the same export back', async () => {
    await withServer(true, async (call, store) => {
      const before = exportGraph(await store.snapshot(), 'json').files[0]!.body;
      const entities = store.graph.filterNodes((_k, a) => a.type !== 'Article');
      expect(entities.length).toBeGreaterThanOrEqual(2);
      const [a, b] = entities as [string, string];
      const r = await call('POST', '/api/curate', { op: 'merge', target: a, other: b, by: 'ana', note: 'why not' });
      expect(r.status).toBe(200);
      const entry = r.body.entry as { id: string; op: string; by: string; diff: { nodes: Array<{ key: string; after?: unknown }> } };
      expect(entry).toMatchObject({ op: 'merge', by: 'ana', note: 'why not' });
      expect(entry.diff.nodes.find((c) => c.key === b)!.after).toBeUndefined();
      expect(store.graph.hasNode(b)).toBe(false);
      const log = await call('GET', '/api/curate/log');
      expect(log.body.operations).toEqual([expect.objectContaining({ id: entry.id, op: 'merge', undone: false })]);
      const undo = await call('POST', '/api/curate', { op: 'undo' });
      expect(undo.status).toBe(200);
      expect(exportGraph(await store.snapshot(), 'json').files[0]!.body).toBe(before);
    });
  });

  it('is refused on a read-only server; bad requests are 400 naming the field', async () => {
    await withServer(false, async (call) => {
      expect((await call('POST', '/api/curate', { op: 'undo' })).status).toBe(403);
      const review = await call('GET', '/api/review');
      expect(review.status).toBe(200);
      expect(review.body.writable).toBe(false);
    });
    await withServer(true, async (call) => {
      const bad = await call('POST', '/api/curate', { op: 'merge', target: 'company:x' });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('\\"other\\" is required for merge');
      const unknown = await call('POST', '/api/curate', { op: 'reject', target: 'company:nope' });
      expect(unknown.status).toBe(400);
      expect(JSON.stringify(unknown.body)).toContain("no entity 'company:nope'");
    });
  });

  it('GET /api/review lists ranked items with evidence and actions', async () => {
    await withServer(true, async (call) => {
      const r = await call('GET', '/api/review?limit=5');
      expect(r.status).toBe(200);
      const items = r.body.items as Array<{ id: string; score: number; sides: Array<{ evidence: unknown[] }>; actions: Array<{ key: string }> }>;
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(5);
      expect(r.body.writable).toBe(true);
      for (const item of items) {
        expect(item.actions.length).toBeGreaterThan(0);
        expect(item.sides[0]!.evidence.length).toBeGreaterThan(0);
      }
      expect((await call('GET', '/api/review?limit=zero')).status).toBe(400);
    });
  });
});
