/**
 * Columnar read structures beside the graphology graph (which stays the graph of record):
 *
 * - a node dictionary (graph order) and every relationship numbered by source (insertion order within
 *   a source), so the out-adjacency of all types is the identity range `outOff[i] .. outOff[i + 1]`
 *   (compressed sparse rows without an edge list); built in one pass over graphology's edge store;
 * - dictionary-encoded relationship types (`edgeType`), per-type out/in CSR in typed arrays, built on
 *   first use; adjacencies in graphology's `forEachOutEdge` / `forEachInEdge` orders, filled node by node
 *   for the plans whose answer can see the order, so a scan over these arrays meets rows in the same
 *   order as the row-at-a-time operators (same first-seen group order, same ties, same Float sums);
 * - numeric property columns (`Float64Array` + a kind per entry) for relationships and nodes;
 * - per-label membership bitmaps and scan orders, taken from the label index the row path uses.
 *
 * Kept in step by invalidation: graphology's events mark what a write touched (topology, a property
 * column, labels) and the part is rebuilt on the next read that needs it. Event handlers only set flags,
 * so bulk writes pay nothing measurable.
 */
import type { Graph, GraphAdapter } from '../storage/adapter.ts';
import type { GraphIndexes } from '../storage/indexes.ts';
import { StoredFloat } from '../values.ts';
import { graphRecords, numberOf, stampNumber, type EdgeRecord, type NodeRecord, type RelRecord } from './graphology-records.ts';
import { fromStorage } from '../storage/convert.ts';
import { columnSourceOf, type ColumnSource } from './column-source.ts';
import { groupKey } from '../expressions/compare.ts';
import type { Value } from '../runtime/value.ts';

/** Kind of a column entry: how the row path would read the stored value. */
export const ABSENT = 0;
export const INT = 1;
export const FLOAT = 2;

/**
 * A numeric column. `kind[i]` is ABSENT (null), INT (a safe integer: an Integer to Cypher) or FLOAT;
 * `exotic` counts entries the column cannot represent (strings, big integers, lists, NaN…): a plan that
 * meets one falls back to the row-at-a-time path, which gives Cypher's answer (or error) for them.
 */
export interface NumericColumn {
  values: Float64Array;
  kind: Uint8Array;
  exotic: number;
  /** Number of FLOAT entries (with none, sums and extremes do not depend on the order of addition). */
  floats: number;
  /** Sum of |v| over INT entries: below 2^53, every partial integer sum is exact in a double. */
  absIntSum: number;
  /** Largest |v| over INT entries. */
  maxAbsInt: number;
}

/**
 * A node property dictionary-encoded for grouping: `codes[node]` indexes `values` (engine values, null
 * included); values equal under Cypher grouping share a code. `partition` is 1 for strings, 0 for other
 * values (the row path's Aggregate keeps them in separate tables, which fixes its output order).
 */
export interface NodeDictionary { codes: Int32Array; values: Value[]; partition: Uint8Array }

/**
 * Node i's relationships are `edges[off[i] .. off[i + 1]]` (with `edges` null, the relationship numbers
 * off[i] .. off[i + 1] themselves). An adjacency in graphology's order is filled node by node: when
 * `ready` is not null and `ready[i]` is 0, call `fill(i)` before reading node i's range.
 */
export interface Ranges { off: Int32Array; edges: Int32Array | null; ready: Uint8Array | null; fill: (i: number) => void }
export interface Adjacency extends Ranges { edges: Int32Array }

const noFill = (): void => {};

