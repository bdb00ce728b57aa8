/**
 * English investments stated through a project rather than an investment verb, as US federal loan releases and
 * funding notices write them (read on the skeleton, ⟦X12⟧ placeholders):
 * - a sponsor: "the … Solar Project, sponsored by A, in X", "a larger project, sponsored by A, that …" (the project's
 *   place named a few sentences before), "The project sponsor, A, estimates …";
 * - the recipient of a loan or grant who builds: "a loan guarantee to A to support the development of a PV project in X",
 *   "providing €43 million to A to make 2,000 buildings more energy efficient in the X region";
 * - a possessor's project or plant: "a loan guarantee for A Inc.'s B project near X", "A's electric vehicle production
 *   plant in X" (in a list of projects).
 * The sponsor, recipient or possessor invests in the most specific place. And what is no investor: a project's own
 * name ("the B Solar Project") and a name that only says what kind of project it is ("an innovative 150-MW PV project").
 */
import { fold } from '../text/normalize.ts';
import { findMoney, type Money } from '../values/money.ts';
import type { Mention, Sentence } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';
import { isLenderIn, loanSum } from './lending.ts';
import { TYPE_LETTER } from './skeleton.ts';
import { literalGate } from './literal-gate.ts';

export interface ProjectInvestment { investors: Mention[]; targets: Mention[]; rule: string; confidence: number; money?: Money }

/** Nouns of a built or developed thing a company may sponsor or own. */
const WORKS = String.raw`(?:projects?|plants?|facility|facilities|factory|factories|mine|refinery|farm|mill|fab|gigafactory|complex|terminal|station|campus)`;
/** A place after its preposition; the first place is the most specific ("in Yuma County, Arizona" → Yuma County). */
const AT_PLACE = String.raw`(?:in|near|at|outside(?: of)?) (?:the )?(?:city of |town of |county of )?⟦R(\d+)⟧`;

