/**
 * Investments stated by choosing, settling in or moving to a place rather than by an investment word:
 * "Orvane a choisi Verdun pour implanter son usine", "C'est Verdun, dans la Meuse, que le groupe Orvane a choisi
 * pour implanter…", "qui fait le choix de la Loire pour construire un nouveau site", "Orvane has chosen Leeds as
 * its European base", "Pellix is to relocate to Gwynedd", "Pellix has relocated to the new unit in Ebbw Vale",
 * "Orvane va s'implanter à Douai". The company is the subject of the clause (for the cleft "c'est X que", the
 * company after "que"); the place is the one chosen or moved to.
 */
import type { Mention, Sentence } from '../types.ts';
import type { RuleContext } from './context.ts';
import { mayInvestNamed } from './facilities.ts';

const DET = String.raw`(?:la |le |l' ?|les |the )?`;
const AREA = String.raw`(?:(?:town|city|village|region|area|site|commune|ville|region|departement) (?:of |de |d' ?|du )?${DET})?`;
/** What the place is chosen for: a site noun or a verb of building or settling. */
const PURPOSE = String.raw`(?:as|for|to|pour|comme) (?:its |their |the |a |an |son |sa |ses |leur |leurs |un |une |y )?(?:[a-z'-]+ ){0,3}?(?:base|site|location|home|hub|headquarters|plant|factory|facility|campus|siege|usine|implantation|implanter|installer|construire|batir|ouvrir|build|open|locate|establish|set up|expand|invest|investir|produire|manufacture)(?![a-z])`;
/** "chose X for/as …", "a choisi X pour …", "fait le choix (effectivement) de X pour …". */
const CHOSE = new RegExp(String.raw`(?<![a-z])(?:has chosen|have chosen|had chosen|chosen|chose|chooses|choose|selected|selects|picked|picks|a choisi|ont choisi|avait choisi|choisit|choisissent|choisira|a retenu|ont retenu|fait le choix|a fait le choix|ont fait le choix)(?: [a-z]+ment| effectively| finally)? (?:de |d' ?|du )?${DET}${AREA}(⟦[RN](\d+)⟧)(?: ?,? (?:in|en|dans|au) [^,.;⟦]{0,30}(?:⟦[RN]\d+⟧)?)? ?,? ${PURPOSE}`, 'g');
/** "has chosen a 280-acre site at Burnaston", "a retenu un terrain à Douai": choosing a site in a place is the decision to build there. */
const CHOSE_SITE = new RegExp(String.raw`(?<![a-z])(?:has chosen|have chosen|had chosen|chose|chooses|selected|selects|picked|a choisi|ont choisi|avait choisi|choisit|a retenu|ont retenu|retient)(?: [a-z]+ment| finally)? (?:a |an |the |its |un |une |le |son )?(?:[a-z0-9-]+ ){0,2}?(?:site|sites|location|terrain|emplacement|plot|parcelle) (?:at|in|near|on|a|en|au|pres de|sur) ${DET}${AREA}(⟦[RN](\d+)⟧)`, 'g');
/** "C'est Verdun, dans la Meuse, que le groupe Orvane a choisi": the cleft's place and the company after "que". */
const CLEFT = /(?:^|\s)c'est (?:a |en |au )?(⟦[RN](\d+)⟧)(?: ?,[^,.;]{0,40},)? ?(?:que|qu') ?(?:la |le |l' ?|les )?(?:[a-z-]+ ){0,3}?⟦[CO](\d+)⟧ (?:a|ont|avait|avaient) (?:choisi|retenu|elu)/g;
/** "is to relocate to Gwynedd", "has relocated to the new unit in Ebbw Vale", "va s'implanter à Douai". */
const MOVE = new RegExp(String.raw`(?<![a-z])(?:relocat(?:e|es|ed|ing)|(?:move|moves|moved|moving|transfer|transfers|transferred|transferring) (?:its |their )?(?:production|headquarters|operations|manufacturing|plant|factory|hq) |s'implant(?:e|er|era|eront|ent)|s'install(?:e|er|era|eront|ent)|s'etabli(?:r|ra|ront|t|ssent)|demenag(?:e|er|era|eront|ent) (?:son |sa |ses |leur |leurs )?(?:siege|usine|production|activites?) |delocalis(?:e|er|era|eront|ent)(?: (?:son |sa |ses |leur |leurs |la |les )?(?:siege|usine|production|activites?)|(?= (?:a|en|au|aux|vers) )))(?: to| a| en| au| aux| dans| vers)? ${DET}(?:(?:[a-z0-9'-]+ ){0,4}?(?:in|at|a|en|near|pres de) ${DET})?${AREA}(⟦[RN](\d+)⟧)`, 'g');
/** A clause boundary: the subject of the verb comes after it. */
const CLAUSE = /(?:\bque\b|\bqu'|\bthat\b|\bwhile\b|;)/g;
const COMPLEMENT = /(?:^|\s)(?:de|du|des|d'|of|by|par)\s*(?:la\s+|l'\s*|le\s+|the\s+)?(?:[a-z-]+\s+){0,2}$/;

export interface ChosenPlace { investors: Mention[]; targets: Mention[] }

export function readChosenPlace(ctx: RuleContext, s: Sentence): ChosenPlace[] {
  const sk = ctx.skeletons.get(s.index);
  const out: ChosenPlace[] = [];
  if (!sk || !/choi|chos|choose|select|pick|retenu|relocat|move|moving|transfer|implant|install|etabli|demenag|delocalis/.test(sk.text)) return out;
  const get = (i: string | undefined) => (i === undefined ? undefined : ctx.mentions[Number(i)]);
  const valid = (m: Mention | undefined): m is Mention => !!m && mayInvestNamed(m);
  CLEFT.lastIndex = 0;
  for (const m of sk.text.matchAll(CLEFT)) {
    const place = get(m[2]), company = get(m[3]);
    if (place && valid(company)) out.push({ investors: [company], targets: [place] });
  }
  if (out.length) return out;
  for (const re of [CHOSE, MOVE, CHOSE_SITE]) {
    re.lastIndex = 0;
    for (const m of sk.text.matchAll(re)) {
      const place = get(m[2]);
      // ("à la suite de la décision de délocaliser au Brésil la production, cette entreprise …": the agent of a nominal decision follows it)
      const subject = subjectBefore(ctx, sk.text, m.index, valid) ?? (re === MOVE ? agentAfterDecision(ctx, sk.text, m.index, m.index + m[0].length, valid) : undefined);
      if (place && subject && subject.index !== place.index) out.push({ investors: [subject], targets: [place] });
    }
  }
  return out;
}

/** "la décision de délocaliser", "the decision to relocate": a decision noun with no agent of its own right before the verb. */
const DECISION_BEFORE = /(?:^|[\s,])(?:(?:la|sa|leur|cette) (?:decision|volonte|intention)|(?:le|son|leur|ce) (?:projet|choix)|(?:the|its|their|this) (?:decision|plan|intention|choice)) (?:de |d'|to )$/;
const AGENT_AFTER_COMMA = /^, ((?:[a-z'-]+ ){0,3}?)⟦[CO](\d+)⟧/;
const PARTICIPLE_OR_BY = /(?:^|\s)(?:by|par|[a-z]+ed) $/;
/** The subject of the main clause after a fronted decision: the first actor after the comma that closes it. */
function agentAfterDecision(ctx: RuleContext, skeleton: string, at: number, end: number, valid: (m: Mention | undefined) => m is Mention): Mention | undefined {
  if (!DECISION_BEFORE.test(skeleton.slice(Math.max(0, at - 30), at))) return undefined;
  const comma = skeleton.indexOf(', ', end);
  if (comma < 0) return undefined;
  const p = AGENT_AFTER_COMMA.exec(skeleton.slice(comma));
  // "the decision to relocate to X, criticised by A, …": A is the agent of a participle, not the clause's subject
  if (!p || (p[1] && PARTICIPLE_OR_BY.test(p[1]))) return undefined;
  const m = ctx.mentions[Number(p[2])];
  return valid(m) ? m : undefined;
}

/** The first actor of the clause before the verb that is not a complement ("a subsidiary of the X-based Y"). */
function subjectBefore(ctx: RuleContext, skeleton: string, at: number, valid: (m: Mention | undefined) => m is Mention): Mention | undefined {
  const head = skeleton.slice(0, at);
  let clause = 0;
  for (const c of head.matchAll(CLAUSE)) clause = c.index + c[0].length;
  for (const p of head.slice(clause).matchAll(/⟦[CO](\d+)⟧/g)) {
    const m = ctx.mentions[Number(p[1])];
    const before = head.slice(Math.max(0, clause + p.index - 30), clause + p.index);
    if (valid(m) && !COMPLEMENT.test(before)) return m;
  }
  return undefined;
}

