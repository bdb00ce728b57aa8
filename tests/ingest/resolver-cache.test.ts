import { describe, expect, it } from 'vitest';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { ingestEvents } from '../../src/ingest/pipeline.ts';
import { cachedResolver } from '../../src/ingest/resolver-cache.ts';
import { buildArticle } from '../../src/ingest/read/build.ts';
import type { ReadEvent } from '../../src/ingest/read/index.ts';
import { createExtractor } from '../../src/extract/index.ts';

const event = (title: string, text: string): ReadEvent => {
  const built = buildArticle({ title, text }, 'test');
  if (!('article' in built)) throw new Error(built.error);
  return { file: 'test', article: built.article };
};

describe('the resolver kept between runs (server)', () => {
  it('is reused while the graph is as the last run left it, rebuilt after other writes; runs link as one run would', async () => {
    const store = new MemoryStore(undefined, emptySnapshot());
    const extractor = createExtractor();
    await ingestEvents([event('Volta expands', 'Volta Energy said it will invest $2 billion in India by 2030.')], store, { save: false, keepResolver: true, extractor });
    const first = await cachedResolver(store);
    expect(await cachedResolver(store)).toBe(first);
    await ingestEvents([event('Volta again', 'Volta Energy will also invest $1 billion in Brazil.')], store, { save: false, keepResolver: true, extractor });
    expect(await cachedResolver(store)).toBe(first);
    const volta = store.graph.filterNodes((_k, a) => a.name === 'Volta Energy');
    expect(volta).toHaveLength(1);
    expect(store.graph.getNodeAttribute(volta[0]!, 'articles')).toHaveLength(2);
    await store.query("CREATE (:Company {id: 'company:other', name: 'Other'})");
    expect(await cachedResolver(store)).not.toBe(first);
  }, 120_000);
});
