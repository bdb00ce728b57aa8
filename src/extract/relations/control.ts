/**
 * SUBSIDIARY_OF from the wording of control, as competition decisions and company profiles write it:
 * - "A est contrôlée exclusivement par la société B", "A is ultimately controlled by the company B"
 *   (an adverb after the participle, which the first pattern set does not read);
 * - "A est contrôlée par la famille X, via la société B": the company the control goes through is the parent;
 * - "B détient également les sociétés A1 et A2", "B owns the companies A1 and A2": each company held.
 * - "… le cas d'A, … au portefeuille de B, sa maison mère": a parent named in apposition belongs to the company
 *   named before it in the sentence (else to the subject of the sentence before).
 * A person or a family in control ("par M. X", "par la famille X") is no parent company: left alone.
 */
import type { RuleContext } from './context.ts';
import { isActor, previousSubject } from './context.ts';
import { placeholders } from './skeleton.ts';
import { literalGate } from './literal-gate.ts';

const ADVERB = String.raw`(?:exclusivement|conjointement|majoritairement|entierement|integralement|indirectement|directement|ultimement|desormais|aujourd'hui|en dernier ressort|exclusively|jointly|solely|ultimately|indirectly|directly|wholly|fully|now|currently)`;
const DET = String.raw`(?:la |le |l' ?|the )?(?:(?:societe|company|groupe|group|holding|firme|firm) )?`;
/** "⟦C1⟧ [, apposition,] est contrôlée [adverb] par [adverb] … ": the subject and the start of the agent. */
const CONTROLLED = new RegExp(String.raw`⟦C(\d+)⟧(?: ?, [^.;⟦]{3,200}?,)? (?:est|sont|is|are|was|were|etait|sera|will be|reste|remains) (?:${ADVERB} )?(?:controlee?s?|detenue?s?|controlled|owned|held) (?:${ADVERB} )?(?:par|by) `, 'g');
/** The agent right after "par"/"by": a company. */
const AGENT = new RegExp(String.raw`^${DET}⟦C(\d+)⟧`);
/** "…, via la société B", "through its holding B": the company the control goes through. */
const VIA = new RegExp(String.raw`^[^.;]{0,60}?(?:,? (?:via|through|par l' ?intermediaire de|au travers de|a travers) )(?:sa |son |its |their |leur )?${DET}⟦C(\d+)⟧`);
/** "⟦C1⟧ [apposition] détient [également] les sociétés ⟦C2⟧ et ⟦C3⟧". */
const HOLDS = new RegExp(String.raw`⟦C(\d+)⟧(?: ?, [^.;⟦]{3,100}?,)? (?:(?:also|already|now|aussi|deja|desormais|egalement) )?(?:detient|detenait|possede|possedait|controle|controlait|owns|owned|controls|controlled) (?:(?:also|aussi|egalement|deja|already|desormais|notamment|par ailleurs) )?(?:les societes|la societe|les filiales|la filiale|les entreprises|l' ?entreprise|the companies|the company|the subsidiaries) ⟦C(\d+)⟧((?: ?(?:,|et|and|ainsi que) (?:la societe |the company )?⟦C\d+⟧)*)`, 'g');

/** "⟦C2⟧, sa maison mère", "⟦C2⟧, its parent company": the parent in apposition. */
const PARENT_APPOSED = /⟦C(\d+)⟧ ?, ?(?:sa|son|leur|its|their) (?:maison mere|societe mere|parent company|parent group|groupe parent|parent)(?![a-z])/g;

/** Speed: a skeleton these expressions cannot match is skipped. */
const MAY_CONTROL = literalGate(CONTROLLED, PARENT_APPOSED, HOLDS);

export function controlRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (sk.mentions.filter(isActor).length < 2 || !MAY_CONTROL(sk.text)) continue;
    for (const m of sk.text.matchAll(CONTROLLED)) {
      const rest = sk.text.slice(m.index + m[0].length);
      const via = VIA.exec(rest);
      const agent = AGENT.exec(rest);
      if (via) addControl(ctx, sentence, Number(m[1]), Number(via[1]), 'subsidiary-controlled-via', 0.75);
      else if (agent) addControl(ctx, sentence, Number(m[1]), Number(agent[1]), 'subsidiary-controlled-by', 0.8);
    }
    for (const m of sk.text.matchAll(PARENT_APPOSED)) {
      const before = placeholders(sk.text.slice(0, m.index), 'C');
      const child = before.length ? before[before.length - 1] : previousSubject(ctx, sentence);
      if (child !== undefined) addControl(ctx, sentence, child, Number(m[1]), 'subsidiary-parent-apposed', before.length ? 0.7 : 0.6);
    }
    for (const m of sk.text.matchAll(HOLDS)) {
      const parent = Number(m[1]);
      addControl(ctx, sentence, Number(m[2]), parent, 'subsidiary-holds-companies', 0.75);
      for (const o of (m[3] ?? '').matchAll(/⟦C(\d+)⟧/g)) addControl(ctx, sentence, Number(o[1]), parent, 'subsidiary-holds-companies', 0.7);
    }
  }
}

/** A SUBSIDIARY_OF between two companies (a module function: a closure per sentence cost a keepNames __name() under tsx). */
function addControl(ctx: RuleContext, sentence: number, child: number, parent: number, rule: string, confidence: number): void {
  const a = ctx.mentions[child], b = ctx.mentions[parent];
  if (!a || !b || a.type !== 'Company' || b.type !== 'Company' || a.text === b.text || a.index === b.index) return;
  ctx.add({ type: 'SUBSIDIARY_OF', source: a.index, target: b.index, sentence, rule, confidence });
}
