/**
 * Acquisitions stated by a verb or a noun of buying right before the company bought, with or without a
 * price: "Orvane acquired Pellix", "Orvane has agreed to buy the software maker Pellix", "Orvane's
 * acquisition of Pellix", "its acquisition of the Portuguese operator Pellix", "le groupe Orvane rachète
 * la société Pellix", "la prise de contrôle de Pellix". The buyer is the possessor before the noun, else
 * the subject of the clause, else (after "its"/"son") the company the text is about. What is bought must
 * be a company named as the direct object: "buy 5 aircraft from Airbus" buys products, not Airbus.
 */
import type { Money } from '../values/money.ts';
import { foldedSlice } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';
import { isActor, previousSubject, type RuleContext } from './context.ts';
import { isPublicBody, POSSESSED_SITE_NOUN, SITE_NOUN_BEFORE, SITE_TOWN_PREP } from './facilities.ts';
import { literalGate } from './literal-gate.ts';

/** Verbs and nouns of buying a company, folded; the noun forms take their "of/de" here. */
const BUY = /(?<![a-z])(?:acquires?|acquired|acquiring|to acquire|buys?|bought|buying|purchases?|purchased|purchasing|takes? over|took over|taking over|(?:acquisition|purchase|takeover|buyout|buy-out) of|rachete|rachetent|racheter|rachetera|racheteront|rachetait|acquiert|acquierent|acquerir|a acquis|ont acquis|(?:rachat|acquisition|absorption) (?:de |du |des |d' ?)|prend(?:ra|re)? le controle (?:de |du |des |d' ?)|prise de controle (?:de |du |des |d' ?)|(?:take|takes|took|taking|taken) control of|(?:offer|bid|approach) for|(?:achat|reprise) (?:de |du |des |d' ?)|acheter|achete|achetent|achetera|acheteront|acheta|racheta|(?:a|ont|avait|avaient) repris|reprend|reprennent|reprendre|reprendra|reprendront|absorbe|absorbent|absorba|absorberent|absorber|absorbera|absorberont|absorbait|a absorbe|ont absorbe|absorbs|absorbed|absorbing|to absorb)(?:(?<=['\s])|(?![a-z]))/g;
/** An offer or bid for a company, a buying word of BUY ("had made an offer for B", "a takeover bid for B"). */
const OFFER_FOR = /(?:offer|bid|approach) for$/;
/** Between the buying word and the company: determiners and up to three describing words ("the British carmaker"). */
const OBJECT_GAP = /^\s*(?:(?:(?:the|a|an|la|le|l'|les|its|their|son|sa|ses|leur|leurs|rival|rivale)\s*)|(?:[a-z-]+(?:'s)?\s+)){0,4}$/;
/** Words that make the name after a buying verb something else than what is bought. */
/** The company named in apposition to a noun for it: "to acquire the valve maker, B", "buy the chip firm, B". */
const APPOSED_OBJECT = /^\s*(?:(?:the|a|an|its|their|la|le|l'|sa|son|leur)\s*)?(?:[a-z-]+\s+){0,3}?(?:company|firm|group|rival|competitor|maker|manufacturer|producer|operator|start-?up|business|societe|groupe|entreprise|concurrent|fabricant|rivale?)\s*,\s*$/;
/** After a name in apposition: a verb of saying makes it the speaker ("to acquire the firm, B told reporters"), not what is bought. */
const SPEAKER_AFTER = /^\s*(?:said|says|told|added|announced|confirmed|a dit|a declare|a annonce|indique|a indique|precise|a precise)(?![a-z])/;
const NOT_OBJECT = /(?:^|\s)(?:from|with|to|in|on|for|at|by|aupres|chez|avec|pour|par|shares|actions|products|produits|stake|participation|aircraft|avions|cars|voitures)(?:\s|$)/;
/** The passive ("was acquired"): the name before is what was bought; its buyer is read elsewhere (by/par). */
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|been|being|be|is|are|ete|etre|est|sont|a ete|ont ete|sera|seront)\s+$/;
/** Denials and refusals before the verb: no acquisition stated. */
const DENIED = /(?:^|\s)(?:not|never|no longer|n'|ne|pas|jamais|refus[a-z]*|reject[a-z]*|declin[a-z]*|abandon[a-z]*|renonc[a-z]*|interdi[a-z]*|prohib[a-z]*|block[a-z]*|bloqu[a-z]*|empech[a-z]*)(?:\s+[a-z'-]+){0,3}\s*$/;
const POSSESSOR = /^\s*['’]s\s+(?:[a-z-]+\s+){0,2}$/;
/** A relative pronoun right after a name: the name is the subject of a clause of its own. */
const RELATIVE_AFTER = /^\s*,?\s*(?:qui|which|who)\s/;
/** A relative pronoun right after the buyer: "c'est A qui absorba", "A, which bought", "A, who has since acquired". */
const RELATIVE_SUBJECT = /^\s*,?\s*(?:qui|which|that|who)\s+(?:(?:a|ont|has|have|had|then|later|since|finally|finalement|ensuite|alors)\s+){0,2}$/;
const POSSESSIVE_PRONOUN = /(?:^|\s)(?:its|their|son|sa|ses|leur)\s+(?:[a-z-]+\s+)?$/;
const PRONOUN_SUBJECT = /^\s*(?:it|they|il|elle|ils|elles)\s/;
const COMPLEMENT = /(?:^|\s)(?:de|du|des|d'|of)\s*(?:la\s+|l'\s*|the\s+)?$/;
const CLAUSE = /(?:\bque\b|\bqu'|\bthat\b|\bwhile\b|\balors que\b|;)/g;
const LINK = /^\s*(?:,\s*(?:and|et|as well as|ainsi que)?|et|and|as well as|ainsi que)\s*(?:de\s+|d'\s*)?(?:la\s+|le\s+|l'\s*|the\s+)?$/;
/** Between two companies bought: the link, after a date of the first ("A en 2015, B en 2017 et C", "A in 2015 and B"). */
// (not after a price: the sentence's one sum would go to every company)
const TARGET_LINK = /^\s*(?:(?:en|in|depuis|since)\s+(?:[a-z]+\s+)?\d{4}\s*)?(?:,\s*(?:and|et|as well as|ainsi que)?|et|and|as well as|ainsi que)\s*(?:de\s+|d'\s*)?(?:la\s+|le\s+|l'\s*|the\s+)?$/;

export interface Acquisition { investors: Mention[]; targets: Mention[]; money?: Money; confidence: number }

/** The first acquisition of a named company the sentence states, if any. */
export function readDirectAcquisition(ctx: RuleContext, s: Sentence, folded: string, mentions: readonly Mention[], money: Money[]): Acquisition | undefined {
  const companies = mentions.filter((m) => m.type === 'Company' && !m.implicit && m.cue !== 'coref');
  if (!companies.length || !MAY_BUY(folded)) return undefined;
  const slice = (a: number, b: number) => foldedSlice(s.text, folded, a, b);
  BUY.lastIndex = 0;
  for (const b of folded.matchAll(BUY)) {
    const at = b.index, end = at + b[0].length;
    const lead = folded.slice(Math.max(0, at - 40), at);
    if (PASSIVE_BEFORE.test(lead) || DENIED.test(lead)) continue;
    const target = companies.find((c) => c.start >= end);
    if (!target) continue;
    const gap = slice(end, target.start);
    // "made a bid for B's contract": an offer for what a company sells or owns, not for the company
    if (OFFER_FOR.test(b[0]) && /^\s*['’]s?\s/.test(slice(target.end, target.end + 4))) continue;
    const apposed = APPOSED_OBJECT.test(gap) && !SPEAKER_AFTER.test(slice(target.end, target.end + 20));
    if (!(OBJECT_GAP.test(gap) || apposed) || NOT_OBJECT.test(gap) || /\d/.test(gap)) continue;
    const buyer = buyerOf(ctx, s, folded, mentions, at, target, slice);
    if (!buyer || buyer.index === target.index || buyer.text === target.text) continue;
    // "acquired B's plant in X", "a racheté l'usine B de X": a site bought from its owner is an investment in its town
    const town = siteTown(s, folded, mentions, target, slice);
    if (town) return { investors: [buyer], targets: [town], money: money[0], confidence: 0.7 };
    // "A and B acquire joint control of C": the companies coordinated with the subject buy too
    const investors = [buyer];
    for (const c of companies) {
      const prev = investors[investors.length - 1]!;
      if (c.start <= prev.end || buyer.sentence !== s.index) continue;
      if (c.end > at || !LINK.test(slice(prev.end, c.start)) || c.text === target.text) break;
      investors.push(c);
    }
    const targets = [target];
    for (const c of companies) {
      if (c.start <= targets[targets.length - 1]!.end) continue;
      if (!TARGET_LINK.test(slice(targets[targets.length - 1]!.end, c.start))) break;
      // ("c'est A qui absorba B, et C qui racheta A": a name with its own relative clause is the next clause's subject)
      if (RELATIVE_AFTER.test(slice(c.end, c.end + 8))) break;
      targets.push(c);
    }
    return { investors, targets, money: money[0], confidence: 0.75 };
  }
  return undefined;
}

/** "B's (old) plant in X" or "(l'usine) B de X" after a buying verb: the town of the site, named right after. */
const SITE_AFTER = new RegExp(String.raw`^\s*['’]s?\s+(?:[a-z-]+\s+){0,2}(?:${POSSESSED_SITE_NOUN})\s+(?:at|in|near)\s+(?:the\s+)?$`);
const PLACE_AFTER_SITE = new RegExp(String.raw`^\s*(?:${SITE_TOWN_PREP})\s*(?:la\s+|le\s+|l'\s*)?$`);

function siteTown(s: Sentence, folded: string, mentions: readonly Mention[], target: Mention, slice: (a: number, b: number) => string): Mention | undefined {
  const next = mentions.find((m) => m.start >= target.end && !m.implicit);
  if (!next || (next.type !== 'Region' && next.type !== 'Country')) return undefined;
  const gap = slice(target.end, next.start);
  if (SITE_AFTER.test(gap)) return next;
  return SITE_NOUN_BEFORE.test(slice(Math.max(0, target.start - 30), target.start)) && PLACE_AFTER_SITE.test(gap) ? next : undefined;
}

function buyerOf(ctx: RuleContext, s: Sentence, folded: string, mentions: readonly Mention[], at: number, target: Mention,
  slice: (a: number, b: number) => string): Mention | undefined {
  const before = mentions.filter((m) => m.end <= at && isActor(m) && !m.implicit && m.cueWord !== 'media');
  // "Orvane's acquisition of Pellix"
  const owner = before.find((m) => m.type === 'Company' && POSSESSOR.test(slice(m.end, at)));
  if (owner) return owner;
  // "c'est A qui absorba B", "A, which bought B": the company the relative pronoun stands for
  const relative = before.find((m) => m.type === 'Company' && !isPublicBody(m) && RELATIVE_SUBJECT.test(slice(m.end, at)));
  if (relative) return relative;
  let clause = 0;
  for (const c of folded.slice(0, at).matchAll(CLAUSE)) clause = c.index + c[0].length;
  // the subject of the clause: the first company not governed by "of/de", not a public body (a regulator approves, it does not buy)
  const subject = before.find((m) => m.start >= clause && m.type === 'Company' && !isPublicBody(m) && !COMPLEMENT.test(slice(Math.max(0, m.start - 12), m.start)));
  if (subject) return subject;
  // "its acquisition of X", "il rachète X": the company the sentence before or the article is about
  const pronoun = POSSESSIVE_PRONOUN.test(folded.slice(Math.max(0, at - 30), at)) || PRONOUN_SUBJECT.test(folded.slice(clause));
  if (!pronoun) return undefined;
  const prev = previousSubject(ctx, s.index);
  const m = prev !== undefined ? ctx.mentions[prev] : ctx.focusCompany;
  return m && m.index !== target.index && !isPublicBody(m) ? m : undefined;
}

/** "a buyout offer led by A and B", "une offre de rachat menée par A et B": the leaders buy. */
const LED = /(?<![a-z])(?:buyout|buy-out|takeover|acquisition|purchase|rachat|reprise)(?: (?:offer|bid|deal|proposal|agreement|consortium|offre))? (?:led|headed|made|backed|menee?|pilotee?|portee?) (?:by|par) (?:(?:the |la |le |l' ?|les )?(?:[a-z-]+,? ){0,4})?/;
/** Speed: a sentence without a buying word (BUY) states no direct acquisition. */
const MAY_BUY = literalGate(BUY);
/** Speed: a sentence LED cannot match names no buyout's leaders. */
const MAY_LEAD_BUYOUT = literalGate(LED);
/** A sentence opening on a possessive stands for the company of the sentence before: "Its board agreed to …". */
const OPENS_POSSESSIVE = /^\s*(?:its|their|son|sa|ses|leur|leurs)\s/;

/** "Its board of directors agreed to a buyout offer led by A and B": A and B buy the company of the sentence before. */
export function readLedBuyout(ctx: RuleContext, s: Sentence, folded: string, mentions: readonly Mention[], money: Money[]): Acquisition | undefined {
  const led = MAY_LEAD_BUYOUT(folded) ? LED.exec(folded) : null;
  if (!led) return undefined;
  const from = led.index + led[0].length;
  const slice = (a: number, b: number) => foldedSlice(s.text, folded, a, b);
  const companies = mentions.filter((m) => m.type === 'Company' && !m.implicit && m.cue !== 'coref');
  const investors: Mention[] = [];
  for (const c of companies) {
    if (c.start < from) continue;
    if (investors.length ? !LINK.test(slice(investors[investors.length - 1]!.end, c.start)) : slice(from, c.start).trim() !== '') break;
    investors.push(c);
  }
  if (!investors.length) return undefined;
  let target = companies.filter((c) => c.end <= led.index && !isPublicBody(c)).pop();
  if (!target && OPENS_POSSESSIVE.test(folded)) {
    const prev = previousSubject(ctx, s.index);
    target = prev !== undefined ? ctx.mentions[prev] : undefined;
  }
  if (!target || investors.some((i) => i.index === target!.index)) return undefined;
  return { investors, targets: [target], money: money[0], confidence: 0.65 };
}
