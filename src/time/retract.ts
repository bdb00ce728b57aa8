/**
 * Taking one article back out of a graphology graph (the embedded store's; the Neo4j store does the same
 * on a copy of the article's neighbourhood). Every relation and entity only that article supports goes;
 * facts also stated elsewhere lose that article's evidence, entities its mentions (the count its
 * MENTIONS relationship carries). The time fields of what remains, and of the relations a removed one
 * had closed or contradicted, are derived again. Names, aliases and properties first stated by the
 * article stay on facts other articles still support: they are the facts' identity, so putting the
 * article back gives the same graph.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { deriveTime } from './derive.ts';
import { writeTime } from './graph-time.ts';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

export interface RetractSummary {
  article: string;
  removedRelations: number;
  changedRelations: number;
  removedEntities: number;
  changedEntities: number;
}

export function retractArticle(graph: Graph, id: string): RetractSummary | undefined {
  if (!graph.hasNode(id) || graph.getNodeAttribute(id, 'type') !== 'Article') return undefined;
  const summary: RetractSummary = { article: id, removedRelations: 0, changedRelations: 0, removedEntities: 0, changedEntities: 0 };
  const mentioned = new Map<string, number | undefined>();
  graph.forEachOutEdge(id, (_e, a, _s, target) => {
    if (a.type === 'MENTIONS') mentioned.set(target, typeof a.mentions === 'number' ? a.mentions : undefined);
  });
  // relations the article states lie between entities it mentions
  const touched = new Set<string>();
  const neighbours = new Set<string>();
  for (const entity of mentioned.keys()) {
    for (const e of graph.edges(entity)) {
      if (touched.has(e)) continue;
      const a = graph.getEdgeAttributes(e);
      if (a.type === 'MENTIONS' || !Array.isArray(a.articles) || !a.articles.includes(id)) continue;
      touched.add(e);
    }
  }
  const remaining: string[] = [];
  for (const e of touched) {
    const a = graph.getEdgeAttributes(e);
    const articles = (a.articles as unknown[]).map(String);
    const evidence = Array.isArray(a.evidence) ? a.evidence : [];
    const keep = articles.map((x, i) => (x === id ? -1 : i)).filter((i) => i >= 0);
    // the relations it may have closed or contradicted are derived again
    for (const n of [graph.source(e), graph.target(e)]) for (const x of graph.edges(n)) neighbours.add(x);
    if (!keep.length) { graph.dropEdge(e); summary.removedRelations++; continue; }
    const attrs: Attributes = { ...a, articles: keep.map((i) => articles[i]) };
    if (evidence.length === articles.length) attrs.evidence = keep.map((i) => evidence[i]);
    graph.replaceEdgeAttributes(e, attrs);
    remaining.push(e);
    summary.changedRelations++;
  }
  const entities: string[] = [];
  for (const [entity, count] of mentioned) {
    const a = graph.getNodeAttributes(entity);
    const articles = Array.isArray(a.articles) ? a.articles.map(String) : [];
    if (!articles.includes(id)) continue;
    const rest = articles.filter((x) => x !== id);
    if (!rest.length) { graph.dropNode(entity); summary.removedEntities++; continue; }
    const attrs: Attributes = { ...a, articles: rest };
    if (count !== undefined && typeof a.mentions === 'number') attrs.mentions = Math.max(0, a.mentions - count);
    graph.replaceNodeAttributes(entity, attrs);
    entities.push(entity);
    summary.changedEntities++;
  }
  graph.dropNode(id);
  writeTime(graph, deriveTime(graph, { relations: [...remaining, ...[...neighbours].filter((e) => graph.hasEdge(e))], entities }));
  return summary;
}
