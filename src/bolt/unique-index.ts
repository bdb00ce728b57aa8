/**
 * Uniqueness constraints checked at the cost of a write, not of the graph: per rule, value → nodes,
 * built by one scan on first use and kept current through graphology's events (writes through Cypher,
 * the undo journal's rollbacks, the memory store's own ingest all emit them). A statement violates a
 * rule when it leaves a value held by two nodes; the graph holds none before it (a violating statement
 * is undone), so only the values held twice are tracked. Without events the check scans the graph
 * (unique-constraints.ts).
 */
import { BoltFailure } from './failure.ts';
import type { SchemaRule } from './system-queries.ts';

type Attrs = Record<string, unknown>;
interface EventPayload { key: string; attributes?: Attrs }

export interface EventNodeGraph {
  forEachNode(cb: (key: string, attributes: Attrs) => void): void;
  hasNode(key: string): boolean;
  getNodeAttributes(key: string): Attrs;
  on(event: string, f: (p: EventPayload) => void): unknown;
  removeListener(event: string, f: (p: EventPayload) => void): unknown;
}

export function hasNodeEvents(graph: unknown): graph is EventNodeGraph {
  const g = graph as Partial<EventNodeGraph> | undefined;
  return !!g && typeof g.on === 'function' && typeof g.removeListener === 'function' && typeof g.forEachNode === 'function' && typeof g.getNodeAttributes === 'function';
}

/** The value a node holds for a rule (its equality key), or undefined when the rule does not apply to it. */
function valueKey(rule: SchemaRule, a: Attrs): string | undefined {
  const labels = Array.isArray(a.labels) ? (a.labels as unknown[]) : [a.type];
  if (!labels.includes(rule.labelOrType)) return undefined;
  const v = a[rule.property];
  if (v === undefined || v === null) return undefined;
  return typeof v === 'object' ? JSON.stringify(v) : `${typeof v}:${String(v)}`;
}

class RuleIndex {
  readonly byValue = new Map<string, Set<string>>();
  readonly byNode = new Map<string, string>();
  /** Values held by more than one node. */
  readonly clashes = new Set<string>();

  constructor(readonly rule: SchemaRule) {}

  set(node: string, attrs: Attrs | undefined): void {
    const next = attrs ? valueKey(this.rule, attrs) : undefined;
    const prev = this.byNode.get(node);
    if (prev === next) return;
    if (prev !== undefined) {
      const s = this.byValue.get(prev)!;
      s.delete(node);
      if (s.size === 0) this.byValue.delete(prev);
      if (s.size < 2) this.clashes.delete(prev);
      this.byNode.delete(node);
    }
    if (next !== undefined) {
      let s = this.byValue.get(next);
      if (!s) this.byValue.set(next, (s = new Set()));
      s.add(node);
      if (s.size > 1) this.clashes.add(next);
      this.byNode.set(node, next);
    }
  }
}

export class UniqueIndex {
  private indexes = new Map<string, RuleIndex>();
  private readonly listeners: Array<[string, (p: EventPayload) => void]>;

  constructor(private readonly graph: EventNodeGraph) {
    const update = (p: EventPayload) => {
      if (!this.indexes.size) return;
      const attrs = this.graph.hasNode(p.key) ? this.graph.getNodeAttributes(p.key) : undefined;
      for (const ix of this.indexes.values()) ix.set(p.key, attrs);
    };
    this.listeners = [
      ['nodeAdded', update],
      ['nodeAttributesUpdated', update],
      ['nodeDropped', (p) => { for (const ix of this.indexes.values()) ix.set(p.key, undefined); }],
      ['cleared', () => { this.indexes.clear(); }],
      ['eachNodeAttributesUpdated', () => { this.indexes.clear(); }], // rebuilt on next use
    ];
    for (const [e, f] of this.listeners) graph.on(e, f);
  }

  detach(): void {
    for (const [e, f] of this.listeners) this.graph.removeListener(e, f);
    this.indexes.clear();
  }

  private indexOf(rule: SchemaRule): RuleIndex {
    const id = `${rule.labelOrType}\u0000${rule.property}`;
    let ix = this.indexes.get(id);
    if (!ix) {
      const built = new RuleIndex(rule);
      this.graph.forEachNode((key, a) => built.set(key, a));
      this.indexes.set(id, (ix = built));
    }
    return ix;
  }

  /** The first violation of `rules`, as the FAILURE Neo4j would send; undefined when none. */
  violation(rules: readonly SchemaRule[]): BoltFailure | undefined {
    for (const rule of rules) {
      const ix = this.indexOf(rule);
      const value = ix.clashes.values().next();
      if (value.done) continue;
      const [, node] = [...ix.byValue.get(value.value)!];
      const v = this.graph.getNodeAttributes(node!)[rule.property];
      return new BoltFailure('Neo.ClientError.Schema.ConstraintValidationFailed',
        `Node(${node}) already exists with label \`${rule.labelOrType}\` and property \`${rule.property}\` = ${JSON.stringify(v)}`);
    }
    return undefined;
  }
}
