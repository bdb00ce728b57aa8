/**
 * Towns of the article's own country that no rule read as places ("l'unité de Montbard", "la friche industrielle
 * d'Orvaux", "the Consett steelworks", "à Issoire" in a French text that never writes "France"). A town of towns.json is
 * read as a place only where its context says place (detect.ts), so these default to a company or follow a list's type.
 * A town of a country the article names or implies (a French text: France), written after a preposition of place or
 * of origin or before a facility noun, is that town when nothing in the article says company: no cue of its own for the
 * name anywhere (a firm's noun, a legal form, a title, a given name), no verb it is the subject of, no possessive after it.
 * Pure: reads the candidates and their tokens.
 */
import type { EntityType } from '../../graph/model.ts';
import type { GazetteerEntry } from '../gazetteer.ts';
import type { Token } from '../text/tokens.ts';
import { FRENCH_A } from '../lexicon/common.ts';

/** What this step reads of a typed candidate (detect.ts's own record). */
export interface HomeTownCandidate {
  sentence: number; i: number; j: number; text: string;
  type?: EntityType; cue?: string; drop?: boolean; quoted?: boolean;
}

/** Cues that only pass a type on (a default, a list's or the article's type): no evidence of their own. */
const PASSED_ON = new Set(['default', 'list', 'article']);
/** A preposition of place or of origin right before the town (a determiner may come between: "de la", "à La"). */
const PLACE_OR_ORIGIN = /^(?:de|d'|in|at|near|of|from|to|dans|pres|vers|around|outside)$/;
const FACILITY_AFTER = /^(?:plant|plants|factory|factories|works|steelworks|site|sites|facility|mill|smelter|refinery|shipyard|yard)$/;
/** French determiners only: an English town takes none ("of the Atlantic" is the ocean). */
const DETERMINER = /^(?:la|le|l'|les)$/;

/** "de Montbard", "à La Souterraine", "the Consett steelworks": a place slot. */
export function placeSlot(tokens: readonly Token[], c: HomeTownCandidate): boolean {
  const before = tokens[c.i - 1];
  const k = before && DETERMINER.test(before.lower) && !before.cap ? c.i - 2 : c.i - 1;
  const prep = tokens[k];
  if (prep && (PLACE_OR_ORIGIN.test(prep.lower) || FRENCH_A.test(prep.text))) return true;
  const after = tokens[c.j + 1];
  return !!after && after.kind === 'word' && !after.cap && FACILITY_AFTER.test(after.lower) && /^(?:the|its|a)$/.test(before?.lower ?? '');
}

/**
 * Places the towns of `towns` (candidate → its gazetteer entry) whose country is in `homeCountries`, read in a place slot
 * at least once and typed nowhere by evidence of their own; `companySlot` says where a mention acts as a firm (the subject
 * of a verb, before a possessive, the object of an actor verb).
 */
export function placeHomeTowns<C extends HomeTownCandidate>(all: readonly C[], towns: ReadonlyMap<C, GazetteerEntry>, homeCountries: ReadonlySet<string | undefined>,
  tokensOf: ReadonlyMap<number, readonly Token[]>, key: (c: C) => string, companySlot: (c: C) => boolean, place: (c: C, g: GazetteerEntry) => void): void {
  const candidates = new Map<string, Array<[C, GazetteerEntry]>>();
  for (const [c, g] of towns) {
    if (!g.town || !g.country || !homeCountries.has(g.country) || c.drop || c.quoted) continue;
    if (c.type && (c.type === 'Region' || !PASSED_ON.has(c.cue ?? ''))) continue;
    const k = key(c);
    const list = candidates.get(k);
    if (list) list.push([c, g]); else candidates.set(k, [[c, g]]);
  }
  if (!candidates.size) return;
  // company evidence anywhere in the article for the same name
  const evidence = new Set<string>();
  for (const c of all) {
    if (c.drop) continue;
    const k = key(c);
    if (!candidates.has(k)) continue;
    if ((c.type && c.type !== 'Region' && !PASSED_ON.has(c.cue ?? '')) || companySlot(c)) evidence.add(k);
  }
  for (const [k, list] of candidates) {
    if (evidence.has(k) || !list.some(([c]) => placeSlot(tokensOf.get(c.sentence)!, c))) continue;
    for (const [c, g] of list) place(c, g);
  }
}
