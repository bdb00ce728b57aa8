/** Issue 14, "a web page can write": Host, Origin, Content-Type and token checks, on the real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest, type Server } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore, type MemoryStore } from '../../src/store/memory/index.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { checkRequest, parseAllowedHosts, parseHostHeader, type GuardedRequest } from '../../src/server/request-guard.ts';
import { AuthBackoff } from '../../src/net/auth-backoff.ts';
import { cli, serve } from '../helpers/cli.ts';

/** node's fetch forbids setting Host, so requests go through node:http, which sends headers as given. */
function send(port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; json: { error?: { code: string; message: string } } & Record<string, unknown>; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text.startsWith('{') ? JSON.parse(text) : {}, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const CREATE = JSON.stringify({ query: "CREATE (:Company {name: 'Intruder'})" });

describe('request guard on a --allow-writes server', () => {
  let store: MemoryStore;
  let server: Server;
  let port: number;
  const intruders = () => store.graph.filterNodes((_n, a) => a.name === 'Intruder').length;

  beforeAll(async () => {
    store = await openMemoryStore();
    server = createNewsgraphServer({ store, allowWrites: true, allowedHosts: ['news.example.org'] });
    port = (await listen(server, 0, '127.0.0.1')).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses a text/plain POST (the CSRF form of the issue) with 415, and writes nothing', async () => {
    const res = await send(port, 'POST', '/api/query', { host: `127.0.0.1:${port}`, 'content-type': 'text/plain' }, CREATE);
    expect(res.status).toBe(415);
    expect(res.json.error!.code).toBe('Newsgraph.Request.UnsupportedMediaType');
    expect(res.json.error!.message).toContain('application/json');
    const none = await send(port, 'POST', '/api/query', { host: `127.0.0.1:${port}` }, CREATE);
    expect(none.status).toBe(415);
    expect(intruders()).toBe(0);
  });

  it('refuses a JSON POST from another site with 403, and writes nothing', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, 'null', `http://127.0.0.1:${port + 1}`]) {
      const res = await send(port, 'POST', '/api/query', { host: `127.0.0.1:${port}`, origin, 'content-type': 'application/json' }, CREATE);
      expect(res.status, origin).toBe(403);
      expect(res.json.error!.code).toBe('Newsgraph.Request.CrossOrigin');
      expect(res.json.error!.message).toContain(origin);
    }
    expect(intruders()).toBe(0);
  });

  it('accepts the same write from its own page, under each of its names, and with no Origin', async () => {
    for (const [host, origin] of [[`127.0.0.1:${port}`, `http://127.0.0.1:${port}`], [`localhost:${port}`, `http://localhost:${port}`], [`localhost:${port}`, undefined]] as const) {
      const res = await send(port, 'POST', '/api/query', { host, ...(origin ? { origin } : {}), 'content-type': 'application/json; charset=utf-8' }, CREATE);
      expect(res.status, `${host} ${origin}`).toBe(200);
    }
    expect(intruders()).toBe(3);
  });

  it('refuses a foreign Host (DNS rebinding) on every route, GET /api/graph included', async () => {
    for (const path of ['/api/graph', '/api/stats', '/']) {
      const res = await send(port, 'GET', path, { host: `rebind.evil.example:${port}` });
      expect(res.status, path).toBe(403);
      expect(res.json.error!.code).toBe('Newsgraph.Request.HostNotAllowed');
      expect(res.json.error!.message).toMatch(/--allowed-hosts rebind\.evil\.example/);
    }
    expect((await send(port, 'GET', '/api/stats', { host: `127.0.0.1:${port + 1}` })).status).toBe(403);
    expect((await send(port, 'GET', '/api/stats', { host: `[::1]:${port}` })).status).toBe(200);
  });

  it('accepts a host listed in --allowed-hosts, on any port, and its pages as origins', async () => {
    expect((await send(port, 'GET', '/api/stats', { host: 'news.example.org' })).status).toBe(200);
    const res = await send(port, 'POST', '/api/query', { host: 'news.example.org', origin: 'https://news.example.org', 'content-type': 'application/json' }, JSON.stringify({ query: 'RETURN 1' }));
    expect(res.status).toBe(200);
  });
});

