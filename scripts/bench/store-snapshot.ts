/**
 * The store a checkout builds from the synthetic articles (extraction, resolution, memory store with its
 * time refresh), written as JSON, so two checkouts' stores can be compared byte for byte: a speed change
 * must leave every field, the time fields included, as it was.
 *
 *   node --import tsx scripts/bench/store-snapshot.ts [--checkout DIR] [--articles 1000] [--batch 100] --out FILE
 *   cmp FILE_A FILE_B
 *
 * The snapshot's `attributes.createdAt` (wall clock) is left out; any other difference is one.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { showHelpIfAsked } from './help.ts';
import { syntheticArticles } from './synthetic-articles.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { checkout: { type: 'string' }, articles: { type: 'string', default: '1000' }, batch: { type: 'string', default: '100' }, out: { type: 'string' } } });
if (!values.out) { console.error('give --out FILE'); process.exit(2); }
const dir = resolve(values.checkout ?? join(import.meta.dirname, '../..'));
const mod = (p: string) => import(pathToFileURL(join(dir, p)).href);
const [{ createExtractor }, { Resolver }, { openMemoryStore }] = await Promise.all([
  mod('src/extract/index.ts'), mod('src/resolve/index.ts'), mod('src/store/memory/index.ts')]);
const extractor = createExtractor();
const store = await openMemoryStore();
const resolver = new Resolver(await store.knownEntities());
const articles = syntheticArticles(Number(values.articles));
const batch = Number(values.batch);
for (let i = 0; i < articles.length; i += batch) {
  await store.apply(articles.slice(i, i + batch).map((a) => resolver.resolve(a, extractor.extract(a))));
}
// Cypher dates and other value objects print through their toString, keys sorted: one text per store
const stable = (v: unknown): unknown => {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(stable);
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null && typeof (v as { toString?: unknown }).toString === 'function' && !(v instanceof Map)) {
    return `${proto.constructor?.name ?? 'object'}(${String(v)})`;
  }
  const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
  return Object.fromEntries(entries.map(([k, x]) => [String(k), stable(x)]).sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)));
};
const snapshot = await store.snapshot() as { attributes?: Record<string, unknown> };
delete snapshot.attributes?.createdAt;
writeFileSync(values.out, JSON.stringify(stable(snapshot), null, 1));
console.log(`${articles.length} articles from ${dir} → ${values.out}`);
