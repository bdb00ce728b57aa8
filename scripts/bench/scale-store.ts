/**
 * A large embedded store for the scale benchmarks, built in minutes rather than hours: `--real N`
 * generated articles (generated-articles.ts) go through the real pipeline (extraction + resolution),
 * their patches are recorded, and the store is then filled to `--articles` by replaying those patches
 * again and again, each replica with its companies, people, organisations and products renamed (ids,
 * names, aliases, and the evidence sentences and titles that name them) and its own article ids —
 * countries and regions stay shared, as a year of news repeats them. Each replica thus adds what the
 * real articles added: the same numbers of nodes, relations, evidence sentences and bytes per article.
 * Prints the real pipeline's rate (articles/s) and the build's figures.
 *
 *   node --import tsx scripts/bench/scale-store.ts --articles 200000 --real 20000 --out /work/data/store-200k/graph.json
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadavg } from 'node:os';
import { showHelpIfAsked } from './help.ts';
import { writeArticlesJsonl } from './generated-articles.ts';
import { openMemoryStore, MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { ingestEvents } from '../../src/ingest/pipeline.ts';
import { relationKey, type GraphPatch } from '../../src/graph/patch.ts';
import { readArticles } from '../../src/ingest/read/index.ts';

showHelpIfAsked(import.meta.url);
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const TOTAL = Number(opt('--articles', '200000'));
const REAL = Math.min(TOTAL, Number(opt('--real', '20000')));
const OUT = opt('--out', '/tmp/newsgraph-scale-store/graph.json');
const SHARED = new Set(['Country', 'Region']);
const TAGS = ['Nova', 'Prime', 'Delta', 'Orbit', 'Vertex', 'Astra', 'Lumen', 'Terra', 'Zenit', 'Borea', 'Cinder', 'Halo', 'Ionis', 'Juno', 'Kestrel'];
const tagOf = (r: number) => TAGS[r - 1] ?? `R${r}`;

/** Recording the patches a real ingest applies. */
class RecordingStore extends MemoryStore {
  readonly recorded: GraphPatch[] = [];
  override async apply(patches: GraphPatch[]) {
    this.recorded.push(...patches.map((p) => structuredClone(p)));
    return super.apply(patches);
  }
}


/** Replica `r` of a patch: its own article, its own companies, people…; the same places. */
function replica(p: GraphPatch, r: number): GraphPatch {
  if (r === 0) return p;
  const tag = tagOf(r);
  const ids = new Map<string, string>();
  const names: Array<[string, string]> = [];
  for (const e of p.entities) {
    if (SHARED.has(e.type)) continue;
    ids.set(e.id, `${e.id}-${tag.toLowerCase()}`);
    for (const n of [e.name, ...e.aliases]) names.push([n, `${n} ${tag}`]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  const text = (s: string) => { for (const [from, to] of names) if (s.includes(from)) s = s.split(from).join(to); return s; };
  const article = `article:${createHash('sha256').update(`${p.article.id}|${r}`).digest('hex').slice(0, 16)}`;
  ids.set(p.article.id, article);
  const id = (x: string) => ids.get(x) ?? x;
  const rename = (n: string) => names.find(([from]) => from === n)?.[1] ?? n;
  return {
    article: { ...p.article, id: article, title: text(p.article.title) },
    entities: p.entities.map((e) => SHARED.has(e.type) ? { ...e, article } : { ...e, id: id(e.id), name: rename(e.name), aliases: e.aliases.map(rename), article }),
    relations: p.relations.map((x) => {
      const disc = x.key.split('|').slice(3).join('|');
      return { ...x, key: relationKey(x.type, id(x.source), id(x.target), disc), source: id(x.source), target: id(x.target), article, evidence: text(x.evidence) };
    }),
  };
}

async function main(): Promise<void> {
  await rm(dirname(OUT), { recursive: true, force: true });
  await mkdir(dirname(OUT), { recursive: true });
  // the real articles as a user ingests them: one JSONL file
  const jsonl = `${dirname(OUT)}/real-articles.jsonl`;
  await writeArticlesJsonl(jsonl, REAL);
  const t0 = performance.now();
  const recorder = new RecordingStore(undefined, emptySnapshot());
  await ingestEvents(readArticles([jsonl]), recorder, { save: false });
  await rm(jsonl);
  const realSeconds = (performance.now() - t0) / 1000;
  console.log(`real pipeline: ${REAL.toLocaleString('en')} generated articles in ${realSeconds.toFixed(0)} s (${(REAL / realSeconds).toFixed(0)} articles/s, in-process), load average ${loadavg()[0]!.toFixed(1)}`);
  const patches = recorder.recorded;
  recorder.graph.clear();
  const t1 = performance.now();
  const store = await openMemoryStore({ file: OUT });
  let n = 0;
  for (let r = 0; n < TOTAL; r++) {
    const batch: GraphPatch[] = [];
    for (const p of patches) {
      if (n >= TOTAL) break;
      batch.push(replica(p, r));
      n++;
      if (batch.length >= 2000) { await store.apply(batch.splice(0)); }
    }
    if (batch.length) await store.apply(batch);
    console.error(`replica ${r}: ${n.toLocaleString('en')} articles, ${store.graph.order.toLocaleString('en')} nodes, ${store.graph.size.toLocaleString('en')} relations, ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  }
  await store.close();
  const size = (await stat(OUT)).size;
  console.log(`store: ${n.toLocaleString('en')} articles, ${store.graph.order.toLocaleString('en')} nodes, ${store.graph.size.toLocaleString('en')} relations, snapshot ${(size / 1048576).toFixed(0)} MB, built in ${((performance.now() - t1) / 1000).toFixed(0)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${loadavg()[0]!.toFixed(1)}`);
}

await main();
