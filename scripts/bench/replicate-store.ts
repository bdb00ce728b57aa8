/**
 * A store N times as large, in memory, for the viewer benchmark at 200,000 articles without hours of
 * extraction: every node and relation of a real store is copied N times, each copy with its own articles,
 * companies, people, organisations and products (keys, ids, names and aliases tagged "· Nova", "· Prime"…,
 * article lists following), while countries and regions stay shared — a year of news repeats them, so their
 * degree grows with the corpus as it would. Evidence sentences are shared between copies (the viewer reads
 * them only for the details panel). Same idea as the store helper's scale-store.ts, from a store file
 * instead of recorded patches.
 */
import { MemoryStore } from '../../src/store/memory/index.ts';
import type { Snapshot } from '../../src/graph/model.ts';

const SHARED = new Set(['Country', 'Region']);
const TAGS = ['Nova', 'Prime', 'Delta', 'Orbit', 'Vertex', 'Astra', 'Lumen', 'Terra', 'Zenit', 'Borea', 'Cinder', 'Halo', 'Ionis', 'Juno', 'Kestrel'];
const tagOf = (r: number) => TAGS[r - 1] ?? `R${r}`;

/** `copies` copies of `source`'s graph in a new in-memory store (copy 0 keeps the original keys). */
export function replicateStore(source: MemoryStore, copies: number): MemoryStore {
  const empty: Snapshot = { attributes: { ...source.graph.getAttributes() } as Snapshot['attributes'], options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: [], edges: [] };
  const out = new MemoryStore(undefined, empty);
  const g = source.graph, h = out.graph;
  const shared = new Set<string>();
  g.forEachNode((k, a) => { if (SHARED.has(String(a.type))) shared.add(k); });
  for (let r = 0; r < copies; r++) {
    const key = (k: string) => (r === 0 || shared.has(k) ? k : `${k}~${r}`);
    const keys = (v: unknown) => (Array.isArray(v) ? v.map((x) => key(String(x))) : v);
    const name = (v: unknown) => (r === 0 || typeof v !== 'string' ? v : `${v} · ${tagOf(r)}`);
    g.forEachNode((k, a) => {
      if (shared.has(k)) { if (r === 0) h.addNode(k, { ...a }); return; }
      const b: Record<string, unknown> = { ...a, id: key(k) };
      if ('name' in a) b.name = name(a.name);
      if ('title' in a) b.title = name(a.title);
      if (Array.isArray(a.aliases)) b.aliases = a.aliases.map(name);
      if ('articles' in a) b.articles = keys(a.articles);
      h.addNode(key(k), b);
    });
    g.forEachEdge((e, a, s, t) => {
      // a relation between two shared nodes (a country in a region) exists once
      if (r > 0 && shared.has(s) && shared.has(t)) return;
      const b: Record<string, unknown> = { ...a };
      if ('articles' in a) b.articles = keys(a.articles);
      h.addEdgeWithKey(r === 0 ? e : `${e}~${r}`, key(s), key(t), b);
    });
  }
  return out;
}
