/**
 * A body's members or chairs listed as the subject of "serve as": "A, chairman of X; B, president of Y; and C, among
 * others, serve as the advisory council's co-chairs", "A and B will serve as co-chairs of the Z Council". Each person of
 * the list before the verb holds the role at the body: the one named after "of", else the one a lower-case reference
 * names ("the advisory council's") — the article's body whose name holds every word of it.
 */
import { fold } from '../text/normalize.ts';
import type { Mention } from '../types.ts';
import { capByAnaphora, type RuleContext } from './context.ts';
import { literalGate } from './literal-gate.ts';

const SERVE_AS = /(?<![a-z])(?:serve|serves|served|will serve|to serve|have served|has served) as (?:the )?(?:(?:[a-z.-]+ ){0,2}?(?:government|administration) ?'s )?(?:(?<owner>⟦[CO]\d+⟧|(?:[a-z-]+ ){0,2}(?:council|board|committee|commission|panel|forum|task force|advisory board)) ?'s )?(?:[a-z-]+ )?(?<role>co-chairs?|chairs?|co-chairmen|co-chairman|members?|trustees?|directors?|vice-chairs?)(?: (?:of|on|for) (?:the )?⟦[COG](?<of>\d+)⟧)?(?<along> ?,? (?:along with|together with|alongside|avec) ⟦P\d+⟧(?: ?,? (?:and|et) ⟦P\d+⟧)?)?/g;
const MAY_SERVE = literalGate(SERVE_AS);
/** Subjects a list names: the persons before the verb, each once; a sentence with a company or body of its own between is left. */
const PERSON = /⟦P(\d+)⟧/g;

export function roleServeAsRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!MAY_SERVE(sk.text) || !sk.mentions.some((m) => m.type === 'Person')) continue;
    SERVE_AS.lastIndex = 0;
    for (const m of sk.text.matchAll(SERVE_AS)) {
      const g = m.groups!;
      const body = g.of !== undefined ? ctx.mentions[Number(g.of)]
        : g.owner?.startsWith('⟦') ? ctx.mentions[Number(g.owner.slice(2, -1))]
          : g.owner ? bodyNamed(ctx, g.owner) : undefined;
      if (!body) continue;
      const before = sk.text.slice(0, m.index);
      // (a relative clause or another verb between opens another clause: only a list of names and appositions)
      if (/(?:^|\s)(?:said|says|announced|who|which|that|will|would)\s/.test(before)) continue;
      // ("A served as co-chair for the Forum along with B": the person named after "along with" shares the role)
      for (const p of [...before.matchAll(PERSON), ...(g.along ?? '').matchAll(PERSON)]) {
        const person = Number(p[1]);
        ctx.add({ type: 'ROLE_AT', source: person, target: body.index, sentence, rule: 'role-serve-as',
          confidence: capByAnaphora(ctx, 0.7, person, body.index), properties: { role: g.role! } });
      }
    }
  }
}

/** The article's organisation whose name holds every word of a lower-case reference ("advisory council" → "National Advisory Council on …"). */
function bodyNamed(ctx: RuleContext, reference: string): Mention | undefined {
  const words = reference.trim().split(/\s+/);
  let found: Mention | undefined;
  for (const m of ctx.mentions) {
    if ((m.type !== 'Organization' && m.type !== 'Company') || m.implicit || m.cue === 'coref') continue;
    const name = fold(m.canonical ?? m.text).split(/[\s-]+/);
    if (!words.every((w) => name.includes(w))) continue;
    if (found && fold(found.canonical ?? found.text) !== fold(m.canonical ?? m.text)) return undefined;
    found ??= m;
  }
  return found;
}