/** "the ⟦C⟧ (project), sponsored by ⟦C⟧", "a larger project, sponsored by ⟦C⟧", "a plant developed by ⟦C⟧". */
const SPONSORED = new RegExp(String.raw`(?:${WORKS}|(⟦C\d+⟧))(?: \([^()⟦]{1,20}\))?,? (?:which is |that is |to be |being )?(?:sponsored|developed|promoted|co-sponsored) by (?:the )?⟦C(\d+)⟧(?:,? (?:llc|inc|ltd|corp)\.?)?(?:,? ${AT_PLACE})?`, 'g');
/** "the (solar energy) project sponsor, ⟦C⟧,", "the project's sponsor, ⟦C⟧". */
const SPONSOR_APPOSITION = /(?:project|plant|facility)(?:'s)? (?:sponsor|developer)s?,? (?:is )?(?:the )?⟦C(\d+)⟧/g;
/** "(a $N) loan guarantee / grant / €N to ⟦C⟧ to support … in ⟦R⟧": the recipient builds or acts in the place. */
const FUNDED_IN = new RegExp(String.raw`(?:loans?|loan guarantees?|guarantees?|grants?|awards?|funding|financing|commitment|million|billion|bn) to (?:the )?⟦C(\d+)⟧(?:,? (?:llc|inc|ltd|corp)\.?)?,? (?:to|that will|which will) (?:help (?:it )?)?(?:support|build|construct|develop|finance|fund|make|expand|open|establish|renovate|equip|install|deploy|modernize|modernise|upgrade|retool|produce|manufacture)(?![a-z])(?:[^.;⟦]|⟦[CDP]\d+⟧){0,140}? ${AT_PLACE}`, 'g');
/** "⟦C⟧'s (⟦C⟧) project near ⟦R⟧", "⟦C⟧'s electric vehicle production plant in ⟦R⟧". */
const POSSESSED_WORKS = new RegExp(String.raw`⟦C(\d+)⟧\.?(?:'s|') (?:(?:[a-z0-9-]+|⟦[CD]\d+⟧) ){0,4}?${WORKS} ${AT_PLACE}`, 'g');
/** Funding, building or a plan in the sentence: a possessed plant then is a project, not just where it stands. */
const PROJECT_CONTEXT = /(?<![a-z])(?:projects?|loans?|guarantees?|grants?|invest[a-z]*|financ[a-z]*|fund(?:s|ing|ed)?|build[a-z]*|construct[a-z]*|new|expan[a-z]*|will|plans?|planned)(?![a-z])/;
/** A closure, sale or cut: an existing plant is leaving, not being built. */
const CLOSING = /(?<![a-z])(?:clos(?:e|es|ed|ing|ure)|shut[a-z]*|sell|sells|sold|sale|cuts?|layoffs?|laid off|strike|fire|explosion|accident)(?![a-z])/;
/** "the project", "a larger project", "these units are part of": a project stated before. */
const PROJECT_BEFORE = new RegExp(String.raw`${WORKS} (?:[a-z-]+ ){0,3}?${AT_PLACE}`);

/** Cheap literal gate over the skeleton, then the literals each reader's matches must contain. */
const GATE = /sponsor|developed by|promoted by| to ⟦C|'s |' /;
const MAY_SPONSOR = literalGate(SPONSORED, SPONSOR_APPOSITION), MAY_FUND = literalGate(FUNDED_IN), MAY_POSSESS = literalGate(POSSESSED_WORKS);

export function readEnglishProjects(ctx: RuleContext, s: Sentence): ProjectInvestment[] {
  const sk = ctx.skeletons.get(s.index);
  const out: ProjectInvestment[] = [];
  if (!sk || !sk.text.includes('⟦C') || !GATE.test(sk.text)) return out;
  const text = sk.text;
  const company = (i: string | undefined): Mention | undefined => {
    const m = i === undefined ? undefined : ctx.mentions[Number(i)];
    return m && mayBuildProject(m, ctx.mentions) && !isProjectName(m) && m.cueWord !== 'media' ? m : undefined;
  };
  const region = (i: string | undefined): Mention | undefined => {
    const m = i === undefined ? undefined : ctx.mentions[Number(i)];
    return m && m.type === 'Region' ? m : undefined;
  };
  const push = (investor: Mention | undefined, target: Mention | undefined, rule: string, confidence: number) => {
    if (!investor || !target || out.some((o) => o.investors[0] === investor && o.targets[0] === target)) return;
    // a project placed by a sentence before: the loan that finances it is stated there (or in the sentence before that)
    const money = target.sentence < s.index ? loanAround(ctx, target.sentence) : undefined;
    out.push({ investors: [investor], targets: [target], rule, confidence, money });
  };
  if (MAY_SPONSOR(text)) {
    SPONSORED.lastIndex = 0;
    for (const m of text.matchAll(SPONSORED)) {
      // "the ⟦C⟧, sponsored by": the thing sponsored is a project (its name says so), not a company
      if (m[1] !== undefined) { const p = ctx.mentions[Number(m[1].slice(2, -1))]; if (!p || !isProjectName(p)) continue; }
      const sponsor = company(m[2]);
      // the place after the sponsor clause, else the one named with the project, else the project stated just before
      const place = region(m[3]) ?? region(PROJECT_BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index))?.[1]) ?? lastProjectPlace(ctx, s);
      push(sponsor, place, 'invests-en-sponsor', 0.7);
    }
    SPONSOR_APPOSITION.lastIndex = 0;
    for (const m of text.matchAll(SPONSOR_APPOSITION)) push(company(m[1]), lastProjectPlace(ctx, s, true), 'invests-en-sponsor', 0.65);
  }
  if (MAY_FUND(text)) {
    FUNDED_IN.lastIndex = 0;
    for (const m of text.matchAll(FUNDED_IN)) push(company(m[1]), region(m[2]), 'invests-en-funded', 0.7);
  }
  if (MAY_POSSESS(text) && PROJECT_CONTEXT.test(text) && !CLOSING.test(text)) {
    POSSESSED_WORKS.lastIndex = 0;
    for (const m of text.matchAll(POSSESSED_WORKS)) push(company(m[1]), region(m[2]), 'invests-en-possessed-project', 0.7);
  }
  return out;
}

/**
 * The place of the project the sentences just before state ("a solar thermal power plant near Blythe, California"):
 * up to four sentences back in the same part; with `here`, the sentence itself first.
 */
function lastProjectPlace(ctx: RuleContext, s: Sentence, here = false): Mention | undefined {
  for (let k = here ? s.index : s.index - 1; k >= 0 && k >= s.index - 4; k--) {
    if (ctx.sentences[k]?.part !== s.part) break;
    const sk = ctx.skeletons.get(k);
    const m = sk ? PROJECT_BEFORE.exec(sk.text) : null;
    const place = m ? ctx.mentions[Number(m[1])] : undefined;
    if (place && place.type === 'Region') return place;
  }
  return undefined;
}

