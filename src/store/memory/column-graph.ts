/**
 * A read-only graph served straight from a binary snapshot's columns: what a cold CLI read (`stats`,
 * a read query) needs, without building graphology (~40 M long-lived objects at 200,000 articles).
 *
 * It answers the part of graphology's API the Cypher engine reads (hasNode, getNodeAttributes,
 * forEachNode, forEachOutEdge, …) with the same answers in the same orders as the graph
 * `importSnapshot` builds from the same columns:
 * - nodes and edges in snapshot order (graphology's insertion order);
 * - a node's out- (in-) relationships grouped by neighbour key in the order graphology's `out` (`in`)
 *   object enumerates them (integer-like keys ascending first, then by first relationship), each group
 *   of parallel relationships newest first — computed per node on its first expansion;
 * - attributes objects decoded on first access and kept (same object on every access, as graphology).
 * Topology is typed arrays (a CSR by source and one by target); the key → number maps are built on
 * first use.
 *
 * Writes: only what replaying the batch log needs (merge.ts, time/graph-time.ts: add nodes and
 * relationships, replace or update attributes), kept beside the columns — added relationships go to
 * their nodes' lists in the place graphology would give them. Anything else (drops, clears) throws
 * ReadOnlyGraphError: the caller loads graphology when it must (read-mostly-store.ts).
 */
import { STRING_CELL, type SnapshotColumns } from './snapshot-codec.ts';
import { hashString, KeyIndex } from './key-index.ts';

type Attrs = Record<string, unknown>;
type EdgeCallback = (edge: string, attributes: Attrs, source: string, target: string, sourceAttributes: Attrs, targetAttributes: Attrs, undirected: boolean) => void;

export class ReadOnlyGraphError extends Error {
  constructor(method: string) {
    super(`the graph loaded for reading cannot be changed (${method}); writes load the store in full`);
    this.name = 'ReadOnlyGraphError';
  }
}

/** V8 enumerates array-index keys (canonical integers below 2^32 - 1) first, ascending. */
function arrayIndex(key: string): number {
  const c = key.charCodeAt(0);
  if (!(c >= 48 && c <= 57) || key.length > 10 || (c === 48 && key.length > 1)) return -1;
  for (let i = 1; i < key.length; i++) { const d = key.charCodeAt(i); if (d < 48 || d > 57) return -1; }
  const n = Number(key);
  return n <= 4294967294 ? n : -1;
}

/** Offsets of each element's cells (`count, (name, tag, ref)…`) in one pass. */
function cellOffsets(cells: Int32Array, count: number): Int32Array {
  const off = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) { off[i] = at; at += 1 + 3 * cells[at]!; }
  return off;
}

/** A counting sort of 0..m-1 by `by` (stable): offsets per bucket and the sorted order. */
function csr(by: Int32Array, buckets: number): { off: Int32Array; list: Int32Array } {
  const off = new Int32Array(buckets + 1);
  for (let e = 0; e < by.length; e++) off[by[e]! + 1]++;
  for (let i = 0; i < buckets; i++) off[i + 1] += off[i]!;
  const fill = off.slice(0, buckets);
  const list = new Int32Array(by.length);
  for (let e = 0; e < by.length; e++) list[fill[by[e]!]++] = e;
  return { off, list };
}

export class ColumnGraph {
  readonly type = 'directed';
  readonly multi = true;
  readonly allowSelfLoops = true;
  order: number;
  size: number;
  /** Node keys by number (snapshot order, then added nodes), decoded on first use (`stats` needs none). */
  private keys: string[] | null = null;
  /** Source and target node numbers of the snapshot's relationships (snapshot order). */
  private readonly baseSrc: Int32Array;
  private readonly baseDst: Int32Array;
  private readonly baseEdges: number;
  /** Relationships added after the snapshot (the batch log's): numbers from baseEdges on. */
  private readonly addedSrc: number[] = [];
  private readonly addedDst: number[] = [];
  private readonly addedKeys: string[] = [];
  private readonly nodeAt: Int32Array;
  private readonly edgeAt: Int32Array;
  private readonly nodeAttrs: (Attrs | undefined)[];
  private readonly edgeAttrs: (Attrs | undefined)[];
  private graphAttrs: Attrs;
  private nodeIndex: KeyIndex | null = null;
  private edgeIndex: KeyIndex | null = null;
  private firstAt: Int32Array | null = null;
  private out: Adjacency | null = null;
  private in: Adjacency | null = null;

