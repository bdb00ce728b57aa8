/**
 * English acquisitions stated by a noun with a possessor: "A's proposed acquisition of B", "its takeover of B",
 * "… has informed A and the Ministry of its preliminary view that their proposed acquisition of joint control of B may
 * restrict competition" — the possessor buys (read on the skeleton, ⟦X12⟧ placeholders). "their" stands for the
 * coordinated actors named last before it (the parties a regulator informed), "its" for the company named last before
 * it, or the one the sentences just before name. Stated ownership too: "A, the new owner of B", "A, which owns B",
 * "B's owner, A" (buying into an existing company, as the gold conventions read "X appartenant à Y").
 */
import type { Mention, Sentence } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';
import { lastNamedCompany } from './last-named.ts';
import { literalGate } from './literal-gate.ts';

export interface PossessedAcquisition { buyers: Mention[]; target: Mention }

/** The possessor, the acquisition noun, what is bought (control of it, a stake in it). */
const POSSESSED = /(?:⟦[CO](\d+)⟧\.?(?:'s|')|(?<![a-z])(its|their)) (?:(?:proposed|planned|intended|envisaged|announced|agreed|pending|completed|recent|hostile|friendly|full|possible|potential|contemplated|[0-9.,$€£]+ (?:billion|million|bn|m)?) ){0,3}(?:acquisition|takeover|purchase|buyout|buy-out) of (?:(?:joint|sole|exclusive|full|majority) control (?:of|over) |(?:a |the )?(?:[0-9.,]+ ?(?:%|per ?cent) |majority |minority |controlling )(?:stake|interest|shareholding) in )?(?:the )?(?:[a-z-]+ ){0,2}?⟦([CO])(\d+)⟧/g;
/** Stated ownership: "A, the new owner of B", "A, which owns B", "B's owner, A" (the owner bought into B). */
const OWNER_OF = /⟦C(\d+)⟧,? (?:(?:the|its) (?:new |current |majority |sole |largest )?owner of|which (?:now |also )?owns|who (?:now )?owns) (?:the )?⟦C(\d+)⟧/g;
const OWNER_AFTER = /⟦C(\d+)⟧(?:'s|') (?:new |current |majority )?owner,? (?:the )?(?:[a-z-]+ ){0,2}?⟦C(\d+)⟧/g;
/** An actor placeholder and the coordination before it. */
const ACTOR_BEFORE = /⟦[CO](\d+)⟧[^⟦]*$/;
const COORDINATED = /⟦[CO](\d+)⟧(?: ?\([^()]*\))? ?,? ?(?:and|&) (?:the )?(?:[a-z-]+ )?$/;

const GATE = /acquisition|takeover|purchase|buyout|buy-out|owner|owns/;
const MAY_OWN = literalGate(OWNER_OF, OWNER_AFTER), MAY_POSSESSED = literalGate(POSSESSED);

export function readPossessedAcquisitions(ctx: RuleContext, s: Sentence): PossessedAcquisition[] {
  const sk = ctx.skeletons.get(s.index);
  const out: PossessedAcquisition[] = [];
  if (!sk || !GATE.test(sk.text)) return out;
  const text = sk.text;
  const get = (i: string | undefined) => (i === undefined ? undefined : ctx.mentions[Number(i)]);
  const company = (i: string | undefined) => { const m = get(i); return m && m.type === 'Company' && !isPublicBody(m) && m.cueWord !== 'media' ? m : undefined; };
  if (MAY_OWN(text)) {
    for (const [re, owner, owned] of [[OWNER_OF, 1, 2], [OWNER_AFTER, 2, 1]] as const) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const a = company(m[owner]), b = company(m[owned]);
        if (a && b && a.text !== b.text) out.push({ buyers: [a], target: b });
      }
    }
  }
  if (!MAY_POSSESSED(text)) return out;
  POSSESSED.lastIndex = 0;
  for (const m of text.matchAll(POSSESSED)) {
    const target = get(m[4]);
    if (!target || !isActor(target) || isPublicBody(target)) continue;
    let buyers: Mention[] = [];
    if (m[1] !== undefined) {
      const b = get(m[1]);
      if (b && isActor(b) && !isPublicBody(b)) buyers = [b];
    } else buyers = pronounBuyers(ctx, s, text.slice(0, m.index), m[2] === 'their');
    buyers = buyers.filter((b) => b.index !== target.index && b.text !== target.text);
    if (buyers.length) out.push({ buyers, target });
  }
  return out;
}

/** "their": the coordinated actors named last before it; "its": the company named last before it, else just before. */
function pronounBuyers(ctx: RuleContext, s: Sentence, head: string, plural: boolean): Mention[] {
  const last = ACTOR_BEFORE.exec(head);
  if (!last) {
    const c = plural ? undefined : lastNamedCompany(ctx, s);
    return c ? [c] : [];
  }
  const first = ctx.mentions[Number(last[1])];
  if (!first || !isActor(first)) return [];
  const group = [first];
  let rest = head.slice(0, last.index);
  for (let c = COORDINATED.exec(rest); c; c = COORDINATED.exec(rest)) {
    const o = ctx.mentions[Number(c[1])];
    if (!o || !isActor(o)) break;
    group.unshift(o);
    rest = rest.slice(0, c.index);
  }
  // "their" needs two parties; "its" one company (a regulator's "its preliminary view" is no acquisition)
  if (plural) return group.length >= 2 && group.some((g) => g.type === 'Company' && !isPublicBody(g)) ? group : [];
  return group.length === 1 && first.type === 'Company' && !isPublicBody(first) ? [first] : [];
}
