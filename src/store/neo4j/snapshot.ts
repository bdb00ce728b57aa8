/**
 * The whole graph in and out of Neo4j as a Newsgraph snapshot (graphology's serialised form):
 * node key = `id` property, node `type` = first label; edge key = `key` property, edge `type` = the
 * relationship type. load() replaces the graph: it deletes everything, then creates nodes and
 * relationships in batches, in one transaction when the graph is small enough.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { Snapshot } from '../../graph/model.ts';
import { SNAPSHOT_FORMAT } from '../memory/snapshot-file.ts';
import { ident } from './cypher-text.ts';
import { NEO4J_DEFAULTS } from './defaults.ts';
import { attrsFromNeo4j } from './read-values.ts';
import { toNeo4jProps } from './values.ts';

type Attrs = Record<string, unknown>;

/** `serverMajor` picks elementId() (5+) or id() (4.4) for relationships without a `key` property. */
export async function readSnapshot(session: Session, serverMajor = 5, name = 'newsgraph'): Promise<Snapshot> {
  const rid = serverMajor >= 5 ? 'elementId(r)' : 'toString(id(r))';
  return session.executeRead(async (tx) => {
    const nodes: Snapshot['nodes'] = [];
    const nodeRes = await tx.run('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, properties(n) AS p');
    let articles = 0;
    for (const rec of nodeRes.records) {
      const labels = rec.get('labels') as string[];
      const type = labels[0] ?? 'Node';
      if (type === 'Article') articles++;
      nodes.push({ key: String(rec.get('id')), attributes: { type, ...attrsFromNeo4j(rec.get('p') as Attrs) } });
    }
    const edges: Snapshot['edges'] = [];
    const edgeRes = await tx.run(`MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN a.id AS s, b.id AS t, type(r) AS type, properties(r) AS p, ${rid} AS e`);
    const seen = new Map<string, number>();
    for (const rec of edgeRes.records) {
      const { key, ...props } = attrsFromNeo4j(rec.get('p') as Attrs);
      const s = String(rec.get('s')), t = String(rec.get('t')), type = String(rec.get('type'));
      let k = typeof key === 'string' ? key : String(rec.get('e'));
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      if (n > 0) k = `${k}#${n}`;
      edges.push({ key: k, source: s, target: t, attributes: { type, ...props } });
    }
    return {
      attributes: { name, createdAt: new Date().toISOString(), articles, format: SNAPSHOT_FORMAT },
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes, edges,
    };
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type Step = (tx: ManagedTransaction) => Promise<unknown>;

export function loadSteps(snapshot: Snapshot, batch = NEO4J_DEFAULTS.loadBatchSize): Step[] {
  const steps: Step[] = [];
  const labelOf = new Map<string, string>();
  const byLabel = new Map<string, Attrs[]>();
  for (const n of snapshot.nodes) {
    const label = String(n.attributes.type ?? 'Node');
    labelOf.set(n.key, label);
    const props = toNeo4jProps({ ...n.attributes, id: n.key }, ['type']);
    const list = byLabel.get(label);
    if (list) list.push(props); else byLabel.set(label, [props]);
  }
  for (const [label, list] of byLabel) {
    for (const part of chunks(list, batch)) {
      steps.push((tx) => tx.run(`UNWIND $rows AS row CREATE (n:${ident(label)}) SET n = row`, { rows: part }));
    }
  }
  const byGroup = new Map<string, Attrs[]>();
  snapshot.edges.forEach((e, i) => {
    const type = String(e.attributes.type ?? 'RELATED_TO');
    const group = `${type}\u0000${labelOf.get(e.source) ?? 'Node'}\u0000${labelOf.get(e.target) ?? 'Node'}`;
    const row = { s: e.source, t: e.target, props: toNeo4jProps({ ...e.attributes, key: e.key ?? `${type}|${e.source}|${e.target}|${i}` }, ['type']) };
    const list = byGroup.get(group);
    if (list) list.push(row); else byGroup.set(group, [row]);
  });
  for (const [group, list] of byGroup) {
    const [type, la, lb] = group.split('\u0000') as [string, string, string];
    for (const part of chunks(list, batch)) {
      steps.push((tx) => tx.run(
        `UNWIND $rows AS row MATCH (a:${ident(la)} {id: row.s}) MATCH (b:${ident(lb)} {id: row.t}) CREATE (a)-[r:${ident(type)}]->(b) SET r = row.props`,
        { rows: part }));
    }
  }
  return steps;
}

async function deleteAll(driver: Driver, database: string | undefined, inTx?: ManagedTransaction): Promise<void> {
  const del = 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c';
  for (;;) {
    let c: number;
    if (inTx) c = Number((await inTx.run(del)).records[0]?.get('c') ?? 0);
    else {
      const s = driver.session({ ...(database ? { database } : {}) });
      try { c = await s.executeWrite(async (tx) => Number((await tx.run(del)).records[0]?.get('c') ?? 0)); } finally { await s.close(); }
    }
    if (c === 0) return;
  }
}

/** Replaces the graph by the snapshot: one transaction up to ten batches' worth of items, else batch by batch. */
export async function writeSnapshot(driver: Driver, database: string | undefined, snapshot: Snapshot): Promise<void> {
  const steps = loadSteps(snapshot);
  const session = driver.session({ ...(database ? { database } : {}) });
  try {
    if (snapshot.nodes.length + snapshot.edges.length <= NEO4J_DEFAULTS.loadBatchSize * 10) {
      await session.executeWrite(async (tx) => {
        await deleteAll(driver, database, tx);
        for (const step of steps) await step(tx);
      });
      return;
    }
    await deleteAll(driver, database);
    for (const step of steps) await session.executeWrite(step);
  } finally {
    await session.close();
  }
}
