/**
 * The company a sentence without a named actor continues: "… votre visite par URGO à Veauche. Soixante millions
 * d'euros d'investissement, 300 emplois créés dans le cadre de la construction d'une nouvelle usine à X." The last
 * company named in the two sentences before (same part of the article), not a public body or a medium; the
 * article's focus company only when none is that close.
 */
import { inSentence } from '../by-sentence.ts';
import type { Mention, Sentence } from '../types.ts';
import type { RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';

export function lastNamedCompany(ctx: RuleContext, s: Sentence): Mention | undefined {
  for (let k = s.index - 1; k >= 0 && k >= s.index - 2; k--) {
    if (ctx.sentences[k]?.part !== s.part) break;
    const named = inSentence(ctx.mentions, k).filter((m) => m.type === 'Company' && !m.implicit && m.cue !== 'coref' && m.cueWord !== 'media' && !isPublicBody(m));
    if (named.length) return named.reduce((a, b) => (b.start > a.start ? b : a));
  }
  return undefined;
}

/** "⟦A⟧ (⟦B⟧)": B is A's short name given in parentheses, not a second company. */
const IN_PARENTHESES = /^\s*\(\s*$/;

/**
 * The two companies "les deux groupes", "the two companies" stand for: the first two named in the two sentences
 * before, a short name in parentheses after a company ("Velorand Systems (VSY)") not counted as a second one.
 */
export function pairBefore(ctx: RuleContext, sentence: number): Mention[] {
  const out: Mention[] = [];
  let last: Mention | undefined;
  // the two sentences before, in list order (linear time on long texts)
  const near = [...inSentence(ctx.mentions, sentence - 2), ...inSentence(ctx.mentions, sentence - 1)].sort((a, b) => a.index - b.index);
  for (const m of near) {
    if (m.type !== 'Company' || m.cue === 'coref' || m.implicit || m.sentence >= sentence || m.sentence < sentence - 2) continue;
    const alias = last !== undefined && last.sentence === m.sentence && m.start > last.end &&
      IN_PARENTHESES.test(ctx.sentences[m.sentence]?.text.slice(last.end, m.start) ?? '');
    last = m;
    if (!alias && !out.some((o) => o.text === m.text)) out.push(m);
  }
  return out.length >= 2 ? out.slice(0, 2) : [];
}
