/**
 * The subject of a French verb (or of an investment noun) in a sentence skeleton: who does what the clause
 * says. Read by clause structure, not by nearness:
 * - a relative clause "X, un groupe pharmaceutique, qui compte investir" → X (the antecedent, past an apposition);
 * - a subject pronoun after "que": "X a annoncé qu'il détenait" → the subject of the main clause, X;
 * - otherwise the first actor of the clause that is no complement ("de X", "à X", "par X"), with the actors
 *   coordinated to it ("A et B ont investi");
 * - "vous", "votre société" in a speech → the company the text is addressed to (the article's company).
 */
import type { Mention } from '../../types.ts';
import { fold } from '../../text/normalize.ts';
import type { RuleContext } from '../context.ts';
import { mayInvestNamed } from '../facilities.ts';

/** Clause boundaries: the subject of a verb is after the last one before it. */
const BOUNDARY = /(?:\bque |\bqu' ?|; |: | \(|\bou |\bdont |\bmais |\bsi |\bs' ?(?=il|elle))/g;
/** A relative "qui" right before the verb, with only auxiliaries, modals and adverbs between (no comma, no other clause). */
const RELATIVE = /(?:^|[ ,])qui (?:(?!qui |que |qu')[a-z'-]+ ){0,5}$/;
/** The antecedent of that "qui": a name, an optional parenthesis, an optional apposition between commas. */
const ANTECEDENT = /⟦([A-Z])(\d+)⟧(?: ?\([^()⟦]*\))?(?: ?, ?(?:(?!qui |que )[^⟦,;:()]){2,80}?)? ?,? ?$/;
/** A noun of plan or decision with its owner right before an infinitive. */
// ("l'offre de A pour reprendre B": an offer's owner buys what it offers to buy)
const PLAN_OWNER = /(?:(?:projet|decision|choix|volonte|intention|annonce|plan|engagement|promesse|strategie|ambition|souhait) (?:de |d' ?|du )(?:la |le |l' ?)?(?:(?:groupe|societe|entreprise|firme|constructeur) )?(?:[a-z]+ )?⟦[A-Z](\d+)⟧ (?:de |d' ?)|offres? (?:de |d' ?|du )(?:la |le |l' ?)?(?:(?:groupe|societe|entreprise|firme|constructeur|fonds) )?(?:[a-z]+ )?⟦[A-Z](\d+)⟧ (?:de |d' ?|pour ))$/;
/** A subject pronoun opening the clause: it stands for the main clause's subject. */
const PRONOUN = /^ ?(?:il|elle|ils|elles) /;
/** A name that follows one of these words is a complement or an adjunct, not a subject (a whole word: "l'entreprise X" is no "en"). */
const NOT_SUBJECT_BEFORE = /(?:^|[ '])(?:de|du|des|d'|a|au|aux|par|pour|avec|selon|chez|sur|dans|en|entre|contre|vers|sans|apres|avant|pres de|aupres de|face a|grace a|comme|que|qu'|of|by|the)(?:(?<=')\s*|\s+)(?:la |le |l' ?|les |the )?(?:(?:groupe|societe|entreprise|firme|constructeur|fabricant|geant|laboratoire|compagnie|fonds) )?(?:[a-z]+ )?$/;
/** "vous avez", "vous allez", "votre société": the addressee of a speech. */
const ADDRESSEE = /(?:^|[ ,])(?:vous (?:(?:[a-z'-]+ ){0,3})|(?:de |par )?(?:votre|vos) (?:[a-z-]+ )?(?:societe|groupe|entreprise|firme|compagnie|entreprises|societes|usine|usines|site|sites) (?:[a-z-]+ ){0,4})$/;
const ANAPHOR_COMPLEMENT = /^(?:de|du|des|d'|a|au|aux|par|pour|avec|chez|sur|dans)(?:(?<=')|\s)/;
const LINK = /^ ?(?:,|et|, et|ainsi que|&) ?(?:la |le |l' ?|les )?(?:(?:groupe|societe|entreprise|firme) )?$/;

export const validActor = (m: Mention | undefined): m is Mention =>
  !!m && mayInvestNamed(m);

/** "c'est à X que A va investir", "X, où A va investir", "je me suis rendu à X au moment où A annonçait…": the place the clause is about, before its start. */
const PLACE_ANTECEDENT = /(?:(?:^|[ ,])c'est (?:a |en |au |aux |dans )?(?:la |le |l' ?|les )?⟦([RN])(\d+)⟧ (?:que |qu' ?)|⟦([RN])(\d+)⟧(?: ?\([^()]*\))?(?: ?, ?| ?,? (?:au moment|le jour|a l' ?heure) )ou )$/;

/** The place a clause refers back to (cleft or relative "où"), as a mention index. */
export function placeAntecedent(text: string, at: number): number | undefined {
  const start = clauseStart(text, at);
  const m = PLACE_ANTECEDENT.exec(text.slice(0, start));
  return m ? Number(m[2] ?? m[4]) : undefined;
}

/** Start of the clause that ends at `at`. */
export function clauseStart(text: string, at: number): number {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (const b of text.slice(0, at).matchAll(BOUNDARY)) start = b.index + b[0].length;
  return start;
}

/** The actors of the clause before `at` that are no complement: the first, with those coordinated to it. */
function clauseActors(ctx: RuleContext, text: string, from: number, at: number, valid: (m: Mention | undefined) => m is Mention): Mention[] {
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const p of text.slice(from, at).matchAll(/⟦([A-Z])(\d+)⟧/g)) {
    const pos = from + p.index;
    const m = ctx.mentions[Number(p[2])];
    if (out.length) {
      if (valid(m) && LINK.test(text.slice(lastEnd, pos))) { out.push(m); lastEnd = pos + p[0].length; continue; }
      break;
    }
    // ("l'offre du groupe ⟦C⟧": an anaphor written with its preposition, "du groupe", is a complement too)
    if (!valid(m) || NOT_SUBJECT_BEFORE.test(text.slice(Math.max(from, pos - 40), pos)) || (m.cue === 'coref' && ANAPHOR_COMPLEMENT.test(fold(m.text)))) continue;
    out.push(m);
    lastEnd = pos + p[0].length;
  }
  return out;
}

export interface Subject { actors: Mention[]; how: 'relative' | 'pronoun' | 'clause' | 'addressee' }

/**
 * Who does what the word at `at` says, in the skeleton `text`. Undefined when the clause names nobody that may act
 * (a place or a public body as antecedent of "qui" is a subject too: then nobody this rule reads).
 */
export function subjectOf(ctx: RuleContext, skeleton: string, at: number, valid = validActor): Subject | undefined {
  // a parenthesis closed before the verb is an aside ("(ci-après « le groupe X »)"): blanked, positions kept
  const text = skeleton.slice(0, at).replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length));
  const head = text;
  const rel = RELATIVE.exec(head);
  if (rel) {
    const ante = ANTECEDENT.exec(head.slice(0, rel.index + 1));
    const m = ante ? ctx.mentions[Number(ante[2])] : undefined;
    return valid(m) ? { actors: [referent(ctx, m)], how: 'relative' } : undefined;
  }
  // "la décision de A de s'implanter", "le projet de A d'investir": the owner of the plan does what it plans
  const owner = PLAN_OWNER.exec(head);
  if (owner) {
    const m = ctx.mentions[Number(owner[1] ?? owner[2])];
    return valid(m) ? { actors: [referent(ctx, m)], how: 'clause' } : undefined;
  }
  const start = clauseStart(text, at);
  const clause = text.slice(start, at);
  if (start > 0 && PRONOUN.test(clause)) {
    // "X a annoncé qu'il détenait": the main clause's subject
    const main = clauseActors(ctx, text, clauseStart(text, start - 1), start, valid);
    return main.length ? { actors: [referent(ctx, main[0]!)], how: 'pronoun' } : undefined;
  }
  const actors = clauseActors(ctx, text, start, at, valid);
  if (actors.length) return { actors: actors.map((m) => referent(ctx, m)), how: 'clause' };
  if (ADDRESSEE.test(clause) && validActor(ctx.focusCompany) && speaksToCompany(ctx)) return { actors: [ctx.focusCompany!], how: 'addressee' };
  return undefined;
}

