/**
 * ROLE_AT from an employer written in parentheses after a person's name: "Patricia Quenrod (Velorand)
 * deviendra directrice générale", "Jane Roe (Acme Corp) said". An acronym in parentheses is the short
 * form of the name before it ("Directorate-General for Competition (DG COMP)"), not an employer.
 */
import { capByAnaphora, type RuleContext } from './context.ts';

const PERSON_THEN_COMPANY = /⟦P(\d+)⟧ ?\( ?⟦C(\d+)⟧ ?\)/g;

export function roleParenthesisRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.text.includes('(')) continue;
    for (const m of sk.text.matchAll(PERSON_THEN_COMPANY)) {
      const person = ctx.mentions[Number(m[1])], company = ctx.mentions[Number(m[2])];
      if (!person || !company) continue;
      // a name of two words or more, and an employer written as a name (lower case in it), not an acronym
      if (person.text.trim().split(/\s+/).length < 2 || !/\p{Ll}/u.test(company.text)) continue;
      ctx.add({ type: 'ROLE_AT', source: person.index, target: company.index, sentence, rule: 'role-person-parenthesis',
        confidence: capByAnaphora(ctx, 0.7, person.index, company.index) });
    }
  }
}
