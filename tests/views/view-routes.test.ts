/** The view routes over HTTP on the seed graph: threshold, a view, expansions, search, errors, and a graph that changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { openMemoryStore, type MemoryStore } from '../../src/store/memory/index.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { viewThreshold } from '../../src/server/views/view-routes.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
let store: MemoryStore;
let server: Server;
let base: string;

beforeAll(async () => {
  store = await openMemoryStore();
  await ingest([SEEDS], store);
  server = createNewsgraphServer({ store });
  const addr: AddressInfo = await listen(server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${addr.port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const get = async (path: string) => { const res = await fetch(base + path); return { status: res.status, body: await res.json() as Record<string, any> }; };

describe('view routes', () => {
  it('tells the viewer the size of the graph and the threshold (the seeds are below it)', async () => {
    const { body } = await get('/api/view/info');
    expect(body.nodes).toBe(store.graph.order);
    expect(body.edges).toBe(store.graph.size);
    expect(body.threshold).toEqual({ nodes: 3000, edges: 15000 });
    expect(body.large).toBe(false);
    expect(viewThreshold({ NEWSGRAPH_VIEW_NODES: '10', NEWSGRAPH_VIEW_EDGES: 'x' })).toEqual({ nodes: 10, edges: 15000 });
  });

  it('serves a laid-out view, neighbours and search over the whole graph', async () => {
    const view = await get('/api/view?measure=investment&limit=5');
    expect(view.status).toBe(200);
    const entities = view.body.nodes.filter((n: any) => n.attributes.type !== 'Aggregate');
    expect(entities).toHaveLength(5);
    expect(entities[0].attributes.investUsd).toBeGreaterThanOrEqual(entities[4].attributes.investUsd);
    for (const n of view.body.nodes) expect(Number.isFinite(n.attributes.x)).toBe(true);
    const hub = entities[0].key;
    const nb = await get(`/api/neighbours/${encodeURIComponent(hub)}?limit=3`);
    expect(nb.body.nodes[0].key).toBe(hub);
    expect(nb.body.nodes.length).toBeLessThanOrEqual(4);
    const name = String(entities[1].attributes.name);
    const found = await get(`/api/search?q=${encodeURIComponent(name.toLowerCase())}`);
    expect(found.body.hits[0].id).toBe(entities[1].key);
    const res = await fetch(`${base}/api/view/edges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nodes: [hub], among: entities.map((n: any) => n.key) }) });
    const { edges } = await res.json() as { edges: Array<{ source: string; target: string }> };
    for (const e of edges) expect([e.source, e.target]).toContain(hub);
  });

  it('refuses bad parameters with a message naming them', async () => {
    expect(await get('/api/view?measure=size')).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("'measure'") } } });
    expect(await get('/api/view?from=soon')).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("'from'") } } });
    expect((await get('/api/neighbours/nobody')).status).toBe(404);
    expect((await get('/api/view/aggregate/company')).status).toBe(400);
  });

  it('sees the graph change (an ingest) on the next request', async () => {
    const before = (await get('/api/view/info')).body.nodes;
    store.graph.addNode('company:zzz-new', { type: 'Company', id: 'company:zzz-new', name: 'Zzz New', aliases: [], mentions: 1, articles: [] });
    expect((await get('/api/view/info')).body.nodes).toBe(before + 1);
    expect((await get('/api/search?q=zzz')).body.hits[0].id).toBe('company:zzz-new');
    store.graph.dropNode('company:zzz-new');
  });
});
