/**
 * Misspellings of a name the same article writes right: "United State" beside "United States",
 * "Manuels Valls" beside "Manuel Valls", "Ann-field Plain" (a word broken at a line end) beside
 * "Annfield Plain". Two names of several words that differ in one word only, by a final "s" or by a
 * hyphen inside the word, name one thing; the form typed with less confidence (or written less
 * often) is the misspelling and takes the other's entity and type. Pure: mentions in, map out.
 */
import type { EntityType } from '../graph/model.ts';

export interface VariantMention { text: string; type: EntityType; confidence: number }

const words = (s: string) => s.split(/\s+/).filter(Boolean);

// (module constants and function: esbuild rebuilds a `\p{…}` literal at every evaluation inside a function)
const LOWER_HYPHEN_LOWER = /(\p{Ll})-(\p{Ll})/gu, LOWER_HYPHEN = /\p{Ll}-\p{Ll}/u;
const unbroken = (w: string) => w.replace(LOWER_HYPHEN_LOWER, '$1$2');

/** Whether two words are one word spelled twice: a final "s" more, or a hyphen between two lower-case letters. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l === `${s}s` && s.length >= 3) return true;
  return unbroken(a) === unbroken(b) && LOWER_HYPHEN.test(a + b) && unbroken(a).length >= 5;
}

/** Misspelt surface text → the surface text it misspells. */
export function spellingVariants(mentions: readonly VariantMention[]): Map<string, string> {
  const byText = new Map<string, { confidence: number; count: number }>();
  for (const m of mentions) {
    const s = byText.get(m.text) ?? { confidence: 0, count: 0 };
    s.confidence = Math.max(s.confidence, m.confidence); s.count++;
    byText.set(m.text, s);
  }
  // names filed by their word count and first letters, so each compares with few others
  const groups = new Map<string, string[]>();
  for (const t of byText.keys()) {
    const w = words(t);
    if (w.length < 2) continue;
    const k = `${w.length}:${w.map((x) => x[0]).join('')}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  const out = new Map<string, string>();
  for (const texts of groups.values()) {
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!, b = texts[j]!;
        const wa = words(a), wb = words(b);
        const differ = wa.filter((w, k) => w !== wb[k]).length;
        if (differ !== 1 || !wa.every((w, k) => sameWord(w, wb[k]!))) continue;
        const sa = byText.get(a)!, sb = byText.get(b)!;
        const rank = (s: { confidence: number; count: number }) => s.confidence * 1000 + s.count;
        if (rank(sa) === rank(sb)) continue;
        const [variant, name] = rank(sa) < rank(sb) ? [a, b] : [b, a];
        if (!out.has(variant)) out.set(variant, name);
      }
    }
  }
  // a chain ("A" → "B" → "C") ends at the last name
  for (const [v, n] of out) { let t = n; for (let k = 0; k < 5 && out.has(t); k++) t = out.get(t)!; out.set(v, t); }
  return out;
}
