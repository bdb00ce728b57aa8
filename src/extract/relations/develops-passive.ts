/**
 * DEVELOPS from a passive of making: "A announced that both the next X and Y models will be produced at its
 * Sunderland plant", "les futures X et Y seront fabriquées à Douai". The products stand before the verb, the
 * maker is the company the sentence (or, with none, the sentence before) is about.
 */
import { capByAnaphora, COMPLEMENT_OF, previousSubject, type RuleContext } from './context.ts';
import { placeholders } from './skeleton.ts';
import { literalGate } from './literal-gate.ts';

const PASSIVE_MAKE = /((?:⟦D\d+⟧)(?: ?(?:,|and|et|&) ?⟦D\d+⟧)*) (?:[a-z-]+ )?(?:(?:models?|modeles?|vehicles?|vehicules?|cars?|voitures?|versions?|brands?|marques?) )?(?:(?:will|would|shall|are to|is to|are|is|were|was|seront|sera|sont|est|vont|va|doivent|doit) )(?:(?:also|aussi|now|desormais|continue to|continuer a|still|toujours) )?(?:be |etre )?(?:(?:also|aussi) )?(?:produced|built|made|assembled|manufactured|produite?s?|produits|fabriquee?s?|assemblee?s?|construite?s?)(?![a-z])/g;

/** Speed: a skeleton these expressions cannot match is skipped. */
const MAY_BE_MADE = literalGate(PASSIVE_MAKE);

export function developsPassiveRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.mentions.some((m) => m.type === 'Product') || !MAY_BE_MADE(sk.text)) continue;
    for (const m of sk.text.matchAll(PASSIVE_MAKE)) {
      const before = placeholders(sk.text.slice(0, m.index).replace(COMPLEMENT_OF, ''), 'C');
      const maker = before.length ? before[0] : previousSubject(ctx, sentence);
      if (maker === undefined) continue;
      for (const p of placeholders(m[1]!, 'D')) {
        ctx.add({ type: 'DEVELOPS', source: maker, target: p, sentence, rule: 'develops-passive', confidence: capByAnaphora(ctx, before.length ? 0.75 : 0.6, maker, p) });
      }
    }
  }
}