/** A speech to a company says "votre société", "votre groupe" somewhere; "vous" elsewhere may be a minister or the audience. */
const TO_COMPANY = /(?:votre|vos) (?:societe|groupe|entreprise|firme|usine|usines|implantation|site|sites|filiale|laboratoire|centre)(?![a-z])/;
const SPEAKS_TO_COMPANY = new WeakMap<object, boolean>();
export function speaksToCompany(ctx: RuleContext): boolean {
  let yes = SPEAKS_TO_COMPANY.get(ctx.sentences);
  if (yes === undefined) {
    yes = false;
    for (const sk of ctx.skeletons.values()) if (TO_COMPANY.test(sk.text)) { yes = true; break; }
    SPEAKS_TO_COMPANY.set(ctx.sentences, yes);
  }
  return yes;
}

/** "Ce groupe", "cette société": a demonstrative names the last company introduced with that noun ("… par le groupe chinois X. Ce groupe a ensuite repris…"). */
const DEMONSTRATIVE = /^(?:ce|cet|cette) (groupe|societe|entreprise|constructeur|fabricant|laboratoire|industriel|equipementier|fonds|investisseur)$/;
const INTRODUCED = new Map<string, RegExp>();

/** The company a demonstrative anaphor stands for, read in the two sentences before; the mention itself otherwise. */
export function referent(ctx: RuleContext, m: Mention): Mention {
  if (m.cue !== 'coref') return m;
  const noun = DEMONSTRATIVE.exec(fold(m.text))?.[1];
  if (!noun) return m;
  let re = INTRODUCED.get(noun);
  if (!re) { re = new RegExp(`(?:^|[ '])(?:le|la|l' ?|un|une|du|au) ${noun}(?: [a-z-]+){0,2}? ⟦C(\\d+)⟧`, 'g'); INTRODUCED.set(noun, re); }
  for (let k = m.sentence - 1; k >= 0 && k >= m.sentence - 2; k--) {
    const sk = ctx.skeletons.get(k);
    if (!sk) continue;
    let last: number | undefined;
    for (const x of sk.text.matchAll(re)) last = Number(x[1]);
    const found = last === undefined ? undefined : ctx.mentions[last];
    if (found && validActor(found)) return found;
  }
  return m;
}
