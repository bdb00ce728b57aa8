/** Runs every relation rule over one article's mentions; each rule is a function of the RuleContext and testable alone. */
import type { CueIndex } from '../cue-index.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { Mention, RelationCandidate, Sentence } from '../types.ts';
import { announcedRule } from './announced.ts';
import { isCurrencyCode, type RelationRule, type RuleContext } from './context.ts';
import { developsRule } from './develops.ts';
import { isPublicBody, markPublicAcronyms } from './facilities.ts';
import { governmentRolesRule } from './government-roles.ts';
import { investsRule, namesOnePlace } from './invests.ts';
import { partnersRule } from './partners.ts';
import { locatedRule } from './located.ts';
import { applyPatterns } from './pattern-rules.ts';
import { buildSkeleton, type Skeleton } from './skeleton.ts';
import { subsidiaryNamesRule } from './subsidiary-names.ts';
import { holdingsRule } from './holdings.ts';
import { developsNamesRule } from './develops-names.ts';
import { roleAnaphoraRule } from './role-anaphora.ts';
import { controlRule } from './control.ts';
import { developsPassiveRule } from './develops-passive.ts';
import { partnersLedByRule } from './partners-led-by.ts';
import { developsBrandsRule } from './develops-brands.ts';
import { roleParenthesisRule } from './role-parenthesis.ts';
import { developsModelsRule } from './develops-models.ts';
import { frClausesRule } from './clauses-fr/index.ts';
import { amountBindingRule } from './amount-binding.ts';
import { roleHeldRule } from './role-held.ts';
import { hansardRolesRule } from './hansard-roles.ts';
import { roleAddresseeRule } from './role-addressee.ts';
import { roleMinisterListsRule } from './role-minister-lists.ts';
import { partnersGovernmentRule } from './partners-government.ts';
import { developsMakerModelRule } from './develops-maker-model.ts';
import { partnersAllianceNamesRule } from './partners-alliance-names.ts';
import { loanProjectsRule } from './loan-projects.ts';
import { roleServeAsRule } from './role-serve-as.ts';
import { pairTiesRule } from './pair-ties.ts';
import { withoutInsertedClauses } from './parenthetical-clauses.ts';

/** Rules in order; developsRule first since it may retype names as products. */
export const RELATION_RULES: readonly RelationRule[] = [developsRule, applyPatterns, governmentRolesRule, partnersRule, investsRule, announcedRule, subsidiaryNamesRule, holdingsRule, locatedRule, developsNamesRule, roleAnaphoraRule, controlRule, developsPassiveRule, partnersLedByRule, developsBrandsRule, roleParenthesisRule, developsModelsRule, hansardRolesRule, roleAddresseeRule, roleHeldRule, frClausesRule, roleMinisterListsRule, partnersGovernmentRule, developsMakerModelRule, partnersAllianceNamesRule,
  // "A, B and C serve as the council's co-chairs": each listed person at the body (role-serve-as.ts)
  roleServeAsRule,
  // "Les deux entreprises sont en concurrence", "la fusion des deux groupes": the pair named just before (pair-ties.ts)
  pairTiesRule,
  // a loan or loan guarantee for a project in a place: its borrower and sponsor invest there (loan-projects.ts)
  loanProjectsRule,
  // last: binds sums to the investments every rule read (amount-binding.ts)
  amountBindingRule];

/**
 * Rules that read a main clause (subject, verb, object) and run again on a sentence read without its inserted clauses
 * ("A, a unit of B, will build … in X" as "A will build … in X"; parenthetical-clauses.ts).
 */
const MAIN_CLAUSE_RULES: readonly RelationRule[] = [applyPatterns, partnersRule, investsRule, frClausesRule];

function countProducts(mentions: readonly Mention[]): number {
  let n = 0;
  for (const m of mentions) if (m.type === 'Product') n++;
  return n;
}

function focus(sentences: readonly Sentence[], mentions: readonly Mention[], type: 'Company' | 'Country'): Mention | undefined {
  const counts = new Map<string, { n: number; first: Mention }>();
  for (const m of mentions) {
    // a government body typed Company ("the Administration") is not what a business article is about, nor a currency code
    if (m.type !== type || m.cue === 'coref' || m.implicit || (type === 'Company' && (isPublicBody(m) || isCurrencyCode(sentences, mentions, m)))) continue;
    const k = m.iso2 ?? m.canonical ?? m.text.toLowerCase();
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: m });
  }
  let best: { n: number; first: Mention } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first;
}

