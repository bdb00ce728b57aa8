/**
 * The company an article is about, for French clauses that name it by a bare noun ("le journal", "l'entreprise", "le
 * nouvel actionnaire" of it): the company or organisation named most often (at least twice; public bodies left out).
 */
import type { Mention, Sentence } from '../../types.ts';
import type { RuleContext } from '../context.ts';
import { isPublicBody } from '../facilities.ts';

/** The company or organisation an article names most often (public bodies left out): "le journal", "l'entreprise". */
export function mainActor(ctx: RuleContext): Mention | undefined {
  const counts = new Map<string, { n: number; first: Mention }>();
  for (const m of ctx.mentions) {
    if ((m.type !== 'Company' && m.type !== 'Organization') || m.cue === 'coref' || m.implicit || isPublicBody(m)) continue;
    const k = m.canonical ?? m.text;
    const c = counts.get(k);
    if (c) c.n++; else counts.set(k, { n: 1, first: m });
  }
  let best: { n: number; first: Mention } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best && best.n >= 2 ? best.first : undefined;
}

/** The article's company when a sentence before `s` has named it ("…du groupe A. … le nouvel actionnaire, B, …"). */
export function topicCompany(ctx: RuleContext, s: Sentence): Mention | undefined {
  const m = mainActor(ctx);
  return m && m.type === 'Company' && m.sentence < s.index ? m : undefined;
}
