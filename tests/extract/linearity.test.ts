import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';
import { longText } from '../helpers/long-text.ts';

// Extraction and resolution of one long text must grow linearly with its length (issue 14: a 2.8 MB
// report of short sentences took 290 s; per-sentence scans of every mention were quadratic). A ratio
// of two sizes, in CPU time of this process, not an absolute time: the machine's speed and load
// cancel out. Figures: scripts/bench/linearity.ts.
const extractor = createExtractor();

function cpuSeconds(text: string, lang: 'en' | 'fr', id: string): number {
  const article: Article = { id, title: 'Annual report', text, lang };
  const c0 = process.cpuUsage();
  const x = extractor.extract(article);
  const patch = new Resolver().resolve(article, x);
  const c = process.cpuUsage(c0);
  // the work was done: a text of names gives entities and relations
  expect(patch.entities.length).toBeGreaterThan(100);
  expect(patch.relations.length).toBeGreaterThan(100);
  return (c.user + c.system) / 1e6;
}

describe('extraction time is linear in text length', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: a 1 MB text takes less than 15 times a 100 KB one`, () => {
      cpuSeconds(longText(30_000, lang, 3), lang, 'article:warm');
      const small = [1, 2, 3].map((k) => cpuSeconds(longText(100_000, lang), lang, `article:small-${k}`)).sort((a, b) => a - b)[1]!;
      const large = cpuSeconds(longText(1_000_000, lang), lang, 'article:large');
      expect(large / small).toBeLessThan(15);
    }, 300_000);
  }
});
