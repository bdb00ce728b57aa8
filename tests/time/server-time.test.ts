import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { story } from './helpers.ts';

let store: MemoryStore;
const servers: Server[] = [];
let readOnly: string, writable: string;

async function start(allowWrites: boolean): Promise<string> {
  const server = createNewsgraphServer({ store, allowWrites });
  servers.push(server);
  const addr: AddressInfo = await listen(server, 0, '127.0.0.1');
  return `http://127.0.0.1:${addr.port}`;
}

beforeAll(async () => {
  store = new MemoryStore(undefined, emptySnapshot());
  await store.apply(story());
  readOnly = await start(false);
  writable = await start(true);
});
afterAll(async () => { for (const s of servers) await new Promise((r) => s.close(r)); });

const json = async (url: string, init?: RequestInit) => { const res = await fetch(url, init); return { status: res.status, body: await res.json() as Record<string, any> }; };
const DEL = { method: 'DELETE', headers: { 'content-type': 'application/json' } };

describe('time routes', () => {
  it('GET /api/graph?asOf= gives the snapshot of that day, the same as the CLI', async () => {
    const { status, body } = await json(`${readOnly}/api/graph?asOf=2024-06-01`);
    expect(status).toBe(200);
    expect(body.attributes).toMatchObject({ asOf: '2024-06-01', articles: 1, ingestArticles: 3 });
    expect(body.edges.filter((e: any) => e.attributes.type === 'ROLE_AT').map((e: any) => e.key)).toEqual(['ROLE_AT|person:john-carter|company:acme']);
    const all = await json(`${readOnly}/api/graph`);
    expect(all.body.edges.length).toBeGreaterThan(body.edges.length);
    const bad = await json(`${readOnly}/api/graph?asOf=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("asOf 'yesterday' is not a date");
  });

  it('GET /api/export?asOf= exports that day', async () => {
    const res = await fetch(`${readOnly}/api/export?format=cypher&asOf=2025-03-01`);
    const text = await res.text();
    expect(text).toContain('person:mary-jones');
    expect(text).not.toContain("MERGE (a)-[r:ROLE_AT {`key`: 'ROLE_AT|person:john-carter");
    expect(text).toContain("firstReported: date('2025-02-01')");
  });

  it('GET /api/diff?from=&to= lists what changed', async () => {
    const { status, body } = await json(`${readOnly}/api/diff?from=2024-06-01&to=2025-03-01`);
    expect(status).toBe(200);
    expect(body.relations.closed.map((x: any) => [x.key, x.reason])).toEqual([
      ['INVESTS_IN|company:acme|country:fr|1200000000EUR', 'superseded'], ['ROLE_AT|person:john-carter|company:acme', 'superseded']]);
    expect((await json(`${readOnly}/api/diff?from=2024-06-01`)).status).toBe(400);
  });

  it('DELETE /api/articles/:id only when writes are allowed; 404 for an unknown article', async () => {
    const id = 'article:0000000000000003';
    const refused = await json(`${readOnly}/api/articles/${id}`, DEL);
    expect(refused.status).toBe(403);
    expect(store.graph.hasNode(id)).toBe(true);
    const done = await json(`${writable}/api/articles/${id}`, DEL);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ article: id, removedRelations: 1, removedEntities: 1 });
    expect(store.graph.hasNode(id)).toBe(false);
    expect((await json(`${writable}/api/articles/${id}`, DEL)).status).toBe(404);
    // without a JSON content type (a cross-site form) it is refused before anything happens
    expect((await fetch(`${writable}/api/articles/article:0000000000000001`, { method: 'DELETE' })).status).toBe(415);
    expect(store.graph.hasNode('article:0000000000000001')).toBe(true);
  });
});