  constructor(private readonly c: SnapshotColumns) {
    const { header } = c;
    const str = c.string;
    this.order = header.nodes;
    this.size = this.baseEdges = header.edges;
    const nodeOfString = new Int32Array(header.strings).fill(-1);
    for (let i = 0; i < this.order; i++) nodeOfString[c.nodeKeys[i]!] = i;
    this.baseSrc = new Int32Array(this.size);
    this.baseDst = new Int32Array(this.size);
    for (let e = 0; e < this.size; e++) {
      const s = nodeOfString[c.edgeSources[e]!]!, t = nodeOfString[c.edgeTargets[e]!]!;
      if (s < 0 || t < 0) throw new Error(`snapshot: relationship ${str(c.edgeKeys[e]!)} between unknown nodes`);
      this.baseSrc[e] = s;
      this.baseDst[e] = t;
    }
    this.nodeAt = cellOffsets(c.nodeCells, this.order);
    this.edgeAt = cellOffsets(c.edgeCells, this.size);
    this.nodeAttrs = new Array<Attrs | undefined>(this.order);
    this.edgeAttrs = new Array<Attrs | undefined>(this.size);
    this.graphAttrs = { ...(c.graphAttributes as unknown as Attrs) };
  }

  get nodeKeys(): string[] {
    if (this.keys === null) {
      const keys: string[] = [], str = this.c.string, ids = this.c.nodeKeys;
      for (let i = 0; i < this.c.header.nodes; i++) keys.push(str(ids[i]!));
      this.keys = keys;
    }
    return this.keys;
  }

  // --- by number (no attributes object made) -------------------------------------------------------

  /** Node number of a key, or -1. */
  nodeNumber(key: string): number {
    const keys = this.nodeKeys;
    const c = this.c;
    return (this.nodeIndex ??= new KeyIndex((i) => keys[i]!, (i) => (i < c.header.nodes ? c.stringHash(c.nodeKeys[i]!) : hashString(keys[i]!)), this.order)).get(key);
  }

  /** Relationship number of a key, or -1. */
  edgeNumber(key: string): number {
    const c = this.c;
    return (this.edgeIndex ??= new KeyIndex((e) => this.edgeKey(e), (e) => (e < this.baseEdges ? c.stringHash(c.edgeKeys[e]!) : hashString(this.edgeKey(e))), this.size)).get(key);
  }

  edgeKey(e: number): string { return e < this.baseEdges ? this.c.string(this.c.edgeKeys[e]!) : this.addedKeys[e - this.baseEdges]!; }
  edgeSource(e: number): number { return e < this.baseEdges ? this.baseSrc[e]! : this.addedSrc[e - this.baseEdges]!; }
  edgeTarget(e: number): number { return e < this.baseEdges ? this.baseDst[e]! : this.addedDst[e - this.baseEdges]!; }

  /** One attribute of node `i`, read from its cells when no object was made (undefined when absent). */
  nodeValue(i: number, name: string): unknown {
    const a = this.nodeAttrs[i];
    return a !== undefined ? a[name] : this.cellValue(this.c.nodeCells, this.nodeAt[i]!, name);
  }

  /** One attribute of relationship `e`, read from its cells when no object was made (undefined when absent). */
  edgeValue(e: number, name: string): unknown {
    const a = this.edgeAttrs[e];
    return a !== undefined ? a[name] : this.cellValue(this.c.edgeCells, this.edgeAt[e]!, name);
  }

  private cellValue(cells: Int32Array, at: number, name: string): unknown {
    const n = cells[at]!, str = this.c.string;
    for (let k = 0, p = at + 1; k < n; k++, p += 3) if (str(cells[p]!) === name) return this.c.value(cells[p + 1]!, cells[p + 2]!);
    return undefined;
  }

  nodeAttributesOf(i: number): Attrs {
    return (this.nodeAttrs[i] ??= this.c.attributesAt(this.c.nodeCells, this.nodeAt[i]!));
  }

  edgeAttributesOf(e: number): Attrs {
    return (this.edgeAttrs[e] ??= this.c.attributesAt(this.c.edgeCells, this.edgeAt[e]!));
  }

  /** Relationships numbered by source, insertion order within a source (src/cypher/columnar/column-source.ts). */
  edgesBySource(): { rel: Int32Array; src: Int32Array; dst: Int32Array; outOff: Int32Array } {
    const m = this.size, n = this.order;
    const by = new Int32Array(m);
    for (let e = 0; e < m; e++) by[e] = this.edgeSource(e);
    const { off, list } = csr(by, n);
    const src = new Int32Array(m), dst = new Int32Array(m);
    for (let j = 0; j < m; j++) { const e = list[j]!; src[j] = by[e]!; dst[j] = this.edgeTarget(e); }
    return { rel: list, src, dst, outOff: off };
  }

