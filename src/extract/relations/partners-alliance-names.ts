/**
 * PARTNERS_WITH between the members of an alliance named by joining them (round 10): "l'alliance Renault-Nissan-
 * Mitsubishi", "the A-B alliance", "le consortium A-B-C", "the A/B joint venture": every pair of the members.
 */
import type { RuleContext } from './context.ts';
import { capByAnaphora } from './context.ts';
import { literalGate } from './literal-gate.ts';

const KIND = String.raw`(?:alliance|partenariat|partnership|consortium|coentreprise|co-entreprise|joint venture|joint-venture|couple|tandem|duo)`;
const MEMBERS = String.raw`(⟦C\d+⟧(?: ?[-/–] ?⟦C\d+⟧)+)`;
/** "l'alliance A-B-C" (the kind before) or "the A-B alliance" (after). */
const JOINED = new RegExp(String.raw`(?<![a-z])${KIND} (?:(?:franco|germano|sino|euro|nippo|americano)-[a-z]+ )?${MEMBERS}(?! ?[-/–])|${MEMBERS} (?:[a-z-]+ )?${KIND}(?![a-z])`, 'g');
const GATE = literalGate(JOINED);

export function partnersAllianceNamesRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!GATE(sk.text)) continue;
    JOINED.lastIndex = 0;
    for (const m of sk.text.matchAll(JOINED)) {
      const members = [...(m[1] ?? m[2])!.matchAll(/⟦C(\d+)⟧/g)].map((x) => Number(x[1]));
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const a = members[i]!, b = members[j]!;
          if (ctx.mentions[a]?.text === ctx.mentions[b]?.text) continue;
          ctx.add({ type: 'PARTNERS_WITH', source: a, target: b, sentence, rule: 'partner-alliance-name', confidence: capByAnaphora(ctx, 0.75, a, b) });
        }
      }
    }
  }
}
