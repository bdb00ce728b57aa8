/**
 * US states written short, read as the states they abbreviate (round 9): "Danville, Ill.", "Milwaukee, WI", a headline's
 * "Job Creation in IL, ME, WI & WV", and the federal district ("Washington, D.C.", "the District of Columbia") as the city
 * of Washington. Only in a place's slot: after "Town," or in a list of codes, so "ME" or "IN" elsewhere stay words.
 */
import type { EntityType } from '../../graph/model.ts';
import type { Gazetteer, GazetteerEntry } from '../gazetteer.ts';
import { FEDERAL_DISTRICT, US_POSTAL_CODES, US_STATE_ABBREVIATIONS, US_STATE_NAMES } from '../lexicon/us-states.ts';
import { matchKey } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { MentionCue } from '../types.ts';

export interface StateCandidate {
  sentence: number;
  i: number;
  j: number;
  text: string;
  type?: EntityType;
  cue?: MentionCue;
  confidence: number;
  gaz?: GazetteerEntry;
  drop?: boolean;
  weak?: boolean;
}

const SEPARATOR = /^(?:,|&|and|or)$/;

/** The state a short form at i..j names in its sentence, or undefined. */
function stateAt(tokens: readonly Token[], i: number, j: number): string | undefined {
  const t = tokens[i]!;
  const afterTown = tokens[i - 1]?.text === ',' && tokens[i - 2]?.kind === 'word' && tokens[i - 2]!.cap;
  if (i === j && FEDERAL_DISTRICT.test(t.lower.replace(/\.$/, '')) && (afterTown || t.text.includes('.'))) return 'Washington';
  if (i !== j) return FEDERAL_DISTRICT.test(tokens.slice(i, j + 1).map((x) => x.lower).join(' ')) ? 'Washington' : undefined;
  // "Danville, Ill.", "Albany, N.Y.": an AP abbreviation after a town, its dot written
  const dotted = t.text.endsWith('.') || (tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === t.end);
  const ap = US_STATE_ABBREVIATIONS.get(t.lower.replace(/\.$/, ''));
  if (ap && afterTown && dotted && t.cap) return ap;
  // "Milwaukee, WI", "in IL, ME, MI, WI & WV": a postal code after a town or beside another code
  const postal = t.allCaps && t.text.length === 2 ? US_POSTAL_CODES.get(t.text) : undefined;
  if (!postal) return undefined;
  const code = (k: number) => tokens[k]?.kind === 'word' && tokens[k]!.allCaps && US_POSTAL_CODES.has(tokens[k]!.text);
  // ("VA, WA, & WI": a serial comma before the last "&" or "and")
  const sep = (k: number) => SEPARATOR.test(tokens[k]?.lower ?? '');
  const listed = (sep(i - 1) && (code(i - 2) || (sep(i - 2) && code(i - 3)))) || (sep(i + 1) && (code(i + 2) || (sep(i + 2) && code(i + 3))));
  return afterTown || listed ? postal : undefined;
}

export function readStateCodes(all: StateCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>, gaz: Gazetteer): void {
  for (const c of all) {
    if (c.drop || c.j - c.i > 2) continue;
    const tokens = tokensOf.get(c.sentence)!;
    const state = stateAt(tokens, c.i, c.j);
    if (!state) continue;
    const key = state.toLowerCase();
    const entry = gaz.lookup(key)?.type === 'Region' ? gaz.lookup(key) : gaz.alternate(key);
    if (entry?.type !== 'Region') continue;
    c.gaz = entry;
    c.type = 'Region';
    c.cue = 'gazetteer';
    c.confidence = 0.9;
  }
}

/** What may follow "Town, State": the end of the place's phrase ("Roseburg, Ore. and …", "(LaGrange, Ill.)", "Eagle Pass, Texas."). */
const AFTER_STATE = /^(?:[,.;:)]|and|or|&)$/;

/**
 * "Fairmont, W.Va.", "Roseburg, Ore.", "Eagle Pass, Texas", "(LaGrange, Ill.)": a name no strong cue typed, right before a comma
 * and a US state (its name or its short form) that ends the phrase, is a town of that state, not the default company.
 * Runs after readStateCodes, which reads the short forms.
 */
export function placeTownsBeforeStates(all: StateCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>): void {
  for (let n = 1; n < all.length; n++) {
    const c = all[n]!, p = all[n - 1]!;
    if (c.drop || p.drop || c.type !== 'Region' || p.sentence !== c.sentence || p.j + 2 !== c.i || p.j - p.i > 2) continue;
    if (p.type && (p.confidence >= 0.8 || (p.type !== 'Company' && p.type !== 'Organization'))) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (tokens[c.i - 1]?.text !== ',') continue;
    const state = US_STATE_NAMES.has(matchKey(c.text)) || (c.cue === 'gazetteer' && c.i === c.j && (US_STATE_ABBREVIATIONS.has(tokens[c.i]!.lower.replace(/\.$/, '')) || US_POSTAL_CODES.has(tokens[c.i]!.text)));
    if (!state) continue;
    let k = c.j + 1;
    if (tokens[k]?.text === '.' && tokens[k]!.start === tokens[c.j]!.end) k++;
    if (k < tokens.length && !AFTER_STATE.test(tokens[k]!.lower)) continue;
    p.type = 'Region';
    p.cue = 'cue';
    p.confidence = 0.75;
    p.weak = false;
  }
}
