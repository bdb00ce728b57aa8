/**
 * A loan or loan guarantee for a project in a place (round 10, amounts of the released sets 10–12: US DOE, Ex-Im and
 * USDA releases). The lender finances; the borrower or the project's sponsor builds, and its investment in the
 * project's place carries the sum:
 * - "a $337 million loan guarantee to A to support the development of a … project in X" → A in X, $337 million;
 * - "a $1.45 billion loan guarantee for A's Solana project near X" → A in X;
 * - "a $1.237 billion guarantee to support the … Project, sponsored by A, in X" → A in X (the sponsor);
 * - "a $967 million loan guarantee to A." then "The loan guarantee will support the construction of … a facility in X"
 *   and "The project sponsor, B, estimates …" → A and B in X (the loan read on, its sponsor a few sentences on);
 * - "… a $2.84 billion loan to A." then "This is part of a $5.18 billion refinery project in X" → A in X at the
 *   project's own sum (the total of the project, not the loan, when the sentence states it);
 * - "announced the selection of A for a … Loan Guarantee for a $10 million loan" then "The funds will be used to … establish a
 *   new plant … in X" → A in X (a borrower selected for the loan);
 * - "it is providing €43 million to A to make 2,000 buildings more energy efficient in the X region" → A in X.
 * A project is no party: a name ending in "Project" invests in nothing, and a lender's loan to a project is no
 * investment in it (those candidates of the loan's sentences leave).
 */
import { fold } from '../text/normalize.ts';
import { reject, tracing } from '../trace.ts';
import type { Mention, RelationCandidate } from '../types.ts';
import { findMoney, type Money } from '../values/money.ts';
import type { RuleContext } from './context.ts';
import { endsInProject, mayBuildProject } from './en-projects.ts';
import { FACILITY } from './facilities.ts';
import { literalGate } from './literal-gate.ts';
import { putSum } from './sum-properties.ts';

