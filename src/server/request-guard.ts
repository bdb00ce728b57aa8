/**
 * Checks every HTTP request before it reaches a route, so a web page the user happens to visit cannot
 * use the server (issue 14, "a web page can write"):
 * - `Host` must name this server — a loopback name or the bound address with the server's port, or an
 *   `--allowed-hosts` entry — which defeats DNS rebinding (a page on evil.example whose name now
 *   resolves to 127.0.0.1 sends `Host: evil.example`);
 * - a request that can change anything (any method but GET / HEAD) must come from a page of this
 *   server or from no page at all (`Origin` absent or naming this server), which defeats CSRF;
 * - bodies sent to the API must be `application/json` (a plain HTML form or a "simple" fetch cannot
 *   send that cross-origin without a CORS preflight, which this server never grants);
 * - with `--auth TOKEN`, /api/* requires `Authorization: Bearer TOKEN`; wrong tokens back off per
 *   client address (`AuthBackoff`).
 * Pure: it reads a description of the request and returns a verdict.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AuthBackoff } from '../net/auth-backoff.ts';

export interface GuardOptions {
  /** The address the server is bound to (`--host`). */
  host: string;
  /** Further names clients may use (`--allowed-hosts`): `name` (any port) or `name:port`; `*` = any. */
  allowedHosts: readonly string[];
  /** `--auth`: the bearer token /api/* requires. */
  authToken?: string;
  /** Failed tokens slow down per address (only with authToken). */
  backoff?: AuthBackoff;
}

export interface GuardedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The socket's local address and port: the address the client actually reached. */
  localAddress: string;
  localPort: number;
  remoteAddress: string;
}

export type GuardVerdict =
  | { ok: true }
  | { ok: false; status: number; code: string; message: string; headers?: Record<string, string> };

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);
const WILDCARDS = new Set(['', '0.0.0.0', '::']);
const SAFE_METHODS = new Set(['GET', 'HEAD']);

export function isLoopbackHost(host: string): boolean {
  const h = normaliseName(host);
  return LOOPBACK_NAMES.has(h) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Lower case, no IPv6 brackets, no trailing dot, IPv4-mapped IPv6 as plain IPv4. */
function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/** `name`, `name:port`, `[v6]`, `[v6]:port` → parts; undefined when it is not a host. */
export function parseHostHeader(value: string): { name: string; port?: number } | undefined {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s/@]+)(?::(\d{1,5}))?$/.exec(value.trim());
  if (!m) return undefined;
  const port = m[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && port > 65535) return undefined;
  return port === undefined ? { name: normaliseName(m[1]!) } : { name: normaliseName(m[1]!), port };
}

/** One `--allowed-hosts` entry (comma-separated list) → name and optional port. */
export function parseAllowedHosts(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    if (entry !== '*' && !parseHostHeader(entry)) throw new Error(`--allowed-hosts: '${entry}' is not a host name or host:port`);
    out.push(entry);
  }
  return out;
}

/** True when `name:port` is one of this server's names. */
function isOwnHost(name: string, port: number, req: GuardedRequest, o: GuardOptions): boolean {
  for (const entry of o.allowedHosts) {
    if (entry === '*') return true;
    const allowed = parseHostHeader(entry)!;
    if (allowed.name === name && (allowed.port === undefined || allowed.port === port)) return true;
  }
  if (port !== req.localPort) return false;
  if (LOOPBACK_NAMES.has(name)) return true;
  const bound = normaliseName(o.host);
  if (name === bound) return true;
  // bound to every interface: the address this connection came in on is the server's own
  return WILDCARDS.has(bound) && name === normaliseName(req.localAddress);
}

function deny(status: number, code: string, message: string, headers?: Record<string, string>): GuardVerdict {
  return headers ? { ok: false, status, code, message, headers } : { ok: false, status, code, message };
}

function header(req: GuardedRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function sameToken(given: string, want: string): boolean {
  // hashing first gives equal lengths, so the comparison time says nothing about the token
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(want).digest();
  return timingSafeEqual(a, b);
}

export function checkRequest(req: GuardedRequest, o: GuardOptions): GuardVerdict {
  const hostValue = header(req, 'host');
  // HTTP/1.0 clients may omit Host; browsers never do, so a missing Host is no rebinding attempt
  if (hostValue !== undefined) {
    const host = parseHostHeader(hostValue);
    if (!host || !isOwnHost(host.name, host.port ?? 80, req, o)) {
      return deny(403, 'Newsgraph.Request.HostNotAllowed',
        `Host '${hostValue}' is not an address of this server; if clients reach it under that name, start it with --allowed-hosts ${host?.name ?? hostValue}`);
    }
  }
  const unsafe = !SAFE_METHODS.has(req.method);
  const origin = header(req, 'origin');
  if (unsafe && origin !== undefined) {
    let url: URL | undefined;
    try { url = new URL(origin); } catch { url = undefined; }
    const port = url ? Number(url.port || (url.protocol === 'https:' ? 443 : 80)) : 0;
    const own = url && (url.protocol === 'http:' || url.protocol === 'https:') && isOwnHost(normaliseName(url.hostname), port, req, o);
    if (!own) {
      return deny(403, 'Newsgraph.Request.CrossOrigin',
        `${req.method} from a page of another site (Origin '${origin}') is refused: only this server's own pages or non-browser clients may send it`);
    }
  }
  const api = req.path.startsWith('/api/');
  if (api && o.authToken !== undefined) {
    const retry = o.backoff?.retryAfterMs(req.remoteAddress) ?? 0;
    if (retry > 0) {
      const seconds = Math.ceil(retry / 1000);
      return deny(429, 'Newsgraph.Request.TooManyFailedLogins', `too many wrong tokens from ${req.remoteAddress}: try again in ${seconds} s`, { 'retry-after': String(seconds) });
    }
    const auth = header(req, 'authorization');
    const m = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
    if (!m) {
      return deny(401, 'Newsgraph.Request.Unauthorized', 'this server requires a token: send Authorization: Bearer TOKEN', { 'www-authenticate': 'Bearer realm="newsgraph"' });
    }
    if (!sameToken(m[1]!, o.authToken)) {
      o.backoff?.fail(req.remoteAddress);
      return deny(401, 'Newsgraph.Request.Unauthorized', 'wrong token', { 'www-authenticate': 'Bearer realm="newsgraph", error="invalid_token"' });
    }
    o.backoff?.succeed(req.remoteAddress);
  }
  if (api && unsafe) {
    const type = (header(req, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      return deny(415, 'Newsgraph.Request.UnsupportedMediaType', `${req.method} ${req.path} needs Content-Type: application/json${type ? ` (got ${type})` : ''}`);
    }
  }
  return { ok: true };
}

/** The guard's view of a node request. */
export function describeRequest(req: IncomingMessage, path: string): GuardedRequest {
  return {
    method: req.method ?? 'GET',
    path,
    headers: req.headers,
    localAddress: req.socket.localAddress ?? '',
    localPort: req.socket.localPort ?? 0,
    remoteAddress: normaliseName(req.socket.remoteAddress ?? ''),
  };
}
