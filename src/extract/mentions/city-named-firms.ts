/**
 * Firms named like a foreign city (the caller checks that the article names neither the city's country nor another
 * place of it, so a city read here is no place the article is about):
 * - the firm's site in a place of another country after it: "met them at Orvane on Tweedside", "Orvane, à Valenciennes,";
 * - the firm as the subject of a copula whose complement is a firm's noun: "Orvane became the world's largest automaker",
 *   "Orvane est le premier constructeur".
 * - the city's name alone where the article names a firm of that name and a legal tail: "Orvane Motor Corporation".
 * Pure: reads the tokens of the sentence and the gazetteer, or the article's typed names.
 */
import type { Gazetteer } from '../gazetteer.ts';
import { FIRM_TAIL_WORDS } from '../lexicon/common.ts';
import { matchKey } from '../text/normalize.ts';
import { spanKey, type Token } from '../text/tokens.ts';

export interface CitySpan { i: number; j: number }

/** Prepositions of a site: "at X in Y", "X, à Y", "X on Tweedside". */
const SITE_PREPOSITION = /^(?:at|in|on|near|a|en|dans|pres)$/;
/** A copula before a predicate noun phrase. */
const COPULA = /^(?:is|was|became|becomes|remains|remained|est|etait|reste|devient|devenu)$/;
const DETERMINER = /^(?:the|a|an|le|la|l'|un|une)$/;
/** Words of a predicate noun phrase that make it a place, whatever firm's noun follows ("the home of the largest automaker"). */
const PLACE_PREDICATE = /^(?:home|capital|city|town|seat|heart|hub|centre|center|birthplace|ville|capitale|siege|berceau|coeur|centre)$/;

/** Whether a place of another country than `country` follows the city after a site preposition (and an optional comma). */
export function siteInOtherCountry(tokens: readonly Token[], c: CitySpan, gaz: Gazetteer, country: string): boolean {
  let k = c.j + 1;
  if (tokens[k]?.text === ',') k++;
  const prep = tokens[k];
  if (!prep || prep.kind !== 'word' || prep.cap || !SITE_PREPOSITION.test(prep.lower)) return false;
  // ("at Orvane on the Tweedside estate": the place right after the preposition, up to three words)
  const first = k + 1;
  if (!tokens[first]?.cap) return false;
  for (let end = Math.min(tokens.length - 1, first + 2); end >= first; end--) {
    const g = gaz.lookup(spanKey(tokens, first, end));
    if (!g || (g.type !== 'Region' && g.type !== 'Country')) continue;
    const other = g.type === 'Country' ? g.iso2 : g.country;
    return other !== undefined && other !== country;
  }
  return false;
}

/** Whether the city is the subject of a copula whose complement is a firm's noun ("X became the world's largest automaker"). */
export function firmPredicate(tokens: readonly Token[], c: CitySpan, isFirmNoun: (w: string) => boolean): boolean {
  const verb = tokens[c.j + 1];
  if (!verb || verb.kind !== 'word' || verb.cap || !COPULA.test(verb.lower)) return false;
  if (!DETERMINER.test(tokens[c.j + 2]?.lower ?? '')) return false;
  // the noun phrase up to five words, before a clause end or a preposition
  for (let k = c.j + 3; k < Math.min(tokens.length, c.j + 9); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'possessive') return false;
    if (t.cap || PLACE_PREDICATE.test(t.lower)) return false;
    if (isFirmNoun(t.lower)) return true;
  }
  return false;
}

export interface TypedName { text: string; type?: string; cue?: string; drop?: boolean; gaz?: { population?: number } }

/**
 * "Orvane Motor Corporation … l'usine de Orvane": a city's name alone where the article names a firm of that name and its
 * legal or trade tail is the firm, unless the article writes the name after a place preposition (`placeWords`). Returns
 * the city mentions to retype.
 */
export function citiesNamingFirms<T extends TypedName>(all: readonly T[], placeWords: ReadonlySet<string>): T[] {
  const firmHeads = new Set<string>();
  for (const c of all) {
    if (c.drop || c.type !== 'Company') continue;
    const words = matchKey(c.text).split(' ');
    if (words.length > 1 && words.slice(1).every((w) => FIRM_TAIL_WORDS.has(w))) firmHeads.add(words[0]!);
  }
  if (!firmHeads.size) return [];
  return all.filter((c) => !c.drop && c.type === 'Region' && c.cue === 'gazetteer' && c.gaz?.population !== undefined &&
    firmHeads.has(matchKey(c.text)) && !placeWords.has(matchKey(c.text)));
}
