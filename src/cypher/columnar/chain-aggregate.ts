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
import { orderCompare } from '../expressions/compare.ts';
import { countValue } from '../operators/skip-limit.ts';
import { CypherError } from '../errors.ts';
import { indexKey } from '../storage/indexes.ts';
import type { CypherValue } from '../values.ts';
import { columnarStore, FLOAT, INT, ABSENT, type ColumnarStore, type NumericColumn, type Ranges } from './store.ts';

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
  /** Node slots the node this step binds must differ from (WHERE a <> b). */
  differ: number[];
}

export interface ChainPattern { start: ChainStart; steps: ChainStep[]; /** the WHERE conjuncts replayed, for EXPLAIN */ where: string[] }

export interface GroupSpec { name: string; slot: number; property: string | null }

export type VecFn = 'count' | 'sum' | 'avg' | 'min' | 'max';

/** An aggregate: count(*) (on null), or fn over a property of a relationship (step index) or node slot. */
export interface VecAggregate { slotName: string; fn: VecFn; on: { rel: boolean; slot: number; property: string } | null }

const LIMIT = 2 ** 53;

const timeout = (): CypherError => new CypherError('Timeout', 'The query exceeded its time limit', 'runtime', 'Timeout');

/** How often the columnar path answered, and how often it handed over to the row path (for tests). */
export const columnarStats = { vectorised: 0, fallbacks: 0, shortestPaths: 0 };

/** Accumulators of one aggregate over all groups. */
class Acc {
  readonly n: Float64Array;
  readonly a: Float64Array; // integer sum, float sum of avg, best value
  readonly b: Float64Array; // float sum
  readonly k: Uint8Array; // sum: saw a float; min/max: kind of the best value
  constructor(cap: number, fn: VecFn) {
    // only the arrays the function uses are group-sized
    const size = (used: boolean): number => (used ? cap : 0);
    this.n = new Float64Array(size(fn === 'count' || fn === 'avg'));
    this.a = new Float64Array(size(fn !== 'count'));
    this.b = new Float64Array(size(fn === 'sum'));
    this.k = new Uint8Array(size(fn === 'sum' || fn === 'min' || fn === 'max'));
  }
}

/** The group-sized arrays of one run. */
class Buffers {
  busy = false;
  readonly accs: Acc[];
  readonly groupOf: Int32Array;
  readonly firstOf: Int32Array;
  readonly order: Int32Array;
  readonly d: Float64Array;
  readonly keep: Uint8Array;
  /** group → its code (the groupOf entry it set) */
  readonly codeOf: Int32Array;
  /** Groups the last run made (cap when unknown: a run that threw); only those are zeroed. */
  used = 0;
  constructor(readonly cap: number, readonly fns: VecFn[]) {
    this.accs = fns.map((f) => new Acc(cap, f));
    this.codeOf = new Int32Array(cap);
    this.groupOf = new Int32Array(cap).fill(-1);
    this.used = cap; // set to the groups made when a run completes
    this.firstOf = new Int32Array(cap);
    this.order = new Int32Array(cap);
    this.d = new Float64Array(cap);
    this.keep = new Uint8Array(cap);
  }
  /**
   * Zeroes what the last run touched: a point query over a dictionary of the whole graph's names meets
   * a few groups, and zeroing every group-sized array (MBs) was most of its time.
   */
  reset(): void {
    const u = this.used;
    // accumulators are indexed by group (0 .. u - 1), groupOf by code (scattered)
    for (const a of this.accs) { a.n.fill(0, 0, u); a.a.fill(0, 0, u); a.b.fill(0, 0, u); a.k.fill(0, 0, u); }
    if (u * 4 < this.cap) for (let g = 0; g < u; g++) this.groupOf[this.codeOf[g]] = -1;
    else this.groupOf.fill(-1);
    this.used = this.cap;
  }
}

