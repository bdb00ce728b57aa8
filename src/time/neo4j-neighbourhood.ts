/**
 * The part of a Neo4j graph whose time fields a batch of patches can change, and what those fields
 * depend on, read as a small graphology graph:
 *  - the batch's timed relations, with the relations they may close or contradict (derive.ts groups:
 *    every holder of a role at the same organisation, every parent of the same subsidiary, every
 *    investment of the same investor in the same target);
 *  - the ends of those relations (names and aliases: the validity cues read them);
 *  - the days of their articles;
 *  - the batch's entities (first / last seen; their article list only when it must be read again).
 * refreshGraphTime() on it gives, for those elements, the answer it gives on the whole graph: the cost
 * of an ingest batch's time refresh is its neighbourhood's, not the graph's.
 */
import graphology from 'graphology';
import type { ManagedTransaction } from 'neo4j-driver';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { SYMMETRIC_RELATIONS, type RelationType } from '../graph/model.ts';
import type { GraphPatch } from '../graph/patch.ts';
import { ident } from '../store/neo4j/cypher-text.ts';
import { attrsFromNeo4j, fromNeo4j } from '../store/neo4j/read-values.ts';
import { NODE_LABELS } from '../store/neo4j/schema.ts';
import { typeDateFields } from './graph-time.ts';

const { MultiDirectedGraph } = graphology;
type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
type Attrs = Record<string, unknown>;

