/** A reply written piece by piece (a JSON snapshot of the whole graph is never one string), waiting for the socket to drain. */
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';

export async function sendChunks(res: ServerResponse, contentType: string, chunks: Iterable<string>): Promise<void> {
  res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length < 64 * 1024) continue;
    if (!res.write(pending)) await once(res, 'drain');
    pending = '';
    if (res.destroyed) return;
  }
  res.end(pending);
}