/** One aggregate's update for a match, specialised by function and column (monomorphic closures). */
function kernel(
  agg: VecAggregate, col: NumericColumn | null, acc: Acc, nodeAt: Int32Array, edgeAt: Int32Array, state: { overflow: boolean },
): (g: number) => void {
  const { n, a: A, b: B, k: K } = acc;
  if (col === null) return (g) => { n[g]++; };
  const at = agg.on!.rel ? edgeAt : nodeAt;
  const slot = agg.on!.slot;
  const kind = col.kind;
  const values = col.values;
  switch (agg.fn) {
    case 'count': return (g) => { if (kind[at[slot]] !== ABSENT) n[g]++; };
    case 'sum': return (g) => {
      const i = at[slot];
      const k = kind[i];
      if (k === INT) {
        const s = A[g] + values[i];
        if (s >= LIMIT || s <= -LIMIT) state.overflow = true;
        A[g] = s;
      } else if (k === FLOAT) { B[g] += values[i]; K[g] = 1; }
    };
    case 'avg': return (g) => {
      const i = at[slot];
      if (kind[i] !== ABSENT) { A[g] += values[i]; n[g]++; }
    };
    case 'min': return (g) => {
      const i = at[slot];
      const k = kind[i];
      if (k !== ABSENT && (K[g] === 0 || values[i] < A[g])) { A[g] = values[i]; K[g] = k; }
    };
    case 'max': return (g) => {
      const i = at[slot];
      const k = kind[i];
      if (k !== ABSENT && (K[g] === 0 || values[i] > A[g])) { A[g] = values[i]; K[g] = k; }
    };
  }
}

/**
 * ORDER BY … LIMIT pushed into the aggregation: only the groups a stable sort would keep are emitted
 * (in their first-seen order; the Sort and Limit above still order and cut them, so ties keep the
 * row path's order). Keys are the grouping value (agg -1) or an aggregate's result.
 */
export interface TopK { keys: { agg: number; descending: boolean }[]; skip: Fn | null; limit: Fn }

