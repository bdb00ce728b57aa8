/** Compiled test of a node pattern's labels and property map, used by scans and expansions. */
import type { ExecContext } from '../runtime/context.ts';
import { nodeProperty } from '../runtime/context.ts';
import type { Row, Value } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { equals } from '../expressions/compare.ts';
import { isValueMap } from '../runtime/value.ts';
import { relProperty } from '../runtime/context.ts';
import type { LabelExpr } from '../ast.ts';
import { matchLabels } from '../expressions/label-expr.ts';

export type NodeCheck = (key: string, row: Row, ctx: ExecContext) => boolean;
export type RelCheck = (key: string, row: Row, ctx: ExecContext) => boolean;

/** Checks that test labels only (no property map, no label expression), with their labels. */
const labelOnly = new WeakMap<NodeCheck, readonly string[]>();

/**
 * The labels a node check tests when it tests nothing else: [] for no check, null when it also tests
 * properties or a label expression (the columnar planner reads checks it can replay on its bitmaps).
 */
export function checkedLabels(check: NodeCheck | null): readonly string[] | null {
  if (check === null) return [];
  return labelOnly.get(check) ?? null;
}

export function makeNodeCheck(labels: string[], props: Fn | null, labelExpr: LabelExpr | null = null): NodeCheck | null {
  const check = buildNodeCheck(labels, props, labelExpr);
  if (check !== null && !props && !labelExpr) labelOnly.set(check, labels.slice());
  return check;
}

function buildNodeCheck(labels: string[], props: Fn | null, labelExpr: LabelExpr | null): NodeCheck | null {
  if (labelExpr) {
    const rest = makeNodeCheck(labels, props);
    return (key, row, ctx) => matchLabels(labelExpr, ctx.adapter.nodeLabels(ctx.graph, key)) && (!rest || rest(key, row, ctx));
  }
  if (labels.length === 0 && !props) return null;
  if (labels.length === 1 && !props) {
    const l = labels[0];
    // the label's node set, looked up once per index generation rather than once per node
    let indexes: ExecContext['indexes'] | null = null;
    let generation = -1;
    let set: ReadonlySet<string> | null = null;
    return (key, _row, ctx) => {
      if (set === null || indexes !== ctx.indexes || generation !== ctx.indexes.generation) {
        const s = ctx.indexes.nodesWithLabel(l);
        if (s.size === 0) return false; // maybe a shared empty set, not the label's own: do not keep it
        indexes = ctx.indexes;
        generation = indexes.generation;
        set = s;
      }
      return set.has(key);
    };
  }
  return (key, row, ctx) => {
    for (const l of labels) if (!ctx.indexes.nodesWithLabel(l).has(key)) return false;
    if (props) return matchProps(props(row, ctx), (name) => nodeProperty(ctx, key, name));
    return true;
  };
}

export function makeRelCheck(props: Fn | null): RelCheck | null {
  if (!props) return null;
  return (key, row, ctx) => matchProps(props(row, ctx), (name) => relProperty(ctx, key, name));
}

function matchProps(map: Value, get: (name: string) => Value): boolean {
  if (map === null) return false;
  if (!isValueMap(map)) return false;
  for (const k in map) {
    if (equals(get(k), map[k]) !== true) return false;
  }
  return true;
}
