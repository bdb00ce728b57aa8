/** `newsgraph serve`: the HTTP API and the viewer's static files, in one process, on 127.0.0.1 by default. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROUTES, type ApiOptions } from './routes.ts';
import { HttpError, sendError } from './http-json.ts';
import { checkRequest, describeRequest } from './request-guard.ts';
import { AuthBackoff } from '../net/auth-backoff.ts';
import { warmViews } from './views/view-routes.ts';
import { acceptsGzip } from './gzip-json.ts';

export interface StaticFile { contentType: string; body: Buffer; gzip?: Buffer }

export interface ServerOptions extends Partial<Omit<ApiOptions, 'store'>> {
  store: ApiOptions['store'];
  host?: string;
  port?: number;
  /** URL path → file (the viewer bundle). */
  staticFiles?: Map<string, StaticFile>;
  /** Further names clients may reach the server under (`--allowed-hosts`; see request-guard.ts). */
  allowedHosts?: readonly string[];
  /** `--auth`: bearer token required on /api/*. */
  authToken?: string;
}

export const SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: 3000,
  allowWrites: false,
  maxBodyBytes: 1 << 20,
  queryTimeoutMs: 10_000,
  maxRows: 10_000,
  /** Memory budget of one query (MB): lists built or collected, rows held for sorting or grouping. */
  maxMemoryMb: 512,
};

export function createNewsgraphServer(options: ServerOptions): Server {
  const api: ApiOptions = {
    store: options.store,
    allowWrites: options.allowWrites ?? SERVER_DEFAULTS.allowWrites,
    maxBodyBytes: options.maxBodyBytes ?? SERVER_DEFAULTS.maxBodyBytes,
    queryTimeoutMs: options.queryTimeoutMs ?? SERVER_DEFAULTS.queryTimeoutMs,
    maxRows: options.maxRows ?? SERVER_DEFAULTS.maxRows,
    maxMemoryMb: options.maxMemoryMb ?? SERVER_DEFAULTS.maxMemoryMb,
    ...(options.writeLock ? { writeLock: options.writeLock } : {}),
  };
  const files = options.staticFiles ?? new Map<string, StaticFile>();
  warmViews(options.store); // the large-graph mode's first screen, ready before the first visit
  const guard = {
    host: options.host ?? SERVER_DEFAULTS.host,
    allowedHosts: options.allowedHosts ?? [],
    ...(options.authToken !== undefined ? { authToken: options.authToken, backoff: new AuthBackoff() } : {}),
  };

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      const verdict = checkRequest(describeRequest(req, url.pathname), guard);
      if (!verdict.ok) {
        for (const [k, v] of Object.entries(verdict.headers ?? {})) res.setHeader(k, v);
        // the body of a refused request is not read: close the connection rather than drain it
        res.setHeader('connection', 'close');
        sendError(res, verdict.status, verdict.code, verdict.message);
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        const candidates = ROUTES.filter((r) => r.pattern.test(url.pathname));
        if (!candidates.length) throw new HttpError(404, 'Newsgraph.Request.NotFound', `no route ${url.pathname}`);
        const route = candidates.find((r) => r.method === req.method);
        if (!route) {
          res.setHeader('allow', candidates.map((r) => r.method).join(', '));
          throw new HttpError(405, 'Newsgraph.Request.MethodNotAllowed', `${req.method} is not allowed on ${url.pathname}`);
        }
        await route.handler(req, res, url, url.pathname.match(route.pattern)!, api);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Newsgraph.Request.MethodNotAllowed', `${req.method} is not allowed`);
      const file = files.get(url.pathname) ?? (url.pathname === '/' ? files.get('/index.html') : undefined);
      if (!file) throw new HttpError(404, 'Newsgraph.Request.NotFound', `no file ${url.pathname}`);
      const body = file.gzip && acceptsGzip(req) ? file.gzip : file.body; // precompressed at build (viewer-bundle.ts)
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': body.length, 'x-content-type-options': 'nosniff',
        ...(file.gzip ? { vary: 'accept-encoding' } : {}), ...(body === file.gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      if (res.headersSent) { res.destroy(); return; }
      if (err instanceof HttpError) sendError(res, err.status, err.code, err.message);
      else sendError(res, 500, 'Newsgraph.Server.Error', (err as Error).message ?? String(err));
    }
  });
}

export async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  return server.address() as AddressInfo;
}
