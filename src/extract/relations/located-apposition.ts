/**
 * Where a company is, stated beside its name: "the A Company, LLC, in Middleton, Mich., has been selected…"
 * (US agency releases name each recipient so), "A, of Dayton, Ohio, will…", "l'usine A, située dans la commune de
 * X", "A située dans le Puy-de-Dôme". And what such a company builds there: "A, in X, has been selected to receive a
 * $9.9 million loan to construct a new mill" — the company invests in its place, with the sum that finances it.
 */
import { fold } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';
import type { Money } from '../values/money.ts';
import { findMoney } from '../values/money.ts';
import { isActor, type RuleContext } from './context.ts';
import { FACILITY, isPublicBody } from './facilities.ts';
import { loanSum } from './lending.ts';
import { literalGate } from './literal-gate.ts';
import { FACILITY_OF } from './located-clauses.ts';

/** "⟦C⟧, llc, in ⟦R⟧, ⟦R⟧., has been …": a place between commas after the name, then the clause's verb. */
const APPOSITION = /⟦C(\d+)⟧(?: ?, ?(?:inc|llc|ltd|corp|co|plc|lp|l\.l\.c)\.?)? ?, (?:in|of|from|based in) (?:the (?:city|town|village) of )?⟦R(\d+)⟧(?: ?, ?⟦R\d+⟧ ?\.?)? ?, (?:has|have|had|was|were|is|are|will|would|received|receives|plans|planned|intends|won|got|obtained)(?![a-z])/g;
/** "⟦C⟧, située dans la commune de ⟦R⟧", "⟦C⟧ located in the town of ⟦R⟧". */
const SITUATED = /⟦([CO])(\d+)⟧ ?,? (?:qui est |which is |that is )?(?:situee?s?|localisee?s?|located|situated) (?:dans|sur|a|en|au|aux|in|at|near|pres de) (?:la |le |l' ?|les |the )?(?:(?:commune|ville|agglomeration|city|town|village|departement|region|county|state|province) (?:de |d' ?|du |des |of )(?:la |le |l' ?|les |the )?)?⟦R(\d+)⟧/g;
/** "⟦C⟧, ⟦N⟧'s national oil-and-gas company", "⟦C⟧, Scotland's largest distillery firm": the place's own company. */
const PLACE_COMPANY = /⟦C(\d+)⟧(?: ?\(⟦C\d+⟧\))? ?, (?:the )?⟦([RN])(\d+)⟧ ?'s (?:[a-z-]+ ){0,3}?(?:company|firm|group|carmaker|automaker|bank|operator|producer|manufacturer|maker|utility|airline|retailer|insurer|conglomerate)(?![a-z])/g;
/** "⟦C⟧ conserveront leur siège aux ⟦N⟧", "⟦C⟧ will keep its headquarters in ⟦R⟧", "⟦C⟧ told staff the group would keep its
 * head office in the heart of ⟦R⟧": where a company has its seat (the nearest company before the possessive: no name between). */
const SEAT = /⟦([CO])(\d+)⟧ (?:[a-z'-]+ ){1,12}?(?:son|sa|leur|its|their) (?:siege(?: social)?|headquarters|head office|hq) (?:a|en|au|aux|in|at|dans) (?:la |le |l' ?|les |the )?(?:(?:centre|center|heart|coeur|centre-ville) (?:of|de|du|d' ?)(?: the| la| l' ?)? ?)?⟦([RN])(\d+)⟧/g;
/** Building a new facility, in the clause after the apposition. */
const BUILDS = new RegExp(String.raw`(?<![a-z])(?:to )?(?:construct|build|open|establish|expand|set up|develop|equip)(?:ing)? (?:a |an |the |its |their )?(?:new )?(?:[a-z0-9-]+ ){0,4}?(?:${FACILITY}|mills?|workshops?|ateliers?)(?![a-z])`);
const CLOSE = /(?<![a-z])(?:clos(?:e|es|ed|ing|ure)|shut|shutdown|layoffs?|cuts?)(?![a-z])/;

/** Speed: a skeleton none of the four expressions can match places no company. */
const MAY_PLACE = literalGate(APPOSITION, PLACE_COMPANY, SEAT, SITUATED);

export interface PlacedCompany { company: Mention; place: Mention; at: number; end: number }

/** The companies placed by an apposition or "située dans" in a sentence. */
export function placedCompanies(ctx: RuleContext, s: Sentence): PlacedCompany[] {
  const text = ctx.skeletons.get(s.index)?.text;
  if (!text || !/⟦[RN]/.test(text) || !MAY_PLACE(text)) return [];
  const out: PlacedCompany[] = [];
  for (const m of text.matchAll(APPOSITION)) {
    const company = ctx.mentions[Number(m[1])], place = ctx.mentions[Number(m[2])];
    if (company && place && isActor(company) && !isPublicBody(company)) out.push({ company, place, at: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PLACE_COMPANY)) {
    const company = ctx.mentions[Number(m[1])], place = ctx.mentions[Number(m[3])];
    if (company && place && isActor(company) && !place.implicit) out.push({ company, place, at: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SEAT)) {
    const company = ctx.mentions[Number(m[2])], place = ctx.mentions[Number(m[4])];
    if (company && place && isActor(company) && !place.implicit) out.push({ company, place, at: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SITUATED)) {
    const company = ctx.mentions[Number(m[2])], place = ctx.mentions[Number(m[3])];
    // "the plant of A, which is located in X": the clause may place the facility, not the company
    if (m[0].includes(',') && FACILITY_OF.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (company && place && isActor(company)) out.push({ company, place, at: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function locatedApposition(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    for (const p of placedCompanies(ctx, s)) {
      if (p.company.text === p.place.text) continue;
      ctx.add({ type: 'LOCATED_IN', source: p.company.index, target: p.place.index, sentence: s.index, rule: 'located-apposition', confidence: 0.8 });
    }
  }
}

export interface HomeBuild { investors: Mention[]; targets: Mention[]; money?: Money }

/** "A, in X, has been selected to receive a $N loan to construct a new mill": A builds in X, financed by the sum. */
export function readHomeBuild(ctx: RuleContext, s: Sentence): HomeBuild | undefined {
  const placed = placedCompanies(ctx, s).filter((p) => p.company.type === 'Company');
  if (placed.length !== 1) return undefined;
  const p = placed[0]!;
  const text = ctx.skeletons.get(s.index)!.text;
  const rest = text.slice(p.end);
  // the clause builds a facility and names no other place for it
  if (!BUILDS.test(rest) || CLOSE.test(rest) || /⟦[RN]\d+⟧/.test(rest)) return undefined;
  const folded = fold(s.text);
  const money = /\d/.test(s.text) ? findMoney(s.text) : [];
  return { investors: [p.company], targets: [p.place], money: money.find((m) => m.equivalentOf === undefined && !/^\s*(?:[a-z-]+\s+){0,2}?(?:grants?|subsid)/.test(folded.slice(m.end, m.end + 30))) ?? loanSum(folded, money) };
}