export function findRelations(sentences: readonly Sentence[], mentions: Mention[], cues: CueIndex, gaz: Gazetteer,
  rules: readonly RelationRule[] = RELATION_RULES): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  markPublicAcronyms(mentions);
  const seen = new Map<string, RelationCandidate>();
  const bySentence = new Map(sentences.map((s) => [s.index, s]));
  const skeletons = new Map<number, Skeleton>();
  let countryAt: Map<string, Mention> | undefined;
  const rebuild = (changed?: ReadonlySet<number>) => {
    const bySent = new Map<number, Mention[]>();
    for (const m of mentions) { const l = bySent.get(m.sentence); if (l) l.push(m); else bySent.set(m.sentence, [m]); }
    // (speed: after a retyping, only the sentences whose mentions changed; the others' skeletons would be the same)
    for (const s of sentences) if (!changed || changed.has(s.index)) skeletons.set(s.index, buildSkeleton(s, bySent.get(s.index) ?? []));
  };
  rebuild();
  const ctx: RuleContext = {
    sentences, mentions, skeletons, cues, gaz, relations: out,
    focusCompany: focus(sentences, mentions, 'Company'),
    focusCountry: focus(sentences, mentions, 'Country'),
    add(r) {
      // one candidate per type, pair and sentence: the first rule's, at the best confidence found
      const key = `${r.type}|${r.source}|${r.target}|${r.sentence}`;
      const prev = seen.get(key);
      if (prev) { prev.confidence = Math.max(prev.confidence, r.confidence); return; }
      // (every rule: a region's council read as investing in its own region)
      if (r.type === 'INVESTS_IN' && mentions[r.source] && mentions[r.target] && namesOnePlace(mentions[r.source]!, mentions[r.target]!)) return;
      // (speed: Object.assign, not a spread: the rules' candidates come in many shapes, and a spread of those took the slow
      // path, ~10 times slower; the same keys in the same order)
      const c = Object.assign({}, r) as RelationCandidate;
      c.evidence = bySentence.get(r.sentence)?.text ?? '';
      c.properties = r.properties ?? {};
      seen.set(key, c);
      out.push(c);
    },
    countryMention(iso2, sentence, text) {
      // countries by code and sentence, indexed once (a scan of all mentions per call was quadratic)
      if (!countryAt) { countryAt = new Map(); for (const m of mentions) if (m.type === 'Country' && m.iso2) countryAt.set(`${m.iso2}|${m.sentence}`, countryAt.get(`${m.iso2}|${m.sentence}`) ?? m); }
      const existing = countryAt.get(`${iso2}|${sentence}`);
      if (existing) return existing;
      const name = gaz.countryName(iso2);
      if (!name) return undefined;
      const m: Mention = { index: mentions.length, text: text || name, type: 'Country', sentence, start: 0, end: 0, cue: 'cue',
        confidence: 0.8, canonical: name, iso2, implicit: true };
      mentions.push(m);
      countryAt.set(`${iso2}|${sentence}`, m);
      return m;
    },
  };
  for (const rule of rules) {
    if (rule === amountBindingRule) readWithoutInsertedClauses(ctx);
    const products = rule === developsRule ? countProducts(mentions) : 0;
    const types = rule === developsRule ? mentions.map((m) => m.type) : undefined;
    rule(ctx);
    if (rule === developsRule && products !== countProducts(mentions)) {
      const changed = new Set<number>();
      mentions.forEach((m, i) => { if (m.type !== types![i]) changed.add(m.sentence); });
      rebuild(changed);
    }
  }
  return out;
}

/**
 * The main-clause rules again on the sentences that have an inserted clause after a name, read without it. Their
 * context reads (`reading`) those sentences only, but indexes (`sentences[k]`) every sentence of the article; the mentions
 * inside a blanked clause belong to no sentence there, so no rule relates them to the main clause.
 */
function readWithoutInsertedClauses(ctx: RuleContext): void {
  const reduced: Sentence[] = [];
  const skeletons = new Map<number, Skeleton>();
  let mentions: Mention[] | undefined;
  for (const s of ctx.sentences) {
    const own = mentionsOf(ctx, s.index);
    const r = withoutInsertedClauses(s, own);
    if (!r) continue;
    mentions ??= ctx.mentions.slice();
    for (const i of r.inside) mentions[i] = { ...ctx.mentions[i]!, sentence: -1 };
    reduced.push(r.sentence);
    skeletons.set(s.index, buildSkeleton(r.sentence, own.filter((m) => !r.inside.has(m.index))));
  }
  if (!reduced.length || !mentions) return;
  // (no own iterator on an array instance: that disables V8's fast array iteration for the whole isolate)
  const byIndex = new Map(reduced.map((r) => [r.index, r]));
  const indexed = ctx.sentences.map((s) => byIndex.get(s.index) ?? s);
  const copy = mentions;
  // one way for additions: what a rule added to the copy (products) goes to the article's list before a country is
  // added there, so both lists give each new mention the same index
  const sync = () => { for (let i = ctx.mentions.length; i < copy.length; i++) ctx.mentions.push(copy[i]!); };
  // (speed: Object.assign, not a spread: the spread of the article's context took the slow path, ~18 µs; the same keys in
  // the same order)
  const again: RuleContext = Object.assign({}, ctx, {
    sentences: indexed, reading: reduced, mentions: copy, skeletons,
    countryMention(iso2: string, sentence: number, text: string) {
      sync();
      const m = ctx.countryMention(iso2, sentence, text);
      if (m && m.index >= copy.length) copy[m.index] = m;
      return m;
    },
  });
  for (const rule of MAIN_CLAUSE_RULES) rule(again);
  // mentions a rule added (products, implicit countries) belong to the article
  sync();
}

function mentionsOf(ctx: RuleContext, sentence: number): Mention[] {
  return (ctx.skeletons.get(sentence)?.mentions ?? []) as Mention[];
}
