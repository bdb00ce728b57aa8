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
import { canonicalSnapshot } from '../export/json.ts';
import { maxDate, reportDate } from './dates.ts';
import { articleBy, presentAt } from './presence.ts';
import { snapshotGraph } from '../export/graphology.ts';
import { deriveTime } from './derive.ts';
import { RELATION_TIME_FIELDS } from './fields.ts';

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

  // relations with only the articles published by then
  const pruned: Snapshot['edges'] = [];
  const changedEdges: string[] = [];
  for (const e of source.edges) {
    const a = e.attributes ?? {};
    if (!present.has(String(e.source)) || !present.has(String(e.target))) continue;
    if (a.type === 'MENTIONS' || !Array.isArray(a.articles) || !a.articles.length) { pruned.push(e); continue; }
    const articles = a.articles.map(String);
    const evidence = Array.isArray(a.evidence) ? a.evidence : [];
    const idx = articles.map((id, i) => (kept.has(id) || !isArticle(id) ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) continue;
    if (idx.length === articles.length) { pruned.push(e); continue; }
    const attrs: Attrs = { ...a, articles: idx.map((i) => articles[i]) };
    if (evidence.length === articles.length) attrs.evidence = idx.map((i) => evidence[i]);
    pruned.push({ ...e, attributes: attrs });
    changedEdges.push(String(e.key));
  }
  // what the text said by then: the time fields of the relations that lost later articles, derived again
  if (changedEdges.length) {
    // MENTIONS (half the edges) play no part in the rules
    const graph = snapshotGraph({ attributes: {}, options: source.options, nodes, edges: pruned.filter((e) => e.attributes?.type !== 'MENTIONS') });
    const update = deriveTime(graph, { relations: changedEdges, entities: [] });
    const byKey = new Map(pruned.map((e, i) => [String(e.key), i]));
    for (const [key, fields] of update.relations) {
      const i = byKey.get(key)!;
      const attrs: Attrs = { ...pruned[i]!.attributes };
      for (const f of RELATION_TIME_FIELDS) { const v = (fields as Attrs)[f]; if (v === undefined) delete attrs[f]; else attrs[f] = v; }
      pruned[i] = { ...pruned[i]!, attributes: attrs };
    }
  }
  const edges: Snapshot['edges'] = [];
  for (const e of pruned) {
    const a = e.attributes ?? {};
    if (a.type === 'MENTIONS' || !Array.isArray(a.articles) || !a.articles.length) { edges.push(e); continue; }
    if (!presentAt(a, asOf)) continue;
    // an end (and what closed it) reported after the day is not known yet
    if (typeof a.endReported === 'string' && a.endReported.slice(0, 10) > asOf) {
      const attrs: Attrs = { ...a };
      delete attrs.validTo; delete attrs.endReported; delete attrs.supersededBy;
      edges.push({ ...e, attributes: attrs });
    } else edges.push(e);
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

  // canonical element order and key order (export/json.ts): the hash is of what the JSON export writes
  const ordered = canonicalSnapshot(canonicalOrder({ attributes: {}, options: source.options, nodes, edges }));
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
