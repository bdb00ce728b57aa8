import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { createExtractor, type Extractor } from '../../src/extract/index.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

describe('ingest pipeline', () => {
  it('an article the extractor fails on is reported; the others are ingested', async () => {
    const real = createExtractor();
    let calls = 0;
    const flaky: Extractor = {
      name: 'flaky',
      extract(article) {
        if (calls++ === 1) throw new Error('boom');
        return real.extract(article);
      },
    };
    const store = await openMemoryStore();
    const summary = await ingest([SEEDS], store, { extractor: flaky });
    expect(summary.articles).toBe(5);
    expect(summary.newArticles).toBe(4);
    expect(summary.issues).toHaveLength(1);
    expect(summary.issues[0]!.message).toContain('extraction failed: boom');
    expect(summary.issues[0]!.file).toMatch(/seeds/);
    // the failed article is not marked as known: a later run retries it
    const again = await ingest([SEEDS], store);
    expect(again.newArticles).toBe(1);
    expect(again.alreadyKnown).toBe(4);
  });
});
