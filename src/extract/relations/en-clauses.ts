/**
 * English investment clauses that name no investment word, read as subject → verb → object/place on the sentence
 * skeleton (mentions as ⟦X12⟧ placeholders):
 * - reshoring and jobs brought: "A has returned 100 jobs back to X", "bringing jobs back to X", "will bring 300 jobs to X";
 * - expansion: "A will expand its operations in X", "is expanding in X", "will establish its first operations in X";
 * - opening shops: "After A opened its first two stores in X";
 * - production at a site or in a place: "A will assemble up to 25,000 vehicles per year at the B site in X", "will
 *   manufacture its new trucks in X";
 * - an investment brought to a place: "A investment to X", "(to) bring this investment to X" (the last investors);
 * - plural anaphora: "… multinationals like A, B, C and D. These companies … chose X" (each listed firm).
 * The subject is the actor group right before the verb (coordinated actors, the possessive "A's" of a shop's owner,
 * "the company" already linked by anaphora), else "it" for the company just named. Every reader is gated on a literal
 * its verb needs, so sentences that cannot match cost one substring test.
 */
import type { Mention, Sentence } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { isPublicBody, mayInvest } from './facilities.ts';
import { lastNamedCompany } from './last-named.ts';
import { literalGate } from './literal-gate.ts';

export interface EnClause { investors: Mention[]; targets: Mention[]; rule: string; confidence: number }

/** Words allowed between a subject and its verb: auxiliaries, modals, adverbs of time and intent. */
const AUX = String.raw`(?:(?:has|have|had|will|would|shall|could|may|might|can|is|are|was|were|be|been|being|also|now|then|recently|already|soon|still|just|finally|again|since|plans?|planned|planning|aims?|intends?|expects?|expected|agreed|decided|continues?|continued|continue|to|going|set|about|due|not|further|first|initially|eventually|subsequently|quickly|gradually|this year|next year|last year) )*`;
/** A subject placeholder (company or organisation), with a possessive "'s" or "'" tolerated ("Lowe's opened"). */
const SUBJECT_END = new RegExp(String.raw`⟦[CO](\d+)⟧\.?(?:'s|')? ${AUX}$`);
/** "It will open…", ", it has returned…": a pronoun subject at its clause start. */
const IT_SUBJECT = new RegExp(String.raw`(?:^|[,;] |that |and )it ${AUX}$`);
const COORDINATED_BEFORE = /⟦[CO](\d+)⟧ ?(?:, ?(?:and |& )?|and |& )$/;

/** "has returned approximately 100 jobs back to X", "bringing jobs back to X", "reshored production to X". */
const RESHORE = /(?<![a-z])(?:(?:return|returns|returned|returning|bring|brings|brought|bringing|move|moves|moved|moving|take|takes|took|taking)(?: back)? (?:[a-z0-9,.$~-]+ ){0,4}?(?:jobs|production|manufacturing|operations|work|positions|assembly|capacity|lines)(?: [a-z]+)? back (?:to|into|in)|(?:reshor|onshor|insourc)(?:e|es|ed|ing) (?:[a-z0-9,.$~-]+ |⟦N\d+⟧ ){0,6}?(?:to|into|in)) (?:the )?(⟦[RN](\d+)⟧)/g;
/** "will bring 300 new jobs to X". */
const JOBS_TO = /(?<![a-z])(?:bring|brings|brought|bringing) (?:[a-z0-9,.~-]+ ){0,3}?jobs to (?:the )?(⟦[RN](\d+)⟧)/g;
/** "will expand its operations in X", "is expanding in X", "will establish its first U.S. manufacturing operations in X",
 * "A establishes base in X" (a headline), "has set up its European headquarters in X". */
