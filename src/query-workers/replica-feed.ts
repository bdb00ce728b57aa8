/**
 * Keeps query workers' copies of the graph in step with the main thread's graph. Every change the
 * graph announces (graphology events) bumps its version and is recorded as an operation; a worker at an
 * older version gets the operations it missed, or the whole graph when it is too far behind (or new).
 * Operations keep a reference to the entity's attributes and are encoded when sent, so replaying them
 * in order always ends at the graph as it is at sending time.
 */
import type { MultiDirectedGraph } from 'graphology';
import { serialize } from 'node:v8';
import { encodeValue } from './value-codec.ts';

type Attrs = Record<string, unknown>;

/** An operation as recorded (attributes by reference). */
type Op =
  | ['n+', string, Attrs] | ['n-', string] | ['na', string, Attrs]
  | ['e+', string, string, string, Attrs, boolean] | ['e-', string] | ['ea', string, Attrs]
  | ['ga', Attrs] | ['clear'] | ['clearEdges'] | ['all'];

/** An operation as sent (attributes encoded). */
export type WireOp = unknown[];

export interface WireSnapshot {
  attributes: unknown;
  nodes: Array<{ key: string; attributes: unknown }>;
  edges: Array<{ key: string; source: string; target: string; attributes: unknown; undirected?: boolean }>;
}

export type ReplicaUpdate =
  | { kind: 'ops'; version: number; ops: WireOp[] }
  /** The whole graph, v8-serialised once per version into shared memory: a new worker costs no copy. */
  | { kind: 'snapshot'; version: number; bytes: SharedArrayBuffer };

type Listener = [string, (...args: never[]) => void];

export class ReplicaFeed {
  /** Version of the main thread's graph: the number of changes seen. */
  version = 0;
  /** ops[i] brings a replica from version base + i to base + i + 1. */
  private base = 0;
  private ops: Op[] = [];
  private snapshotCache: { version: number; bytes: SharedArrayBuffer } | undefined;
  private readonly listeners: Listener[];

  /** `onChange`: called after each change (the pool brings idle workers up to date soon after). */
  constructor(private readonly graph: MultiDirectedGraph, private readonly onChange?: () => void) {
    const on = (event: string, f: (e: never) => void): Listener => [event, f];
    this.listeners = [
      on('nodeAdded', (e: { key: string; attributes: Attrs }) => this.push(['n+', e.key, e.attributes])),
      on('nodeDropped', (e: { key: string }) => this.push(['n-', e.key])),
      on('nodeAttributesUpdated', (e: { key: string }) => this.push(['na', e.key, graph.getNodeAttributes(e.key)])),
      on('edgeAdded', (e: { key: string; source: string; target: string; attributes: Attrs; undirected: boolean }) =>
        this.push(['e+', e.key, e.source, e.target, e.attributes, e.undirected])),
      on('edgeDropped', (e: { key: string }) => this.push(['e-', e.key])),
      on('edgeAttributesUpdated', (e: { key: string }) => this.push(['ea', e.key, graph.getEdgeAttributes(e.key)])),
      on('attributesUpdated', () => this.push(['ga', graph.getAttributes()])),
      on('cleared', () => this.push(['clear'])),
      on('edgesCleared', () => this.push(['clearEdges'])),
      // a change of every node or edge at once: cheaper to send the whole graph
      on('eachNodeAttributesUpdated', () => this.push(['all'])),
      on('eachEdgeAttributesUpdated', () => this.push(['all'])),
    ];
    for (const [event, f] of this.listeners) graph.on(event as 'nodeAdded', f as never);
  }

  private push(op: Op): void {
    this.version++;
    this.snapshotCache = undefined;
    this.onChange?.();
    if (op[0] === 'all' || op[0] === 'clear') { this.base = this.version; this.ops = []; return; }
    this.ops.push(op);
    // past the size of the graph itself, a replica that far behind is better served by a snapshot
    if (this.ops.length > 1024 + 2 * (this.graph.order + this.graph.size)) { this.base = this.version; this.ops = []; }
  }

  /** What brings a replica at version `from` (-1: empty) to the current version; undefined when it is current. */
  update(from: number): ReplicaUpdate | undefined {
    if (from === this.version) return undefined;
    if (from >= this.base && from <= this.version) {
      return { kind: 'ops', version: this.version, ops: this.ops.slice(from - this.base).map(encodeOp) };
    }
    if (this.snapshotCache?.version !== this.version) {
      const data = serialize(this.snapshot());
      const bytes = new SharedArrayBuffer(data.length);
      new Uint8Array(bytes).set(data);
      this.snapshotCache = { version: this.version, bytes };
    }
    return { kind: 'snapshot', ...this.snapshotCache };
  }

  /** Forgets operations every replica has applied (the oldest replica is at `oldest`). */
  forgetBefore(oldest: number): void {
    if (oldest <= this.base) return;
    const drop = Math.min(oldest, this.version) - this.base;
    this.ops = this.ops.slice(drop);
    this.base += drop;
  }

  private snapshot(): WireSnapshot {
    const g = this.graph;
    const nodes: WireSnapshot['nodes'] = [];
    const edges: WireSnapshot['edges'] = [];
    g.forEachNode((key, attributes) => { nodes.push({ key, attributes: encodeValue(attributes) }); });
    g.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
      edges.push(undirected ? { key, source, target, attributes: encodeValue(attributes), undirected } : { key, source, target, attributes: encodeValue(attributes) });
    });
    return { attributes: encodeValue(g.getAttributes()), nodes, edges };
  }

  detach(): void {
    for (const [event, f] of this.listeners) this.graph.removeListener(event as 'nodeAdded', f as never);
  }
}

function encodeOp(op: Op): WireOp {
  switch (op[0]) {
    case 'n+': case 'na': return [op[0], op[1], encodeValue(op[2])];
    case 'e+': return [op[0], op[1], op[2], op[3], encodeValue(op[4]), op[5]];
    case 'ea': return [op[0], op[1], encodeValue(op[2])];
    case 'ga': return [op[0], encodeValue(op[1])];
    default: return op;
  }
}
