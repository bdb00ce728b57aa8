/**
 * The planner's hooks into the columnar paths: recognises plans the columnar store can answer exactly
 * and wraps them, keeping the row-at-a-time plan as the fallback (and as what `columnar: false` runs).
 *
 * - `fastShortestFor`: shortestPath between bound nodes without property maps or path predicates.
 * - `planAggregate`: an aggregation directly over one MATCH chain (a label scan, all-nodes scan or index
 *   seek, then expansions whose node checks are labels only, no WHERE) with at most one grouping key (a
 *   node or a node property) and count / sum / avg / min / max of counts or properties of the chain.
 */
import type { Expr } from '../ast.ts';
import type { Operator } from '../runtime/context.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { Aggregate, type AggregateSpec } from '../operators/aggregate.ts';
import { Argument } from '../operators/argument.ts';
import { Expand } from '../operators/expand.ts';
import { Filter } from '../operators/filter.ts';
import { IndexSeek } from '../operators/index-seek.ts';
import { LabelScan } from '../operators/label-scan.ts';
import { NodeScan } from '../operators/node-scan.ts';
import { checkedLabels } from '../operators/node-check.ts';
import type { ShortestPath } from '../operators/shortest-path.ts';
import { columnarShortest, type FastShortest } from './shortest-path.ts';
import { VectorisedAggregate, type TopK, type ChainPattern, type ChainStart, type ChainStep, type GroupSpec, type VecAggregate, type VecFn } from './chain-aggregate.ts';

/** The chain a MATCH plan walks, when it is one the columnar store can replay. */
export function chainOf(source: Operator): { pattern: ChainPattern; nodes: string[]; rels: string[] } | null {
  const expands: Expand[] = [];
  let op = source;
  // WHERE a <> b between two nodes of the chain (the planner puts the filters above the whole chain)
  const differ: [string, string][] = [];
  while (op instanceof Filter) {
    const e = op.expr;
    if (e === null || e.kind !== 'Binary' || e.op !== '<>' || e.left.kind !== 'Var' || e.right.kind !== 'Var') return null;
    differ.push([e.left.name, e.right.name]);
    op = op.source;
  }
  while (op instanceof Expand) { expands.unshift(op); op = op.source; }
  let start: ChainStart;
  if (op instanceof LabelScan) {
    const labels = checkedLabels(op.check);
    if (labels === null) return null;
    start = { kind: 'label', variable: op.variable, label: op.label, labels: labels.filter((l) => l !== op.label), seek: null };
  } else if (op instanceof NodeScan) {
    const labels = checkedLabels(op.check);
    if (labels === null) return null;
    start = { kind: 'all', variable: op.variable, label: null, labels, seek: null };
  } else if (op instanceof IndexSeek) {
    const labels = checkedLabels(op.check);
    if (labels === null) return null;
    start = { kind: 'seek', variable: op.variable, label: op.label, labels, seek: { property: op.property, value: op.value } };
  } else return null;
  const leaf = op.children[0];
  if (!(leaf instanceof Argument)) return null;
  const nodes = [start.variable];
  const rels: string[] = [];
  const steps: ChainStep[] = [];
  for (const x of expands) {
    const from = nodes.indexOf(x.from);
    const toLabels = checkedLabels(x.toCheck);
    if (from < 0 || x.toBound || x.relCheck !== null || toLabels === null || nodes.includes(x.to) || rels.includes(x.rel)) return null;
    const unique: number[] = [];
    for (const u of x.uniqueWith) {
      const i = rels.indexOf(u);
      if (i >= 0) unique.push(i);
      else if (!expands.some((y) => y.rel === u)) return null; // a relationship bound outside the chain
    }
    steps.push({ from, rel: x.rel, to: x.to, types: x.types, direction: x.direction, toLabels, unique, differ: [] });
    nodes.push(x.to);
    rels.push(x.rel);
  }
  for (const [a, b] of differ) {
    const i = nodes.indexOf(a);
    const j = nodes.indexOf(b);
    if (i < 0 || j < 0) return null; // a relationship, or a variable bound outside the chain
    if (i === j) return null; // always false: not worth a path of its own
    // checked when the later of the two is bound: the same matches, in the same order, as the Filter
    steps[Math.max(i, j) - 1].differ.push(Math.min(i, j));
  }
  const where = differ.map(([a, b]) => `${a.trim()} <> ${b.trim()}`);
  return { pattern: { start, steps, where }, nodes, rels };
}