const LOAN = String.raw`(?:loan guarantees?|loans?|guarantees?|conditional commitments?|direct loan|financing|credit facility)`;
const LOAN_WORD = new RegExp(`(?<![a-z])${LOAN}(?![a-z])`);
/** The sum of the loan: "$337 million loan guarantee", "guarantee of $1.46 billion", "for $646 million". */
const SUM_IS_LOAN = new RegExp(String.raw`^\s*(?:\([^()]*\)\s*)?(?:[a-z/-]+\s+){0,3}?${LOAN}(?![a-z])`);
const LOAN_BEFORE_SUM = new RegExp(String.raw`${LOAN}\s+(?:[a-z-]+\s+){0,2}?(?:of|for|totall?ing)\s+(?:(?:more than|nearly|about|up to|approximately)\s+)?$`);
/** The sum of the project itself: "a $5.18 billion refinery and upgrade project". */
const SUM_IS_PROJECT = new RegExp(String.raw`^\s*(?:[a-z/-]+\s+){0,4}?(?:project|${FACILITY})(?![a-z])`);
/** The borrower: "loan guarantee to ⟦C⟧", "a loan to the ⟦C⟧", "loan guarantee for ⟦C⟧'s". */
const BORROWER = new RegExp(String.raw`${LOAN} (?:of [^⟦]{1,30}? )?(?:to|for) (?:the )?(?:⟦[NR]\d+⟧ ?'s )?⟦C(\d+)⟧( ?'s?)?|(?:selection of|selected|selects) (?:the )?⟦C(\d+)⟧ (?:for|to receive) (?:[^⟦;]|⟦[COG]\d+⟧){0,80}?${LOAN}(?![a-z])`);
/** A project or facility, then its place: "project in ⟦R⟧", "a … facility in north ⟦R⟧", "⟦C⟧, sponsored by ⟦C⟧, in ⟦R⟧". */
const PROJECT_PLACE = new RegExp(String.raw`(?:(?<![a-z])(?:projects?|${FACILITY}|farm|ranch|mine|station)(?![a-z])|⟦[CDG](\d+)⟧)(?:[^⟦.;]|⟦[CDGP]\d+⟧){0,60}? (?:in|near|outside of|outside) (?:the )?(?:(?:north|south|east|west|northern|southern|central) )?⟦R(\d+)⟧`, 'g');
/** A sentence that reads the last loan on: "The loan guarantee will support …", "This is part of a … project". */
const LOAN_GOES_ON = new RegExp(String.raw`^(?:the (?:[a-z-]+ )?${LOAN} (?:will|would|is to|is expected to) (?:also )?(?:support|finance|fund|help)|this (?:is|was) (?:part of|for)|the (?:financing|transaction) (?:will|would) support|the (?:funds|proceeds|loan funds) (?:will|would) be used to)(?![a-z])`);
/** The sponsor of the project: "sponsored by ⟦C⟧", "the project sponsor, ⟦C⟧", "⟦C⟧, the project's sponsor". */
const SPONSOR = /sponsored by (?:the )?⟦C(\d+)⟧|(?:project|plant|facility) sponsor,? ⟦C(\d+)⟧|⟦C(\d+)⟧ ?, (?:the )?(?:project'?s? )?sponsor(?![a-z])/g;
/** "it is providing €43 million to ⟦C⟧ to make 2,000 buildings more energy efficient in the ⟦R⟧ region": the recipient's project. */
const FUNDS_TO = /(?<![a-z])(?:provid|lend|lent|grant|award|extend)[a-z]* (?:a |an )?(?:total of )?(?:[€$£]|usd |eur |gbp )?\d[\d.,]*(?: ?(?:million|billion|bn|m))?(?: (?:euros?|dollars?|pounds?))?(?: (?:loan|grant|financing))? to (?:the )?⟦C(\d+)⟧ (?:to|for) (?:[^⟦;]|⟦[DP]\d+⟧){0,80}? in (?:the )?⟦R(\d+)⟧/;
/** Speed: a text with no loan or sponsor word has nothing for this rule. */
const MAY_LOAN = literalGate(/loan|guarantee|commitment|financing|credit facility|sponsor|provid|lend|lent|grant|award|extend/);

interface LoanProject { sentence: number; place: Mention; money?: Money; borrower?: Mention }

function isBuilder(m: Mention | undefined, mentions: readonly Mention[]): m is Mention {
  return !!m && mayBuildProject(m, mentions) && !endsInProject(m);
}

export function loanProjectsRule(ctx: RuleContext): void {
  if (!ctx.sentences.some((s) => MAY_LOAN(ctx.skeletons.get(s.index)?.text ?? ''))) return;
  const projects: LoanProject[] = [];
  const loanSentences = new Set<number>();
  let last: { sentence: number; money?: Money; borrower?: Mention } | undefined;
  for (const s of ctx.sentences) {
    const sk = ctx.skeletons.get(s.index)?.text ?? '';
    // (speed: a sentence with no loan word matters only right after a loan)
    if (!last && !MAY_LOAN(sk)) continue;
    const folded = fold(s.text);
    const money = /\d/.test(s.text) && folded.length === s.text.length ? findMoney(s.text).filter((m) => m.equivalentOf === undefined) : [];
    const loanSum = money.find((m) => SUM_IS_LOAN.test(folded.slice(m.end, m.end + 50)) || LOAN_BEFORE_SUM.test(folded.slice(Math.max(0, m.start - 40), m.start)));
    const projectSum = money.find((m) => m !== loanSum && SUM_IS_PROJECT.test(folded.slice(m.end, m.end + 50)));
    const b = BORROWER.exec(sk);
    const borrower = b ? ctx.mentions[Number(b[1] ?? b[3])] : undefined;
    const goesOn = last && s.index - last.sentence <= 2 && LOAN_GOES_ON.test(sk);
    if (loanSum) loanSentences.add(s.index);
    if (loanSum && LOAN_WORD.test(sk)) last = { sentence: s.index, money: loanSum, borrower: isBuilder(borrower, ctx.mentions) ? borrower : undefined };
    else if (!goesOn && s.index - (last?.sentence ?? -9) > 3) last = undefined;
    const funded = FUNDS_TO.exec(sk);
    if (funded && money.length) {
      const recipient = ctx.mentions[Number(funded[1])], place = ctx.mentions[Number(funded[2])];
      if (isBuilder(recipient, ctx.mentions) && place?.type === 'Region') projects.push({ sentence: s.index, place, money: money[0], borrower: recipient });
    }
    const current = loanSum ? last : goesOn ? last : undefined;
    if (!current) continue;
    for (const m of sk.matchAll(PROJECT_PLACE)) {
      const place = ctx.mentions[Number(m[2])];
      if (!place || place.type !== 'Region' || place.implicit) continue;
      projects.push({ sentence: s.index, place, money: projectSum ?? current.money, borrower: current.borrower });
      break;
    }
  }
  if (!projects.length) { dropProjectParties(ctx, loanSentences, projects); return; }
  const add = (investor: Mention, p: LoanProject, sentence: number, rule: string) => {
    const properties: RelationCandidate['properties'] = {};
    if (p.money) putSum(properties, p.money);
    ctx.add({ type: 'INVESTS_IN', source: investor.index, target: p.place.index, sentence, rule, confidence: 0.75, properties });
  };
  for (const p of projects) if (p.borrower) add(p.borrower, p, p.sentence, 'loan-project');
  // sponsors: in the project's sentence or the three after it, the latest project stated before them
  for (const s of ctx.sentences) {
    const sk = ctx.skeletons.get(s.index)?.text ?? '';
    if (!sk.includes('sponsor')) continue;
    const p = [...projects].reverse().find((x) => x.sentence <= s.index && s.index - x.sentence <= 3);
    if (!p) continue;
    for (const m of sk.matchAll(SPONSOR)) {
      const sponsor = ctx.mentions[Number(m[1] ?? m[2] ?? m[3])];
      if (isBuilder(sponsor, ctx.mentions)) add(sponsor, p, s.index, 'loan-project-sponsor');
    }
  }
  for (const p of projects) loanSentences.add(p.sentence);
  dropProjectParties(ctx, loanSentences, projects);
}

/**
 * In the loan's sentences, a project is no party: "the X Project invests in Y", "DOE invests in the X Project", and in
 * "a loan guarantee to A to support a … PV project in X" the name before "project" says what the project is, not who builds.
 */
function dropProjectParties(ctx: RuleContext, sentences: ReadonlySet<number>, projects: readonly LoanProject[]): void {
  const list = ctx.relations as RelationCandidate[];
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i]!;
    if (r.type !== 'INVESTS_IN' || r.rule.startsWith('loan-project')) continue;
    const a = ctx.mentions[r.source], b = ctx.mentions[r.target];
    if (!a || !b) continue;
    const projectSource = endsInProject(a);
    const loanToProject = sentences.has(r.sentence) && endsInProject(b);
    const kindOfProject = projects.some((p) => p.sentence === r.sentence && p.place.index === r.target && p.borrower && p.borrower.index !== r.source) &&
      (ctx.skeletons.get(r.sentence)?.text ?? '').includes(`⟦C${r.source}⟧ project`);
    if (!projectSource && !loanToProject && !kindOfProject) continue;
    if (tracing()) reject({ stage: 'relation', sentence: r.sentence, text: `${a.text} -INVESTS_IN-> ${b.text}`, reason: 'a project is financed and built, it is no investor (and a loan to it is no investment in it)', rule: 'loan-project' });
    list.splice(i, 1);
  }
}
