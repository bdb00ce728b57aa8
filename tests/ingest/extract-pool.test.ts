import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { ingestEvents } from '../../src/ingest/pipeline.ts';
import { ExtractPool } from '../../src/ingest/extract-pool/pool.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { syntheticArticles } from '../../scripts/bench/synthetic-articles.ts';
import type { ReadEvent } from '../../src/ingest/read/index.ts';

// A pure extractor gives the same result in any thread; these tests check the plumbing keeps it so.
describe('extraction workers', () => {
  // one pool for the file: under tsx each worker builds its lexicons from the sources (seconds)
  let pool: ExtractPool;
  beforeAll(async () => { pool = await ExtractPool.start({ size: 2, chunk: 3 }); }, 180_000);
  afterAll(() => pool.close());

  it('return each article’s extraction, in order, as this thread computes it', async () => {
    const articles = syntheticArticles(40);
    const before = pool.extracted;
    const outcomes = await pool.extract(articles);
    const here = createExtractor();
    expect(outcomes).toHaveLength(articles.length);
    expect(pool.extracted - before).toBe(articles.length);
    outcomes.forEach((o, i) => expect(o.extraction).toEqual(here.extract(articles[i]!)));
  }, 180_000);

  it('send each worker several chunks ahead, so that a busy main thread does not leave them waiting', async () => {
    const articles = syntheticArticles(24); // 8 chunks of 3: room for all of them in the 2 workers (depth 8)
    const done = pool.extract(articles);
    expect(pool.queuedChunks).toBe(0);
    const outcomes = await done;
    const here = createExtractor();
    outcomes.forEach((o, i) => expect(o.extraction).toEqual(here.extract(articles[i]!)));
    const narrow = await ExtractPool.start({ size: 1, chunk: 3, depth: 2 });
    try {
      const later = narrow.extract(articles);
      expect(narrow.queuedChunks).toBe(6);
      expect((await later).map((o) => o.extraction)).toEqual(outcomes.map((o) => o.extraction));
    } finally {
      await narrow.close();
    }
  }, 300_000);

  it('build the same graph as one thread in a long run (resolution stays in article order)', async () => {
    const events: ReadEvent[] = syntheticArticles(300).map((article) => ({ file: 'synthetic', article }));
    const graphOf = async (extractPool?: ExtractPool) => {
      const store = new MemoryStore(undefined, emptySnapshot());
      const summary = await ingestEvents(events, store, { save: false, extractPool });
      const nodes = store.graph.mapNodes((k, a) => JSON.stringify([k, a])).sort();
      const edges = store.graph.mapEdges((_e, a, s, t) => JSON.stringify([s, t, a])).sort();
      return { summary, nodes, edges };
    };
    const one = await graphOf();
    const before = pool.extracted;
    const two = await graphOf(pool);
    expect(pool.extracted - before).toBe(events.length);
    expect(one.summary.newArticles).toBe(events.length);
    expect(two.summary).toEqual({ ...one.summary, workers: 2 });
    expect(two.nodes).toEqual(one.nodes);
    expect(two.edges).toEqual(one.edges);
  }, 300_000);

  it('leave the rest of a run to this thread when the workers go away, with several windows given to them', async () => {
    const events: ReadEvent[] = syntheticArticles(400).map((article) => ({ file: 'synthetic', article }));
    const graphOf = async (extractPool?: ExtractPool, onProgress?: (p: { articles: number }) => void) => {
      const store = new MemoryStore(undefined, emptySnapshot());
      const summary = await ingestEvents(events, store, { save: false, extractPool, onProgress });
      return { summary, nodes: store.graph.mapNodes((k, a) => JSON.stringify([k, a])).sort(), edges: store.graph.mapEdges((_e, a, s, t) => JSON.stringify([s, t, a])).sort() };
    };
    const one = await graphOf();
    // default chunks: two windows fit whole in the workers' held chunks, so nothing is left queued when it closes
    const failing = await ExtractPool.start({ size: 2 });
    let closing = false;
    // the pool closes (as when a worker dies) while windows are still out with it
    const two = await graphOf(failing, (p) => { if (failing.extracted > 0 && !closing) { closing = true; void failing.close(); } });
    expect(failing.extracted).toBeGreaterThan(0);
    expect(failing.extracted).toBeLessThan(events.length);
    expect(two.summary.newArticles).toBe(events.length);
    expect(two.summary.issues).toEqual([]);
    expect(two.nodes).toEqual(one.nodes);
    expect(two.edges).toEqual(one.edges);
  }, 120_000); // a chunk still with a worker when it closes must settle: without that the run hangs to this limit

  it('refuse work once closed', async () => {
    await pool.close();
    await expect(pool.extract(syntheticArticles(1))).rejects.toThrow(/closed/);
  });
});