interface Topology {
  nodeKeys: string[];
  /** graphology's node records (the fast path; each carries its number); null when read by the public API. */
  records: Map<string, NodeRecord> | null;
  /** Node key → number, built when first needed (or at once when nodes share an attributes object). */
  nodeIndex: Map<string, number> | null;
  /** Node attributes object → number; null once an attributes object may have been replaced. */
  byAttrs: Map<object, number> | null;
  /** Each relationship's key and attributes object, by number (graphology's own records when read). */
  rels: RelList;
  edgeSrc: Int32Array;
  edgeDst: Int32Array;
  edgeType: Int32Array;
  outOff: Int32Array;
  types: string[];
  typeIds: Map<string, number>;
  /** Whether a source's relationships are numbered in graphology's forEachOutEdge order. */
  outExact: boolean;
  /** The graph's own columns, when it serves them. */
  source?: ColumnSource;
}

/** Each relationship's key and attribute values, by number. */
interface RelList {
  readonly length: number;
  key(e: number): string;
  value(e: number, name: string): unknown;
}

const relList = (rels: RelRecord[]): RelList => ({
  length: rels.length,
  key: (e) => rels[e].key,
  value: (e, name) => rels[e].attributes[name],
});

interface LabelSet { member: Uint8Array; order: Int32Array }

export class ColumnarStore {
  private topo: Topology | null = null;
  private inAll: Adjacency | null = null;
  private inExact: Adjacency | null = null;
  private outExact: Adjacency | null = null;
  private readonly typedOut = new Map<number, Adjacency>();
  private readonly typedOutExact = new Map<number, Adjacency>();
  private readonly typedIn = new Map<number, Adjacency>();
  private readonly typedInExact = new Map<number, Adjacency>();
  private readonly relColumns = new Map<string, NumericColumn>();
  private readonly nodeColumns = new Map<string, NumericColumn>();
  private readonly nodeDicts = new Map<string, NodeDictionary>();
  private readonly labelSets = new Map<string, LabelSet>();
  /** Times the topology was (re)built, for tests and EXPLAIN-adjacent diagnostics. */
  builds = 0;
  private readonly listeners: [string, (p: { type?: string; name?: string }) => void][];

  /** `readRecords` false builds through graphology's public API only (tests compare both ways). */
  constructor(private readonly graph: Graph, private readonly adapter: GraphAdapter, private readonly readRecords = true) {
    const topology = (): void => this.dropTopology();
    this.listeners = [
      ['nodeAdded', topology], ['nodeDropped', topology], ['edgeAdded', topology], ['edgeDropped', topology],
      ['cleared', topology], ['edgesCleared', topology],
      ['edgeAttributesUpdated', (p) => {
        // set/remove name one attribute; replace/merge may change the type or the attributes object
        if ((p.type === 'set' || p.type === 'remove') && p.name !== undefined && !(adapter.typeAttribute === true && p.name === 'type')) {
          this.relColumns.delete(p.name);
        } else this.dropTopology();
      }],
      ['eachEdgeAttributesUpdated', topology],
      ['nodeAttributesUpdated', (p) => {
        if ((p.type === 'set' || p.type === 'remove') && p.name !== undefined && !adapter.isLabelAttribute(p.name)) {
          this.nodeColumns.delete(p.name); this.nodeDicts.delete(p.name);
        } else {
          if ((p.type === 'replace' || p.type === 'update') && this.topo !== null) this.topo.byAttrs = null; // a new object
          this.nodeColumns.clear(); this.nodeDicts.clear(); this.labelSets.clear();
        }
      }],
      ['eachNodeAttributesUpdated', () => {
        if (this.topo !== null) this.topo.byAttrs = null;
        this.nodeColumns.clear(); this.nodeDicts.clear(); this.labelSets.clear();
      }],
    ];
    const g = graph as unknown as { on(e: string, f: (p: object) => void): void };
    for (const [e, f] of this.listeners) g.on(e, f);
  }

  detach(): void {
    const g = this.graph as unknown as { removeListener(e: string, f: (p: object) => void): void };
    for (const [e, f] of this.listeners) g.removeListener(e, f);
  }