const VEC_FNS = new Set<string>(['count', 'sum', 'avg', 'min', 'max']);

/**
 * An aggregation over `source`: a VectorisedAggregate (with the row-at-a-time Aggregate as its
 * fallback) when the columns can answer it, else the Aggregate.
 */
export function planAggregate(
  source: Operator, groups: [string, Fn][], specs: AggregateSpec[], groupExprs: Expr[], calls: Expr[],
): Operator {
  const rowPlan = new Aggregate(source, groups, specs);
  if (groups.length > 1 || specs.length === 0) return rowPlan;
  const chain = chainOf(source);
  if (!chain) return rowPlan;
  const { nodes, rels } = chain;
  let group: GroupSpec | null = null;
  if (groups.length === 1) {
    const e = groupExprs[0];
    if (e.kind === 'Var' && nodes.includes(e.name)) group = { name: groups[0][0], slot: nodes.indexOf(e.name), property: null };
    else if (e.kind === 'Prop' && e.target.kind === 'Var' && nodes.includes(e.target.name)) {
      group = { name: groups[0][0], slot: nodes.indexOf(e.target.name), property: e.key };
    } else return rowPlan;
  }
  const aggs: VecAggregate[] = [];
  for (let i = 0; i < specs.length; i++) {
    const s = specs[i];
    const call = calls[i];
    if (s.distinct || !VEC_FNS.has(s.fn) || s.extra !== null || call.kind !== 'Call') return rowPlan;
    const fn = s.fn as VecFn;
    if (s.star) { aggs.push({ slotName: s.slot, fn, on: null }); continue; }
    const a = call.args[0];
    if (a.kind === 'Var' && fn === 'count' && (nodes.includes(a.name) || rels.includes(a.name))) {
      aggs.push({ slotName: s.slot, fn, on: null }); // a bound node or relationship is never null
      continue;
    }
    if (a.kind !== 'Prop' || a.target.kind !== 'Var') return rowPlan;
    const v = a.target.name;
    if (rels.includes(v)) aggs.push({ slotName: s.slot, fn, on: { rel: true, slot: rels.indexOf(v), property: a.key } });
    else if (nodes.includes(v)) aggs.push({ slotName: s.slot, fn, on: { rel: false, slot: nodes.indexOf(v), property: a.key } });
    else return rowPlan;
  }
  return new VectorisedAggregate(chain.pattern, group, aggs, rowPlan);
}

/**
 * ORDER BY … LIMIT over a vectorised aggregation: when every sort key is a projected column that is the
 * grouping key or an aggregate as such, the aggregation emits only the groups the LIMIT keeps.
 * `orderColumns`: per ORDER BY item, the projected column it names (null for another expression);
 * `columnSource`: per projected column, 'group', an aggregate slot, or null.
 */
export function pushTopK(
  agg: Operator, orderColumns: (string | null)[], descending: boolean[], columnSource: Map<string, string | null>,
  skip: Fn | null, limit: Fn | null,
): void {
  if (!(agg instanceof VectorisedAggregate) || limit === null || orderColumns.length === 0) return;
  const keys: TopK['keys'] = [];
  for (let i = 0; i < orderColumns.length; i++) {
    const col = orderColumns[i];
    const src = col === null ? null : columnSource.get(col) ?? null;
    if (src === null) return;
    if (src === 'group') { keys.push({ agg: -1, descending: descending[i] }); continue; }
    const at = agg.aggregates.findIndex((a) => a.slotName === src);
    if (at < 0) return;
    keys.push({ agg: at, descending: descending[i] });
  }
  agg.topK = { keys, skip, limit };
}

/**
 * The columnar bidirectional search for a ShortestPath that binds one path with no relationship
 * property map and no WHERE on the path, and a minimum length of at most 1; null otherwise.
 */
export function fastShortestFor(sp: ShortestPath): FastShortest | null {
  const f = sp.filters;
  if (sp.all || sp.count !== null || sp.relCheck !== null || sp.min > 1 || f.rel !== null || f.node !== null || f.path !== null) return null;
  return columnarShortest(sp.types, sp.direction, sp.max);
}
