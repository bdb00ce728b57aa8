/**
 * String functions, as Neo4j 5 implements them: lengths and positions count code points, trimming
 * removes Java's whitespace (Character.isWhitespace), `split` keeps empty pieces, null in → null out,
 * a non-string where a string is needed → TypeError, a negative length → ArgumentError.
 * (toString and its relatives live in conversion.ts; size() of a string in list.ts.)
 */
import { randomUUID } from 'node:crypto';
import type { CypherValue } from '../values.ts';
import { argumentError, asInt, expectString, wrongType } from './arguments.ts';
import { registerFunctions, type ScalarFunction } from './registry.ts';

/** Java's Character.isWhitespace: space separators except no-break spaces, plus \t \n \v \f \r and \x1C–\x1F. */
export function isJavaWhitespace(cp: number): boolean {
  if ((cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20)) return true;
  if (cp < 0x1680) return false;
  if (cp === 0x00a0 || cp === 0x2007 || cp === 0x202f) return false;
  return cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x205f || cp === 0x3000;
}

type CodePointTest = (cp: number) => boolean;

function trimStart(s: string, drop: CodePointTest): string {
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (!drop(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return s.slice(i);
}

function trimEnd(s: string, drop: CodePointTest): string {
  let end = s.length;
  while (end > 0) {
    const low = s.charCodeAt(end - 1);
    const pair = end > 1 && low >= 0xdc00 && low <= 0xdfff && s.charCodeAt(end - 2) >= 0xd800 && s.charCodeAt(end - 2) <= 0xdbff;
    const cp = pair ? s.codePointAt(end - 2)! : low;
    if (!drop(cp)) break;
    end -= pair ? 2 : 1;
  }
  return s.slice(0, end);
}

/** The code-point test for an optional trim-character string (any of its characters is trimmed). */
function trimTest(fn: string, args: CypherValue[]): CodePointTest | null {
  if (args.length < 2) return isJavaWhitespace;
  const chars = args[1];
  if (chars === null) return null;
  const set = new Set([...expectString(fn, chars, 'a String of characters to trim')].map((c) => c.codePointAt(0)!));
  return (cp) => set.has(cp);
}

function trimmer(name: string, start: boolean, end: boolean, maxArgs = 2): ScalarFunction {
  return {
    name, minArgs: 1, maxArgs,
    call(args) {
      const s = args[0];
      if (s === null) return null;
      const str = expectString(name, s);
      const test = trimTest(name, args);
      if (test === null) return null;
      let out = str;
      if (start) out = trimStart(out, test);
      if (end) out = trimEnd(out, test);
      return out;
    },
  };
}

function caseMapper(name: string, map: (s: string) => string): ScalarFunction {
  return {
    name, minArgs: 1, maxArgs: 1,
    call([s]) {
      if (s === null) return null;
      return map(expectString(name, s));
    },
  };
}

/** Index (in UTF-16 units) of the code point number `n` of `s`, or s.length when there are fewer. */
function codePointOffset(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

/** Length in code points, as Cypher counts a string's characters. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    n++;
  }
  return n;
}

/** substring by code points; a negative start or length is an ArgumentError. */
function substringOf(fn: string, s: string, start: number, length: number): string {
  if (start < 0 || length < 0) throw argumentError(fn, 'negative start index or length', 'NegativeIntegerArgument');
  const from = codePointOffset(s, start);
  const to = codePointOffset(s, Math.min(start + length, Number.MAX_SAFE_INTEGER));
  return s.slice(from, to);
}

function splitOn(s: string, separators: string[]): string[] {
  if (s.length === 0) return [''];
  if (separators.some((sep) => sep === s)) return ['', ''];
  if (separators.some((sep) => sep.length === 0)) {
    let reduced = s;
    for (const sep of separators) if (sep.length > 0) reduced = reduced.split(sep).join('');
    return reduced.split('');
  }
  const out: string[] = [];
  let offset = 0;
  for (;;) {
    let index = -1;
    let found = '';
    for (const sep of separators) {
      const i = s.indexOf(sep, offset);
      if (i !== -1 && (index === -1 || i < index)) { index = i; found = sep; }
    }
    if (index === -1) { out.push(s.slice(offset)); return out; }
    out.push(s.slice(offset, index));
    offset = index + found.length;
  }
}

const NORMAL_FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

export const stringFunctions: ScalarFunction[] = [
  caseMapper('toUpper', (s) => s.toUpperCase()),
  caseMapper('toLower', (s) => s.toLowerCase()),
  caseMapper('upper', (s) => s.toUpperCase()),
  caseMapper('lower', (s) => s.toLowerCase()),
  trimmer('trim', true, true, 1), // trim(BOTH 'x' FROM s) is syntax: btrim(s, 'x')
  trimmer('btrim', true, true),
  trimmer('lTrim', true, false),
  trimmer('rTrim', false, true),
  {
    name: 'replace', minArgs: 3, maxArgs: 3,
    call([original, search, replacement]) {
      if (original === null || search === null || replacement === null) return null;
      const s = expectString('replace', original);
      const find = expectString('replace', search, 'a String to search for');
      const by = expectString('replace', replacement, 'a replacement String');
      return s.replaceAll(find, () => by);
    },
  },
  {
    name: 'substring', minArgs: 2, maxArgs: 3,
    call(args) {
      if (args.some((a) => a === null)) return null;
      const s = expectString('substring', args[0]);
      const start = asInt('substring', args[1], 'an Integer start');
      const length = args.length > 2 ? asInt('substring', args[2], 'an Integer length') : Number.MAX_SAFE_INTEGER;
      return substringOf('substring', s, start, length);
    },
  },
  {
    name: 'left', minArgs: 2, maxArgs: 2,
    call([original, length]) {
      if (original === null || length === null) return null;
      const s = expectString('left', original);
      const n = asInt('left', length, 'an Integer length');
      return substringOf('left', s, 0, n);
    },
  },
  {
    name: 'right', minArgs: 2, maxArgs: 2,
    call([original, length]) {
      if (original === null || length === null) return null;
      const s = expectString('right', original);
      const n = asInt('right', length, 'an Integer length');
      if (n < 0) throw argumentError('right', 'negative length', 'NegativeIntegerArgument');
      const total = codePointLength(s);
      return s.slice(codePointOffset(s, Math.max(0, total - n)));
    },
  },
  {
    name: 'split', minArgs: 2, maxArgs: 2,
    call([original, separator]) {
      if (original === null || separator === null) return null;
      const s = expectString('split', original);
      if (Array.isArray(separator)) {
        if (separator.some((sep) => sep === null)) return null;
        return splitOn(s, separator.map((sep) => expectString('split', sep, 'a String or a List of Strings as delimiter')));
      }
      return splitOn(s, [expectString('split', separator, 'a String or a List of Strings as delimiter')]);
    },
  },
  {
    name: 'reverse', minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      if (typeof v === 'string') return [...v].reverse().join('');
      if (Array.isArray(v)) return v.slice().reverse();
      throw wrongType('reverse', v, 'a String or a List');
    },
  },
  {
    name: 'normalize', minArgs: 1, maxArgs: 2,
    call(args) {
      if (args.some((a) => a === null)) return null;
      const s = expectString('normalize', args[0]);
      const form = args.length > 1 ? expectString('normalize', args[1], 'a normal form') : 'NFC';
      if (!NORMAL_FORMS.has(form)) throw argumentError('normalize', `unknown normal form '${form}' (NFC, NFD, NFKC or NFKD)`, 'InvalidArgumentValue');
      return s.normalize(form);
    },
  },
  { name: 'randomUUID', minArgs: 0, maxArgs: 0, deterministic: false, call: () => randomUUID() },
  ...['char_length', 'character_length'].map((name): ScalarFunction => ({
    name, minArgs: 1, maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      return BigInt(codePointLength(expectString(name, v)));
    },
  })),
];

registerFunctions(...stringFunctions);
