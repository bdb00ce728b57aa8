/** A deterministic, news-like synthetic graph for the viewer benchmark. */
import type { Snapshot } from '../../src/graph/model.ts';

/** Deterministic PRNG (mulberry32), so every run serves the same graph. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A news-like graph: articles mention entities; companies invest in countries and regions, compete, partner. */
export function syntheticSnapshot(nodeCount: number, edgeCount: number): Snapshot {
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const shares: Array<[string, number]> = [
    ['Article', 0.15], ['Company', 0.4], ['Country', 0.01], ['Region', 0.1], ['Person', 0.2], ['Program', 0.04], ['Product', 0.06], ['Organization', 0.04],
  ];
  const nodes: Snapshot['nodes'] = [];
  const byType = new Map<string, string[]>();
  for (const [type, share] of shares) {
    const n = Math.max(1, Math.round(nodeCount * share));
    const keys: string[] = [];
    for (let i = 0; i < n && nodes.length < nodeCount; i++) {
      const key = `${type.toLowerCase()}:${i}`;
      keys.push(key);
      const day = Math.floor(rand() * 700);
      nodes.push({
        key,
        attributes: type === 'Article'
          ? { type, id: key, title: `Article ${i} about investments`, date: new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10), lang: rand() < 0.5 ? 'fr' : 'en', source: pick(['Reuters', 'Le Monde', 'Les Echos', 'Bloomberg']), url: `https://example.org/${i}` }
          : { type, id: key, name: `${type} ${i}`, aliases: [`${type.slice(0, 3).toUpperCase()}${i}`], mentions: 1 + Math.floor(rand() * 20), articles: [] as string[] },
      });
    }
    byType.set(type, keys);
  }
  const articles = byType.get('Article')!;
  const entities = nodes.filter((n) => n.attributes.type !== 'Article').map((n) => n.key);
  const nodeIndex = new Map(nodes.map((n) => [n.key, n]));
  const edges: Snapshot['edges'] = [];
  const companies = byType.get('Company')!;
  const places = [...byType.get('Country')!, ...byType.get('Region')!];
  const currencies = ['EUR', 'USD', 'JPY', 'KRW', 'INR'];
  // Preferential attachment on targets: a few hubs, a long tail, as in news.
  const hub = <T>(xs: T[]) => xs[Math.floor(xs.length * rand() * rand() * rand())]!;
  for (let i = 0; edges.length < edgeCount; i++) {
    const article = pick(articles);
    const r = rand();
    let type: string, source: string, target: string;
    const attributes: Record<string, unknown> = {};
    if (r < 0.45) { type = 'MENTIONS'; source = article; target = hub(entities); }
    else if (r < 0.7) {
      type = 'INVESTS_IN'; source = hub(companies); target = hub(places);
      const amountUsd = Math.round(10 ** (6 + rand() * 5));
      Object.assign(attributes, { amount: amountUsd, currency: pick(currencies), amountUsd, year: 2024 + Math.floor(rand() * 8) });
    } else if (r < 0.8) { type = 'COMPETES_WITH'; source = hub(companies); target = hub(companies); }
    else if (r < 0.88) { type = 'PARTNERS_WITH'; source = hub(companies); target = hub(entities); }
    else if (r < 0.94) { type = 'ROLE_AT'; source = pick(byType.get('Person')!); target = hub(companies); attributes.role = 'CEO'; }
    else { type = 'LOCATED_IN'; source = pick(entities); target = hub(places); }
    if (source === target) continue;
    if (type !== 'MENTIONS') Object.assign(attributes, { evidence: [`${source} and ${target}: sentence ${i} of the article.`], confidence: 0.8 });
    edges.push({ key: `e${i}`, source, target, attributes: { type, articles: [article], ...attributes } });
    for (const k of [source, target]) {
      const a = nodeIndex.get(k)!.attributes;
      if (Array.isArray(a.articles) && a.articles.length < 5) (a.articles as string[]).push(article);
    }
  }
  return { attributes: { name: 'synthetic', createdAt: '2025-01-01T00:00:00Z', articles: articles.length, format: 'newsgraph-snapshot/1' }, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges };
}

