/**
 * INVESTS_IN: investor → country, region or company, with the amount, years, jobs and sector the
 * sentence states. The investor is the company before the investment word ("Acme investit …"), or
 * the genitive after it ("l'investissement du géant technologique"), or the first company after it;
 * the target is the first place after it, or a company introduced by "dans"/"in"/"into". A sentence
 * with an amount but no target takes the target of the previous investment of its paragraph
 * ("Oracle, de son côté, prévoit d'investir 17,5 milliards"). Fund-raisings ("X lève 10 M€ auprès
 * de Y") are read the other way round.
 */
import { inSentence } from '../by-sentence.ts';
import type { PropertyValue } from '../../graph/model.ts';
import { fold, foldedSlice } from '../text/normalize.ts';
import { findJobs } from '../values/jobs.ts';
import { findBareAmount, findMoney, type Money } from '../values/money.ts';
import { findYears } from '../values/years.ts';
import type { Mention, Sentence } from '../types.ts';
import { reject, tracing } from '../trace.ts';
import { capByAnaphora, isActor, isCurrencyCode, triggerText, type RuleContext } from './context.ts';
import { FACILITY, isPublicBody, mayInvest, mayInvestNamed, POSSESSED_SITE_NOUN, readFacility, SITE_NOUN_BEFORE, SITE_TOWN_PREP } from './facilities.ts';
import { readDirectAcquisition, readLedBuyout } from './acquisitions.ts';
import { readAgentFirstAcquisition } from './nominal-acquisitions.ts';
import { readJobsAt } from './jobs-at.ts';
import { lastNamedCompany, pairBefore } from './last-named.ts';
import { readChosenPlace } from './chosen-place.ts';
import { readStakes } from './stakes.ts';
import { readProjectSite } from './project-site.ts';
import { frontedSubject } from './fronted-subject.ts';
import { placeIsWhere, readOpening } from './facility-opening.ts';
import { readHomeBuild } from './located-apposition.ts';
import { readUnitSale } from './unit-sales.ts';
import { isLenderIn, isLendingBy, loanSum } from './lending.ts';
import { isEventOrZone, isProgrammeInvestor } from './programme-investor.ts';
import { readEnglishClauses } from './en-clauses.ts';
import { possessorCompany } from './en-possessor-company.ts';
import { putSum } from './sum-properties.ts';
import { LEGAL_FORM_AFTER_NAME, RIVERSIDE } from '../lexicon/common.ts';
import { isKindOfWorks, isProjectName, loanStatedBefore, readEnglishProjects } from './en-projects.ts';
import { readPossessedAcquisitions } from './en-possessed-acquisitions.ts';
import { readPlantTransfers } from './plant-transfers.ts';
import { readReceivedInvestment } from './received-investment.ts';
import { readAnsweredList } from './answered-list.ts';

