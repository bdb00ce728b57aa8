/**
 * apply() on Neo4j: each batch of patches is one managed write transaction, so a failure leaves nothing
 * half-written and the driver retries transient errors. Inside it:
 *   1. read the nodes (by label, through the `id` constraints' indexes) and relationships (from their
 *      source node, by `key`) the batch touches;
 *   2. apply the memory store's own merge rules (src/store/memory/merge.ts) to that small graph, so
 *      both stores merge identically: provenance grows, nothing is duplicated, a re-run changes nothing;
 *   3. write back what changed with batched `UNWIND $rows AS row MERGE …`, grouped by label / type.
 */
import graphology from 'graphology';
import type { ManagedTransaction } from 'neo4j-driver';
import { SYMMETRIC_RELATIONS, type RelationType } from '../../graph/model.ts';
import type { GraphPatch } from '../../graph/patch.ts';
import { applyPatch } from '../memory/merge.ts';
import type { ApplySummary } from '../store.ts';
import { ident } from './cypher-text.ts';
import { attrsFromNeo4j } from './read-values.ts';
import { NODE_LABELS } from './schema.ts';
import { toNeo4jProps } from './values.ts';

const { MultiDirectedGraph } = graphology;

/**
 * A relationship is found by its `key` property, or — on Newsgraph's own Bolt endpoint, whose element
 * ids are graph keys — by element id, since a graph ingested locally keys edges by relation key without
 * a `key` property. (On Neo4j, element ids never look like relation keys.)
 */
const SAME_KEY_5 = '(r.key = row.k OR elementId(r) = row.k)';
const SAME_KEY_4 = 'r.key = row.k';
type Attrs = Record<string, unknown>;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) { const k = key(it); const list = out.get(k); if (list) list.push(it); else out.set(k, [it]); }
  return out;
}

/** The items `now` adds at the end of the string list `was` (both lists, `was` a prefix); undefined otherwise. */
function grownBy(was: unknown, now: unknown): string[] | undefined {
  if (!Array.isArray(was) || !Array.isArray(now) || now.length < was.length) return undefined;
  for (let i = 0; i < was.length; i++) if (was[i] !== now[i]) return undefined;
  const added = now.slice(was.length);
  return added.every((x) => typeof x === 'string') ? (added as string[]) : undefined;
}

