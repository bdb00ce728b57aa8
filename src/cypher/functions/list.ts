/**
 * List functions, as Neo4j 5 implements them: range() with a step (Integers; a zero step or a
 * non-Integer argument is an ArgumentError), head(), last(), tail(), size() of a list or string,
 * isEmpty() of a list, map or string. reverse() of a list is with reverse() of a string in string.ts. null in → null out.
 */
import { isMap, type CypherValue } from '../values.ts';
import { argumentError, checkInt64, typeName, wrongType } from './arguments.ts';
import { registerFunctions, type ScalarFunction } from './registry.ts';
import { codePointLength } from './string.ts';
import { allocate, allocateTransient, work } from '../runtime/guard.ts';

/** range() refuses to build lists longer than this (the executor materialises lists). */
export const MAX_RANGE_LENGTH = 10_000_000;

/**
 * range() takes Integers only. As the openCypher TCK specifies (List11), any other argument — a Boolean,
 * a Float (even a whole one such as 0.0), a String, a List, a Map, null — is an ArgumentError at run
 * time (InvalidArgumentType), also when the argument is a literal, so range() is not type-checked at
 * compile time (functions/signatures.ts declares its arguments ANY).
 */
function integerArgument(v: CypherValue, what: string): bigint {
  if (typeof v === 'bigint') return v;
  throw argumentError('range', `expected an Integer ${what} but got ${typeName(v)}`, 'InvalidArgumentType');
}

export function range(startValue: CypherValue, endValue: CypherValue, stepValue: CypherValue = 1n): bigint[] {
  const start = integerArgument(startValue, 'start');
  const end = integerArgument(endValue, 'end');
  const step = integerArgument(stepValue, 'step');
  if (step === 0n) throw argumentError('range', 'step argument cannot be zero', 'NumberOutOfRange');
  const span = end - start;
  if ((step > 0n && span < 0n) || (step < 0n && span > 0n)) return [];
  const count = span / step + 1n;
  if (count > BigInt(MAX_RANGE_LENGTH)) {
    throw argumentError('range', `the list would have ${count} elements, more than ${MAX_RANGE_LENGTH}`, 'NumberOutOfRange');
  }
  allocateTransient(Number(count)); // the budget is checked before the list is built
  const out = new Array<bigint>(Number(count));
  let v = start;
  for (let i = 0; i < out.length; i++, v += step) {
    out[i] = checkInt64('range', v);
    if ((i & 0xffff) === 0xffff) work(1 << 16);
  }
  return out;
}

function listArgument(fn: string, v: CypherValue): CypherValue[] {
  if (Array.isArray(v)) return v;
  throw wrongType(fn, v, 'a List');
}

export const listFunctions: ScalarFunction[] = [
  {
    name: 'range', minArgs: 2, maxArgs: 3,
    call(args) { return range(args[0], args[1], args.length > 2 ? args[2] : 1n); },
  },
  {
    name: 'head', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      const list = listArgument('head', v);
      return list.length ? list[0] : null;
    },
  },
  {
    name: 'last', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      const list = listArgument('last', v);
      return list.length ? list[list.length - 1] : null;
    },
  },
  {
    name: 'tail', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      return listArgument('tail', v).slice(1);
    },
  },
  {
    name: 'size', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      if (typeof v === 'string') return BigInt(codePointLength(v));
      if (Array.isArray(v)) return BigInt(v.length);
      throw wrongType('size', v, 'a String or a List');
    },
  },
  {
    name: 'isEmpty', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
      if (isMap(v)) return Object.keys(v).length === 0;
      throw wrongType('isEmpty', v, 'a List, a Map or a String');
    },
  },
];

registerFunctions(...listFunctions);
