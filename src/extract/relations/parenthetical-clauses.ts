/**
 * Clauses set off by commas between a subject and its verb — appositions and relative clauses:
 * "A, a unit of B, will build a plant in X", "A, which owns B, will open…", "A, whose parent is B, will expand…",
 * "A, based in Y, will open…", "A, filiale de B, assemblera…", "A, dont le siège est à Y, ouvrira…".
 * Rules that read "A will build … in X" see the subject cut from its verb; this module gives each such sentence a
 * second reading with the inserted clause blanked out (offsets kept), so every clause rule reads the main clause as
 * it would without the insertion. The inserted clause keeps its own reading (SUBSIDIARY_OF, ROLE_AT…) in the first pass.
 */
import type { Mention, Sentence } from '../types.ts';

/**
 * After a name: ", <opener> … ," then a lower-case word that is not a list's conjunction. Openers are words that
 * start an apposition or a relative clause, never a name: a list ("A, B and C") or a series of people with their
 * titles ("X, chief executive of A, Y, …") has none, and the word after the closing comma must begin a predicate.
 */
const INSERTED = new RegExp(String.raw`^,\s+(?:` + [
  // English relatives and participles
  String.raw`(?:which|who|whose)\s`,
  String.raw`(?:based|headquartered|owned|founded|backed|controlled|acquired|bought|created|established|formed|located|spun off)\s+(?:in|by|at|from|on)\s`,
  // English noun appositions: "a unit of B", "the parent of B", "part of the B group", "one of", "itself", "formerly"
  String.raw`(?:a|an|the|part|one|itself|formerly|now|also)\s`,
  // French relatives and participles
  String.raw`(?:qui|dont|que|qu['’])`,
  String.raw`(?:bas[ée]e?s?|install[ée]e?s?|implant[ée]e?s?|d[ée]tenue?s?|contr[ôo]l[ée]e?s?|rachet[ée]e?s?|acquise?s?|fond[ée]e?s?|cr[ée][ée]e?s?|sp[ée]cialis[ée]e?s?|propri[ée]t[ée]|filiale|maison m[èe]re|soci[ée]t[ée]|membre|leader|num[ée]ro|sp[ée]cialiste|fabricant|concurrent|partenaire)\s`,
  // French noun appositions
  String.raw`(?:un|une|le|la|les|l['’])`,
].join('|') + String.raw`)[^,;.()«»"“”]{1,110},\s+(?!(?:and|et|or|ou|as well as|ainsi|but|mais|with|avec|who|which|qui)\s)\p{Ll}`, 'u');

/**
 * A subject opens its clause: at most three lower-case words before it ("le groupe", "the Danish company"), after the
 * sentence start or a short fronted phrase ("On Monday, ", "En 2024, "). A name deeper in the sentence is a complement
 * ("l'usine de la A, installée en X, celle de B…") or an item of a longer clause, whose commas say nothing of a subject.
 */
const OPENS_CLAUSE = /^(?:[^,;]{0,40},\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}$/u;

/** Only names that can be a clause's subject open an insertion (a product too: "X, which is used in …, is made by A"). */
const isSubject = (m: Mention): boolean => m.type === 'Company' || m.type === 'Organization' || m.type === 'Person' || m.type === 'Product';

export interface ReducedSentence {
  /** The sentence with each inserted clause (its commas included) replaced by spaces: same length, same offsets. */
  sentence: Sentence;
  /** Mentions inside the blanked clauses (they are not part of the main clause). */
  inside: Set<number>;
}

/** The sentence read without its inserted clauses, or undefined when it has none. `own` are its mentions by start. */
export function withoutInsertedClauses(s: Sentence, own: readonly Mention[]): ReducedSentence | undefined {
  // (speed: no comma after a name, nothing to read)
  if (!s.text.includes(', ')) return undefined;
  let text = s.text;
  const inside = new Set<number>();
  let blankedTo = 0;
  for (const m of own) {
    if (m.implicit || m.end <= m.start || m.start < blankedTo || !isSubject(m) || s.text.charCodeAt(m.end) !== 44) continue;
    // (speed: the opener after the name first, it fails at once on most names; both are needed)
    const match = INSERTED.exec(s.text.slice(m.end, m.end + 140));
    if (!match || !OPENS_CLAUSE.test(s.text.slice(0, m.start))) continue;
    // the clause ends at its closing comma (the match ends on the predicate's first letter, after ", ")
    const closing = s.text.lastIndexOf(',', m.end + match[0].length - 1);
    const from = m.end;
    const to = closing + 1;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    for (const o of own) if (o.start >= from && o.end <= to) inside.add(o.index);
    blankedTo = to;
  }
  if (text === s.text) return undefined;
  return { sentence: { ...s, text }, inside };
}
