/**
 * The scalar function library (src/cypher/functions/), called directly through the registry:
 * Neo4j 5 results (Integer = bigint, Float = number), null in → null out, and the errors for wrong
 * types (TypeError) and wrong values (ArgumentError).
 */
import { describe, expect, it } from 'vitest';
import '../../src/cypher/functions/index.ts';
import { lookupFunction } from '../../src/cypher/functions/registry.ts';
import { CypherError } from '../../src/cypher/errors.ts';
import type { CypherValue } from '../../src/cypher/values.ts';
import { javaDoubleToString, parseJavaDouble, parseJavaInteger } from '../../src/cypher/functions/conversion.ts';
import { roundDecimal } from '../../src/cypher/functions/math.ts';
import { acceptsType, argumentMismatch, functionSignature, resultType } from '../../src/cypher/functions/signatures.ts';
import { conversionFunctions } from '../../src/cypher/functions/conversion.ts';
import { listFunctions } from '../../src/cypher/functions/list.ts';
import { mathFunctions } from '../../src/cypher/functions/math.ts';
import { stringFunctions } from '../../src/cypher/functions/string.ts';
import { clockFunctions } from '../../src/cypher/functions/clock.ts';

function call(name: string, ...args: CypherValue[]): CypherValue {
  const fn = lookupFunction(name);
  if (!fn) throw new Error(`function ${name} is not registered`);
  if (args.length < fn.minArgs || args.length > fn.maxArgs) throw new Error(`${name}: wrong number of arguments`);
  return fn.call(args);
}

function errorOf(name: string, ...args: CypherValue[]): { kind: string; phase: string; detail?: string } {
  try {
    call(name, ...args);
  } catch (e) {
    if (!(e instanceof CypherError)) throw e;
    return { kind: e.kind, phase: e.phase, detail: e.detail };
  }
  throw new Error(`${name}(${args.map(String).join(', ')}) did not throw`);
}

