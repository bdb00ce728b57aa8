/**
 * Villages and localities read as companies by default (round 10, sets 12 and 13: "sites in Belfast, Dunmurry, Newtownards and
 * Newtownabbey", "les Clavaux en Isère, Château-Feuillet et Montricher en Savoie", "à Dompierre, dans l'Allier", "l'aciérie
 * d'Hagondange"). A name no cue of its own typed is a place when its neighbours say so:
 * - it stands in a list introduced by a place preposition whose other items include a known place (not a country);
 * - French: it is followed by "en" and a known region or department ("Montricher en Savoie"), or written "à X, dans la Y";
 * - it is a known town (dropped for want of a place context) after a facility noun and "de" ("l'aciérie d'Hagondange");
 * - it stands in a list of three known towns or more ("Jamestown, Yorktown, and Williamsburg").
 * Names typed by a cue of their own, quoted, or acting as the subject of a verb keep their type.
 */
import type { EntityType } from '../../graph/model.ts';
import type { GazetteerEntry } from '../gazetteer.ts';
import type { Token } from '../text/tokens.ts';
import { isPlacePreposition } from '../lexicon/common.ts';

/** What this step reads of a typed candidate (detect.ts's own record). */
export interface NeighbourCandidate {
  sentence: number; i: number; j: number; text: string;
  type?: EntityType; cue?: string; weak?: boolean; drop?: boolean; quoted?: boolean; hint?: EntityType; initial?: boolean;
  gaz?: GazetteerEntry;
}

const LIST_GLUE = /^(?:,|and|et|&|the|la|le|l'|les)$/;
// (narrower than lexicon PLACE_PREPOSITIONS: "et en", "and across" repeat no place slot; no place is read through it alone)
const REPEATED_PLACE_PREPOSITIONS = /^(?:a|in|at|dans|near|pres)$/;
const FACILITIES = /^(?:usine|usines|site|sites|acierie|aciérie|raffinerie|papeterie|fonderie|plant|factory|works|mill|steelworks)$/;

/** A known area inside a country: a first-level region, a French department, a city (no country, no town alone). */
const isArea = (g: GazetteerEntry | undefined): boolean => !!g && g.type === 'Region' && !!g.country;

export function placesByNeighbours<C extends NeighbourCandidate>(all: readonly C[], tokensOf: ReadonlyMap<number, readonly Token[]>,
  groupsOf: (sentence: number) => C[][], droppedTowns: ReadonlySet<C>, lang: 'en' | 'fr', place: (c: C) => void): void {
  const weak = (c: C) => !c.drop && !c.quoted && !c.hint && (!c.type || (c.type === 'Company' && (c.cue === 'default' || c.cue === 'list' || c.weak)));
  const isPlace = (c: C) => c.type === 'Region' && !c.drop;
  // 1. lists introduced by a place preposition, with a known place among their items
  const sentences = new Set(all.map((c) => c.sentence));
  for (const s of sentences) {
    const tokens = tokensOf.get(s)!;
    for (const group of groupsOf(s)) {
      // "Jamestown, Yorktown, and Williamsburg": three known towns or more in a list, none typed by a cue of its own, are places
      if (group.length >= 3 && group.every((c) => droppedTowns.has(c) || isPlace(c)) && group.every((c) => isPlace(c) || weak(c))) {
        for (const c of group) if (weak(c)) place(c);
        continue;
      }
      const first = group[0]!;
      const det = /^(?:la|le|l'|les|the)$/.test(tokens[first.i - 1]?.lower ?? '') ? 1 : 0;
      if (!isPlacePreposition(tokens[first.i - 1 - det])) continue;
      if (!group.some((c) => isPlace(c) && c.gaz?.type === 'Region' && isArea(c.gaz))) continue;
      if (group.some((c) => c.type && c.type !== 'Region' && !weak(c))) continue;
      // only commas and "and" between the items ("à Whirlpool à Amiens", "le Pas-de-Calais, où Renault …" are no list of places)
      if (group.some((c, n) => n > 0 && tokens.slice(group[n - 1]!.j + 1, c.i).some((t) => !LIST_GLUE.test(t.lower)))) continue;
      for (const c of group) if (weak(c)) place(c);
    }
  }
  const byStart = new Map<string, C>();
  const byEnd = new Map<string, C>();
  for (const c of all) if (!c.drop) { byStart.set(`${c.sentence}:${c.i}`, c); byEnd.set(`${c.sentence}:${c.j}`, c); }
  for (const c of all) {
    if (!weak(c)) continue;
    const tokens = tokensOf.get(c.sentence)!;
    const next = tokens[c.j + 1];
    // 2. "Montricher en Savoie", "les Clavaux en Isère": a name and "en" with a region or department after it
    // (not a sentence's subject: "Orvane en Savoie a annoncé …" is a firm's local unit)
    // (nor an acronym: "celle de FVM en Meurthe-et-Moselle" is a firm's plant there)
    // (nor the owner after a facility noun: "une usine Vantrix en Bretagne")
    if (lang === 'fr' && next?.lower === 'en' && !c.initial && !tokens.slice(c.i, c.j + 1).every((t) => t.allCaps || t.kind !== 'word') && !FACILITIES.test(tokens[c.i - 1]?.lower ?? '')) {
      const area = byStart.get(`${c.sentence}:${c.j + 2}`);
      if (area && isPlace(area) && isArea(area.gaz) && area.gaz!.population === undefined) { place(c); continue; }
    }
    // 3. "à Dompierre, dans l'Allier": after "à", a comma, "dans" and a known area
    if (lang === 'fr' && tokens[c.i - 1]?.lower === 'a' && next?.text === ',' && tokens[c.j + 2]?.lower === 'dans') {
      const area = [3, 4].map((d) => byStart.get(`${c.sentence}:${c.j + d}`)).find((o) => o && isPlace(o) && isArea(o.gaz));
      if (area) { place(c); continue; }
    }
    // 4. "l'aciérie d'Hagondange": a known town after a facility noun and "de"
    if (droppedTowns.has(c) && /^(?:de|d'|of)$/.test(tokens[c.i - 1]?.lower ?? '') && FACILITIES.test(tokens[c.i - 2]?.lower ?? '')) { place(c); continue; }
    // 5. "menacés à Albi et à la Trivelle", "in Leeds and in Orvton": the same place preposition repeated after "et"/"and"
    // and a place read after it coordinates two places
    const det = /^(?:la|le|l'|les)$/.test(tokens[c.i - 1]?.lower ?? '') && !tokens[c.i - 1]!.cap ? 1 : 0;
    const prep = tokens[c.i - 1 - det];
    if (prep && REPEATED_PLACE_PREPOSITIONS.test(prep.lower) && prep.text !== 'A' && /^(?:et|and|ou|or)$/.test(tokens[c.i - 2 - det]?.lower ?? '')) {
      const partner = byEnd.get(`${c.sentence}:${c.i - 3 - det}`);
      if (partner && isPlace(partner)) {
        const pd = /^(?:la|le|l'|les)$/.test(tokens[partner.i - 1]?.lower ?? '') ? 1 : 0;
        if (tokens[partner.i - 1 - pd]?.lower === prep.lower) place(c);
      }
    }
  }
}
