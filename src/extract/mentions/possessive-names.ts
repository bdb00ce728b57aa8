/**
 * Names that end in "'s" (round 9): "Lowe's", "McDonald's", "Sainsbury's", "Macy's". The tokenizer reads "'s" as a
 * possessive, so the name lost its ending and became another name ("Lowe"). The article says the "'s" is the name's own
 * when the name is never written without it and once at least the "'s" cannot be a possessive: after "a" or "an" ("at a
 * Lowe's store"), or before a clause end or "and" and a lower-case word ("to recognize Lowe's and other companies").
 * Spans are extended in place before typing.
 */
import type { Token } from '../text/tokens.ts';
import type { Candidate } from './candidates.ts';

/** The fields of a span candidate this step reads and extends. */
export type PossessiveCandidate = Pick<Candidate, 'i' | 'j' | 'start' | 'end' | 'text' | 'sentence'>;

function ownEnding(tokens: readonly Token[], c: PossessiveCandidate): boolean {
  const before = tokens[c.i - 1], after = tokens[c.j + 2];
  if (before && /^(?:a|an)$/.test(before.lower)) return true;
  if (!after) return true;
  if (/^[.,;:)]$/.test(after.text)) return true;
  const next = tokens[c.j + 3];
  return /^(?:and|or)$/.test(after.lower) && next?.kind === 'word' && !next.cap;
}

export function readPossessiveNames(all: PossessiveCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>, sentenceText: (s: number) => string): void {
  const withS = new Map<string, boolean>(); // name → some occurrence proves the "'s" its own
  const alone = new Set<string>();
  for (const c of all) {
    const tokens = tokensOf.get(c.sentence)!;
    const p = tokens[c.j + 1];
    if (p?.kind === 'possessive' && p.start === tokens[c.j]!.end) withS.set(c.text, (withS.get(c.text) ?? false) || ownEnding(tokens, c));
    else alone.add(c.text);
  }
  for (const c of all) {
    if (!withS.get(c.text) || alone.has(c.text)) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (tokens[c.j + 1]?.kind !== 'possessive') continue;
    c.j += 1;
    c.end = tokens[c.j]!.end;
    c.text = sentenceText(c.sentence).slice(c.start, c.end);
  }
}
