/**
 * Type conversion functions, as Neo4j 5 implements them. toX(v): null → null, an unparsable string →
 * null, a value of a type that cannot convert → TypeError (detail InvalidArgumentValue, as the TCK
 * names it); toXOrNull(v): null instead of that error. toXList(list): each element converted by the
 * OrNull variant. Strings parse as Java does (Long.parseLong, then BigDecimal for toInteger;
 * Double.parseDouble for toFloat); floats print as Java's Double.toString (1.0, 1.0E20).
 */
import { CypherError } from '../errors.ts';
import { INT64_MAX, INT64_MIN, isTemporal, type CypherValue } from '../values.ts';
import { isPoint } from '../../graph/point.ts';
import { doubleToLong, typeName, wrongType } from './arguments.ts';
import { formatFloat } from '../runtime/value.ts';
import { registerFunctions, type ScalarFunction } from './registry.ts';
import { isJavaWhitespace } from './string.ts';

const DETAIL = 'InvalidArgumentValue';

/** Java's Double.toString (as Cypher prints floats): the engine's own formatter. */
export const javaDoubleToString = formatFloat;

// ---- toBoolean -------------------------------------------------------------------------------

function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isJavaWhitespace(s.codePointAt(start)!)) start++;
  while (end > start && isJavaWhitespace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

function canBeBoolean(v: CypherValue): v is boolean | string | bigint {
  return typeof v === 'boolean' || typeof v === 'string' || typeof v === 'bigint';
}

function toBoolean(v: boolean | string | bigint): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  switch (javaTrim(v).toLowerCase()) {
    case 'true': return true;
    case 'false': return false;
    default: return null;
  }
}

// ---- toInteger -------------------------------------------------------------------------------

const LONG = /^[+-]?\d+$/;
const BIG_DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

class IntegerTooLarge extends Error {}

/** Long.parseLong, else new BigDecimal(s) truncated toward zero; null when neither parses. */
export function parseJavaInteger(s: string): bigint | null {
  if (LONG.test(s)) {
    const n = BigInt(s);
    if (n >= INT64_MIN && n <= INT64_MAX) return n;
  }
  const m = BIG_DECIMAL.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const [, sign, whole, fraction = '', exponentText = '0'] = m;
  const digits = (whole + fraction).replace(/^0+/, '') || '0';
  const exponent = Number(exponentText);
  if (!Number.isSafeInteger(exponent)) {
    if (digits === '0' || exponent < 0) return 0n;
    throw new IntegerTooLarge(s);
  }
  const scale = fraction.length - exponent; // value = digits × 10^-scale
  let intPart: bigint;
  let remainder = false;
  if (digits === '0') {
    intPart = 0n;
  } else if (scale <= 0) {
    if (digits.length - scale > 20) throw new IntegerTooLarge(s);
    intPart = BigInt(digits) * 10n ** BigInt(-scale);
  } else if (scale > digits.length) {
    intPart = 0n;
    remainder = true;
  } else {
    const p = 10n ** BigInt(scale);
    const d = BigInt(digits);
    intPart = d / p;
    remainder = d % p !== 0n;
  }
  const limit = sign === '-' ? -INT64_MIN : INT64_MAX;
  if (intPart > limit || (intPart === limit && remainder)) throw new IntegerTooLarge(s);
  return sign === '-' ? -intPart : intPart;
}

function canBeInteger(v: CypherValue): v is bigint | number | string | boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

/** toInteger of a convertible value; a too large number string throws IntegerTooLarge. */
function toInteger(v: bigint | number | string | boolean): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return doubleToLong(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return parseJavaInteger(v);
}

// ---- toFloat ---------------------------------------------------------------------------------

const JAVA_DECIMAL = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;
const JAVA_HEX = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)[fFdD]?$/;

/** Double.parseDouble: surrounding characters ≤ U+0020 ignored, type suffixes and hex floats accepted. */
export function parseJavaDouble(text: string): number | null {
  const s = text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (JAVA_DECIMAL.test(s)) return Number(s.replace(/[fFdD]$/, ''));
  const hex = JAVA_HEX.exec(s);
  if (hex && (hex[2] + (hex[3] ?? '')).length > 0) {
    const [, sign, whole, fraction = '', exp] = hex;
    const mantissa = BigInt(`0x${whole + fraction || '0'}`);
    const value = Number(mantissa) * 2 ** (Number(exp) - 4 * fraction.length);
    return sign === '-' ? -value : value;
  }
  return null;
}

function canBeFloat(v: CypherValue): v is bigint | number | string {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string';
}

function toFloat(v: bigint | number | string): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return parseJavaDouble(v);
}

// ---- toString --------------------------------------------------------------------------------

function canBeString(v: CypherValue): boolean {
  return typeof v === 'string' || typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' || isTemporal(v) || isPoint(v);
}

function toStringValue(v: CypherValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return javaDoubleToString(v);
  return String(v); // Integer, Boolean, temporal values (their Cypher form)
}

// ---- valueType -------------------------------------------------------------------------------

/** Neo4j's order of types in a normalised union (`INTEGER | FLOAT`, never `FLOAT | INTEGER`). */
const TYPE_ORDER = [
  'NOTHING', 'NULL', 'BOOLEAN', 'STRING', 'INTEGER', 'FLOAT', 'DATE', 'LOCAL TIME', 'ZONED TIME',
  'LOCAL DATETIME', 'ZONED DATETIME', 'DURATION', 'POINT', 'NODE', 'RELATIONSHIP', 'MAP', 'LIST', 'PATH',
];

