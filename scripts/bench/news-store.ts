/**
 * A large news store for the viewer benchmark, built the way a user builds one: the synthetic corpus of
 * scripts/bench/synthetic-articles.ts, dated over one year, through the real extractor, resolver and
 * embedded store, written as a store file. Built once per article count and kept (the file is reused).
 *
 *   node --import tsx scripts/bench/news-store.ts --articles 20000 --out /tmp/store-20k.json
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { syntheticArticles } from './synthetic-articles.ts';

const DAY = 86_400_000;

/** Builds (or reuses) the store file of `articles` synthetic articles; returns its path. */
export async function newsStore(articles: number, file: string, log: (line: string) => void = () => {}): Promise<string> {
  if (existsSync(file)) return file;
  const t0 = performance.now();
  const corpus = syntheticArticles(articles).map((a, i) => ({
    ...a,
    // one year of news, in the order it arrived
    date: new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 365) / articles) * DAY).toISOString().slice(0, 10),
  }));
  const extractor = createExtractor();
  const store = await openMemoryStore({ file });
  const resolver = new Resolver(await store.knownEntities());
  for (let i = 0; i < corpus.length; i += 500) {
    await store.apply(corpus.slice(i, i + 500).map((a) => resolver.resolve(a, extractor.extract(a))));
    if (i % 5000 === 0) log(`  ${i.toLocaleString('en')} / ${articles.toLocaleString('en')} articles ingested`);
  }
  await store.flush();
  await store.close();
  log(`store of ${articles.toLocaleString('en')} articles built in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${file}`);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
  await newsStore(Number(opt('--articles', '20000')), opt('--out', '/tmp/newsgraph-store-20k.json'), console.log);
}