describe('--auth token', () => {
  let server: Server;
  let port: number;
  const TOKEN = 'a-long-enough-test-token';

  beforeAll(async () => {
    server = createNewsgraphServer({ store: await openMemoryStore(), authToken: TOKEN, staticFiles: new Map([['/index.html', { contentType: 'text/html', body: Buffer.from('<!doctype html>') }]]) });
    port = (await listen(server, 0, '127.0.0.1')).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('requires Authorization: Bearer on /api/*, not on the viewer page', async () => {
    const host = `127.0.0.1:${port}`;
    const missing = await send(port, 'GET', '/api/stats', { host });
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await send(port, 'GET', '/api/stats', { host, authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await send(port, 'GET', '/api/stats', { host, authorization: `Basic ${TOKEN}` })).status).toBe(401);
    expect((await send(port, 'GET', '/', { host })).status).toBe(200);
  });

  it('locks an address out after repeated wrong tokens, even for the right token', async () => {
    const host = `127.0.0.1:${port}`;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await send(port, 'GET', '/api/stats', { host, authorization: `Bearer wrong-${i}` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    const locked = await send(port, 'GET', '/api/stats', { host, authorization: `Bearer ${TOKEN}` });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});

describe('checkRequest', () => {
  const base: GuardedRequest = { method: 'GET', path: '/api/graph', headers: {}, localAddress: '192.168.1.5', localPort: 3000, remoteAddress: '192.168.1.9' };
  const opts = { host: '0.0.0.0', allowedHosts: [] };

  it('on a wildcard bind accepts the address the client reached, not other names', () => {
    expect(checkRequest({ ...base, headers: { host: '192.168.1.5:3000' } }, opts).ok).toBe(true);
    expect(checkRequest({ ...base, headers: { host: '192.168.1.6:3000' } }, opts).ok).toBe(false);
    expect(checkRequest({ ...base, headers: { host: 'intranet.local:3000' } }, opts).ok).toBe(false);
    expect(checkRequest({ ...base, headers: { host: 'intranet.local:3000' } }, { ...opts, allowedHosts: ['intranet.local:3000'] }).ok).toBe(true);
    expect(checkRequest({ ...base, headers: { host: 'anything' } }, { ...opts, allowedHosts: ['*'] }).ok).toBe(true);
  });

  it('parses Host headers and --allowed-hosts strictly', () => {
    expect(parseHostHeader('[::1]:3000')).toEqual({ name: '::1', port: 3000 });
    expect(parseHostHeader('Example.COM.')).toEqual({ name: 'example.com' });
    expect(parseHostHeader('a b')).toBeUndefined();
    expect(parseHostHeader('x:99999')).toBeUndefined();
    expect(parseAllowedHosts('a.example, b.example:8080')).toEqual(['a.example', 'b.example:8080']);
    expect(() => parseAllowedHosts('http://a.example')).toThrow(/--allowed-hosts/);
  });

  it('backs off exponentially per address', () => {
    let now = 0;
    const b = new AuthBackoff({ freeFailures: 2, baseMs: 1000, maxMs: 8000, now: () => now });
    expect([b.fail('a'), b.fail('a'), b.fail('a'), b.fail('a'), b.fail('a'), b.fail('a')]).toEqual([0, 1000, 2000, 4000, 8000, 8000]);
    expect(b.retryAfterMs('a')).toBe(8000);
    expect(b.retryAfterMs('b')).toBe(0);
    now = 9000;
    expect(b.retryAfterMs('a')).toBe(0);
    b.succeed('a');
    expect(b.fail('a')).toBe(0);
    expect(b.fail('a')).toBe(1000);
  });
});

describe('newsgraph serve exposure', () => {
  it('refuses a non-loopback --host without --auth, a short token, a non-loopback Bolt without --bolt-auth', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'newsgraph-guard-')), 'g.json');
    const open = await cli(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0']);
    expect(open.code).toBe(2);
    expect(open.stderr).toMatch(/--auth TOKEN.*--insecure/);
    const short = await cli(['serve', '--db', db, '--auth', 'short', '--port', '0']);
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 16 characters/);
    const bolt = await cli(['serve', '--db', db, '--port', '0', '--bolt', '0.0.0.0:0']);
    expect(bolt.code).toBe(2);
    expect(bolt.stderr).toMatch(/--bolt-auth/);
  });

  it('takes the token from NEWSGRAPH_AUTH_TOKEN', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'newsgraph-guard-')), 'g.json');
    const s = await serve(['--db', db], { NEWSGRAPH_AUTH_TOKEN: 'token-from-the-environment' });
    try {
      expect((await fetch(`${s.url}/api/stats`)).status).toBe(401);
      expect((await fetch(`${s.url}/api/stats`, { headers: { authorization: 'Bearer token-from-the-environment' } })).status).toBe(200);
    } finally {
      await s.stop();
    }
  });
});
