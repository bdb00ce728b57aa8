/**
 * A change of owner stated by a participle that qualifies a company named before it, with no finite verb between, as
 * lists of takeovers in questions, reports and speeches write them:
 * - bought: "Il y a A, fleuron de l'aviation, acheté en 2019 par le fonds d'investissement américain B";
 * - sold: "le pétrolier A lâché en 2016 à B", "la branche énergie d'A, bradée en 2014 à B", "A et ses composants … cédés
 *   en 2023 au groupe américain d'électronique et de défense B";
 * - control: "A, PME experte en …, passée sous le contrôle du fonds B en 2018", "tombée dans l'escarcelle de B";
 * - a list with a summing noun: "A, B ou C, autant d'entreprises reprises par cette société" (each one).
 * The buyer (after "par", "à", "sous le contrôle de") invests in the company (a unit of a company sold counts as the
 * company, as unit-sales.ts reads it). The participle without an auxiliary, or with a passive one, is no active sale:
 * "A a vendu ses avions à B" (an auxiliary "a" before the participle) is left alone.
 * English the same way (read here, beside the French shapes: one reader of far participles): "A, a maker of sensors,
 * acquired in 2018 by the fund B", "A, sold to B in 2016, …", "A came under the control of B".
 */
import type { Mention } from '../../types.ts';
import type { RuleContext } from '../context.ts';
import { isPublicBody } from '../facilities.ts';
import { literalGate } from '../literal-gate.ts';
import type { AddInvestment } from './owners.ts';
import { validActor } from './subject.ts';

/** When: "en 2014", "depuis mars 2019", "il y a une semaine", "récemment". */
const WHEN = String.raw`(?:(?:(?:en|depuis|des|fin|debut) (?:[a-z]+ )?\d{4}|il y a (?:peu|(?:un|une|deux|trois|quelques|[0-9]+) (?:ans?|annees?|mois|semaines?|jours?))|recemment|finalement|ensuite|alors|deja|aussi|egalement|discretement|definitivement),? )?`;
/** Up to six words of the buyer's description ("le fonds d'investissement américain", "au groupe américain d'électronique
 * et de défense"), none of them a preposition that would start another complement ("à", "par", "pour", "puis"). */
const WORDS = String.raw`(?:(?:(?!(?:a|au|aux|par|pour|puis|qui|que|qu'|avec|dont|ou|et|sur|dans|en) )[a-z'-]+ |et (?=de |d' ?|des ))){0,7}?`;
const DET = String.raw`(?:(?:la|le|les|cette|ce|cet|ces|son|sa|ses) |l' ?)?`;
/** The participle and what introduces its buyer; group 1: a sale (the buyer after "à"), else a purchase or control. */
const TRANSFER = new RegExp(String.raw`(?<![a-z])(?:(?:(vendue?s?|cedee?s?|bradee?s?|lachee?s?|revendue?s?) ${WHEN}(?:a|au|aux) )|(?:(?:achetee?s?|rachetee?s?|reprise?s?|acquise?s?|absorbee?s?) ${WHEN}par )|(?:(?:passee?s?|tombee?s?|placee?s?) ${WHEN}(?:sous (?:le )?controle (?:exclusif |total |majoritaire )?|dans (?:l' ?escarcelle|le giron) )(?:de |du |des |d' ?)))${DET}${WORDS}⟦([CPO])(\d+)⟧`, 'g');
/** English: "A, a maker of sensors, acquired in 2018 by the US fund B", "A, sold to B in 2016,", "A came under the control of B". */
// ("sold to" only after a comma, an apposition's participle: "A sold to B its unit" is an active sale, read elsewhere)
const WHEN_EN = String.raw`(?:(?:(?:in|since) (?:[a-z]+ )?\d{4}|last year|earlier this year|recently|later|eventually|subsequently),? )?`;
const WORDS_EN = String.raw`(?:(?!(?:to|by|for|from|with|and|or|which|who|that|in|at|of) )[a-z'-]+ ){0,5}?`;
const TRANSFER_EN = new RegExp(String.raw`(?<![a-z])(?:(?:(?:(?:re)?acquired|bought(?: out)?|purchased|taken over) ${WHEN_EN}by )|(?:, (sold|transferred) ${WHEN_EN}to )|(?:(?:came|comes|come|passed|fell) under the (?:sole |full |majority )?control of ))(?:the |its )?${WORDS_EN}⟦([CPO])(\d+)⟧`, 'g');
const MAY_TRANSFER = literalGate(TRANSFER, TRANSFER_EN);

