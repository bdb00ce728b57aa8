/**
 * What a French verb or noun of investing takes after it, in a sentence skeleton: the places it goes to
 * ("à Dunkerque", "en Slovaquie, à Trnava", "en France, et particulièrement en Alsace") and the companies it buys
 * ("l'usine de A, installée en X, celle de B en Y et celle de C", "A et B"). Only what follows without another clause
 * in between ("qui", "que", a colon, a full stop) belongs to it.
 */

const DET = String.raw`(?:la |le |l' ?|les )?`;
const PREP = String.raw`(?:a|en|au|aux|dans(?: le| la| l' ?| les)?|sur le site de|sur la commune de|sur les communes de|pres de)`;
/** "dans la région de Mulhouse", "dans la zone industrielle de X": an area noun before the place. */
const AREA = String.raw`(?:(?:region|ville|commune|communes|departement|agglomeration|metropole|zone industrielle|zone|bassin|province|etat) (?:de |d' ?|du |des )?${DET})?`;
/** The first place: a few words without a name or a clause between ("investir 500 millions d'euros à X"). */
const FIRST_PLACE = new RegExp(String.raw`^(?:(?! qui | que | qu'| dont | ou )[^⟦.;:()]){0,60}?(?<![a-z])${PREP} ${DET}${AREA}⟦([RN])(\d+)⟧`);
/** After a verb of settling the place follows at once, past an adverb ("s'installer durablement à X", not "s'installer en tête du classement en X"). */
const FIRST_PLACE_TIGHT = new RegExp(String.raw`^ (?:(?:[a-z]+ment|bientot|aussi|egalement|ensuite|deja|enfin|prochainement|a nouveau|definitivement),? )?${PREP} ${DET}${AREA}⟦([RN])(\d+)⟧`);
/** A place coordinated or specified after the last: ", à Trnava", ", et particulièrement en Alsace", "et de Douvrin". */
const NEXT_PLACE = new RegExp(String.raw`^ ?(?:, ?|et |ou |, et |ainsi qu')(?:(?:plus )?(?:particulierement|notamment|precisement|surtout|en particulier|ensuite|aussi|egalement) ,? ?)?(?:${PREP} |de |d' ?)?${DET}${AREA}⟦([RN])(\d+)⟧`);

/** The places after `from` in the skeleton (mention indexes, in order), and where the last one ends. */
export function placesAfter(text: string, from: number, tight = false): { ids: number[]; end: number } {
  const ids: number[] = [];
  let at = from;
  const first = (tight ? FIRST_PLACE_TIGHT : FIRST_PLACE).exec(text.slice(at));
  if (!first) return { ids, end: from };
  ids.push(Number(first[2]));
  let letter = first[1];
  at += first[0].length;
  for (let next = NEXT_PLACE.exec(text.slice(at)); next; next = NEXT_PLACE.exec(text.slice(at))) {
    // "à Grenoble, en France": a country after its town only locates it; "en Slovaquie, à Trnava" names both as the destination
    const container = letter === 'R' && next[1] === 'N' && !/(?:et|ou|ainsi qu')/.test(next[0]);
    if (!container) ids.push(Number(next[2]));
    letter = next[1];
    at += next[0].length;
  }
  return { ids, end: at };
}

/** Nouns of what is bought before the company's name: "l'usine de X", "60 % du capital de X", "le groupe américain X". */
const FIRST_COMPANY = /^ ?(?:(?! qui | que | qu'| par | dont )[a-z0-9%,' -]){0,60}?(?<![a-z])⟦C(\d+)⟧/;
/** Another company bought in the same list: ", celle de B en Y", " et C", ", installée en X, celle de B". */
const NEXT_COMPANY = /^(?: ?, ?(?:installee?s? |situee?s? |basee?s? |implantee?s? )?(?:a|en|au|aux|dans) (?:la |le |l' ?)?⟦[RN]\d+⟧| (?:a|en|au|aux) (?:la |le |l' ?)?⟦[RN]\d+⟧)? ?(?:, ?et |, ?| et | ainsi que )(?:(?:celle|celui|celles|ceux|l' ?usine|les usines|le site|la societe|l' ?entreprise|le groupe) )?(?:de la |de l' ?|de |d' ?|du |des )?(?:la |le |l' ?)?⟦C(\d+)⟧/;

/** The companies after `from` (the object of a verb of buying and those listed with it). */
export function companiesAfter(text: string, from: number): number[] {
  const first = FIRST_COMPANY.exec(text.slice(from));
  if (!first) return [];
  const ids = [Number(first[1])];
  let at = from + first[0].length;
  for (let next = NEXT_COMPANY.exec(text.slice(at)); next; next = NEXT_COMPANY.exec(text.slice(at))) {
    ids.push(Number(next[1]));
    at += next[0].length;
  }
  return ids;
}
