/**
 * A snapshot in canonical order, so the same graph gives the same bytes however it was built (ingest
 * order, an article taken out and put back): nodes and edges by key; each element's articles (with
 * their evidence, for relations) by publication day, then article id, then sentence.
 */
import type { Snapshot } from '../graph/model.ts';
import { reportDate } from './dates.ts';

const byKey = (a: { key?: unknown }, b: { key?: unknown }) => { const x = String(a.key), y = String(b.key); return x < y ? -1 : x > y ? 1 : 0; };

export function canonicalOrder(snapshot: Snapshot): Snapshot {
  const days = new Map<string, string>();
  for (const n of snapshot.nodes) if (n.attributes?.type === 'Article') days.set(String(n.key), reportDate(n.attributes.date) ?? '');
  const rank = (id: string) => `${days.get(id) ?? ''}\u0000${id}`;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sortArticles = (attrs: Record<string, unknown>): Record<string, unknown> => {
    const articles = attrs.articles;
    if (!Array.isArray(articles) || articles.length < 2) return attrs;
    const evidence = Array.isArray(attrs.evidence) && attrs.evidence.length === articles.length ? attrs.evidence : undefined;
    const pairs = articles.map((a, i) => ({ a: String(a), e: evidence ? String(evidence[i]) : '' }));
    pairs.sort((x, y) => cmp(rank(x.a), rank(y.a)) || cmp(x.e, y.e));
    const out: Record<string, unknown> = { ...attrs, articles: pairs.map((p) => p.a) };
    if (evidence) out.evidence = pairs.map((p) => p.e);
    return out;
  };
  return {
    attributes: snapshot.attributes,
    options: snapshot.options,
    nodes: snapshot.nodes.map((n) => ({ ...n, attributes: sortArticles(n.attributes ?? {}) })).sort(byKey),
    edges: snapshot.edges.map((e) => ({ ...e, attributes: sortArticles(e.attributes ?? {}) })).sort(byKey),
  };
}
