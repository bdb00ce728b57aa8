/**
 * Relation candidates for the learned scorer: in each sentence, every ordered pair of mentions whose
 * types fit a relation type's domain and range, plus every pair a rule proposed (with its rule id).
 * Symmetric types (PARTNERS_WITH, COMPETES_WITH) take each unordered pair once, the earlier mention first.
 */
import { SYMMETRIC_RELATIONS, type EntityType, type RelationType } from '../../graph/model.ts';
import type { Mention, RelationCandidate } from '../types.ts';

/** Which mention types may stand at each end of a relation type (general knowledge, DESIGN.md and the gold conventions). */
export const DOMAIN_RANGE: Readonly<Record<Exclude<RelationType, 'MENTIONS'>, { source: readonly EntityType[]; target: readonly EntityType[] }>> = {
  INVESTS_IN: { source: ['Company', 'Organization', 'Country', 'Person'], target: ['Company', 'Country', 'Region', 'Organization'] },
  ROLE_AT: { source: ['Person'], target: ['Company', 'Country', 'Organization', 'Region'] },
  PARTNERS_WITH: { source: ['Company', 'Organization', 'Country'], target: ['Company', 'Organization', 'Country'] },
  SUBSIDIARY_OF: { source: ['Company', 'Organization'], target: ['Company', 'Organization'] },
  DEVELOPS: { source: ['Company', 'Organization', 'Person'], target: ['Product'] },
  LOCATED_IN: { source: ['Company', 'Organization', 'Region', 'Program'], target: ['Country', 'Region'] },
  ANNOUNCED_AT: { source: ['Company', 'Organization'], target: ['Program'] },
  COMPETES_WITH: { source: ['Company', 'Country'], target: ['Company', 'Country'] },
};

export type ScoredType = keyof typeof DOMAIN_RANGE;
export const SCORED_TYPES = Object.keys(DOMAIN_RANGE) as ScoredType[];

export interface PairCandidate {
  type: RelationType;
  source: number;
  target: number;
  sentence: number;
  /** Index in the rules' relation list when a rule proposed this pair (type, ends, sentence). */
  ruleIndex?: number;
}

const key = (type: string, s: number, t: number, sentence: number) => `${type}|${s}|${t}|${sentence}`;

/** Mentions that can be a relation's end: not the same entity twice, anaphora included (they stand for their referent). */
function ends(mentions: readonly Mention[]): Map<number, Mention[]> {
  const by = new Map<number, Mention[]>();
  for (const m of mentions) {
    const l = by.get(m.sentence);
    if (l) l.push(m); else by.set(m.sentence, [m]);
  }
  return by;
}

/**
 * Every candidate pair of an article: the rules' relations first (in their order), then the type-fitting pairs they did not propose
 * (of `types` only: a caller that reads only some types' unproposed pairs need not build the others; and only in the sentences
 * `gate` lets through, when given).
 */
export function candidatePairs(mentions: readonly Mention[], relations: readonly RelationCandidate[],
  types: readonly ScoredType[] = SCORED_TYPES, gate?: (type: ScoredType, sentence: number) => boolean): PairCandidate[] {
  const out: PairCandidate[] = [];
  const seen = new Set<string>();
  // speed: the (type, sentence) of the rules' pairs; an unproposed pair elsewhere needs no key (each is built once below)
  const ruled = new Set<string>();
  relations.forEach((r, i) => {
    const k = key(r.type, r.source, r.target, r.sentence);
    if (seen.has(k)) return;
    seen.add(k);
    ruled.add(`${r.type}|${r.sentence}`);
    // a symmetric pair proposed in either direction is the same candidate
    if (SYMMETRIC_RELATIONS.has(r.type)) seen.add(key(r.type, r.target, r.source, r.sentence));
    out.push({ type: r.type, source: r.source, target: r.target, sentence: r.sentence, ruleIndex: i });
  });
  for (const [sentence, ms] of ends(mentions)) {
    if (ms.length < 2) continue;
    for (const type of types) {
      const dr = DOMAIN_RANGE[type];
      const symmetric = SYMMETRIC_RELATIONS.has(type);
      const checked = ruled.has(`${type}|${sentence}`);
      // speed: the gate (which reads the sentence) is asked at the first pair only, so a sentence with no type-fitting pair is not read
      let open = gate ? undefined : true;
      pairs: for (const a of ms) {
        if (!dr.source.includes(a.type)) continue;
        for (const b of ms) {
          if (a === b || !dr.target.includes(b.type) || sameReferent(a, b)) continue;
          if (symmetric && order(a) > order(b)) continue;
          if (checked && seen.has(key(type, a.index, b.index, sentence))) continue;
          // a type whose cue words the sentence lacks is not paired there (learned/clause.ts)
          open ??= gate!(type, sentence);
          if (!open) break pairs;
          out.push({ type, source: a.index, target: b.index, sentence });
        }
      }
    }
  }
  return out;
}

/** Text order of a mention in its sentence; implicit mentions (no span) come last. */
const order = (m: Mention) => (m.implicit || m.end <= m.start ? 1e9 + m.index : m.start);

function sameReferent(a: Mention, b: Mention): boolean {
  return a.refersTo === b.index || b.refersTo === a.index || (a.refersTo !== undefined && a.refersTo === b.refersTo)
    || (a.iso2 !== undefined && a.iso2 === b.iso2) || a.text === b.text;
}