/**
 * Who may build a financed project (a sponsor, a borrower, a recipient): a company that acts, neither a public body nor
 * a lender of the text. Shared by this reader and the loan reader (loan-projects.ts); each adds its project-name test.
 */
export function mayBuildProject(m: Mention, mentions: readonly Mention[]): boolean {
  return m.type === 'Company' && isActor(m) && !isPublicBody(m) && !isLenderIn(m, mentions);
}

/** A project's own name ("the Desert Sun Solar Project"; not a venture named "Project X"): what is invested in, never an investor. */
export function isProjectName(m: Mention): boolean {
  return m.type !== 'Country' && m.type !== 'Region' && PROJECT_NAME.test(m.text);
}
const PROJECT_NAME = /\s(?:[Pp]roject|PROJECT)$/;

/**
 * The loan reader's looser test (loan-projects.ts): any mention whose name ends in "project" or "projet", in any case,
 * the bare word too. Kept apart from isProjectName as the loan reader was tuned on it.
 */
export function endsInProject(m: Mention): boolean {
  return ENDS_IN_PROJECT.test(m.text.trim());
}
const ENDS_IN_PROJECT = /(?:^|\s)(?:project|projet)$/i;

/**
 * A name that only says what kind of project or plant it is: "an innovative 150-MW ⟦PV⟧ project in X", "a ⟦PV⟧ solar
 * generation facility" — an indefinite article (or a size) before it and a project or plant noun right after.
 */
export function isKindOfWorks(ctx: RuleContext, m: Mention): boolean {
  const sk = ctx.skeletons.get(m.sentence);
  if (!sk) return false;
  const placeholder = `⟦${TYPE_LETTER[m.type]}${m.index}⟧`;
  const at = sk.text.indexOf(placeholder);
  if (at < 0) return false;
  const after = sk.text.slice(at + placeholder.length, at + placeholder.length + 60);
  if (!KIND_AFTER.test(after)) return false;
  return KIND_BEFORE.test(sk.text.slice(Math.max(0, at - 60), at));
}
const KIND_AFTER = new RegExp(String.raw`^ (?:[a-z-]+ ){0,2}?(?:${WORKS}|panels?|modules?|cells?|systems?|technology)(?![a-z])`);
const KIND_BEFORE = /(?:^|[^a-z])(?:a|an|\d[\d,.]*-?(?:mw|megawatt|gw|gigawatt|kw|mwh)?(?: \([a-z]+\))?)(?: [a-z0-9-]+){0,3} $/;

/** The loan sum of a sentence, else of the one before it (same part). */
function loanAround(ctx: RuleContext, k: number): Money | undefined {
  const here = ctx.sentences[k];
  for (const j of [k, k - 1]) {
    const x = ctx.sentences[j];
    if (!x || !here || x.part !== here.part || !/\d/.test(x.text)) continue;
    const sum = loanSum(fold(x.text), findMoney(x.text));
    if (sum) return sum;
  }
  return undefined;
}

/** "The loan guarantee will support …", "If finalized, the loan would support …": the loan stated just before. */
const THE_LOAN = /(?:^|[^a-z])the (?:loan|loan guarantee|guarantee|conditional commitment|financing)s? (?:will|would|is to|is expected to|is going to) (?:help )?(?:support|finance|fund)(?![a-z])/;

/** The sum of the loan the two sentences before state (same part), when this one refers back to "the loan". */
export function loanStatedBefore(ctx: RuleContext, s: Sentence): Money | undefined {
  if (!s.text.includes('the loan') && !s.text.includes('The loan') && !s.text.includes('guarantee') && !s.text.includes('financing')) return undefined;
  if (!THE_LOAN.test(fold(s.text))) return undefined;
  for (let k = s.index - 1; k >= 0 && k >= s.index - 2; k--) {
    const prev = ctx.sentences[k];
    if (!prev || prev.part !== s.part || !/\d/.test(prev.text)) continue;
    const sum = loanSum(fold(prev.text), findMoney(prev.text));
    if (sum) return sum;
  }
  return undefined;
}

