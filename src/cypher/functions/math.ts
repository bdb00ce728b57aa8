/**
 * Mathematical functions, as Neo4j 5 implements them (on the JVM's doubles): every function takes an
 * Integer or a Float, null in → null out, anything else → TypeError. Results are Floats except abs()
 * of an Integer and sign(), which are Integers. round() rounds half up by Java's Math.round, or in
 * decimal with a precision and a rounding mode (BigDecimal over the shortest decimal form of the
 * double, so round(2.675, 2) is 2.68).
 */
import { CypherError } from '../errors.ts';
import { INT64_MIN, type CypherValue } from '../values.ts';
import { argumentError, asInt, checkInt64, isNumber, wrongType } from './arguments.ts';
import { registerFunctions, type ScalarFunction } from './registry.ts';

/** Java's Math.toDegrees / Math.toRadians factors, so results match the reference to the last bit. */
const RADIANS_TO_DEGREES = 57.29577951308232;
const DEGREES_TO_RADIANS = 0.017453292519943295;

function toDouble(fn: string, v: CypherValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  throw wrongType(fn, v, 'a number');
}

/** A one-argument function of a double that returns a Float. */
function unary(name: string, f: (x: number) => number): ScalarFunction {
  return {
    name, minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      return f(toDouble(name, v));
    },
  };
}

function constant(name: string, value: number): ScalarFunction {
  return { name, minArgs: 0, maxArgs: 0, call: () => value };
}

const TWO_63 = 9223372036854775808;

/** Java's Math.round(double): nearest integer, ties toward +∞, clamped to the int64 range. */
export function javaRound(x: number): number {
  if (Number.isNaN(x)) return 0;
  if (x >= TWO_63) return TWO_63;
  if (x <= -TWO_63) return -TWO_63;
  const r = Math.round(x);
  return r === 0 ? 0 : r; // Java's long has no -0
}