export class VectorisedAggregate implements Operator {
  readonly name = 'VectorisedAggregate';
  readonly children: Operator[];
  /** Set by the planner (plan-columnar.ts) for ORDER BY … LIMIT over this aggregation's columns. */
  topK: TopK | null = null;
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
    const top = this.topK ? '; top-k of ORDER BY … LIMIT' : '';
    if (p.where.length > 0) s += ` WHERE ${p.where.join(' AND ')}`;
    return `columnar: ${how}, CSR ${s}; keys: ${this.group ? this.group.name.trim() : '-'}; ${this.aggregates.map((a) => a.fn).join(', ')}${top}; `
      + 'row-at-a-time plan below when a column holds non-numeric values';
  }

  private pool: Buffers | null = null;

  /** Group-sized arrays, zeroed: the pooled ones when free and of the right size. */
  private buffers(cap: number): Buffers {
    const p = this.pool;
    if (p !== null && !p.busy && p.cap === cap) { p.reset(); p.busy = true; return p; }
    const b = new Buffers(cap, this.aggregates.map((a) => a.fn));
    if (p === null || !p.busy) this.pool = b;
    b.busy = true;
    return b;
  }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    if (ctx.columnar !== false) {
      let done: boolean;
      const owner = this.pool === null || !this.pool.busy; // a nested run uses buffers of its own
      try { done = this.run(ctx, arg, emit); } finally { if (owner && this.pool !== null) this.pool.busy = false; }
      if (done) { columnarStats.vectorised++; return; }
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
    // the row path's edge order matters only when groups or Float additions could see it: groups met
    // first at the start node come in the start order whatever the expansion order
    const exact = (this.group !== null && this.group.slot > 0) || columns.some((c) => c !== null && c.floats > 0);
    const stepPlans = steps.map((st) => planStep(store, ctx, st, exact));

    // groups: by node, or by a node property dictionary-encoded once in the store (codes per node)
    const group = this.group;
    const aggs = this.aggregates;
    const nAgg = aggs.length;
    const dict = group !== null && group.property !== null ? store.nodeDictionary(group.property) : null;
    const cap = group === null ? 1 : dict !== null ? dict.values.length : n;
    // group-sized arrays are kept between runs (a query allocating ~1 MB each run wakes full GCs of
    // the graph's large heap); a run nested in another gets its own
    const buf = this.buffers(cap);
    const groupOf = group !== null ? buf.groupOf : null; // code or node → group
    const codeOf = buf.codeOf;
    const firstOf = buf.firstOf; // group → the first node met in it
    let groups = group !== null ? 0 : 1;
    const accs = buf.accs;
    const state = { overflow: false };
    const nodeAt = new Int32Array(steps.length + 1);
    const edgeAt = new Int32Array(steps.length);
    const kernels = aggs.map((a, i) => kernel(a, columns[i], accs[i], nodeAt, edgeAt, state));
    const fns = aggs.map((a) => a.fn);
    const codes = dict !== null ? dict.codes : null;
    const gslot = group !== null ? group.slot : 0;

    const accumulate = (): void => {
      if ((++ctx.ticks & 4095) === 0) tick(ctx);
      let g = 0;
      if (groupOf !== null) {
        const node = nodeAt[gslot];
        const c = codes === null ? node : codes[node];
        g = groupOf[c];
        if (g < 0) { g = groups++; groupOf[c] = g; firstOf[g] = node; codeOf[g] = c; }
      }
      for (let i = 0; i < nAgg; i++) kernels[i](g);
    };
    // count(*) only, no grouping: the last step just counts the relationships that qualify
    const countOnly = group === null && aggs.every((a) => a.on === null);
    let counted = 0;

    const last = steps.length;
    const edgeSrc = store.edgeSrc;
    const edgeDst = store.edgeDst;
    const edgeType = store.edgeType;
    // last step in ranges: when the group is known before it and the aggregates read only the last
    // relationship / node (or count), the qualifying relationships of one node are collected and each
    // aggregate folds them in one call (same additions in the same order as one at a time)
    const lastRel = last - 1;
    const ranged = !countOnly && last > 0 && gslot !== last
      && aggs.every((a) => a.on === null || (a.on.rel ? a.on.slot === lastRel : a.on.slot === last));
    let rangeE = new Int32Array(ranged ? 256 : 0);
    let rangeN = new Int32Array(ranged ? 256 : 0);
    const folds = ranged ? aggs.map((a, i) => fold(a, columns[i], accs[i], state)) : [];
    // the last step's range folded in place: one direction, no type mask, nothing to check per
    // relationship, and no aggregate reading the far node
    const relOnly = aggs.every((a) => a.on === null || a.on.rel);
    const inPlace = stepPlans.map((sp, k) => ranged && relOnly && k === lastRel && (sp.out === null) !== (sp.in === null)
      && sp.typeMask === null && sp.unique.length === 0 && sp.members.length === 0 && sp.differ.length === 0);
    const groupAt = (): number => {
      if (groupOf === null) return 0;
      const node = nodeAt[gslot];
      const c = codes === null ? node : codes[node];
      let g = groupOf[c];
      if (g < 0) { g = groups++; groupOf[c] = g; firstOf[g] = node; codeOf[g] = c; }
      return g;
    };

    const expand = (k: number): void => {
      if (k === last) { accumulate(); return; }
      const counting = countOnly && k === last - 1;
      const collecting = ranged && k === lastRel;
      let len = 0;
      const sp = stepPlans[k];
      const from = nodeAt[sp.from];
      if (inPlace[k]) {
        const adj = sp.out ?? sp.in!;
        if (adj.ready !== null && adj.ready[from] === 0) adj.fill(from);
        const lo = adj.off[from];
        const hi = adj.off[from + 1];
        if (hi === lo) return;
        ctx.ticks += hi - lo;
        if ((ctx.ticks & 4095) < hi - lo && Date.now() > ctx.deadline) throw timeout();
        const g = groupAt();
        for (let i = 0; i < nAgg; i++) folds[i](g, adj.edges, null, lo, hi);
        return;
      }
      const unique = sp.unique;
      const members = sp.members;
      const differ = sp.differ;
      for (let pass = 0; pass < 2; pass++) {
        const adj = pass === 0 ? sp.out : sp.in;
        if (adj === null) continue;
        if (adj.ready !== null && adj.ready[from] === 0) adj.fill(from);
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
          for (let u = 0; u < differ.length; u++) if (nodeAt[differ[u]] === o) { ok = false; break; }
          if (!ok) continue;
          if (counting) { counted++; if ((++ctx.ticks & 4095) === 0) tick(ctx); continue; }
          if (collecting) {
            if (len === rangeE.length) {
              const e2 = new Int32Array(len * 2); e2.set(rangeE); rangeE = e2;
              const n2 = new Int32Array(len * 2); n2.set(rangeN); rangeN = n2;
            }
            rangeE[len] = e;
            rangeN[len++] = o;
            continue;
          }
          nodeAt[k + 1] = o;
          edgeAt[k] = e;
          expand(k + 1);
        }
      }
      if (collecting && len > 0) {
        ctx.ticks += len;
        if ((ctx.ticks & 4095) < len && Date.now() > ctx.deadline) throw timeout();
        const g = groupAt();
        for (let i = 0; i < nAgg; i++) folds[i](g, rangeE, rangeN, 0, len);
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
    if (countOnly) for (const a of accs) a.n[0] += counted;
    buf.used = groups;
    if (state.overflow) return false;

    // emit in the row path's order: other keys, then string keys, then node keys, each first-seen
    // a group's value is its first row's (1 and 1.0 group together; the first one met is shown)
    const groupValue = (g: number): Value => {
      const node = firstOf[g];
      if (dict === null) return new NodeRef(store.nodeKey(node));
      const c = dict.codes[node];
      return dict.partition[c] === 1 ? dict.values[c] : nodeProperty(ctx, store.nodeKey(node), group!.property!);
    };
    const emitGroup = (g: number): void => {
      const row: Row = {};
      if (group) row[group.name] = groupValue(g);
      for (let i = 0; i < nAgg; i++) row[aggs[i].slotName] = result(fns[i], accs[i], g);
      emit(row);
    };
    if (!group) { emitGroup(0); return true; }
    const order = buf.order.subarray(0, groups);
    let placed = 0;
    if (dict === null) for (let g = 0; g < groups; g++) order[placed++] = g; // node keys only
    else {
      const { partition, codes: dc } = dict;
      for (let part = 0; part < 2; part++) for (let g = 0; g < groups; g++) if (partition[dc[firstOf[g]]] === part) order[placed++] = g;
    }
    const keep = this.topK
      ? this.selectTop(ctx, arg, order, buf, (g, agg) => (agg < 0 ? groupValue(g) : result(fns[agg], accs[agg], g)), (o, agg, into) => numericInto(fns[agg], accs[agg], o, into))
      : null;
    if (keep === null) for (const g of order) emitGroup(g);
    else for (let i = 0; i < order.length; i++) if (keep[i] === 1) emitGroup(order[i]);
    return true;
  }

  /** Marks (by emission position) the groups a stable ORDER BY … LIMIT keeps; null to keep all. */
  private selectTop(
    ctx: ExecContext, arg: Row, order: Int32Array, buf: Buffers, key: (g: number, agg: number) => Value, approx: (order: Int32Array, agg: number, into: Float64Array) => void,
  ): Uint8Array | null {
    const top = this.topK!;
    let n: number;
    try {
      n = countValue(top.limit(arg, ctx), 'LIMIT') + (top.skip ? countValue(top.skip(arg, ctx), 'SKIP') : 0);
    } catch {
      return null; // the Limit / Skip above raise the error
    }
    if (n >= order.length) return null;
    const keys = top.keys;
    const nk = keys.length;
    // first key an aggregate: its numeric value (exact: integer sums stay below 2^53) rules out every
    // group strictly worse than the n-th best; nulls and NaN (NaN: no number) stay candidates
    let candidate: ((pos: number) => boolean) | null = null;
    if (keys[0].agg >= 0) {
      const first = keys[0];
      const d = buf.d;
      approx(order, first.agg, d);
      // the n best numbers seen, best first (insertion into a small sorted array); compared as
      // negated values when descending, so one loop serves both
      const sign = first.descending ? -1 : 1;
      const nums = new Float64Array(n);
      let filled = 0;
      for (let pos = 0; pos < order.length; pos++) {
        const x = sign * d[pos];
        if (Number.isNaN(x) || (filled === n && !(x < nums[n - 1]))) continue;
        let i = filled < n ? filled++ : n - 1;
        while (i > 0 && x < nums[i - 1]) { nums[i] = nums[i - 1]; i--; }
        nums[i] = x;
      }
      if (filled === n && n > 0) {
        const bound = sign * nums[n - 1];
        candidate = first.descending ? (pos) => !(d[pos] < bound) : (pos) => !(d[pos] > bound);
      }
    }
    const best: { pos: number; values: Value[] }[] = [];
    const cmp = (a: Value[], b: Value[]): number => {
      for (let i = 0; i < nk; i++) {
        const c = orderCompare(a[i], b[i]);
        if (c !== 0) return keys[i].descending ? -c : c;
      }
      return 0;
    };
    for (let pos = 0; pos < order.length && n > 0; pos++) {
      if (candidate !== null && !candidate(pos)) continue;
      const g = order[pos];
      const values = new Array<Value>(nk);
      for (let i = 0; i < nk; i++) values[i] = key(g, keys[i].agg);
      if (best.length === n && cmp(values, best[n - 1].values) >= 0) continue;
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cmp(best[mid].values, values) <= 0) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, { pos, values });
      if (best.length > n) best.pop();
    }
    const keep = buf.keep.subarray(0, order.length).fill(0);
    for (const b of best) keep[b.pos] = 1;
    return keep;
  }
}

