/**
 * Names that end in "'s" (round 9): "Lowe's", "McDonald's", "Sainsbury's", "Macy's". The tokenizer reads "'s" as a
 * possessive, so the name lost its ending and became another name ("Lowe"). The article says the "'s" is the name's own
 * when the name is never written without it and once at least the "'s" cannot be a possessive: after "a" or "an" ("at a
 * Lowe's store"), or before a clause end or "and" and a lower-case word ("to recognize Lowe's and other companies").
 * Spans are extended in place before typing. After a verb of making and before a specific good ("which produces Orvik's breakfast
 * cereals") the "'s" is the brand's own too, and the name is the brand (a Product).
 */
import type { EntityType } from '../../graph/model.ts';
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

/** Verbs of making and selling before a brand ("which produces Orvik's breakfast cereals"). */
const MAKING_VERBS = /^(?:produces|produce|produced|makes|make|made|sells|sell|sold|markets|manufactures|brews)$/;
/** Generic nouns after a firm's possessive: the firm's own goods, not a brand's ("sells Pellix's products"). */
const GENERIC_GOODS = /^(?:products?|goods|brands?|items?|services?|shares?|stakes?|business|businesses|assets|range|ranges|own|new|latest|other|best)$/;

/** Goods sold under a brand's name (food, drink, household goods): "Pellix's engines" are a firm's, no brand's. */
const BRANDED_GOODS = /^(?:cereals?|biscuits?|cookies?|crackers?|crisps|chips|snacks?|sweets|candy|candies|chocolates?|sauces?|soups?|ketchup|mustard|jams?|spreads?|beers?|ales?|lagers?|ciders?|wines?|whiske?y|gin|vodka|rum|coffee|teas?|juices?|drinks?|soda|sodas|water|cheeses?|yogh?urts?|ice cream|soaps?|shampoos?|cosmetics|perfumes?|toys?|pet food)$/;

/**
 * "which produces Orvik's breakfast cereals": a name with "'s" after a verb of making, before a specific good (one of the goods
 * brands are sold as, within two words), is a brand.
 */
function brandBefore(tokens: readonly Token[], c: PossessiveCandidate): boolean {
  const verb = tokens[c.i - 1], good = tokens[c.j + 2], next = tokens[c.j + 3];
  return !!verb && MAKING_VERBS.test(verb.lower) && good?.kind === 'word' && !good.cap && !GENERIC_GOODS.test(good.lower) &&
    (BRANDED_GOODS.test(good.lower) || (next?.kind === 'word' && !next.cap && BRANDED_GOODS.test(next.lower)));
}

export function readPossessiveNames(all: (PossessiveCandidate & { hint?: EntityType })[], tokensOf: ReadonlyMap<number, readonly Token[]>, sentenceText: (s: number) => string): void {
  const withS = new Map<string, boolean>(); // name → some occurrence proves the "'s" its own
  const alone = new Set<string>();
  for (const c of all) {
    const tokens = tokensOf.get(c.sentence)!;
    const p = tokens[c.j + 1];
    if (p?.kind === 'possessive' && p.start === tokens[c.j]!.end) withS.set(c.text, (withS.get(c.text) ?? false) || ownEnding(tokens, c) || brandBefore(tokens, c));
    else alone.add(c.text);
  }
  for (const c of all) {
    if (!withS.get(c.text) || alone.has(c.text)) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (tokens[c.j + 1]?.kind !== 'possessive') continue;
    if (brandBefore(tokens, c)) c.hint = 'Product';
    c.j += 1;
    c.end = tokens[c.j]!.end;
    c.text = sentenceText(c.sentence).slice(c.start, c.end);
  }
}

/** The fields of a candidate that joining a possessive title reads and rewrites (detect.ts's own record). */
export type PossessiveTitleCandidate = PossessiveCandidate & { gaz?: unknown; hint?: EntityType };

/**
 * "<Name>'s <Word>" as one name ("Orvik's Finest", "Pellton's Pride"): a brand or a title made of a possessive name and one
 * capitalised dictionary word that ends the phrase (before a clause end, "and", "or" or the sentence's end). Read apart, the
 * word became a name of its own (a town named like it) and the owner a place. The word must be no title, cue noun or stop word
 * ("Acme's President", "Ohio's Department …" stay apart). Such a name is no person's nor a place's: a brand's shape (typed
 * Product unless a cue says otherwise). A country or a region owns no such name (`isPlace`; a city may: its beer). Returns `all`
 * unchanged when nothing joins.
 */
export function joinPossessiveTitles<C extends PossessiveTitleCandidate>(all: C[], tokensOf: ReadonlyMap<number, readonly Token[]>, sentenceText: (s: number) => string,
  isCueWord: (w: string) => boolean, isCommon: (w: string) => boolean, isPlace: (c: C) => boolean): C[] {
  const out: C[] = [];
  let joinedAny = false;
  for (let n = 0; n < all.length; n++) {
    const c = all[n]!, w = all[n + 1];
    // (a place's possessive names what the place has: "France's Total" is a firm of France, no brand)
    if (w && possessiveTitle(c, w, tokensOf.get(c.sentence)!, isCueWord, isCommon) && !isPlace(c)) {
      out.push({ ...c, j: w.j, end: w.end, text: sentenceText(c.sentence).slice(c.start, w.end), gaz: undefined, hint: 'Product' });
      joinedAny = true;
      n++;
    } else out.push(c);
  }
  return joinedAny ? out : all;
}

function possessiveTitle(c: PossessiveTitleCandidate, w: PossessiveTitleCandidate, tokens: readonly Token[], isCueWord: (w: string) => boolean, isCommon: (w: string) => boolean): boolean {
  if (w.sentence !== c.sentence || w.i !== c.j + 2 || w.j !== w.i) return false;
  const p = tokens[c.j + 1]!, word = tokens[w.i]!, after = tokens[w.j + 1];
  if (p.kind !== 'possessive' || p.start !== tokens[c.j]!.end || word.kind !== 'word' || !word.cap || word.allCaps || !isCommon(word.lower) || isCueWord(word.lower)) return false;
  return !after || /^[.,;:)]$/.test(after.text) || /^(?:and|or)$/.test(after.lower);
}