  private dropTopology(): void {
    if (this.topo === null && this.relColumns.size === 0 && this.nodeColumns.size === 0 && this.nodeDicts.size === 0 && this.labelSets.size === 0) return;
    this.topo = null;
    this.inAll = null;
    this.inExact = null;
    this.outExact = null;
    this.typedOut.clear();
    this.typedOutExact.clear();
    this.typedIn.clear();
    this.typedInExact.clear();
    this.relColumns.clear();
    this.nodeColumns.clear();
    this.nodeDicts.clear();
    this.labelSets.clear();
  }

  private get t(): Topology { return this.topo ?? this.build(); }

  /**
   * Builds the node dictionary, the relationship numbering and the all-types out-adjacency: by walking
   * graphology's node records when they can be read (each source's relationships come in its
   * forEachOutEdge order, so that order needs no second pass), else in one pass over the public edge
   * iteration and a counting sort by source. No per-edge object either way.
   */
  private build(): Topology {
    const source = this.adapter.typeAttribute === true ? columnSourceOf(this.graph) : null;
    const records = this.readRecords && source === null ? graphRecords(this.graph) : null;
    const topo = source !== null ? this.buildFromSource(source) : (records !== null ? this.buildFromRecords(records) : null) ?? this.buildFromEdges();
    this.builds++;
    this.topo = topo;
    return topo;
  }

  /** Relationship types dictionary-encoded as met; consecutive relationships of a type skip the lookup. */
  private typeEncoder(): { types: string[]; typeIds: Map<string, number>; id(key: string, attrs: Record<string, unknown>): number } {
    const g = this.graph;
    const adapter = this.adapter;
    const byAttribute = adapter.typeAttribute === true;
    const types: string[] = [];
    const typeIds = new Map<string, number>();
    let lastType = '';
    let lastId = -1;
    return {
      types, typeIds,
      id(key, attrs) {
        const t = byAttribute ? attrs.type : adapter.relType(g, key, attrs);
        const type = typeof t === 'string' ? t : '';
        if (type === lastType && lastId >= 0) return lastId;
        let id = typeIds.get(type);
        if (id === undefined) { id = types.length; types.push(type); typeIds.set(type, id); }
        lastType = type;
        lastId = id;
        return id;
      },
    };
  }

  /**
   * Node by node in graph order, each node's out-records as forEachOutEdge yields them (neighbour keys
   * in the out object's order, a list of parallel relationships newest first): relationships come out
   * numbered by source. Null when a record is not as expected.
   */
  private buildFromRecords(records: Map<string, NodeRecord>): Topology | null {
    const n = records.size;
    const m = this.graph.size;
    const nodeKeys: string[] = [];
    for (const r of records.values()) { stampNumber(r, nodeKeys.length); nodeKeys.push(r.key); }
    const rels: RelRecord[] = [];
    const edgeSrc = new Int32Array(m);
    const edgeDst = new Int32Array(m);
    const edgeType = new Int32Array(m);
    const outOff = new Int32Array(n + 1);
    const enc = this.typeEncoder();
    let e = 0;
    let i = 0;
    for (const r of records.values()) {
      const out = r.out;
      for (const k in out) {
        let ed: EdgeRecord | undefined = out[k];
        do {
          const d = numberOf(ed.target);
          if (d < 0 || d >= n || e >= m) return null;
          edgeSrc[e] = i;
          edgeDst[e] = d;
          edgeType[e] = enc.id(ed.key, ed.attributes);
          rels.push(ed);
          e++;
          ed = ed.next;
        } while (ed !== undefined);
      }
      outOff[++i] = e;
    }
    if (e !== m) return null;
    return {
      nodeKeys, records, nodeIndex: null, byAttrs: null, rels: relList(rels), edgeSrc, edgeDst, edgeType, outOff,
      types: enc.types, typeIds: enc.typeIds, outExact: true,
    };
  }

