/**
 * A sentence as a "skeleton": folded text (lower case, no accents) where each mention is replaced by a
 * placeholder ⟦C12⟧ (type letter + mention index). Pattern rules are regular expressions over it,
 * written with {S:…}/{T:…} slots (see patterns.ts), so a rule reads like the sentence it matches.
 */
import type { EntityType } from '../../graph/model.ts';
import { fold, foldedSlice } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';
import { isPortfolioOfTitle } from './portfolio.ts';

export const TYPE_LETTER: Readonly<Record<EntityType, string>> = {
  Company: 'C', Country: 'N', Region: 'R', Program: 'G', Person: 'P', Product: 'D', Organization: 'O',
};

export interface Skeleton {
  text: string;
  mentions: Mention[];
}

export function buildSkeleton(sentence: Sentence, mentions: readonly Mention[]): Skeleton {
  // "Business and Trade Secretary X": the portfolio is words of the title, not a name the rules may relate
  const own = mentions.filter((m) => m.sentence === sentence.index && !isPortfolioOfTitle(m, sentence)).sort((a, b) => a.start - b.start);
  const folded = fold(sentence.text);
  if (!own.length) return { text: folded, mentions: own };
  let out = '';
  let pos = 0;
  for (const m of own) {
    // a country stated by a demonym has no span of its own: no placeholder at the sentence start
    if (m.start < pos || (m.implicit && m.end <= m.start)) continue;
    out += foldedSlice(sentence.text, folded, pos, m.start) + `⟦${TYPE_LETTER[m.type]}${m.index}⟧`;
    pos = m.end;
    // "Orvane Inc. will invest": the abbreviation's dot belongs to the name, not to the clause (rules read "⟦C1⟧ will")
    if (sentence.text.charCodeAt(pos) === 46 && ABBREVIATED_TAIL.test(m.text) && pos + 1 < sentence.text.length) pos++;
  }
  out += foldedSlice(sentence.text, folded, pos, sentence.text.length);
  // an acronym in parentheses after a name is part of it: "⟦C4⟧ (aws)" → "⟦C4⟧"
  // (speed: each replacement only when it can change something; runs of one space stay as they are)
  if (out.includes('(')) out = out.replace(/(⟦[A-Z]\d+⟧)\s*\([^()⟦]{1,12}\)/g, '$1');
  if (SPACING_TO_TIDY.test(out)) out = out.replace(/\s+/g, ' ');
  return { text: out, mentions: own };
}

const ABBREVIATED_TAIL = /(?:^|\s)(?:Inc|Corp|Ltd|Co|Bros|Cie|Ets|Plc|Pty|Jr|Sr)$/;

/** Mention indexes of the placeholders in a piece of skeleton, in order. */
export function placeholders(s: string, letters = 'A-Z'): number[] {
  // one regular expression per letter set, compiled once (this runs for every match of every rule)
  let re = placeholderRes.get(letters);
  if (!re) { re = new RegExp(`⟦[${letters}](\\d+)⟧`, 'g'); placeholderRes.set(letters, re); }
  return [...s.matchAll(re)].map((m) => Number(m[1]));
}
const placeholderRes = new Map<string, RegExp>();
/** Whitespace that `\s+` → ' ' would change: a character other than a space, or a space before more whitespace. */
const SPACING_TO_TIDY = /[^\S ]| \s/;