export const ROUNDING_MODES = ['UP', 'DOWN', 'CEILING', 'FLOOR', 'HALF_UP', 'HALF_DOWN', 'HALF_EVEN', 'UNNECESSARY'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * BigDecimal.valueOf(x).setScale(min(scale, precision), mode).doubleValue(): decimal rounding of the
 * shortest decimal form of x. x is finite.
 */
export function roundDecimal(x: number, precision: number, mode: RoundingMode): number {
  const negative = x < 0 || Object.is(x, -0);
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(expText);
  // value = 0.d1d2…dn × 10^(exponent + 1); digits after the decimal point:
  const fractionDigits = digits.length - 1 - exponent;
  const scale = Math.max(fractionDigits, 1); // Java's Double.toString always writes one decimal: "3.0"
  if (precision >= scale) return x;
  // Keep the digits up to `precision` places after the point.
  const keep = digits.length - (fractionDigits - precision); // may be ≤ 0 or > digits.length
  let kept = keep <= 0 ? '' : keep <= digits.length ? digits.slice(0, keep) : digits + '0'.repeat(keep - digits.length);
  const dropped = keep > 0 ? digits.slice(keep) : '0'.repeat(-keep) + digits;
  const first = dropped.length ? Number(dropped[0]) : 0;
  const restNonZero = /[1-9]/.test(dropped.slice(1));
  const anyDropped = first !== 0 || restNonZero;
  const lastKept = kept.length ? Number(kept[kept.length - 1]) : 0;
  let up: boolean;
  switch (mode) {
    case 'UP': up = anyDropped; break;
    case 'DOWN': up = false; break;
    case 'CEILING': up = anyDropped && !negative; break;
    case 'FLOOR': up = anyDropped && negative; break;
    case 'HALF_UP': up = first >= 5; break;
    case 'HALF_DOWN': up = first > 5 || (first === 5 && restNonZero); break;
    case 'HALF_EVEN': up = first > 5 || (first === 5 && (restNonZero || lastKept % 2 === 1)); break;
    case 'UNNECESSARY':
      if (anyDropped) throw new CypherError('ArithmeticError', "Invalid input for function 'round()': rounding necessary", 'runtime', 'RoundingNecessary');
      up = false;
      break;
  }
  if (up) kept = (BigInt(kept || '0') + 1n).toString();
  if (kept === '' || /^0+$/.test(kept)) return 0;
  const magnitude = Number(`${kept}e${-precision}`);
  return negative ? -magnitude : magnitude;
}

function round(args: CypherValue[]): CypherValue {
  const [value, precisionValue, modeValue] = args;
  if (value === null || (args.length > 1 && precisionValue === null) || (args.length > 2 && modeValue === null)) return null;
  let mode: RoundingMode = 'HALF_UP';
  if (args.length > 2) {
    if (typeof modeValue !== 'string') throw wrongType('round', modeValue, 'a String rounding mode');
    if (!(ROUNDING_MODES as readonly string[]).includes(modeValue)) {
      throw argumentError('round', `unknown rounding mode '${modeValue}'; valid values are: CEILING, FLOOR, UP, DOWN, HALF_EVEN, HALF_UP, HALF_DOWN, UNNECESSARY`, 'InvalidArgumentValue');
    }
    mode = modeValue as RoundingMode;
  }
  if (!isNumber(value) || (args.length > 1 && !isNumber(precisionValue))) {
    throw wrongType('round', isNumber(value) ? precisionValue : value, 'a number');
  }
  const precision = args.length > 1 ? asInt('round', precisionValue, 'an Integer precision') : 0;
  if (precision < 0) throw argumentError('round', 'precision cannot be negative', 'NumberOutOfRange');
  const x = Number(value);
  if (!Number.isFinite(x)) return x;
  if (precision === 0 && args.length < 3) return javaRound(x);
  return roundDecimal(x, precision, mode);
}

export const mathFunctions: ScalarFunction[] = [
  {
    name: 'abs', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      if (typeof v === 'bigint') return v === INT64_MIN ? checkInt64('abs', -v) : (v < 0n ? -v : v);
      return Math.abs(toDouble('abs', v));
    },
  },
  unary('ceil', Math.ceil),
  unary('floor', Math.floor),
  { name: 'round', minArgs: 1, maxArgs: 3, call: round },
  {
    name: 'sign', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      if (typeof v === 'bigint') return v > 0n ? 1n : v < 0n ? -1n : 0n;
      const x = toDouble('sign', v);
      return x > 0 ? 1n : x < 0 ? -1n : 0n; // NaN → 0, as Java's (long) Math.signum(NaN)
    },
  },
  {
    name: 'isNaN', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      if (typeof v === 'number') return Number.isNaN(v);
      if (typeof v === 'bigint') return false;
      throw wrongType('isNaN', v, 'a number');
    },
  },
  { name: 'rand', minArgs: 0, maxArgs: 0, deterministic: false, call: () => Math.random() },
  unary('sqrt', Math.sqrt),
  unary('exp', Math.exp),
  unary('log', Math.log),
  unary('log10', Math.log10),
  constant('e', Math.E),
  constant('pi', Math.PI),
  unary('sin', Math.sin),
  unary('cos', Math.cos),
  unary('tan', Math.tan),
  unary('cot', (x) => 1 / Math.tan(x)),
  unary('asin', Math.asin),
  unary('acos', Math.acos),
  unary('atan', Math.atan),
  {
    name: 'atan2', minArgs: 2, maxArgs: 2,
    call([y, x]) {
      if (y === null || x === null) return null;
      return Math.atan2(toDouble('atan2', y), toDouble('atan2', x));
    },
  },
  unary('degrees', (x) => x * RADIANS_TO_DEGREES),
  unary('radians', (x) => x * DEGREES_TO_RADIANS),
  unary('haversin', (x) => (1 - Math.cos(x)) / 2),
];

registerFunctions(...mathFunctions);
