/**
 * The merge rules of graph/patch.ts, applied to a graphology graph. Pure with respect to everything but
 * the graph it is given; applying the same patch twice changes nothing.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { EntityPatch, GraphPatch, RelationPatch } from '../../graph/patch.ts';
import type { ApplySummary } from '../store.ts';

type Attributes = Record<string, unknown>;

/*
 * An entity of a year of news (a country) lists tens of thousands of articles, and so does a relation
 * stated again and again. Copying and scanning such a list on every merge made ingest quadratic; lists
 * grow in place instead, and a large one's membership is kept in a Set beside it (valid while its
 * length is the one the Set was built or last grown at; every growth goes through here).
 */
const SCAN_BELOW = 32;
const members = new WeakMap<readonly unknown[], { set: Set<string>; length: number }>();

function membership(list: readonly unknown[], key: (i: number) => string): Set<string> {
  let m = members.get(list);
  if (!m || m.length !== list.length) {
    const set = new Set<string>();
    for (let i = 0; i < list.length; i++) set.add(key(i));
    m = { set, length: list.length };
    members.set(list, m);
  }
  return m.set;
}

function grown(list: readonly unknown[], key: string): void {
  const m = members.get(list);
  if (m && m.length === list.length - 1) { m.set.add(key); m.length++; }
}

function listHas(list: string[], item: string): boolean {
  return list.length < SCAN_BELOW ? list.includes(item) : membership(list, (i) => list[i]!).has(item);
}

function listPush(list: string[], item: string): void {
  list.push(item);
  grown(list, item);
}

const pair = (article: string, evidence: unknown) => `${article}\u0000${String(evidence)}`;

function statementHas(articles: string[], evidence: string[], article: string, sentence: string): boolean {
  if (articles.length < SCAN_BELOW) return articles.some((a, i) => a === article && evidence[i] === sentence);
  return membership(articles, (i) => pair(articles[i]!, evidence[i])).has(pair(article, sentence));
}

function statementPush(articles: string[], evidence: string[], article: string, sentence: string): void {
  articles.push(article);
  evidence.push(sentence);
  grown(articles, pair(article, sentence));
}

function union(existing: unknown, added: readonly string[]): string[] {
  const list = Array.isArray(existing) ? (existing as string[]).slice() : [];
  const seen = new Set(list);
  for (const item of added) if (!seen.has(item)) { seen.add(item); list.push(item); }
  return list;
}

function fillMissing(attrs: Attributes, props: Record<string, unknown> | undefined): void {
  if (!props) return;
  for (const [k, v] of Object.entries(props)) if (attrs[k] === undefined && v !== undefined) attrs[k] = v;
}

export function mergeEntity(graph: MultiDirectedGraph, e: EntityPatch): boolean {
  if (!graph.hasNode(e.id)) {
    const attrs: Attributes = {
      type: e.type, id: e.id, name: e.name,
      aliases: union([], e.aliases.filter((a) => a !== e.name)),
      mentions: e.mentions, articles: [e.article],
    };
    if (e.iso2) attrs.iso2 = e.iso2;
    fillMissing(attrs, e.properties);
    graph.addNode(e.id, attrs);
    return true;
  }
  graph.updateNodeAttributes(e.id, (old: Attributes) => {
    const attrs = Object.assign({}, old); // not a spread: many-shaped objects (see graph-time.ts)
    const known = Array.isArray(attrs.articles) ? (attrs.articles as string[]) : (attrs.articles = []) as string[];
    if (!listHas(known, e.article)) {
      listPush(known, e.article);
      attrs.mentions = (typeof attrs.mentions === 'number' ? attrs.mentions : 0) + e.mentions;
    }
    const name = typeof attrs.name === 'string' ? attrs.name : e.name;
    attrs.aliases = union(attrs.aliases, [e.name, ...e.aliases].filter((a) => a !== name));
    if (e.iso2 && !attrs.iso2) attrs.iso2 = e.iso2;
    fillMissing(attrs, e.properties);
    return attrs;
  });
  return false;
}

export function mergeRelation(graph: MultiDirectedGraph, r: RelationPatch): boolean {
  if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) {
    throw new Error(`relation ${r.key} refers to a node that is not in the graph`);
  }
  if (!graph.hasEdge(r.key)) {
    const attrs: Attributes = { type: r.type, ...r.properties, articles: [r.article], evidence: [r.evidence], confidence: r.confidence };
    graph.addDirectedEdgeWithKey(r.key, r.source, r.target, attrs);
    return true;
  }
  graph.updateEdgeAttributes(r.key, (old: Attributes) => {
    const attrs = { ...old };
    const articles = Array.isArray(attrs.articles) ? (attrs.articles as string[]) : [];
    const evidence = Array.isArray(attrs.evidence) ? (attrs.evidence as string[]) : [];
    if (!statementHas(articles, evidence, r.article, r.evidence)) statementPush(articles, evidence, r.article, r.evidence);
    attrs.articles = articles;
    attrs.evidence = evidence;
    attrs.confidence = Math.max(typeof attrs.confidence === 'number' ? attrs.confidence : 0, r.confidence);
    fillMissing(attrs, r.properties);
    return attrs;
  });
  return false;
}

export function applyPatch(graph: MultiDirectedGraph, patch: GraphPatch, summary: ApplySummary): void {
  const article = patch.article;
  if (!graph.hasNode(article.id)) {
    const attrs: Attributes = {};
    for (const [k, v] of Object.entries(article)) if (v !== undefined) attrs[k] = v;
    graph.addNode(article.id, attrs);
    summary.newArticles++;
  }
  for (const e of patch.entities) if (mergeEntity(graph, e)) summary.newEntities++;
  for (const r of patch.relations) if (mergeRelation(graph, r)) summary.newRelations++;
}
