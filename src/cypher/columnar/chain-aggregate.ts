/**
 * VectorisedAggregate: MATCH of one chain pattern + aggregation, computed over the columnar store
 * (typed-array CSR, numeric columns, label bitmaps) without a row object per match.
 *
 * It replays the row-at-a-time plan exactly: same start (label scan, all nodes, or index seek), same
 * expansion order and directions, same relationship uniqueness, and it meets matches in the same order,
 * so groups appear in the same first-seen order and sums add in the same order (Integer sums stay
 * Integer, a Float anywhere makes the sum Float). Whatever it cannot represent exactly (a non-numeric
 * value in an aggregated column, an integer sum beyond 2^53, a seek value the index does not hold) makes
 * it run the row-at-a-time plan it carries instead, before emitting anything.
 */
import { tick, nodeProperty, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef } from '../runtime/entities.ts';
import type { Row, Value } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import type { Direction } from '../operators/expand.ts';
import { groupKey } from '../expressions/compare.ts';
import { indexKey } from '../storage/indexes.ts';
import type { CypherValue } from '../values.ts';
import { columnarStore, FLOAT, INT, ABSENT, type ColumnarStore, type NumericColumn } from './store.ts';

export interface ChainStart {
  kind: 'label' | 'all' | 'seek';
  variable: string;
  /** The scanned or seek label. */
  label: string | null;
  /** Labels every start node must also have. */
  labels: readonly string[];
  seek: { property: string; value: Fn } | null;
}

export interface ChainStep {
  /** Node slot expanded from (0 is the start node; slot k + 1 is bound by step k). */
  from: number;
  rel: string;
  to: string;
  types: readonly string[];
  direction: Direction;
  toLabels: readonly string[];
  /** Earlier steps whose relationship this one must differ from. */
  unique: number[];
}

export interface ChainPattern { start: ChainStart; steps: ChainStep[] }

export interface GroupSpec { name: string; slot: number; property: string | null }

export type VecFn = 'count' | 'sum' | 'avg' | 'min' | 'max';

/** An aggregate: count(*) (on null), or fn over a property of a relationship (step index) or node slot. */
export interface VecAggregate { slotName: string; fn: VecFn; on: { rel: boolean; slot: number; property: string } | null }

const LIMIT = 2 ** 53;

/** How often the columnar path answered, and how often it handed over to the row path (for tests). */
export const columnarStats = { vectorised: 0, fallbacks: 0, shortestPaths: 0 };

/** Accumulators of one aggregate over all groups (grown as groups appear). */
class Acc {
  n: Float64Array;
  a: Float64Array; // integer sum, float sum of avg, best value
  b: Float64Array; // float sum
  k: Uint8Array; // sum: saw a float; min/max: kind of the best value
  constructor(cap: number) {
    this.n = new Float64Array(cap);
    this.a = new Float64Array(cap);
    this.b = new Float64Array(cap);
    this.k = new Uint8Array(cap);
  }
  grow(cap: number): void {
    const g = <T extends Float64Array | Uint8Array>(x: T, make: (n: number) => T): T => { const y = make(cap); y.set(x); return y; };
    this.n = g(this.n, (c) => new Float64Array(c));
    this.a = g(this.a, (c) => new Float64Array(c));
    this.b = g(this.b, (c) => new Float64Array(c));
    this.k = g(this.k, (c) => new Uint8Array(c));
  }
}

export class VectorisedAggregate implements Operator {
  readonly name = 'VectorisedAggregate';
  readonly children: Operator[];
  constructor(
    readonly pattern: ChainPattern,
    readonly group: GroupSpec | null,
    readonly aggregates: VecAggregate[],
    /** The row-at-a-time plan (EagerAggregation over the MATCH) used when the columns cannot answer. */
    readonly fallback: Operator,
  ) {
    this.children = [fallback];
  }

