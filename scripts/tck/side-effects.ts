/**
 * Side effects as the TCK defines them (README.adoc, "Observability of side effects"): the difference
 * between what a reader sees before and after the query — nodes, relationships, property triples
 * (entity, key, value) and distinct labels. Changing a property's value is one removal and one
 * addition; a node created and deleted in the same query is no side effect at all.
 */
import { canonicalKey } from './canonical.ts';
import { fromCypher } from './cypher-values.ts';
import { NodeValue, RelationshipValue, StoredFloat, type CypherValue } from '../../src/cypher/values.ts';

export const SIDE_EFFECT_NAMES = [
  '+nodes', '-nodes', '+relationships', '-relationships',
  '+properties', '-properties', '+labels', '-labels',
] as const;
export type SideEffectName = (typeof SIDE_EFFECT_NAMES)[number];
export type SideEffects = Record<SideEffectName, number>;

export interface GraphSnapshot {
  nodes: Set<string>;
  relationships: Set<string>;
  /** `entity \0 key \0 canonical value` */
  properties: Set<string>;
  labels: Set<string>;
}

export function noSideEffects(): SideEffects {
  return Object.fromEntries(SIDE_EFFECT_NAMES.map((n) => [n, 0])) as SideEffects;
}

export function snapshotOf(nodes: readonly NodeValue[], relationships: readonly RelationshipValue[]): GraphSnapshot {
  const snap: GraphSnapshot = { nodes: new Set(), relationships: new Set(), properties: new Set(), labels: new Set() };
  const addProperties = (entity: string, props: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(props)) {
      if (v === null || v === undefined) continue; // a null property does not exist
      snap.properties.add(`${entity}\u0000${k}\u0000${canonicalKey(fromCypher(v))}`);
    }
  };
  for (const n of nodes) {
    snap.nodes.add(n.key);
    for (const l of n.labels) snap.labels.add(l);
    addProperties(`n${n.key}`, n.properties);
  }
  for (const r of relationships) {
    snap.relationships.add(r.key);
    addProperties(`r${r.key}`, r.properties);
  }
  return snap;
}

/** The part of the engine's GraphAdapter (src/cypher/storage/adapter.ts) needed to read a graph. */
export interface GraphReader {
  nodeLabels(graph: ReadableGraph, key: string): string[];
  nodePropertyKeys(graph: ReadableGraph, key: string): string[];
  nodeProperty(graph: ReadableGraph, key: string, name: string): unknown;
  relType(graph: ReadableGraph, edge: string): string;
  relPropertyKeys(graph: ReadableGraph, edge: string): string[];
  relProperty(graph: ReadableGraph, edge: string, name: string): unknown;
}
export interface ReadableGraph { nodes(): string[]; edges(): string[]; source(edge: string): string; target(edge: string): string }

/** A stored attribute as a value, by the storage rule of values.ts (integral number = Integer). */
function fromStored(v: unknown): CypherValue {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (v instanceof StoredFloat) return v.value;
  if (Array.isArray(v)) return v.map(fromStored);
  return v as CypherValue;
}

/** Reads the graph itself through the engine's adapter: independent of the engine's query path. */
export function snapshotOfGraph(graph: ReadableGraph, reader: GraphReader): GraphSnapshot {
  const props = (keys: string[], get: (k: string) => unknown): Record<string, CypherValue> =>
    Object.fromEntries(keys.map((k) => [k, fromStored(get(k))]));
  const nodes = graph.nodes().map((key) => new NodeValue(key, reader.nodeLabels(graph, key),
    props(reader.nodePropertyKeys(graph, key), (k) => reader.nodeProperty(graph, key, k))));
  const rels = graph.edges().map((key) => new RelationshipValue(key, reader.relType(graph, key), graph.source(key), graph.target(key),
    props(reader.relPropertyKeys(graph, key), (k) => reader.relProperty(graph, key, k))));
  return snapshotOf(nodes, rels);
}

export function diffSnapshots(before: GraphSnapshot, after: GraphSnapshot): SideEffects {
  const added = (a: Set<string>, b: Set<string>): number => { let n = 0; for (const x of b) if (!a.has(x)) n++; return n; };
  return {
    '+nodes': added(before.nodes, after.nodes),
    '-nodes': added(after.nodes, before.nodes),
    '+relationships': added(before.relationships, after.relationships),
    '-relationships': added(after.relationships, before.relationships),
    '+properties': added(before.properties, after.properties),
    '-properties': added(after.properties, before.properties),
    '+labels': added(before.labels, after.labels),
    '-labels': added(after.labels, before.labels),
  };
}

/** The side-effects table of a scenario (`| +nodes | 1 |`); unnamed quantities are zero. */
export function parseSideEffects(rows: string[][]): SideEffects {
  const effects = noSideEffects();
  for (const row of rows) {
    const [name, count] = row.map((c) => c.trim());
    if (row.length !== 2 || !(SIDE_EFFECT_NAMES as readonly string[]).includes(name) || !/^\d+$/.test(count)) {
      throw new Error(`bad side-effects row: | ${row.join(' | ')} |`);
    }
    effects[name as SideEffectName] = Number(count);
  }
  return effects;
}

/** null when equal, else e.g. `side effects differ: +nodes expected 1, got 2; +labels expected 1, got 0`. */
export function compareSideEffects(expected: SideEffects, actual: SideEffects): string | null {
  const diffs = SIDE_EFFECT_NAMES.filter((n) => expected[n] !== actual[n])
    .map((n) => `${n} expected ${expected[n]}, got ${actual[n]}`);
  return diffs.length ? `side effects differ: ${diffs.join('; ')}` : null;
}
