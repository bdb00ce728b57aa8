/**
 * Where one-thread ingest time goes: CPU seconds by stage (extract, resolve, store apply) over the
 * synthetic articles after a warm-up, and optionally a V8 CPU profile of the timed part only (start-up,
 * lexicon loading and JIT warm-up left out), written to --out for a reader such as
 * `node scripts/bench/read-cpu-profile.mjs FILE`.
 *
 *   node --import tsx scripts/bench/ingest-profile.ts [--articles 2000] [--warm 500] [--out FILE.cpuprofile] [--dir PATH]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { readArticles } from '../../src/ingest/read/index.ts';
import { isSmallTown } from '../../src/extract/gazetteer.ts';
import { showHelpIfAsked } from './help.ts';
import { syntheticArticles } from './synthetic-articles.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, warm: { type: 'string', default: '500' }, out: { type: 'string' }, dir: { type: 'string' } } });

async function corpus(): Promise<Article[]> {
  if (!values.dir) return syntheticArticles(Number(values.articles) + Number(values.warm));
  const out: Article[] = [];
  for await (const item of readArticles([values.dir])) if (item.article) out.push(item.article);
  return out;
}

const all = await corpus();
const warm = values.dir ? all : all.slice(0, Number(values.warm));
const timed = values.dir ? all : all.slice(Number(values.warm));
const extractor = createExtractor();
isSmallTown('');
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };

async function pass(articles: Article[]): Promise<{ extract: number; resolve: number; apply: number }> {
  const store = await openMemoryStore();
  const resolver = new Resolver(await store.knownEntities());
  const t = { extract: 0, resolve: 0, apply: 0 };
  for (let i = 0; i < articles.length; i += 200) {
    const batch = articles.slice(i, i + 200);
    const c0 = cpu();
    const extractions = batch.map((a) => extractor.extract(a));
    const c1 = cpu();
    const patches = batch.map((a, k) => resolver.resolve(a, extractions[k]!));
    const c2 = cpu();
    await store.apply(patches);
    const c3 = cpu();
    t.extract += c1 - c0; t.resolve += c2 - c1; t.apply += c3 - c2;
  }
  return t;
}

await pass(warm);
if (values.dir) await pass(warm);
const session = new Session();
if (values.out) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
}
const t = await pass(timed);
if (values.out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.out, JSON.stringify(profile));
}
const total = t.extract + t.resolve + t.apply;
const pc = (x: number) => `${x.toFixed(2)} s (${(100 * x / total).toFixed(1)} %)`;
console.log(`${timed.length} articles, ${total.toFixed(2)} CPU s (${(timed.length / total).toFixed(0)} per CPU-s): extract ${pc(t.extract)}, resolve ${pc(t.resolve)}, store apply ${pc(t.apply)}`);
