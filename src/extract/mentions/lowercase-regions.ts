/**
 * "jobs in the east midlands", "invested across the south-east": Hansard and ministers write the UK's compass regions in lower case.
 * Read as the region only after a place preposition and "the", and not before "of" ("the south-east of the city" is a part of a
 * place, not the region).
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer.ts';
import type { Token } from '../text/tokens.ts';

// (not lexicon PLACE_PREPOSITIONS: English only, before "the" and a lower-case region, with the motion words to/from/throughout)
const REGION_PREPOSITIONS = /^(?:in|across|throughout|to|from)$/;
/** The compass regions' words, folded, hyphen read as a space. */
const COMPASS_REGIONS = new Set(['east midlands', 'west midlands', 'north east', 'north west', 'south east', 'south west']);

export interface LowerCaseRegion { i: number; j: number; gaz: GazetteerEntry }

export function lowerCaseRegions(tokens: readonly Token[], gaz: Gazetteer): LowerCaseRegion[] {
  const out: LowerCaseRegion[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k - 1]!.lower !== 'the' || !REGION_PREPOSITIONS.test(tokens[k - 2]!.lower)) continue;
    // one token ("north-east") or two ("east midlands", "south east"), all in lower case
    for (const j of [k, k + 1]) {
      const words = tokens.slice(k, j + 1);
      if (words.length !== j - k + 1 || words.some((t) => t.kind !== 'word' || t.cap)) break;
      const key = words.map((t) => t.lower).join(' ').replace(/-/g, ' ');
      if (!COMPASS_REGIONS.has(key) || tokens[j + 1]?.lower === 'of') continue;
      const entry = gaz.lookup(key);
      if (entry?.type === 'Region') out.push({ i: k, j, gaz: entry });
      break;
    }
  }
  return out;
}
