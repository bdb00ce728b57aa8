/**
 * A minimal server for viewer tests that need a graph the real CLI cannot make (a hand-written fixture):
 * the viewer's files from buildViewer(), GET /api/graph with a given snapshot (and /api/view/info saying it is
 * small enough to load whole), a quiet GET /api/events, and POST /api/query
 * answered by a given function.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Snapshot } from '../../src/graph/model.ts';
import { buildViewer } from '../../src/server/viewer-bundle.ts';

export type QueryHandler = (query: string) => { status: number; body: unknown };

export async function serveSnapshot(snapshot: Snapshot, onQuery?: QueryHandler): Promise<{ url: string; close: () => Promise<void> }> {
  const files = await buildViewer();
  const graphJson = Buffer.from(JSON.stringify(snapshot));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/api/graph') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(graphJson);
      return;
    }
    if (path === '/api/view/info') {
      // below any threshold: the viewer loads the whole snapshot, as these tests expect
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ nodes: snapshot.nodes.length, edges: snapshot.edges.length, large: false, threshold: { nodes: Infinity, edges: Infinity } }));
      return;
    }
    if (path === '/api/events') {
      // the live feed of `serve`: open, and quiet (nothing is ingested here)
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': connected\n\n');
      return;
    }
    if (path === '/api/query' && req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        const query = (JSON.parse(body || '{}') as { query?: string }).query ?? '';
        const answer = onQuery ? onQuery(query) : { status: 404, body: { error: { code: 'Test.NoQuery', message: 'no query handler' } } };
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
      return;
    }
    const file = files.get(path);
    if (!file) { res.writeHead(404, { 'content-type': 'application/json' }); res.end('{"error":{"code":"NotFound","message":"not found"}}'); return; }
    res.writeHead(200, { 'content-type': file.contentType });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