  /**
   * By the public API: one pass over graphology's edge store (insertion order) and a counting sort by
   * source (insertion order within a source).
   */
  private buildFromEdges(): Topology {
    const g = this.graph;
    const n = g.order;
    const m = g.size;
    // arrays grown by push: `new Array(n)` of this size would get slow dictionary elements
    const nodeKeys: string[] = [];
    // nodes are found by their attributes object (an identity hash: cheaper than hashing the key
    // string), unless two nodes share one (graphology keeps the object it was given)
    let byAttrs: Map<object, number> | null = new Map();
    const attrsMap = byAttrs;
    g.forEachNode((key, attrs) => { attrsMap.set(attrs, nodeKeys.length); nodeKeys.push(key); });
    let nodeIndex: Map<string, number> | null = null;
    if (attrsMap.size !== n) { byAttrs = null; nodeIndex = indexOfKeys(nodeKeys); }
    const keys0: string[] = [];
    const attrs0: Record<string, unknown>[] = [];
    const src0 = new Int32Array(m);
    const dst0 = new Int32Array(m);
    const type0 = new Int32Array(m);
    const outOff = new Int32Array(n + 1);
    const enc = this.typeEncoder();
    let e = 0;
    const keyMap = nodeIndex;
    const visit = (key: string, attrs: Record<string, unknown>, s: number, d: number): void => {
      src0[e] = s;
      dst0[e] = d;
      type0[e] = enc.id(key, attrs);
      keys0.push(key);
      attrs0.push(attrs);
      outOff[s + 1]++;
      e++;
    };
    // edges added source by source (an article's mentions, a company's investments) reuse the last lookup
    let lastSa: object | null = null;
    let lastS = -1;
    if (keyMap === null) {
      g.forEachEdge((key, attrs, _s, _t, sa, ta) => {
        if (sa !== lastSa) { lastSa = sa; lastS = attrsMap.get(sa)!; }
        visit(key, attrs, lastS, attrsMap.get(ta)!);
      });
    }
    else g.forEachEdge((key, attrs, source, target) => visit(key, attrs, keyMap.get(source)!, keyMap.get(target)!));
    for (let i = 0; i < n; i++) outOff[i + 1] += outOff[i];
    // counting sort by source: relationship number → insertion index
    const fill = outOff.slice(0, n);
    const edgeIns = new Int32Array(m);
    for (let i = 0; i < m; i++) edgeIns[fill[src0[i]]++] = i;
    const edgeSrc = new Int32Array(m);
    const edgeDst = new Int32Array(m);
    const edgeType = new Int32Array(m);
    const rels: RelRecord[] = [];
    for (let j = 0; j < m; j++) {
      const i = edgeIns[j];
      edgeSrc[j] = src0[i];
      edgeDst[j] = dst0[i];
      edgeType[j] = type0[i];
      rels.push({ key: keys0[i], attributes: attrs0[i] });
    }
    return {
      nodeKeys, records: null, nodeIndex, byAttrs, rels: relList(rels), edgeSrc, edgeDst, edgeType, outOff,
      types: enc.types, typeIds: enc.typeIds, outExact: false,
    };
  }

  /** From a graph that serves its own columns: the numbering of buildFromEdges, no attributes object read. */
  private buildFromSource(source: ColumnSource): Topology {
    const { rel, src, dst, outOff } = source.edgesBySource();
    const m = rel.length;
    const enc = this.typeEncoder();
    const edgeType = new Int32Array(m);
    const typeOnly: Record<string, unknown> = { type: undefined };
    for (let j = 0; j < m; j++) {
      typeOnly.type = source.edgeValue(rel[j], 'type');
      edgeType[j] = enc.id('', typeOnly);
    }
    const rels: RelList = { length: m, key: (j) => source.edgeKey(rel[j]), value: (j, name) => source.edgeValue(rel[j], name) };
    return {
      nodeKeys: source.nodeKeys, records: null, nodeIndex: new Map(), byAttrs: null, rels, edgeSrc: src, edgeDst: dst, edgeType, outOff,
      types: enc.types, typeIds: enc.typeIds, outExact: false, source,
    };
  }

