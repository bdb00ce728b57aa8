/**
 * The learned scorer combined with the rules: a rule's relation is kept unless the model's probability
 * falls below the type's veto threshold; a pair no rule proposed is added when the probability reaches
 * the type's add threshold (that probability read by the additions weights, trained without the rule features: model.ts). Vetoes and near misses are recorded for `newsgraph explain` (trace.ts).
 */
import type { RelationType } from '../../graph/model.ts';
import { reject, tracing } from '../trace.ts';
import type { Mention, RelationCandidate, Sentence } from '../types.ts';
import type { Token } from '../text/tokens.ts';
import { candidatePairs, SCORED_TYPES, type PairCandidate } from './candidates.ts';
import { cueGate, featureContext, pairFeatures } from './features.ts';
import type { RelationModel, TypeThresholds } from './model.ts';

/** The rule id of relations the model added. */
export const LEARNED_RULE = 'learned';

/** A pair no rule proposed is shown in explain from this probability when the model does not act on its type. */
const ADVISORY = 0.5;

/** A model-only pair this close to the add threshold is shown in explain as a near miss. */
const NEAR_MISS = 0.25;

export interface ScoredPair {
  pair: PairCandidate; p: number; top?: Array<[string, number]>;
  /** Why this pair no rule proposed is never added, whatever its probability (a headline, an excluded place). */
  blocked?: string;
  /** Which end of this rule's pair is coordinated with a mention a rule relates to the other end ("from A, B and C"). */
  coord?: 's' | 't';
}

/**
 * Pairs no rule proposed that the model never adds: in a headline (compressed, verbless wording whose facts the body
 * states again: "X to invest in Y as Z shifts output"), a place named after an excluding word ("hors d'Asie",
 * "away from China"), an end inside a relative clause that closes before the other end, and a target that is the
 * speaker of an inverted speech clause (", a annoncé l'Élysée"), a source of the news ("selon X") and a source standing
 * in an apposition to an earlier name ("Iliad, maison mère de Free, a annoncé"): shapes the model sees too rarely to learn. Found by `npm run train:relations -- --guard-report`.
 */
/** The verb after the source is one of receiving (5-letter stems of features.ts): "attracted", "received", "bénéficie", "reçoit". */
const RECEIVING = new Set(['attra', 'recei', 'obtai', 'benef', 'recoi', 'recev', 'attir', 'got', 'gets'].map((v) => `vsa:${v}`));

function blockedAddition(sentences: readonly Sentence[], pair: PairCandidate, f: readonly string[]): string | undefined {
  if (pair.ruleIndex !== undefined) return undefined;
  if (sentences[pair.sentence]?.part === 'title') return 'a headline';
  if (f.includes('excl:t')) return 'a place named after an excluding word';
  // "X, which S acquired last year, will double output at Y": S is the relative clause's subject, not the main clause's
  if (f.includes('relcl:s') || f.includes('relcl:t')) return 'one end is inside a relative clause that closes before the other';
  // ", a annoncé l'Élysée", ", said the ministry": the speaker, not what the money goes to or where a thing is
  if (f.includes('spk:t')) return 'the target is the speaker of an inverted speech clause';
  if (f.includes('src:s') || f.includes('src:t')) return 'one end is the source of the news ("selon X", "according to X")';
  // "Iliad, maison mère de l'opérateur Free, a annoncé…": the apposition names another party, not the subject
  if (f.includes('appo:s')) return 'the source stands in an apposition to an earlier name';
  // "A and B will invest in Ohio": A does not invest in B ("Taylor, Texas" is a place in a place: LOCATED_IN is not blocked)
  if (f.includes('coordp') && pair.type === 'INVESTS_IN') return 'the ends are items of one list';
  // "The head of T said the plant was bought by S": the passive's subject is the plant, not T
  if (f.includes('pass') && !f.includes('passt')) return "a passive whose subject is not the target";
  // "A attracted new investment in Leeds": the subject of a verb of receiving gets the money, it does not invest
  if (pair.type === 'INVESTS_IN' && f.some((x) => RECEIVING.has(x))) return 'the source is the subject of a verb of receiving';
  return undefined;
}

