/**
 * Communities of the entity graph (Louvain, graphology-communities-louvain) for the "colour by community"
 * mode. Computed once per loaded graph on the entities and their relations, MENTIONS and articles left out
 * (two companies cited by the same article are not a community), each pair of linked nodes weighted by its
 * number of relations. A seeded random source keeps the partition, and so the colours, the same on reload.
 */
import { UndirectedGraph } from 'graphology';
import * as louvainModule from 'graphology-communities-louvain';
import type { ViewerGraph } from '../types.ts';
import { seededRandom } from '../../../src/graph/seeded-random.ts';

type Louvain = typeof louvainModule.default.default;
// CommonJS default export: esbuild and TypeScript (NodeNext) see it differently (as in vendor.ts).
const louvain: Louvain = ((louvainModule as unknown as { default?: Louvain }).default ?? louvainModule) as Louvain;

/** Okabe–Ito and Tableau colours, distinct from each other; communities past the palette share the last grey. */
export const COMMUNITY_COLORS = [
  '#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#8c564b', '#bcbd22',
  '#7f3c8d', '#11a579', '#f2b701', '#e73f74', '#3969ac', '#80ba5a',
];
/** Nodes alone (no relation) or in communities past the palette. */
export const OTHER_COMMUNITY_COLOR = '#9aa3ad';

export interface Community {
  /** 0 = the largest community. */
  index: number;
  members: string[];
  color: string;
}

export interface Communities {
  /** Node key → community index (entities with at least one relation). */
  of: Map<string, number>;
  /** Largest first; single nodes are not communities. */
  list: Community[];
  modularity: number;
}


export function detectCommunities(graph: ViewerGraph, seed = 42): Communities {
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.type === 'MENTIONS' || source === target) return;
    if (graph.getNodeAttribute(source, 'type') === 'Article' || graph.getNodeAttribute(target, 'type') === 'Article') return;
    g.mergeNode(source);
    g.mergeNode(target);
    g.updateEdge(source, target, (a) => ({ weight: (a.weight ?? 0) + 1 }));
  });
  if (g.size === 0) return { of: new Map(), list: [], modularity: 0 };
  const result = louvain.detailed(g, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const groups = new Map<number, string[]>();
  for (const [node, c] of Object.entries(result.communities)) {
    const members = groups.get(c) ?? [];
    members.push(node);
    groups.set(c, members);
  }
  const degree = (n: string) => g.degree(n);
  const ordered = [...groups.values()]
    .map((members) => members.sort((a, b) => degree(b) - degree(a) || a.localeCompare(b)))
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const of = new Map<string, number>();
  const list = ordered.map((members, index) => {
    for (const m of members) of.set(m, index);
    return { index, members, color: COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR };
  });
  return { of, list, modularity: result.modularity };
}

export function communityColor(communities: Communities, node: string): string {
  const c = communities.of.get(node);
  return c === undefined ? OTHER_COMMUNITY_COLOR : communities.list[c]!.color;
}
