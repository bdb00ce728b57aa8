/**
 * A new facility of named companies at a place, as a noun phrase (no verb of building): "la nouvelle usine de A et B, à
 * Y", "l'inauguration de l'usine de A à Y", "la future plateforme logistique du groupe A à Y", "la pose de la première
 * pierre du nouveau site de A en Z". Every owner invests in the place. A plant only named in its place ("l'usine de A
 * à Y", with nothing new about it) is where the company is, not an investment: left to LOCATED_IN.
 */
import type { Mention, Sentence } from '../../types.ts';
import type { RuleContext } from '../context.ts';
import { subjectOf, validActor } from './subject.ts';
import { placesAfter } from './objects.ts';
import type { AddInvestment } from './owners.ts';

/** Speed: a new or opened facility is named with one of these stems. */
export const NEW_FACILITY_GATE = /nouvel|nouveau|futur|premiere pierre|inaugur|ouverture|mise en service|accueill|choisi|retenu|opte/;

const DET = String.raw`(?:la |le |l' ?|les )?`;
const FACILITY = String.raw`(?:usines?|sites?(?: de production| industriels?| logistiques?)?|centres? (?:de [a-z&]+|d'[a-z]+|logistiques?)|plateformes?(?: logistiques?)?|entrepots?|laboratoires?|unites? de production|lignes? de production|fonderies?|raffineries?|data ?cent(?:er|re)s?|campus|ateliers?|sieges?)`;
/** What makes the facility new: an adjective before it, or a noun of opening or building before its determiner. */
const NEW = String.raw`(?:(?:la |le |l' ?|les |sa |son |ses |leur |leurs |une |un |des |cette |ce |cet |ces |notre |votre )?(?:(?:tres |toute |tout )?(?:nouvelles?|nouveaux|nouveau|nouvel|futures?|futur|premieres?|premier) )(?:grande?s? )?|(?:inauguration|ouverture|construction|pose de la premiere pierre|mise en service) (?:de |d' ?|du |des )(?:la |le |l' ?|les |cette |ce |cet |leur |sa |son )?(?:(?:nouvelles?|nouveaux|nouveau|nouvel|futures?|futur) )?)`;
const OWNER = String.raw`(?:de |d' ?|du |des )(?:la |le |l' ?)?(?:(?:groupe|groupes|societe|entreprise|firme|constructeur|fabricant|laboratoire|industriel)s? (?:[a-z]+ )?)?⟦C(\d+)⟧`;
const MORE_OWNERS = String.raw`((?: ?(?:,|et|, et) (?:de |d' ?|du )?(?:la |le |l' ?)?(?:(?:groupe|societe) )?⟦C\d+⟧)*)`;
/** The facility phrase up to its owners; the place must follow at once (a comma at most). */
const NEW_FACILITY = new RegExp(String.raw`(?<![a-z])${NEW}${FACILITY}(?: (?:commune|conjointe|industrielle|de production|de fabrication|d'assemblage|de recherche|logistique))? ${OWNER}${MORE_OWNERS}(?= ?,? ?(?:a|en|au|aux|dans|pres de|sur le site de|sur la commune de) )`, 'g');

/** "⟦R⟧ accueillera la future usine du groupe ⟦C⟧": the place that hosts a new facility of named owners. */
const HOSTS = new RegExp(String.raw`⟦([RN])(\d+)⟧ (?:(?:va |devrait |doit |pourrait )?accueillir|accueill(?:era|eront|ent|ait|e)|a accueilli) ${NEW}${FACILITY}(?: (?:commune|conjointe|industrielle|de production|de fabrication|d'assemblage|de recherche|logistique))? ${OWNER}${MORE_OWNERS}`, 'g');
/** "A a choisi ⟦R⟧ pour (implanter) sa nouvelle usine": the subject's new facility goes to the place chosen. */
const CHOSEN_FOR = new RegExp(String.raw`(?<![a-z])(?:choisi(?:t|ssent|ra|ront)?|retenu|retient|opte pour|optera pour) ${DET}⟦([RN])(\d+)⟧ (?:pour|afin d' ?|comme site (?:de|d' ?|pour)) ?(?:y )?(?:(?:implanter|installer|construire|accueillir|batir|ouvrir|developper|etablir) )?(?:sa|son|ses|leur|leurs|la|le|l' ?|une|un) ?(?:(?:nouvelles?|nouveaux|nouveau|nouvel|futures?|futur|premieres?|premier|deuxieme|troisieme|seconde?) )?(?:${FACILITY}|implantation|installation|investissement)(?![a-z])`, 'g');

export function readNewFacility(ctx: RuleContext, s: Sentence, text: string, add: AddInvestment): void {
  NEW_FACILITY.lastIndex = 0;
  for (const m of text.matchAll(NEW_FACILITY)) {
    const owners = [m[1]!, ...[...(m[2] ?? '').matchAll(/⟦C(\d+)⟧/g)].map((x) => x[1]!)]
      .map((i) => ctx.mentions[Number(i)]).filter((o): o is Mention => validActor(o) && o.type === 'Company');
    if (!owners.length) continue;
    const end = m.index + m[0].length;
    const places = placesAfter(text, end).ids.map((i) => ctx.mentions[i]).filter((p): p is Mention => !!p && (p.type === 'Region' || p.type === 'Country'));
    // (only a place right after the owners: "… de A, à Y", not a place further in the sentence)
    if (!places.length || !new RegExp(String.raw`^ ?,? ?[a-z' ]{1,25}?⟦[RN]${places[0]!.index}⟧`).test(text.slice(end))) continue;
    for (const o of owners) for (const p of places) add(o, p, 'fr-new-facility', 0.7, true);
  }
  HOSTS.lastIndex = 0;
  for (const m of text.matchAll(HOSTS)) {
    const place = ctx.mentions[Number(m[2])];
    const owners = [m[3]!, ...[...(m[4] ?? '').matchAll(/⟦C(\d+)⟧/g)].map((x) => x[1]!)].map((i) => ctx.mentions[Number(i)]);
    if (place && (place.type === 'Region' || place.type === 'Country')) for (const o of owners) if (validActor(o) && o.type === 'Company') add(o, place, 'fr-new-facility', 0.7, true);
  }
  CHOSEN_FOR.lastIndex = 0;
  for (const m of text.matchAll(CHOSEN_FOR)) {
    const place = ctx.mentions[Number(m[2])];
    if (!place || (place.type !== 'Region' && place.type !== 'Country')) continue;
    const subject = subjectOf(ctx, text, m.index);
    if (subject && subject.how !== 'addressee') for (const o of subject.actors) add(o, place, 'fr-chosen-for-facility', 0.7, true);
  }
}