// ("was established in X" is a founding, no investment: "establish" needs its object)
const EXPAND_IN = /(?<![a-z])(?:(?:expand|expands|expanded|expanding) (?:(?:its|their) (?:[a-z.-]+ |⟦N\d+⟧ ){0,3}?(?:operations|presence|footprint|production|manufacturing|capacity|workforce|activities|business|facilities) )?|(?:establish|establishes|established|establishing) (?:its|their) (?:[a-z.-]+ |⟦N\d+⟧ ){0,3}?(?:operations|presence|footprint|production|manufacturing|activities|business|facilities) |(?:establish|establishes|established|establishing|sets up|set up|setting up) (?:a |an |its |their )?(?:(?:new|first|permanent|european|international|global|regional|uk|u\.s\.|us) ){0,2}(?:base|hub|headquarters|hq) )(?:in|into|to) (?:the )?(⟦[RN](\d+)⟧)/g;
/** "will manufacture its new trucks in X", "to assemble the model in X": production stated for the future. */
const PRODUCE_IN = /(?<![a-z])(?:will|to|shall) (?:[a-z]+ )?(?:assemble|produce|manufacture) (?:its |their |the |a |an )?(?:[a-z0-9-]+ |⟦[DP]\d+⟧ ){1,4}?(?:in|at) (?:the )?(⟦[RN](\d+)⟧)/g;
/** "opened its first two stores in X", "will open 20 new restaurants across X". */
const OPEN_SHOPS = /(?<![a-z])(?:open|opens|opened|opening) (?:its |their |a |an |the |his |her )?(?:[a-z0-9-]+ ){0,3}?(?:stores?|shops?|restaurants?|outlets?|branch(?:es)?|dealerships?|hotels?|supermarkets?|hypermarkets?|showrooms?|boutiques?|offices?) (?:[a-z-]+ ){0,2}?(?:in|across|throughout|at) (?:the )?(⟦[RN](\d+)⟧)/g;
/** "will assemble up to 25,000 of its new ⟦D⟧ vehicles per year at the ⟦C⟧ site in X". */
const PRODUCE_AT = /(?<![a-z])(?:will|to|shall|would) (?:[a-z]+ )?(?:assemble|produce|manufacture|build|make) (?:[^.;⟦]|⟦[DP]\d+⟧){0,90}? (?:at|in) (?:the |its |their |a |an )?(?:new )?(?:(?:⟦[CRN]\d+⟧|[a-z-]+) )?(?:site|plant|factory|facility|works|assembly line|production line) (?:in|at|near|outside|outside of) (?:the )?(⟦[RN](\d+)⟧)/g;
/** "⟦C⟧ investment to ⟦R⟧", "⟦C⟧'s new investment to ⟦R⟧": the name before the noun is the investor. */
const NAMED_INVESTMENT_TO = /⟦[CO](\d+)⟧(?:'s|')? (?:[a-z-]+ ){0,2}?investments? (?:to|into) (?:the )?(⟦[RN](\d+)⟧)/g;
/** "to bring this investment to ⟦R⟧", "this investment in ⟦R⟧ will…": the investment just stated. */
const THIS_INVESTMENT_TO = /(?<![a-z])(?:this|that|the|these|those) (?:[a-z-]+ )?investments? (?:to|into|in) (?:the )?(⟦[RN](\d+)⟧)/g;
/** "is moving its European headquarters to X", "relocated production from A to X": X gains what moves. */
const RELOCATE = /(?<![a-z])(?:move|moves|moved|moving|relocate|relocates|relocated|relocating|transfer|transfers|transferred|transferring|shift|shifts|shifted|shifting) (?:its|their) (?:[a-z.-]+ |⟦[ND]\d+⟧ ){0,3}?(?:headquarters|hq|head office|operations|production|manufacturing|assembly|plant|factory|offices?|base|research|r&d) (?:from (?:the )?⟦[RN]\d+⟧(?:, ⟦[RN]\d+⟧)? )?to (?:the )?(⟦[RN](\d+)⟧)/g;
/** "has selected X, Y as the site of its new plant", "chose X as the location for its European headquarters". */
const SITE_CHOSEN = /(?<![a-z])(?:select|selects|selected|selecting|chose|chosen|choose|chooses|picked|picks) (?:the )?(⟦[RN](\d+)⟧)(?:,? ⟦[RN]\d+⟧)?,? (?:as|for) (?:the )?(?:site|location|home|base) (?:of|for) (?:its|their) /g;
/** "X will be home to A's new $50 million plant": the place before, the owner after. */
const HOME_TO = /(⟦[RN](\d+)⟧)(?:,? ⟦[RN]\d+⟧)?,? (?:will be|would be|is to be|will become|is set to become|is set to be) (?:the )?(?:new )?home (?:to|of|for) (?:the )?⟦C(\d+)⟧(?:'s|') (?:new|planned|future|first) /g;
/** "The plant, which A is building near X", "a facility that A will open in X": the relative's subject builds. */
const RELATIVE_BUILD = /(?<![a-z])(?:plant|factory|facility|site|campus|centre|center|mill|fab|warehouse|headquarters|project|office),? (?:which|that) (?:the )?(?:[a-z-]+ ){0,2}?⟦C(\d+)⟧\.? (?:is|are|will|will be|plans to|intends to|has|has been|is to) ?(?:building|constructing|opening|developing|build|construct|open|develop|built|opened|set up|setting up) (?:[a-z-]+ ){0,2}?(?:in|near|at|outside(?: of)?) (?:the )?(⟦[RN](\d+)⟧)/g;
/** "In X, Y, the group A will build a $50 million plant": the place fronted before the clause. */
const FRONTED_PLACE = new RegExp(String.raw`^(?:in|at) (?:the )?(⟦[RN](\d+)⟧)(?:, ⟦[RN]\d+⟧)?, (?:(?:the|a|an) )?(?:[a-z-]+ ){0,3}?⟦C(\d+)⟧\.? ${AUX}(?:build|builds|building|construct|constructing|open|opens|opening|invest|invests|investing|expand|expands|expanding|establish|establishes|establishing|locate|locates|locating|set up|sets up|setting up)(?![a-z])`);
/** "These companies can choose to operate anywhere, but they chose the United States." */
const PLURAL_SUBJECT = /^(?:[a-z-]+ ){0,3}?(?:these|those|such|all these|all of these|both) (?:[a-z-]+ )?(?:companies|firms|businesses|investors|multinationals|manufacturers|groups|corporations)(?![a-z])/;
const PLURAL_CHOICE = /(?<![a-z])(?:chose|chosen|selected|picked|invested|located|set up|expanded|built|opened|established)(?: (?:in|to|operations in|facilities in|plants in|here in))? (?:the )?(⟦[RN](\d+)⟧)/;
/** A list introduced after a plural noun: "multinationals like A, B, C, and D", "firms such as A and B". */
const LIST_INTRO = /(?:companies|firms|businesses|investors|multinationals|manufacturers|groups|corporations|brands|names)(?: [a-z-]+){0,3}? ?,? (?:like|such as|including|among them|notably) $/;
const LINK = /^ ?(?:, ?(?:and |& )?|and |& )$/;

