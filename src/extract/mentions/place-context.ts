/**
 * Villages and small towns no place list knows, read as places by their context (a name with no cue of its own would
 * otherwise default to a company):
 * - an owner's possessive before it and a facility noun after it: "Toyota's Deeside plant", "its Burnaston factory";
 * - a place preposition after a comma or a place word, then a clause end: "ici, à Nambsheim, en créant …";
 * - "dans" and a lower-case article, then a clause end: "une usine dans le Cotentin.";
 * - a place preposition and a known state or region after a comma: "In Leakesville, Miss., …", "in Camelon, Falkirk";
 * - a site whose owner the sentence names after it: "le site de Frangey par le groupe Lafarge", "the Orvane site of Pellcorp";
 * - a dateline: the place before the day a speech was given ("…, Cronville, vendredi 23 novembre 1984").
 * Pure: reads the tokens of the sentence only.
 */
import type { Gazetteer } from '../gazetteer.ts';
import { PLACE_ABBREVIATION, WEEKDAYS } from '../lexicon/common.ts';
import { isCommonWord } from '../lexicon/dictionary.ts';
import { isGivenName } from '../lexicon/first-names.ts';
import { US_STATE_ABBREVIATIONS } from '../lexicon/us-states.ts';
import type { Token } from '../text/tokens.ts';

const FACILITY_AFTER = /^(?:plant|plants|factory|factories|site|works|facility|facilities|campus|depot|warehouse|refinery|mill|steelworks|smelter|yard|shipyard|terminal)$/;
const SITE_BEFORE = /^(?:site|sites|usine|usines|raffinerie|fonderie|acierie|entrepot|centrale)$/;
/** Words after which "à X," sits a place, not the object of a verb ("ici, à X", "installé à X", "l'usine à X"). */
const PLACE_LEAD = /^(?:,|ici|la|installe|installee|installes|implante|implantee|implantes|situe|situee|situes|situees|base|basee|localise|localisee|usine|site|siege|campus|entrepot)$/;

/** Words of production before "at X": X is where things are made. */
const AT_PLACE_LEAD = /^(?:production|manufacturing|assembly|ceased|resumed|halted|stopped|restarted)$/;
/** Legal forms before "at X" ("Orvane Car Co. Ltd. at X"): a registered firm is at a place. */
const AT_LEGAL_FORM = /^(?:ltd|plc|inc|llc|gmbh)$/;

export interface PlaceCandidate { i: number; j: number }

/** Whether the name at c (one word, or a hyphenated one) reads as a place in its sentence. */
export function placeByContext(tokens: readonly Token[], c: PlaceCandidate, gaz: Gazetteer): boolean {
  // "(St. Charles, Mo.)", "of Ft. Collins, Colo.": a saint's, fort's or mount's town before a US state's short form (loc, round 11)
  if (c.j === c.i + 2 && PLACE_ABBREVIATION.test(tokens[c.i]!.text) && tokens[c.i + 1]?.text === '.' && tokens[c.j + 1]?.text === ',' &&
    tokens[c.j + 2]?.cap && US_STATE_ABBREVIATIONS.has(tokens[c.j + 2]!.lower) && tokens[c.j + 3]?.text === '.') return true;
  if (!coined(tokens, c)) return false;
  const before = tokens[c.i - 1], after = tokens[c.j + 1];
  // "Toyota's Deeside plant", "the company's Deeside factory"
  // ("its Burnaston factory")
  if ((before?.kind === 'possessive' || /^(?:its|their|our)$/.test(before?.lower ?? '')) && after?.kind === 'word' && !after.cap && FACILITY_AFTER.test(after.lower)) return true;
  // "ici, à Nambsheim, en créant …", "installée à Couteuges."
  if (before?.lower === 'a' && before.text !== 'A' && PLACE_LEAD.test(tokens[c.i - 2]?.lower ?? '') && /^(?:[,.;:()]|en|dans|pres)$/.test(after?.lower ?? '.')) return true;
  // "une usine dans le Cotentin.", "ici, dans le Béarn, ce qui …": an area named with its lower-case article after "dans", then a
  // clause end or a coordination
  if (/^(?:le|la|l'|les)$/.test(before?.lower ?? '') && !before!.cap && tokens[c.i - 2]?.lower === 'dans' && /^(?:[,.;:()]|et|ou)$/.test(after?.lower ?? '.')) return true;
  // "In Leakesville, Miss.,", "in Camelon, Falkirk": a place preposition, then a state or a known area after a comma
  if (/^(?:in|at|near|a|pres|of|\()$/.test(before?.lower ?? '') && after?.text === ',') {
    const n = tokens[c.j + 2];
    // a US state's abbreviation written with a dot ("Miss.", "Tenn.", "Calif.") after a town
    // ("Acme Corp. of Olneyville, Tex.", "Acme Inc. (Olneyville, Tex.)": a firm's home town, loc round 11)
    if (n?.cap && US_STATE_ABBREVIATIONS.has(n.lower) && tokens[c.j + 3]?.text === '.') return true;
    if (before?.lower === 'of' || before?.text === '(') return false;
    const g = n?.cap ? gaz.lookup(n.lower) : undefined;
    if (g && (g.type === 'Region' || g.type === 'Country') && !g.town) return true;
  }
  // "production ceased at Dunvale", "the resumption of production at Dunvale", "Orvane Car Co. Ltd. at Dunvale": where a firm or
  // its production is (a firm's workers or jobs "at X" may be at a firm, production and a registered firm are at a place)
  if (before?.lower === 'at') {
    const k = tokens[c.i - 2]?.text === '.' ? c.i - 3 : c.i - 2;
    if (AT_PLACE_LEAD.test(tokens[k]?.lower ?? '') || (AT_LEGAL_FORM.test(tokens[k]?.lower ?? '') && tokens[k]!.cap)) return true;
  }
  // "110 new jobs for Cookville from Orvane": the place that gains jobs
  if (before?.lower === 'for' && /^(?:jobs|posts|roles|positions)$/.test(tokens[c.i - 2]?.lower ?? '')) return true;
  // "… des brasseries Orvane, Cronville, vendredi 23 novembre 1984", "Arleuf le samedi 29 avril 1989": where and when a speech was given
  let d = c.j + 1;
  if (tokens[d]?.text === ',') d++;
  if (tokens[d]?.lower === 'le') d++;
  if (WEEKDAYS.test(tokens[d]?.lower ?? '') && (tokens[d + 1]?.kind === 'number' || tokens[d + 1]?.text === ',')) return true;
  // "le site de Frangey par le groupe Lafarge", "l'usine de X du groupe Y": the owner is named after the site's place
  if (/^(?:de|d')$/.test(before?.lower ?? '') && SITE_BEFORE.test(tokens[c.i - 2]?.lower ?? '') && /^(?:par|du|de|d')$/.test(after?.lower ?? '')) {
    let k = c.j + 2;
    if (/^(?:la|le|l')$/.test(tokens[k]?.lower ?? '')) k++;
    if (/^(?:groupe|societe|entreprise|firme|industriel|constructeur|fabricant)$/.test(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/** One capitalised word (or a hyphenated one) that no dictionary and no given-name list knows: a name of its own. */
function coined(tokens: readonly Token[], c: PlaceCandidate): boolean {
  if (c.i !== c.j) return false;
  const t = tokens[c.i]!;
  if (t.kind !== 'word' || !t.cap || t.allCaps || t.text.length < 4) return false;
  return t.lower.split('-').every((p) => p.length > 0 && !isCommonWord(p) && !isGivenName(p));
}