/** Between the company and its participle: no finite verb, no clause of its own. */
// ("a" alone is also "à": only as an auxiliary before a participle, "a été" a passive's, kept)
// (a subject pronoun starts a clause of its own: "Comme les activités de A, elle a été rachetée par B": not A)
const FINITE = /(?<![a-z'])(?:a (?!ete )(?:[a-z]+ )?(?:annonce|decide|rachete|repris|cede|vendu|ferme|investi|acquis|fait|pris|ouvert|construit|signe|choisi|lance|confirme|indique|precise|achete|brade)|ont|avait|avaient|va|vont|que|qu'|qui|elle|il|elles|ils|;|:|\.(?!\d))(?![a-z])/;
/** The company is an object or an agent of something else: "vendu à A", "par A" (not "il y a A", the presentative). */
const COMPLEMENT = /(?:^|[ '])(?:au|aux|par|(?<!y )a) (?:la |le |l' ?|les )?(?:[a-z]+ )?$/;
/** English: a finite verb or a clause of its own between the company and the participle ("was", "were" kept: "which was"). */
const FINITE_EN = /(?<![a-z'])(?:has|have|had|is|are|will|would|said|says|announced|agreed|that|it|they|;|:|\.(?!\d))(?![a-z])/;
const COMPLEMENT_EN = /(?:^|[ '])(?:to|by|from|with|for) (?:the )?(?:[a-z]+ )?$/;
/** An auxiliary of avoir right before a participle: an active past ("a vendu", "ont racheté", "avait cédé"). */
const ACTIVE_AUXILIARY = /(?:^|[ '])(?:a|ont|ai|as|avons|avez|avait|avaient|aura|auront|aurait|ayant|avoir) $/;
/** An agent ("par A", "by A") and a word that lists the next one after it ("puis", "then", "and"). */
const AGENT_LISTED = /(?:^|[ '])(?:par|by) (?:(?:la|le|les|the) |l' ?)?(?:[a-z-]+ )?⟦[CPO]\d+⟧,? (?:puis|et|then|and|and then) (?:(?:par|by) )?(?:(?:la|le|les|the) |l' ?)?(?:(?:societe|groupe|company|group) )?$/;
/** Names listed with "," "et" "ou" before the last one. */
const LISTED = /^ ?(?:,|et|ou|, et|, ou|and|or|, and|, or) ?(?:la |le |l' ?|les |the )?(?:(?:societe|groupe|entreprise) )?$/;

/** Reads each participle of a change of owner and adds its buyer's investment in the companies it qualifies. */
export function readFarTransfers(ctx: RuleContext, text: string, add: AddInvestment): void {
  if (!MAY_TRANSFER(text)) return;
  TRANSFER.lastIndex = 0;
  for (const t of text.matchAll(TRANSFER)) {
    const buyer = buyerOf(ctx, t[3]);
    if (!buyer) continue;
    // "A a vendu à la société B …": the participle of an active verb (an auxiliary of avoir right before) sells A's goods
    if (ACTIVE_AUXILIARY.test(text.slice(Math.max(0, t.index - 12), t.index))) continue;
    for (const target of qualified(ctx, text, t.index, FINITE, COMPLEMENT)) add(buyer, target, t[1] ? 'fr-far-sold-to' : 'fr-far-bought-by', 0.7);
  }
  TRANSFER_EN.lastIndex = 0;
  for (const t of text.matchAll(TRANSFER_EN)) {
    const buyer = buyerOf(ctx, t[3]);
    if (!buyer) continue;
    for (const target of qualified(ctx, text, t.index, FINITE_EN, COMPLEMENT_EN)) add(buyer, target, t[1] ? 'en-far-sold-to' : 'en-far-bought-by', 0.7);
  }
}

/** The companies a participle at `at` qualifies: the last one before it in its clause, with those listed before it. */
function qualified(ctx: RuleContext, text: string, at: number, finite: RegExp, complement: RegExp): Mention[] {
  const from = Math.max(0, at - 220);
  const found = [...text.slice(from, at).matchAll(/⟦([A-Z])(\d+)⟧/g)];
  const last = found[found.length - 1];
  if (!last || last[1] !== 'C') return [];
  const lastStart = from + last.index;
  // an active verb or another clause between: the participle is not the company's ("A a vendu ses avions à B")
  if (finite.test(text.slice(lastStart + last[0].length, at)) || complement.test(text.slice(Math.max(0, lastStart - 24), lastStart))) return [];
  // "rachetée par A puis B avant d'être cédée à C": B is the agent of the purchase before, listed after A; the sale is the subject's
  if (AGENT_LISTED.test(text.slice(Math.max(0, lastStart - 60), lastStart))) return [];
  const out: Mention[] = [];
  const head = ctx.mentions[Number(last[2])];
  if (!isTarget(head)) return [];
  out.push(head);
  for (let k = found.length - 2, end = lastStart; k >= 0; k--) {
    const f = found[k]!;
    const fStart = from + f.index;
    if (f[1] !== 'C' || !LISTED.test(text.slice(fStart + f[0].length, end))) break;
    const m = ctx.mentions[Number(f[2])];
    if (!isTarget(m)) break;
    out.unshift(m);
    end = fStart;
  }
  return out;
}

/** The buyer a participle names: a person, a valid actor, or an anaphor of a company ("cette société" buys as that company). */
function buyerOf(ctx: RuleContext, index: string | undefined): Mention | undefined {
  const buyer = ctx.mentions[Number(index)];
  const anaphor = !!buyer && buyer.cue === 'coref' && buyer.type === 'Company';
  return buyer && (anaphor || buyer.type === 'Person' || validActor(buyer)) ? buyer : undefined;
}

function isTarget(m: Mention | undefined): m is Mention {
  return !!m && m.type === 'Company' && !m.implicit && !isPublicBody(m) && m.cueWord !== 'media';
}
