/**
 * GraphAdapter: how labels, relationship types and properties are kept in graphology attributes.
 *
 * - `domainAdapter` (default) follows DESIGN.md: a node's label is its `type` attribute (or the
 *   `labels` list when a node has 0 or ≥ 2 labels); `type`/`labels` are not properties; an edge's
 *   `type` attribute is its relationship type.
 * - `createPureAdapter()` keeps labels and types in side maps, so every attribute is an ordinary
 *   property (the TCK uses property names such as `type`).
 */
import type { Attributes } from 'graphology-types';
import type { MultiDirectedGraph } from 'graphology';

export type Graph = MultiDirectedGraph;

export interface GraphAdapter {
  nodeLabels(graph: Graph, key: string): string[];
  hasLabel(graph: Graph, key: string, label: string): boolean;
  /** Raw stored attribute of a property (undefined when absent). */
  nodeProperty(graph: Graph, key: string, name: string): unknown;
  nodePropertyKeys(graph: Graph, key: string): string[];
  /** undefined removes the property. */
  setNodeProperty(graph: Graph, key: string, name: string, value: unknown): void;
  setNodeLabels(graph: Graph, key: string, labels: string[]): void;
  addNode(graph: Graph, key: string, labels: string[], props: Record<string, unknown>): void;
  dropNode(graph: Graph, key: string): void;

  relType(graph: Graph, edge: string, attributes?: Attributes): string;
  relProperty(graph: Graph, edge: string, name: string): unknown;
  relPropertyKeys(graph: Graph, edge: string): string[];
  setRelProperty(graph: Graph, edge: string, name: string, value: unknown): void;
  /** Adds a relationship; with key null, graphology generates the key. Returns the key. */
  addRel(graph: Graph, key: string | null, source: string, target: string, type: string, props: Record<string, unknown>): string;
  dropRel(graph: Graph, edge: string): void;
  /** Whether a change of this node attribute may change labels (index maintenance). */
  isLabelAttribute(name: string): boolean;
  /** True when an edge's `type` attribute is its relationship type (lets hot loops skip relType()). */
  readonly typeAttribute?: boolean;
  /**
   * Optional: a node property read from the node's attributes object and key, as `nodeProperty` reads
   * it (whole-graph scans get each node's attributes from `forEachNode` without a lookup by key), and
   * the labels read the same way, as `nodeLabels` (the returned array is not to be modified).
   */
  nodePropertyOf?(attributes: Attributes, key: string, name: string): unknown;
  nodeLabelsOf?(attributes: Attributes, key: string): readonly string[];
  /** The attributes `nodeLabelsOf` reads (a graph serving its own columns passes only these). */
  readonly labelAttributes?: readonly string[];
}

const nodeLabelsOf = (a: Attributes): string[] => {
  const l = a.labels;
  if (Array.isArray(l)) return l as string[];
  return typeof a.type === 'string' ? [a.type] : [];
};

/**
 * A relationship's `key` (DESIGN.md: its identity, `type|source|target|discriminator`) is its graph key
 * on the embedded store; the domain adapter shows it as the property `key`, as Neo4j stores it, so
 * `r.key`, `keys(r)` and `properties(r)` read the same on both stores (an explicit `key` attribute wins).
 */
export const REL_KEY = 'key';

