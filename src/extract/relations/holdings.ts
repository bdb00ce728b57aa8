/**
 * SUBSIDIARY_OF from a company's holdings listed: "Other holdings include the X movie company and Y",
 * "its subsidiaries include X, Y and Z", "ses filiales comprennent X et Y", "Acme's brands include X".
 * The owner is the possessor named ("Acme's", "de Acme"), or for "its"/"ses" the subject of the
 * sentences before; holdings with no possessor ("Other holdings include") are left alone.
 */
import { reject, tracing } from '../trace.ts';
import { capByAnaphora, isActor, previousSubject, type RuleContext } from './context.ts';
import { literalGate } from './literal-gate.ts';

/** The holdings noun and its verb; an optional possessor placeholder before it. */
const HOLDINGS = /(?:(?<owner>⟦C\d+⟧) ?'s |(?<pronoun>its|their|ses|leurs) (?:other |autres )?)?(?:holdings|subsidiaries|brands|businesses|units|properties|assets|filiales|marques|participations|actifs)(?: (?:de|du|d' ?) ?(?<owner2>⟦C\d+⟧))? (?:include|includes|including|also include|comprennent|incluent|comptent|sont) /g;
const LIST = /^(?:(?:the|la|le|l' ?|les|a|an) )?(?:[a-z-]+ ){0,3}?⟦C(\d+)⟧(?:(?: [a-z-]+){0,3}?(?: ?,| and| et| ainsi que) ?)?/;

/** Speed: a skeleton these expressions cannot match is skipped. */
const MAY_HOLD = literalGate(HOLDINGS);

export function holdingsRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.mentions.some(isActor) || !MAY_HOLD(sk.text)) continue;
    HOLDINGS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HOLDINGS.exec(sk.text))) {
      const ownerAt = m.groups?.owner ?? m.groups?.owner2;
      // "its holdings": the company the previous sentences are about; "Other holdings" with no possessor
      // may continue a list whose owner is not stated here, so it says nothing
      const before = !ownerAt && m.groups?.pronoun ? previousSubject(ctx, sentence) : undefined;
      const owner = ownerAt ? ctx.mentions[Number(ownerAt.slice(2, -1))] : before !== undefined ? ctx.mentions[before] : undefined;
      if (!owner) {
        if (tracing()) reject({ stage: 'relation', sentence, text: '? <-SUBSIDIARY_OF- holdings', reason: 'holdings listed without a possessor', rule: 'subsidiary-holdings' });
        continue;
      }
      let rest = sk.text.slice(m.index + m[0].length);
      for (let n = 0; n < 8; n++) {
        const p = LIST.exec(rest);
        if (!p) break;
        const held = ctx.mentions[Number(p[1])];
        if (held && held.index !== owner.index && held.text !== owner.text && held.type === 'Company') {
          ctx.add({ type: 'SUBSIDIARY_OF', source: held.index, target: owner.index, sentence, rule: 'subsidiary-holdings',
            confidence: capByAnaphora(ctx, ownerAt ? 0.8 : 0.6, held.index, owner.index) });
        }
        rest = rest.slice(p[0].length);
      }
    }
  }
}
