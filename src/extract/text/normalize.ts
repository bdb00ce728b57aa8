/** Text normalisation shared by extraction and resolution. */

const ASCII = /^[\x00-\x7f]*$/;
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Lower case, accents removed, typographic apostrophes straightened. Short strings are memoised (words repeat). */
export function fold(s: string): string {
  // sentences are folded by several rules in a row: a small cache for long strings (ASCII ones too:
  // the same sentence string is looked up, its hash is computed once), a large one for accented words
  const long = s.length > 40;
  if (!long && ASCII.test(s)) return s.toLowerCase().replace(/`/g, "'");
  // whole texts are not kept: 512 of them would hold megabytes
  if (s.length > 4000) return ASCII.test(s) ? s.toLowerCase().replace(/`/g, "'") : slowFold(s);
  const map = long ? sentenceCache : cache;
  let f = map.get(s);
  if (f === undefined) {
    if (map.size >= (long ? 512 : CACHE_LIMIT)) map.clear();
    f = long && ASCII.test(s) ? s.toLowerCase().replace(/`/g, "'") : slowFold(s);
    map.set(s, f);
  }
  return f;
}
const sentenceCache = new Map<string, string>();

function slowFold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase();
}

/** Lower-case ASCII slug: "Auvergne-Rhône-Alpes" → "auvergne-rhone-alpes". */
export function slug(s: string): string {
  return fold(s).replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

const matchKeys = new Map<string, string>();

/** Matching key: folded, punctuation and hyphens as single spaces. Memoised. */
export function matchKey(s: string): string {
  let k = matchKeys.get(s);
  if (k === undefined) {
    if (matchKeys.size >= CACHE_LIMIT) matchKeys.clear();
    k = fold(s).replace(/[^a-z0-9&]+/g, ' ').trim();
    matchKeys.set(s, k);
  }
  return k;
}

const CAP = /^[\p{Lu}]/u;
export const isCapitalised = (w: string): boolean => CAP.test(w);
export const isAllCaps = (w: string): boolean => HAS_UPPER.test(w) && !HAS_LOWER.test(w);

/** Folded text of text[a, b), from the folded whole when folding kept the length (the usual case). */
export function foldedSlice(text: string, folded: string, a: number, b: number): string {
  return folded.length === text.length ? folded.slice(Math.max(0, a), b) : fold(text.slice(Math.max(0, a), b));
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