describe('string functions', () => {
  it('change case, null in → null out, non-strings are TypeErrors', () => {
    expect(call('toUpper', 'abc é')).toBe('ABC É');
    expect(call('TOLOWER', 'AbC')).toBe('abc');
    expect(call('toUpper', null)).toBeNull();
    expect(errorOf('toUpper', 1n)).toEqual({ kind: 'TypeError', phase: 'runtime', detail: 'InvalidArgumentType' });
  });

  it('trim Java whitespace only (not no-break spaces), and given characters', () => {
    expect(call('trim', '  \t\n hello \r\n')).toBe('hello');
    expect(call('lTrim', '  hello  ')).toBe('hello  ');
    expect(call('rTrim', '  hello  ')).toBe('  hello');
    expect(call('trim', '\u00a0x\u00a0')).toBe('\u00a0x\u00a0');
    expect(call('trim', '\u2003x\u3000')).toBe('x');
    expect(call('btrim', 'xxhixyx', 'xy')).toBe('hi');
    expect(call('lTrim', 'xxhix', 'x')).toBe('hix');
    expect(call('rTrim', 'xxhix', 'x')).toBe('xxhi');
    expect(call('btrim', 'abc', '')).toBe('abc');
    expect(call('btrim', 'abc', null)).toBeNull();
    expect(errorOf('trim', 3.5).kind).toBe('TypeError');
    expect(() => call('trim', 'xx', 'x')).toThrow(/wrong number of arguments/);
  });

  it('replace every occurrence, literally (no $ patterns), and around every char for an empty search', () => {
    expect(call('replace', 'hello', 'l', 'w')).toBe('hewwo');
    expect(call('replace', 'a.b.c', '.', '$&')).toBe('a$&b$&c');
    expect(call('replace', 'abc', '', '-')).toBe('-a-b-c-');
    expect(call('replace', 'abc', null, '-')).toBeNull();
    expect(errorOf('replace', 'abc', 1n, '-').kind).toBe('TypeError');
  });

  it('substring, left and right count code points; negative lengths are ArgumentErrors', () => {
    expect(call('substring', 'hello', 1n, 3n)).toBe('ell');
    expect(call('substring', 'hello', 2n)).toBe('llo');
    expect(call('substring', 'hello', 10n)).toBe('');
    expect(call('substring', 'a😀b', 1n, 1n)).toBe('😀');
    expect(call('left', 'hello', 3n)).toBe('hel');
    expect(call('left', 'hello', 30n)).toBe('hello');
    expect(call('right', 'hello', 3n)).toBe('llo');
    expect(call('right', 'a😀b', 2n)).toBe('😀b');
    expect(call('left', null, 3n)).toBeNull();
    expect(call('left', 'abc', null)).toBeNull();
    expect(errorOf('substring', 'hello', -1n).kind).toBe('ArgumentError');
    expect(errorOf('left', 'hello', -1n).kind).toBe('ArgumentError');
    expect(errorOf('right', 'hello', -1n).kind).toBe('ArgumentError');
    expect(errorOf('substring', 'hello', 'x').kind).toBe('TypeError');
    expect(errorOf('substring', 'hello', 1.0).kind).toBe('TypeError');
    expect(errorOf('left', 'hello', 2.5).kind).toBe('TypeError');
    expect(errorOf('round', 2.5, 1.0).kind).toBe('TypeError');
    expect(errorOf('left', 3n, 1n).kind).toBe('TypeError');
  });

  it('split keeps empty pieces, splits on several delimiters, and into characters on an empty one', () => {
    expect(call('split', 'a,b,,c,', ',')).toEqual(['a', 'b', '', 'c', '']);
    expect(call('split', 'abc', '')).toEqual(['a', 'b', 'c']);
    expect(call('split', '', ',')).toEqual(['']);
    expect(call('split', ',', ',')).toEqual(['', '']);
    expect(call('split', 'a-b_c', ['-', '_'])).toEqual(['a', 'b', 'c']);
    expect(call('split', 'a-b', ['-', null])).toBeNull();
    expect(call('split', null, ',')).toBeNull();
    expect(errorOf('split', 'a', 1n).kind).toBe('TypeError');
  });

  it('reverse strings by code point and lists; size and character_length count code points', () => {
    expect(call('reverse', 'ab😀')).toBe('😀ba');
    expect(call('reverse', [1n, 'a', null])).toEqual([null, 'a', 1n]);
    expect(call('reverse', null)).toBeNull();
    expect(errorOf('reverse', 1n).kind).toBe('TypeError');
    expect(call('char_length', 'a😀')).toBe(2n);
    expect(call('size', 'a😀')).toBe(2n);
  });

  it('randomUUID gives a fresh version-4 UUID each call', () => {
    const a = call('randomUUID') as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(call('randomUUID')).not.toBe(a);
    expect(lookupFunction('randomUUID')?.deterministic).toBe(false);
  });

  it('normalize to a Unicode normal form', () => {
    expect(call('normalize', 'e\u0301')).toBe('\u00e9');
    expect(call('normalize', '\u00e9', 'NFD')).toBe('e\u0301');
    expect(errorOf('normalize', 'x', 'NFX').kind).toBe('ArgumentError');
  });
});

