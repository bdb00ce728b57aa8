/** `serve` on an unchanged store sends viewers no `reload` after a read query; another writer's save still does. */
import { expect, it } from 'vitest';
import { analystSnapshot } from '../viewer/analyst-fixture.ts';
import { startServe, tempDir, writeDb } from '../viewer/harness.ts';
import { parseEvents } from '../../viewer/src/live/events.ts';

it('serve: no reload while nothing writes the store; a reload once another process saves it', { timeout: 90_000 }, async () => {
  const tmp = tempDir();
  const db = writeDb(tmp.dir, analystSnapshot());
  const server = await startServe(db);
  let text = '';
  const events = () => parseEvents(text).events.map((e) => e.event);
  const ctl = new AbortController();
  const res = await fetch(`${server.url}/api/events`, { signal: ctl.signal });
  const reading = (async () => { for await (const c of res.body!.pipeThrough(new TextDecoderStream())) text += c; })().catch(() => {});
  try {
    const q = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: "MATCH p = shortestPath((a {id: 'company:mistral'})-[*..6]-(b {id: 'company:microsoft'})) RETURN length(p) AS hops", params: {} }) });
    expect(q.status).toBe(200);
    await new Promise((r) => setTimeout(r, 3_000)); // the server polls its store file every second
    expect(events()).toEqual(['hello']);
    const changed = analystSnapshot(); // another process saves the store: one more article
    changed.nodes.push({ key: 'a99', attributes: { type: 'Article', id: 'a99', title: 'Another writer', date: '2025-07-01' } });
    writeDb(tmp.dir, changed);
    await expect.poll(events, { timeout: 20_000, interval: 200 }).toContain('reload');
  } finally {
    ctl.abort(); await reading; await server.stop(); tmp.cleanup();
  }
});