/** Cheap literal gate: one of these must be in the skeleton for any reader to match. */
const GATE = /back |jobs to|reshor|onshor|insourc|open|assembl|produc|manufactur|build|make|expand|establish|investment|these |those |such |both |set up|sets up|mov|relocat|transfer|shift|select|cho|picked|picks|home |which |that |^in |^at /;
/** Per reader of round 10: the literals its matches must contain (one pass per sentence, shared by every gate). */
const MAY_RELOCATE = literalGate(RELOCATE), MAY_SITE = literalGate(SITE_CHOSEN), MAY_HOME_TO = literalGate(HOME_TO);
const MAY_RELATIVE = literalGate(RELATIVE_BUILD), MAY_FRONTED = literalGate(FRONTED_PLACE);

export function readEnglishClauses(ctx: RuleContext, s: Sentence, recentInvestors: readonly Mention[] | undefined): EnClause[] {
  const sk = ctx.skeletons.get(s.index);
  const out: EnClause[] = [];
  if (!sk || (!sk.text.includes('⟦R') && !sk.text.includes('⟦N')) || !GATE.test(sk.text)) return out;
  const text = sk.text;
  const place = (i: string | undefined): Mention | undefined => {
    const m = i === undefined ? undefined : ctx.mentions[Number(i)];
    return m && (m.type === 'Region' || m.type === 'Country') ? m : undefined;
  };
  const push = (investors: Mention[], target: Mention | undefined, rule: string, confidence: number) => {
    if (!target || !investors.length || investors.some((m) => m.index === target.index)) return;
    out.push({ investors, targets: [target], rule, confidence });
  };
  for (const [re, rule, conf] of [[RESHORE, 'invests-en-reshore', 0.75], [JOBS_TO, 'invests-en-jobs-to', 0.7], [OPEN_SHOPS, 'invests-en-open-shops', 0.75],
    [PRODUCE_AT, 'invests-en-produce-at', 0.7], [EXPAND_IN, 'invests-en-expand-in', 0.7], [PRODUCE_IN, 'invests-en-produce-in', 0.65]] as const) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) push(subjectAt(ctx, s, text, m.index), place(m[2]), rule, conf);
  }
  // "is moving its European headquarters to X", "has selected X as the site of its new plant"
  for (const [re, rule, conf, gate] of [[RELOCATE, 'invests-en-relocate', 0.7, MAY_RELOCATE], [SITE_CHOSEN, 'invests-en-site-chosen', 0.7, MAY_SITE]] as const) {
    if (!gate(text)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) push(subjectAt(ctx, s, text, m.index), place(m[2]), rule, conf);
  }
  RELATIVE_BUILD.lastIndex = 0;
  if (MAY_RELATIVE(text)) for (const m of text.matchAll(RELATIVE_BUILD)) {
    const c = ctx.mentions[Number(m[1])];
    if (c && mayInvest(c)) push([c], place(m[3]), 'invests-en-relative-build', 0.7);
  }
  const fronted = MAY_FRONTED(text) ? FRONTED_PLACE.exec(text) : null;
  if (fronted) {
    const c = ctx.mentions[Number(fronted[3])];
    if (c && mayInvest(c)) push([c], place(fronted[2]), 'invests-en-fronted-place', 0.65);
  }
  if (MAY_HOME_TO(text)) {
    HOME_TO.lastIndex = 0;
    for (const m of text.matchAll(HOME_TO)) {
      const c = ctx.mentions[Number(m[3])];
      if (c && mayInvest(c)) push([c], place(m[2]), 'invests-en-home-to', 0.7);
    }
  }
  if (text.includes('investment')) {
    NAMED_INVESTMENT_TO.lastIndex = 0;
    for (const m of text.matchAll(NAMED_INVESTMENT_TO)) {
      const c = ctx.mentions[Number(m[1])];
      if (c && mayInvest(c)) push([c], place(m[2]), 'invests-en-investment-to', 0.7);
    }
    THIS_INVESTMENT_TO.lastIndex = 0;
    for (const m of text.matchAll(THIS_INVESTMENT_TO)) {
      if (out.length || !recentInvestors?.length) break;
      // (only when the clause names no investor of its own: "A's investment in X" is read by the investment rule)
      if (/⟦[CO]\d+⟧(?:'s|')? (?:[a-z-]+ )?$/.test(text.slice(0, m.index))) continue;
      push([...recentInvestors], place(m[2]), 'invests-en-this-investment', 0.6);
    }
  }
  const plural = PLURAL_SUBJECT.exec(text);
  if (plural) {
    const choice = PLURAL_CHOICE.exec(text.slice(plural.index + plural[0].length));
    const listed = choice ? listBefore(ctx, s) : [];
    if (choice && listed.length >= 2) push(listed, place(choice[2]), 'invests-en-listed', 0.6);
  }
  return out;
}

