/**
 * A company's activities sold to a buyer: "le groupe A veut céder une partie de ses activités pétrochimiques au groupe
 * B", "l'État a vendu l'activité énergie d'A pour 12 milliards au groupe B", "A agreed to sell its coatings business
 * to B", "the sale of A's chemicals division to B". The buyer invests in the seller (the gold convention for a
 * seller's unit), at the price the sentence gives.
 */
import { fold } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';
import { findMoney, type Money } from '../values/money.ts';
import { isActor, type RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';
import { literalGate } from './literal-gate.ts';

const SELL = String.raw`(?:ceder|cede|cedera|cedent|cedait|vendre|vend|vendu|vendra|vendent|sell|sells|sold|selling|divest|divests|divested|sale|vente|cession)`;
const UNIT = String.raw`(?:activites?|business(?:es)?|units?|divisions?|branches?|poles?|usines?|sites?|operations|assets|actifs|filiales?|subsidiar(?:y|ies)|plants?|factor(?:y|ies)|arm)`;
/** To the buyer: "au groupe américain ⟦C⟧", "to the German group ⟦C⟧". */
const TO_BUYER = String.raw`(?:au|aux|a|to) (?:la |le |l' ?|les |the )?(?:(?:groupe|group|company|societe|firme|firm|fonds|fund|holding|consortium|investisseur|investor|[a-z]+(?:ain|ais|ois|ien|and|an|ese|ish|ien)e?) ){0,3}⟦C(\d+)⟧`;
/** "⟦A⟧ (qui veut) céder (une partie de) ses activités … au groupe ⟦B⟧": the subject sells its own unit. */
// ("⟦C⟧. agreed": the dot of "Inc." or "Corp." stays after the placeholder)
const OWN_UNIT = new RegExp(String.raw`⟦C(\d+)⟧\.? (?:[a-z'-]+ ){0,4}?${SELL} (?:(?:une partie|l'ensemble|la totalite|part|all|most|some) (?:de |d' ?|of )?)?(?:ses|son|sa|leurs?|its|their) (?:[a-z'-]+ ){0,2}?${UNIT}(?: [a-z'-]+){0,5}? ${TO_BUYER}`);
/** "céder l'activité X d'⟦A⟧ … au groupe ⟦B⟧", "sell ⟦A⟧'s X business to ⟦B⟧", "the sale of the X unit of ⟦A⟧ to ⟦B⟧". */
const NAMED_UNIT = new RegExp(String.raw`(?<![a-z])${SELL} (?:of |de |d' ?)?(?:(?:l' ?|la |le |les |the |une partie (?:de |d' ?)|part of )(?:[a-z'-]+ ){0,2}?${UNIT}(?: [a-z'-]+){0,3}? (?:d' ?|de |du |des |of )(?:la |le |l' ?|the )?⟦C(\d+)⟧|⟦C(\d+)⟧ ?'s (?:[a-z'-]+ ){0,3}?${UNIT})(?: [^⟦]{0,60}?)? ${TO_BUYER}`);

/** Speed: a skeleton neither expression can match sells no unit. */
const MAY_SELL_UNIT = literalGate(OWN_UNIT, NAMED_UNIT);

export interface UnitSale { investors: Mention[]; targets: Mention[]; money?: Money; confidence: number }

export function readUnitSale(ctx: RuleContext, s: Sentence): UnitSale | undefined {
  const text = ctx.skeletons.get(s.index)?.text;
  if (!text || !text.includes('⟦C') || !MAY_SELL_UNIT(text)) return undefined;
  let seller: Mention | undefined, buyer: Mention | undefined;
  const own = OWN_UNIT.exec(text);
  if (own) { seller = ctx.mentions[Number(own[1])]; buyer = ctx.mentions[Number(own[2])]; }
  else {
    const named = NAMED_UNIT.exec(text);
    if (!named) return undefined;
    seller = ctx.mentions[Number(named[1] ?? named[2])];
    buyer = ctx.mentions[Number(named[3])];
  }
  if (!seller || !buyer || seller.text === buyer.text || !isActor(buyer) || isPublicBody(buyer) || seller.type !== 'Company') return undefined;
  const folded = fold(s.text);
  const money = /\d/.test(s.text) ? findMoney(s.text).find((m) => m.equivalentOf === undefined && !/^\s*(?:of |d'|de )?(?:[a-z-]+ )?(?:aid|aide|grants?|loans?|prets?)/.test(folded.slice(m.end, m.end + 30))) : undefined;
  return { investors: [buyer], targets: [seller], money, confidence: 0.75 };
}
