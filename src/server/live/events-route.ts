/**
 * `GET /api/events`: the graph's changes as Server-Sent Events, for the live viewer. Events:
 * `hello` (the graph's size when the stream opens), `changes` (GraphChanges: new or changed nodes and
 * edges with their attributes, dropped keys), `reload` (the graph was replaced: fetch it again); a
 * comment line every 15 s keeps proxies from closing the stream. Embedded store only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiOptions } from '../routes.ts';
import { HttpError } from '../http-json.ts';
import type { MemoryStore } from '../../store/memory/index.ts';
import { changeFeedOf, type ChangeMessage } from './change-feed.ts';

export const EVENTS_DEFAULTS = { heartbeatMs: 15_000 } as const;

/** Open event streams, so a stopping server can end them (they never end by themselves). */
const open = new Set<ServerResponse>();
export function endEventStreams(): void {
  for (const res of open) res.end();
  open.clear();
}

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export async function getEvents(req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpMatchArray, opts: ApiOptions): Promise<void> {
  if (opts.store.kind !== 'memory') throw new HttpError(501, 'Newsgraph.Request.Unsupported', 'live events follow the embedded store; this server fronts Neo4j');
  const graph = (opts.store as MemoryStore).graph;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
    'x-accel-buffering': 'no',
  });
  res.write(`retry: 2000\n${frame('hello', { nodes: graph.order, edges: graph.size })}`);
  open.add(res);
  const unsubscribe = changeFeedOf(graph).subscribe((message: ChangeMessage) => {
    res.write(message.kind === 'reload' ? frame('reload', {}) : frame('changes', message.changes));
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), EVENTS_DEFAULTS.heartbeatMs);
  await new Promise<void>((resolve) => {
    const done = () => { clearInterval(heartbeat); unsubscribe(); open.delete(res); resolve(); };
    req.once('close', done);
    res.once('close', done);
  });
}
