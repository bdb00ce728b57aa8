/**
 * Arithmetic with Cypher's integer/float semantics: Integer op Integer stays Integer (int64, overflow is
 * an error), any Float makes a Float, `/` on integers truncates, `^` is always Float; `+` also
 * concatenates strings and lists; temporal arithmetic is delegated to the temporal module.
 */
import { CypherError } from '../errors.ts';
import { INT64_MAX, INT64_MIN, isTemporal } from '../values.ts';
import { formatFloat, typeError, typeName, type Value } from '../runtime/value.ts';
import { temporalOps } from './temporal-protocol.ts';
import { allocate, work } from '../runtime/guard.ts';

export function checkInt(v: bigint): bigint {
  if (v > INT64_MAX || v < INT64_MIN) throw new CypherError('ArithmeticError', 'integer overflow', 'runtime', 'IntegerOverflow');
  return v;
}

function bad(op: string, a: Value, b: Value): CypherError {
  return typeError(`Cannot apply '${op}' to ${typeName(a)} and ${typeName(b)}`, 'InvalidArgumentType');
}

export function stringOf(v: Value): string {
  if (typeof v === 'number') return formatFloat(v);
  return String(v);
}

export function add(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'bigint' && tb === 'bigint') return checkInt((a as bigint) + (b as bigint));
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return Number(a) + Number(b);
  if (Array.isArray(a)) {
    // copying is work (a reduce that appends copies its accumulator each time); new cells count as memory
    work(a.length);
    if (!Array.isArray(b)) { allocate(1); return [...a, b]; }
    allocate(b.length);
    return a.concat(b);
  }
  if (Array.isArray(b)) { work(b.length); allocate(1); return [a, ...b]; }
  if (ta === 'string') {
    if (tb === 'string' || tb === 'number' || tb === 'bigint' || tb === 'boolean') return (a as string) + stringOf(b);
    if (isTemporal(b)) return (a as string) + b.toString();
    throw bad('+', a, b);
  }
  if (tb === 'string') {
    if (ta === 'number' || ta === 'bigint' || ta === 'boolean') return stringOf(a) + (b as string);
    if (isTemporal(a)) return a.toString() + (b as string);
    throw bad('+', a, b);
  }
  if (isTemporal(a) && isTemporal(b)) {
    const r = temporalOps()?.add(a, b);
    if (r !== undefined) return r as Value;
  }
  throw bad('+', a, b);
}

export function subtract(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'bigint' && tb === 'bigint') return checkInt((a as bigint) - (b as bigint));
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return Number(a) - Number(b);
  if (isTemporal(a) && isTemporal(b)) {
    const r = temporalOps()?.subtract(a, b);
    if (r !== undefined) return r as Value;
  }
  throw bad('-', a, b);
}

export function multiply(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'bigint' && tb === 'bigint') return checkInt((a as bigint) * (b as bigint));
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return Number(a) * Number(b);
  if (isTemporal(a) && (tb === 'number' || tb === 'bigint')) {
    const r = temporalOps()?.multiply(a, b as number);
    if (r !== undefined) return r as Value;
  }
  if (isTemporal(b) && (ta === 'number' || ta === 'bigint')) {
    const r = temporalOps()?.multiply(b, a as number);
    if (r !== undefined) return r as Value;
  }
  throw bad('*', a, b);
}

export function divide(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'bigint' && tb === 'bigint') {
    if (b === 0n) throw new CypherError('ArithmeticError', '/ by zero', 'runtime', 'DivisionByZero');
    return checkInt((a as bigint) / (b as bigint));
  }
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return Number(a) / Number(b);
  if (isTemporal(a) && (tb === 'number' || tb === 'bigint')) {
    const r = temporalOps()?.divide(a, b as number);
    if (r !== undefined) return r as Value;
  }
  throw bad('/', a, b);
}

export function modulo(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'bigint' && tb === 'bigint') {
    if (b === 0n) throw new CypherError('ArithmeticError', '/ by zero', 'runtime', 'DivisionByZero');
    return (a as bigint) % (b as bigint);
  }
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return Number(a) % Number(b);
  throw bad('%', a, b);
}

export function power(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return Math.pow(Number(a), Number(b));
  throw bad('^', a, b);
}

export function negate(a: Value): Value {
  if (a === null) return null;
  if (typeof a === 'bigint') return checkInt(-a);
  if (typeof a === 'number') return -a;
  if (isTemporal(a)) {
    const r = temporalOps()?.multiply(a, -1n);
    if (r !== undefined) return r as Value;
  }
  throw typeError(`Cannot negate ${typeName(a)}`);
}