/** `serverMajor`: Neo4j 4.4 has no elementId(). */
export async function applyBatch(tx: ManagedTransaction, patches: GraphPatch[], serverMajor = 5): Promise<ApplySummary> {
  const SAME_KEY = serverMajor >= 5 ? SAME_KEY_5 : SAME_KEY_4;
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const before = new Map<string, string>();

  // 1a. nodes the batch touches, by label
  const ids = new Set<string>();
  for (const p of patches) {
    ids.add(p.article.id);
    for (const e of p.entities) ids.add(e.id);
    for (const r of p.relations) { ids.add(r.source); ids.add(r.target); }
  }
  const idList = [...ids];
  for (const label of NODE_LABELS) {
    const res = await tx.run(`UNWIND $ids AS id MATCH (n:${ident(label)} {id: id}) RETURN n.id AS id, properties(n) AS p`, { ids: idList });
    for (const rec of res.records) {
      const id = rec.get('id') as string;
      if (graph.hasNode(id)) continue;
      const attrs = { type: label, ...attrsFromNeo4j(rec.get('p') as Attrs) };
      graph.addNode(id, attrs);
      before.set(`n:${id}`, JSON.stringify(attrs));
    }
  }

  // 1b. relationships the batch touches, found from their source node
  const rels = patches.flatMap((p) => p.relations).filter((r) => graph.hasNode(r.source) && graph.hasNode(r.target));
  const byTypeLabel = groupBy(rels, (r) => `${r.type}\u0000${graph.getNodeAttribute(r.source, 'type') as string}`);
  for (const [k, list] of byTypeLabel) {
    const [type, label] = k.split('\u0000') as [RelationType, string];
    const rows = [...new Map(list.map((r) => [r.key, { s: r.source, k: r.key }])).values()];
    const shapes = [`MATCH (a:${ident(label)} {id: row.s})-[r:${ident(type)}]->(b) WHERE ${SAME_KEY} RETURN row.k AS k, properties(r) AS p, a.id AS s, b.id AS t`];
    if (SYMMETRIC_RELATIONS.has(type)) shapes.push(`MATCH (a:${ident(label)} {id: row.s})<-[r:${ident(type)}]-(b) WHERE ${SAME_KEY} RETURN row.k AS k, properties(r) AS p, b.id AS s, a.id AS t`);
    for (const shape of shapes) {
      const res = await tx.run(`UNWIND $rows AS row ${shape}`, { rows });
      for (const rec of res.records) {
        const key = rec.get('k') as string, s = rec.get('s') as string, t = rec.get('t') as string;
        if (graph.hasEdge(key) || !graph.hasNode(s) || !graph.hasNode(t)) continue;
        const { key: _key, ...props } = attrsFromNeo4j(rec.get('p') as Attrs);
        const attrs = { type, ...props };
        graph.addDirectedEdgeWithKey(key, s, t, attrs);
        before.set(`e:${key}`, JSON.stringify(attrs));
      }
    }
  }

  // 2. the memory store's merge rules
  const summary: ApplySummary = { newArticles: 0, newEntities: 0, newRelations: 0 };
  for (const p of patches) applyPatch(graph, p, summary);

  // 3. write back what changed: new nodes whole; known ones their changed properties, and the articles
  // their list gained (an entity of a year of news lists tens of thousands: sending it back per batch
  // made each batch cost more than the last). The merge rules never remove a node property.
  const nodeRows: Array<{ label: string; id: string; props: Attrs }> = [];
  const grownRows: Array<{ label: string; id: string; props: Attrs; added: string[] }> = [];
  graph.forEachNode((id, attrs) => {
    const old = before.get(`n:${id}`);
    if (old === JSON.stringify(attrs)) return;
    const label = String(attrs.type);
    const was = old === undefined ? undefined : (JSON.parse(old) as Attrs);
    const added = was && grownBy(was.articles, attrs.articles);
    if (!was || !added) { nodeRows.push({ label, id, props: toNeo4jProps({ ...attrs, id }, ['type']) }); return; }
    const changed: Attrs = {};
    for (const [k, v] of Object.entries(attrs)) if (k !== 'articles' && k !== 'type' && JSON.stringify(v) !== JSON.stringify(was[k])) changed[k] = v;
    grownRows.push({ label, id, props: toNeo4jProps(changed), added });
  });
  for (const [label, list] of groupBy(nodeRows, (r) => r.label)) {
    await tx.run(`UNWIND $rows AS row MERGE (n:${ident(label)} {id: row.id}) SET n = row.props`,
      { rows: list.map(({ id, props }) => ({ id, props })) });
  }
  for (const [group, list] of groupBy(grownRows, (r) => `${r.label}\u0000${r.added.length ? 'grown' : ''}`)) {
    const [label, grown] = group.split('\u0000') as [string, string];
    await tx.run(`UNWIND $rows AS row MATCH (n:${ident(label)} {id: row.id}) SET n += row.props${grown ? ' SET n.articles = n.articles + row.added' : ''}`,
      { rows: list.map(({ id, props, added }) => (grown ? { id, props, added } : { id, props })) });
  }

  const created: Array<{ group: string; row: Attrs }> = [];
  const changed: Array<{ group: string; row: Attrs }> = [];
  graph.forEachEdge((key, attrs, s, t, sa, ta) => {
    const old = before.get(`e:${key}`);
    if (old === JSON.stringify(attrs)) return;
    const group = `${String(attrs.type)}\u0000${String(sa.type)}\u0000${String(ta.type)}`;
    const row = { s, t, k: key, props: toNeo4jProps({ ...attrs, key }, ['type']) };
    (old === undefined ? created : changed).push({ group, row });
  });
  for (const [group, list] of groupBy(created, (x) => x.group)) {
    const [type, la, lb] = group.split('\u0000') as [string, string, string];
    await tx.run(
      `UNWIND $rows AS row MATCH (a:${ident(la)} {id: row.s}) MATCH (b:${ident(lb)} {id: row.t}) ` +
      `MERGE (a)-[r:${ident(type)} {key: row.k}]->(b) SET r = row.props`,
      { rows: list.map((x) => x.row) });
  }
  for (const [group, list] of groupBy(changed, (x) => x.group)) {
    const [type, la, lb] = group.split('\u0000') as [string, string, string];
    await tx.run(
      `UNWIND $rows AS row MATCH (a:${ident(la)} {id: row.s})-[r:${ident(type)}]->(b:${ident(lb)} {id: row.t}) ` +
      `WHERE ${SAME_KEY} SET r = row.props`,
      { rows: list.map((x) => x.row) });
  }
  return summary;
}
