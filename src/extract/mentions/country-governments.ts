/**
 * "UK Government", "UK Gov", "US Govt", "the British Government", "a UK Government-backed deal", "the Luxembourg Presidency": a country's government written
 * with a capital is that country (round 10; the gold's convention, as for "the UK government" in lower case: a government is
 * its country). The span was read as an unknown name and typed Company by default; it is narrowed in place to the country's
 * words and given the country's gazetteer entry before typing.
 */
import type { Gazetteer } from '../gazetteer.ts';
import { matchKey } from '../text/normalize.ts';
import { spanKey, type Token } from '../text/tokens.ts';
import { BACKER_PARTICIPLES, type Candidate } from './candidates.ts';

/** The fields of a span candidate this step reads and narrows. */
export type GovernmentCandidate = Pick<Candidate, 'i' | 'j' | 'start' | 'end' | 'text' | 'sentence' | 'gaz' | 'aliases' | 'quoted'>;

/** A government's word, alone or glued to a participle of support ("Government-backed"). */
// ("the Luxembourg Presidency": a member state holding the Council's presidency, the same convention)
const GOVERNMENT = new RegExp(`^(?:government|gov|govt|gouvernement|presidency|presidence)(?:-(?:${BACKER_PARTICIPLES}))?$`);

export function narrowCountryGovernments(all: GovernmentCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>, sentenceText: (s: number) => string,
  gaz: Gazetteer, demonyms: ReadonlyMap<string, string>): void {
  for (const c of all) {
    if (c.quoted || c.aliases?.length || c.j === c.i || c.gaz) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (!GOVERNMENT.test(tokens[c.j]!.lower)) continue;
    // the country's name, or its demonym ("British Government"), just before the government's word
    let entry = gaz.lookup(spanKey(tokens, c.i, c.j - 1));
    if (!entry && c.j - 1 === c.i) {
      const iso2 = demonyms.get(tokens[c.i]!.lower);
      const name = iso2 ? gaz.countryName(iso2) : undefined;
      entry = name ? gaz.lookup(matchKey(name)) : undefined;
    }
    if (entry?.type !== 'Country') continue;
    c.j -= 1;
    c.end = tokens[c.j]!.end;
    c.text = sentenceText(c.sentence).slice(c.start, c.end);
    c.gaz = entry;
  }
}
