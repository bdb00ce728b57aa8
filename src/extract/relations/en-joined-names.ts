/**
 * One name written with "and" where the article writes it with "&": "… buy out Harland and Wolff" beside "Harland &
 * Wolff's shipyards" (mention detection splits the first at "and"). Two coordinated ends of a relation that together
 * spell a name the article states are that one party, not two.
 */
import type { Mention, Sentence } from '../types.ts';
import type { RuleContext } from './context.ts';

export function joinSplitNames(ctx: RuleContext, s: Sentence, list: readonly Mention[]): Mention[] {
  if (list.length < 2) return [...list];
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!, b = list[i + 1];
    const joined = b && a.sentence === s.index && b.sentence === s.index && a.type === b.type && b.start > a.end &&
      AND.test(s.text.slice(a.end, b.start)) ? spelled(ctx, a, b) : undefined;
    if (joined) { out.push(joined); i++; } else out.push(a);
  }
  return out;
}

const AND = /^\s+(?:and|&)\s+$/;

/** A mention of the article whose name is "A & B" (or "A and B"). */
function spelled(ctx: RuleContext, a: Mention, b: Mention): Mention | undefined {
  const names = [`${a.text} & ${b.text}`, `${a.text} and ${b.text}`];
  return ctx.mentions.find((o) => o.type === a.type && !o.implicit && o.cue !== 'coref' && names.includes(o.text));
}
