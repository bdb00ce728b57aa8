/**
 * A local HTTP server on 127.0.0.1 serving tests/fixtures/sources (with BASE replaced by its own
 * address), with ETags and 304s, and a few misbehaving routes. Records every request it gets.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));

export interface FixtureServer {
  base: string;
  requests: { path: string; headers: IncomingHttpHeaders; status: number }[];
  /** Extra or replaced routes: path → body (and content type). */
  routes: Map<string, { body: string; type: string }>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', rss: 'application/rss+xml', atom: 'application/atom+xml', txt: 'text/plain' };

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const requests: FixtureServer['requests'] = [];
  let base = '';
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const send = (status: number, body = '', headers: Record<string, string> = {}) => {
      requests.push({ path, headers: req.headers, status });
      res.writeHead(status, headers);
      res.end(body);
    };
    if (path === '/loop') return send(302, '', { location: '/loop' });
    if (path === '/moved') return send(301, '', { location: '/article.html' });
    if (path === '/huge.html') return send(200, `<html><body><p>${'x'.repeat(200_000)}</p></body></html>`, { 'content-type': TYPES.html! });
    let found = routes.get(path);
    if (!found) {
      const name = path.replace(/^\/+/, '');
      const ext = name.split('.').pop() ?? '';
      if (!/^[\w.-]+$/.test(name)) return send(404, 'not found');
      try {
        found = { body: (await readFile(FIXTURES + name, 'utf8')).replaceAll('BASE', base), type: TYPES[ext] ?? 'application/octet-stream' };
      } catch {
        return send(404, 'not found');
      }
    }
    const etag = `"${createHash('sha1').update(found.body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return send(304, '', { etag });
    send(200, found.body, { 'content-type': found.type, etag });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, requests, routes, close: () => new Promise((r) => server.close(() => r())) };
}
