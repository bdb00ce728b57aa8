/** Numbers as written in French and English news: "1,2", "1.2", "3 000", "14,000", "trois mille". */
import { MULTIPLIERS, NUMBER_WORDS } from '../lexicon/numbers.ts';

/** Digits with thousands separators (space, no-break space, comma or dot before exactly 3 digits) and a decimal part. */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

export function parseNumber(s: string): number {
  const t = s.replace(/[ \u00a0\u202f]/g, '');
  const m = /^(\d{1,3}(?:[.,]\d{3})+)(?:[.,](\d+))?$/.exec(t);
  if (m) {
    // "14,000" or "3.000": thousands; a following group ("1,234.5") is the decimal part
    const int = Number(m[1]!.replace(/[.,]/g, ''));
    return m[2] ? Number(`${int}.${m[2]}`) : int;
  }
  return Number(t.replace(',', '.'));
}

/**
 * A number before a scale word: "$1.237 billion" is 1.237 billion, not 1,237 billion (nobody writes a thousand billions
 * so), and "1,237 milliard" is the French decimal comma; "$1,237 million" stays 1,237 million (English thousands).
 */
export function parseScaledNumber(s: string, mult: string | undefined): number {
  const one = ONE_GROUP.exec(s.replace(/[ \u00a0\u202f]/g, ''));
  if (one && mult) {
    const m = mult.toLowerCase();
    if (one[2] === '.' ? BIG_SCALE_DOT.test(m) : BIG_SCALE_COMMA.test(m)) return Number(`${one[1]}.${one[3]}`);
  }
  return parseNumber(s);
}
const ONE_GROUP = /^(\d{1,3})([.,])(\d{3})$/;
const BIG_SCALE_DOT = /^(?:millions?|milliards?|billions?|trillions?|bn|mn|mds?|mrds?|tn)$/;
const BIG_SCALE_COMMA = /^(?:milliards?|billions?|trillions?|bn|mds?|mrds?|tn)$/;

const WORDS = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
/** One or more number words: "trois mille", "vingt-deux", "two hundred", "five and a half". */
export const NUMBER_WORDS_SOURCE = String.raw`(?:(?:${WORDS}|mille|thousand)(?:[\s-]+|(?=\s)))+(?:(?:and a half|et demie?)\s+)?`;

export function parseNumberWords(s: string): number | undefined {
  let total = 0, current = 0, any = false;
  // "five and a half (billion)", "deux et demi": a half more
  const half = /\s+(?:and a half|et demie?)\s*$/i.exec(s);
  if (half) { const v = parseNumberWords(s.slice(0, half.index)); return v === undefined ? undefined : v + 0.5; }
  for (const w of s.toLowerCase().split(/[\s-]+/).filter((x) => x && x !== 'et' && x !== 'and')) {
    if (w === 'mille' || w === 'thousand') { total += Math.max(current, 1) * 1000; current = 0; any = true; continue; }
    const v = NUMBER_WORDS[w];
    if (v === undefined) return undefined;
    any = true;
    if (v === 100) current = Math.max(current, 1) * 100;
    else current += v;
  }
  return any ? total + current : undefined;
}

export function multiplier(word: string | undefined): number {
  if (!word) return 1;
  return MULTIPLIERS[word.toLowerCase().replace(/\.$/, '')] ?? 1;
}