  /**
   * Per node, the string-table entry of attribute `name` when it is a string read straight from the
   * snapshot's cells, else -1 (absent, not a string, or an attributes object made or replaced since):
   * equal entries are equal strings, so a grouping dictionary need not decode nor hash each one.
   */
  nodeStringRefs(name: string): Int32Array {
    const out = new Int32Array(this.order).fill(-1);
    const cells = this.c.nodeCells, str = this.c.string;
    for (let i = 0; i < this.c.header.nodes; i++) {
      if (this.nodeAttrs[i] !== undefined) continue;
      const at = this.nodeAt[i]!, n = cells[at]!;
      for (let k = 0, p = at + 1; k < n; k++, p += 3) {
        if (str(cells[p]!) === name) { if (cells[p + 1] === STRING_CELL) out[i] = cells[p + 2]!; break; }
      }
    }
    return out;
  }

  /** Entry i of the snapshot's string table. */
  string(i: number): string { return this.c.string(i); }

  /** forEachNode with one object holding only the named attributes, refilled per node (no attributes object made). */
  forEachNodeAttributes(names: readonly string[], cb: (key: string, attributes: Attrs) => void): void {
    const o: Attrs = {};
    for (let i = 0; i < this.order; i++) {
      for (const name of names) o[name] = this.nodeValue(i, name);
      cb(this.nodeKeys[i]!, o);
    }
  }

  // --- graphology's read API ------------------------------------------------------------------------

  private node(key: unknown, method: string): number {
    const i = this.nodeNumber(String(key));
    if (i < 0) throw new Error(`Graph.${method}: could not find the "${String(key)}" node in the graph.`);
    return i;
  }

  private edge(key: unknown, method: string): number {
    const e = this.edgeNumber(String(key));
    if (e < 0) throw new Error(`Graph.${method}: could not find the "${String(key)}" edge in the graph.`);
    return e;
  }

  hasNode(key: unknown): boolean { return this.nodeNumber(String(key)) >= 0; }
  hasEdge(key: unknown): boolean { return this.edgeNumber(String(key)) >= 0; }
  getNodeAttributes(key: unknown): Attrs { return this.nodeAttributesOf(this.node(key, 'getNodeAttributes')); }
  getNodeAttribute(key: unknown, name: string): unknown { return this.nodeValue(this.node(key, 'getNodeAttribute'), name); }
  getEdgeAttributes(key: unknown): Attrs { return this.edgeAttributesOf(this.edge(key, 'getEdgeAttributes')); }
  getEdgeAttribute(key: unknown, name: string): unknown { return this.edgeValue(this.edge(key, 'getEdgeAttribute'), name); }
  source(key: unknown): string { return this.nodeKeys[this.edgeSource(this.edge(key, 'source'))]!; }
  target(key: unknown): string { return this.nodeKeys[this.edgeTarget(this.edge(key, 'target'))]!; }
  extremities(key: unknown): [string, string] { const e = this.edge(key, 'extremities'); return [this.nodeKeys[this.edgeSource(e)]!, this.nodeKeys[this.edgeTarget(e)]!]; }
  getAttributes(): Attrs { return this.graphAttrs; }
  getAttribute(name: string): unknown { return this.graphAttrs[name]; }
  nodes(): string[] { return this.nodeKeys.slice(); }
  edges(node?: unknown): string[] {
    if (node !== undefined) throw new ReadOnlyGraphError('edges(node)');
    const out: string[] = [];
    for (let e = 0; e < this.size; e++) out.push(this.edgeKey(e));
    return out;
  }
  outEdges(node: unknown): string[] { const out: string[] = []; this.forEachOutEdge(node, (e: string) => { out.push(e); }); return out; }
  inEdges(node: unknown): string[] { const out: string[] = []; this.forEachInEdge(node, (e: string) => { out.push(e); }); return out; }

  outDegree(key: unknown): number { return this.list(this.outAdj(), this.node(key, 'outDegree'), true).length; }
  inDegree(key: unknown): number { return this.list(this.inAdj(), this.node(key, 'inDegree'), false).length; }
  degree(key: unknown): number { return this.outDegree(key) + this.inDegree(key); }

  forEachNode(cb: (key: string, attributes: Attrs) => void): void {
    const keys = this.nodeKeys;
    if (cb.length === 1) { for (let i = 0; i < this.order; i++) (cb as (key: string) => void)(keys[i]!); return; }
    for (let i = 0; i < this.order; i++) cb(keys[i]!, this.nodeAttributesOf(i));
  }