/**
 * One aggregate folding a range of matches into group g: entries lo .. hi - 1 of `es` (relationships;
 * null: the numbers lo .. hi - 1 themselves) and `ns` (their far nodes; null when no aggregate reads them).
 */
type Fold = (g: number, es: Int32Array | null, ns: Int32Array | null, lo: number, hi: number) => void;
function fold(agg: VecAggregate, col: NumericColumn | null, acc: Acc, state: { overflow: boolean }): Fold {
  const { n, a: A, b: B, k: K } = acc;
  if (col === null) return (g, _es, _ns, lo, hi) => { n[g] += hi - lo; };
  const onRel = agg.on!.rel;
  const kind = col.kind;
  const values = col.values;
  switch (agg.fn) {
    case 'count': return (g, es, ns, lo, hi) => {
      const at = onRel ? es : ns;
      let c = 0;
      for (let j = lo; j < hi; j++) if (kind[at === null ? j : at[j]] !== ABSENT) c++;
      n[g] += c;
    };
    case 'sum': return (g, es, ns, lo, hi) => {
      const at = onRel ? es : ns;
      let a = A[g];
      let b = B[g];
      let f = K[g];
      // no partial sum can reach 2^53 when |start| + len × the largest |integer| stays below it: then
      // the per-addition check is left out
      if (Math.abs(a) + (hi - lo) * col.maxAbsInt < LIMIT) {
        for (let j = lo; j < hi; j++) {
          const i = at === null ? j : at[j];
          const k = kind[i];
          if (k === INT) a += values[i];
          else if (k === FLOAT) { b += values[i]; f = 1; }
        }
      } else {
        for (let j = lo; j < hi; j++) {
          const i = at === null ? j : at[j];
          const k = kind[i];
          if (k === INT) {
            a += values[i];
            if (a >= LIMIT || a <= -LIMIT) state.overflow = true;
          } else if (k === FLOAT) { b += values[i]; f = 1; }
        }
      }
      A[g] = a;
      B[g] = b;
      K[g] = f;
    };
    case 'avg': return (g, es, ns, lo, hi) => {
      const at = onRel ? es : ns;
      let a = A[g];
      let c = n[g];
      for (let j = lo; j < hi; j++) {
        const i = at === null ? j : at[j];
        if (kind[i] !== ABSENT) { a += values[i]; c++; }
      }
      A[g] = a;
      n[g] = c;
    };
    case 'min': case 'max': {
      const min = agg.fn === 'min';
      return (g, es, ns, lo, hi) => {
        const at = onRel ? es : ns;
        for (let j = lo; j < hi; j++) {
          const i = at === null ? j : at[j];
          const k = kind[i];
          if (k !== ABSENT && (K[g] === 0 || (min ? values[i] < A[g] : values[i] > A[g]))) { A[g] = values[i]; K[g] = k; }
        }
      };
    }
  }
}

