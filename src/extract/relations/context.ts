/** What every relation rule of one article sees: sentences, mentions, skeletons, the focus entities, and a way to add a relation. */
import type { PropertyValue, RelationType } from '../../graph/model.ts';
import type { CueIndex } from '../cue-index.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { Mention, RelationCandidate, Sentence } from '../types.ts';
import type { Skeleton } from './skeleton.ts';
import { fold } from '../text/normalize.ts';
import { placeholders } from './skeleton.ts';

export interface RuleContext {
  sentences: readonly Sentence[];
  /** The sentences a rule reads one by one, when not all of `sentences` (the second reading of inserted clauses). */
  reading?: readonly Sentence[];
  mentions: Mention[];
  skeletons: ReadonlyMap<number, Skeleton>;
  cues: CueIndex;
  gaz: Gazetteer;
  /** The article's most mentioned company and country (subject of subject-less sentences, "le pays"). */
  focusCompany?: Mention;
  focusCountry?: Mention;
  add(r: Omit<RelationCandidate, 'evidence' | 'properties'> & { properties?: Record<string, PropertyValue> }): void;
  /** The relations added so far (by the rules before this one). */
  relations: readonly RelationCandidate[];
  /** A Country mention for an ISO2 code stated by a demonym in a sentence (created on first use). */
  countryMention(iso2: string, sentence: number, text: string): Mention | undefined;
}

export type RelationRule = (ctx: RuleContext) => void;

/** Confidence of a relation whose ends may be anaphora: an anaphor caps it at 0.6. */
export function capByAnaphora(ctx: RuleContext, confidence: number, ...ends: number[]): number {
  return ends.some((e) => ctx.mentions[e]?.cue === 'coref') ? Math.min(confidence, 0.6) : confidence;
}

export const isActor = (m: Mention | undefined): boolean => !!m && (m.type === 'Company' || m.type === 'Organization');

export type { RelationType };

/** Nouns that contain an investment word but name an actor or an event, not an investment ("fonds d'investissement"). */
const ACTOR_COMPOUNDS = /(?:fonds|banque|societe|firme|groupe|vehicule|holding) d'investissement|(?:investment|investing) (?:firm|fund|funds|bank|banker|bankers|company|group|arm|vehicle|manager|house|summit|forum|conference)s?\b|-(?:backed|funded|owned|controlled|led)\b/g;

/**
 * The folded sentence with the names it contains and actor nouns blanked out, for trigger words:
 * "International Investment Summit" or "le fonds d'investissement X" state no investment.
 */
export function triggerText(text: string, mentions: readonly Mention[]): string {
  const folded = fold(text);
  if (folded.length !== text.length) return folded;
  let out = folded.replace(ACTOR_COMPOUNDS, (m) => '#'.repeat(m.length));
  for (const m of mentions) if (!m.implicit && m.end > m.start) out = out.slice(0, m.start) + '#'.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

/** Complements ("the maker of X", "filiale de X") are not the subject of a sentence. */
export const COMPLEMENT_OF = /(?:\bof|\bde|\bdu|\bd') ?(?:la |l' ?|the )?⟦C\d+⟧/g;

/** "Its chief executive, X": the company the previous sentence (of the title or of the body, up to two back) is about. */
export function previousSubject(ctx: RuleContext, sentence: number, letters = 'C'): number | undefined {
  const here = ctx.sentences[sentence];
  for (let k = sentence - 1; k >= 0 && k >= sentence - 2; k--) {
    const s = ctx.sentences[k];
    if (!s || s.part !== here?.part) return undefined;
    const sk = ctx.skeletons.get(k);
    const first = sk && placeholders(sk.text.replace(COMPLEMENT_OF, ''), letters)[0];
    if (first !== undefined) return first;
  }
  return undefined;
}


/** "CZK 3 207 million", "(SEK 20m)": three capitals the article writes against a number are a currency, not a company. */
export function isCurrencyCode(sentences: readonly Sentence[], mentions: readonly Mention[], m: Mention): boolean {
  if (!THREE_CAPITALS.test(m.text) || m.cue === 'coref') return false;
  return mentions.some((o) => o.text === m.text && /^[\s\u00a0]?\d/u.test(sentences[o.sentence]?.text.slice(o.end, o.end + 2) ?? ''));
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const THREE_CAPITALS = /^\p{Lu}{3}$/u;
