/**
 * Indexes over a graphology graph: label → node keys, and (label, property) → value → node keys for
 * equality seeks. Built lazily on first use and kept current through graphology's events, so writes
 * made outside the engine (the memory store applying ingest patches) are seen by the next query.
 */
import type { GraphAdapter, Graph } from './adapter.ts';
import { fromStorage } from './convert.ts';
import { columnSourceOf } from '../columnar/column-source.ts';
import type { CypherValue } from '../values.ts';

export interface PropertyIndex {
  label: string;
  property: string;
  byValue: Map<IndexKey, Set<string>>;
  byNode: Map<string, IndexKey>;
}

/** Index keys are primitives: numbers (1 and 1.0 share a key), big integers, strings, booleans. */
export type IndexKey = number | bigint | string | boolean;

const EMPTY: ReadonlySet<string> = new Set();

/** Equality key of an indexable value; null for values the index does not hold (null, lists, maps…). */
export function indexKey(v: CypherValue): IndexKey | null {
  switch (typeof v) {
    case 'string': case 'boolean': return v;
    case 'bigint': return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    case 'number':
      if (Number.isNaN(v)) return null;
      if (Number.isInteger(v) && !Number.isSafeInteger(v) && Math.abs(v) < 1e21) return BigInt(v);
      return v;
    default: return null;
  }
}

export class GraphIndexes {
  private labels: Map<string, Set<string>> | null = null;
  /**
   * A graph serving its own columns: one label's nodes, found by one pass over the label attributes
   * when first asked (a query names a label or two; a Set of every node key costs ~2 s at a million
   * nodes). Dropped on any node change; the whole index (`labels`) wins once built.
   */
  private readonly oneLabel = new Map<string, Set<string>>();
  private props = new Map<string, PropertyIndex>();
  /** Bumped when the indexes are dropped (graph cleared), so cached handles are refreshed. */
  generation = 0;
  private readonly listeners: [string, (p: { key: string; name?: string; type?: string }) => void][];

  constructor(private readonly graph: Graph, private readonly adapter: GraphAdapter) {
    this.listeners = [
      ['nodeAdded', (p) => this.indexNode(p.key)],
      ['nodeDropped', (p) => this.unindexNode(p.key)],
      ['nodeAttributesUpdated', (p) => this.reindexNode(p.key, p.type === 'set' || p.type === 'remove' ? p.name : undefined)],
      ['cleared', () => this.reset()],
    ];
    const g = graph as unknown as { on(e: string, f: (p: { key: string }) => void): void };
    for (const [e, f] of this.listeners) g.on(e, f);
  }

  detach(): void {
    const g = this.graph as unknown as { removeListener(e: string, f: (p: { key: string }) => void): void };
    for (const [e, f] of this.listeners) g.removeListener(e, f);
  }

  private reset(): void {
    this.generation++;
    this.labels = null;
    this.oneLabel.clear();
    this.props.clear();
  }

  private ensureLabels(): Map<string, Set<string>> {
    if (this.labels) return this.labels;
    this.labels = new Map();
    const adapter = this.adapter;
    // the whole graph at once: each node's attributes come with it, no lookup by key
    const source = adapter.nodeLabelsOf !== undefined && adapter.labelAttributes !== undefined ? columnSourceOf(this.graph) : null;
    if (source !== null) source.forEachNodeAttributes(adapter.labelAttributes!, (key, attrs) => this.addLabels(key, adapter.nodeLabelsOf!(attrs, key)));
    else if (adapter.nodeLabelsOf !== undefined) this.graph.forEachNode((key, attrs) => this.addLabels(key, adapter.nodeLabelsOf!(attrs, key)));
    else this.graph.forEachNode((key) => this.indexLabels(key));
    return this.labels;
  }

  private indexLabels(key: string): void {
    this.addLabels(key, this.adapter.nodeLabels(this.graph, key));
  }

  private addLabels(key: string, l: readonly string[]): void {
    const labels = this.labels!;
    for (const label of l) {
      let set = labels.get(label);
      if (!set) { set = new Set(); labels.set(label, set); }
      set.add(key);
    }
  }

