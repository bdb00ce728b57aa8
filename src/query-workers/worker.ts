/**
 * A query worker: holds a replica of the graph (kept current by the pool, replica-feed.ts) and its own
 * Cypher engine, and runs read-only queries one at a time. The pool terminates the whole thread when a
 * query runs past its time limit or memory budget, so nothing here has to be interruptible.
 */
import { parentPort } from 'node:worker_threads';
import graphology from 'graphology';
import { CypherEngine } from '../cypher/index.ts';
import { CypherError } from '../cypher/errors.ts';
import type { CypherValue } from '../cypher/values.ts';
import { decodeValue, encodeValue } from './value-codec.ts';
import type { ReplicaUpdate, WireOp, WireSnapshot } from './replica-feed.ts';
import { deserialize } from 'node:v8';
import type { FromWorker, ToWorker, WireError } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('query-workers/worker.ts must run in a worker thread');

type Attrs = Record<string, unknown>;
const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
const engine = new CypherEngine(graph);

function applyOp(op: WireOp): void {
  const [kind] = op;
  switch (kind) {
    case 'n+': {
      const [, key, attrs] = op as [string, string, unknown];
      if (graph.hasNode(key)) graph.replaceNodeAttributes(key, decodeValue(attrs) as Attrs);
      else graph.addNode(key, decodeValue(attrs) as Attrs);
      break;
    }
    case 'n-': if (graph.hasNode(op[1] as string)) graph.dropNode(op[1] as string); break;
    case 'na': if (graph.hasNode(op[1] as string)) graph.replaceNodeAttributes(op[1] as string, decodeValue(op[2]) as Attrs); break;
    case 'e+': {
      const [, key, s, t, attrs, undirected] = op as [string, string, string, string, unknown, boolean];
      if (graph.hasEdge(key)) graph.dropEdge(key);
      if (undirected) graph.addUndirectedEdgeWithKey(key, s, t, decodeValue(attrs) as Attrs);
      else graph.addDirectedEdgeWithKey(key, s, t, decodeValue(attrs) as Attrs);
      break;
    }
    case 'e-': if (graph.hasEdge(op[1] as string)) graph.dropEdge(op[1] as string); break;
    case 'ea': if (graph.hasEdge(op[1] as string)) graph.replaceEdgeAttributes(op[1] as string, decodeValue(op[2]) as Attrs); break;
    case 'ga': graph.replaceAttributes(decodeValue(op[1]) as Attrs); break;
    case 'clearEdges': graph.clearEdges(); break;
    default: throw new Error(`unknown replica operation ${String(kind)}`);
  }
}

function sync(update: ReplicaUpdate): void {
  if (update.kind === 'ops') {
    for (const op of update.ops) applyOp(op);
    return;
  }
  const s = deserialize(new Uint8Array(update.bytes)) as WireSnapshot;
  graph.clear();
  graph.replaceAttributes(decodeValue(s.attributes) as Attrs);
  for (const n of s.nodes) graph.addNode(n.key, decodeValue(n.attributes) as Attrs);
  for (const e of s.edges) {
    if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, decodeValue(e.attributes) as Attrs);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, decodeValue(e.attributes) as Attrs);
  }
}

function wireError(err: unknown): WireError {
  if (err instanceof CypherError) {
    const out: WireError = { name: err.name, message: err.message, kind: err.kind, phase: err.phase };
    if (err.detail !== undefined) out.detail = err.detail;
    if (err.position) out.position = err.position;
    return out;
  }
  const e = err as Error;
  return { name: e?.name ?? 'Error', message: e?.message ?? String(err) };
}

/**
 * A fresh worker's first queries pay for compiling the engine's code (parser, planner, operators): a few
 * typical queries on the replica, run once before the worker takes real ones, pay it up front.
 */
const WARM_UP = [
  'RETURN 1 AS x',
  "MATCH (n) WHERE n.name = 'warm-up' RETURN n.name, labels(n) LIMIT 1",
  "MATCH (a)-[r]->(b) WHERE a.name = 'warm-up' RETURN a, type(r), r, b.name ORDER BY b.name LIMIT 1",
  'MATCH (n) RETURN count(n) AS c',
];
let warm = false;

function warmUp(): void {
  warm = true;
  for (const q of WARM_UP) {
    try { engine.run(q, { readOnly: true, timeoutMs: 1000 }); } catch { /* only warming */ }
  }
}

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'sync') {
    sync(msg.update);
    if (!warm) warmUp();
    port.postMessage({ type: 'synced', version: msg.update.version } satisfies FromWorker);
    return;
  }
  try {
    let result;
    if (msg.raw) {
      const params: Record<string, CypherValue> = {};
      for (const [k, v] of Object.entries(msg.options.params ?? {})) params[k] = decodeValue(v) as CypherValue;
      const r = engine.execute(msg.query, { ...msg.options, params });
      result = { columns: r.columns, rows: r.rows.map((row) => row.map(encodeValue)), stats: { ...r.stats }, ...(r.plan ? { plan: r.plan } : {}) };
    } else {
      result = engine.run(msg.query, msg.options);
    }
    port.postMessage({ type: 'done', id: msg.id, result } satisfies FromWorker);
  } catch (err) {
    port.postMessage({ type: 'failed', id: msg.id, error: wireError(err) } satisfies FromWorker);
  }
});

port.postMessage({ type: 'ready' } satisfies FromWorker);