/** The subject group of a verb at `at` in the skeleton: coordinated actors right before it, or "it" for the company just named. */
function subjectAt(ctx: RuleContext, s: Sentence, text: string, at: number): Mention[] {
  const head = text.slice(0, at);
  const m = SUBJECT_END.exec(head);
  if (m) {
    const first = ctx.mentions[Number(m[1])];
    if (!first || !mayInvest(first)) return [];
    const group = [first];
    let rest = head.slice(0, m.index);
    for (let c = COORDINATED_BEFORE.exec(rest); c; c = COORDINATED_BEFORE.exec(rest)) {
      const o = ctx.mentions[Number(c[1])];
      if (!o || !isActor(o) || isPublicBody(o)) break;
      group.unshift(o);
      rest = rest.slice(0, c.index);
    }
    // "a subsidiary of A", "workers of A": a complement is no subject
    if (/(?:of|by|for|with|from) (?:the )?$/.test(rest)) return [];
    return group;
  }
  // "It will open…", ", it has returned…": the pronoun at its clause start stands for the company just named
  if (IT_SUBJECT.test(head)) {
    const last = lastNamedCompany(ctx, s) ?? ctx.focusCompany;
    return last && !isPublicBody(last) ? [last] : [];
  }
  return [];
}

/** The firms listed after a plural noun in the sentence before ("multinationals like A, B, C, and D"). */
function listBefore(ctx: RuleContext, s: Sentence): Mention[] {
  const prev = ctx.sentences[s.index - 1];
  const sk = prev && prev.part === s.part ? ctx.skeletons.get(prev.index) : undefined;
  if (!sk) return [];
  for (const m of sk.text.matchAll(/⟦[CO](\d+)⟧/g)) {
    if (!LIST_INTRO.test(sk.text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const list: Mention[] = [];
    let end = m.index;
    for (const p of sk.text.slice(m.index).matchAll(/⟦[CO](\d+)⟧/g)) {
      const at = m.index + p.index;
      if (list.length && !LINK.test(sk.text.slice(end, at))) break;
      const o = ctx.mentions[Number(p[1])];
      if (!o || !isActor(o) || isPublicBody(o)) break;
      list.push(o);
      end = at + p[0].length;
    }
    return list;
  }
  return [];
}
