/**
 * The public-body and programme lexicons (institutions.ts, programmes.ts) as gazetteer entries: each
 * spelling → its canonical name, type and the lexicon category that `newsgraph explain` names.
 */
import type { GazetteerEntry } from '../gazetteer.ts';
import { matchKey } from '../text/normalize.ts';
import { INSTITUTION_ROWS, type LexiconRow } from './institutions.ts';
import { EVENT_CATEGORIES, PROGRAMME_ROWS } from './programmes.ts';

/** Longest spelling kept, in words: the gazetteer's longest key before these lists (longer names go by their acronyms). */
export const MAX_KEY_WORDS = 9;

/** Which lexicons are read (all by default; the ablation bench switches them off one at a time). */
export interface PublicLexicons { institutions: boolean; programmes: boolean }

function entries(rows: readonly LexiconRow[], type: 'Organization' | 'Program', lexicon: string): Array<[string, GazetteerEntry]> {
  const out: Array<[string, GazetteerEntry]> = [];
  for (const [category, name, ...aliases] of rows) {
    // one object per row: every spelling points at the same entry
    const entry: GazetteerEntry = { type, name, lexicon: `${lexicon}: ${category}` };
    const event = EVENT_CATEGORIES[category];
    if (event) entry.event = event;
    for (const spelling of [name, ...aliases]) if (matchKey(spelling).split(' ').length <= MAX_KEY_WORDS) out.push([spelling, entry]);
  }
  return out;
}

/** Spelling → entry, institutions first (a spelling both lists hold is the body's). */
export function publicLexiconEntries(use: PublicLexicons = { institutions: true, programmes: true }): Array<[string, GazetteerEntry]> {
  return [
    ...(use.institutions ? entries(INSTITUTION_ROWS, 'Organization', 'institutions lexicon') : []),
    ...(use.programmes ? entries(PROGRAMME_ROWS, 'Program', 'programmes lexicon') : []),
  ];
}