const STRONG = /(?<!\p{L})(?:invest|inject|injecte|pour(?:s|ed|ing)? (?:\$|\d)|pump|participation (?:de [\d,.]+ ?(?:%|pour ?cent) )?(?:dans|au capital)|stake in|prise de participation|actionnaire|shareholder|detiendra \d|detient \d|will hold \d|holds \d)/u;
// ("outside of X", "investments to X": "a farm outside of West Palm Beach", "investments to Wales"; ∅ is an English
// "a" blanked by unaccentedA, still a word between the preposition and the place)
const TARGET_PREP_CORE = /(?:^|[^\p{L}])(?:(?:dans|in|into|at|near|outside(?: of)?|en|au|aux|a|vers|for|pour|across|throughout|all over|partout en|partout au)\s+(?:[\p{L}∅'’-]+,?\s+){0,5}?|invest[\p{L}]*\s+to\s+(?:the\s+)?|sur\s+(?:le|la|les|son|sa|ses|leur|leurs)\s+(?:[\p{L}-]+\s+){0,2}?(?:sites?|usines?|commune|territoire)\s+(?:de\s+|d['’]\s*|du\s+)(?:la\s+|l['’]\s*)?)$/u;
/** "jobs on Teesside": English "on" before a place named after a river's side; before any other place "on" says no target. */
const ON_PLACE = /(?:^|[^\p{L}])on\s+(?:the\s+)?$/u;
const TARGET_PREP = { test: (before: string, place?: Mention): boolean => TARGET_PREP_CORE.test(before) || (!!place && RIVERSIDE.test(place.text) && ON_PLACE.test(before)) };
// ("on X" right before the place: "300 jobs on Riverside"; the last, French: "un investissement de 30 millions d'euros sur son
// site de X", "sur la commune de X")
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
const DEMONYM_TARGET = /^[^.;]{0,80}?\b(?:in|into|dans|en)\s+(?:a|an|the|un|une|le|la|les|des|its|son|sa|ses)?\s*(?:new\s+|nouvel\s+|nouveau\s+|nouvelle\s+)?([a-z]+(?:\.[a-z]+)*\.?)(?![a-z])/;
const isMedia = (m: Mention): boolean => m.cueWord === 'media';
/** From the investment word to its source: "investment into the UK's industrial base from " (no clause boundary between). */
const INVESTMENT_FROM = /^invest(?:ment|ments)\s+(?:[^.;,]{0,70}?\s)?from\s+(?:the\s+)?$/;
/** "2 milliards" without a currency still says an investment happened. */
const BARE_AMOUNT = /\d+(?:[.,]\d+)?\s*(?:milliards?|millions?|billions?|bn|mds?|md)(?![\p{L}])/iu;
const GENITIVE = /^[\p{L}]*\s+(?:[\p{L}-]+\s+)?(?:de|du|d['’])\s*(?:la\s+|l['’]\s*)?$/u;
const NOT_ACTOR_BEFORE = /(?:^|[^\p{L}])(?:a|à|to|told|selon|according to|in|dans|under|au titre d[eu]|dans le cadre d[eu])\s+(?:l['’]\s*|la\s+|le\s+|the\s+)?$|(?:^|\s)(?:de|du|des|d['’]|of|under)\s+(?:[\p{L}'’-]+\s+){0,6}\($|(?:^|\s)(?:licencie|employe|embauche|recrute|reclasse|organise|co-organise|preside|anime|accueilli)e?s?\s+par\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?(?:groupe\s+|societe\s+|entreprise\s+)?$/u;
// (the last: "2 089 travailleurs licenciés par X en France": the employer that laid them off invests nothing there; "un séminaire
// sur les investissements japonais organisé par X": who organises an event about investments makes none)
/** Between a firm and the town of its address: "A, Inc., Springfield, Ohio" (the comma, after its legal form). */
const ADDRESS_GAP = new RegExp(String.raw`^\s*(?:,\s*${LEGAL_FORM_AFTER_NAME}\.?)?\s*,\s*$`);
/** Between an owner and its unit: "'s subsidiary ", " unit ", "'s Danish unit, ", "'s French arm ". */
const UNIT_NAMED = /^\s*(?:['’]s?\s+)?(?:(?:new|wholly[- ]owned|[a-z]+(?:an|ish|ese|ch|i))\s+)?(?:subsidiary|unit|division|affiliate|arm|business)\s*,?\s*$/;
const PARENTHESIS = /\s*\([^()]*\)\s*/g;
/** Between two coordinated investors: "A, together with B, …", "A, aux côtés de B, …" (a comma before: an incidental phrase). */
const ALONGSIDE = /^\s*,\s*(?:together with|along with|alongside|jointly with|in partnership with|aux cotes (?:de|d')|en partenariat avec|conjointement avec)\s*(?:the\s+|la\s+|le\s+|l'\s*)?$/;
/** Cheap test before the money parser: a digit or a number word with a multiplier. */
const MAY_HAVE_MONEY = /\d|milliard|million|billion|trillion/i;
const PRONOUN_SUBJECT = /^\s*(?:il|elle|it|ils|elles|they)\s/;
/** "It has never been easier to invest…", "Il faut investir…": an impersonal pronoun stands for no company. */
const IMPERSONAL = /^\s*(?:it\s+(?:is|was|will be|would be|has\s+(?:never\s+|always\s+|now\s+)?been|seems|remains|'s)\s+(?:[a-z-]+\s+){0,3}?(?:to|that|for)\s|il\s+(?:est|etait|sera|faut|fallait|faudra|y\s+a|s'agit|reste|semble)\s)/;
const COMPLEMENT = /(?:^|\s)(?:de|du|des|d'|of)\s*(?:la\s+|l'\s*)?$/u;
// (a legal form or a corporate noun outside the name opens the gap: "A plc, B and C Co., D", "the A corporation and B")
const LINK = /^\.?\s*(?:(?:plc|ltd|llc|inc|corp|co|limited|corporation|organisation|organization|company|group)\.?\s*)?(?:,\s*(?:and|et|ainsi qu(?:e|['’])|as well as)?|et|and|ainsi qu(?:e\s|['’])|as well as)\s*(?:de\s+|d['’]\s*)?(?:la\s+|le\s+|l['’]\s*|the\s+)?(?:\p{L}+(?:ais|aise|ois|oise|ien|ienne|ain|aine|an|ese|ish|ais)\s+)?$/u;

interface Investment {
  investors: Mention[]; targets: Mention[]; money?: Money; confidence: number;
  /** The target is stated by reference ("in the project", "in the region"): take the last investment's. */
  anaphor?: boolean;
  /** "buys A from C": the seller of what is bought. */
  seller?: Mention;
}

/** The last investment read, for sentences that refer back to it ("their investments in the project"). */
interface Recent { sentence: number; paragraph: number; part: string; investors: Mention[]; targets: Mention[] }

export function investsRule(ctx: RuleContext): void {
  let last: Recent | undefined;
  for (const s of ctx.reading ?? ctx.sentences) {
    const sk = ctx.skeletons.get(s.index);
    // no actor named in the sentence: nobody invests in it
    if (!sk || !sk.mentions.some((m) => isActor(m) || m.type === 'Region' || m.type === 'Country')) {
      if (MAY_HAVE_MONEY.test(s.text) && DEAL_VALUE.test(fold(s.text))) valueLastDeal(ctx, s);
      else if (MAY_HAVE_MONEY.test(s.text) && isProjectCost(fold(s.text))) valueLastProject(ctx, s);
      continue;
    }
    const recent = last && last.part === s.part && s.index - last.sentence <= 4 ? last : undefined;
    const found = readSentence(ctx, s, sk.mentions, recent);
    let stated = false;
    if (found) {
      let { targets, confidence } = found;
      // "Forrest City … is where the giant A plans a $410 million investment": the place the sentence opens on
      const where = !targets.length && found.investors.length ? placeIsWhere(ctx, s) : undefined;
      if (where) targets = [where];
      else if (!targets.length && found.anaphor && recent) {
        // "in the project", "dans ce projet": the places of the investment just stated
        targets = recent.targets;
        confidence = 0.6;
      } else if (!targets.length && found.money && last && last.paragraph === s.paragraph && last.part === s.part && !OTHER_INVESTMENTS.test(fold(s.text)) &&
        // (a line that opens on another company's sum, "• 20 millions € en faveur d'A …" after "• 15 millions € … B … à X": a list
        // item of its own, not B's place)
        !(OPENS_ON_SUM.test(fold(s.text)) && !found.investors.some((i) => last!.investors.some((j) => sameEntity(ctx, i, j))))) {
        targets = last.targets.slice(0, 1);
        confidence = 0.5;
      }
      // (an event or a zone read as the subject invests nothing: no later sum takes its place)
      if (targets.length && found.investors.length && !found.investors.every(isEventOrZone)) {
        last = { sentence: s.index, paragraph: s.paragraph, part: s.part, investors: found.investors, targets };
        emit(ctx, s, found.investors, targets, found.money, confidence, 'invests');
        stated = true;
        if (found.seller !== undefined) {
          // "buys A and B from C": what is sold was C's
          for (const t of targets) if (t.type === 'Company') ctx.add({ type: 'SUBSIDIARY_OF', source: t.index, target: found.seller.index, sentence: s.index, rule: 'subsidiary-sold-by', confidence: 0.7 });
        }
      }
    }
    // "The deal is valued at $5.5 billion" after "A agreed to buy B": the value of the acquisition just stated
    // ("That takeover is to cost A roughly $6 billion": the buyer named, no target, still the deal's value)
    if (!stated && MAY_HAVE_MONEY.test(s.text) && DEAL_VALUE.test(fold(s.text))) valueLastDeal(ctx, s);
    // "The project's total investment costs amount to €769 million": the cost of the investment in a place just stated
    if (!found?.investors.length && MAY_HAVE_MONEY.test(s.text) && isProjectCost(fold(s.text))) valueLastProject(ctx, s);
    const home = readHome(ctx, s, sk.text);
    if (home) {
      emit(ctx, s, home.investors, home.targets, home.money, 0.7, 'invests-home');
      last = { sentence: s.index, paragraph: s.paragraph, part: s.part, investors: home.investors, targets: home.targets };
    }
    // "The project, with total eligible costs of €543 million, will be located in Dresden": the project just stated
    const site = found?.investors.length ? undefined : readProjectSite(ctx, s);
    if (site) {
      // (the investor of the investment just stated, rather than a company its sentence names in passing: "A, a maker of parts for B, will put its plant …")
      if (last && last.sentence >= s.index - 2 && last.part === s.part && last.investors.every((m) => m.type === 'Company')) site.investors = last.investors;
      const money = MAY_HAVE_MONEY.test(s.text) ? findMoney(s.text).find((m) => m.equivalentOf === undefined && !isAidAmount(fold(s.text), m)) : undefined;
      emit(ctx, s, site.investors, site.targets, money, 0.6, 'invests-project-site');
      last = { sentence: s.index, paragraph: s.paragraph, part: s.part, investors: site.investors, targets: site.targets };
    }
    // "IBM would receive nineteen percent ownership of Lenovo", "a main shareholder of Lenovo, Legend Holdings"
    for (const st of readStakes(ctx, s.index)) emit(ctx, s, [st.investor], [st.target], st.withSum ? investedSum(s) : undefined, 0.75, 'invests-stake');
    // "Orvane a choisi Verdun pour implanter son usine", "Pellix is to relocate to Gwynedd": choosing or moving to a place
    for (const c of readChosenPlace(ctx, s)) {
      emit(ctx, s, c.investors, c.targets, found?.money, 0.7, 'invests-chosen-place');
      last = { sentence: s.index, paragraph: s.paragraph, part: s.part, investors: c.investors, targets: c.targets };
    }
    // English clauses with no investment word: "A has returned 100 jobs back to X", "opened its first stores in X", "will
    // assemble … at the B site in X", "A investment to X", "bring this investment to X", "These companies … chose X"
    for (const c of readEnglishClauses(ctx, s, recent?.investors)) {
      emit(ctx, s, c.investors, c.targets, undefined, c.confidence, c.rule);
      last = { sentence: s.index, paragraph: s.paragraph, part: s.part, investors: c.investors, targets: c.targets };
    }
    // "the … Project, sponsored by A, in X", "a loan guarantee to A to support … a project in X", "A Inc.'s B project near X"
    // (not the investment later sums go to: funding notices list one recipient a sentence, each with its own sum)
    // (the sum of the loan or guarantee that finances the project is the sum the sentence gives for it)
    for (const c of readEnglishProjects(ctx, s)) emit(ctx, s, c.investors, c.targets, found?.money ?? firstSum(s) ?? c.money, c.confidence, c.rule);
    // "X has attracted investment from A, B and C", "B secured an equity investment from A": the firms after "from" invest
    for (const r of readReceivedInvestment(ctx, s)) emit(ctx, s, r.investors, r.targets, found?.money ?? investedSum(s), 0.7, 'invests-received');
    // "… which companies have announced plans to invest in X?" answered by "A, B plc and C.": each listed firm
    const answered = readAnsweredList(ctx, s);
    if (answered) emit(ctx, s, answered.investors, [answered.place], undefined, 0.65, 'invests-answered-list');
    // "A's proposed acquisition of B", "their proposed acquisition of joint control of B"
    for (const a of readPossessedAcquisitions(ctx, s)) emit(ctx, s, a.buyers, [a.target], undefined, 0.75, 'invests-en-possessed-acquisition');
    // "creating 900 jobs in Leeds": the jobs say where the company invests (when nothing else in the sentence did)
    // (each with its own count: "110 new jobs for X from A; 74 new jobs in Y from B")
    if (!found?.targets.length) for (const jobs of readJobsAt(ctx, s)) emit(ctx, s, jobs.investors, jobs.targets, undefined, 0.65, 'invests-jobs', jobs.jobs);
    // "cette usine a été vendue à la société A", "the plant was acquired by A": the buyer invests in the plant's town
    for (const p of readPlantTransfers(ctx, s)) emit(ctx, s, p.investors, p.targets, undefined, 0.65, 'invests-plant-transfer');
    const facility = readFacility(ctx, s, sk.mentions);
    // the sentence's own investment reading knows its investors better ("Zentra, Orvane-backed Pellix and Vantor … data centres in X")
    if (facility && found?.investors.length && found.targets.length && !found.investors.some((m) => isLendingBy(fold(s.text), m, ctx.mentions))) {
      // ("A invested $20 million in B to build a plant in X": the company invested in builds, not its investor)
      const funded = fundedBuilder(s, found.targets);
      facility.investors = funded ? [funded] : found.investors;
    }
    if (facility) {
      let money = found?.money ?? (MAY_HAVE_MONEY.test(s.text) ? findMoney(s.text).find((m) => m.equivalentOf === undefined && !isAidAmount(fold(s.text), m)) : undefined);
      // "As a result of a EUR 40 million loan from the bank, A inaugurated a new plant in X": the loan financed the plant
      if (!money && MAY_HAVE_MONEY.test(s.text) && !facility.investors.some((m) => isLenderIn(m, ctx.mentions))) money = loanSum(fold(s.text), findMoney(s.text));
      // "… finalized a $967 million loan guarantee to A. The loan guarantee will support the construction of …": that loan
      if (!money && !facility.investors.some((m) => isLenderIn(m, ctx.mentions))) money = loanStatedBefore(ctx, s);
      emit(ctx, s, facility.investors, facility.targets, money, 0.7, 'invests-facility');
      last = { sentence: s.index, paragraph: s.paragraph, part: s.part, investors: facility.investors, targets: facility.targets };
    }
    // "A, LLC, in X, has been selected to receive a $N loan to construct a new mill": A builds in its place
    const homeBuild = facility || found?.targets.length ? undefined : readHomeBuild(ctx, s);
    if (homeBuild) {
      // (not the place later sums go to: such lists name one recipient a sentence, each with its own sum)
      emit(ctx, s, homeBuild.investors, homeBuild.targets, homeBuild.money, 0.65, 'invests-home-build');
    }
    // "traveled to X, where he visited A for a ribbon cutting for their new facility": the place before the opening
    const opening = facility || found?.targets.length ? undefined : readOpening(ctx, s);
    if (opening) {
      emit(ctx, s, opening.investors, opening.targets, found?.money, 0.65, 'invests-opening');
      last = { sentence: s.index, paragraph: s.paragraph, part: s.part, investors: opening.investors, targets: opening.targets };
    }
  }
  valueNextDeals(ctx);
}

/**
 * A sum named as a merger's or a takeover's: "a $40 billion merger", "a €2bn takeover", "une fusion de 40 milliards de dollars".
 * ("deal", "bid", "offer", "transaction", "opération" also name contracts and sales: such a sum is no acquisition's.)
 */
const SUM_THEN_DEAL = /^\s*(?:\([^()]*\)\s*)?(?:[a-z-]+\s+)?(?:merger|takeover|acquisition|buyout|buy-out|fusion|rachat)(?![a-z])/;
const DEAL_THEN_SUM = /(?:merger|takeover|acquisition|buyout|buy-out|fusion|rachat)\s+(?:[a-z-]+\s+)?(?:de|d'un montant de|d'une valeur de|worth|valued at)\s*$/;
/** The deal nouns of SUM_THEN_DEAL and DEAL_THEN_SUM (one of them is in every text they match). */
const DEAL_WORD = /merger|takeover|acquisition|buyout|buy-out|fusion|rachat/;
/** A sentence that states an acquisition or a merger (the one a sum stated before goes to). */
const STATES_ACQUISITION = /(?:acqui|bought|buy|buys|merg|takeover|take over|took over|offer|bid for|rachat|rachet|racheter|fusion|prise de controle|absorb)/;

/**
 * "Two rival tile makers have agreed on a $40 billion merger …" then "It was the third time A had made an offer for B": a
 * merger's sum stated before its parties are named goes to the first acquisition of the five sentences after (same part)
 * that has none, when its own sentence reads no investment and names no company as a party of another relation.
 */
function valueNextDeals(ctx: RuleContext): void {
  for (const s of ctx.reading ?? ctx.sentences) {
    if (!MAY_HAVE_MONEY.test(s.text)) continue;
    const folded = fold(s.text);
    // (speed: both expressions below need one of these words in the folded text; without any, no sum is a deal's)
    if (!DEAL_WORD.test(folded)) continue;
    const money = findMoney(s.text).find((m) => m.equivalentOf === undefined && (SUM_THEN_DEAL.test(folded.slice(m.end, m.end + 40)) || DEAL_THEN_SUM.test(folded.slice(Math.max(0, m.start - 50), m.start))));
    if (!money || ctx.relations.some((r) => r.sentence === s.index && (r.type === 'INVESTS_IN' || ctx.mentions[r.source]?.type === 'Company' || ctx.mentions[r.target]?.type === 'Company'))) continue;
    let best: number | undefined;
    for (const r of ctx.relations) {
      if (r.type !== 'INVESTS_IN' || r.sentence <= s.index || r.sentence > s.index + 5 || ctx.sentences[r.sentence]?.part !== s.part) continue;
      if (ctx.mentions[r.target]?.type === 'Company' && r.properties.amount === undefined && (best === undefined || r.sentence < best) &&
        STATES_ACQUISITION.test(fold(ctx.sentences[r.sentence]?.text ?? ''))) best = r.sentence;
    }
    if (best === undefined) continue;
    for (const r of ctx.relations) {
      if (r.type === 'INVESTS_IN' && r.sentence === best && ctx.mentions[r.target]?.type === 'Company' && r.properties.amount === undefined) putSum(r.properties, money);
    }
  }
}

/** After the company invested in, a purpose of building: "in B Ltd to construct a facility", "in B to build its first plant". */
const TO_BUILD = /^\.?\s*(?:,?\s*(?:ltd|inc|llc|plc|corp|limited)\.?)?\s*,?\s*(?:in order\s+)?to\s+(?:help\s+(?:it\s+)?)?(?:build|construct|set up|open|establish|develop|expand)(?![a-z])/;
function fundedBuilder(s: Sentence, targets: readonly Mention[]): Mention | undefined {
  const t = targets[targets.length - 1]!;
  return t.type === 'Company' && TO_BUILD.test(fold(s.text.slice(t.end, t.end + 60))) ? t : undefined;
}

/** The first sum a sentence states (no equivalent in another currency). */
function firstSum(s: Sentence): Money | undefined {
  return MAY_HAVE_MONEY.test(s.text) ? findMoney(s.text).find((m) => m.equivalentOf === undefined) : undefined;
}

/** The first sum a sentence states that is no aid, grant or loan. */
function investedSum(s: Sentence): Money | undefined {
  return MAY_HAVE_MONEY.test(s.text) ? findMoney(s.text).find((m) => m.equivalentOf === undefined && !isAidAmount(fold(s.text), m)) : undefined;
}

/** Whether the text states that `child` is a subsidiary of `parent` (a SUBSIDIARY_OF candidate read so far). */
function isSubsidiaryOf(ctx: RuleContext, child: Mention, parent: Mention): boolean {
  for (const r of ctx.relations) {
    if (r.type !== 'SUBSIDIARY_OF') continue;
    const a = ctx.mentions[r.source], b = ctx.mentions[r.target];
    if (a && b && sameEntity(ctx, a, child) && sameEntity(ctx, b, parent)) return true;
  }
  return false;
}

/** The same entity at both ends ("the UK … across the country"): no investment. */
function sameEntity(ctx: RuleContext, x: Mention, y: Mention): boolean {
  const a = x.refersTo !== undefined ? ctx.mentions[x.refersTo] ?? x : x;
  const b = y.refersTo !== undefined ? ctx.mentions[y.refersTo] ?? y : y;
  return a.index === b.index || (a.refersTo ?? a.index) === (b.refersTo ?? b.index) || (!!a.iso2 && a.iso2 === b.iso2) ||
    (!!a.canonical && a.canonical === b.canonical) || a.text === b.text || namesOnePlace(a, b);
}

/** "Région X d’Y" (whatever type it was given) and the place "X d'Y": one place, which cannot invest in itself. */
export const namesOnePlace = (a: Mention, b: Mention): boolean => (isPlace(a) || isPlace(b)) && placeKey(a) === placeKey(b);

/** A name without its area noun and with one apostrophe: "Région X d’Y" (whatever its type) and the place "X d'Y" are one (no self-investment). */
const AREA_NOUN_FIRST = /^(?:la\s+)?(?:region|departement|state of|commonwealth of|province of|county of|comte de|canton de)\s+/;
const placeKey = (m: Mention): string => fold(m.canonical ?? m.text).replace(/[’‘`]/g, "'").replace(AREA_NOUN_FIRST, '');

/** Words before a sum that make it an investment or a cost ("eligible investments of €300 million", "total costs of"). */
const INVESTED_SUM = /(?:invest[a-z]*|costs?|couts?|depenses?|project|projet|worth|valued|d'un montant)[^.;]{0,25}$/;
/** A sum stated as aid: "€20.7 million of public support", "aid totalling €117 million", "a grant of €X", "€63 million measure". */
function isAidSum(folded: string, m: Money): boolean {
  const before = folded.slice(Math.max(0, m.start - 30), m.start), after = folded.slice(m.end, m.end + 35);
  return AID.test(before) || /^\s*(?:\([^()]*\)\s*)?(?:of |d'|de )?(?:[a-z-]+ ){0,2}?(?:aid|aide|grants?|subsid[a-z]*|support|soutien|measure|mesure|funding|financement|award|loan|pret|tax)/.test(after);
}

/** The aid word of a sum, right before it ("an aid of", "aide régionale d'un montant de") or right after it ("€10 million grant", "in direct funding"). */
const AID_BEFORE = /(?<![a-z])(?:aide|aides|aid|grants?|subventions?|subsid(?:y|ies)|loans?|prets?|garantie|guarantee|funding|financement)(?:\s+(?:regionale?s?|publique?s?|public|directe?s?|d'etat|state|federal|regional|of|de|d'|du|un|une|a|an|montant|d'un montant|totall?ing|totalisant|worth|amounting|to|up|jusqu'a|valued|at|s'elevant|a|hauteur)){0,6}\s*$/;
const AID_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:of |in |d'|de |en )?(?:[a-z-]+ )?(?:aid|aide|aides|grants?|subsid[a-z]*|funding|financement|award|loans?|loan guarantee|pret|subventions?)(?![a-z])/;
/** The aid noun a few words after the sum: "€14 million in incompatible German State aid", "$72.8 million for a partial loan guarantee". */
const AID_AFTER_FAR = /^\s*(?:of|in|for|d'|de|en|pour)\s+(?:(?:a|an|une?|la|le|les|des)\s+)?(?:[a-z-]+\s+){0,3}?(?:aid|aide|aides|state aid|aide d'etat|grants?|subsid[a-z]*|loans?|loan guarantee|pret|prets|subventions?)(?![a-z])/;
/** A sum stated as public aid, a grant or a loan: not what the beneficiary invests. */
function isAidAmount(folded: string, m: Money): boolean {
  return AID_BEFORE.test(folded.slice(Math.max(0, m.start - 40), m.start)) || AID_AFTER.test(folded.slice(m.end, m.end + 40)) ||
    AID_AFTER_FAR.test(folded.slice(m.end, m.end + 60));
}

const HOLDERS = /^(?:shareholders|stockholders|actionnaires)/;
/** A sentence listing other investments ("the latest in a series of investments, including £4 billion from X"): not the last one's place. */
const OTHER_INVESTMENTS = /(?:series of|latest (?:in|of)|string of|wave of|serie d|vague d|including|such as|among them|notamment|parmi lesquel)/;

const isPlace = (m: Mention): boolean => m.type === 'Country' || m.type === 'Region';

/** The one currency an article states its sums in (none when it states several or none), read once per article. */
const ARTICLE_CURRENCY = new WeakMap<readonly Sentence[], string | null>();
function articleCurrency(ctx: RuleContext): string | undefined {
  let c = ARTICLE_CURRENCY.get(ctx.sentences);
  if (c === undefined) {
    const all = new Set<string>();
    for (const x of ctx.reading ?? ctx.sentences) if (MAY_HAVE_MONEY.test(x.text)) for (const m of findMoney(x.text)) all.add(m.currency);
    c = all.size === 1 ? [...all][0]! : null;
    ARTICLE_CURRENCY.set(ctx.sentences, c);
  }
  return c ?? undefined;
}

function emit(ctx: RuleContext, s: Sentence, named: readonly Mention[], split: readonly Mention[], money: Money | undefined, confidence: number, rule: string, jobs?: number): void {
  // ("buy out Harland and Wolff" beside "Harland & Wolff" is one mention already: mentions/conjoined-names.ts)
  const targets = [...split];
  // "Microsoft promet 4 milliards en France": a bare sum of an investment sentence, in the article's currency or the place's
  const place = targets.find(isPlace);
  if (!money && rule === 'invests' && place && BARE_AMOUNT.test(s.text) && !findMoney(s.text).length) money = findBareAmount(s.text, articleCurrency(ctx), place.iso2 ?? place.country);
  const properties = investmentProperties(ctx, s, money);
  if (jobs !== undefined) properties.jobs = jobs;
  // "the company's investment" read as a government body: the anaphor means the article's company
  const investors = named.map((m) => (m.cue === 'coref' && m.refersTo !== undefined && isPublicBody(ctx.mentions[m.refersTo]!) && ctx.focusCompany) ? ctx.focusCompany : m);
  // the investor nearest the verb and the first target carry the rule's confidence; coordinated ones less
  const primary = investors[investors.length - 1];
  investors.forEach((inv) => targets.forEach((t, b) => {
    if (isCurrencyCode(ctx.sentences, ctx.mentions, inv) || isCurrencyCode(ctx.sentences, ctx.mentions, t)) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${inv.text} -INVESTS_IN-> ${t.text}`, reason: 'a currency code before a number ("CZK 3 207 million") is no party', rule });
      return;
    }
    if (sameEntity(ctx, inv, t)) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${inv.text} -INVESTS_IN-> ${t.text}`, reason: 'investor and target are the same entity', rule });
      return;
    }
    // a ministry, commission, board or government "investing in" a place attracts, promotes or funds investment there:
    // it names no investor (its grants to companies stay; a country investing abroad is read as written)
    if (isPlace(t) && !isPlace(inv) && isPublicBody(inv)) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${inv.text} -INVESTS_IN-> ${t.text}`, reason: 'a public body is not the investor in a place', rule });
      return;
    }
    // "the Plan mobilised €380 billion, of which €45 billion in Spain": a programme names no investor in a place
    if (isPlace(t) && isProgrammeInvestor(inv, ctx.mentions, ctx.sentences)) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${inv.text} -INVESTS_IN-> ${t.text}`, reason: 'a plan, programme or public fund backs investment in a place, it is no investor', rule });
      return;
    }
    // "A bank signed a guarantee on a EUR 60 million portfolio of loans for SMEs in Italy": lending, not investing
    if (isPlace(t) && (rule === 'invests' || rule === 'invests-facility') && isLendingBy(fold(s.text), inv, ctx.mentions)) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${inv.text} -INVESTS_IN-> ${t.text}`, reason: 'a bank or fund lending or guaranteeing does not invest in the place', rule });
      return;
    }
    // "the B Solar Project", "an innovative 150-MW PV project": a project's name, or what kind of project it is, invests in nothing
    if (isProjectName(inv) || (inv.type === 'Company' && isKindOfWorks(ctx, inv))) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${inv.text} -INVESTS_IN-> ${t.text}`, reason: 'a project, or a name saying what kind of project it is, is no investor', rule });
      return;
    }
    // "loan guarantees to support the B Solar Project": a lender funds a project, no company it buys into
    if (isProjectName(t) && (isPublicBody(inv) || (inv.canonical !== undefined && isPublicBody({ ...inv, text: inv.canonical })) || isLenderIn(inv, ctx.mentions))) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${inv.text} -INVESTS_IN-> ${t.text}`, reason: 'public money or a loan to a project is no stake in a company', rule });
      return;
    }
    // "compensate A for damages suffered by its subsidiary B": a subsidiary the text names as such is no investor in its parent
    if (t.type === 'Company' && isSubsidiaryOf(ctx, inv, t)) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${inv.text} -INVESTS_IN-> ${t.text}`, reason: 'a subsidiary is no investor in its parent', rule });
      return;
    }
    const c = inv === primary && b === 0 ? confidence : Math.min(confidence, 0.7);
    ctx.add({ type: 'INVESTS_IN', source: inv.index, target: t.index, sentence: s.index, rule, confidence: capByAnaphora(ctx, c, inv.index, t.index), properties });
  }));
}

/** No amount, or revenue words around: still an acquisition when a buying word takes a named company as object. */
// (a module function, not a closure of readSentence: under tsx, keepNames costs a defineProperty per closure made)
function readDirect(ctx: RuleContext, s: Sentence, folded: string, mentions: readonly Mention[], money: Money[]): Investment | undefined {
  return readDirectAcquisition(ctx, s, folded, mentions, money) ?? readLedBuyout(ctx, s, folded, mentions, money);
}

function readSentence(ctx: RuleContext, s: Sentence, mentions: readonly Mention[], recent?: Recent): Investment | undefined {
  const folded = fold(s.text);
  const money = MAY_HAVE_MONEY.test(s.text) ? findMoney(s.text).filter((m) => m.equivalentOf === undefined) : [];
  const raise = ctx.cues.raise.exec(folded);
  if (raise && isRaiseWord(folded, raise.index + raise[0].length)) {
    const r = readRaise(ctx, s, mentions, raise.index, money);
    if (r) return r;
  }
  // "la cession de X au groupe Y", "the sale of X to Y": the buyer invests in what is sold
  const sale = SALE.exec(folded);
  if (sale) {
    const r = readSale(s, folded, mentions, sale.index + sale[0].length, money);
    if (r) return r;
  }
  // "A veut céder une partie de ses activités au groupe B", "sold A's X business to B": the buyer invests in the seller
  const unitSale = readUnitSale(ctx, s);
  if (unitSale) return unitSale;
  // "A agreed to be bought by B", "the acquisition of A by B", "A a été racheté par B": the passive's agent buys
  if (PASSIVE_BUY_WORD.test(folded)) {
    const passive = readPassiveAcquisition(s, folded, mentions, money);
    if (passive) return passive;
  }
  // ("investigation", "investment opportunities in X", "an investment location": no investment is stated)
  const triggers = triggerText(s.text, mentions).replace(NO_INVESTMENT_NOUN, (w) => '#'.repeat(w.length));
  const trigger = ctx.cues.invest.exec(triggers);
  const strong = STRONG.test(triggers);
  // "X, which Y acquired (for $N)": an acquisition stated in a relative clause, with or without its price
  if (trigger && ACQUIRE.test(folded)) {
    const relative = readRelativeAcquisition(s, folded, mentions, money);
    if (relative) return relative;
  }
  // no amount, or revenue words around: still an acquisition when a buying word takes a named company as object
  if (ctx.cues.notInvestment.test(triggers) && !strong) return readDirect(ctx, s, folded, mentions, money);
  if (!trigger && !money.length) return readDirect(ctx, s, folded, mentions, money);

  if (!money.length && !strong && !BARE_AMOUNT.test(s.text)) return readDirect(ctx, s, folded, mentions, money);
  const acquisition = ACQUIRE.test(folded);
  const at = trigger ? trigger.index : money[0]!.start;
  // "Disney shareholders will meet in Philadelphia", "les actionnaires d'Acme": the holders of a company, not its investment
  if (trigger && HOLDERS.test(triggers.slice(at, at + 14)) && (mentions.some((m) => isActor(m) && m.end <= at && /^\s*(?:['’]s\s*)?$/.test(s.text.slice(m.end, at))) ||
    (/(?:^|\s)(?:les|the|ses|its|their|leurs)\s+$/.test(folded.slice(Math.max(0, at - 8), at)) && /^[a-z]+\s+(?:de|du|des|d'|of)/.test(folded.slice(at, at + 20))))) return readDirect(ctx, s, folded, mentions, money);
  const after = mentions.filter((m) => m.start >= at && !m.implicit);
  // "une aide de 48 millions EUR en faveur d'un investissement de X": the aid is not the investment's sum
  const invested = money.filter((m) => !isAidAmount(folded, m));
  let amount: Money | undefined = invested.find((m) => m.start >= at) ?? invested[0];

  // investor
  let investors: Mention[] = [];
  // "le rachat de X": the genitive of an acquisition is what is bought, not the buyer
  const buying = !!trigger && ACQUIRE_AT.test(triggers.slice(at, at + 16));
  const genitive = buying ? undefined : after.find((m) => isActor(m) && !isMedia(m) && GENITIVE.test(foldedSlice(s.text, folded, at, m.start)));
  const actors = mentions.filter((m) => m.end <= at && isActor(m) && !isMedia(m) && !NOT_ACTOR_BEFORE.test(foldedSlice(s.text, folded, m.start - 70, m.start)));
  // complements ("concurrent de Renault", "président de Oracle") are not the subject, unless alone
  const subjects = actors.filter((m) => !COMPLEMENT.test(foldedSlice(s.text, folded, m.start - 12, m.start)));
  // within the clause of the investment word when it names one ("Oracle annonce que OCI investira")
  const clauseStart = lastClauseBoundary(folded.slice(0, at));
  const inClause = subjects.filter((m) => m.start >= clauseStart);
  const plain = inClause.length ? inClause : subjects.length ? subjects : actors;
  // "Working with A and B, the company C will invest": the partners of an opening phrase are not the subject
  const before = frontedSubject(s, folded, plain) ?? plain;
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
      const gap = foldedSlice(s.text, folded, before[n - 1]!.end, before[n]!.start);
      // "Orvane-backed Pellix": the backer does not invest, the company it backs does
      if (BACKED.test(gap)) { investors.pop(); investors.push(before[n]!); continue; }
      // "A's subsidiary B will invest", "A unit B", "A's Danish unit, B,": the unit named after its owner invests
      if (UNIT_NAMED.test(gap)) { investors.pop(); investors.push(before[n]!); continue; }
      // ("A (France) and B (Germany) will build", "A, together with B, will invest", "A, aux côtés de B, investira": co-investors)
      const link = originLess(s, folded, before[n - 1]!, before[n]!, mentions).replace(PARENTHESIS, ' ');
      if (!LINK.test(link) && !ALONGSIDE.test(link)) break;
      investors.push(before[n]!);
    }
  } else {
    // "a major investment into the UK's industrial base from A": the source named after "from" invests
    const source = trigger ? after.find((m) => mayInvest(m) && INVESTMENT_FROM.test(foldedSlice(s.text, folded, at, m.start))) : undefined;
    const first = source ?? after.find((m) => isActor(m) && !isMedia(m) && !COMPANY_PREP.test(foldedSlice(s.text, folded, Math.max(at, m.start - 60), m.start)) &&
      !NOT_ACTOR_BEFORE.test(foldedSlice(s.text, folded, m.start - 70, m.start)) && !isProjectName(m) && !isKindOfWorks(ctx, m));
    // a city, region or country can invest too, when no company does ("Paris investit…")
    const place = mentions.filter((m) => m.end <= at && (m.type === 'Region' || m.type === 'Country') && !m.implicit && m.cue !== 'coref');
    // ("Among the investors are A and B, which will together put $100 million into …": the coordinated actors too)
    // (a list closed by "and": "from the EIB, A has inaugurated" is no list)
    if (first) {
      const list = coordinated(s, folded, after.filter((m) => m.start >= first.start && mayInvest(m)), mentions);
      // (or each firm given its origin, "A from Korea, B from France": a list of investors by origin)
      const closed = list.length > 1 && (/(?:^|\s)(?:and|&)\s/.test(foldedSlice(s.text, folded, list[list.length - 2]!.end, list[list.length - 1]!.start) + ' ') ||
        list.slice(1).every((m, n) => originLess(s, folded, list[n]!, m, mentions).length < foldedSlice(s.text, folded, list[n]!.end, m.start).length));
      investors = closed ? list : [first];
    }
    else if (place.length && !TARGET_PREP.test(foldedSlice(s.text, folded, place[0]!.start - 60, place[0]!.start), place[0]) && !/^invest(?:ment|issement)/.test(triggers.slice(at, at + 16))) {
      // "$2 million to A, Inc., Springfield, Ohio, to fund…": the town is A's address; the grantee A invests, not its town
      const holder = mentions.find((m) => isActor(m) && !m.implicit && m.end <= place[0]!.start && ADDRESS_GAP.test(foldedSlice(s.text, folded, m.end, place[0]!.start)));
      investors = [holder ?? place[0]!];
    }
  }
  // "we have had A from the US—the largest American investment in X—B from Korea and C from France": firms listed by
  // origin go on past an aside that holds the investment word
  if (investors.length === 1 && !genitive && hasOrigin(s, folded, investors[0]!, mentions)) {
    const next = after.find((m) => mayInvestNamed(m) && m.start > investors[0]!.end);
    const aside = next ? foldedSlice(s.text, folded, investors[0]!.end, next.start) : '';
    if (next && ORIGIN_ASIDE.test(aside) && hasOrigin(s, folded, next, mentions)) {
      const list = coordinated(s, folded, after.filter((m) => m.start >= next.start && mayInvest(m)), mentions);
      if (list.length > 1 || hasOrigin(s, folded, list[0]!, mentions)) investors.push(...list);
    }
  }
  // "Micron's two-decade vision to invest $100 billion", "Orvane's plan to buy Pellix": the possessor invests
  if (trigger && !genitive) {
    const owner = mentions.find((m) => isActor(m) && !m.implicit && POSSESSOR_PLAN.test(folded.slice(m.end, m.end + 80)));
    if (owner) investors = [owner];
  }
  // "4 companies - including A, B and C - have chosen to invest", "plusieurs groupes, dont A et B, investiront":
  // the members listed after a plural actor noun are the investors, not the body thanked before them
  const including = INCLUDING.exec(folded.slice(0, at));
  if (including && !genitive) {
    const from = including.index + including[0].length;
    const list = coordinated(s, folded, mentions.filter((m) => m.start >= from && m.end <= at && isActor(m) && !m.implicit && !isMedia(m)));
    if (list.length >= 2) investors = list;
  }
  // "new investments announced today by A, B and C": the agents invest; what follows "by" is no target
  const agents = trigger ? AGENTS.exec(folded) : null;
  if (agents) {
    const from = agents.index + agents[0].length;
    const list = coordinated(s, folded, mentions.filter((m) => m.start >= from && isActor(m) && !m.implicit));
    if (list.length) investors = list;
  }
  // "investments from businesses of all sizes, … to multinationals like A, B, C and D": the listed firms invest
  // (each one, not one in another of the list)
  const fromList = trigger && !genitive ? FROM_LIST.exec(folded.slice(at)) : null;
  if (fromList) {
    const from = at + fromList.index + fromList[0].length;
    const list = coordinated(s, folded, mentions.filter((m) => m.start >= from && isActor(m) && !m.implicit && !isMedia(m)));
    if (list.length >= 2) investors = list;
  }
  // "their investments in the project", "leurs investissements": the companies the sentence names, else the last investors
  if (!investors.length && trigger && POSSESSIVE_BEFORE.test(folded.slice(Math.max(0, at - 20), at))) {
    const named = mentions.filter(mayInvestNamed);
    investors = named.length ? named : recent?.investors ?? [];
  }
  // "Chair X of A said his company will invest…": the company of the person named before
  if (!investors.length && trigger) { const c = possessorCompany(ctx, s, at); if (c) investors = [c]; }
  // "Les deux groupes investiront…", "The two companies will invest…": the two companies named just before
  if (!investors.length && PAIR_SUBJECT.test(folded)) investors = pairBefore(ctx, s.index);
  // "Il investira…", "It will invest…": a subject pronoun stands for the company the article is about
  let pronoun = false;
  // (not when the investment is in a clause of its own: "It also alleges that the UK's provision of … investment funding")
  if (!investors.length && PRONOUN_SUBJECT.test(folded) && !IMPERSONAL.test(folded) && ctx.focusCompany &&
    (clauseStart === 0 || PRONOUN_SUBJECT.test(folded.slice(clauseStart)))) { investors = [ctx.focusCompany]; pronoun = true; }
  // "45 millions d'euros investis pour un site à Feurs" after "… NIGAY, qui fait du caramel": a sum invested with no
  // actor named continues the company the sentences just before name
  // (only a sentence that opens on its sum, a summary line: "It has never been easier … these projects worth £2 billion" has a subject)
  if (!investors.length && trigger && (amount || BARE_AMOUNT.test(s.text)) && !mentions.some((m) => isActor(m) && !m.implicit) &&
    !PROJECT_COST.test(folded) && OPENS_ON_SUM.test(folded)) {
    // ("… représente un investissement total de X": the cost of the project just stated, read by valueLastProject)
    const last = lastNamedCompany(ctx, s);
    if (last) { investors = [last]; pronoun = true; }
  }
  if (!investors.length) return undefined;
  // "ils ont bénéficié d'investissements publics", "an effort to win new business investment": who receives or wins it is no investor
  if (trigger && RECEIVES.test(folded.slice(Math.max(0, at - 40), at)) && investors.every((m) => m.sentence !== s.index || m.end <= at)) {
    if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${investors[0]!.text} -INVESTS_IN-> ?`, reason: 'the subject receives or attracts the investment, it does not make it', rule: 'invests' });
    return undefined;
  }
  // "a shared site, promoting research, training and investment in X": investment is one of
  // the aims listed after a verb of promoting, which nobody there makes
  if (trigger && PROMOTED_AIMS.test(folded.slice(Math.max(0, at - 80), at))) {
    if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${investors[0]!.text} -INVESTS_IN-> ?`, reason: 'investment listed among the aims a verb of promoting names', rule: 'invests' });
    return undefined;
  }
  // "A is a private equity firm that invests mainly in Europe": a habit the firm is described by, no investment made
  if (trigger && /^invests?\s/.test(folded.slice(at, at + 8)) && HABITUAL.test(folded.slice(Math.max(0, at - 60), at))) {
    if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${investors[0]!.text} -INVESTS_IN-> ?`, reason: 'a firm described by what it usually invests in', rule: 'invests' });
    return undefined;
  }
  // "private investment in Arizona", "l'investissement étranger": investors left unnamed, the subject only attracts it
  // ("Project X, led by A and B, announced a $500 billion private investment": a company's own investment, counted by its article)
  const ownPrivate = OWN_PRIVATE.test(folded.slice(Math.max(0, at - 50), at)) && investors.every((m) => m.type === 'Company' && !isPublicBody(m));
  if (trigger && !ownPrivate && UNNAMED_INVESTOR.test(folded.slice(Math.max(0, at - 24), at + 40)) && !investors.some((m) => m.sentence === s.index && m.start > at)) {
    if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${investors[0]!.text} -INVESTS_IN-> ?`, reason: 'private or foreign investment: the investors are not named', rule: 'invests' });
    return undefined;
  }
  // "The Commission has approved German plans to contribute €1.25 billion to the recapitalisation of A": a regulator that
  // approves or clears a measure states no investment of its own (its aid's recipients are read below when it is aid)
  if (investors.every(isPublicBody) && !AID.test(folded) && investors.some((m) => m.sentence === s.index && APPROVES.test(foldedSlice(s.text, folded, m.end, m.end + 40)))) {
    if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${investors[0]!.text} -INVESTS_IN-> ?`, reason: 'a regulator approving a measure is no investor', rule: 'invests' });
    return undefined;
  }
  // the beneficiaries of an aid that are not its recipient ("to A, belonging to B") are no target either
  const notTarget = new Set<Mention>();
  // a grant, an aid measure, an award: the public body funds the company that builds, it does not invest in the place
  // (no investment word and only sums of aid, "recovery of €14 million in State aid from A and B", is aid too)
  const aidOnly = !trigger && money.length > 0 && money.every((m) => isAidAmount(folded, m));
  const aided = investors.every(isPublicBody) && AID.test(folded);
  if (aided) {
    const beneficiaries = mentions.filter(mayInvestNamed);
    if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${investors[0]!.text} -INVESTS_IN-> ?`, reason: 'a public grant-giver is not the investor', rule: 'invests' });
    if (!beneficiaries.length) return undefined;
    // "a measure to support the public supplier of gas in X, A": aid that names no investment and nothing built only
    // keeps a firm going; the place says where the firm is
    if (!trigger && !AIDED_WORKS.test(folded)) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${beneficiaries[0]!.text} -INVESTS_IN-> ?`, reason: 'aid with no investment or works named: the recipient invests in no place', rule: 'invests' });
      return undefined;
    }
    // the sum of the aid is not the beneficiary's investment: only a sum stated as an investment or a cost is
    amount = money.find((m) => !isAidSum(folded, m) && INVESTED_SUM.test(folded.slice(Math.max(0, m.start - 40), m.start)));
    // a name right after a place and a comma is its container ("its complex in Sines, Alentejo"), no beneficiary
    const named = beneficiaries.filter((b) => !mentions.some((p) => isPlace(p) && p.end <= b.start && /^\s*[,(]\s*$/.test(s.text.slice(p.end, b.start))));
    // (the beneficiary and those coordinated with it: "to support ST in … a plant for Silicon Carbide devices" names one)
    investors = coordinated(s, folded, named.length ? named : beneficiaries);
    for (const b of beneficiaries) if (!investors.includes(b)) notTarget.add(b);
  }

  // target: the first place after the trigger, or a company after "dans/in/into"
  const targets: Mention[] = [];
  let seller: Mention | undefined;
  for (const m of after) {
    if (investors.includes(m) || notTarget.has(m) || (agents && m.type === 'Company')) continue;
    // aid to its recipients ("recovery of State aid from A and B", "aid to A and B"): they may build in a place,
    // but the aid sentence states no purchase of one company by another
    if ((aided || aidOnly) && m.type === 'Company' && !acquisition) {
      if (tracing()) reject({ stage: 'relation', sentence: s.index, text: `${investors[0]?.text ?? '?'} -INVESTS_IN-> ${m.text}`, reason: 'an aid sentence: its recipients invest in places, not in each other', rule: 'invests' });
      continue;
    }
    // "A, belonging to B", "a subsidiary of B": the owner named after the investor is no target
    if (m.type === 'Company' && OWNER_GAP.test(foldedSlice(s.text, folded, Math.max(at, m.start - 40), m.start))) continue;
    const gap = unaccentedA(foldedSlice(s.text, folded, Math.max(at, m.start - 60), m.start), s.text.slice(Math.max(at, m.start - 60), m.start));
    // "the largest in Europe", "la première en France": a comparison, not the destination
    if ((m.type === 'Country' || m.type === 'Region') && SUPERLATIVE.test(gap)) continue;
    // "buys A and B from C": C sells
    if (acquisition && m.type === 'Company' && SOLD_BY.test(gap)) { seller ??= m; continue; }
    // "by A and B": a company coordinated with a buyer buys with it, it is not bought
    if (acquisition && m.type === 'Company' && investors.some((inv) => inv.end <= m.start && /^\s*(?:and|et|&)\s*$/.test(foldedSlice(s.text, folded, inv.end, m.start)))) continue;
    // "to buy luxury brands A and B": a brand bought is a company, wherever the article names it
    if (acquisition && m.type === 'Product' && (BRANDS.test(foldedSlice(s.text, folded, at, m.start)) || targets.some((t) => t.cueWord === 'brand'))) {
      for (const o of ctx.mentions) if (o.text === m.text && o.type === 'Product') { o.type = 'Company'; o.cueWord = 'brand'; }
    }
    const place = (m.type === 'Country' || m.type === 'Region') && ((trigger ? TARGET_PREP.test(gap, m) : TIGHT_PREP.test(gap)) || m.cue === 'coref');
    // "an investment in a DRAM fab in Idaho": a name before a facility noun says what the plant makes, the place is the target
    // ("an investment in B's old site at X": the seller's former site is in X, the investment goes there, not into B)
    // ("l'ancienne usine B de X", "the B plant at X": the plant's owner names it, its town is where the money goes)
    const modifier = m.type === 'Company' && (FACILITY_NEXT.test(foldedSlice(s.text, folded, m.end, m.end + 40)) || POSSESSED_SITE.test(foldedSlice(s.text, folded, m.end, m.end + 60)) ||
      (SITE_NOUN_BEFORE.test(foldedSlice(s.text, folded, Math.max(0, m.start - 30), m.start)) && PLACE_PREP_NEXT.test(foldedSlice(s.text, folded, m.end, m.end + 12)))) &&
      after.some((p) => isPlace(p) && p.start > m.end);
    // "investments in the A and B engine plants": names coordinated before a facility noun say whose plants they are
    const plantOwners = m.type === 'Company' && !acquisition && ownsPlantNamedAfter(s, folded, m, after);
    const company = m.type === 'Company' && !modifier && !plantOwners && (COMPANY_PREP.test(gap) || acquisition || SHAREHOLDER.test(gap)) && m.cue !== 'coref';
    if (!place && !company) continue;
    if (!targets.length) { targets.push(m); continue; }
    const prev = targets[targets.length - 1]!;
    // "in Cheongju, South Korea", "à Lyon, en France": the city is the place; its country only locates it
    if (prev.type === 'Region' && m.type === 'Country' && /^\s*(?:,|en|au|aux|in)\s*$/.test(foldedSlice(s.text, folded, prev.end, m.start))) continue;
    if (m.type === prev.type && LINK.test(foldedSlice(s.text, folded, prev.end, m.start).replace(/\s*(?:de|d['’]|en|au|a|in)\s*$/, ''))) targets.push(m);
    // "three new facilities, including two in Texas and one in Utah"
    else if (m.type === prev.type && COUNTED_LINK.test(foldedSlice(s.text, folded, prev.end, m.start))) targets.push(m);
    else break;
  }
  // "began construction of a €5 billion plant in Dresden, its largest investment": the place after the amount
  if (!targets.length && trigger && money.length && money[0]!.start < at) {
    for (const m of mentions) {
      if (m.start < money[0]!.start || m.start > at || m.implicit || investors.includes(m)) continue;
      if ((m.type === 'Country' || m.type === 'Region') && TARGET_PREP.test(foldedSlice(s.text, folded, Math.max(money[0]!.start, m.start - 60), m.start), m)) { targets.push(m); break; }
    }
  }
  // "invest … in a French AI campus": the country of the demonym
  if (!targets.length && trigger) {
    const d = DEMONYM_TARGET.exec(folded.slice(at));
    // "in U.S. manufacturing", "in U.S.-based infrastructure": the dotted abbreviation as a modifier (a bare "us" is a pronoun)
    const word = d?.[1] && d[1] !== 'us' ? d[1] : undefined;
    const iso2 = word ? ctx.cues.demonyms.get(word) ?? (word.includes('.') ? ctx.cues.demonyms.get(word.replace(/\.$/, '') + '.') : undefined) : undefined;
    const country = iso2 ? ctx.countryMention(iso2, s.index, word!.includes('.') ? '' : word!) : undefined;
    if (country && !investors.includes(country)) targets.push(country);
  }
  // "its U.S. manufacturing sites in New York and Vermont": the most specific place
  if (targets.length && targets.every((t) => t.type === 'Country')) {
    const regions = specificPlaces(s, folded, mentions, targets[targets.length - 1]!);
    if (regions.length) targets.splice(0, targets.length, ...regions);
  }
  // "invest $40 billion in the region", "dans ce projet": the place of the investment stated before
  const anaphor = !targets.length && !!trigger && TARGET_ANAPHOR.test(folded.slice(at, at + 90));
  if (anaphor && REGION_ANAPHOR.test(folded.slice(at, at + 90))) {
    const region = lastRegion(ctx, s);
    if (region) targets.push(region);
  }
  const confidence = pronoun ? 0.5 : !trigger ? 0.6 : acquisition ? 0.7 : 0.9;
  // "A has agreed to purchase B for $2 billion": a sum with no investment word and no place is still a purchase
  if (!targets.length && !anaphor && !trigger) { const d = readDirect(ctx, s, folded, mentions, money); if (d) return d; }
  return { investors, targets, money: amount, confidence, anaphor: anaphor && !targets.length, seller: targets.length ? seller : undefined };
}

/**
 * The folded "a" is the French preposition only where the text writes "à": an English article ("in pursuit of a
 * Made in America renaissance") or the French verb ("il a") is blanked so that it introduces no place.
 */
function unaccentedA(folded: string, original: string): string {
  if (folded.length !== original.length || !folded.includes('a')) return folded;
  return folded.replace(/(?<![\p{L}])a(?![\p{L}])/gu, (a, at: number) => (original[at] === 'à' || original[at] === 'À' ? a : '∅'));
}

/** Words naming the owner of the company before: "belonging to the X", "part of X", "a subsidiary of X", "filiale de X". */
const OWNER_GAP = /(?:belonging to|owned by|part of|(?:a |the )?(?:wholly[- ]owned )?subsidiary of|unit of|division of|filiale d[eu']|appartenant a|detenue? par)\s*(?:the\s+|la\s+|le\s+|l'\s*)?(?:[a-z-]+\s+){0,2}$/;

/** A sentence that opens on a sum ("45 millions d'euros investis pour…", "Soixante millions d'euros d'investissement, …", "an investment of £10m in…"). */
const OPENS_ON_SUM = /^\W*(?:(?:un|une|an|a)\s+(?:[a-z-]+\s+)?(?:investissement|investment)\s+(?:de|d'|of)\s*)?(?:[$€£]|us\$|\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|hundred)[\s-])/;

/** The raise words are prefixes ("leve" of "lève", "lèvent"): the rest of the word must be an inflection, not "level", "leverage". */
const RAISE_TAILS = new Set(['', 's', 'd', 'r', 'z', 'nt', 'ra', 'ront', 'rait', 'raient', 'ait', 'aient', 'es', 'ee', 'ees', 'rons', 'rez']);
function isRaiseWord(folded: string, end: number): boolean {
  return RAISE_TAILS.has(LEADING_LETTERS.exec(folded.slice(end))![0]);
}

/** A regulator's verb right after it: "has approved", "clears", "a autorisé". */
const APPROVES = /^\s*(?:\([^()]*\)\s*)?(?:has\s+|have\s+|had\s+|today\s+|a\s+)?(?:(?:today|now|formally|also|unconditionally|finally)\s+)?(?:approved|approves|cleared|clears|authori[sz]ed|authori[sz]es|found|finds|approuve|autorise|valide)(?![a-z])/;
/** A site noun right before a name ("l'ancienne usine B", facilities.ts), and a place preposition right after it. */
const PLACE_PREP_NEXT = new RegExp(String.raw`^\s*(?:${SITE_TOWN_PREP})\s`);
/** A site of the company named, at a place: "B's old site at X", "B's former plant in X". */
const POSSESSED_SITE = new RegExp(String.raw`^\s*['’]s?\s+(?:[a-z-]+\s+){0,2}(?:${POSSESSED_SITE_NOUN}|headquarters|base)\s+(?:at|in|near|on)\s`);
/** "the A and B engine plants": a name, then names coordinated to it, then a facility noun. */
function ownsPlantNamedAfter(s: Sentence, folded: string, m: Mention, after: readonly Mention[]): boolean {
  const linked = (a: Mention, b: Mention) => b.type === 'Company' && COORDINATED_NAMES.test(foldedSlice(s.text, folded, a.end, b.start));
  // (the last of the list: the name before it is coordinated to it)
  const k = after.indexOf(m);
  if (k > 0 && linked(after[k - 1]!, m) && after[k - 1]!.type === 'Company' && FACILITY_NEXT.test(foldedSlice(s.text, folded, m.end, m.end + 40))) return true;
  let last = m;
  for (const n of after) {
    if (n.start < last.end) continue;
    if (!linked(last, n)) break;
    last = n;
  }
  return last !== m && FACILITY_NEXT.test(foldedSlice(s.text, folded, last.end, last.end + 40));
}
const COORDINATED_NAMES = /^\s*(?:,|and|et|&|, and)\s*(?:the\s+|la\s+|le\s+|l'\s*)?$/;
/** A facility noun right after a name: "a DRAM fab", "an Acme battery plant". */
const FACILITY_NEXT = /^\s*(?:[a-z-]+\s+)?(?:fabs?|plants?|factory|factories|facility|facilities|gigafactory|campus|usines?|mill|refinery|data cent(?:re|er)s?)(?![a-z])/;

/** "two in Texas and one in Utah", "deux à Lyon et une à Douai": places counted out one after the other. */
const COUNTED_LINK = /^\s*(?:,|and|et)\s*(?:one|two|three|four|five|another|the other|un|une|deux|trois|quatre|l'autre)\s+(?:in|at|near|a|en|au|aux|pres de)\s*(?:the\s+)?$/;

const POSSESSOR_PLAN = /^\s*['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:plans?|vision|decision|commitment|intention|pledge|promise|strategy|bid|move|efforts?|ambition|goal|agreement|offer)\s+to\s+(?:invest|spend|buy|acquire|build|expand|open)/u;
const INCLUDING = /(?:companies|firms|businesses|investors|groups|manufacturers|multinationals|corporations|entreprises|societes|groupes|investisseurs|industriels|fabricants)(?:\s+[\p{L}-]+){0,5}?\s*(?:[-–—,(]\s*)?(?:including|among them|such as|like|notamment|dont|parmi lesquel(?:le)?s|comme)\s+/u;
/** Words that begin like an investment word but state none: an inquiry, or investment as a quality of a place. */
const NO_INVESTMENT_NOUN = /(?<![a-z])investigat[a-z]*|(?<![a-z])invest(?:ment|issement)s?\s+(?:opportunit(?:y|ies)|climate|environment|destination|location|attractiveness|promotion|potential)(?![a-z])/g;
/** "investments from businesses …, from A to multinationals like X, Y and Z": the list after "like" names the investors. */
const FROM_LIST = /^invest[a-z]*\s+(?:[a-z]+\s+)?from\s+[^.;]{0,100}?(?:like|such as|including|among them|notably)\s+/;
const AGENTS = /(?:invest[a-z]*|commitments?|engagements?|projects?|projets?)\s+(?:announced|made|committed|pledged|annonces?|realises?|engages?)\s+(?:today\s+|yesterday\s+|aujourd'hui\s+|hier\s+)?(?:by|par)\s+/;

/** The actors coordinated from the first one: "DP World, Associated British Ports (ABP) and Imperial College". */
function coordinated(s: Sentence, folded: string, list: readonly Mention[], places?: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of list) {
    if (out.length && !LINK.test((places ? originLess(s, folded, out[out.length - 1]!, m, places) : foldedSlice(s.text, folded, out[out.length - 1]!.end, m.start)).replace(/\([^()]*\)/g, ''))) break;
    out.push(m);
  }
  return out;
}

const FROM_ORIGIN = /^\s*from\s+(?:the\s+)?$/;
/** An aside between dashes after a firm's origin: "from the United States—the largest investment in X for 10 years—". */
const ORIGIN_ASIDE = /^\s*from\s[^—–]{1,40}[—–][^—–]{1,120}[—–]\s*$/;
/** Whether a firm is followed by its origin: "A from Korea". */
function hasOrigin(s: Sentence, folded: string, a: Mention, mentions: readonly Mention[]): boolean {
  const origin = mentions.find((p) => p.start >= a.end && (p.type === 'Country' || p.type === 'Region') && !p.implicit);
  return !!origin && FROM_ORIGIN.test(foldedSlice(s.text, folded, a.end, origin.start));
}
/** The gap between two listed actors without the origin of the first: "A from the United States, B from Korea and C". */
function originLess(s: Sentence, folded: string, a: Mention, b: Mention, mentions: readonly Mention[]): string {
  const origin = mentions.find((p) => p.start >= a.end && p.end <= b.start && (p.type === 'Country' || p.type === 'Region') && !p.implicit);
  if (origin && FROM_ORIGIN.test(foldedSlice(s.text, folded, a.end, origin.start))) return foldedSlice(s.text, folded, origin.end, b.start);
  return foldedSlice(s.text, folded, a.end, b.start);
}

const BRANDS = /^[a-z]+(?:\s+[a-z-]+){0,3}?\s+(?:brands?|marques?|labels?)\s+$/;
const POSSESSIVE_BEFORE = /(?:^|\s)(?:their|its|leurs?|ses|son|sa)\s+(?:[a-z-]+\s+)?$/;
const UNNAMED_INVESTOR = /(?:private|foreign|inward|overseas|outside|public)\s+(?:direct\s+)?invest|invest[a-z]*\s+(?:directs?\s+)?(?:etrangers?|prives?|publics?)(?![a-z])/;
/** "a $500 billion private investment", "its foreign investment": one investment, the determiner's, not an unnamed flow. */
const OWN_PRIVATE = /(?:^|\s)(?:a|an|its|their|un|une|son|sa|leur)\s+(?:(?:us)?[$€£]?\s?[\d.,]+\s*(?:trillion|billion|million|bn|m|milliards?|millions?)?\s+(?:(?:us|u\.s\.)\s+)?(?:dollars?\s+|euros?\s+|pounds?\s+)?)?(?:private|foreign|overseas)\s+$/;
/**
 * A participle of promoting after a comma and a list of aims ending on the investment noun: ", promoting research,
 * training and ", ", favorisant l'innovation et " (not the subject's own verb: "X is boosting jobs and investment in Y").
 */
const PROMOTED_AIMS = /,\s+(?:(?:advanc|promot|foster|encourag|spurr|stimulat|boost)ing|favorisant|promouvant|stimulant|encourageant)\s+(?:(?:l'|la\s+|le\s+|les\s+)?[a-z-]+,?\s+){1,5}(?:and|et)\s+(?:l'|les?\s+)?$/;
/** Before a present-tense "invests": a descriptive relative on a firm noun ("a growth equity firm that invests mainly in"). */
const HABITUAL = /(?:firm|company|fund|investor|manager|group|business|house|vehicle)\s+(?:based\s+in\s+[a-z ]{1,30}\s+)?(?:that|which|who)\s+(?:mainly\s+|primarily\s+|mostly\s+|typically\s+|generally\s+|usually\s+)?$/;
/** "Ils ont bénéficié d'investissements", "the town benefited from investment": the subject receives, it does not invest. */
const RECEIVES = /(?:beneficie|beneficient|beneficiera|beneficieront|benefit|benefits|benefited|benefitted|benefiting|receive|receives|received|receiving|recoit|recoivent|recu|recevra|attire|attract|attracts|attracted|attracting|accueilli|accueille|accueillent|accueillera|host|hosts|hosted|(?:to )?(?:win|wins|won|winning|lure|lures|lured|luring))\s+(?:(?:le |la |un )?(?:plus )?(?:grand |large )?(?:nombre|part|number|share)\s+)?(?:(?:d'|de|des|du|from|of|new|nouveaux|nouvel|nouvelle|more)\s*){0,2}(?:[a-z-]+\s+)?$/;
/** What aid may pay for that is an investment of its recipient: works, a facility, a project, an expansion. */
const AIDED_WORKS = new RegExp(String.raw`(?<![a-z])(?:build|construct|set up|establish|expan|extension|extend|develop|project|projet|works|travaux|install|implant|cre(?:ate|ation|er)|modern|upgrad|diversif|production|complex|capacit|${FACILITY})`);
const AID = /(?<![a-z])(?:aide|aides|aid|grants?|subventions?|subsid(?:y|ies)|awards?|awarded|incentives?|mesure|measure|soutien|direct funding|financement public|garantie|guarantee|loans?|prets?)(?![a-z])/;
const SUPERLATIVE = /(?:largest|biggest|first|only|leading|premier|premiere|plus grande?|seule?)(?:\s+[\p{L}-]+){0,2}\s+(?:in|en|d'|de|du|au|of)\s+(?:the\s+)?$/u;
const SOLD_BY = /(?:^|\s)(?:from|aupres d[eu']|de la part d[eu'])\s*(?:[\p{L}.'-]+\s+){0,3}$/u;
const SPECIFIC_GAP = /^\s*(?:['’]s\s+)?(?:[\p{L}.-]+\s+){0,4}(?:in|at|near|a|à|en|dans)\s+(?:the\s+)?$/u;
// ("in the economy", "dans l'économie locale": the place the passage is about, the last one named)
const TARGET_ANAPHOR = /^[^.;]{0,60}?(?:in|into|dans|pour|for|en)\s+(?:(?:the|this|that|le|ce|cette|la|cet)\s+(?:local\s+|regional\s+)?(?:project|projet|plant|usine|facility|site|fab|factory|region|state|area|etat|province|county|city|ville|economy)|l'economie)(?![a-z])/;
const REGION_ANAPHOR = /(?:the|this|that|la|cette)\s+(?:local\s+|regional\s+)?(?:region|state|area|etat|province|county|city|ville|economy)(?![a-z])|l'economie(?![a-z])/;

/** Regions named right after a country target: "in its U.S manufacturing sites in New York and Vermont". */
function specificPlaces(s: Sentence, folded: string, mentions: readonly Mention[], country: Mention): Mention[] {
  const out: Mention[] = [];
  let end = country.end;
  for (const m of mentions) {
    if (m.start < country.end || m.implicit) continue;
    const gap = foldedSlice(s.text, folded, end, m.start);
    if (m.type !== 'Region' || !(out.length ? LINK.test(gap) : SPECIFIC_GAP.test(gap))) break;
    out.push(m);
    end = m.end;
  }
  return out;
}

/** The last region named in the three sentences before (same part): "in the region". */
function lastRegion(ctx: RuleContext, s: Sentence): Mention | undefined {
  let best: Mention | undefined;
  // the three sentences before, not the whole article (linear time on long texts)
  for (let k = Math.max(0, s.index - 3); k < s.index; k++) for (const m of inSentence(ctx.mentions, k)) {
    if (m.type !== 'Region' || m.implicit || m.sentence >= s.index || m.sentence < s.index - 3) continue;
    if (ctx.sentences[m.sentence]?.part !== s.part) continue;
    if (!best || m.sentence > best.sentence || (m.sentence === best.sentence && m.start > best.start)) best = m;
  }
  return best;
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

const PASSIVE_BUY_WORD = /(?<![a-z])(?:acquired|bought|purchased|taken over|rachetee?s?|achetee?s?|acquise?s?|reprise?s?|acquisition|takeover|purchase|rachat|achat|absorption|prise de controle)(?![a-z])/;
/** Between the bought company and its buyer: a passive verb (any auxiliary), a year ("rachetées en 2009") and "by"/"par". */
const PASSIVE_GAP = /^\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:which|that|qui)\s+)?(?:(?:has|have|had|will|would|could|may|might|agreed|agrees|is|are|was|were|be|been|being|to|a|ont|avait|doit|va|vient|d'|de|sera|seront|est|sont|ete|etre|fut|accepte|accepter|d'accepter|d'etre|finally|now|officially|desormais|finalement|officiellement)\s+){1,5}(?:acquired|bought|purchased|taken over|rachetee?s?|achetee?s?|acquise?s?)\s+(?:(?:en|in|depuis|since)\s+(?:[a-z]+\s+)?\d{4},?\s+)?(?:by|par)\s+(?:the\s+|la\s+|le\s+|l'\s*|les\s+|son\s+|sa\s+|its\s+)?(?:[a-z-]+,?\s+){0,3}$/;
/** "the acquisition of A by B", "le rachat d'A par B". */
// ("acquisition for joint control over global price reporting agency, A by B": the target's description before a comma)
const NOMINAL_BEFORE = /(?:acquisition|takeover|purchase|rachat|achat|reprise|absorption|prise de controle(?:\s+(?:exclusif|conjoint|total|majoritaire))?)\s+(?:(?:of|for)\s+(?:joint|sole|exclusive)\s+control\s+(?:of|over)\s+(?:the\s+)?(?:[a-z-]+\s+){0,5}?(?:[a-z-]+,\s+)?|(?:of|de|du|des|d')\s*(?:(?:du\s+)?controle\s+(?:conjoint|exclusif)\s+(?:de|du|des|d')\s*)?)(?:the\s+|la\s+|le\s+|l'\s*)?(?:(?:[a-z-]+|[a-z]'[a-z-]+)\s+){0,5}$/;
/** ("the acquisition of A's coatings business by B", "of some A rail freight assets by B": what is sold is A's, so B invests in A) */
const NOMINAL_GAP = /^\s*(?:\([^()]*\)\s*)?(?:(?:plc|ltd|limited|inc|llc|corp|corporation|sa|ag|se|nv|bv|gmbh|spa|s\.a)\.?,?\s+)?(?:['’]s\s+(?:[a-z&-]+\s+){1,4}?|(?:[a-z&-]+\s+){0,3}(?:assets|business|businesses|activities|operations|division|unit|plants|sites)\s+)?(?:by|par)\s+(?:the\s+|la\s+|le\s+|l'\s*|les\s+)?(?:[a-z-]+\s+){0,3}$/;

/** The parties of a passive or nominal acquisition: companies, firms typed as organisations, persons. */
// (what is bought may carry a public-sounding word, "Office …"; a public body never buys: checked on the buyer)
const isPassiveParty = (m: Mention): boolean => !m.implicit && (m.type === 'Company' || m.type === 'Person' || m.type === 'Organization');

/** "Dow Jones agreed to be bought by News Corporation", "the acquisition of A by B": B invests in A. */
function readPassiveAcquisition(s: Sentence, folded: string, mentions: readonly Mention[], money: Money[]): Investment | undefined {
  const companies = mentions.filter((m) => m.type === 'Company' && !m.implicit);
  // (a firm the text types as an organisation is bought too, "Office Pellix"; a person may buy: "le rachat du groupe A par Mme B")
  const parties = mentions.filter(isPassiveParty);
  for (let n = 0; n + 1 < parties.length; n++) {
    const a = parties[n]!, b = parties[n + 1]!;
    if (a.type === 'Person' || (a.type !== 'Company' && b.type !== 'Company') || (b.type === 'Organization' && isPublicBody(b))) continue;
    const gap = foldedSlice(s.text, folded, a.end, b.start);
    if (PASSIVE_GAP.test(gap) || (NOMINAL_GAP.test(gap) && NOMINAL_BEFORE.test(foldedSlice(s.text, folded, Math.max(0, a.start - 90), a.start)))) {
      // "… by A and B": joint buyers each invest
      const buyers = [b];
      for (const c of parties.slice(n + 2)) {
        if (!LINK.test(foldedSlice(s.text, folded, buyers[buyers.length - 1]!.end, c.start))) break;
        buyers.push(c);
      }
      // "the acquisition of A and B by C": the names coordinated before the first are bought too
      const targets = [a];
      for (let k = n - 1; k >= 0; k--) {
        const t = parties[k]!;
        if (t.type === 'Person') break;
        if (!LINK.test(foldedSlice(s.text, folded, t.end, targets[0]!.start))) break;
        targets.unshift(t);
      }
      if (targets.length > 1 && !PASSIVE_GAP.test(gap) && !NOMINAL_BEFORE.test(foldedSlice(s.text, folded, Math.max(0, targets[0]!.start - 60), targets[0]!.start))) targets.splice(0, targets.length - 1);
      return { investors: buyers, targets, money: money[0], confidence: 0.8 };
    }
  }
  // "la prise de contrôle exclusif par B de 88 fonds de commerce détenus par A", "the acquisition by B of A"
  const agentFirst = readAgentFirstAcquisition(s, folded, mentions);
  if (agentFirst) return { investors: agentFirst.buyers, targets: [agentFirst.target], money: money[0], confidence: 0.8 };
  return readDistantPassive(s, folded, companies, money);
}

/** A passive participle of buying and its agent, right before the buyer: "… before being bought in extremis by the group B". */
const DISTANT_PASSIVE = /(?:^|[\s'])(?:was|were|been|being|be|is|are|etre|ete|est|sont|fut|furent|sera|seront)\s+(?:[a-z-]+\s+){0,2}?(?:acquired|bought|purchased|taken over|rachetee?s?|achetee?s?|acquise?s?|reprise?s?)\s+(?:[a-z-]+\s+){0,2}?(?:by|par)\s+(?:the\s+|la\s+|le\s+|l'\s*|les\s+)?(?:[a-z-]+\s+){0,3}$/;
const PASSIVE_CLAUSE = /(?:\bque\b|\bqu'|\bthat\b|\bwhile\b|\balors que\b|;)/g;

/**
 * "A, fleuron de l'industrie, a été placée en liquidation avant d'être rachetée par le groupe B", "A, founded in
 * 1990, was later acquired by B": the subject of the clause, however far from its participle, was bought by the agent.
 */
function readDistantPassive(s: Sentence, folded: string, companies: readonly Mention[], money: Money[]): Investment | undefined {
  for (const b of companies) {
    const lead = foldedSlice(s.text, folded, Math.max(0, b.start - 140), b.start);
    const p = DISTANT_PASSIVE.exec(lead);
    if (!p) continue;
    const verbAt = b.start - lead.length + p.index;
    let clause = 0;
    for (const c of folded.slice(0, verbAt).matchAll(PASSIVE_CLAUSE)) clause = c.index + c[0].length;
    const subject = companies.find((a) => a.start >= clause && a.end <= verbAt && a.cue !== 'coref' &&
      !COMPLEMENT.test(foldedSlice(s.text, folded, Math.max(0, a.start - 12), a.start)));
    if (!subject || subject.index === b.index || subject.text === b.text) continue;
    return { investors: [b], targets: [subject], money: money[0], confidence: 0.75 };
  }
  return undefined;
}

const SALE = /(?<![a-z])(?:la cession|cession|la vente|the sale|sale|sold|sells|selling|sell|cede|vend)\s+(?:de\s+|d'|of\s+)?/;
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
  if (money) putSum(p, money);
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

const HOME = /⟦[NR](\d+)⟧ (?:will be|would be|is to be|is|sera|deviendra|devient|will become|becomes) (?:the |la |le )?(?:new |nouvelle |nouveau )?(?:home|maison|terre d'accueil) (?:for|to|of|de|d' ?)/;
/** A total shared by several investors is no one's amount. */
const TOTAL = /(?:a total of|in total|combined|together|au total|en tout|cumule)/;

/** "A, B and C, who have announced the UK will be the home for their data infrastructure": each invests in the place. */
function readHome(ctx: RuleContext, s: Sentence, skeleton: string): Investment | undefined {
  const h = HOME.exec(skeleton);
  if (!h) return undefined;
  const place = ctx.mentions[Number(h[1])];
  const before = [...skeleton.slice(0, h.index).matchAll(/⟦C(\d+)⟧/g)];
  const investors: Mention[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (investors.length && !/^ ?(?:,|, and|, et|and|et|&) ?$/.test(skeleton.slice(m.index + m[0].length, before[k + 1]!.index))) break;
    const c = ctx.mentions[Number(m[1])];
    if (c && isActor(c) && !isPublicBody(c)) investors.unshift(c);
  }
  if (!place || !investors.length) return undefined;
  const money = MAY_HAVE_MONEY.test(s.text) && !(investors.length > 1 && TOTAL.test(fold(s.text))) ? findMoney(s.text).find((m) => m.equivalentOf === undefined) : undefined;
  return { investors, targets: [place], money, confidence: 0.7 };
}

/** A sentence giving the value of a deal: "the deal is valued at", "an estimated value of", "l'opération s'élève à", "the takeover is to cost A roughly $6 billion". */
const DEAL_VALUE = /(?:deal|buyout|buy-out|acquisition|takeover|transaction|merger|purchase|operation|rachat|fusion)(?:[^.;]{0,80}?)(?:valued at|worth|value of|valeur de|valorise|s'eleve a|montant de|price of|prix de|(?:will|would|is to|to) cost|coute(?:ra)?)/;

/** Gives the sentence's first amount to the acquisitions of the five sentences before (same part) that have none. */
function valueLastDeal(ctx: RuleContext, s: Sentence): void {
  const money = findMoney(s.text).find((m) => m.equivalentOf === undefined);
  if (!money) return;
  let best = -1;
  for (const r of ctx.relations) {
    // (the title states the deal its first sentences value: "A to Acquire B" … "The takeover is to cost A roughly $6 billion")
    const part = ctx.sentences[r.sentence]?.part;
    if (r.type !== 'INVESTS_IN' || r.sentence >= s.index || r.sentence < s.index - 5 || part !== s.part && part !== 'title') continue;
    if (ctx.mentions[r.target]?.type === 'Company') best = Math.max(best, r.sentence);
  }
  if (best < 0) return;
  for (const r of ctx.relations) {
    if (r.type !== 'INVESTS_IN' || r.sentence !== best || ctx.mentions[r.target]?.type !== 'Company' || r.properties.amount !== undefined) continue;
    putSum(r.properties, money);
  }
}

/** A sentence giving the cost of "the project" or "the investment", with no investor of its own. */
/** "The $200 million factory is the largest…", "la nouvelle usine de 40 millions d'euros": a sum naming a facility's cost. */
const SUM_FACILITY = new RegExp(String.raw`(?:^|[^a-z])(?:the|this|that|its|their|a|an|le|la|ce|cet|cette|son|sa|leur)\s+(?:new\s+)?(?:us\$|[$€£])\s?[\d.,]+\s*(?:billion|million|bn|m)?(?:[\s-]+(?:[a-z-]+\s+)?)(?:${FACILITY}|expansion|extension|investment|project)(?![a-z])`);
const PROJECT_COST = /(?:^|[^a-z])(?:the|this|that|le|ce|cet|l')\s*(?:[a-z-]+\s+)?(?:project|projet|investment|investissement)(?:'s)?\s+(?:[a-z-]+\s+){0,3}?(?:costs?|cout|couts|value|valeur|montant|amount|total|s'eleve|s'elevent|represente|atteint|is worth|totals?)(?![a-z])|(?:^|[^a-z])(?:(?:investissements?|investments?|couts?|costs?|depenses?)\s+(?:totale?s?|globale?s?|eligibles?|admissibles?)|total\s+(?:eligible\s+)?(?:investment|project cost|cost)s?|montant total)(?![a-z])|(?:^|[^a-z])(?:un|une|an?)\s+(?:nouvel\s+|nouveau\s+|new\s+)?(?:investissement|investment)\s+(?:d'un montant|d'une valeur|worth|valued at)(?![a-z])/;
// (the last: "le Président a annoncé un nouvel investissement d'un montant de 2,1 milliards d'euros", no actor named: the
// investment the sentences before state)

/** Gives the sentence's first amount to the last investment in a place (five sentences back, same part) that has none. */
function valueLastProject(ctx: RuleContext, s: Sentence): void {
  const found = findMoney(s.text);
  let money = found.find((m) => m.equivalentOf === undefined && !isAidSum(fold(s.text), m));
  if (!money && found.length) return;
  let best: number | undefined;
  for (const r of ctx.relations) {
    if (r.type !== 'INVESTS_IN' || r.sentence >= s.index || r.sentence < s.index - 5 || ctx.sentences[r.sentence]?.part !== s.part) continue;
    const t = ctx.mentions[r.target];
    if (t && isPlace(t) && r.properties.amount === undefined && (best === undefined || r.sentence >= best)) best = r.sentence;
  }
  if (best === undefined) return;
  for (const r of ctx.relations) {
    const t = ctx.mentions[r.target];
    if (r.type !== 'INVESTS_IN' || r.sentence !== best || !t || !isPlace(t) || r.properties.amount !== undefined) continue;
    // "Ce projet d'un montant total de 2,8 Mds": a sum without its currency, in the article's or the place's
    money ??= BARE_AMOUNT.test(s.text) ? findBareAmount(s.text, articleCurrency(ctx), t.iso2 ?? t.country) : undefined;
    if (!money) return;
    putSum(r.properties, money);
  }
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const LEADING_LETTERS = /^\p{L}*/u;
/** A sentence stating the cost of a project or a facility ("the project costs…", "The $200 million factory…"). */
function isProjectCost(folded: string): boolean {
  return PROJECT_COST.test(folded) || SUM_FACILITY.test(folded);
}
