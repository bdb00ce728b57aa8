/**
 * Derived, read-only facts about the loaded graph, computed once: article dates, when each node and edge
 * first and last appeared in the news, degrees, investment totals, the types present. Filters, reducers
 * and panels read them; nothing here is written back to the graph.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/graph/model.ts';
import type { ViewerGraph } from './types.ts';

export interface GraphIndex {
  /** Article id (and key) → Article node key. */
  articleKey: Map<string, string>;
  /** Article node key → date in ms. */
  articleTime: Map<string, number>;
  nodeFirst: Map<string, number>;
  nodeLast: Map<string, number>;
  edgeFirst: Map<string, number>;
  edgeLast: Map<string, number>;
  /** Degree without MENTIONS edges (what the entity does, not how often it is cited). */
  degree: Map<string, number>;
  /** Sum of amountUsd of INVESTS_IN edges at the node, in and out. */
  investUsd: Map<string, number>;
  maxDegree: number;
  maxInvestUsd: number;
  maxEdgeUsd: number;
  /** Earliest and latest article dates (ms), null when no article is dated. */
  minTime: number | null;
  maxTime: number | null;
  nodeTypes: string[];
  relationTypes: string[];
  nodeTypeCount: Map<string, number>;
  relationTypeCount: Map<string, number>;
}

function ordered(present: Set<string>, known: readonly string[]): string[] {
  return [...known.filter((t) => present.has(t)), ...[...present].filter((t) => !known.includes(t)).sort()];
}

export function buildGraphIndex(graph: ViewerGraph): GraphIndex {
  const articleKey = new Map<string, string>();
  const articleTime = new Map<string, number>();
  const nodeTypeCount = new Map<string, number>();
  const relationTypeCount = new Map<string, number>();
  let minTime: number | null = null;
  let maxTime: number | null = null;

  graph.forEachNode((key, a) => {
    nodeTypeCount.set(a.type, (nodeTypeCount.get(a.type) ?? 0) + 1);
    if (a.type !== 'Article') return;
    articleKey.set(key, key);
    if (typeof a.id === 'string') articleKey.set(a.id, key);
    const t = typeof a.date === 'string' ? Date.parse(a.date) : NaN;
    if (!Number.isNaN(t)) {
      articleTime.set(key, t);
      if (minTime === null || t < minTime) minTime = t;
      if (maxTime === null || t > maxTime) maxTime = t;
    }
  });

  const span = (articles: unknown): [number, number] | null => {
    if (!Array.isArray(articles)) return null;
    let lo = Infinity;
    let hi = -Infinity;
    for (const id of articles) {
      const key = articleKey.get(String(id));
      const t = key === undefined ? undefined : articleTime.get(key);
      if (t === undefined) continue;
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    return lo === Infinity ? null : [lo, hi];
  };

  const nodeFirst = new Map<string, number>();
  const nodeLast = new Map<string, number>();
  graph.forEachNode((key, a) => {
    const s = a.type === 'Article' ? (articleTime.has(key) ? [articleTime.get(key)!, articleTime.get(key)!] : null) : span(a.articles);
    if (s) { nodeFirst.set(key, s[0]); nodeLast.set(key, s[1]); }
  });

  const edgeFirst = new Map<string, number>();
  const edgeLast = new Map<string, number>();
  const degree = new Map<string, number>();
  const investUsd = new Map<string, number>();
  let maxEdgeUsd = 0;
  graph.forEachEdge((key, a, source, target) => {
    relationTypeCount.set(a.type, (relationTypeCount.get(a.type) ?? 0) + 1);
    let s = span(a.articles);
    if (!s && a.type === 'MENTIONS') {
      const t = articleTime.get(source);
      if (t !== undefined) s = [t, t];
    }
    if (s) { edgeFirst.set(key, s[0]); edgeLast.set(key, s[1]); }
    if (a.type === 'MENTIONS') return;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    if (a.type === 'INVESTS_IN' && typeof a.amountUsd === 'number' && a.amountUsd > 0) {
      investUsd.set(source, (investUsd.get(source) ?? 0) + a.amountUsd);
      investUsd.set(target, (investUsd.get(target) ?? 0) + a.amountUsd);
      if (a.amountUsd > maxEdgeUsd) maxEdgeUsd = a.amountUsd;
    }
  });

  let maxDegree = 0;
  for (const d of degree.values()) if (d > maxDegree) maxDegree = d;
  let maxInvestUsd = 0;
  for (const v of investUsd.values()) if (v > maxInvestUsd) maxInvestUsd = v;

  return {
    articleKey, articleTime, nodeFirst, nodeLast, edgeFirst, edgeLast, degree, investUsd,
    maxDegree, maxInvestUsd, maxEdgeUsd, minTime, maxTime,
    nodeTypes: ordered(new Set(nodeTypeCount.keys()), [...ENTITY_TYPES, 'Article']),
    relationTypes: ordered(new Set(relationTypeCount.keys()), RELATION_TYPES),
    nodeTypeCount, relationTypeCount,
  };
}

/** Display name of a node: entity name, article title, or its key. */
export function nodeLabel(graph: ViewerGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return String(a.name ?? a.title ?? key);
}
