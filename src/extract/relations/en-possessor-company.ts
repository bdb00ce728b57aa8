/**
 * "Chair Jane Roe of Acme announced that his company is building a new plant in X", "Acme's chief executive said her
 * firm will invest $5 million in Y": "his/her company" is the company of the person the clause names before it, read
 * from the ROLE_AT relations the pattern rules found first (the people rules run before the investment rules).
 */
import { inSentence } from '../by-sentence.ts';
import { fold } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';

const HIS_COMPANY = /(?<![a-z])(?:his|her) (?:own )?(?:company|firm|group|business|companies|firms|businesses)(?![a-z])/g;

/** The company "his/her company" stands for when it is written within the 80 characters before `at` (an offset in the sentence). */
export function possessorCompany(ctx: RuleContext, s: Sentence, at: number): Mention | undefined {
  // (cheap gate: most sentences have no possessive of a person)
  if (!/\b(?:his|her|His|Her) /.test(s.text)) return undefined;
  const folded = fold(s.text);
  if (folded.length !== s.text.length) return undefined;
  const from = Math.max(0, at - 80);
  let phrase = -1;
  HIS_COMPANY.lastIndex = 0;
  for (const m of folded.slice(from, at).matchAll(HIS_COMPANY)) phrase = from + m.index;
  if (phrase < 0) return undefined;
  let person: Mention | undefined;
  for (const m of inSentence(ctx.mentions, s.index)) if (m.type === 'Person' && m.end <= phrase && (!person || m.start > person.start)) person = m;
  if (!person) return undefined;
  for (const r of ctx.relations) {
    if (r.type !== 'ROLE_AT' || r.source !== person.index) continue;
    const c = ctx.mentions[r.target];
    if (c && isActor(c) && !isPublicBody(c)) return c;
  }
  return undefined;
}