describe('math functions', () => {
  it('abs keeps the type; abs of the smallest Integer overflows', () => {
    expect(call('abs', -3n)).toBe(3n);
    expect(call('abs', -2.5)).toBe(2.5);
    expect(call('abs', null)).toBeNull();
    expect(errorOf('abs', -(2n ** 63n)).kind).toBe('ArithmeticError');
    expect(errorOf('abs', 'x')).toEqual({ kind: 'TypeError', phase: 'runtime', detail: 'InvalidArgumentType' });
  });

  it('ceil, floor and round return Floats; round is Java Math.round (ties toward +∞)', () => {
    expect(call('ceil', 1n)).toBe(1);
    expect(typeof call('ceil', 1n)).toBe('number');
    expect(call('ceil', 0.1)).toBe(1);
    expect(call('floor', -0.1)).toBe(-1);
    expect(call('round', 2.5)).toBe(3);
    expect(call('round', -2.5)).toBe(-2);
    expect(call('round', -1.5, 0n)).toBe(-1);
    expect(call('round', 1e300)).toBe(9223372036854775807);
    expect(call('round', Number.NaN)).toBeNaN();
    expect(call('round', 3n)).toBe(3);
  });

  it('round with a precision rounds the shortest decimal form, half up by default', () => {
    expect(call('round', 3.141592, 3n)).toBe(3.142);
    expect(call('round', 2.675, 2n)).toBe(2.68);
    expect(call('round', -1.55, 1n)).toBe(-1.6);
    expect(call('round', 1.5, 5n)).toBe(1.5);
    expect(call('round', 12345n, 2n)).toBe(12345);
    expect(call('round', 0.05, 1n)).toBe(0.1);
    expect(call('round', 1e20, 0n, 'HALF_UP')).toBe(1e20);
    expect(call('round', 3.5, null)).toBeNull();
    expect(errorOf('round', 3.5, -1n).kind).toBe('ArgumentError');
  });

  it('round with every rounding mode', () => {
    const cases: Array<[number, string, number]> = [
      [1.25, 'UP', 1.3], [-1.21, 'UP', -1.3], [1.29, 'DOWN', 1.2], [-1.29, 'DOWN', -1.2],
      [1.21, 'CEILING', 1.3], [-1.29, 'CEILING', -1.2], [1.29, 'FLOOR', 1.2], [-1.21, 'FLOOR', -1.3],
      [1.25, 'HALF_UP', 1.3], [-1.25, 'HALF_UP', -1.3], [1.25, 'HALF_DOWN', 1.2], [1.251, 'HALF_DOWN', 1.3],
      [1.25, 'HALF_EVEN', 1.2], [1.35, 'HALF_EVEN', 1.4], [1.2, 'UNNECESSARY', 1.2],
    ];
    for (const [x, mode, expected] of cases) expect(call('round', x, 1n, mode), `${x} ${mode}`).toBe(expected);
    expect(call('round', 2.5, 0n, 'HALF_EVEN')).toBe(2);
    expect(call('round', -0.4, 0n, 'HALF_UP')).toBe(0);
    expect(errorOf('round', 1.25, 1n, 'UNNECESSARY').kind).toBe('ArithmeticError');
    expect(errorOf('round', 1.25, 1n, 'half_up').kind).toBe('ArgumentError');
    expect(errorOf('round', 1.25, 1n, 5n).kind).toBe('TypeError');
    expect(roundDecimal(123.456, 1, 'HALF_UP')).toBe(123.5);
    expect(roundDecimal(0.005, 1, 'UP')).toBe(0.1);
  });

  it('sign is an Integer; isNaN; rand is a non-deterministic Float in [0, 1)', () => {
    expect(call('sign', -7n)).toBe(-1n);
    expect(call('sign', 0.5)).toBe(1n);
    expect(call('sign', 0n)).toBe(0n);
    expect(call('sign', Number.NaN)).toBe(0n);
    expect(call('isNaN', Number.NaN)).toBe(true);
    expect(call('isNaN', 1n)).toBe(false);
    expect(call('isNaN', null)).toBeNull();
    const r = call('rand') as number;
    expect(typeof r).toBe('number');
    expect(r >= 0 && r < 1).toBe(true);
    expect(lookupFunction('rand')?.deterministic).toBe(false);
  });

  it('exponentials, logarithms, roots and constants are Floats', () => {
    expect(call('sqrt', 16n)).toBe(4);
    expect(call('sqrt', -1n)).toBeNaN();
    expect(call('exp', 0n)).toBe(1);
    expect(call('log', 0n)).toBe(-Infinity);
    expect(call('log10', 1000n)).toBe(3);
    expect(call('e')).toBe(Math.E);
    expect(call('pi')).toBe(Math.PI);
    expect(errorOf('sqrt', 'x').kind).toBe('TypeError');
  });

  it('trigonometry, with Java’s degree/radian factors', () => {
    expect(call('sin', 0n)).toBe(0);
    expect(call('cos', 0n)).toBe(1);
    expect(call('tan', 0n)).toBe(0);
    expect(call('cot', 0n)).toBe(Infinity);
    expect(call('asin', 1n)).toBe(Math.PI / 2);
    expect(call('acos', 1n)).toBe(0);
    expect(call('atan', 0n)).toBe(0);
    expect(call('atan2', 1n, 1n)).toBe(Math.PI / 4);
    expect(call('atan2', null, 1n)).toBeNull();
    expect(call('degrees', Math.PI)).toBe(180);
    expect(call('radians', 180n)).toBe(Math.PI);
    expect(call('haversin', 0.5)).toBeCloseTo(0.06120871905481362, 15);
  });
});

