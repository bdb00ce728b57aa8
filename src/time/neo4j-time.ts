/**
 * The time fields and retraction on the Neo4j store. The rules are the embedded store's own
 * (graph-time.ts, derive.ts, retract.ts), run on a graphology copy read from Neo4j; what they change is
 * written back (dates as Cypher `date`, see store/neo4j/values.ts).
 * After an ingest batch the copy is the batch's neighbourhood (neo4j-neighbourhood.ts), read and
 * written in one transaction; a retraction still copies the whole graph (rare, and it may reach far).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { GraphPatch } from '../graph/patch.ts';
import type { Neo4jStore } from '../store/neo4j/neo4j-store.ts';
import { snapshotGraph } from '../export/graphology.ts';
import { ident } from '../store/neo4j/cypher-text.ts';
import { toNeo4jProps } from '../store/neo4j/values.ts';
import { refreshGraphTime } from './graph-time.ts';
import { readTimeNeighbourhood } from './neo4j-neighbourhood.ts';
import { ENTITY_TIME_FIELDS, RELATION_TIME_FIELDS } from './fields.ts';
import { retractArticle, type RetractSummary } from './retract.ts';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
type Attrs = Record<string, unknown>;

const sameKey = (major: number) => (major >= 5 ? '(r.key = row.k OR elementId(r) = row.k)' : 'r.key = row.k');

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) { const k = key(it); const l = out.get(k); if (l) l.push(it); else out.set(k, [it]); }
  return out;
}

async function graphOf(store: Neo4jStore): Promise<Graph> {
  return snapshotGraph(await store.snapshot()) as unknown as Graph;
}

async function write(store: Neo4jStore, work: (tx: ManagedTransaction) => Promise<void>): Promise<void> {
  const session = store.driver.session(store.database ? { database: store.database } : {});
  try { await session.executeWrite(work); } finally { await session.close(); }
}

/** Sets the given properties (all of `fields`: absent ones are removed) on relations and nodes. */
async function setFields(tx: ManagedTransaction, graph: Graph, major: number, edges: Map<string, Attrs>, nodes: Map<string, Attrs>): Promise<void> {
  const edgeRows = [...edges].filter(([k]) => graph.hasEdge(k)).map(([k, f]) => {
    const s = graph.source(k);
    return { group: `${String(graph.getEdgeAttribute(k, 'type'))}\u0000${String(graph.getNodeAttribute(s, 'type'))}`, row: { k, s, props: nullable(f, RELATION_TIME_FIELDS) } };
  });
  for (const [group, list] of groupBy(edgeRows, (x) => x.group)) {
    const [type, label] = group.split('\u0000') as [string, string];
    await tx.run(`UNWIND $rows AS row MATCH (a:${ident(label)} {id: row.s})-[r:${ident(type)}]->() WHERE ${sameKey(major)} SET r += row.props`, { rows: list.map((x) => x.row) });
  }
  const nodeRows = [...nodes].filter(([k]) => graph.hasNode(k)).map(([id, f]) => ({ label: String(graph.getNodeAttribute(id, 'type')), row: { id, props: nullable(f, ENTITY_TIME_FIELDS) } }));
  for (const [label, list] of groupBy(nodeRows, (x) => x.label)) {
    await tx.run(`UNWIND $rows AS row MATCH (n:${ident(label)} {id: row.id}) SET n += row.props`, { rows: list.map((x) => x.row) });
  }
}

/** `SET x += map` removes a property whose value is null: every field is sent, absent ones as null. */
function nullable(fields: Attrs, names: readonly string[]): Attrs {
  const out: Attrs = {};
  for (const f of names) {
    const v = fields[f];
    out[f] = v === undefined || v === null ? null : toNeo4jProps({ [f]: v })[f] ?? null;
  }
  return out;
}

