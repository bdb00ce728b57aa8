/**
 * INVESTS_IN: investor → country, region or company, with the amount, years, jobs and sector the
 * sentence states. The investor is the company before the investment word ("Acme investit …"), or
 * the genitive after it ("l'investissement du géant technologique"), or the first company after it;
 * the target is the first place after it, or a company introduced by "dans"/"in"/"into". A sentence
 * with an amount but no target takes the target of the previous investment of its paragraph
 * ("Oracle, de son côté, prévoit d'investir 17,5 milliards"). Fund-raisings ("X lève 10 M€ auprès
 * de Y") are read the other way round.
 */
import type { PropertyValue } from '../../graph/model.ts';
import { fold, foldedSlice } from '../text/normalize.ts';
import { findJobs } from '../values/jobs.ts';
import { findMoney, type Money } from '../values/money.ts';
import { findYears } from '../values/years.ts';
import type { Mention, Sentence } from '../types.ts';
import { capByAnaphora, isActor, triggerText, type RuleContext } from './context.ts';

const STRONG = /(?<!\p{L})(?:invest|inject|injecte|pour(?:s|ed|ing)? (?:\$|\d)|pump|participation (?:de [\d,.]+ ?(?:%|pour ?cent) )?(?:dans|au capital)|stake in|prise de participation|actionnaire|shareholder|detiendra \d|detient \d|will hold \d|holds \d)/u;
const TARGET_PREP = /(?:^|[^\p{L}])(?:dans|in|into|en|au|aux|a|vers|for|pour)\s+(?:[\p{L}'’-]+,?\s+){0,5}?$/u;
/** Without an investment word, the place must follow its preposition directly ("en France", "in the UK"). */
const TIGHT_PREP = /(?:^|[^\p{L}])(?:dans|in|into|en|au|aux|a)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$/u;
const COMPANY_PREP = /(?:^|[^\p{L}])(?:dans|in|into|to)\s+(?:[\p{L}'’«“"-]+\s*){0,5}$/u;
/** Acquisitions: the company bought is the target ("Safran rachète la société Collins"). */
const ACQUIRE = /(?<!\p{L})(?:rachete|racheter|rachat|acquiert|acquerir|acquisition|acquires?|acquired|acquiring|buy(?!\p{L})|buys|bought|buying|takeover|prend le controle)/u;
/** "led by X, with participation from Y and Z": Y and Z invest too. */
const PARTICIPATION = /^\s*,?\s*(?:with participation from|with participation of|along with|avec la participation de|avec la participation d'|aux cotes de|aux cotes d'|alongside)\s*(?:the\s+)?$/;
/** "actionnaire de X", "a shareholder in X": a stake in a company. */
const SHAREHOLDER = /(?:(?:actionnaire|shareholder|stakeholder)s?\s+(?:majoritaire\s+|minoritaire\s+|de reference\s+|major\s+|minority\s+)?|\d+(?:[.,]\d+)?\s*(?:%|pour ?cent|per ?cent)\s+)(?:de|du|d'|of|in)\s*(?:la\s+|le\s+|l'\s*|the\s+)?$/;
const PAIR_SUBJECT = /^\s*(?:les deux|the two|both)\s+(?:groupes|societes|entreprises|partenaires|companies|groups|firms|partners)\b/;
const BACKED = /^-(?:backed|owned|led|funded|controlled)\s+$/;
const ACQUIRE_AT = /^(?:rachat|rachet|acqui|buy|bought|takeover|actionnaire|shareholder|participation|stake|detien|hold)/;
/** "X, which Y acquired", "X, the British carmaker Y bought" */
const RELATIVE_BETWEEN = /^\s*,\s*(?:(?:which|that|whom|que|qu')|(?:the|a|an|la|le|l')\s+(?:[a-z-]+\s+){0,3}(?:which|that|que|qu')?)\s*$/;
const RELATIVE_VERB = /^\s*(?:has |had |a |avait |vient d'|just )?(?:acquired|bought|rachete|acquis|absorbed|absorbe)/;
const DEMONYM_TARGET = /^[^.;]{0,80}?\b(?:in|into|dans|en)\s+(?:a|an|the|un|une|le|la|les|des|its|son|sa|ses)?\s*(?:new\s+|nouvel\s+|nouveau\s+|nouvelle\s+)?([a-z]+)\b/;
const isMedia = (m: Mention): boolean => m.cueWord === 'media';
/** "2 milliards" without a currency still says an investment happened. */
const BARE_AMOUNT = /\d+(?:[.,]\d+)?\s*(?:milliards?|millions?|billions?|bn|mds?|md)(?![\p{L}])/iu;
const GENITIVE = /^[\p{L}]*\s+(?:[\p{L}-]+\s+)?(?:de|du|d['’])\s*(?:la\s+|l['’]\s*)?$/u;
const NOT_ACTOR_BEFORE = /(?:^|[^\p{L}])(?:a|à|to|told|selon|according to)\s+(?:l['’]\s*|la\s+|le\s+|the\s+)?$/u;
/** Cheap test before the money parser: a digit or a number word with a multiplier. */
const MAY_HAVE_MONEY = /\d|milliard|million|billion|trillion/i;
const PRONOUN_SUBJECT = /^\s*(?:il|elle|it|ils|elles|they)\s/;
const COMPLEMENT = /(?:^|\s)(?:de|du|des|d'|of)\s*(?:la\s+|l'\s*)?$/u;
const LINK = /^\s*(?:,|et|and|ainsi que|as well as)\s*(?:de\s+|d['’]\s*)?(?:la\s+|le\s+|l['’]\s*|the\s+)?(?:\p{L}+(?:ais|aise|ois|oise|ien|ienne|ain|aine|an|ese|ish|ais)\s+)?$/u;

interface Investment { investors: Mention[]; targets: Mention[]; money?: Money; confidence: number }

export function investsRule(ctx: RuleContext): void {
  let lastTarget: { paragraph: number; part: string; targets: Mention[] } | undefined;
  for (const s of ctx.sentences) {
    const sk = ctx.skeletons.get(s.index);
    // no actor named in the sentence: nobody invests in it
    if (!sk || !sk.mentions.some((m) => isActor(m) || m.type === 'Region' || m.type === 'Country')) continue;
    const found = readSentence(ctx, s, sk.mentions);
    if (!found) continue;
    let { targets, confidence } = found;
    if (!targets.length && found.money && lastTarget && lastTarget.paragraph === s.paragraph && lastTarget.part === s.part) {
      targets = lastTarget.targets.slice(0, 1);
      confidence = 0.5;
    }
    if (!targets.length || !found.investors.length) continue;
    lastTarget = { paragraph: s.paragraph, part: s.part, targets };
    const properties = investmentProperties(ctx, s, found.money);
    // the investor nearest the verb and the first target carry the rule's confidence; coordinated ones less
    const primary = found.investors[found.investors.length - 1];
    found.investors.forEach((inv) => targets.forEach((t, b) => {
      if (inv.index === t.index || (inv.refersTo ?? inv.index) === (t.refersTo ?? t.index)) return;
      const c = inv === primary && b === 0 ? confidence : Math.min(confidence, 0.7);
      ctx.add({ type: 'INVESTS_IN', source: inv.index, target: t.index, sentence: s.index, rule: 'invests', confidence: capByAnaphora(ctx, c, inv.index, t.index), properties });
    }));
  }
}

function readSentence(ctx: RuleContext, s: Sentence, mentions: readonly Mention[]): Investment | undefined {
  const folded = fold(s.text);
  const money = MAY_HAVE_MONEY.test(s.text) ? findMoney(s.text).filter((m) => m.equivalentOf === undefined) : [];
  const raise = ctx.cues.raise.exec(folded);
  if (raise) {
    const r = readRaise(ctx, s, mentions, raise.index, money);
    if (r) return r;
  }
  // "la cession de X au groupe Y", "the sale of X to Y": the buyer invests in what is sold
  const sale = SALE.exec(folded);
  if (sale) {
    const r = readSale(s, folded, mentions, sale.index + sale[0].length, money);
    if (r) return r;
  }
  const triggers = triggerText(s.text, mentions);
  const trigger = ctx.cues.invest.exec(triggers);
  const strong = STRONG.test(triggers);
  // "X, which Y acquired (for $N)": an acquisition stated in a relative clause, with or without its price
  if (trigger && ACQUIRE.test(folded)) {
    const relative = readRelativeAcquisition(s, folded, mentions, money);
    if (relative) return relative;
  }
  if (ctx.cues.notInvestment.test(triggers) && !strong) return undefined;
  if (!trigger && !money.length) return undefined;
  if (!money.length && !strong && !BARE_AMOUNT.test(s.text)) return undefined;
  const acquisition = ACQUIRE.test(folded);
  const at = trigger ? trigger.index : money[0]!.start;
  const after = mentions.filter((m) => m.start >= at && !m.implicit);
  const amount = money.find((m) => m.start >= at) ?? money[0];

  // investor
  let investors: Mention[] = [];
  const slice = (a: number, b: number) => foldedSlice(s.text, folded, a, b);
  // "le rachat de X": the genitive of an acquisition is what is bought, not the buyer
  const buying = !!trigger && ACQUIRE_AT.test(triggers.slice(at, at + 16));
  const genitive = buying ? undefined : after.find((m) => isActor(m) && !isMedia(m) && GENITIVE.test(slice(at, m.start)));
  const actors = mentions.filter((m) => m.end <= at && isActor(m) && !isMedia(m) && !NOT_ACTOR_BEFORE.test(slice(m.start - 30, m.start)));
  // complements ("concurrent de Renault", "président de Oracle") are not the subject, unless alone
  const subjects = actors.filter((m) => !COMPLEMENT.test(slice(m.start - 12, m.start)));
  // within the clause of the investment word when it names one ("Oracle annonce que OCI investira")
  const clauseStart = lastClauseBoundary(folded.slice(0, at));
  const inClause = subjects.filter((m) => m.start >= clauseStart);
  const before = inClause.length ? inClause : subjects.length ? subjects : actors;
  // "The British government will invest…", "le gouvernement français investira…": that country invests
  const government = !genitive && !before.length ? GOVERNMENT.exec(folded.slice(0, at)) : null;
  const govIso = government ? ctx.cues.demonyms.get(government[1] ?? government[2] ?? '') : undefined;
  const govCountry = govIso ? ctx.countryMention(govIso, s.index, government![1] ?? government![2] ?? '') : undefined;
  if (genitive) investors = [genitive];
  else if (govCountry) investors = [govCountry];
  else if (before.length) {
    // the subject: the first actor of the sentence, with those coordinated to it ("Oracle et Acme investissent")
    investors = [before[0]!];
    for (let n = 1; n < before.length; n++) {
      const gap = slice(before[n - 1]!.end, before[n]!.start);
      // "Orvane-backed Pellix": the backer does not invest, the company it backs does
      if (BACKED.test(gap)) { investors.pop(); investors.push(before[n]!); continue; }
      if (!LINK.test(gap)) break;
      investors.push(before[n]!);
    }
  } else {
    const first = after.find((m) => isActor(m) && !isMedia(m) && !COMPANY_PREP.test(slice(Math.max(at, m.start - 60), m.start)) &&
      !NOT_ACTOR_BEFORE.test(slice(m.start - 30, m.start)));
    // a city, region or country can invest too, when no company does ("Paris investit…")
    const place = mentions.filter((m) => m.end <= at && (m.type === 'Region' || m.type === 'Country') && !m.implicit && m.cue !== 'coref');
    if (first) investors = [first];
    else if (place.length && !TARGET_PREP.test(slice(place[0]!.start - 60, place[0]!.start))) investors = [place[0]!];
  }
  // "Les deux groupes investiront…", "The two companies will invest…": the two companies named just before
  if (!investors.length && PAIR_SUBJECT.test(folded)) investors = pairBefore(ctx, s.index);
  // "Il investira…", "It will invest…": a subject pronoun stands for the company the article is about
  let pronoun = false;
  if (!investors.length && PRONOUN_SUBJECT.test(folded) && ctx.focusCompany) { investors = [ctx.focusCompany]; pronoun = true; }
  if (!investors.length) return undefined;

  // target: the first place after the trigger, or a company after "dans/in/into"
  const targets: Mention[] = [];
  for (const m of after) {
    if (investors.includes(m)) continue;
    const gap = slice(Math.max(at, m.start - 60), m.start);
    const place = (m.type === 'Country' || m.type === 'Region') && ((trigger ? TARGET_PREP : TIGHT_PREP).test(gap) || m.cue === 'coref');
    const company = m.type === 'Company' && (COMPANY_PREP.test(gap) || acquisition || SHAREHOLDER.test(gap)) && m.cue !== 'coref';
    if (!place && !company) continue;
    if (!targets.length) { targets.push(m); continue; }
    const prev = targets[targets.length - 1]!;
    // "in Cheongju, South Korea", "à Lyon, en France": a city and its country
    if (prev.type === 'Region' && m.type === 'Country' && /^\s*(?:,|en|au|aux|in)\s*$/.test(slice(prev.end, m.start))) { targets.push(m); continue; }
    if (m.type === prev.type && LINK.test(slice(prev.end, m.start).replace(/\s*(?:de|d['’]|en|au|a|in)\s*$/, ''))) targets.push(m);
    else break;
  }
  // "began construction of a €5 billion plant in Dresden, its largest investment": the place after the amount
  if (!targets.length && trigger && money.length && money[0]!.start < at) {
    for (const m of mentions) {
      if (m.start < money[0]!.start || m.start > at || m.implicit || investors.includes(m)) continue;
      if ((m.type === 'Country' || m.type === 'Region') && TARGET_PREP.test(slice(Math.max(money[0]!.start, m.start - 60), m.start))) { targets.push(m); break; }
    }
  }
  // "invest … in a French AI campus": the country of the demonym
  if (!targets.length && trigger) {
    const d = DEMONYM_TARGET.exec(folded.slice(at));
    const iso2 = d ? ctx.cues.demonyms.get(d[1]!) : undefined;
    const country = iso2 ? ctx.countryMention(iso2, s.index, d![1]!) : undefined;
    if (country && !investors.includes(country)) targets.push(country);
  }
  const confidence = pronoun ? 0.5 : !trigger ? 0.6 : acquisition ? 0.7 : 0.9;
  return { investors, targets, money: amount, confidence };
}

/** "Slack, which Orvane acquired in 2021 for $27 billion", "Pellix, qu'Orvane a racheté": the relative's subject bought the antecedent. */
function readRelativeAcquisition(s: Sentence, folded: string, mentions: readonly Mention[], money: Money[]): Investment | undefined {
  const companies = mentions.filter((m) => m.type === 'Company' && !m.implicit);
  for (let n = 0; n + 1 < companies.length; n++) {
    const a = companies[n]!, b = companies[n + 1]!;
    if (!RELATIVE_BETWEEN.test(foldedSlice(s.text, folded, a.end, b.start))) continue;
    if (!RELATIVE_VERB.test(foldedSlice(s.text, folded, b.end, b.end + 40))) continue;
    return { investors: [b], targets: [a], money: money[0], confidence: 0.8 };
  }
  return undefined;
}

/** The first two companies named in the two sentences before. */
function pairBefore(ctx: RuleContext, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.type !== 'Company' || m.cue === 'coref' || m.implicit || m.sentence >= sentence || m.sentence < sentence - 2) continue;
    if (!out.some((o) => o.text === m.text)) out.push(m);
  }
  return out.length >= 2 ? out.slice(0, 2) : [];
}

const SALE = /(?<![a-z])(?:la cession|cession|la vente|the sale|sale|sold|sells|selling|cede|vend)\s+(?:de\s+|d'|of\s+)?/;
const SALE_TO = /^\s*(?:au|aux|a|to)\s+(?:la\s+|le\s+|l'\s*|les\s+|the\s+)?(?:[a-z-]+\s+){0,2}$/;
const GOVERNMENT = /(?:the\s+([a-z]+)\s+government|(?:le\s+)?gouvernement\s+([a-z]+))\s+(?:[a-z]+\s+){0,3}$/;

/** "la cession de 63 % de sa filiale X au holding Y pour 200 M€": Y invests in X. */
function readSale(s: Sentence, folded: string, mentions: readonly Mention[], at: number, money: Money[]): Investment | undefined {
  const after = mentions.filter((m) => m.start >= at && m.type === 'Company' && !m.implicit);
  const sold = after[0];
  if (!sold) return undefined;
  const buyer = after.slice(1).find((m) => SALE_TO.test(foldedSlice(s.text, folded, sold.end, m.start).replace(/^[^]*?(?=\s*(?:au|aux|a|to)\s)/, '')));
  if (!buyer) return undefined;
  return { investors: [buyer], targets: [sold], money: money[0], confidence: 0.8 };
}

/** "X lève 100 millions d'euros auprès de Y et Z": Y and Z invest in X. */
function readRaise(ctx: RuleContext, s: Sentence, mentions: readonly Mention[], at: number, money: Money[]): Investment | undefined {
  const folded = fold(s.text);
  const from = ctx.cues.raiseFrom.exec(folded.slice(at));
  if (!from) return undefined;
  const fromAt = at + from.index;
  // "La jeune pousse a bouclé un tour de table…": no company before the raise word, the article's company raised
  const target = [...mentions].reverse().find((m) => m.end <= at && m.type === 'Company') ?? (mentions.some((m) => m.end <= at && isActor(m)) ? undefined : ctx.focusCompany);
  const investors: Mention[] = [];
  for (const m of mentions) {
    if (m.start < fromAt || !isActor(m)) continue;
    const prev = investors[investors.length - 1];
    if (prev && !LINK.test(fold(s.text.slice(prev.end, m.start))) && !PARTICIPATION.test(fold(s.text.slice(prev.end, m.start)))) break;
    investors.push(m);
  }
  if (!target || !investors.length) return undefined;
  return { investors, targets: [target], money: money[0], confidence: target.sentence === s.index ? 0.85 : 0.6 };
}

const CLAUSE = /(?:\bque\b|\bqu'|\bthat\b|;)/g;

function lastClauseBoundary(text: string): number {
  let at = 0;
  for (const m of text.matchAll(CLAUSE)) at = m.index + m[0].length;
  return at;
}

function investmentProperties(ctx: RuleContext, s: Sentence, money: Money | undefined): Record<string, PropertyValue> {
  const p: Record<string, PropertyValue> = {};
  if (money) {
    p.amount = money.amount;
    p.currency = money.currency;
    if (money.amountUsd !== undefined) p.amountUsd = money.amountUsd;
  }
  for (const y of findYears(s.text)) {
    if (y.kind === 'until' && p.until === undefined) { p.until = y.year; p.year ??= y.year; }
    else if (y.kind === 'since' && p.since === undefined) p.since = y.year;
    else if (y.kind === 'in' && p.year === undefined) p.year = y.year;
  }
  const jobs = findJobs(s.text);
  if (jobs !== undefined) p.jobs = jobs;
  const folded = fold(s.text);
  const sector = ctx.cues.sectors(folded);
  if (sector) p.sector = sector;
  return p;
}