describe('list functions', () => {
  it('range with default and explicit steps, empty when the step goes the other way', () => {
    expect(call('range', 0n, 3n)).toEqual([0n, 1n, 2n, 3n]);
    expect(call('range', 0n, 10n, 3n)).toEqual([0n, 3n, 6n, 9n]);
    expect(call('range', 5n, 1n, -2n)).toEqual([5n, 3n, 1n]);
    expect(call('range', 1n, 0n)).toEqual([]);
    expect(call('range', 2n, 2n)).toEqual([2n]);
    expect(errorOf('range', 0n, 5n, 0n).kind).toBe('ArgumentError');
    // a non-Integer argument is an ArgumentError (InvalidArgumentType), as the openCypher TCK specifies
    expect(errorOf('range', 0n, 2.9).kind).toBe('ArgumentError');
    expect(errorOf('range', 0n, 0.0).detail).toBe('InvalidArgumentType');
    expect(errorOf('range', 0n, '5').kind).toBe('ArgumentError');
    expect(errorOf('range', null, 5n).kind).toBe('ArgumentError');
    expect(errorOf('range', true, 5n).detail).toBe('InvalidArgumentType');
    expect(errorOf('range', 0n, 10n ** 12n).kind).toBe('ArgumentError');
  });

  it('head, last and tail; null for an empty list where no element exists', () => {
    expect(call('head', [1n, 2n])).toBe(1n);
    expect(call('head', [])).toBeNull();
    expect(call('last', [1n, 2n])).toBe(2n);
    expect(call('last', [])).toBeNull();
    expect(call('tail', [1n, 2n, 3n])).toEqual([2n, 3n]);
    expect(call('tail', [])).toEqual([]);
    expect(call('head', null)).toBeNull();
    expect(errorOf('head', 'abc').kind).toBe('TypeError');
    expect(errorOf('tail', 1n).kind).toBe('TypeError');
  });

  it('size and isEmpty', () => {
    expect(call('size', [1n, null])).toBe(2n);
    expect(call('isEmpty', [])).toBe(true);
    expect(call('isEmpty', {})).toBe(true);
    expect(call('isEmpty', { a: 1n })).toBe(false);
    expect(call('isEmpty', 'x')).toBe(false);
    expect(errorOf('isEmpty', 1n).kind).toBe('TypeError');
    expect(errorOf('size', 1n).kind).toBe('TypeError');
  });
});

