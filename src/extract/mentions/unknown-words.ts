/**
 * Names made of words no dictionary knows ("Forvia à Méru", "to restructure Orvane", "une usine Pellix"):
 * a capitalised word inside a sentence that is no word of English or French, no given name and no place
 * is a coined name, and coined names in news are mostly brands and companies. It takes the weakest
 * default, so any cue of the article (a product noun, a place word, a person's name) wins over it.
 */
import { isCommonWord } from '../lexicon/dictionary.ts';
import { isGivenName } from '../lexicon/first-names.ts';
import type { Token } from '../text/tokens.ts';

/** Words that end a French inverted question or an imperative ("Pourriez-vous", "Avez-vous", "Dites-moi"). */
const INVERTED_PRONOUN = /-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|moi|toi|lui|leur|les|le|la|y|en|ce)$/;

const LOCAL_AUTHORITY = /^(?:borough|council|county|district|parish|municipality|shire|conseil|commune|communaute|département|departement)$/;

/** "Pourriez-vous", "Avez-vous", "Dites-moi": a verb and its inverted pronoun, which opens a question, not a name. */
export function isInvertedVerb(word: string): boolean {
  const m = INVERTED_PRONOUN.exec(word);
  return !!m && isCommonWord(word.slice(0, m.index), 'fr');
}

/** Whether every word of the span is a capitalised coined word: no dictionary word, no given name, no acronym. */
export function isCoinedName(tokens: readonly Token[], i: number, j: number): boolean {
  // "Gonfreville l'Orcher": the end of a place's name after an elided article
  if (tokens[i - 1]?.kind === 'elision' && tokens[i - 2]?.cap) return false;
  // "Arthur J. Gallagher (‘Gallagher')": an alias in brackets belongs to the name before it
  if (tokens[i - 1]?.text === '(' || tokens[i - 2]?.text === '(') return false;
  // "Arfon borough council": a local authority's area, which the place lists did not know
  if (LOCAL_AUTHORITY.test(tokens[j + 1]?.text ?? '')) return false;
  let words = 0;
  for (let k = i; k <= j; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    // "Ma" "EVs" "CEOs": acronyms (and their plurals) are read by their own rules
    if (!t.cap || t.allCaps || PLURAL_ACRONYM.test(t.text) || t.text.length < 4) return false;
    if (INVERTED_PRONOUN.test(t.lower)) return false;
    for (const part of t.lower.split('-')) if (isCommonWord(part) || isGivenName(part) || isDerivedWord(part)) return false;
    words++;
  }
  return words > 0;
}

/** Prefixes that make new common words of old ones ("réindustrialisation", "reconfigurer", "co-investment"). */
const PREFIXES = /^(?:re|de|des|pre|co|anti|sur|sous|inter|multi|auto|non|over|under|out|post|semi|super|trans|micro|macro|mega|hyper|mini)/;

/** A word no list holds but that is a prefix and a common word: coined by grammar, not a name. */
function isDerivedWord(word: string): boolean {
  const m = PREFIXES.exec(word);
  if (!m) return false;
  const rest = word.slice(m[0].length);
  return rest.length >= 4 && isCommonWord(rest);
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