/** An aggregate's result as a double (NaN for null): the value orderCompare ranks numbers by. */
function numeric(fn: VecFn, acc: Acc, g: number): number {
  switch (fn) {
    case 'count': return acc.n[g];
    case 'sum': return acc.k[g] === 1 ? acc.b[g] + acc.a[g] : acc.a[g];
    case 'avg': return acc.n[g] === 0 ? NaN : acc.a[g] / acc.n[g];
    default: return acc.k[g] === 0 ? NaN : acc.a[g];
  }
}

/** `numeric` of the groups in `order`, into `into` (by position): one loop per function. */
function numericInto(fn: VecFn, acc: Acc, order: Int32Array, into: Float64Array): void {
  const { n, a, b, k } = acc;
  const len = order.length;
  switch (fn) {
    case 'count': for (let p = 0; p < len; p++) into[p] = n[order[p]]; return;
    case 'sum': for (let p = 0; p < len; p++) { const g = order[p]; into[p] = k[g] === 1 ? b[g] + a[g] : a[g]; } return;
    default: for (let p = 0; p < len; p++) into[p] = numeric(fn, acc, order[p]);
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
  out: Ranges | null;
  in: Ranges | null;
  both: boolean;
  typeMask: Uint8Array | null;
  members: Uint8Array[];
  unique: number[];
  differ: number[];
}

const NO_EDGES = { off: new Int32Array(1), edges: new Int32Array(0) };

function planStep(store: ColumnarStore, ctx: ExecContext, st: ChainStep, exact: boolean): StepPlan {
  const ids = st.types.map((t) => store.typeId(t)).filter((id) => id >= 0);
  let typeMask: Uint8Array | null = null;
  const adjacency = (dir: 'out' | 'in'): StepPlan['out'] => {
    if (st.types.length === 0 || ids.length > 1) {
      return dir === 'out' ? store.outAdjacency(exact) : store.inAdjacency(exact);
    }
    if (ids.length === 0) return { off: new Int32Array(store.nodeCount + 1), edges: NO_EDGES.edges, ready: null, fill: () => {} };
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
    differ: st.differ,
  };
}
