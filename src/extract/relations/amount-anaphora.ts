/**
 * "this investment" names the investment the article stated before (round 10, amounts of set-10): "INEOS' £600 million
 * drive …" then "We've been working closely with the company to bring this investment to Wales" — the investment in
 * Wales is that one, and carries its sum when the investor has one sum in the article.
 */
import { fold } from '../text/normalize.ts';
import type { Mention, RelationCandidate } from '../types.ts';
import type { RuleContext } from './context.ts';

/** A demonstrative before the investment noun: the one already stated, not a new one. */
const THIS_INVESTMENT = /(?<![a-z])(?:this|that|cet|cette) (?:(?:new|major|significant|important|nouvel|nouvelle) )?(?:investment|investissement)(?![a-z])/;

function who(ctx: RuleContext, m: Mention): string {
  const a = m.refersTo !== undefined ? ctx.mentions[m.refersTo] ?? m : m;
  return (a.canonical ?? a.text).toLowerCase();
}

/** One investor's name and another's: equal, or one the other's first words ("INEOS" … "INEOS Automotive"). */
const sameInvestor = (a: string, b: string): boolean => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);

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
    r.properties.amount = p.amount!;
    r.properties.currency = p.currency!;
    if (p.amountUsd !== undefined) r.properties.amountUsd = p.amountUsd;
  }
}