describe('conversion functions', () => {
  it('toBoolean: booleans, trimmed case-insensitive strings, integers; floats and lists are errors', () => {
    expect(call('toBoolean', ' TRUE ')).toBe(true);
    expect(call('toBoolean', 'false')).toBe(false);
    expect(call('toBoolean', 'yes')).toBeNull();
    expect(call('toBoolean', 0n)).toBe(false);
    expect(call('toBoolean', 7n)).toBe(true);
    expect(errorOf('toBoolean', 1.0)).toEqual({ kind: 'TypeError', phase: 'runtime', detail: 'InvalidArgumentValue' });
    expect(errorOf('toBoolean', []).kind).toBe('TypeError');
    expect(call('toBooleanOrNull', 1.0)).toBeNull();
    expect(call('toBooleanList', ['a', true, 'false', null, ['A'], 0n])).toEqual([null, true, false, null, null, false]);
  });

  it('toInteger: truncates floats, parses strings as Long then BigDecimal, booleans as 0/1', () => {
    expect(call('toInteger', 82.9)).toBe(82n);
    expect(call('toInteger', -2.9)).toBe(-2n);
    expect(call('toInteger', '42')).toBe(42n);
    expect(call('toInteger', '2.9')).toBe(2n);
    expect(call('toInteger', '-1e3')).toBe(-1000n);
    expect(call('toInteger', ' 42')).toBeNull();
    expect(call('toInteger', '0x1F')).toBeNull();
    expect(call('toInteger', 'foo')).toBeNull();
    expect(call('toInteger', '')).toBeNull();
    expect(call('toInteger', true)).toBe(1n);
    expect(call('toInteger', 1e30)).toBe(2n ** 63n - 1n);
    expect(call('toInteger', '9223372036854775807')).toBe(2n ** 63n - 1n);
    expect(errorOf('toInteger', '9223372036854775808').kind).toBe('TypeError');
    expect(call('toIntegerOrNull', '9223372036854775808')).toBeNull();
    expect(errorOf('toInteger', {}).kind).toBe('TypeError');
    expect(call('toIntegerOrNull', [])).toBeNull();
    expect(call('toIntegerList', ['1', 2.5, 'x', null, true])).toEqual([1n, 2n, null, null, 1n]);
    expect(parseJavaInteger('-9223372036854775808')).toBe(-(2n ** 63n));
    expect(parseJavaInteger('1.5e1')).toBe(15n);
    expect(parseJavaInteger('.')).toBeNull();
  });

  it('toFloat: numbers and Java-parsable strings; booleans are errors', () => {
    expect(call('toFloat', 1n)).toBe(1);
    expect(typeof call('toFloat', 1n)).toBe('number');
    expect(call('toFloat', '1.5')).toBe(1.5);
    expect(call('toFloat', ' 2.5e3 ')).toBe(2500);
    expect(call('toFloat', '1.5d')).toBe(1.5);
    expect(call('toFloat', 'NaN')).toBeNaN();
    expect(call('toFloat', '-Infinity')).toBe(-Infinity);
    expect(call('toFloat', 'foo')).toBeNull();
    expect(call('toFloat', '')).toBeNull();
    expect(errorOf('toFloat', true).kind).toBe('TypeError');
    expect(call('toFloatOrNull', true)).toBeNull();
    expect(call('toFloatList', [1n, '2', 'x', null])).toEqual([1, 2, null, null]);
    expect(parseJavaDouble('0x1.8p1')).toBe(3);
  });

  it('toString: Java’s float form, booleans, temporal values; lists and maps are errors', () => {
    expect(call('toString', 42n)).toBe('42');
    expect(call('toString', 2.3)).toBe('2.3');
    expect(call('toString', 1.0)).toBe('1.0');
    expect(call('toString', 1e20)).toBe('1.0E20');
    expect(call('toString', 1.5e-7)).toBe('1.5E-7');
    expect(call('toString', true)).toBe('true');
    expect(call('toString', 'x')).toBe('x');
    const temporal = { temporalType: 'Date' as const, toString: () => '2020-01-02' };
    expect(call('toString', temporal)).toBe('2020-01-02');
    expect(errorOf('toString', [1n]).kind).toBe('TypeError');
    expect(call('toStringOrNull', [1n])).toBeNull();
    expect(call('toStringList', [1n, 1.5, 'a', null, [1n]])).toEqual(['1', '1.5', 'a', null, null]);
    expect(errorOf('toStringList', 'x').kind).toBe('TypeError');
    expect(javaDoubleToString(-0)).toBe('-0.0');
    expect(javaDoubleToString(Number.NaN)).toBe('NaN');
    expect(javaDoubleToString(1234567.0)).toBe('1234567.0');
    expect(javaDoubleToString(12345678.0)).toBe('1.2345678E7');
    expect(javaDoubleToString(0.001)).toBe('0.001');
    expect(javaDoubleToString(0.0001)).toBe('1.0E-4');
  });
});

