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
  if (!distinct) return inner;
  const seen = new Set<string>();
  return {
    add(v, extra) {
      if (v === null) return;
      const k = groupKey(v);
      if (seen.has(k)) return;
      seen.add(k);
      inner.add(v, extra);
    },
    result: () => inner.result(),
  };
}

function baseAggregator(name: string, star: boolean): Aggregator {
  switch (name) {
    case 'count': {
      let n = 0n;
      return star ? { add() { n++; }, result: () => n } : { add(v) { if (v !== null) n++; }, result: () => n };
    }
    case 'sum': {
      let int = 0n;
      let float = 0;
      let isFloat = false;
      let temporal: Value = null;
      return {
        add(v) {
          if (v === null) return;
          if (isTemporal(v)) { temporal = temporal === null ? v : add(temporal, v); return; }
          const x = num(v, 'sum');
          if (typeof x === 'bigint') int = checkInt(int + x);
          else { isFloat = true; float += x; }
        },
        result: () => (temporal !== null ? temporal : isFloat ? float + Number(int) : int),
      };
    }
    case 'avg': {
      let sum = 0;
      let n = 0;
      let temporal: Value = null;
      return {
        add(v) {
          if (v === null) return;
          n++;
          if (isTemporal(v)) { temporal = temporal === null ? v : add(temporal, v); return; }
          sum += Number(num(v, 'avg'));
        },
        result: () => {
          if (n === 0) return null;
          if (temporal !== null) return (temporalOps()?.divide(temporal as never, BigInt(n)) ?? null) as Value;
          return sum / n;
        },
      };
    }
    case 'min': case 'max': {
      let best: Value = null;
      const sign = name === 'min' ? 1 : -1;
      return {
        add(v) {
          if (v === null) return;
          if (best === null || sign * orderCompare(v, best) < 0) best = v;
        },
        result: () => best,
      };
    }
    case 'collect': {
      const out: Value[] = [];
      return { add(v) { if (v !== null) out.push(v); }, result: () => out };
    }
    case 'stdev': case 'stdevp': {
      const xs: number[] = [];
      return {
        add(v) { if (v !== null) xs.push(Number(num(v, name))); },
        result: () => {
          const n = xs.length;
          if (n === 0) return 0;
          const mean = xs.reduce((a, b) => a + b, 0) / n;
          const ss = xs.reduce((a, b) => a + (b - mean) * (b - mean), 0);
          const d = name === 'stdev' ? n - 1 : n;
          return d <= 0 ? 0 : Math.sqrt(ss / d);
        },
      };
    }
    case 'percentilecont': case 'percentiledisc': {
      const xs: (number | bigint)[] = [];
      let p = NaN;
      return {
        add(v, extra) {
          p = percentileOf(extra);
          if (v !== null) xs.push(num(v, name));
        },
        result: () => {
          const n = xs.length;
          if (n === 0) return null;
          xs.sort((a, b) => orderCompare(a, b));
          if (name === 'percentiledisc') {
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
        },
      };
    }
    default:
      throw new Error(`not an aggregate: ${name}`);
  }
}
