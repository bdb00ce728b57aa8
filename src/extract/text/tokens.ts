/** Tokenizer with offsets: words (with inner - . & ' as in "Acme.com", "Auvergne-Rhône-Alpes", "R&D"), French elisions ("l'", "qu'") and possessive "'s" as tokens of their own, numbers and punctuation. */
import { fold } from './normalize.ts';

export type TokenKind = 'word' | 'elision' | 'possessive' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Folded form (lower case, no accents, straight apostrophe). */
  lower: string;
  cap: boolean;
  allCaps: boolean;
}

const TOKEN = /((?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=[\p{L}\p{N}]))|((?:\p{L}\.){2,})|(['’]s\b)|([\p{L}\p{N}]+(?:(?:[-.&]|['’](?!s\b))[\p{L}\p{N}]+)*)|(\S)/gu;

type Shape = { kind: TokenKind; lower: string; cap: boolean; allCaps: boolean };
/** Shapes by the group a token matched (e elision, s possessive, w word, p punctuation): no key string built per token. */
const shapes: Record<'e' | 's' | 'w' | 'p', Map<string, Shape>> = { e: new Map(), s: new Map(), w: new Map(), p: new Map() };

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const group = m[1] ? 'e' : m[3] ? 's' : m[2] || m[4] ? 'w' : 'p';
    // (speed: an ASCII token's shape is read from its characters; a table of every token seen was a lookup
    // in a large map per token, slower than the reading)
    if (isAscii(t)) {
      if (group !== 'w') {
        out.push({ text: t, start: m.index, end: m.index + t.length, kind: group === 'e' ? 'elision' : group === 's' ? 'possessive' : 'punct',
          lower: t === '`' ? "'" : t.toLowerCase(), cap: false, allCaps: false });
        continue;
      }
      const word = asciiWord(t);
      out.push({ text: t, start: m.index, end: m.index + t.length, kind: word & DIGITS_ONLY ? 'number' : 'word', lower: t.toLowerCase(),
        cap: (word & CAPITALISED) !== 0, allCaps: (word & ALL_CAPS) !== 0 });
      continue;
    }
    // what a token is depends only on its text and the group it matched: read once per distinct token
    const known = shapes[group];
    let shape = known.get(t);
    if (!shape) {
      const kind: TokenKind = group === 'e' ? 'elision' : group === 's' ? 'possessive' : group === 'w' ? (ALL_DIGITS.test(t) ? 'number' : 'word') : 'punct';
      const word = kind === 'word';
      const c0 = t[0]!;
      const upperFirst = word && c0 !== c0.toLowerCase();
      shape = {
        kind, lower: fold(t),
        // "Acme", "QX2", "3M", and inner capitals: "iPhone", "bZ7", "eBay"
        cap: word && (upperFirst || (t !== t.toLowerCase() && LATER_CAPITAL.test(t))),
        allCaps: word && t === t.toUpperCase() && t !== t.toLowerCase(),
      };
      if (known.size >= 50_000) known.clear();
      known.set(t, shape);
    }
    out.push({ text: t, start: m.index, end: m.index + t.length, kind: shape.kind, lower: shape.lower, cap: shape.cap, allCaps: shape.allCaps });
  }
  return out;
}

function isAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0x7f) return false;
  return true;
}

const DIGITS_ONLY = 1, CAPITALISED = 2, ALL_CAPS = 4;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The shape of an ASCII word token, as the general reading gives it: only digits (a number); capitalised
 * (a capital first, or a capital after letters and digits only: "iPhone", "3M"); all capitals (a capital
 * and no small letter).
 */
function asciiWord(t: string): number {
  let digits = true, upper = false, lower = false, later = false, alnumRun = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const u = isUpper(c), l = isLower(c), d = isDigit(c);
    if (!d) digits = false;
    if (u) { upper = true; if (i > 0 && alnumRun) later = true; }
    if (l) lower = true;
    if (!u && !l && !d) alnumRun = false;
  }
  return (digits ? DIGITS_ONLY : 0) | (!digits && (isUpper(t.charCodeAt(0)) || later) ? CAPITALISED : 0) | (!digits && upper && !lower ? ALL_CAPS : 0);
}

/** Folded key of tokens i..j (inclusive), hyphens, dots and apostrophes as spaces: the gazetteer's key form. */
export function spanKey(tokens: readonly Token[], i: number, j: number): string {
  let s = '';
  for (let k = i; k <= j; k++) s += (k > i ? ' ' : '') + tokens[k]!.lower;
  // (speed: most spans are already plain words, which the replacement and the trim would leave as they are)
  return KEY_SHAPED.test(s) ? s : s.replace(/[^a-z0-9&]+/g, ' ').trim();
}
const KEY_SHAPED = /^[a-z0-9&]+(?: [a-z0-9&]+)*$/;

/**
 * The lower-case words of tokens[from, to) joined by spaces, as `tokens.slice(from, to).map(…).join(' ')`
 * (from ≥ 0). Speed: the mapped array of an empty slice has another elements kind than a full one, and
 * `.join` on it deoptimised the functions that inline this.
 */
export function joinedLower(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from, end = Math.min(to, tokens.length); k < end; k++) s += (k > from ? ' ' : '') + tokens[k]!.lower;
  return s;
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const ALL_DIGITS = /^\p{N}+$/u;
const LATER_CAPITAL = /^[\p{L}\p{N}]+\p{Lu}/u;