  /** Whether the topology was built from graphology's records (false: through its public API). */
  get fromRecords(): boolean { return this.t.records !== null; }

  /** Whether the topology is current (false after a write until the next read rebuilds it). */
  get built(): boolean { return this.topo !== null; }
  get nodeCount(): number { return this.t.nodeKeys.length; }
  get edgeCount(): number { return this.t.rels.length; }
  nodeKey(i: number): string { return this.t.nodeKeys[i]; }
  nodeIndexOf(key: string): number {
    const t = this.t;
    if (t.records !== null) {
      const r = t.records.get(key);
      if (r === undefined) return -1;
      const i = numberOf(r);
      return i >= 0 && t.nodeKeys[i] === key ? i : -1;
    }
    if (t.byAttrs !== null) return this.graph.hasNode(key) ? t.byAttrs.get(this.graph.getNodeAttributes(key)) ?? -1 : -1;
    if (t.source !== undefined) return t.source.nodeNumber(key);
    return (t.nodeIndex ??= indexOfKeys(t.nodeKeys)).get(key) ?? -1;
  }
  edgeKey(e: number): string { return this.t.rels.key(e); }
  edgeValue(e: number, name: string): unknown { return this.t.rels.value(e, name); }
  get edgeSrc(): Int32Array { return this.t.edgeSrc; }
  get edgeDst(): Int32Array { return this.t.edgeDst; }
  get edgeType(): Int32Array { return this.t.edgeType; }
  typeName(id: number): string { return this.t.types[id]; }
  /** The dictionary id of a relationship type, -1 when no relationship has it. */
  typeId(type: string): number { return this.t.typeIds.get(type) ?? -1; }

  /** Out-adjacency of all types in relationship-number order (the identity: ids are off[i] .. off[i+1]). */
  get outOff(): Int32Array { return this.t.outOff; }

  /**
   * Out-adjacency of all types. `exact`: in graphology's forEachOutEdge order (what the row path meets):
   * the numbering itself when built from graphology's records, else filled node by node; otherwise the
   * numbering, grouped by source.
   */
  outAdjacency(exact = false): Ranges {
    if (!exact || this.t.outExact) return { off: this.t.outOff, edges: null, ready: null, fill: noFill };
    return this.outExact ??= this.exactAll('out');
  }

  /**
   * In-adjacency of all types. `exact`: in graphology's forEachInEdge order (what the row path meets),
   * filled node by node; otherwise grouped by target in relationship-number order, which is cheap to
   * build (a counting sort, no key lookups) and serves searches whose answer does not depend on the order.
   */
  inAdjacency(exact = false): Adjacency {
    if (exact) return this.inExact ??= this.exactAll('in');
    return this.inAll ??= this.buildIn();
  }

