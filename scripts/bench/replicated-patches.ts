/**
 * Patches of generated articles for the scale benchmarks (scale-store.ts, neo4j.ts): a number of
 * generated articles (generated-articles.ts) go through the real pipeline and their patches are
 * recorded; `replica(p, r)` is patch p with its companies, people, organisations and products renamed
 * (ids, names, aliases, and the evidence sentences and titles naming them) and its own article id —
 * countries and regions stay shared, as a year of news repeats them. Replicas add what the real
 * articles added: the same numbers of nodes, relations, evidence sentences and bytes per article.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeArticlesJsonl } from './generated-articles.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { ingestEvents } from '../../src/ingest/pipeline.ts';
import { relationKey, type GraphPatch } from '../../src/graph/patch.ts';
import { readArticles } from '../../src/ingest/read/index.ts';

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
export function replica(p: GraphPatch, r: number): GraphPatch {
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


/** The patches the real pipeline makes of `n` generated articles (read from a JSONL file, as a user's), and how long it took. */
export async function recordRealPatches(n: number, dir: string): Promise<{ patches: GraphPatch[]; seconds: number }> {
  const jsonl = join(dir, `real-articles-${process.pid}.jsonl`);
  await writeArticlesJsonl(jsonl, n);
  const t0 = performance.now();
  const recorder = new RecordingStore(undefined, emptySnapshot());
  await ingestEvents(readArticles([jsonl]), recorder, { save: false });
  const seconds = (performance.now() - t0) / 1000;
  await rm(jsonl);
  recorder.graph.clear();
  return { patches: recorder.recorded, seconds };
}