/** After apply(): the time fields the patches can have changed, from their neighbourhood; only changed ones written. */
export async function refreshNeo4jTime(store: Neo4jStore, patches: readonly GraphPatch[]): Promise<void> {
  if (!patches.length) return;
  await write(store, async (tx) => {
    const graph = await readTimeNeighbourhood(tx, patches, store.server.major);
    const edges = new Set<string>(), nodes = new Set<string>();
    const onEdge = (p: { key: string }) => { edges.add(p.key); };
    const onNode = (p: { key: string }) => { nodes.add(p.key); };
    graph.on('edgeAttributesUpdated', onEdge);
    graph.on('nodeAttributesUpdated', onNode);
    refreshGraphTime(graph, patches);
    graph.removeListener('edgeAttributesUpdated', onEdge);
    graph.removeListener('nodeAttributesUpdated', onNode);
    await setFields(tx, graph, store.server.major,
      new Map([...edges].map((k) => [k, graph.getEdgeAttributes(k)])), new Map([...nodes].map((k) => [k, graph.getNodeAttributes(k)])));
  });
}

/** removeArticle() on Neo4j: the embedded rules on a copy, then what changed written back. */
export async function retractOnNeo4j(store: Neo4jStore, id: string): Promise<RetractSummary | undefined> {
  const graph = await graphOf(store);
  if (!graph.hasNode(id)) return undefined;
  const before = new Map<string, string>();
  const edgeInfo = new Map<string, { s: string; type: string; label: string }>();
  graph.forEachEdge((k, a, s, _t, sa) => { before.set(`e:${k}`, JSON.stringify(a)); edgeInfo.set(k, { s, type: String(a.type), label: String(sa.type) }); });
  const nodeLabel = new Map<string, string>();
  graph.forEachNode((k, a) => { before.set(`n:${k}`, JSON.stringify(a)); nodeLabel.set(k, String(a.type)); });
  const summary = retractArticle(graph, id);
  if (!summary) return undefined;
  const goneEdges = [...edgeInfo.keys()].filter((k) => !graph.hasEdge(k));
  const goneNodes = [...nodeLabel.keys()].filter((k) => !graph.hasNode(k));
  const plain = (a: Attrs) => JSON.parse(JSON.stringify(a)) as Attrs;
  const changedEdges = graph.edges().filter((k) => before.get(`e:${k}`) !== JSON.stringify(plain(graph.getEdgeAttributes(k))));
  const changedNodes = graph.nodes().filter((k) => before.get(`n:${k}`) !== JSON.stringify(plain(graph.getNodeAttributes(k))));
  const major = store.server.major;
  await write(store, async (tx) => {
    for (const [group, list] of groupBy(goneEdges, (k) => `${edgeInfo.get(k)!.type}\u0000${edgeInfo.get(k)!.label}`)) {
      const [type, label] = group.split('\u0000') as [string, string];
      await tx.run(`UNWIND $rows AS row MATCH (a:${ident(label)} {id: row.s})-[r:${ident(type)}]->() WHERE ${sameKey(major)} DELETE r`, { rows: list.map((k) => ({ k, s: edgeInfo.get(k)!.s })) });
    }
    for (const [label, list] of groupBy(goneNodes, (k) => nodeLabel.get(k)!)) {
      await tx.run(`UNWIND $ids AS id MATCH (n:${ident(label)} {id: id}) DETACH DELETE n`, { ids: list });
    }
    for (const [group, list] of groupBy(changedEdges, (k) => `${edgeInfo.get(k)!.type}\u0000${edgeInfo.get(k)!.label}`)) {
      const [type, label] = group.split('\u0000') as [string, string];
      await tx.run(`UNWIND $rows AS row MATCH (a:${ident(label)} {id: row.s})-[r:${ident(type)}]->() WHERE ${sameKey(major)} SET r = row.props`,
        { rows: list.map((k) => ({ k, s: edgeInfo.get(k)!.s, props: toNeo4jProps({ ...plain(graph.getEdgeAttributes(k)), key: k }, ['type']) })) });
    }
    for (const [label, list] of groupBy(changedNodes, (k) => nodeLabel.get(k)!)) {
      await tx.run(`UNWIND $rows AS row MATCH (n:${ident(label)} {id: row.id}) SET n = row.props`,
        { rows: list.map((k) => ({ id: k, props: toNeo4jProps({ ...plain(graph.getNodeAttributes(k)), id: k }, ['type']) })) });
    }
  });
  return summary;
}
