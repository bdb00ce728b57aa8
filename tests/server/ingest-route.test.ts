/** POST /api/ingest: articles as JSON into the served graph, only on a server that accepts writes. */
import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { createNewsgraphServer, listen } from '../../src/server/index.ts';
import { WriteLock } from '../../src/bolt/write-lock.ts';

async function withServer(allowWrites: boolean, fn: (post: (body: unknown, type?: string) => Promise<{ status: number; body: Record<string, unknown> }>, store: MemoryStore) => Promise<void>) {
  const store = new MemoryStore(undefined, emptySnapshot());
  const http = createNewsgraphServer({ store, allowWrites, writeLock: new WriteLock() });
  const addr: AddressInfo = await listen(http, 0, '127.0.0.1');
  const post = async (body: unknown, type = 'application/json') => {
    const r = await fetch(`http://127.0.0.1:${addr.port}/api/ingest`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: r.status, body: await r.json() as Record<string, unknown> };
  };
  try { await fn(post, store); } finally { await new Promise<void>((r) => http.close(() => r())); }
}

const article = (i: number) => ({ title: `Volta ${i} expands`, text: `Volta${i} Energy said it will invest $2 billion in India by 2030.`, origin: `batch.jsonl:${i}` });

describe('POST /api/ingest', () => {
  it('ingests the articles, reports the bad ones by origin, and is idempotent', async () => {
    await withServer(true, async (post, store) => {
      const first = await post({ articles: [article(1), { title: 'no text', origin: 'batch.jsonl:2' }, article(3)] });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ articles: 2, newArticles: 2, alreadyKnown: 0 });
      expect(first.body.issues).toEqual([{ file: 'batch.jsonl:2', message: '"text" must be a string' }]);
      expect((await store.stats()).articles).toBe(2);
      const again = await post({ articles: [article(1)] });
      expect(again.body).toMatchObject({ articles: 1, newArticles: 0, alreadyKnown: 1 });
    });
  });

  it('keeps an article built by the CLI as it is when its id is its text\'s, and rebuilds a forged one', async () => {
    const { articleId } = await import('../../src/ingest/article-id.ts');
    await withServer(true, async (post, store) => {
      const title = 'Volta expands', text = 'Volta Energy said it will invest $2 billion in India by 2030.';
      const good = { id: articleId(title, text), title, text, lang: 'en', origin: 'a.txt' };
      const forged = { id: 'article:0000000000000bad', title: 'Other', text: 'Other Energy will invest $1 billion in Spain.', lang: 'en' };
      const r = await post({ articles: [good, forged] });
      expect(r.body).toMatchObject({ articles: 2, newArticles: 2 });
      expect(await store.hasArticle(good.id)).toBe(true);
      expect(await store.hasArticle(forged.id)).toBe(false);
      expect(await store.hasArticle(articleId(forged.title, forged.text))).toBe(true);
    });
  });

  it('is refused by a read-only server, and without a JSON content type or body', async () => {
    await withServer(false, async (post, store) => {
      const r = await post({ articles: [article(1)] });
      expect(r.status).toBe(403);
      expect(JSON.stringify(r.body)).toMatch(/read-only: start it with --allow-writes/);
      expect((await store.stats()).articles).toBe(0);
    });
    await withServer(true, async (post, store) => {
      expect((await post(JSON.stringify({ articles: [article(1)] }), 'text/plain')).status).toBe(415);
      expect((await post({ article: article(1) })).status).toBe(400);
      expect((await post({ articles: [article(1)], extractor: 'gpt' })).status).toBe(400);
      expect((await store.stats()).articles).toBe(0);
    });
  });
});
