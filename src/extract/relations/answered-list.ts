/**
 * A written question answered by a list: "To ask the Secretary of State which companies have announced plans to invest
 * in X since 1 May." then an answer that only lists firms ("The following: A, B plc and C."). Each listed firm invests
 * in the place the question names. Only a sentence made of names (and a short lead-in) counts as the answer, and only
 * within the three sentences after the question.
 */
import type { Mention, Sentence } from '../types.ts';
import type { RuleContext } from './context.ts';
import { mayInvestNamed } from './facilities.ts';
import { LEGAL_FORM_AFTER_NAME } from '../lexicon/common.ts';

/** The question: "which companies have (announced plans to) invest(ed) in ⟦R⟧". */
const WHICH_INVEST = /(?<![a-z])(?:which|what) (?:companies|firms|businesses|investors|multinationals) (?:have |has |had )?(?:(?:announced|made|confirmed) (?:plans|their intention|a decision|decisions) to )?invest(?:ed|ing)? (?:in|into) (?:the )?⟦([NR])(\d+)⟧/;
/** A sentence that is a list of firms: an optional short lead-in, names joined by commas, "and" or "&", and legal forms. */
const BARE_LIST = new RegExp(String.raw`^(?:[a-z ,'-]{0,40}?: ?)?⟦[CO]\d+⟧(?:(?: ${LEGAL_FORM_AFTER_NAME}\.?)?(?:,| and|, and| &) ⟦[CO]\d+⟧)+(?: ${LEGAL_FORM_AFTER_NAME})?\.?$`);

/** A sentence that asks something else ("To ask …", "which …", "what …"). */
const OTHER_QUESTION = /(?<![a-z])(?:to ask|which|what)(?![a-z])|\?$/;

export interface AnsweredList { investors: Mention[]; place: Mention }

export function readAnsweredList(ctx: RuleContext, s: Sentence): AnsweredList | undefined {
  const sk = ctx.skeletons.get(s.index)?.text;
  if (!sk || (!sk.startsWith('⟦') && !sk.includes(':')) || !BARE_LIST.test(sk)) return undefined;
  for (let k = s.index - 1; k >= 0 && k >= s.index - 3; k--) {
    const q = ctx.skeletons.get(k)?.text;
    if (!q) continue;
    const m = q.includes('which') || q.includes('what') ? WHICH_INVEST.exec(q) : null;
    // another question, or another answer, between this list and the question: the list answers that one
    if (!m && (OTHER_QUESTION.test(q) || BARE_LIST.test(q))) return undefined;
    if (!m) continue;
    const place = ctx.mentions[Number(m[2])];
    const investors = [...sk.matchAll(/⟦[CO](\d+)⟧/g)].map((x) => ctx.mentions[Number(x[1])]).filter((x): x is Mention => !!x && mayInvestNamed(x));
    return place && investors.length >= 2 ? { investors, place } : undefined;
  }
  return undefined;
}
