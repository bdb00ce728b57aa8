/**
 * The merge rules of graph/patch.ts, applied to a graphology graph. Pure with respect to everything but
 * the graph it is given; applying the same patch twice changes nothing.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { EntityPatch, GraphPatch, RelationPatch } from '../../graph/patch.ts';
import type { ApplySummary } from '../store.ts';

type Attributes = Record<string, unknown>;

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
    const attrs = { ...old };
    const known = Array.isArray(attrs.articles) ? (attrs.articles as string[]) : [];
    if (!known.includes(e.article)) {
      attrs.articles = [...known, e.article];
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
    const articles = Array.isArray(attrs.articles) ? (attrs.articles as string[]).slice() : [];
    const evidence = Array.isArray(attrs.evidence) ? (attrs.evidence as string[]).slice() : [];
    const already = articles.some((a, i) => a === r.article && evidence[i] === r.evidence);
    if (!already) { articles.push(r.article); evidence.push(r.evidence); }
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