/** Rows grouped by a string key, each group's rows deduplicated by `id`. */
function grouped<T>(items: Iterable<T>, group: (t: T) => string, id: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, Map<string, T>>();
  for (const it of items) {
    const g = group(it);
    let m = out.get(g);
    if (!m) out.set(g, (m = new Map()));
    m.set(id(it), it);
  }
  return new Map([...out].map(([g, m]) => [g, [...m.values()]]));
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export async function readTimeNeighbourhood(tx: ManagedTransaction, patches: readonly GraphPatch[], serverMajor = 5): Promise<Graph> {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as Graph;
  const rid = serverMajor >= 5 ? 'elementId(r)' : 'toString(id(r))';
  const sameKey = serverMajor >= 5 ? '(r.key = row.k OR elementId(r) = row.k)' : 'r.key = row.k';

  // labels (index seeks need them): from the patches; anything else looked up
  const labelOf = new Map<string, string>();
  for (const p of patches) {
    labelOf.set(p.article.id, 'Article');
    for (const e of p.entities) labelOf.set(e.id, e.type);
  }
  const timed = patches.flatMap((p) => p.relations).filter((r) => r.type !== 'MENTIONS');
  const unknown = [...new Set(timed.flatMap((r) => [r.source, r.target]))].filter((id) => !labelOf.has(id));
  if (unknown.length) {
    for (const label of NODE_LABELS) {
      const res = await tx.run(`UNWIND $ids AS id MATCH (n:${ident(label)} {id: id}) RETURN n.id AS id`, { ids: unknown });
      for (const rec of res.records) if (!labelOf.has(rec.get('id') as string)) labelOf.set(rec.get('id') as string, label);
    }
  }

  const addNode = (id: string, attrs: Attrs) => {
    if (graph.hasNode(id)) graph.mergeNodeAttributes(id, attrs); else graph.addNode(id, attrs);
  };
  const named = (label: unknown, name: unknown, aliases: unknown): Attrs => {
    const a: Attrs = { type: Array.isArray(label) && label.length ? String(label[0]) : 'Node' };
    if (typeof name === 'string') a.name = name;
    if (Array.isArray(aliases)) a.aliases = aliases.map(String);
    return a;
  };

  // 1. the batch's entities: first / last seen (articles only where refreshGraphTime reads them: no first seen yet)
  const entities = grouped(patches.flatMap((p) => p.entities), (e) => e.type, (e) => e.id);
  for (const [label, ents] of entities) {
    const res = await tx.run(
      `UNWIND $ids AS id MATCH (n:${ident(label)} {id: id}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, ` +
      'n.firstSeen AS f, n.lastSeen AS l, CASE WHEN n.firstSeen IS NULL THEN n.articles ELSE null END AS articles',
      { ids: ents.map((e) => e.id) });
    for (const rec of res.records) {
      const a = named([label], rec.get('name'), rec.get('aliases'));
      for (const [k, col] of [['firstSeen', 'f'], ['lastSeen', 'l'], ['articles', 'articles']] as const) {
        const v = fromNeo4j(rec.get(col));
        if (v !== undefined) a[k] = v;
      }
      addNode(rec.get('id') as string, a);
    }
  }

  // 2. the timed relations and their groups, from the end that finds the whole group
  const RETURN = `RETURN coalesce(r.key, ${rid}) AS k, type(r) AS type, properties(r) AS p, a.id AS s, b.id AS t, labels(a) AS la, labels(b) AS lb, ` +
    'a.name AS sn, a.aliases AS sa, b.name AS tn, b.aliases AS ta';
  const queries: Array<{ cypher: string; params: Attrs }> = [];
  const known = timed.filter((r) => labelOf.has(r.source) && labelOf.has(r.target));
  const lbl = (id: string) => ident(labelOf.get(id)!);
  for (const [g, rs] of grouped(known, (r) => `${r.type}\u0000${r.type === 'ROLE_AT' ? labelOf.get(r.target) : labelOf.get(r.source)}`,
    (r) => (r.type === 'ROLE_AT' ? r.target : r.type === 'SUBSIDIARY_OF' ? r.source : r.type === 'INVESTS_IN' ? `${r.source}\u0000${r.target}` : r.key))) {
    const type = g.split('\u0000')[0] as RelationType;
    if (type === 'ROLE_AT') {
      queries.push({ cypher: `UNWIND $ids AS id MATCH (b:${lbl(rs[0]!.target)} {id: id})<-[r:ROLE_AT]-(a) ${RETURN}`, params: { ids: rs.map((r) => r.target) } });
    } else if (type === 'SUBSIDIARY_OF') {
      queries.push({ cypher: `UNWIND $ids AS id MATCH (a:${lbl(rs[0]!.source)} {id: id})-[r:SUBSIDIARY_OF]->(b) ${RETURN}`, params: { ids: rs.map((r) => r.source) } });
    } else if (type === 'INVESTS_IN') {
      queries.push({ cypher: `UNWIND $rows AS row MATCH (a:${lbl(rs[0]!.source)} {id: row.s})-[r:INVESTS_IN]->(b) WHERE b.id = row.t ${RETURN}`,
        params: { rows: rs.map((r) => ({ s: r.source, t: r.target })) } });
    } else {
      const rows = rs.map((r) => ({ s: r.source, k: r.key }));
      queries.push({ cypher: `UNWIND $rows AS row MATCH (a:${lbl(rs[0]!.source)} {id: row.s})-[r:${ident(type)}]->(b) WHERE ${sameKey} ${RETURN}`, params: { rows } });
      if (SYMMETRIC_RELATIONS.has(type)) {
        queries.push({ cypher: `UNWIND $rows AS row MATCH (b:${lbl(rs[0]!.source)} {id: row.s})<-[r:${ident(type)}]-(a) WHERE ${sameKey} ${RETURN}`, params: { rows } });
      }
    }
  }
  const articles = new Set<string>();
  for (const { cypher, params } of queries) {
    const res = await tx.run(cypher, params);
    for (const rec of res.records) {
      const k = rec.get('k') as string, s = rec.get('s') as string, t = rec.get('t') as string;
      if (graph.hasEdge(k)) continue;
      if (!graph.hasNode(s)) addNode(s, named(rec.get('la'), rec.get('sn'), rec.get('sa')));
      if (!graph.hasNode(t)) addNode(t, named(rec.get('lb'), rec.get('tn'), rec.get('ta')));
      const { key: _key, ...props } = attrsFromNeo4j(rec.get('p') as Attrs);
      graph.addDirectedEdgeWithKey(k, s, t, { type: String(rec.get('type')), ...props });
      for (const id of list(props.articles)) articles.add(id);
    }
  }
  for (const n of graph.nodes()) for (const id of list(graph.getNodeAttribute(n, 'articles'))) articles.add(id);

  // 3. the days of their articles
  if (articles.size) {
    const res = await tx.run('UNWIND $ids AS id MATCH (n:Article {id: id}) RETURN n.id AS id, n.date AS date', { ids: [...articles] });
    for (const rec of res.records) {
      const date = fromNeo4j(rec.get('date'));
      addNode(rec.get('id') as string, date === undefined ? { type: 'Article' } : { type: 'Article', date });
    }
  }
  typeDateFields(graph); // the stored dates as the embedded store holds them, so unchanged fields compare equal
  return graph;
}
