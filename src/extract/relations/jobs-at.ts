/**
 * Investments stated by the jobs they bring to a place: "Pellix creating 900 jobs in Leeds",
 * "the investment is enabling the business to bring 100 new jobs to Southampton", "Orvane créera 300
 * emplois à Douai". The company is the nearest one named before the verb; "the business", "the
 * company", "le groupe" or a subject pronoun stand for the company the text is about. Job cuts
 * ("cutting 900 jobs in Leeds") are no investment: only verbs of creating or bringing count.
 * Each verb has its own company: 'A creating 900 jobs in X, B creating 300 jobs in Y'.
 */
import type { Mention, Sentence } from '../types.ts';
import type { RuleContext } from './context.ts';
import { mayInvest, mayInvestNamed } from './facilities.ts';
import { findJobs } from '../values/jobs.ts';

const COUNT = String.raw`(?:(?:up to|around|about|some|more than|over|nearly|almost|plus de|pres de|environ|quelque|jusqu'a) )?(?:\d[\d,. ]*\d|\d+|[a-z]+ (?:hundred|thousand)|des centaines d' ?|des milliers d' ?|hundreds of|thousands of)`;
const PLACES = String.raw`(⟦[RN]\d+⟧(?: ?(?:,|et|and) (?:de |a |in |en |the )?⟦[RN]\d+⟧)*)`;
/** Verb of creating or bringing, a number of jobs, a few words, a place preposition, the places. */
// ("announced 628 jobs in X": announcing jobs is creating them; cuts are "job cuts", "the loss of N jobs")
const JOBS_AT = new RegExp(String.raw`(?<![a-z])(?:creat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|bring(?:s|ing)?|brought|add(?:s|ed|ing)?|generat(?:e|es|ed|ing)|cree|creera|creeront|creer|creant|generera|genereront|apporte(?:ra|ront)?) ${COUNT} ?(?:[a-z-]+ ){0,2}?(?:jobs|emplois|postes|roles|positions)(?: [a-z-]+){0,6}? (?:in|to|at|across|throughout|all over|a|en|au|aux|dans|sur le site de) (?:the |la |le |l' ?|les )?${PLACES}`, 'g');
/** "110 new jobs for X from A", "74 new jobs in X from A", "300 emplois à X grâce à A": the company the jobs come from. */
const JOBS_FROM = new RegExp(String.raw`(?<![a-z0-9])${COUNT} ?(?:[a-z-]+ ){0,2}?(?:jobs|emplois|postes|roles|positions) (?:for|in|at|to|a|en|au|aux|dans) (?:the |la |le |l' ?|les )?${PLACES} (?:from|by|thanks to|grace a|chez|de la part de) (?:the |la |le |l' ?)?(?:(?:company|firm|group|groupe|societe|entreprise) )?⟦C(\d+)⟧(?! ?['’]s(?![a-z]))`, 'g');
/** Jobs that go rather than come: "jobs would be lost in", "jobs at risk", "emplois supprimés". */
const JOBS_LOST = /(?<![a-z])(?:lost|lose|losing|go|going|gone|cut|cuts|axed|shed|risk|redundan[a-z]*|disappear[a-z]*|closure|supprim[a-z]*|menace[a-z]*|perdu[a-z]*)(?![a-z])/;
/** Jobs at a facility named by reference ("at the new operation", "sur le nouveau site"), with no town after it. */
const JOBS_AT_FACILITY = new RegExp(String.raw`(?<![a-z])(?:creat(?:e|es|ed|ing)|bring(?:s|ing)?|brought|generat(?:e|es|ed|ing)|cree|creera|creeront|creer|creant) ${COUNT} ?(?:[a-z-]+ ){0,2}?(?:jobs|emplois|postes|roles|positions) (?:at|on|in|sur|dans) (?:the|this|its|le|la|ce|cette|son|sa) (?:new |nouvelle? |nouvel )?(?:operation|facility|site|plant|factory|premises|unit|usine|unite)(?! ?(?:in|at|a|en|de|d') ?⟦)(?![a-z])`);
/** A facility noun, then (in the same sentence, no full stop) the first town after "in"/"at"/"à". */
const FACILITY_THEN_TOWN = /(?<![a-z])(?:factory|plant|site|facility|premises|unit|mill|works|usine)(?![a-z])[^.;⟦]{0,120}? (?:in|at|a|near|pres de) ⟦R(\d+)⟧/;
/** The article's company by reference, or its plant or investment, right before the verb. */
// ("this new facility will bring 200 jobs to X": the plant of the article's company)
const REFERENCE = /(?:^|\s)(?:the (?:business|company|firm|group)|(?:this|the) (?:new )?(?:facility|plant|factory)|l'entreprise|la societe|le groupe|(?:cette|la) (?:nouvelle )?usine|ce (?:nouveau )?site|it|they|il|elle|ils|elles)(?:\s+[a-z'-]+){0,4}\s*$/;