  detail(): string {
    const p = this.pattern;
    let s = `(${p.start.variable.trim()}${p.start.label ? ':' + p.start.label : ''})`;
    for (const st of p.steps) {
      const t = st.types.length ? ':' + st.types.join('|') : '';
      s += `${st.direction === 'in' ? '<-' : '-'}[${st.rel.trim()}${t}]${st.direction === 'out' ? '->' : '-'}(${st.to.trim()})`;
    }
    const how = p.start.kind === 'seek' ? 'index seek' : p.start.kind === 'label' ? 'label bitmap scan' : 'all nodes scan';
    return `columnar: ${how}, CSR ${s}; keys: ${this.group ? this.group.name.trim() : '-'}; ${this.aggregates.map((a) => a.fn).join(', ')}; `
      + 'row-at-a-time plan below when a column holds non-numeric values';
  }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    if (ctx.columnar !== false) {
      if (this.run(ctx, arg, emit)) { columnarStats.vectorised++; return; }
      columnarStats.fallbacks++;
    }
    this.fallback.execute(ctx, arg, emit);
  }

  /** Computes and emits the groups; false (nothing emitted) when the row path must answer. */
  private run(ctx: ExecContext, arg: Row, emit: (row: Row) => void): boolean {
    const store = columnarStore(ctx.graph, ctx.adapter);
    // a write query over a changed graph: rebuilding per run could repeat for every outer row
    if (ctx.stable !== true && !store.built) return false;
    const { start, steps } = this.pattern;
    const n = store.nodeCount;
    // columns: any value they cannot represent sends the query to the row path
    const columns: (NumericColumn | null)[] = [];
    for (const a of this.aggregates) {
      if (!a.on) { columns.push(null); continue; }
      const col = a.on.rel ? store.relColumn(a.on.property) : store.nodeColumn(a.on.property);
      if (col.exotic > 0) return false;
      columns.push(col);
    }
    // start nodes
    let starts: Int32Array | null = null;
    if (start.kind === 'label') starts = store.label(ctx.indexes, start.label!).order;
    else if (start.kind === 'seek') {
      const value = start.seek!.value(arg, ctx);
      if (value === null) starts = new Int32Array(0);
      else {
        const k = indexKey(value as CypherValue);
        if (k === null) return false;
        const keys = ctx.indexes.propertyIndex(start.label!, start.seek!.property).byValue.get(k);
        starts = new Int32Array(keys ? keys.size : 0);
        let j = 0;
        if (keys) for (const key of keys) starts[j++] = store.nodeIndexOf(key);
      }
    }
    const startMembers = start.labels.map((l) => store.label(ctx.indexes, l).member);
    // the row path's in-edge order matters only when groups or Float additions could see it
    const exact = this.group !== null || columns.some((c) => c !== null && c.floats > 0);
    const stepPlans = steps.map((st) => planStep(store, ctx, st, exact));

    // groups
    const group = this.group;
    const groupOf = group ? new Int32Array(n).fill(-1) : null;
    const groupValues: Value[] = [];
    const partition: number[] = [];
    const byString = new Map<string, number>();
    const byKey = new Map<string, number>();
    let cap = group ? 64 : 1;
    const accs = this.aggregates.map(() => new Acc(cap));
    let groups = group ? 0 : 1;
    let overflow = false;
    const aggs = this.aggregates;
    const nAgg = aggs.length;
    const fns = aggs.map((a) => a.fn);
    const onRel = aggs.map((a) => a.on?.rel ?? false);
    const onSlot = aggs.map((a) => a.on?.slot ?? 0);

    const nodeAt = new Int32Array(steps.length + 1);
    const edgeAt = new Int32Array(steps.length);

    const newGroup = (node: number): number => {
      const key = store.nodeKey(node);
      let v: Value;
      let part: number;
      let g: number | undefined;
      if (group!.property === null) { v = new NodeRef(key); part = 2; }
      else {
        v = nodeProperty(ctx, key, group!.property);
        if (typeof v === 'string') { part = 1; g = byString.get(v); }
        else { part = 0; g = byKey.get(groupKey(v)); }
      }
      if (g !== undefined) return g;
      g = groups++;
      if (g >= cap) { cap *= 2; for (const a of accs) a.grow(cap); }
      groupValues.push(v);
      partition.push(part);
      if (part === 1) byString.set(v as string, g);
      else if (part === 0) byKey.set(groupKey(v), g);
      return g;
    };

    const accumulate = (): void => {
      if ((++ctx.ticks & 4095) === 0) tick(ctx);
      let g = 0;
      if (groupOf !== null) {
        const node = nodeAt[group!.slot];
        g = groupOf[node];
        if (g < 0) { g = newGroup(node); groupOf[node] = g; }
      }
      for (let i = 0; i < nAgg; i++) {
        const acc = accs[i];
        const col = columns[i];
        if (col === null) { acc.n[g]++; continue; }
        const at = onRel[i] ? edgeAt[onSlot[i]] : nodeAt[onSlot[i]];
        const kind = col.kind[at];
        if (kind === ABSENT) continue;
        const x = col.values[at];
        switch (fns[i]) {
          case 'count': acc.n[g]++; break;
          case 'sum':
            if (kind === INT) {
              const s = acc.a[g] + x;
              if (s >= LIMIT || s <= -LIMIT) overflow = true;
              acc.a[g] = s;
            } else { acc.b[g] += x; acc.k[g] = 1; }
            break;
          case 'avg': acc.a[g] += x; acc.n[g]++; break;
          case 'min': case 'max': {
            const k = acc.k[g];
            if (k === 0 || (fns[i] === 'min' ? x < acc.a[g] : x > acc.a[g])) { acc.a[g] = x; acc.k[g] = kind; }
            break;
          }
        }
      }
    };

    const last = steps.length;
    const edgeSrc = store.edgeSrc;
    const edgeDst = store.edgeDst;
    const edgeType = store.edgeType;
    const expand = (k: number): void => {
      if (k === last) { accumulate(); return; }
      const sp = stepPlans[k];
      const from = nodeAt[sp.from];
      const unique = sp.unique;
      const members = sp.members;
      for (let pass = 0; pass < 2; pass++) {
        const adj = pass === 0 ? sp.out : sp.in;
        if (adj === null) continue;
        const other = pass === 0 ? edgeDst : edgeSrc;
        const list = adj.edges;
        for (let j = adj.off[from], end = adj.off[from + 1]; j < end; j++) {
          const e = list === null ? j : list[j];
          if (sp.typeMask !== null && sp.typeMask[edgeType[e]] !== 1) continue;
          if (pass === 1 && sp.both && edgeSrc[e] === edgeDst[e]) continue; // a self-loop was seen as outgoing
          let used = false;
          for (let u = 0; u < unique.length; u++) if (edgeAt[unique[u]] === e) { used = true; break; }
          if (used) continue;
          const o = other[e];
          let ok = true;
          for (let l = 0; l < members.length; l++) if (members[l][o] !== 1) { ok = false; break; }
          if (!ok) continue;
          nodeAt[k + 1] = o;
          edgeAt[k] = e;
          expand(k + 1);
        }
      }
    };

    const visitStart = (s: number): void => {
      if (s < 0) return;
      for (let l = 0; l < startMembers.length; l++) if (startMembers[l][s] !== 1) return;
      nodeAt[0] = s;
      expand(0);
    };
    if (starts === null) for (let s = 0; s < n; s++) { tick(ctx); visitStart(s); }
    else for (let j = 0; j < starts.length; j++) { tick(ctx); visitStart(starts[j]); }
    if (overflow) return false;

    // emit in the row path's order: other keys, then string keys, then node keys, each first-seen
    const emitGroup = (g: number): void => {
      const row: Row = {};
      if (group) row[group.name] = groupValues[g];
      for (let i = 0; i < nAgg; i++) row[aggs[i].slotName] = result(fns[i], accs[i], g);
      emit(row);
    };
    if (!group) { emitGroup(0); return true; }
    for (const part of [0, 1, 2]) for (let g = 0; g < groups; g++) if (partition[g] === part) emitGroup(g);
    return true;
  }
}