/** Every candidate pair of an article with the model's probability (the pairs a threshold can act on, unless `explain` or `all`). */
export function scorePairs(sentences: readonly Sentence[], mentions: readonly Mention[], relations: readonly RelationCandidate[], lang: string,
  model: RelationModel, explain = false, all = false, tokens?: readonly (readonly Token[])[]): ScoredPair[] {
  const ctx = featureContext(sentences, mentions, relations, lang, tokens);
  const out: ScoredPair[] = [];
  // speed: unproposed pairs of a type no add threshold can act on are skipped below, so they are not built
  const types = all || explain ? SCORED_TYPES : SCORED_TYPES.filter((t) => model.has(t) && (model.file.thresholds[t]?.add ?? 2) <= 1);
  for (const pair of candidatePairs(mentions, relations, types, (type, sentence) => cueGate(ctx, type, sentence))) {
    if (!model.has(pair.type)) continue;
    // only the pairs a threshold can act on are read (all of them for training and explain)
    if (!all && !explain) {
      const th = model.file.thresholds[pair.type];
      if (!th || (pair.ruleIndex !== undefined ? th.veto <= 0 : th.add > 1)) continue;
    }
    // speed: candidatePairs gives each (type, ends, sentence) once, so the features are built once per pair without a cache
    const f = pairFeatures(ctx, pair);
    const s = model.score(pair.type, f, explain, pair.ruleIndex === undefined);
    // speed: `blocked` only matters to a pair that reaches its add threshold (combine), except for explain and training
    const blocked = all || explain || s.p >= model.thresholds(pair.type).add ? blockedAddition(sentences, pair, f) : undefined;
    const coord = pair.ruleIndex === undefined ? undefined : f.includes('coord:s') ? 's' : f.includes('coord:t') ? 't' : undefined;
    out.push({ pair, p: s.p, top: s.top, ...(blocked ? { blocked } : {}), ...(coord ? { coord } : {}) });
  }
  return out;
}

const label = (mentions: readonly Mention[], type: string, s: number, t: number) => `${mentions[s]?.text ?? '?'} -${type}-> ${mentions[t]?.text ?? '?'}`;
const topText = (top: ScoredPair['top']) => (top?.length ? `; top features ${top.map(([f, w]) => `${f} ${w > 0 ? '+' : ''}${w.toFixed(2)}`).join(', ')}` : '');

/**
 * Whether the model reads a rule's relation in full, so may veto it: both ends written in its sentence, neither an anaphor
 * ("the Danish maker") nor implicit ("French" → France). For those its features say little (no words around a missing end) and it
 * scored true relations of our own held-out articles near 0 (`npm run train:relations -- --guard-report TYPE`).
 */
function readable(mentions: readonly Mention[], r: RelationCandidate): boolean {
  const s = mentions[r.source], t = mentions[r.target];
  return !!s && !!t && s.sentence === r.sentence && t.sentence === r.sentence && !s.implicit && !t.implicit && s.end > s.start && t.end > t.start
    && s.cue !== 'coref' && t.cue !== 'coref' && s.refersTo === undefined && t.refersTo === undefined;
}

/**
 * Whether a rule's LOCATED_IN is a place in the country the gazetteer gives it ("à Lyon et à Grenoble, en France"): general
 * knowledge the text only confirms, never vetoed (the model read such lists as two places of one sentence and scored them low).
 */
function gazetteerPlace(mentions: readonly Mention[], r: RelationCandidate): boolean {
  const s = mentions[r.source], t = mentions[r.target];
  return r.type === 'LOCATED_IN' && !!s?.country && s.country === t?.iso2;
}

/**
 * Whether a rule's pair is an item of a list whose other items the model keeps ("with participation from A and B": B shares
 * A's fate). The last item of a list reads unlike a lone party (its left word is "and"), and the model scored such true items low.
 */
function listKept(sameSentence: readonly ScoredPair[], s: ScoredPair, veto: number): boolean {
  if (!s.coord) return false;
  const { source, target } = s.pair;
  return sameSentence.some((x) => x !== s && x.p >= veto
    && (s.coord === 's' ? x.pair.target === target && x.pair.source !== source : x.pair.source === source && x.pair.target !== target));
}

