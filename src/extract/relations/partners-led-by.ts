/**
 * PARTNERS_WITH between the companies that lead one project together: "Project X, led by A and B and C",
 * "un consortium mené par A et B", "the joint venture, led by A, B and C". Only a project, consortium,
 * joint venture or alliance is "led by" partners; "a funding round led by A and B" names co-investors, not
 * partners, and is left alone (the head noun decides).
 */
import type { RuleContext } from './context.ts';

const HEAD_NOUN = /^(?:project|projet|consortium|joint venture|joint-venture|coentreprise|co-entreprise|alliance|partnership|partenariat)\b/i;
const LED_BY = /(?<head>⟦[CGO](?<h>\d+)⟧|(?:consortium|joint venture|joint-venture|coentreprise|co-entreprise|alliance|project|projet|partnership|partenariat)) ?,? (?:(?:which is|qui est|that is) )?(?:led|co-led|jointly led|menee?|pilotee?|portee?|conduite?|dirigee?) (?:(?:jointly|conjointement) )?(?:by|par) (?<list>(?:(?:the |le |la |l' ?|les )?(?:⟦[NR]\d+⟧-based |[a-z.]+-based )?(?:⟦C\d+⟧|[a-z]+(?= ?(?:,|and|et|&) ))(?: ?(?:,|and|et|&) ?)?)+)/g;

export function partnersLedByRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.text.includes(' led by') && !/ (?:menee?|pilotee?|portee?|conduite?|dirigee?) par /.test(sk.text)) continue;
    for (const m of sk.text.matchAll(LED_BY)) {
      const h = m.groups?.h;
      if (h !== undefined) {
        const head = ctx.mentions[Number(h)];
        if (!head || !(head.type === 'Program' || HEAD_NOUN.test(head.text))) continue;
      }
      const leaders = [...(m.groups?.list ?? '').matchAll(/⟦C(\d+)⟧/g)].map((x) => Number(x[1]));
      if (leaders.length < 2) continue;
      for (let a = 0; a < leaders.length; a++) for (let b = a + 1; b < leaders.length; b++) {
        const x = ctx.mentions[leaders[a]!], y = ctx.mentions[leaders[b]!];
        if (!x || !y || x.text === y.text) continue;
        ctx.add({ type: 'PARTNERS_WITH', source: x.index, target: y.index, sentence, rule: 'partners-led-by', confidence: 0.7 });
      }
    }
  }
}