function result(fn: VecFn, acc: Acc, g: number): Value {
  switch (fn) {
    case 'count': return BigInt(acc.n[g]);
    case 'sum': return acc.k[g] === 1 ? acc.b[g] + acc.a[g] : BigInt(acc.a[g]);
    case 'avg': return acc.n[g] === 0 ? null : acc.a[g] / acc.n[g];
    default: {
      const k = acc.k[g];
      if (k === 0) return null;
      return k === FLOAT ? acc.a[g] : BigInt(acc.a[g]);
    }
  }
}

interface StepPlan {
  from: number;
  out: { off: Int32Array; edges: Int32Array | null } | null;
  in: { off: Int32Array; edges: Int32Array | null } | null;
  both: boolean;
  typeMask: Uint8Array | null;
  members: Uint8Array[];
  unique: number[];
}

const NO_EDGES = { off: new Int32Array(1), edges: new Int32Array(0) };

function planStep(store: ColumnarStore, ctx: ExecContext, st: ChainStep, exact: boolean): StepPlan {
  const ids = st.types.map((t) => store.typeId(t)).filter((id) => id >= 0);
  let typeMask: Uint8Array | null = null;
  const adjacency = (dir: 'out' | 'in'): StepPlan['out'] => {
    if (st.types.length === 0 || ids.length > 1) {
      return dir === 'out' ? { off: store.outOff, edges: null } : store.inAdjacency(exact);
    }
    if (ids.length === 0) return { off: new Int32Array(store.nodeCount + 1), edges: NO_EDGES.edges };
    return store.typed(ids[0], dir, exact);
  };
  if (st.types.length > 0 && ids.length > 1) {
    let max = 0;
    for (const id of ids) max = Math.max(max, id);
    typeMask = new Uint8Array(max + 1);
    for (const id of ids) typeMask[id] = 1;
  }
  // edgeType ids beyond the mask read undefined: not 1, so filtered out
  return {
    from: st.from,
    out: st.direction !== 'in' ? adjacency('out') : null,
    in: st.direction !== 'out' ? adjacency('in') : null,
    both: st.direction === 'both',
    typeMask,
    members: st.toLabels.map((l) => store.label(ctx.indexes, l).member),
    unique: st.unique,
  };
}
