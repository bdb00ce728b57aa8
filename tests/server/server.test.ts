import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { openMemoryStore, type MemoryStore } from '../../src/store/memory/index.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { serve } from '../helpers/cli.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
let store: MemoryStore;
let server: Server;
let base: string;

beforeAll(async () => {
  store = await openMemoryStore();
  await ingest([SEEDS], store);
  const files = new Map([['/index.html', { contentType: 'text/html', body: Buffer.from('<!doctype html><title>t</title>') }]]);
  server = createNewsgraphServer({ store, staticFiles: files, maxBodyBytes: 4096, maxRows: 50 });
  const addr: AddressInfo = await listen(server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${addr.port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = (path: string, body: unknown) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('HTTP API', () => {
  it('GET /api/graph returns a snapshot that graphology loads', async () => {
    const res = await fetch(`${base}/api/graph`);
    expect(res.status).toBe(200);
    const g = graphology.MultiDirectedGraph.from(await res.json());
    expect(g.order).toBeGreaterThan(10);
    expect(g.filterNodes((_n, a) => a.type === 'Article')).toHaveLength(5);
  });

  it('GET /api/stats counts the graph', async () => {
    const s = await (await fetch(`${base}/api/stats`)).json();
    expect(s.articles).toBe(5);
    expect(s.relationships).toBe(store.graph.size);
  });

  it('GET /api/articles/:id gives the article, its relations with evidence, its entities', async () => {
    const id = store.graph.findNode((_n, a) => a.type === 'Article' && /Inde/.test(String(a.title)))!;
    const res = await fetch(`${base}/api/articles/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.article.title).toMatch(/Inde/);
    const invest = body.relations.filter((r: { type: string }) => r.type === 'INVESTS_IN');
    expect(invest.length).toBeGreaterThan(0);
    expect(invest[0].evidence[0]).toMatch(/\w+/);
    expect(body.entities.length).toBeGreaterThan(2);
    const missing = await fetch(`${base}/api/articles/article%3Anope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toContain('article:nope');
  });

  it('POST /api/query answers read queries and refuses writes by default', async () => {
    const ok = await post('/api/query', { query: 'MATCH (c:Country) RETURN c.name AS name ORDER BY name', params: {} });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.columns).toEqual(['name']);
    expect(body.rows.map((r: string[]) => r[0])).toContain('France');
    const write = await post('/api/query', { query: "CREATE (:Company {name: 'Intruder'})" });
    expect(write.status).toBe(400);
    expect((await write.json()).error.code).toMatch(/^Neo\.ClientError\./);
    expect(store.graph.someNode((_n, a) => a.name === 'Intruder')).toBe(false);
  });

  it('reports a syntax error with its position', async () => {
    const res = await post('/api/query', { query: 'MATCH (n)\nRETURN n ORDER' });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(error.position.line).toBe(2);
  });

  it('bounds request size, result rows, and rejects bad bodies', async () => {
    const big = await post('/api/query', { query: 'RETURN 1', params: { pad: 'x'.repeat(10_000) } });
    expect(big.status).toBe(413);
    const rows = await post('/api/query', { query: 'UNWIND range(1, 1000) AS i RETURN i' });
    expect(rows.status).toBe(400);
    expect((await rows.json()).error.message).toMatch(/row/i);
    const notJson = await post('/api/query', '{nope');
    expect(notJson.status).toBe(400);
    const noQuery = await post('/api/query', { params: {} });
    expect(noQuery.status).toBe(400);
  });

  it('exports each format', async () => {
    for (const [format, type] of [['json', 'json'], ['gexf', 'xml'], ['graphml', 'xml'], ['cypher', 'text']] as const) {
      const res = await fetch(`${base}/api/export?format=${format}`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type'), format).toContain(type);
      expect((await res.text()).length).toBeGreaterThan(100);
    }
    const csv = await fetch(`${base}/api/export?format=csv&file=nodes`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toMatch(/:ID/);
    expect((await fetch(`${base}/api/export?format=pdf`)).status).toBe(400);
  });

  it('answers unknown routes with a JSON 404 and wrong methods with 405', async () => {
    const res = await fetch(`${base}/api/nothing`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('Newsgraph.Request.NotFound');
    expect((await fetch(`${base}/api/query`)).status).toBe(405);
    expect((await fetch(`${base}/no-such-file.js`)).status).toBe(404);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });
});

describe('newsgraph serve', () => {
  it('binds 127.0.0.1 by default and serves the viewer', async () => {
    const s = await serve(['--db', join(await mkdtemp(join(tmpdir(), 'newsgraph-serve-')), 'g.json')]);
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(s.url + '/');
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html|<!doctype/i);
    } finally {
      await s.stop();
    }
  });
});
