/**
 * Aggregating functions: count, sum, avg, min, max, collect, percentileCont, percentileDisc, stDev,
 * stDevP, each optionally DISTINCT. Nulls are ignored (count(*) counts rows).
 */
import { CypherError } from '../errors.ts';
import { isTemporal } from '../values.ts';
import { typeError, typeName, type Value } from '../runtime/value.ts';
import { add, checkInt } from './arithmetic.ts';
import { groupKey, orderCompare } from './compare.ts';
import { temporalOps } from './temporal-protocol.ts';
import { allocate } from '../runtime/guard.ts';

export const AGGREGATE_NAMES = new Set([
  'count', 'sum', 'avg', 'min', 'max', 'collect', 'percentilecont', 'percentiledisc', 'stdev', 'stdevp',
]);

export interface Aggregator {
  /** extra = value of the second argument (the percentile) for this row. */
  add(v: Value, extra?: Value): void;
  result(): Value;
}

function num(v: Value, fn: string): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  throw typeError(`${fn}() expects numeric values, got ${typeName(v)}`, 'InvalidArgumentType');
}

function percentileOf(v: Value | undefined): number {
  if (v === null || v === undefined) return NaN;
  const p = Number(num(v, 'percentile'));
  if (!(p >= 0 && p <= 1)) throw new CypherError('ArgumentError', `Invalid percentile ${p}: must be between 0.0 and 1.0`, 'runtime', 'NumberOutOfRange');
  return p;
}

export function createAggregator(name: string, distinct: boolean, star: boolean): Aggregator {
  const inner = baseAggregator(name, star);
  return distinct ? new DistinctAggregator(inner) : inner;
}

// Aggregators are classes (not object literals with closures): one is created per group, so this keeps
// group creation cheap.

class DistinctAggregator implements Aggregator {
  private readonly seen = new Set<string>();
  constructor(private readonly inner: Aggregator) {}
  add(v: Value, extra?: Value): void {
    if (v === null) return;
    const k = groupKey(v);
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.inner.add(v, extra);
  }
  result(): Value { return this.inner.result(); }
}

class CountStar implements Aggregator {
  n = 0n;
  add(): void { this.n++; }
  result(): Value { return this.n; }
}

class Count implements Aggregator {
  n = 0n;
  add(v: Value): void { if (v !== null) this.n++; }
  result(): Value { return this.n; }
}

class Sum implements Aggregator {
  private int = 0n;
  private float = 0;
  private isFloat = false;
  private temporal: Value = null;
  add(v: Value): void {
    if (v === null) return;
    if (isTemporal(v)) { this.temporal = this.temporal === null ? v : add(this.temporal, v); return; }
    const x = num(v, 'sum');
    if (typeof x === 'bigint') this.int = checkInt(this.int + x);
    else { this.isFloat = true; this.float += x; }
  }
  result(): Value {
    if (this.temporal !== null) return this.temporal;
    return this.isFloat ? this.float + Number(this.int) : this.int;
  }
}

class Avg implements Aggregator {
  private sum = 0;
  private n = 0;
  private temporal: Value = null;
  add(v: Value): void {
    if (v === null) return;
    this.n++;
    if (isTemporal(v)) { this.temporal = this.temporal === null ? v : add(this.temporal, v); return; }
    this.sum += Number(num(v, 'avg'));
  }
  result(): Value {
    if (this.n === 0) return null;
    if (this.temporal !== null) return (temporalOps()?.divide(this.temporal as never, BigInt(this.n)) ?? null) as Value;
    return this.sum / this.n;
  }
}

class MinMax implements Aggregator {
  private best: Value = null;
  constructor(private readonly sign: 1 | -1) {}
  add(v: Value): void {
    if (v === null) return;
    if (this.best === null || this.sign * orderCompare(v, this.best) < 0) this.best = v;
  }
  result(): Value { return this.best; }
}

class Collect implements Aggregator {
  private readonly out: Value[] = [];
  add(v: Value): void { if (v !== null) { this.out.push(v); allocate(1); } }
  result(): Value { return this.out; }
}

class StDev implements Aggregator {
  private readonly xs: number[] = [];
  constructor(private readonly sample: boolean) {}
  add(v: Value): void { if (v !== null) this.xs.push(Number(num(v, this.sample ? 'stDev' : 'stDevP'))); }
  result(): Value {
    const xs = this.xs;
    const n = xs.length;
    if (n === 0) return 0;
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const ss = xs.reduce((a, b) => a + (b - mean) * (b - mean), 0);
    const d = this.sample ? n - 1 : n;
    return d <= 0 ? 0 : Math.sqrt(ss / d);
  }
}

class Percentile implements Aggregator {
  private readonly xs: (number | bigint)[] = [];
  private p = NaN;
  constructor(private readonly discrete: boolean) {}
  add(v: Value, extra?: Value): void {
    this.p = percentileOf(extra);
    if (v !== null) this.xs.push(num(v, this.discrete ? 'percentileDisc' : 'percentileCont'));
  }
  result(): Value {
    const xs = this.xs;
    const n = xs.length;
    if (n === 0) return null;
    xs.sort((a, b) => orderCompare(a, b));
    const p = this.p;
    if (this.discrete) {
      const f = p * n;
      let idx = Math.trunc(f);
      if (f === idx && idx > 0) idx--;
      return xs[Math.min(Math.max(idx, 0), n - 1)];
    }
    const f = p * (n - 1);
    const lo = Math.floor(f);
    const hi = Math.ceil(f);
    const a = Number(xs[lo]);
    const b = Number(xs[hi]);
    return lo === hi ? a : a + (b - a) * (f - lo);
  }
}

function baseAggregator(name: string, star: boolean): Aggregator {
  switch (name) {
    case 'count': return star ? new CountStar() : new Count();
    case 'sum': return new Sum();
    case 'avg': return new Avg();
    case 'min': return new MinMax(1);
    case 'max': return new MinMax(-1);
    case 'collect': return new Collect();
    case 'stdev': return new StDev(true);
    case 'stdevp': return new StDev(false);
    case 'percentilecont': return new Percentile(false);
    case 'percentiledisc': return new Percentile(true);
    default: throw new Error(`not an aggregate: ${name}`);
  }
}