  forEachEdge(cb: EdgeCallback): void {
    for (let e = 0; e < this.size; e++) this.visit(cb, e);
  }

  forEachOutEdge(key: unknown, cb: EdgeCallback): void {
    const list = this.list(this.outAdj(), this.node(key, 'forEachOutEdge'), true);
    for (let j = 0; j < list.length; j++) this.visit(cb, list[j]!);
  }

  forEachInEdge(key: unknown, cb: EdgeCallback): void {
    const list = this.list(this.inAdj(), this.node(key, 'forEachInEdge'), false);
    for (let j = 0; j < list.length; j++) this.visit(cb, list[j]!);
  }

  /** The callback gets only what it declares: attributes objects are made when it takes them. */
  private visit(cb: EdgeCallback, e: number): void {
    const keys = this.nodeKeys, s = this.edgeSource(e), t = this.edgeTarget(e);
    const n = cb.length;
    if (n >= 5 || n === 0) cb(this.edgeKey(e), this.edgeAttributesOf(e), keys[s]!, keys[t]!, this.nodeAttributesOf(s), this.nodeAttributesOf(t), false);
    else if (n === 1) (cb as (edge: string) => void)(this.edgeKey(e));
    else cb(this.edgeKey(e), this.edgeAttributesOf(e), keys[s]!, keys[t]!, undefined as never, undefined as never, false);
  }

  private outAdj(): Adjacency {
    return (this.out ??= { ...csr(this.baseSrc, this.nodeKeys.length), ready: new Uint8Array(this.nodeKeys.length), added: new Map(), lists: new Map() });
  }

  private inAdj(): Adjacency {
    return (this.in ??= { ...csr(this.baseDst, this.nodeKeys.length), ready: new Uint8Array(this.nodeKeys.length), added: new Map(), lists: new Map() });
  }

  /** Node i's relationships one way, in graphology's order. */
  private list(a: Adjacency, i: number, out: boolean): Int32Array | number[] {
    const added = a.added.get(i);
    if (added === undefined) {
      if (i >= a.ready.length) return [];
      if (a.ready[i] === 0) { a.ready[i] = 1; orderRange(a.list, a.off[i]!, a.off[i + 1]!, out ? this.baseDst : this.baseSrc, this.nodeKeys, this.scratch()); }
      return a.list.subarray(a.off[i]!, a.off[i + 1]!);
    }
    let l = a.lists.get(i);
    if (l === undefined) {
      // snapshot's then added relationships, in insertion order, then put in graphology's order
      const all = i < a.ready.length ? Array.from(a.list.subarray(a.off[i]!, a.off[i + 1]!)).sort((x, y) => x - y) : [];
      for (const e of added) all.push(e);
      const list = Int32Array.from(all);
      orderRange(list, 0, list.length, { length: 0, at: (e: number) => (out ? this.edgeTarget(e) : this.edgeSource(e)) }, this.nodeKeys, this.scratch());
      a.lists.set(i, (l = list));
    }
    return l;
  }

  /** One Int32Array per node, all 0 between uses (orderRange's first positions). */
  private scratch(): Int32Array {
    if (this.firstAt === null || this.firstAt.length < this.order) this.firstAt = new Int32Array(this.order);
    return this.firstAt;
  }

  // --- events and writes ----------------------------------------------------------------------------

  /** No listener is ever called: the engine made over this graph sees it after the replay. */
  on(): this { return this; }
  removeListener(): this { return this; }
  listenerCount(): number { return 0; }

  addNode(key: unknown, attributes: Attrs = {}): string {
    const k = String(key);
    if (this.nodeNumber(k) >= 0) throw new Error(`Graph.addNode: the "${k}" node already exist in the graph.`);
    const i = this.nodeKeys.length;
    this.nodeKeys.push(k);
    this.nodeAttrs[i] = attributes;
    this.nodeIndex!.insert(k, i);
    this.order++;
    return k;
  }

  addDirectedEdgeWithKey(key: unknown, source: unknown, target: unknown, attributes: Attrs = {}): string {
    const k = String(key);
    if (this.edgeNumber(k) >= 0) throw new Error(`Graph.addDirectedEdgeWithKey: the "${k}" edge already exists in the graph.`);
    const s = this.node(source, 'addDirectedEdgeWithKey'), t = this.node(target, 'addDirectedEdgeWithKey');
    const e = this.size++;
    this.addedSrc.push(s);
    this.addedDst.push(t);
    this.addedKeys.push(k);
    this.edgeAttrs[e] = attributes;
    this.edgeIndex!.insert(k, e);
    for (const [a, i] of [[this.outAdj(), s], [this.inAdj(), t]] as const) {
      const added = a.added.get(i);
      if (added) added.push(e); else a.added.set(i, [e]);
      a.lists.delete(i);
    }
    return k;
  }

