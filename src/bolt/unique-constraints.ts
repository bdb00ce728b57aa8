/**
 * Uniqueness constraints recorded by `CREATE CONSTRAINT … IS UNIQUE`, enforced on the embedded graph:
 * a node's label is its `type` attribute (or its `labels` list), as the engine's domain adapter has it.
 */
import { BoltFailure } from './failure.ts';
import type { SchemaRule } from './system-queries.ts';

interface NodeGraph {
  forEachNode(cb: (key: string, attributes: Record<string, unknown>) => void): void;
}

/** The first violation of `rules` in the graph, as the FAILURE Neo4j would send; undefined when none. */
export function uniquenessViolation(graph: NodeGraph, rules: readonly SchemaRule[]): BoltFailure | undefined {
  for (const rule of rules) {
    const seen = new Map<string, string>();
    let clash: [string, string, unknown] | undefined;
    graph.forEachNode((key, a) => {
      if (clash) return;
      const labels = Array.isArray(a.labels) ? (a.labels as string[]) : [a.type];
      if (!labels.includes(rule.labelOrType)) return;
      const v = a[rule.property];
      if (v === undefined || v === null) return;
      const k = typeof v === 'object' ? JSON.stringify(v) : `${typeof v}:${String(v)}`;
      const other = seen.get(k);
      if (other !== undefined) clash = [other, key, v];
      else seen.set(k, key);
    });
    if (clash) {
      return new BoltFailure('Neo.ClientError.Schema.ConstraintValidationFailed',
        `Node(${clash[1]}) already exists with label \`${rule.labelOrType}\` and property \`${rule.property}\` = ${JSON.stringify(clash[2])}`);
    }
  }
  return undefined;
}
