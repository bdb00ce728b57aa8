/**
 * JSON responses encoded once and sent gzipped to clients that accept it. A view of a large graph is
 * about a megabyte of JSON that compresses eight to ten times; the server keeps both encodings of the
 * views it caches, so a repeated first screen costs neither JSON.stringify nor gzip again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

export interface EncodedJson { text: Buffer; gzip: Buffer | null }

/** Below this size gzip saves less than its own cost. */
const MIN_GZIP_BYTES = 1024;

export function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
}

export function encodeJson(body: unknown): EncodedJson {
  const text = Buffer.from(JSON.stringify(body));
  return { text, gzip: text.length >= MIN_GZIP_BYTES ? gzipSync(text, { level: 6 }) : null };
}

export function sendEncodedJson(req: IncomingMessage, res: ServerResponse, status: number, body: EncodedJson): void {
  const zipped = body.gzip !== null && acceptsGzip(req);
  const bytes = zipped ? body.gzip! : body.text;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': bytes.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(body.gzip !== null ? { vary: 'accept-encoding' } : {}),
    ...(zipped ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(bytes);
}

/** sendJson (http-json.ts) with gzip when the client accepts it. */
export function sendJsonGzip(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  sendEncodedJson(req, res, status, encodeJson(body));
}
