/**
 * Argument checks shared by the scalar function families: Cypher type names for messages, the errors
 * Neo4j raises (TypeError on a wrong type, ArgumentError on a wrong value, ArithmeticError on int64
 * overflow) and number coercions with Java's semantics (the reference implementation runs on the JVM).
 * Arguments arrive as the executor's values: besides the types of ../values.ts they may hold the
 * executor's node/relationship/path references, which these functions only pass through or reject.
 */
import { CypherError } from '../errors.ts';
import { typeName as runtimeTypeName, type Value } from '../runtime/value.ts';
import { INT64_MAX, INT64_MIN, type CypherValue } from '../values.ts';

/** Cypher's name for the type of a value, as error messages print it (the executor's own naming). */
export function typeName(v: CypherValue): string {
  return runtimeTypeName(v as Value);
}

/** `Invalid input for function 'fn()': expected … but got Integer`: a runtime TypeError. */
export function wrongType(fn: string, v: CypherValue, expected: string, detail = 'InvalidArgumentType'): CypherError {
  return new CypherError('TypeError', `Invalid input for function '${fn}()': expected ${expected} but got ${typeName(v)}`, 'runtime', detail);
}

export function argumentError(fn: string, message: string, detail: string): CypherError {
  return new CypherError('ArgumentError', `Invalid input for function '${fn}()': ${message}`, 'runtime', detail);
}

export function isNumber(v: CypherValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

/** Java's `(long) d`: truncation toward zero, NaN → 0, saturating at the int64 bounds. */
export function doubleToLong(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  if (d >= 9223372036854775807) return INT64_MAX;
  if (d <= -9223372036854775808) return INT64_MIN;
  return BigInt(Math.trunc(d));
}

/**
 * An Integer argument that must fit a Java int (string positions, lengths, precisions). Declared
 * INTEGER, so a Float is a TypeError (Neo4j refuses a Float literal at compile time).
 */
export function asInt(fn: string, v: CypherValue, what: string): number {
  if (typeof v !== 'bigint') throw wrongType(fn, v, what);
  const n = v;
  if (n < -2147483648n || n > 2147483647n) {
    throw argumentError(fn, `expected ${what} between -2147483648 and 2147483647, but got ${n}`, 'NumberOutOfRange');
  }
  return Number(n);
}

/** Throws the ArithmeticError of an int64 overflow when `n` is out of range. */
export function checkInt64(fn: string, n: bigint): bigint {
  if (n < INT64_MIN || n > INT64_MAX) {
    throw new CypherError('ArithmeticError', `Invalid input for function '${fn}()': integer overflow`, 'runtime', 'IntegerOverflow');
  }
  return n;
}

export function expectString(fn: string, v: CypherValue, what = 'a String'): string {
  if (typeof v === 'string') return v;
  throw wrongType(fn, v, what);
}
