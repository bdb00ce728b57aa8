/**
 * The graph as of a day: what had been reported by then and was not yet closed (presence.ts), each
 * element with only the articles and evidence published by then, and the report fields as they stood
 * then (`lastReported`, `lastSeen`; an end reported later is not known yet). The result is a canonical
 * snapshot (canonical.ts) whose attributes say what it is:
 *   asOf            the day
 *   ingestState     hash of the ids of every article the store held (which ingest state it came from)
 *   ingestArticles  how many articles the store held
 *   articles        how many of them the snapshot holds
 *   contentHash     sha256 of the snapshot's nodes and edges (canonical JSON)
 * No creation time: the same store and day give the same bytes.
 */
import { createHash } from 'node:crypto';
import type { Snapshot } from '../graph/model.ts';
import { canonicalOrder } from './canonical.ts';
import { maxDate, reportDate } from './dates.ts';
import { articleBy, presentAt } from './presence.ts';

type Attrs = Record<string, unknown>;

export interface AsOfOptions {
  /** Graph name written in the snapshot (default: the store's). */
  name?: string;
}

export function ingestState(snapshot: Snapshot): { ingestState: string; ingestArticles: number } {
  const ids = snapshot.nodes.filter((n) => n.attributes?.type === 'Article').map((n) => String(n.key)).sort();
  return { ingestState: createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 32), ingestArticles: ids.length };
}

export function contentHash(snapshot: Pick<Snapshot, 'nodes' | 'edges'>): string {
  return createHash('sha256').update(JSON.stringify({ nodes: snapshot.nodes, edges: snapshot.edges })).digest('hex');
}

export function snapshotAsOf(source: Snapshot, asOf: string, options: AsOfOptions = {}): Snapshot {
  const kept = new Set<string>();
  const days = new Map<string, string | undefined>();
  for (const n of source.nodes) {
    if (n.attributes?.type !== 'Article') continue;
    days.set(String(n.key), reportDate(n.attributes.date));
    if (articleBy(n.attributes.date, asOf)) kept.add(String(n.key));
  }
  const isArticle = (id: string) => days.has(id);
  // entity → its mentions in each kept article (MENTIONS edges carry the per-article count)
  const mentionCount = new Map<string, number>();
  let countsKnown = true;
  for (const e of source.edges) {
    if (e.attributes?.type !== 'MENTIONS') continue;
    const n = e.attributes.mentions;
    if (typeof n !== 'number') { countsKnown = false; continue; }
    if (kept.has(String(e.source))) mentionCount.set(String(e.target), (mentionCount.get(String(e.target)) ?? 0) + n);
  }

  const nodes: Snapshot['nodes'] = [];
  const present = new Set<string>();
  for (const n of source.nodes) {
    const key = String(n.key);
    const a = n.attributes ?? {};
    if (a.type === 'Article') { if (kept.has(key)) { nodes.push(n); present.add(key); } continue; }
    const articles = Array.isArray(a.articles) ? a.articles.map(String) : undefined;
    if (!articles?.length) { nodes.push(n); present.add(key); continue; }
    const still = articles.filter((id) => kept.has(id) || !isArticle(id));
    if (!still.length) continue;
    const attrs: Attrs = { ...a, articles: still };
    if (still.length !== articles.length) {
      let last: string | undefined;
      for (const id of still) last = maxDate(last, days.get(id));
      if (last) attrs.lastSeen = last; else delete attrs.lastSeen;
      if (countsKnown && mentionCount.has(key)) attrs.mentions = mentionCount.get(key);
    }
    nodes.push({ key, attributes: attrs });
    present.add(key);
  }

  const edges: Snapshot['edges'] = [];
  for (const e of source.edges) {
    const a = e.attributes ?? {};
    if (!present.has(String(e.source)) || !present.has(String(e.target))) continue;
    if (a.type === 'MENTIONS' || !Array.isArray(a.articles) || !a.articles.length) { edges.push(e); continue; }
    if (!presentAt(a, asOf)) continue;
    const articles = a.articles.map(String);
    const evidence = Array.isArray(a.evidence) ? a.evidence : [];
    const idx = articles.map((id, i) => (kept.has(id) || !isArticle(id) ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) continue;
    const attrs: Attrs = { ...a };
    if (idx.length !== articles.length) {
      attrs.articles = idx.map((i) => articles[i]);
      if (evidence.length === articles.length) attrs.evidence = idx.map((i) => evidence[i]);
      let last: string | undefined;
      for (const i of idx) last = maxDate(last, days.get(articles[i]!));
      if (last) attrs.lastReported = last; else delete attrs.lastReported;
    }
    // an end (and what closed it) reported after the day is not known yet
    const endKnown = typeof a.endReported !== 'string' || a.endReported.slice(0, 10) <= asOf;
    if (!endKnown) { delete attrs.validTo; delete attrs.endReported; delete attrs.supersededBy; }
    edges.push({ ...e, attributes: attrs });
  }
  // conflicts and successors that are not in the snapshot are not known yet
  const edgeKeys = new Set(edges.map((e) => String(e.key)));
  for (const e of edges) {
    const a = e.attributes;
    if (Array.isArray(a.conflicts)) {
      const known = a.conflicts.filter((k) => edgeKeys.has(String(k)));
      if (known.length !== a.conflicts.length) e.attributes = known.length ? { ...a, conflicts: known } : withoutKey(a, 'conflicts');
    }
  }

  const ordered = canonicalOrder({ attributes: {}, options: source.options, nodes, edges });
  const state = ingestState(source);
  const attributes: Snapshot['attributes'] = {
    name: options.name ?? (typeof source.attributes.name === 'string' ? source.attributes.name : 'newsgraph'),
    format: 'newsgraph-snapshot/1',
    asOf,
    articles: ordered.nodes.filter((n) => n.attributes?.type === 'Article').length,
    ingestState: state.ingestState,
    ingestArticles: state.ingestArticles,
    contentHash: contentHash(ordered),
  };
  return { attributes, options: { type: 'directed', multi: true, allowSelfLoops: source.options?.allowSelfLoops ?? true }, nodes: ordered.nodes, edges: ordered.edges };
}

function withoutKey(a: Attrs, key: string): Attrs {
  const { [key]: _dropped, ...rest } = a;
  return rest;
}
