/**
 * The generated news graph the peer benchmark loads into every system (deterministic for a scale):
 * at scale 1, 100,000 nodes (200 countries, 20,000 companies, 19,800 people, 60,000 articles) and
 * 500,000 relationships (INVESTS_IN with amount / amountUsd / year, ROLE_AT, MENTIONS).
 *
 * INVESTS_IN between companies only goes from a company to one with a higher number, so the
 * investment graph has no cycle: walks and trails coincide on directed INVESTS_IN chains, and every
 * system (Kuzu counts walks, Cypher trails) must give the same path counts.
 */
import graphology from 'graphology';

export interface GenNode { key: string; label: 'Country' | 'Company' | 'Person' | 'Article'; name: string }
export interface GenRel {
  source: number;
  target: number;
  type: 'INVESTS_IN' | 'ROLE_AT' | 'MENTIONS';
  amount?: number;
  amountUsd?: number;
  year?: number;
}
export interface NewsGraph { nodes: GenNode[]; rels: GenRel[]; companies: number; countries: number }

/** mulberry32: small, fast, well-distributed deterministic PRNG. */
export function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function newsGraph(scale: number): NewsGraph {
  const rand = prng(42);
  const pick = (n: number): number => Math.floor(rand() * n);
  const countries = Math.round(200 * scale);
  const companies = Math.round(20_000 * scale);
  const people = Math.round(19_800 * scale);
  const articles = Math.round(60_000 * scale);
  const nodes: GenNode[] = [];
  const add = (label: GenNode['label'], prefix: string, n: number, name: (i: number) => string): number => {
    const first = nodes.length;
    for (let i = 0; i < n; i++) nodes.push({ key: `${prefix}:${i}`, label, name: name(i) });
    return first;
  };
  const country0 = add('Country', 'country', countries, (i) => `Country ${i}`);
  const company0 = add('Company', 'company', companies, (i) => `Company ${i}`);
  const person0 = add('Person', 'person', people, (i) => `Person ${i}`);
  const article0 = add('Article', 'article', articles, (i) => `Article ${i}`);
  const rels: GenRel[] = [];
  for (let i = 0; i < companies; i++) {
    for (let k = 0; k < 5; k++) {
      const toCompany = rand() < 0.4 && i < companies - 1;
      const target = toCompany ? company0 + i + 1 + pick(companies - i - 1) : country0 + pick(countries);
      const amount = 1_000_000 * (1 + pick(1000));
      rels.push({ source: company0 + i, target, type: 'INVESTS_IN', amount, amountUsd: amount * 1.0825, year: 2015 + pick(10) });
    }
  }
  for (let i = 0; i < people; i++) {
    for (let k = 0; k < 2; k++) rels.push({ source: person0 + i, target: company0 + pick(companies), type: 'ROLE_AT' });
  }
  const mentions = Math.round(500_000 * scale) - rels.length;
  for (let j = 0; j < mentions; j++) {
    const x = rand();
    const target = x < 0.85 ? company0 + pick(companies) : x < 0.95 ? country0 + pick(countries) : person0 + pick(people);
    rels.push({ source: article0 + (j % articles), target, type: 'MENTIONS' });
  }
  return { nodes, rels, companies, countries };
}

/** The generated graph in graphology, as every system of the benches gets it (same keys and attributes). */
export function loadGraphology(g: NewsGraph): graphology.MultiDirectedGraph {
  const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of g.nodes) graph.addNode(n.key, { type: n.label, name: n.name });
  let e = 0;
  for (const r of g.rels) {
    const a: Record<string, unknown> = { type: r.type };
    if (r.amount !== undefined) { a.amount = r.amount; a.amountUsd = r.amountUsd; a.year = r.year; }
    graph.addDirectedEdgeWithKey(`e${e++}`, g.nodes[r.source].key, g.nodes[r.target].key, a);
  }
  return graph;
}
