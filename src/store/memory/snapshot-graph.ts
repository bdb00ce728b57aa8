/**
 * A decoded snapshot into graphology, fast: the graph a cold load builds is the one `graph.import`
 * builds (same nodes, edges, attributes, order), with far less work per relationship.
 *
 * graphology keeps, per node, `out` and `in` objects of neighbour key → edge record. Built with
 * `graph.import`, those are ordinary objects that gain one property per neighbour, and V8 gives each
 * new key sequence its own hidden class: a million node keys make a million transitions from the empty
 * object's class, and adding a relationship spends most of its time there (and the GC after it). Here
 * `out` and `in` start as dictionary-mode objects (hash tables, what V8 turns large ones into anyway),
 * records are made directly (graphology 0.26's `NodeData` and `EdgeData`, found on a probe graph, no
 * per-relationship checks, events or coercions: the snapshot was written from a valid graph), and
 * attributes are read from the columns straight into each record's attributes object.
 *
 * Used on a graph with no nodes and no listeners for additions; otherwise, or when the records do
 * not have the expected shape (another graphology version), it goes through the public API.
 * `tests/store/snapshot-graph.test.ts` checks both paths give the same graph and export.
 */
import graphology from 'graphology';
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { Snapshot } from '../../graph/model.ts';
import type { SnapshotColumns } from './snapshot-codec.ts';

/** What a store file decodes to: columns (binary snapshot) or plain nodes and edges (JSON, tests). */
export type SnapshotSource = Snapshot | SnapshotColumns;

export const isColumns = (s: SnapshotSource): s is SnapshotColumns => 'nodeCells' in s;

interface NodeRecord {
  key: string;
  attributes: Record<string, unknown>;
  inDegree: number;
  outDegree: number;
  directedLoops: number;
  in: Record<string, EdgeRecord>;
  out: Record<string, EdgeRecord>;
}
interface EdgeRecord { attachMulti(): void }
type NodeRecordClass = new (key: string, attributes: Record<string, unknown>) => NodeRecord;
type EdgeRecordClass = new (undirected: boolean, key: string, source: NodeRecord, target: NodeRecord, attributes: Record<string, unknown>) => EdgeRecord;
interface GraphInternals {
  _nodes: Map<string, NodeRecord>;
  _edges: Map<string, EdgeRecord>;
  _directedSize: number;
  _directedSelfLoopCount: number;
}

/** graphology's record classes, read from a probe graph; null when they are not what this module expects. */
const recordClasses = ((): { NodeData: NodeRecordClass; EdgeData: EdgeRecordClass } | null => {
  const probe = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  probe.addNode('a');
  probe.addNode('b');
  probe.addDirectedEdgeWithKey('e', 'a', 'b');
  const g = probe as unknown as Partial<GraphInternals>;
  if (!(g._nodes instanceof Map) || !(g._edges instanceof Map) || g._directedSize !== 1 || g._directedSelfLoopCount !== 0) return null;
  const a = g._nodes.get('a') as Partial<NodeRecord> | undefined, b = g._nodes.get('b') as Partial<NodeRecord> | undefined;
  const e = g._edges.get('e') as (Partial<EdgeRecord> & { source?: unknown; target?: unknown }) | undefined;
  if (!a || !b || !e || a.outDegree !== 1 || b.inDegree !== 1 || a.directedLoops !== 0 || a.out?.b !== e || b.in?.a !== e) return null;
  if (e.source !== a || e.target !== b || typeof e.attachMulti !== 'function') return null;
  return { NodeData: a.constructor as NodeRecordClass, EdgeData: e.constructor as EdgeRecordClass };
})();

/** A dictionary-mode object that still has Object.prototype (graphology calls `out.hasOwnProperty`). */
const table = (): Record<string, EdgeRecord> => Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, EdgeRecord>;

/** Fills `graph` (a multi directed graph) with the snapshot's attributes, nodes and edges. */
export function importSnapshot(graph: Graph, source: SnapshotSource): void {
  if (!isColumns(source)) { graph.import(source as never); return; }
  const fast = recordClasses !== null && graph.order === 0 && graph.multi && graph.type === 'directed' &&
    graph.listenerCount('nodeAdded') === 0 && graph.listenerCount('edgeAdded') === 0;
  if (fast) fillRecords(graph, source, recordClasses);
  else fillPublic(graph, source);
}

function fillRecords(graph: Graph, c: SnapshotColumns, classes: NonNullable<typeof recordClasses>): void {
  const { NodeData, EdgeData } = classes;
  const g = graph as unknown as GraphInternals;
  const { table: strings, header } = c;
  graph.replaceAttributes(c.graphAttributes as never);
  // records by string-table number: no hash lookup of source and target per relationship
  const byString: (NodeRecord | undefined)[] = new Array(header.strings);
  const nodeAttributes = c.attributes(c.nodeCells);
  for (let i = 0; i < header.nodes; i++) {
    const attributes = nodeAttributes.next();
    const s = c.nodeKeys[i]!, key = strings[s]!;
    if (g._nodes.has(key)) throw new Error(`snapshot: node ${key} twice`);
    const rec = new NodeData(key, attributes);
    g._nodes.set(key, rec);
    byString[s] = rec;
  }
  const edgeAttributes = c.attributes(c.edgeCells);
  let loops = 0;
  for (let i = 0; i < header.edges; i++) {
    const attributes = edgeAttributes.next();
    const key = strings[c.edgeKeys[i]!]!;
    const source = byString[c.edgeSources[i]!], target = byString[c.edgeTargets[i]!];
    if (!source || !target) throw new Error(`snapshot: relationship ${key} between unknown nodes`);
    const rec = new EdgeData(false, key, source, target, attributes);
    g._edges.set(key, rec);
    // a node's first relationship each way makes its table (nodes with none keep graphology's own `{}`)
    if (source.outDegree++ === 0) source.out = table();
    if (target.inDegree++ === 0) target.in = table();
    if (source === target) { source.directedLoops++; loops++; }
    rec.attachMulti();
  }
  if (g._edges.size !== header.edges) throw new Error('snapshot: a relationship key twice');
  g._directedSize += header.edges;
  g._directedSelfLoopCount += loops;
}

function fillPublic(graph: Graph, c: SnapshotColumns): void {
  const { table: strings, header } = c;
  graph.replaceAttributes(c.graphAttributes as never);
  const nodeAttributes = c.attributes(c.nodeCells);
  for (let i = 0; i < header.nodes; i++) graph.addNode(strings[c.nodeKeys[i]!]!, nodeAttributes.next());
  const edgeAttributes = c.attributes(c.edgeCells);
  for (let i = 0; i < header.edges; i++) {
    const attributes = edgeAttributes.next();
    graph.addDirectedEdgeWithKey(strings[c.edgeKeys[i]!]!, strings[c.edgeSources[i]!]!, strings[c.edgeTargets[i]!]!, attributes);
  }
}
