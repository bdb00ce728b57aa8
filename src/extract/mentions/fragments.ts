/**
 * Capitalised spans that are pieces of phrases, not names: months, speeches ("State of the Union Address"), plural
 * acronyms of common nouns ("SMEs and VSEs"), compound adjectives ("Made-in-America products"), the first words of a
 * quoted slogan ("“Make America a Magnet for Jobs …”"), plural heads of several bodies ("the UK and Scottish
 * Governments"). Each dropped span is recorded for `newsgraph explain`.
 */
import type { CueIndex } from '../cue-index.ts';
import { isCommonWord } from '../lexicon/dictionary.ts';
import { MONTH_NAMES } from '../lexicon/common.ts';
import { reject, tracing } from '../trace.ts';
import type { Token } from '../text/tokens.ts';

/** What this module reads of a typed candidate (detect.ts's own record). */
export interface FragmentCandidate {
  sentence: number;
  i: number;
  j: number;
  text: string;
  drop?: boolean;
  cue?: string;
  quoted?: boolean;
  aliases?: string[];
}

/** Months alone, but "May" and "Mai", which are also names. */
const MONTHS = new Set([...MONTH_NAMES].filter((m) => m !== 'may' && m !== 'mai'));
/** French months that are no English month: in an English sentence such a word is a name ("the acquisition of X by Mars"). */
const FRENCH_ONLY_MONTHS = new Set(['janvier', 'fevrier', 'février', 'mars', 'avril', 'juin', 'juillet', 'aout', 'août', 'septembre', 'octobre', 'novembre', 'decembre', 'décembre']);
/** English prepositions that stand before a name, never in a French date ("by", "of", "from", "with"). */
const ENGLISH_BEFORE_NAME = /^(?:by|of|from|with)$/;

/**
 * "the proposed acquisition of X by Mars", "Mars' increased power": a French month after an English preposition, no day or year
 * next to it, is a name written like the month (a French date says "le 3 mars", "en mars 2024").
 */
export function monthNamedInEnglish(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.cap && !t.allCaps && FRENCH_ONLY_MONTHS.has(t.lower) && ENGLISH_BEFORE_NAME.test(tokens[k - 1]?.lower ?? '') &&
    tokens[k + 1]?.kind !== 'number' && tokens[k - 2]?.kind !== 'number';
}

/** Last words of a speech's name: a speech is said, it acts in nothing. */
const SPEECH_HEADS = new Set(['address', 'speech', 'remarks', 'discours', 'allocution']);
/** Lower-case English prepositions inside a hyphenated compound ("Made-in-America", "Buy-in-Europe"); French places keep theirs ("Nord-Pas-de-Calais"). */
const INNER_PREPOSITION = /^(?:in|by|for|to)$/;
const OPEN_QUOTES = new Set(['“', '"', '«', '‘']);
/** Plural nouns of bodies: "the UK and Scottish Governments" are two bodies named by a common noun, not one name. */
const PLURAL_BODY_HEADS = new Set(['governments', 'councils', 'ministries', 'authorities', 'agencies', 'administrations', 'parliaments', 'gouvernements', 'ministeres']);
/** (module constants: esbuild rebuilds a `\p{…}` literal at every evaluation inside a function) */
const ONE_CAPITAL = /^\p{Lu}$/u, ACRONYM_PLURAL = /^\p{Lu}{2,5}s$/u;

export function dropFragments(all: FragmentCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>, cues: CueIndex): void {
  for (const c of all) {
    if (c.drop || c.cue === 'gazetteer' || c.aliases?.length) continue;
    const tokens = tokensOf.get(c.sentence)!;
    const first = tokens[c.i]!, last = tokens[c.j]!;
    let reason: string | undefined;
    if (c.i === c.j && MONTHS.has(first.lower) && !first.allCaps && !monthNamedInEnglish(tokens, c.i)) reason = 'a month';
    // "a Made in America renaissance": a participle of making before "in" is a label
    else if (c.i === c.j && /^(?:made|built|designed|assembled|grown|invented|fabrique|produit|concu)$/.test(first.lower) && tokens[c.j + 1]?.lower === 'in' || (tokens[c.j + 1]?.lower === 'en' && /^(?:fabrique|produit|concu)$/.test(first.lower) && c.i === c.j)) reason = 'a label ("Made in …")';
    // "un plan B", "option A": a letter after a noun of alternatives is no name
    else if (c.i === c.j && ONE_CAPITAL.test(first.text) && /^(?:plan|option|scenario|type|version|variante|phase)$/.test(tokens[c.i - 1]?.lower ?? '')) reason = 'a letter naming an alternative';
    // "FD-SOI (Fully Depleted Silicon On Insulator) technology": an acronym spelled out in common words is a common noun
    else if (c.i === c.j && tokens[c.j + 1]?.text === '(' && spelledInCommonWords(tokens, c.j)) reason = 'an acronym of common words spelled out after it';
    else if (c.j > c.i && SPEECH_HEADS.has(last.lower) && last.cap) reason = 'the name of a speech';
    // "SMEs and VSEs", "NGOs": the plural of an acronym is a common noun
    else if (c.i === c.j && ACRONYM_PLURAL.test(first.text) && c.cue !== 'suffix') reason = 'the plural of an acronym (a common noun)';
    else if (c.i === c.j && isCompoundAdjective(first.text)) reason = 'a compound adjective ("Made-in-America")';
    else if (c.j > c.i && !c.quoted && slogan(tokens, c)) reason = 'the first words of a quoted slogan or title';
    else if (c.j > c.i && PLURAL_BODY_HEADS.has(last.lower) && tokens.slice(c.i, c.j).every((t) => cues.demonyms.has(t.lower) || t.allCaps || isCommonWord(t.lower) || /^(?:and|et|&)$/.test(t.lower))) reason = 'a plural common noun of bodies';
    if (!reason) continue;
    c.drop = true;
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason, rule: 'fragment' });
  }
}

/** "FD-SOI (Fully Depleted Silicon On Insulator)": the words in brackets after the acronym are common words and spell it. */
function spelledInCommonWords(tokens: readonly Token[], k: number): boolean {
  const close = tokens.findIndex((t, n) => n > k + 1 && n < k + 10 && t.text === ')');
  if (close < 0) return false;
  const inner = tokens.slice(k + 2, close);
  if (inner.length < 2 || inner.some((t) => t.kind !== 'word' || !isCommonWord(t.lower))) return false;
  const letters = tokens[k]!.lower.replace(/[^a-z]/g, '');
  return inner.map((t) => t.lower[0]).join('') === letters;
}

/** "Made-in-America", "Buy-in-Europe": a hyphenated word whose first part is a common word and an inner part a lower-case preposition. */
function isCompoundAdjective(word: string): boolean {
  const parts = word.split('-');
  return parts.length >= 3 && parts.slice(1, -1).some((p) => INNER_PREPOSITION.test(p)) && isCommonWord(parts[0]!.toLowerCase());
}

/**
 * "“Make America a Magnet for Jobs by Investing in Manufacturing” plan": a span right after an opening quote, its first word a
 * common word, and the quote going on in lower-case words after it: the words of a slogan or a title, not a name.
 */
function slogan(tokens: readonly Token[], c: FragmentCandidate): boolean {
  if (!OPEN_QUOTES.has(tokens[c.i - 1]?.text ?? '') || !isCommonWord(tokens[c.i]!.lower) || tokens[c.i]!.allCaps) return false;
  const next = tokens[c.j + 1];
  return next?.kind === 'word' && !next.cap;
}
