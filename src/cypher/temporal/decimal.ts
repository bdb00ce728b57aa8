/**
 * Exact decimal arithmetic on bigints, for durations built from fractional numbers: a Float is taken
 * at its shortest decimal form (0.3 is 3/10), so `duration({months: 0.3})` has no binary rounding noise.
 */

export interface Decimal { readonly n: bigint; readonly scale: number }

export const ZERO: Decimal = { n: 0n, scale: 0 };

export function fromBigInt(n: bigint): Decimal { return { n, scale: 0 }; }

export function fromNumber(x: number): Decimal {
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return { n: BigInt(x), scale: 0 };
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`Not a finite number: ${x}`);
  const digits = m[2] + (m[3] ?? '');
  let scale = (m[3]?.length ?? 0) - Number(m[4] ?? 0);
  let n = BigInt(digits);
  if (scale < 0) { n *= 10n ** BigInt(-scale); scale = 0; }
  return { n: m[1] === '-' ? -n : n, scale };
}

export function fromNumeric(x: number | bigint): Decimal {
  return typeof x === 'bigint' ? fromBigInt(x) : fromNumber(x);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.n, b.n, a.scale];
  if (a.scale > b.scale) return [a.n, b.n * 10n ** BigInt(a.scale - b.scale), a.scale];
  return [a.n * 10n ** BigInt(b.scale - a.scale), b.n, b.scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { n: x + y, scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { n: x - y, scale };
}

export function mul(a: Decimal, b: Decimal): Decimal { return { n: a.n * b.n, scale: a.scale + b.scale }; }

export function mulInt(a: Decimal, k: bigint): Decimal { return { n: a.n * k, scale: a.scale }; }

/** Truncated toward zero. */
export function trunc(a: Decimal): bigint { return a.scale === 0 ? a.n : a.n / 10n ** BigInt(a.scale); }

/** a / b, keeping `digits` decimal places (truncated). */
export function div(a: Decimal, b: Decimal, digits = 30): Decimal {
  if (b.n === 0n) throw new RangeError('Division by zero');
  // a.n/10^as ÷ b.n/10^bs = a.n·10^(bs+digits) / (b.n·10^as) · 10^-digits
  const num = a.n * 10n ** BigInt(b.scale + digits);
  const den = b.n * 10n ** BigInt(a.scale);
  return { n: num / den, scale: digits };
}
