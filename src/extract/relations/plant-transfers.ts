/**
 * A plant or a site sold or bought as such, named by its noun: "cette usine a été vendue il y a une semaine à la
 * société A", "the plant was acquired by A in 2019". The buyer invests in the place of that plant: the town the
 * sentence or one of the four sentences before (same part) gives it ("l'usine B, site industriel situé à X", "the B
 * plant in X"), the nearest first. Without such a town, nothing is read. A purchase noun names the plant's town itself:
 * "Reprise de l'usine B de X par A".
 */
import type { Mention, Sentence } from '../types.ts';
import type { RuleContext } from './context.ts';
import { mayInvest } from './facilities.ts';
import { literalGate } from './literal-gate.ts';

const PLANT = String.raw`(?:usine|site|plant|factory|mill|fonderie|foundry|works|raffinerie|refinery)`;
const WHEN = String.raw`(?:(?:(?:en|depuis|in|since) (?:[a-z]+ )?\d{4}|il y a (?:peu|(?:un|une|deux|trois|quelques|[0-9]+) (?:ans?|annees?|mois|semaines?|jours?))|recemment|finalement|ensuite|recently|finally|later|then|last (?:year|month|week)),? )?`;
/** A sale ("vendue à", "sold to") or a purchase ("rachetée par", "acquired by"), up to the buyer's placeholder (group 1). */
const TRANSFER = String.raw`(?:(?:(?:a ete|avait ete|est|fut|sera|was|has been|had been|is|will be) )?(?:(?:finalement|finally|recently|recemment|officiellement|officially|ensuite|later|then) )?(?:(?:vendue?|cedee?|sold) ${WHEN}(?:a|au|to)|(?:rachetee?|reprise?|achetee?|acquise?|bought|acquired|purchased|taken over) ${WHEN}(?:par|by)) (?:(?:la|le|les|the|cette) |l' ?)?(?:(?:societe|groupe|company|group|firm|fonds|fund) )?(?:[a-z-]+ )?⟦[CP](\d+)⟧)`;
/** The plant noun as a subject (a determiner before it), a passive of sale or purchase, the buyer. */
const PLANT_SOLD = new RegExp(String.raw`(?:^|[ ,])(?:cette |cet |ce |l' ?|la |le |this |the |that )(?:[a-z-]+ )?${PLANT}(?: [a-z-]+)? ${TRANSFER}`, 'g');
/** The same with a subject pronoun, when the sentence before opens on the plant: "Cette usine … . Elle a été rachetée par A". */
const PRONOUN_SOLD = new RegExp(String.raw`(?:^|[ ,])(?:elle|il|it) ${TRANSFER}`, 'g');
/** A sentence whose subject is a plant noun: "Cette usine plus que centenaire a appartenu …", "The plant opened in 1970". */
const PLANT_SUBJECT = new RegExp(String.raw`^(?:cette |cet |ce |l' ?|la |le |this |the |that )(?:[a-z-]+ )?${PLANT}(?![a-z])`);
/** A later owner after the first: "par A puis B", "by A and then by B", "avant d'être cédée au groupe C", "before being sold to C". */
const NEXT_OWNER = new RegExp(String.raw`^(?: (?:en|in) (?:[a-z]+ )?\d{4})?,? (?:(?:puis|et|then|and|and then|et enfin|finally) (?:(?:par|by) )?(?:(?:la|le|les|the) |l' ?)?(?:(?:societe|groupe|company|group|firm|fonds|fund) )?⟦[CP](\d+)⟧|(?:avant d'etre|avant d'etre finalement|before being|puis|then|and then|et) ${TRANSFER})`);
/** A plant noun and the town it is in: "site industriel majeur situé à ⟦R⟧", "l'usine ⟦C⟧ de ⟦R⟧", "the ⟦C⟧ plant in ⟦R⟧";
 * or the firm that runs it, located there: "l'entreprise ⟦C⟧ située à ⟦R⟧". */
