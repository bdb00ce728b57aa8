/**
 * DEVELOPS from owning a brand: "A, qui possède la marque T, fabrique …", "A owns the T and U brands",
 * "A détient les marques T et U". The gold conventions count the brands a company sells under its own
 * marks as its products. A brand typed otherwise than Product is left to the entity rules.
 */
import { capByAnaphora, type RuleContext } from './context.ts';
import { placeholders } from './skeleton.ts';
import { literalGate } from './literal-gate.ts';

const OWNS = String.raw`(?:possede|possedait|detient|detenait|exploite|owns|owned|holds)`;
/** "⟦C⟧[, qui] possède la marque ⟦D⟧ [et ⟦D⟧]" */
const BRAND_AFTER = new RegExp(String.raw`⟦C(\d+)⟧(?: ?, ?(?:qui|which|that))? ${OWNS} (?:(?:egalement|aussi|also) )?(?:(?:la|les|the|its|sa|ses) )?(?:marques?|brands?|labels?) ((?:⟦D\d+⟧(?: ?(?:,|et|and) ?)?)+)`, 'g');
/** "⟦C⟧[, which] owns the ⟦D⟧ [and ⟦D⟧] brand(s)" */
const BRAND_BEFORE = new RegExp(String.raw`⟦C(\d+)⟧(?: ?, ?(?:qui|which|that))? ${OWNS} (?:(?:also|aussi) )?(?:the |its )((?:⟦D\d+⟧(?: ?(?:,|et|and) ?)?)+) (?:brands?|labels?)(?![a-z])`, 'g');

/** Speed: a skeleton these expressions cannot match is skipped. */
const MAY_OWN_BRANDS = literalGate(BRAND_AFTER, BRAND_BEFORE);

export function developsBrandsRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.mentions.some((m) => m.type === 'Product') || !MAY_OWN_BRANDS(sk.text)) continue;
    for (const re of [BRAND_AFTER, BRAND_BEFORE]) {
      for (const m of sk.text.matchAll(re)) {
        const owner = Number(m[1]);
        for (const p of placeholders(m[2]!, 'D')) ctx.add({ type: 'DEVELOPS', source: owner, target: p, sentence, rule: 'develops-brand-owned', confidence: capByAnaphora(ctx, 0.75, owner, p) });
      }
    }
  }
}
