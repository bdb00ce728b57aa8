/** GET /api/events: the graph's changes as Server-Sent Events (what the live viewer follows). */
import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { WriteLock } from '../../src/bolt/write-lock.ts';
import { endEventStreams } from '../../src/server/live/events-route.ts';
import { parseEvents } from '../../viewer/src/live/events.ts';
import { articlePatch } from '../helpers/patches.ts';

describe('GET /api/events', () => {
  it('sends hello, then the nodes and edges an ingest adds (with attributes), and drops', async () => {
    const store = new MemoryStore(undefined, emptySnapshot());
    await store.apply([articlePatch(1)]);
    const http = createNewsgraphServer({ store, allowWrites: true, writeLock: new WriteLock() });
    const { port } = await listen(http, 0, '127.0.0.1') as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const res = await fetch(`${base}/api/events`);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const next = async (name: string) => {
      for (;;) {
        const parsed = parseEvents(buffer);
        const i = parsed.events.findIndex((e) => e.event === name);
        if (i >= 0) { buffer = parsed.events.slice(i + 1).map((e) => `event: ${e.event}\ndata: ${e.data}\n\n`).join('') + parsed.rest; return JSON.parse(parsed.events[i]!.data); }
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${name}`);
        buffer += value;
      }
    };
    expect(await next('hello')).toEqual({ nodes: 3, edges: 2 });
    const post = await fetch(`${base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [{ title: 'Volta expands', text: 'Volta Energy said it will invest $2 billion in India by 2030.' }] }) });
    expect(post.status).toBe(200);
    const changes = await next('changes');
    const keys = changes.nodes.map((n: { key: string }) => n.key);
    const article = changes.nodes.find((n: { attributes: { type: string } }) => n.attributes.type === 'Article');
    expect(article.attributes.title).toBe('Volta expands');
    expect(changes.nodes.some((n: { attributes: { name?: string } }) => n.attributes.name === 'India')).toBe(true);
    const invest = changes.edges.find((e: { attributes: { type: string } }) => e.attributes.type === 'INVESTS_IN');
    expect(invest.attributes.amountUsd).toBe(2e9);
    expect(keys).toContain(invest.source);
    // a dropped node reaches the viewer as a key
    store.graph.dropNode('company:acme');
    const dropped = await next('changes');
    expect(dropped.droppedNodes).toEqual(['company:acme']);
    expect(dropped.droppedEdges.length).toBeGreaterThan(0);
    endEventStreams();
    await new Promise<void>((r) => http.close(() => r()));
  });

  it('parses SSE framing: comments, multi-line data, an unfinished event kept for later', () => {
    const { events, rest } = parseEvents(': keep-alive\n\nevent: changes\ndata: {"a":\ndata: 1}\n\nevent: hel');
    expect(events).toEqual([{ event: 'changes', data: '{"a":\n1}' }]);
    expect(rest).toBe('event: hel');
  });
});