  replaceNodeAttributes(key: unknown, attributes: Attrs): void { this.nodeAttrs[this.node(key, 'replaceNodeAttributes')] = attributes; }
  updateNodeAttributes(key: unknown, update: (old: Attrs) => Attrs): void { const i = this.node(key, 'updateNodeAttributes'); this.nodeAttrs[i] = update(this.nodeAttributesOf(i)); }
  mergeNodeAttributes(key: unknown, attributes: Attrs): void { Object.assign(this.getNodeAttributes(key), attributes); }
  setNodeAttribute(key: unknown, name: string, value: unknown): void { this.getNodeAttributes(key)[name] = value; }
  removeNodeAttribute(key: unknown, name: string): void { delete this.getNodeAttributes(key)[name]; }
  replaceEdgeAttributes(key: unknown, attributes: Attrs): void { this.edgeAttrs[this.edge(key, 'replaceEdgeAttributes')] = attributes; }
  updateEdgeAttributes(key: unknown, update: (old: Attrs) => Attrs): void { const e = this.edge(key, 'updateEdgeAttributes'); this.edgeAttrs[e] = update(this.edgeAttributesOf(e)); }
  mergeEdgeAttributes(key: unknown, attributes: Attrs): void { Object.assign(this.getEdgeAttributes(key), attributes); }
  setEdgeAttribute(key: unknown, name: string, value: unknown): void { this.getEdgeAttributes(key)[name] = value; }
  removeEdgeAttribute(key: unknown, name: string): void { delete this.getEdgeAttributes(key)[name]; }
  replaceAttributes(attributes: Attrs): void { this.graphAttrs = attributes; }
  mergeAttributes(attributes: Attrs): void { Object.assign(this.graphAttrs, attributes); }
  setAttribute(name: string, value: unknown): void { this.graphAttrs[name] = value; }

  dropNode(): never { throw new ReadOnlyGraphError('dropNode'); }
  dropEdge(): never { throw new ReadOnlyGraphError('dropEdge'); }
  addDirectedEdge(): never { throw new ReadOnlyGraphError('addDirectedEdge'); }
  addUndirectedEdgeWithKey(): never { throw new ReadOnlyGraphError('addUndirectedEdgeWithKey'); }
  clear(): never { throw new ReadOnlyGraphError('clear'); }
  clearEdges(): never { throw new ReadOnlyGraphError('clearEdges'); }
}

interface Adjacency {
  /** CSR of the snapshot's relationships by node (a range per node, put in graphology's order on first use). */
  off: Int32Array;
  list: Int32Array;
  ready: Uint8Array;
  /** Relationships added since, by node; such a node's whole list is kept in `lists`. */
  added: Map<number, number[]>;
  lists: Map<number, Int32Array>;
}

type Neighbour = Int32Array | { length: 0; at(e: number): number };

/**
 * Puts list[lo, hi) (relationships in insertion order) in graphology's order: grouped by neighbour,
 * groups as the neighbour keys enumerate in graphology's adjacency object (array-index keys first by
 * value, then in the order of each neighbour's first relationship), newest first within a group.
 */
function orderRange(list: Int32Array, lo: number, hi: number, other: Neighbour, keys: readonly string[], first: Int32Array): void {
  if (hi - lo < 2) return;
  const of = other instanceof Int32Array ? (e: number) => other[e]! : other.at;
  // first[o]: 1 + the position of neighbour o's first relationship in the range (reset to 0 below)
  let groups = 0, anyIndex = false;
  for (let j = lo; j < hi; j++) {
    const o = of(list[j]!);
    if (first[o] === 0) { first[o] = j - lo + 1; groups++; if (!anyIndex && arrayIndex(keys[o]!) >= 0) anyIndex = true; }
  }
  // one relationship per neighbour and no array-index key: insertion order is graphology's
  if (groups < hi - lo || anyIndex) {
    const rank = (o: number): number => { const x = anyIndex ? arrayIndex(keys[o]!) : -1; return x >= 0 ? x - 4294967296 : first[o]!; };
    const edges = Array.from(list.subarray(lo, hi));
    edges.sort((x, y) => {
      const rx = rank(of(x)), ry = rank(of(y));
      return rx !== ry ? rx - ry : y - x;
    });
    list.set(edges, lo);
  }
  for (let j = lo; j < hi; j++) first[of(list[j]!)] = 0;
}