export const domainAdapter: GraphAdapter = {
  nodeLabels(graph, key) { return nodeLabelsOf(graph.getNodeAttributes(key)); },
  hasLabel(graph, key, label) {
    const a = graph.getNodeAttributes(key);
    const l = a.labels;
    if (Array.isArray(l)) return l.includes(label);
    return a.type === label;
  },
  nodeProperty(graph, key, name) {
    if (name === 'type' || name === 'labels') return undefined;
    return graph.getNodeAttributes(key)[name];
  },
  nodePropertyKeys(graph, key) {
    const a = graph.getNodeAttributes(key);
    const out: string[] = [];
    for (const k in a) if (k !== 'type' && k !== 'labels' && a[k] !== undefined && a[k] !== null) out.push(k);
    return out;
  },
  setNodeProperty(graph, key, name, value) {
    if (value === undefined) graph.removeNodeAttribute(key, name);
    else graph.setNodeAttribute(key, name, value);
  },
  setNodeLabels(graph, key, labels) {
    const a = graph.getNodeAttributes(key);
    const next: Attributes = {};
    for (const k in a) if (k !== 'type' && k !== 'labels') next[k] = a[k];
    if (labels.length === 1) next.type = labels[0];
    else next.labels = [...labels];
    graph.replaceNodeAttributes(key, next);
  },
  addNode(graph, key, labels, props) {
    const a: Attributes = {};
    if (labels.length === 1) a.type = labels[0];
    else a.labels = [...labels];
    for (const k in props) if (props[k] !== undefined) a[k] = props[k];
    graph.addNode(key, a);
  },
  dropNode(graph, key) { graph.dropNode(key); },
  relType(graph, edge, attributes) {
    const t = (attributes ?? graph.getEdgeAttributes(edge)).type;
    return typeof t === 'string' ? t : '';
  },
  relProperty(graph, edge, name) {
    if (name === 'type') return undefined;
    const v = graph.getEdgeAttributes(edge)[name];
    return v === undefined && name === REL_KEY ? edge : v;
  },
  relPropertyKeys(graph, edge) {
    const a = graph.getEdgeAttributes(edge);
    const out: string[] = [];
    for (const k in a) if (k !== 'type' && a[k] !== undefined && a[k] !== null) out.push(k);
    if (a[REL_KEY] === undefined) out.push(REL_KEY);
    return out;
  },
  setRelProperty(graph, edge, name, value) {
    if (value === undefined) graph.removeEdgeAttribute(edge, name);
    else graph.setEdgeAttribute(edge, name, value);
  },
  addRel(graph, key, source, target, type, props) {
    // props is a fresh object owned by the caller: it becomes the edge's attributes
    const a: Attributes = props;
    for (const k in a) if (a[k] === undefined) delete a[k];
    a.type = type;
    if (key === null) return graph.addDirectedEdge(source, target, a);
    graph.addDirectedEdgeWithKey(key, source, target, a);
    return key;
  },
  dropRel(graph, edge) { graph.dropEdge(edge); },
  isLabelAttribute(name) { return name === 'type' || name === 'labels'; },
  typeAttribute: true,
  nodePropertyOf(attributes, _key, name) {
    return name === 'type' || name === 'labels' ? undefined : attributes[name];
  },
  nodeLabelsOf(attributes) { return nodeLabelsOf(attributes); },
  labelAttributes: ['type', 'labels'],
};

/** Labels and relationship types in side maps; all attributes are properties. */
export function createPureAdapter(): GraphAdapter {
  const labels = new Map<string, string[]>();
  const types = new Map<string, string>();
  const propKeys = (a: Attributes): string[] => {
    const out: string[] = [];
    for (const k in a) if (a[k] !== undefined && a[k] !== null) out.push(k);
    return out;
  };
  return {
    nodeLabels(_g, key) { return labels.get(key) ?? []; },
    hasLabel(_g, key, label) { return labels.get(key)?.includes(label) ?? false; },
    nodeProperty(graph, key, name) { return graph.getNodeAttributes(key)[name]; },
    nodePropertyKeys(graph, key) { return propKeys(graph.getNodeAttributes(key)); },
    setNodeProperty(graph, key, name, value) {
      if (value === undefined) graph.removeNodeAttribute(key, name);
      else graph.setNodeAttribute(key, name, value);
    },
    setNodeLabels(graph, key, l) {
      labels.set(key, [...l]);
      // touch the node so listeners (indexes) see a change
      graph.mergeNodeAttributes(key, {});
    },
    addNode(graph, key, l, props) {
      labels.set(key, [...l]);
      const a: Attributes = {};
      for (const k in props) if (props[k] !== undefined) a[k] = props[k];
      graph.addNode(key, a);
    },
    dropNode(graph, key) { graph.dropNode(key); labels.delete(key); },
    relType(_g, edge) { return types.get(edge) ?? ''; },
    relProperty(graph, edge, name) { return graph.getEdgeAttributes(edge)[name]; },
    relPropertyKeys(graph, edge) { return propKeys(graph.getEdgeAttributes(edge)); },
    setRelProperty(graph, edge, name, value) {
      if (value === undefined) graph.removeEdgeAttribute(edge, name);
      else graph.setEdgeAttribute(edge, name, value);
    },
    addRel(graph, key, source, target, type, props) {
      const a: Attributes = {};
      for (const k in props) if (props[k] !== undefined) a[k] = props[k];
      let k = key;
      if (k === null) k = graph.addDirectedEdge(source, target, a);
      else graph.addDirectedEdgeWithKey(k, source, target, a);
      types.set(k, type);
      return k;
    },
    dropRel(graph, edge) { graph.dropEdge(edge); types.delete(edge); },
    isLabelAttribute() { return true; },
    nodePropertyOf(attributes, _key, name) { return attributes[name]; },
    nodeLabelsOf(_attributes, key) { return labels.get(key) ?? []; },
  };
}
