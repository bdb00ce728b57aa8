/**
 * Sums that refer across sentences and clauses (round 10, amounts of sets 1, 6 and 10):
 * - "this investment" names the investment the article stated before: "INEOS' £600 million drive …" then "to bring this
 *   investment to Wales" — the investment in Wales is that one, and carries its sum when the investor has one sum;
 * - "A a investi 100 millions d'euros dans ce projet": the project is the one place the investor was given before
 *   ("c'est Verdun que A a choisi pour implanter son usine"), which carries the sum;
 * - "a $20 billion investment in the United States — including $5.8 billion for a new plant in Louisiana": a sum
 *   written right before "investment in ⟦T⟧" is T's own, not the other sum of the sentence.
 */
import { fold, foldedSlice } from '../text/normalize.ts';
import type { Mention, RelationCandidate } from '../types.ts';
import { findMoney, type Money } from '../values/money.ts';
import type { RuleContext } from './context.ts';
import { putSum, replaceSum } from './sum-properties.ts';

/** A demonstrative before the investment noun: the one already stated, not a new one. */
const THIS_INVESTMENT = /(?<![a-z])(?:this|that|cet|cette) (?:(?:new|major|significant|important|nouvel|nouvelle) )?(?:investment|investissement)(?![a-z])/;

/** The entity a mention names, for comparing investors across sentences ("Toyota" … "Toyota's project"). */
export function who(ctx: RuleContext, m: Mention): string {
  const a = m.refersTo !== undefined ? ctx.mentions[m.refersTo] ?? m : m;
  return (a.canonical ?? a.text).toLowerCase();
}

/** One investor's name and another's: equal, or one the other's first words ("INEOS" … "INEOS Automotive"). */
export const sameInvestor = (a: string, b: string): boolean => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);

export function bindThisInvestment(ctx: RuleContext, invests: readonly RelationCandidate[]): void {
  for (const r of invests) {
    if (r.properties.amount !== undefined) continue;
    const text = ctx.sentences[r.sentence]?.text ?? '';
    if (!THIS_INVESTMENT.test(fold(text))) continue;
    const src = ctx.mentions[r.source];
    if (!src) continue;
    const k = who(ctx, src);
    // the investor's sums stated before this sentence: one sum, or nothing is bound
    const sums = new Map<string, RelationCandidate>();
    for (const o of invests) {
      const os = ctx.mentions[o.source];
      if (o === r || !os || o.sentence > r.sentence || typeof o.properties.amount !== 'number' || !sameInvestor(k, who(ctx, os))) continue;
      sums.set(`${o.properties.amount} ${String(o.properties.currency)}`, o);
    }
    if (sums.size !== 1) continue;
    const p = [...sums.values()][0]!.properties;
    putSum(r.properties, p);
  }
}

/** "dans ce projet", "in this project", "in the project": the project named before. */
const THIS_PROJECT = /(?:dans|in|into|sur) (?:ce|cet|this|that|the) (?:projet|project|site|plant|usine)(?![a-z])/;


export function bindThisProject(ctx: RuleContext, invests: readonly RelationCandidate[]): void {
  for (const r of invests) {
    if (typeof r.properties.amount !== 'number') continue;
    const text = ctx.sentences[r.sentence]?.text ?? '';
    const folded = fold(text);
    if (!THIS_PROJECT.test(folded)) continue;
    const src = ctx.mentions[r.source];
    if (!src) continue;
    const k = who(ctx, src);
    // the investor's amount-less investments in a town or region, stated before: exactly one is "the project"
    const before = invests.filter((o) => {
      const os = ctx.mentions[o.source], ot = ctx.mentions[o.target];
      return o.sentence < r.sentence && r.sentence - o.sentence <= 6 && os && ot?.type === 'Region' && o.properties.amount === undefined && sameInvestor(k, who(ctx, os));
    });
    const places = new Set(before.map((o) => (ctx.mentions[o.target]!.canonical ?? ctx.mentions[o.target]!.text).toLowerCase()));
    if (places.size !== 1) continue;
    for (const o of before) replaceSum(o.properties, r.properties);
  }
}

/** Between a sum and its target: "investment in the", "investissement en". */
const SUM_FOR_TARGET = /^\s*(?:[a-z-]+\s+){0,3}?(?:investments?|investissements?)\s+(?:in|into|en|dans|au|aux|a)\s+(?:the\s+|la\s+|le\s+|l'\s*|les\s+)?$/;

export function bindSumToItsTarget(ctx: RuleContext, invests: readonly RelationCandidate[]): void {
  for (const r of invests) {
    if (typeof r.properties.amount !== 'number') continue;
    const t = ctx.mentions[r.target];
    const text = ctx.sentences[r.sentence]?.text ?? '';
    if (!t || t.implicit || t.sentence !== r.sentence) continue;
    const folded = fold(text);
    if (folded.length !== text.length) continue;
    const money: Money[] = findMoney(text).filter((m) => m.equivalentOf === undefined);
    if (money.length < 2) continue;
    const own = money.find((m) => m.end <= t.start && SUM_FOR_TARGET.test(foldedSlice(text, folded, m.end, t.start)));
    if (own && own.amount !== r.properties.amount) replaceSum(r.properties, own);
  }
}