  /**
   * A node's labels are not kept per node (a map of 100,000s of entries to build on load): a change
   * removes the key from every label's set (a graph has a few labels).
   */
  private unindexLabels(key: string): void {
    if (!this.labels) return;
    for (const set of this.labels.values()) set.delete(key);
  }

  private indexNode(key: string): void {
    this.oneLabel.clear();
    if (this.labels) this.indexLabels(key);
    for (const idx of this.props.values()) this.indexProp(idx, key);
  }

  private unindexNode(key: string): void {
    this.oneLabel.clear();
    this.unindexLabels(key);
    for (const idx of this.props.values()) this.unindexProp(idx, key);
  }

  private reindexNode(key: string, attribute: string | undefined): void {
    this.oneLabel.clear();
    if (!this.graph.hasNode(key)) return;
    if (this.labels && (attribute === undefined || this.adapter.isLabelAttribute(attribute))) {
      this.unindexLabels(key);
      this.indexLabels(key);
    }
    for (const idx of this.props.values()) {
      if (attribute !== undefined && attribute !== idx.property && !this.adapter.isLabelAttribute(attribute)) continue;
      this.unindexProp(idx, key);
      this.indexProp(idx, key);
    }
  }

  private indexProp(idx: PropertyIndex, key: string): void {
    if (!this.adapter.hasLabel(this.graph, key, idx.label)) return;
    const raw = this.adapter.nodeProperty(this.graph, key, idx.property);
    if (raw === undefined || raw === null) return;
    const k = indexKey(fromStorage(raw));
    if (k === null) return;
    let set = idx.byValue.get(k);
    if (!set) { set = new Set(); idx.byValue.set(k, set); }
    set.add(key);
    idx.byNode.set(key, k);
  }

  private unindexProp(idx: PropertyIndex, key: string): void {
    const k = idx.byNode.get(key);
    if (k === undefined) return;
    idx.byValue.get(k)?.delete(key);
    idx.byNode.delete(key);
  }

  /** Node keys with this label. */
  nodesWithLabel(label: string): ReadonlySet<string> {
    if (this.labels === null) {
      const adapter = this.adapter;
      const source = adapter.nodeLabelsOf !== undefined && adapter.labelAttributes !== undefined ? columnSourceOf(this.graph) : null;
      if (source !== null) {
        let set = this.oneLabel.get(label);
        if (set === undefined) {
          const found = new Set<string>();
          source.forEachNodeAttributes(adapter.labelAttributes!, (key, attrs) => { if (adapter.nodeLabelsOf!(attrs, key).includes(label)) found.add(key); });
          this.oneLabel.set(label, (set = found));
        }
        return set;
      }
    }
    return this.ensureLabels().get(label) ?? EMPTY;
  }

  labelCount(label: string): number {
    return this.nodesWithLabel(label).size;
  }

  /** All labels in use. */
  allLabels(): string[] {
    return [...this.ensureLabels()].filter(([, s]) => s.size > 0).map(([l]) => l);
  }

  /** Node keys with this label whose property equals the value (Cypher equality on indexable values). */
  seek(label: string, property: string, value: CypherValue): ReadonlySet<string> {
    const k = indexKey(value);
    if (k === null) return EMPTY;
    return this.propertyIndex(label, property).byValue.get(k) ?? EMPTY;
  }

  /** The (label, property) index itself, built on first use; valid while `generation` is unchanged. */
  propertyIndex(label: string, property: string): PropertyIndex {
    const id = label + '\u0000' + property;
    let idx = this.props.get(id);
    if (!idx) {
      idx = { label, property, byValue: new Map(), byNode: new Map() };
      this.props.set(id, idx);
      for (const key of this.nodesWithLabel(label)) this.indexProp(idx, key);
    }
    return idx;
  }

  hasPropertyIndex(label: string, property: string): boolean {
    return this.props.has(label + '\u0000' + property);
  }
}
