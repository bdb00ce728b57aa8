/**
 * "the Village of Pleasant Prairie", "the City of Springfield", "the Town of Orvane": a municipality's legal style before
 * its name (round 9). The place is the name after "of", typed Region by that style; the whole span, made of common
 * words, was dropped and the place lost. Spans are narrowed in place before typing.
 */
import type { Token } from '../text/tokens.ts';
import type { Candidate } from './candidates.ts';

/** The fields of a span candidate this step reads and narrows. */
export type MunicipalityCandidate = Pick<Candidate, 'i' | 'j' | 'start' | 'end' | 'text' | 'sentence' | 'hint' | 'aliases' | 'quoted'>;

const MUNICIPAL_STYLES = /^(?:village|city|town|township|borough|municipality|county|parish)$/;
/** Words after the place that make the whole span a body's name ("City of London Corporation", "Town of X Council"). */
const BODY_TAIL = /^(?:council|corporation|police|school|schools|college|university|hall|fc|club|authority|board|department)$/;

export function narrowMunicipalities(all: MunicipalityCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>, sentenceText: (s: number) => string): void {
  for (const c of all) {
    if (c.quoted || c.aliases?.length || c.j < c.i + 2) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (!MUNICIPAL_STYLES.test(tokens[c.i]!.lower) || tokens[c.i + 1]?.lower !== 'of' || !tokens[c.i + 2]!.cap) continue;
    // after "the" or a lower-case word only: "City of X" opening a sentence may be a body's name of its own
    const before = tokens[c.i - 1];
    if (!before || before.cap || before.kind !== 'word') continue;
    if (BODY_TAIL.test(tokens[c.j]!.lower) || tokens.slice(c.i + 2, c.j + 1).some((t) => t.kind === 'word' && !t.cap)) continue;
    c.i += 2;
    c.start = tokens[c.i]!.start;
    c.text = sentenceText(c.sentence).slice(c.start, c.end);
    c.hint = 'Region';
  }
}
