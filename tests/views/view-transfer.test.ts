/**
 * What the first screen of a large graph transfers: views and the viewer bundle go gzipped to clients
 * that accept it (and plain to those that do not), the source map is a separate file, and the view
 * mode's overview draws relations as thin lines except the emphasised ones (thin-edges.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { request, type IncomingMessage, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { openMemoryStore, type MemoryStore } from '../../src/store/memory/index.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { buildViewer } from '../../src/server/viewer-bundle.ts';
import { encodeJson } from '../../src/server/gzip-json.ts';
import { THIN_EDGE, thinEdges } from '../../viewer/src/large/thin-edges.ts';
import { HOVERED_EDGE_COLOR } from '../../viewer/src/defaults.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
let store: MemoryStore;
let server: Server;
let port: number;

beforeAll(async () => {
  store = await openMemoryStore();
  await ingest([SEEDS], store);
  server = createNewsgraphServer({ store, staticFiles: await buildViewer() });
  port = (await listen(server, 0, '127.0.0.1') as AddressInfo).port;
}, 60_000);
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Raw GET (fetch would decompress silently): status, headers, body bytes. */
function rawGet(path: string, gzip: boolean): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: gzip ? { 'accept-encoding': 'gzip, deflate' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('transfer of the first screen', () => {
  it('sends a view gzipped when the client accepts it, the same JSON plain otherwise', async () => {
    const plain = await rawGet('/api/view?limit=20', false);
    const zipped = await rawGet('/api/view?limit=20', true);
    expect(plain.res.headers['content-encoding']).toBeUndefined();
    expect(zipped.res.headers['content-encoding']).toBe('gzip');
    expect(zipped.res.headers.vary).toBe('accept-encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    const view = JSON.parse(gunzipSync(zipped.body).toString('utf8')) as { nodes: unknown[] };
    expect(view).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(view.nodes.length).toBeGreaterThan(0);
  });

  it('leaves small answers uncompressed', () => {
    expect(encodeJson({ hits: [] }).gzip).toBeNull();
    const big = encodeJson({ names: Array.from({ length: 500 }, (_, i) => `entity ${i}`) });
    expect(gunzipSync(big.gzip!).equals(big.text)).toBe(true);
  });

  it('serves the bundle precompressed, with its source map in a file of its own', async () => {
    const plain = await rawGet('/app.js', false);
    const zipped = await rawGet('/app.js', true);
    expect(zipped.res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    const js = plain.body.toString('utf8');
    expect(js).not.toContain('sourceMappingURL=data:');
    expect(js).toMatch(/sourceMappingURL=app\.js\.map\s*$/);
    const map = await rawGet('/app.js.map', true);
    expect(map.res.statusCode).toBe(200);
    expect(JSON.parse(gunzipSync(map.body).toString('utf8')).sources.some((s: string) => s.endsWith('main.ts'))).toBe(true);
  });
});

describe('view mode drawing', () => {
  const base = (_e: string, a: { type: string }) => ({ type: 'arrow', color: '#ccc', size: 1, zIndex: a.type === 'FOCUS' ? 2 : 1 });
  it('draws the overview as thin lines and keeps arrows for emphasised relations', () => {
    const reduce = thinEdges(base);
    expect(reduce('e1', { type: 'INVESTS_IN' }).type).toBe(THIN_EDGE);
    expect(reduce('e2', { type: 'FOCUS' }).type).toBe('arrow');
    expect(thinEdges(() => ({ type: 'arrow', color: HOVERED_EDGE_COLOR, zIndex: 1 }))('e3', { type: 'X' }).type).toBe('arrow');
    expect(thinEdges(() => ({ type: 'arrow', hidden: true }))('e4', { type: 'X' }).type).toBe('arrow');
  });
});