  private buildIn(): Adjacency {
    const t = this.t;
    const n = t.nodeKeys.length;
    const m = t.rels.length;
    const dst = t.edgeDst;
    const off = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) off[dst[e] + 1]++;
    for (let i = 0; i < n; i++) off[i + 1] += off[i];
    const fill = off.slice(0, n);
    const edges = new Int32Array(m);
    for (let e = 0; e < m; e++) edges[fill[dst[e]]++] = e;
    return { off, edges, ready: null, fill: noFill };
  }

  /**
   * An all-types adjacency in the order graphology iterates a node's edges, for the plans whose answer
   * depends on that order. It is filled node by node when a plan first expands the node (graphology's
   * iteration of a whole graph costs ~0.5 s at 500,000 relationships; a point query touches a few
   * nodes). A node's edges are known (the cheap adjacency's range): each key graphology yields is found
   * among them (by scan, or a map for a node of high degree).
   */
  private exactAll(direction: 'out' | 'in'): Adjacency {
    const t = this.t;
    const n = t.nodeKeys.length;
    const cheap = this.outAdjacency(false);
    const off = direction === 'out' ? cheap.off : this.inAdjacency(false).off;
    const list = direction === 'out' ? null : this.inAdjacency(false).edges;
    const rels = t.rels;
    const edges = new Int32Array(off[n]);
    const ready = new Uint8Array(n);
    const graph = this.graph;
    let k = 0;
    let lo = 0;
    let hi = 0;
    let byKey: Map<string, number> | null = null;
    const visit = (key: string): void => {
      if (byKey !== null) { edges[k++] = byKey.get(key)!; return; }
      for (let j = lo; j < hi; j++) {
        const e = list === null ? j : list[j];
        if (rels.key(e) === key) { edges[k++] = e; return; }
      }
    };
    const fill = (i: number): void => {
      lo = off[i];
      hi = off[i + 1];
      k = lo;
      byKey = null;
      if (hi - lo > 32) {
        byKey = new Map();
        for (let j = lo; j < hi; j++) { const e = list === null ? j : list[j]; byKey.set(rels.key(e), e); }
      }
      if (direction === 'out') graph.forEachOutEdge(t.nodeKeys[i], visit);
      else graph.forEachInEdge(t.nodeKeys[i], visit);
      ready[i] = 1;
    };
    if (direction === 'out' || t.records === null) return { off, edges, ready, fill };
    // from graphology's records: node i's in-object yields, source by source, the same list of parallel
    // relationships its source's out-object holds, and the numbering put that list in one run of the
    // source's range, in list order: found by the first relationship to i in that range
    const records = t.records;
    const outOff = t.outOff;
    const dst = t.edgeDst;
    const fromRecords = (i: number): boolean => {
      const rec = records.get(t.nodeKeys[i]);
      if (rec === undefined) return false;
      let at = off[i];
      const inn = rec.in;
      for (const key in inn) {
        let ed: EdgeRecord | undefined = inn[key];
        const s = numberOf(ed.source);
        if (s < 0 || s >= n) return false;
        let j = outOff[s];
        const end = outOff[s + 1];
        while (j < end && dst[j] !== i) j++;
        do {
          if (j >= end || dst[j] !== i || at >= off[i + 1]) return false;
          edges[at++] = j++;
          ed = ed.next;
        } while (ed !== undefined);
      }
      return at === off[i + 1];
    };
    return { off, edges, ready, fill: (i) => { if (fromRecords(i)) ready[i] = 1; else fill(i); } };
  }

  /**
   * Out- or in-adjacency restricted to one type, in the same relative order as the all-types one (an
   * exact one is filled node by node, as the all-types one).
   */
  typed(type: number, direction: 'out' | 'in', exact = false): Adjacency {
    // numbered in forEachOutEdge order already: the cheap out-adjacency is the exact one
    if (exact && direction === 'out' && this.t.outExact) return this.typed(type, direction, false);
    const cache = direction === 'out' ? (exact ? this.typedOutExact : this.typedOut) : exact ? this.typedInExact : this.typedIn;
    const hit = cache.get(type);
    if (hit) return hit;
    const t = this.t;
    const n = t.nodeKeys.length;
    const et = t.edgeType;
    let adj: Adjacency;
    if (exact) {
      // the same ranges as the cheap typed adjacency (the same relationships per node, in another order)
      const cheap = this.typed(type, direction, false);
      const all = direction === 'out' ? this.outAdjacency(true) : this.inAdjacency(true);
      const off = cheap.off;
      const edges = new Int32Array(cheap.edges.length);
      const ready = new Uint8Array(n);
      const allEdges = all.edges!;
      const allReady = all.ready!;
      const fill = (i: number): void => {
        if (allReady[i] === 0) all.fill(i);
        let k = off[i];
        for (let j = all.off[i], end = all.off[i + 1]; j < end; j++) {
          const e = allEdges[j];
          if (et[e] === type) edges[k++] = e;
        }
        ready[i] = 1;
      };
      adj = { off, edges, ready, fill };
    } else {
      const all = direction === 'out' ? this.outAdjacency(false) : this.inAdjacency(false);
      const srcOff = all.off;
      const list = all.edges;
      const off = new Int32Array(n + 1);
      let count = 0;
      if (list === null) { for (let j = 0; j < srcOff[n]; j++) if (et[j] === type) count++; }
      else for (let j = 0; j < srcOff[n]; j++) if (et[list[j]] === type) count++;
      const edges = new Int32Array(count);
      let k = 0;
      for (let i = 0; i < n; i++) {
        off[i] = k;
        for (let j = srcOff[i], end = srcOff[i + 1]; j < end; j++) {
          const e = list === null ? j : list[j];
          if (et[e] === type) edges[k++] = e;
        }
      }
      off[n] = k;
      adj = { off, edges, ready: null, fill: noFill };
    }
    cache.set(type, adj);
    return adj;
  }

  /** Nodes with a label: a membership bitmap and the label index's iteration order (the scan order). */
  label(indexes: GraphIndexes, label: string): LabelSet {
    const hit = this.labelSets.get(label);
    if (hit) return hit;
    const t = this.t;
    const member = new Uint8Array(t.nodeKeys.length);
    const keys = indexes.nodesWithLabel(label);
    const order = new Int32Array(keys.size);
    let k = 0;
    for (const key of keys) {
      const i = this.nodeIndexOf(key);
      if (i < 0) continue;
      member[i] = 1;
      order[k++] = i;
    }
    const set = { member, order: k === order.length ? order : order.slice(0, k) };
    this.labelSets.set(label, set);
    return set;
  }

  /** A relationship property as a numeric column over the relationship numbering. */
  relColumn(name: string): NumericColumn {
    const hit = this.relColumns.get(name);
    if (hit) return hit;
    const t = this.t;
    const plain = this.adapter.typeAttribute === true;
    const rels = t.rels;
    const col = numericColumn(rels.length, (e) => {
      if (plain) return name === 'type' ? undefined : rels.value(e, name);
      return this.adapter.relProperty(this.graph, rels.key(e), name);
    });
    this.relColumns.set(name, col);
    return col;
  }

  /**
   * A node property's stored values in node-number order: one pass of forEachNode (the numbering's
   * order) reading each attributes object, when the adapter can read a property from it.
   */
  private nodeValues(name: string): unknown[] {
    const t = this.t;
    const adapter = this.adapter;
    const out: unknown[] = [];
    if (adapter.nodePropertyOf !== undefined && t.records !== null) {
      for (const r of t.records.values()) out.push(adapter.nodePropertyOf(r.attributes, r.key, name));
      return out;
    }
    if (adapter.nodePropertyOf !== undefined && t.source !== undefined) {
      t.source.forEachNodeAttributes([name], (key, attrs) => { out.push(adapter.nodePropertyOf!(attrs, key, name)); });
      return out;
    }
    if (adapter.nodePropertyOf !== undefined) {
      this.graph.forEachNode((key, attrs) => { out.push(adapter.nodePropertyOf!(attrs, key, name)); });
      if (out.length === t.nodeKeys.length) return out;
      out.length = 0;
    }
    for (const key of t.nodeKeys) out.push(adapter.nodeProperty(this.graph, key, name));
    return out;
  }

  /** A node property dictionary-encoded for grouping. */
  nodeDictionary(name: string): NodeDictionary {
    const hit = this.nodeDicts.get(name);
    if (hit) return hit;
    const t = this.t;
    const n = t.nodeKeys.length;
    const codes = new Int32Array(n);
    const values: Value[] = [];
    const partition: number[] = [];
    const byString = new Map<string, number>();
    const byKey = new Map<string, number>();
    // a graph serving its own columns: stored strings by id, each distinct one decoded and hashed once
    const labelAttrs = this.adapter.labelAttributes;
    const source = t.source !== undefined && labelAttrs !== undefined && !labelAttrs.includes(name) ? t.source : null;
    const refs = source !== null ? source.nodeStringRefs(name) : null;
    const codeOfRef = new Map<number, number>();
    const raw = refs === null ? this.nodeValues(name) : null;
    for (let i = 0; i < n; i++) {
      if (refs !== null && refs[i] >= 0) {
        let c = codeOfRef.get(refs[i]);
        if (c === undefined) {
          const v = source!.string(refs[i]);
          c = byString.get(v);
          if (c === undefined) { c = values.length; values.push(v); partition.push(1); byString.set(v, c); }
          codeOfRef.set(refs[i], c);
        }
        codes[i] = c;
        continue;
      }
      const v = fromStorage(raw !== null ? raw[i] : source!.nodeValue(i, name)) as Value;
      const str = typeof v === 'string';
      const key = str ? v : groupKey(v);
      const map = str ? byString : byKey;
      let c = map.get(key);
      if (c === undefined) { c = values.length; values.push(v); partition.push(str ? 1 : 0); map.set(key, c); }
      codes[i] = c;
    }
    const dict = { codes, values, partition: Uint8Array.from(partition) };
    this.nodeDicts.set(name, dict);
    return dict;
  }

  /** A node property as a numeric column over the node dictionary. */
  nodeColumn(name: string): NumericColumn {
    const hit = this.nodeColumns.get(name);
    if (hit) return hit;
    const t = this.t;
    const raw = this.nodeValues(name);
    const col = numericColumn(t.nodeKeys.length, (i) => raw[i]);
    this.nodeColumns.set(name, col);
    return col;
  }
}