/** The rules' relations less the vetoed ones, plus the added ones, in the rules' order then the text's. */
export function combine(sentences: readonly Sentence[], mentions: readonly Mention[], relations: readonly RelationCandidate[], scored: readonly ScoredPair[],
  thresholds: (type: RelationType) => TypeThresholds, acts: (type: RelationType) => boolean = () => true): RelationCandidate[] {
  const byRule = new Map<number, ScoredPair>();
  // the rules' scored pairs by type and sentence, in scoring order: the searches below stay within one sentence
  // (a scan of every pair for each relation was quadratic in a long text's length)
  const ruled = new Map<string, ScoredPair[]>();
  for (const s of scored) {
    if (s.pair.ruleIndex === undefined) continue;
    byRule.set(s.pair.ruleIndex, s);
    const key = `${s.pair.type}|${s.pair.sentence}`;
    const list = ruled.get(key);
    if (list) list.push(s); else ruled.set(key, [s]);
  }
  const out: RelationCandidate[] = [];
  relations.forEach((r, i) => {
    const sameSentence = ruled.get(`${r.type}|${r.sentence}`) ?? [];
    // a rule's second proposal of one pair (the other direction of a symmetric type) follows the first one's fate
    const s = byRule.get(i) ?? sameSentence.find((x) => (x.pair.source === r.source && x.pair.target === r.target) || (x.pair.source === r.target && x.pair.target === r.source));
    if (!s) { out.push(r); return; }
    const th = thresholds(r.type);
    if (s.p < th.veto && readable(mentions, r) && !listKept(ruled.get(`${s.pair.type}|${s.pair.sentence}`) ?? [], s, th.veto) && !gazetteerPlace(mentions, r)) {
      if (tracing()) reject({ stage: 'relation', sentence: r.sentence, text: label(mentions, r.type, r.source, r.target), rule: r.rule,
        reason: `vetoed by the learned scorer: p ${s.p.toFixed(2)} < ${th.veto.toFixed(2)}${topText(s.top)}` });
      return;
    }
    // (speed: Object.assign, not a spread, which took the slow path on candidates of many shapes; the same keys in the same order)
    const c = Object.assign({}, r);
    c.learned = { p: +s.p.toFixed(3), applied: acts(r.type), ...(s.top ? { top: s.top.map(([f]) => f) } : {}) };
    out.push(c);
  });
  // a pair whose reverse a rule states (same type, same sentence) is never added: "A buys B" is not also "B buys A"
  const stated = new Set(out.map((r) => `${r.type}|${r.source}|${r.target}|${r.sentence}`));
  for (const s of scored) {
    if (s.pair.ruleIndex !== undefined) continue;
    const th = thresholds(s.pair.type);
    const { type, source, target, sentence } = s.pair;
    if (s.p >= th.add && (s.blocked || stated.has(`${type}|${target}|${source}|${sentence}`))) {
      if (tracing()) reject({ stage: 'relation', sentence, text: label(mentions, type, source, target), rule: LEARNED_RULE,
        reason: `learned scorer p ${s.p.toFixed(2)}, not added: ${s.blocked ?? 'a rule states the reverse relation in this sentence'}` });
    } else if (s.p >= th.add) {
      out.push({ type, source, target, sentence, evidence: sentences[sentence]?.text ?? '', confidence: +Math.min(0.9, s.p).toFixed(2), rule: LEARNED_RULE,
        properties: {}, learned: { p: +s.p.toFixed(3), applied: true, ...(s.top ? { top: s.top.map(([f]) => f) } : {}) } });
    } else if (tracing() && th.add <= 1 && s.p >= th.add - NEAR_MISS) {
      reject({ stage: 'relation', sentence, text: label(mentions, type, source, target), rule: LEARNED_RULE,
        reason: `learned scorer below its add threshold: p ${s.p.toFixed(2)} < ${th.add.toFixed(2)}${topText(s.top)}` });
    } else if (tracing() && !acts(type) && s.p >= ADVISORY) {
      reject({ stage: 'relation', sentence, text: label(mentions, type, source, target), rule: LEARNED_RULE,
        reason: `no rule proposed it; learned scorer p ${s.p.toFixed(2)}, advisory only (cross-validation kept the rules alone for ${type})${topText(s.top)}` });
    }
  }
  return out;
}

/**
 * What the rules extractor calls once per article: score, then combine with the model's own thresholds.
 * A model with no threshold (the cross-validation kept the rules alone for every type) changes nothing
 * and costs nothing; under `explain` it still gives its probabilities, marked advisory.
 */
export function applyLearned(sentences: readonly Sentence[], mentions: readonly Mention[], relations: RelationCandidate[], lang: string,
  model: RelationModel, tokens?: readonly (readonly Token[])[]): RelationCandidate[] {
  const explain = tracing();
  if (!model.active && !explain) return relations;
  const scored = scorePairs(sentences, mentions, relations, lang, model, explain, explain, tokens);
  return combine(sentences, mentions, relations, scored, (t) => model.thresholds(t), (t) => model.acts(t));
}