const PLANT_AT = new RegExp(String.raw`(?:${PLANT}(?: (?:[a-z-]+|⟦C\d+⟧)){0,4}? (?:(?:situee?|implantee?|basee?|located|based) )?(?:a|in|at|near|pres de|de|d') ?|(?:entreprise|societe|company|firm) ⟦C\d+⟧,? (?:situee?|implantee?|basee?|located|based) (?:a|in|at|near) )⟦R(\d+)⟧`, 'g');
/** The noun of a purchase, the plant and its town, the buyer: "Reprise de l'usine B de ⟦R⟧ par ⟦C⟧", "the takeover of the B plant in ⟦R⟧ by ⟦C⟧". */
const PLANT_BOUGHT_BY = new RegExp(String.raw`(?:^|[ ,'])(?:reprise|rachat|achat|acquisition|takeover|purchase) (?:de |d' ?|du |of )(?:l' ?|la |le |cette |the |this )?(?:(?:[a-z-]+|⟦[A-Z]\d+⟧) )?${PLANT}(?: (?:[a-z-]+|⟦[A-Z]\d+⟧)){0,3}? (?:de |d' ?|a |in |at |near )⟦R(\d+)⟧ ?,? (?:par|by) (?:(?:la|le|les|the) |l' ?)?(?:(?:societe|groupe|company|group|firm|industriel|fonds|fund) )?(?:[a-z-]+ )?⟦C(\d+)⟧`, 'g');
const MAY_SELL_PLANT = literalGate(PLANT_SOLD, PRONOUN_SOLD, PLANT_BOUGHT_BY);

export interface PlantTransfer { investors: Mention[]; targets: Mention[] }

export function readPlantTransfers(ctx: RuleContext, s: Sentence): PlantTransfer[] {
  const sk = ctx.skeletons.get(s.index);
  if (!sk || !sk.text.includes('⟦C') || !MAY_SELL_PLANT(sk.text)) return [];
  const out: PlantTransfer[] = [];
  PLANT_SOLD.lastIndex = 0;
  for (const m of sk.text.matchAll(PLANT_SOLD)) soldTo(ctx, s, sk.text, m, out);
  // (the pronoun stands for the plant only when the sentence before opens on it)
  const before = ctx.sentences[s.index - 1];
  const prev = before && before.part === s.part ? ctx.skeletons.get(s.index - 1)?.text : undefined;
  if (prev && PLANT_SUBJECT.test(prev)) {
    PRONOUN_SOLD.lastIndex = 0;
    for (const m of sk.text.matchAll(PRONOUN_SOLD)) soldTo(ctx, s, sk.text, m, out);
  }
  PLANT_BOUGHT_BY.lastIndex = 0;
  for (const m of sk.text.matchAll(PLANT_BOUGHT_BY)) {
    const place = ctx.mentions[Number(m[1])], buyer = ctx.mentions[Number(m[2])];
    if (buyer && place && mayInvest(buyer)) out.push({ investors: [buyer], targets: [place] });
  }
  return out;
}

/** The buyer of a match and the owners after it ("rachetée par A puis B avant d'être cédée à C"): each invests in the plant's town. */
function soldTo(ctx: RuleContext, s: Sentence, text: string, m: RegExpMatchArray, out: PlantTransfer[]): void {
  const end = m.index! + m[0].length;
  const place = plantPlace(ctx, s, text.slice(0, end));
  if (!place) return;
  const buyers = [Number(m[1])];
  for (let at = end, next = NEXT_OWNER.exec(text.slice(at)); next; next = NEXT_OWNER.exec(text.slice(at))) {
    buyers.push(Number(next[1] ?? next[2]));
    at += next[0].length;
  }
  for (const n of buyers) {
    const buyer = ctx.mentions[n];
    if (buyer && mayInvest(buyer) && buyer.index !== place.index) out.push({ investors: [buyer], targets: [place] });
  }
}

/** The town of the plant: in the sentence before the sale, else in the four sentences before (same part), nearest first. */
function plantPlace(ctx: RuleContext, s: Sentence, head: string): Mention | undefined {
  const own = lastPlantAt(ctx, head);
  if (own) return own;
  for (let k = s.index - 1; k >= 0 && k >= s.index - 4; k--) {
    const prev = ctx.sentences[k];
    const text = ctx.skeletons.get(k)?.text;
    if (!prev || prev.part !== s.part || !text) continue;
    const found = lastPlantAt(ctx, text);
    if (found) return found;
  }
  return undefined;
}

function lastPlantAt(ctx: RuleContext, text: string): Mention | undefined {
  let found: Mention | undefined;
  PLANT_AT.lastIndex = 0;
  for (const p of text.matchAll(PLANT_AT)) {
    const m = ctx.mentions[Number(p[1])];
    if (m && m.type === 'Region') found = m;
  }
  return found;
}