describe('timestamp', () => {
  it('is the statement clock in epoch milliseconds, the same for every call of a statement', () => {
    const before = BigInt(Date.now());
    const a = call('timestamp') as bigint;
    const b = call('timestamp') as bigint;
    expect(typeof a).toBe('bigint');
    expect(a).toBe(b);
    expect(a >= before - 1000n && a <= BigInt(Date.now()) + 1000n).toBe(true);
    expect(lookupFunction('timestamp')?.deterministic).toBe(false);
  });
});

describe('valueType', () => {
  it('names the most precise type, with NOT NULL, lists with the union of their element types', () => {
    expect(call('valueType', null)).toBe('NULL');
    expect(call('valueType', 1n)).toBe('INTEGER NOT NULL');
    expect(call('valueType', 1.5)).toBe('FLOAT NOT NULL');
    expect(call('valueType', 'a')).toBe('STRING NOT NULL');
    expect(call('valueType', true)).toBe('BOOLEAN NOT NULL');
    expect(call('valueType', { a: 1n })).toBe('MAP NOT NULL');
    expect(call('valueType', { temporalType: 'DateTime' as const, toString: () => 'x' })).toBe('ZONED DATETIME NOT NULL');
    expect(call('valueType', [])).toBe('LIST<NOTHING> NOT NULL');
    expect(call('valueType', [1n, 2n])).toBe('LIST<INTEGER NOT NULL> NOT NULL');
    expect(call('valueType', [2.5, 1n, 'a'])).toBe('LIST<STRING NOT NULL | INTEGER NOT NULL | FLOAT NOT NULL> NOT NULL');
    expect(call('valueType', [1n, null])).toBe('LIST<INTEGER> NOT NULL');
    expect(call('valueType', [null])).toBe('LIST<NULL> NOT NULL');
    expect(call('valueType', [[1n], ['a']])).toBe('LIST<LIST<INTEGER NOT NULL> NOT NULL | LIST<STRING NOT NULL> NOT NULL> NOT NULL');
  });
});

describe('declared signatures', () => {
  it('cover every function of the four families, one entry per possible argument', () => {
    for (const fn of [...stringFunctions, ...mathFunctions, ...listFunctions, ...conversionFunctions, ...clockFunctions]) {
      const sig = functionSignature(fn.name);
      expect(sig, fn.name).toBeDefined();
      expect(sig!.length, fn.name).toBe(fn.maxArgs);
    }
    expect(functionSignature('nosuchfunction')).toBeUndefined();
  });

  it('accept Integers where Floats are declared, not the reverse', () => {
    expect(acceptsType(functionSignature('sqrt')![0], 'INTEGER')).toBe(true);
    expect(acceptsType(functionSignature('substring')![1], 'FLOAT')).toBe(false);
    expect(acceptsType(functionSignature('toUpper')![0], 'INTEGER')).toBe(false);
    expect(acceptsType(functionSignature('toString')![0], 'MAP')).toBe(true);
  });

  it('name the first statically mismatched argument as Neo4j words it', () => {
    expect(argumentMismatch('toUpper', ['Integer'])).toEqual({ index: 0, expected: 'String', actual: 'Integer' });
    expect(argumentMismatch('substring', ['String', 'Float'])).toEqual({ index: 1, expected: 'Integer', actual: 'Float' });
    expect(argumentMismatch('sqrt', ['Node'])).toEqual({ index: 0, expected: 'Float or Integer', actual: 'Node' });
    expect(argumentMismatch('split', ['String', 'List'])).toBeUndefined();
    expect(argumentMismatch('toUpper', ['Any'])).toBeUndefined();
    expect(argumentMismatch('toUpper', ['Null'])).toBeUndefined();
    expect(argumentMismatch('toString', ['Map'])).toBeUndefined();
    expect(argumentMismatch('sqrt', ['Integer'])).toBeUndefined();
    expect(argumentMismatch('nosuchfunction', ['Integer'])).toBeUndefined();
    expect(resultType('toUpper')).toBe('String');
    expect(resultType('abs')).toBe('Any');
  });
});
