/**
 * One name written as two joined by "and", "et" or "&" (round 10): "Harland and Wolff" where the article also writes
 * "Harland & Wolff" or "Harland and Wolff's yards", "GM et S" (a single letter is no name of its own). The two candidates were
 * read as two companies, and the relations went to halves. The first is widened over the second, which is dropped.
 * Evidence is the article's own: the "&" form of the same name elsewhere, a single letter, or a possessive after a pair that is
 * never written apart.
 */
import { ORGANIZATION_HEADS, NAME_TAIL_TYPES } from '../lexicon/common.ts';
import { matchKey } from '../text/normalize.ts';
import { isCommonWord } from '../lexicon/dictionary.ts';
import type { Token } from '../text/tokens.ts';
import { reject, tracing } from '../trace.ts';
import type { Candidate } from './candidates.ts';

/** The fields of a span candidate this step reads and widens. */
export type ConjoinedCandidate = Pick<Candidate, 'i' | 'j' | 'start' | 'end' | 'text' | 'sentence' | 'gaz' | 'aliases' | 'quoted'> & { drop?: boolean };

const JOINER = /^(?:and|et|&)$/;
const ONE_LETTER = /^\p{Lu}$/u;

/** "Harland and Wolff" and "Harland & Wolff" read alike. */
const pairKey = (a: string, b: string): string => `${matchKey(a)} & ${matchKey(b)}`;

export function joinConjoinedNames<C extends ConjoinedCandidate>(all: C[], tokensOf: ReadonlyMap<number, readonly Token[]>, sentenceText: (s: number) => string): C[] {
  // names the article writes whole with "&" ("Harland & Wolff"), and names it writes on their own
  const ampersand = new Set<string>();
  const counts = new Map<string, number>();
  for (const c of all) {
    const parts = c.text.split(/\s*&\s*/);
    if (parts.length === 2 && parts[0] && parts[1]) ampersand.add(pairKey(parts[0], parts[1]));
    counts.set(matchKey(c.text), (counts.get(matchKey(c.text)) ?? 0) + 1);
  }
  const pairs: Array<[C, C]> = [];
  for (let n = 0; n + 1 < all.length; n++) {
    const a = all[n]!, b = all[n + 1]!;
    if (a.sentence !== b.sentence || a.drop || b.drop || a.quoted || b.quoted || b.i !== a.j + 2) continue;
    const tokens = tokensOf.get(a.sentence)!;
    if (!JOINER.test(tokens[a.j + 1]!.lower)) continue;
    pairs.push([a, b]);
  }
  // how often each pair is written joined
  const joined = new Map<string, number>();
  for (const [a, b] of pairs) joined.set(pairKey(a.text, b.text), (joined.get(pairKey(a.text, b.text)) ?? 0) + 1);
  const dropped = new Set<C>();
  for (const [a, b] of pairs) {
    if (dropped.has(a) || (a.gaz && !a.gaz.town) || (b.gaz && !b.gaz.town)) continue;
    const tokens = tokensOf.get(a.sentence)!;
    const key = pairKey(a.text, b.text);
    const letter = (a.i === a.j && ONE_LETTER.test(tokens[a.i]!.text)) || (b.i === b.j && ONE_LETTER.test(tokens[b.i]!.text));
    // "Harland and Wolff's site": a possessive after a pair never written apart makes it one owner's name
    const apart = (counts.get(matchKey(a.text)) ?? 0) + (counts.get(matchKey(b.text)) ?? 0) - 2 * (joined.get(key) ?? 0);
    const owner = a.i === a.j && b.i === b.j && tokens[b.j + 1]?.kind === 'possessive' && apart === 0 && (joined.get(key) ?? 0) >= 2 && !tokens[a.i]!.allCaps;
    if (!ampersand.has(key) && !letter && !owner && !frenchCommonPair(tokens, a, b)) continue;
    a.j = b.j;
    a.end = b.end;
    a.text = sentenceText(a.sentence).slice(a.start, a.end);
    dropped.add(b);
    if (tracing()) reject({ stage: 'mention', sentence: b.sentence, text: b.text, reason: `second half of "${a.text}", one name joined by "${tokens[b.i - 1]!.text}"`, rule: 'conjoined-name' });
  }
  return dropped.size ? all.filter((c) => !dropped.has(c)) : all;
}

/**
 * "Vellco Mesures et Essais" (round 11): in French a capitalised plural common noun alone after "et" names nothing of its own;
 * it coordinates with the plural common noun ending the name before it (two words or more), and the name goes on over it.
 */
function frenchCommonPair(tokens: readonly Token[], a: ConjoinedCandidate, b: ConjoinedCandidate): boolean {
  if (tokens[a.j + 1]!.lower !== 'et' || a.j <= a.i || b.i !== b.j) return false;
  const last = tokens[a.j]!, word = tokens[b.i]!, after = tokens[b.j + 1];
  const common = (t: Token) => t.kind === 'word' && t.cap && !t.allCaps && t.text.length >= 4 && isCommonWord(t.lower, 'fr');
  // (coordinated nouns agree in number: "Mesures et Essais"; "… Corporation et Airbus" is two firms)
  const plural = (t: Token) => /[sx]$/.test(t.lower);
  return common(last) && common(word) && plural(last) && plural(word) && !NAME_TAIL_TYPES[last.lower] && !ORGANIZATION_HEADS.has(word.lower) && !(after?.kind === 'word' && after.cap);
}