function indexOfKeys(keys: string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i], i);
  return index;
}

function numericColumn(size: number, read: (i: number) => unknown): NumericColumn {
  const values = new Float64Array(size);
  const kind = new Uint8Array(size);
  let exotic = 0;
  let floats = 0;
  let absIntSum = 0;
  let maxAbsInt = 0;
  for (let i = 0; i < size; i++) {
    const v = read(i);
    if (v === undefined || v === null) continue;
    if (typeof v === 'number') {
      if (Number.isNaN(v)) { exotic++; continue; }
      if (Number.isInteger(v)) {
        if (!Number.isSafeInteger(v)) { exotic++; continue; }
        kind[i] = INT;
        const abs = Math.abs(v);
        absIntSum += abs;
        if (abs > maxAbsInt) maxAbsInt = abs;
      } else { kind[i] = FLOAT; floats++; }
      values[i] = v;
    } else if (v instanceof StoredFloat) {
      if (Number.isNaN(v.value)) { exotic++; continue; }
      kind[i] = FLOAT;
      floats++;
      values[i] = v.value;
    } else exotic++;
  }
  return { values, kind, exotic, floats, absIntSum, maxAbsInt };
}

const stores = new WeakMap<Graph, Map<GraphAdapter, ColumnarStore>>();

/** The store of a graph (one per graph and adapter, shared by the engines over it). */
export function columnarStore(graph: Graph, adapter: GraphAdapter): ColumnarStore {
  let byAdapter = stores.get(graph);
  if (!byAdapter) { byAdapter = new Map(); stores.set(graph, byAdapter); }
  let s = byAdapter.get(adapter);
  if (!s) { s = new ColumnarStore(graph, adapter); byAdapter.set(adapter, s); }
  return s;
}

/** Stops a graph's stores listening to it (the engine's dispose). */
export function detachColumnarStores(graph: Graph): void {
  const byAdapter = stores.get(graph);
  if (!byAdapter) return;
  for (const s of byAdapter.values()) s.detach();
  stores.delete(graph);
}
