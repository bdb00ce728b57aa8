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