const TEMPORAL_TYPE_NAMES: Record<string, string> = {
  Date: 'DATE', LocalTime: 'LOCAL TIME', Time: 'ZONED TIME', LocalDateTime: 'LOCAL DATETIME',
  DateTime: 'ZONED DATETIME', Duration: 'DURATION',
};

/** A value's type without its nullability: `INTEGER`, `LIST<STRING NOT NULL>`, `NULL`. */
function baseTypeOf(v: CypherValue): string {
  if (v === null) return 'NULL';
  switch (typeof v) {
    case 'boolean': return 'BOOLEAN';
    case 'string': return 'STRING';
    case 'bigint': return 'INTEGER';
    case 'number': return 'FLOAT';
    default: break;
  }
  if (Array.isArray(v)) return `LIST<${elementType(v)}>`;
  if (isTemporal(v)) return TEMPORAL_TYPE_NAMES[v.temporalType] ?? 'ANY';
  if (isPoint(v)) return 'POINT';
  const name = typeName(v);
  if (name === 'Map') return 'MAP';
  if (name === 'Node') return 'NODE';
  if (name === 'Relationship') return 'RELATIONSHIP';
  if (name === 'Path') return 'PATH';
  return 'ANY';
}

function typeRank(t: string): number {
  const head = t.startsWith('LIST<') ? 'LIST' : t;
  const i = TYPE_ORDER.indexOf(head);
  return i < 0 ? TYPE_ORDER.length : i;
}

/** The normalised union of a list's element types; nullable members when the list holds a null. */
function elementType(list: CypherValue[]): string {
  if (list.length === 0) return 'NOTHING';
  const types = new Set<string>();
  let hasNull = false;
  for (const item of list) {
    if (item === null) hasNull = true;
    else types.add(baseTypeOf(item));
  }
  if (types.size === 0) return 'NULL';
  const ordered = [...types].sort((a, b) => typeRank(a) - typeRank(b) || a.localeCompare(b));
  return ordered.map((t) => (hasNull ? t : `${t} NOT NULL`)).join(' | ');
}

/** Neo4j's valueType(): the most precise type of a value, e.g. `LIST<INTEGER NOT NULL> NOT NULL`. */
export function valueType(v: CypherValue): string {
  return v === null ? 'NULL' : `${baseTypeOf(v)} NOT NULL`;
}

// ---- registration ----------------------------------------------------------------------------

function integerOrNull(v: CypherValue): bigint | null {
  if (!canBeInteger(v)) return null;
  try { return toInteger(v); } catch (e) { if (e instanceof IntegerTooLarge) return null; throw e; }
}

const booleanOrNull = (v: CypherValue): CypherValue => (canBeBoolean(v) ? toBoolean(v) : null);
const floatOrNull = (v: CypherValue): CypherValue => (canBeFloat(v) ? toFloat(v) : null);
const stringOrNull = (v: CypherValue): CypherValue => (canBeString(v) ? toStringValue(v) : null);

function one(name: string, call: (v: CypherValue) => CypherValue): ScalarFunction {
  return { name, minArgs: 1, maxArgs: 1, call: ([v]) => (v === null ? null : call(v)) };
}

function listOf(name: string, convert: (v: CypherValue) => CypherValue): ScalarFunction {
  return one(name, (v) => {
    if (!Array.isArray(v)) throw wrongType(name, v, 'a List', DETAIL);
    return v.map((item) => (item === null ? null : convert(item)));
  });
}

export const conversionFunctions: ScalarFunction[] = [
  one('toBoolean', (v) => {
    if (!canBeBoolean(v)) throw wrongType('toBoolean', v, 'a Boolean, Integer or String', DETAIL);
    return toBoolean(v);
  }),
  one('toBooleanOrNull', booleanOrNull),
  one('toInteger', (v) => {
    if (!canBeInteger(v)) throw wrongType('toInteger', v, 'a String, Float, Integer or Boolean', DETAIL);
    try {
      return toInteger(v);
    } catch (e) {
      if (!(e instanceof IntegerTooLarge)) throw e;
      throw new CypherError('TypeError', `Invalid input for function 'toInteger()': integer, ${String(v)}, is too large`, 'runtime', 'NumberOutOfRange');
    }
  }),
  one('toIntegerOrNull', integerOrNull),
  one('toFloat', (v) => {
    if (!canBeFloat(v)) throw wrongType('toFloat', v, 'a String, Float or Integer', DETAIL);
    return toFloat(v);
  }),
  one('toFloatOrNull', floatOrNull),
  one('toString', (v) => {
    if (!canBeString(v)) throw wrongType('toString', v, 'a String, Float, Integer, Boolean, Temporal or Duration', DETAIL);
    return toStringValue(v);
  }),
  one('toStringOrNull', stringOrNull),
  listOf('toBooleanList', booleanOrNull),
  listOf('toIntegerList', integerOrNull),
  listOf('toFloatList', floatOrNull),
  listOf('toStringList', stringOrNull),
  { name: 'valueType', minArgs: 1, maxArgs: 1, call: ([v]) => valueType(v) },
];

registerFunctions(...conversionFunctions);