/** "⟦C⟧ announced it", "⟦C⟧ said that it", "⟦C⟧ a annoncé qu'il": the company speaks of itself. */
const SAID_IT = /^⟦C\d+⟧ (?:has |had |have )?(?:said|says|announced|announces|stated|confirmed|added|expects|expected|a annonce|annonce|a indique|indique|a declare|declare|a confirme|precise) (?:that |qu'|que )?(?:it|they|il|elle|ils|elles)\b/;

/** (`jobs`: the count the matched phrase states, when it parses) */
export interface JobsInvestment { investors: Mention[]; targets: Mention[]; jobs?: number }

export function readJobsAt(ctx: RuleContext, s: Sentence): JobsInvestment[] {
  const sk = ctx.skeletons.get(s.index);
  const out: JobsInvestment[] = [];
  if (!sk || !/jobs|emplois|postes|roles|positions/.test(sk.text)) return out;
  JOBS_FROM.lastIndex = 0;
  for (const m of sk.text.matchAll(JOBS_FROM)) {
    const investor = ctx.mentions[Number(m[2])];
    const targets = placesOf(ctx, m[1]!);
    if (investor && mayInvest(investor) && targets.length) out.push({ investors: [investor], targets, jobs: findJobs(m[0]) });
  }
  JOBS_AT.lastIndex = 0;
  for (const m of sk.text.matchAll(JOBS_AT)) {
    if (JOBS_LOST.test(m[0])) continue; // "announced 628 jobs would be lost in X"
    const investor = investorBefore(ctx, sk.text.slice(0, m.index));
    const targets = placesOf(ctx, m[1]!);
    if (!investor || !targets.length || targets.some((t) => t.index === investor.index)) continue;
    out.push({ investors: [investor], targets, jobs: findJobs(m[0]) });
  }
  // "A will create 83 jobs at the new operation" after "… an old factory … back into use in X": the facility's town
  if (JOBS_AT_FACILITY.test(sk.text)) {
    const m = JOBS_AT_FACILITY.exec(sk.text)!;
    const investor = investorBefore(ctx, sk.text.slice(0, m.index));
    const place = investor ? facilityPlaceBefore(ctx, s) : undefined;
    if (investor && place && place.index !== investor.index) out.push({ investors: [investor], targets: [place] });
  }
  return out;
}

/** The company that creates the jobs: the nearest one named before the verb, or the article's by reference. */
function investorBefore(ctx: RuleContext, head: string): Mention | undefined {
  const before = [...head.matchAll(/⟦C(\d+)⟧/g)].map((x) => ctx.mentions[Number(x[1])]).filter((x): x is Mention =>
    !!x && mayInvestNamed(x) &&
    // "their X", "son X": a thing owned, not the company
    !/(?:^|\s)(?:their|its|leur|leurs|son|sa|ses) $/.test(head.slice(Math.max(0, head.indexOf(`⟦C${x.index}⟧`) - 8), head.indexOf(`⟦C${x.index}⟧`))));
  let investor = before[before.length - 1];
  // "Pellix, … the company said it would bring": the nearest name, unless a reference sits between it and the verb
  const tail = investor ? head.slice(head.lastIndexOf(`⟦C${investor.index}⟧`)) : head;
  // ("Wal-Mart announced it planned to create…": the pronoun right after the company's own verb of saying is that company)
  const saidIt = !!investor && SAID_IT.test(tail);
  if (!saidIt && (!investor || REFERENCE.test(tail.replace(/⟦[A-Z]\d+⟧/g, ' '))) && REFERENCE.test(head.replace(/⟦[A-Z]\d+⟧/g, ' '))) investor = ctx.focusCompany ?? investor;
  return investor;
}

/** The town of a facility named in one of the two sentences before (same part): the first town after "in"/"at" past a facility noun. */
function facilityPlaceBefore(ctx: RuleContext, s: Sentence): Mention | undefined {
  for (let k = s.index - 1; k >= 0 && k >= s.index - 2; k--) {
    const text = ctx.skeletons.get(k)?.text;
    if (!text || ctx.sentences[k]?.part !== s.part) continue;
    const f = FACILITY_THEN_TOWN.exec(text);
    const m = f ? ctx.mentions[Number(f[1])] : undefined;
    if (m && m.type === 'Region') return m;
  }
  return undefined;
}

/** The places of a matched list; a region is more specific than a country named with it. */
function placesOf(ctx: RuleContext, list: string): Mention[] {
  const places = [...list.matchAll(/⟦[RN](\d+)⟧/g)].map((x) => ctx.mentions[Number(x[1])]).filter((x): x is Mention => !!x);
  const regions = places.filter((p) => p.type === 'Region');
  return regions.length ? regions : places.slice(0, 1);
}
