/**
 * French owners and shareholders of a company, read by clause (buying into or owning an existing company is INVESTS_IN
 * owner → company):
 * - a relative of ownership: "le groupe A, à qui appartient B depuis 2000", "B, dont A est l'actionnaire majoritaire";
 * - a participle far from its head, past appositions: "le site B à X (…), seule usine …, implanté depuis 120 ans et
 *   appartenant au groupe A" (no finite verb between the company and the participle);
 * - an owner noun with its company: "A, actionnaire majoritaire de B", "A est devenu l'actionnaire principal de B";
 * - an owner noun with no company, in apposition: "le nouvel actionnaire, le fonds d'investissement américain A" → A
 *   in the company the article is about (named before);
 * - a passive of holding or control: "B est désormais détenue par le fonds A", "B, propriété du groupe A", "B est passée
 *   sous le contrôle du groupe A", "B appartient au groupe A".
 * A subsidiary ("B, filiale de A") is SUBSIDIARY_OF, read elsewhere.
 */
import type { Mention, Sentence } from '../../types.ts';
import type { RuleContext } from '../context.ts';
import { isPublicBody } from '../facilities.ts';
import { subjectOf, validActor } from './subject.ts';
import { topicCompany } from './topic.ts';

export type AddInvestment = (inv: Mention | undefined, target: Mention | undefined, rule: string, confidence: number, withMoney?: boolean) => void;

/** Speed: a sentence without one of these stems states no owner read here. */
export const OWNER_GATE = /appart|actionnaire|propriet|deten|detien|possed|controle|repreneur|cedee?s? |vendue?s? /;

const DET = String.raw`(?:la |le |l' ?|les )?`;
/** A noun that introduces a company's name ("le groupe A", "le fonds d'investissement américain A"): kept out of the name. */
const HEAD = String.raw`(?:(?:groupe|societe|entreprise|firme|fonds(?: d'investissement)?|holding|constructeur|fabricant|industriel|investisseur|homme d'affaires|milliardaire|famille) )?(?:[a-z-]+ )?`;
const OWNER_NOUN = String.raw`(?:actionnaire|proprietaire)`;
const OWNER_QUALIFIER = String.raw`(?: (?:majoritaire|principal|unique|de reference|historique|exclusif|a \d+(?:[.,]\d+)? ?%))?`;
const ADVERB = String.raw`(?:(?:desormais|aujourd'hui|deja|encore|toujours|depuis (?:\d{4}|[a-z]+ (?:ans|annees))) )?`;

/** "⟦C a⟧, à qui appartient ⟦C b⟧": a owns b ("la direction d'Unilever, à qui appartient Knorr"). */
const TO_WHOM = new RegExp(String.raw`⟦([CP])(\d+)⟧(?: ?\([^()]*\))? ?, ?(?:a qui|auquel|a laquelle|auxquels|auxquelles) (?:appartien(?:t|nent)|appartenai(?:t|ent)|appartiendra|a appartenu) ${ADVERB}${DET}(?:(?:groupe|societe|entreprise|marque|usine) )?⟦C(\d+)⟧`, 'g');
/** "⟦C b⟧, dont ⟦C a⟧ est (devenu) l'actionnaire majoritaire": a owns b. */
const WHOSE = new RegExp(String.raw`⟦C(\d+)⟧(?: ?\([^()]*\))? ?, ?dont ${DET}${HEAD}⟦([CP])(\d+)⟧ (?:est|etait|sera|devient|est devenue?|reste) ${ADVERB}(?:le |l' ?|un |une |la )?(?:(?:nouvel|nouveau|nouvelle|principal|premier|seul|unique|futur) )?${OWNER_NOUN}${OWNER_QUALIFIER}(?![a-z])`, 'g');
/** "⟦C a⟧, (le nouvel) actionnaire majoritaire de ⟦C b⟧": a owns b. */
// ("A, propriétaire de B et de C" states a group structure, SUBSIDIARY_OF, read elsewhere; "le nouveau propriétaire de B" a purchase)
const OWNER_APPOSITION = new RegExp(String.raw`⟦([CP])(\d+)⟧(?: ?\([^()]*\))? ?, ?(?:le |l' ?|un |une |son |leur |notre )?(?:(?:(?:nouvel|nouveau|principal|premier|seul|unique|futur|actuel) )?actionnaire|(?:nouvel|nouveau|futur) proprietaire)${OWNER_QUALIFIER} (?:de |du |d' ?)${DET}${HEAD}⟦C(\d+)⟧`, 'g');
/** "⟦C a⟧ est devenu l'actionnaire principal de ⟦C b⟧": the verb's subject owns b. */
// (being the owner, "A est propriétaire de B", is a group structure; becoming it is a purchase)
const OWNER_PREDICATE = new RegExp(String.raw`(?<![a-z])(?:(?:est|etait|sera|serait|devient|deviendra|deviendrait|est devenue?s?|sont devenue?s|reste|restera|demeure) ${ADVERB}(?:le |l' ?|un |une |la )?(?:(?:nouvel|nouveau|nouvelle|principal|premier|seul|unique|futur) )?actionnaire|(?:devient|deviendra|deviendrait|est devenue?s?|sont devenue?s|a ete designee?) ${ADVERB}(?:le |l' ?|un |une |la )?(?:(?:nouvel|nouveau|nouvelle|seul|unique|futur) )?proprietaire)${OWNER_QUALIFIER} (?:de |du |d' ?)${DET}${HEAD}⟦C(\d+)⟧`, 'g');
/** A cue noun that names an owner in apposition, with up to two adjectives ("le fonds d'investissement américain"). */
const OWNER_CUE = String.raw`(?:groupe|societe|entreprise|firme|fonds(?: d'investissement)?|holding|constructeur|fabricant|industriel|investisseur|homme d'affaires|femme d'affaires|milliardaire|famille|banque|operateur|conglomerat)`;
/** "le nouvel actionnaire, le fonds d'investissement américain ⟦C a⟧": no company after the noun, a name in apposition. */
const BARE_OWNER = new RegExp(String.raw`(?:^|[ ,])(?:le |l' ?|son |leur |notre )(?:(?:nouvel|nouveau|principal|premier|seul|unique|futur|actuel) )?(?:${OWNER_NOUN}|repreneur)${OWNER_QUALIFIER} ?, ?(?:${DET}${OWNER_CUE} (?:[a-z-]+ ){0,2}?)?⟦([CP])(\d+)⟧`, 'g');
/** "le groupe ⟦C a⟧, l'actionnaire historique, …": the name, then the bare owner noun in apposition. */
const OWNER_AFTER = new RegExp(String.raw`⟦([CP])(\d+)⟧ ?, ?(?:le |l' ?|son |leur )(?:(?:nouvel|nouveau|principal|premier|seul|unique|futur|actuel) )?${OWNER_NOUN}${OWNER_QUALIFIER} ?(?:,|$)`, 'g');
/** "⟦C b⟧ est désormais détenue par ⟦C a⟧", "⟦C b⟧, propriété du groupe ⟦C a⟧", "⟦C b⟧ est passée sous le contrôle de ⟦C a⟧". */
const HELD = new RegExp(String.raw`⟦C(\d+)⟧(?: ?\([^()]*\))?(?: ?, ?| (?:est|sont|etait|sera|a ete|avait ete|est aujourd'hui|est desormais) )${ADVERB}(?:(?:(?:entierement |majoritairement |totalement |intégralement )?detenue?s?(?: a \d+(?:[.,]\d+)? ?%)? par)|(?:la )?propriete (?:de|du|d')|(?:passee?s? )?sous le controle (?:exclusif )?(?:de|du|d')) ${DET}${HEAD}⟦([CP])(\d+)⟧`, 'g');
/** "⟦C b⟧ appartient (désormais) au groupe ⟦C a⟧" (main clause). */
const BELONGS = new RegExp(String.raw`⟦C(\d+)⟧ (?:appartient|appartenait|appartiendra|appartiennent|a appartenu) ${ADVERB}(?:a |au |aux )${DET}${HEAD}⟦([CP])(\d+)⟧`, 'g');
/** The participle or relative of belonging, one list for the near reading (OWNED) and the far one (BELONGING). */
const BELONG_VERB = String.raw`(?:appartenant|qui appartient|qui appartenait|qui appartiendra)`;
/** Owners coordinated after the first: "détenue par ⟦A⟧ et ⟦B⟧", "par ⟦A⟧, ⟦B⟧ et ⟦C⟧". */
const CO_OWNER = /^(?: ?,| et|, et| ainsi que) (?:la |le |l' ?|les )?(?:(?:groupe|societe|fonds|famille) )?⟦([CP])(\d+)⟧/;
function coOwners(text: string, from: number): string[] {
  const out: string[] = [];
  for (let m = CO_OWNER.exec(text.slice(from)); m; m = CO_OWNER.exec(text.slice(from))) { out.push(m[2]!); from += m[0].length; }
  return out;
}
/** Right after its company: "⟦C b⟧ appartenant au groupe ⟦C a⟧", "⟦C b⟧, propriété de ⟦P a⟧" (a person: a company owner is HELD's). */
const OWNED = new RegExp(String.raw`⟦C(\d+)⟧ ?,? ${BELONG_VERB}(?: (?:desormais|aujourd'hui|deja))? (?:a|au|aux) (?:la |le |l' ?|les )?(?:(?:groupe|societe|fonds|homme d'affaires|milliardaire|investisseur|famille) )?(?:[a-z]+ )?⟦([CP])(\d+)⟧|⟦C(\d+)⟧ ?, (?:propriete|detenue?|controlee?) (?:de|d' ?|du|par) (?:la |le |l' ?)?(?:(?:homme d'affaires|milliardaire|investisseur|fonds|famille) )?(?:[a-z]+ )?⟦P(\d+)⟧`, 'g');
/** A participle of ownership with its owner, the head read back past appositions. */
const BELONGING = new RegExp(String.raw`(?<![a-z])${BELONG_VERB} ${ADVERB}(?:a |au |aux )${DET}${HEAD}⟦([CP])(\d+)⟧`, 'g');
/** "⟦C a⟧ détient (depuis 2010) la société ⟦C b⟧": owning a company outright (not "le contrôle de", a group structure). */
const HOLDS = new RegExp(String.raw`(?<![a-z'])(?:detient|detiennent|detenait|detenaient|detiendra|possede|possedent|possedait|possedaient|possedera) ${ADVERB}(?:la |le |l' ?|les )${HEAD}⟦C(\d+)⟧`, 'g');
/** "⟦C b⟧ a été cédée (en 2019) au fonds ⟦C a⟧": a sale in the passive names the buyer after "à". */
const SOLD_TO = new RegExp(String.raw`⟦C(\d+)⟧(?: ?, ?| (?:a ete|ont ete|fut|furent|est|sont|sera|seront|avait ete|vient d' ?etre) ${ADVERB})(?:cedee?s?|vendue?s?) (?:(?:[a-z0-9-]+ ?,? ){0,4}?)(?:a|au|aux) ${DET}${HEAD}⟦([CP])(\d+)⟧`, 'g');
/** "⟦C a⟧ a été désigné repreneur de ⟦C b⟧", "le tribunal a désigné le groupe ⟦C a⟧ comme repreneur de ⟦C b⟧". */
const NAMED_BUYER = new RegExp(String.raw`⟦([CP])(\d+)⟧ (?:(?:a ete|est|sera|ont ete|sont) (?:officiellement )?(?:designee?s?|choisie?s?|retenue?s?) |, (?:designee?s? |choisie?s? |retenue?s? ))(?:comme )?(?:le |l' ?)?(?:nouveau |futur )?repreneur (?:de |du |d' ?)${DET}${HEAD}⟦C(\d+)⟧|(?:designe|choisi|retenu|designent|choisit|retient) ${DET}${HEAD}⟦([CP])(\d+)⟧ (?:comme|en tant que|pour etre) (?:le |l' ?)?(?:nouveau |futur )?repreneur (?:de |du |d' ?)${DET}${HEAD}⟦C(\d+)⟧`, 'g');
/** Between a head and its far participle: no finite verb, no clause of its own, no full stop. */
// ("a" alone is also "à": only as an auxiliary before a participle)
const FINITE = /(?<![a-z'])(?:a (?:ete|(?:[a-z]+ )?(?:annonce|decide|rachete|repris|cede|vendu|ferme|investi|acquis|fait|pris|ouvert|construit|signe|choisi|lance|confirme|indique|precise))|ont|est|sont|etait|etaient|sera|seront|avait|avaient|fut|furent|va|vont|que|qu'|;|:)(?![a-z])/;

/** A noun phrase of its own right before the participle: "l'usine appartenant à C" (not "…, implanté depuis 120 ans et appartenant"). */
const OWN_HEAD = /(?:^|[ ,])(?:l' ?|la |le |les |un |une |des |son |sa |ses |leur |leurs |cette |ce |cet |ces )[a-z'-]+ (?:[a-z'-]+ )?$/;

export function readOwners(ctx: RuleContext, s: Sentence, text: string, add: AddInvestment): void {
  const get = (i: string | undefined) => (i === undefined ? undefined : ctx.mentions[Number(i)]);
  const owner = (m: Mention | undefined): m is Mention => !!m && (m.type === 'Person' || validActor(m));
  const owned = (m: Mention | undefined): m is Mention => !!m && m.type === 'Company' && validActor(m);
  for (const m of text.matchAll(TO_WHOM)) { const a = get(m[2]), b = get(m[3]); if (owner(a) && owned(b)) add(a, b, 'fr-owner-relative', 0.7); }
  for (const m of text.matchAll(WHOSE)) { const b = get(m[1]), a = get(m[3]); if (owner(a) && owned(b)) add(a, b, 'fr-owner-relative', 0.7); }
  for (const m of text.matchAll(OWNER_APPOSITION)) { const a = get(m[2]), b = get(m[3]); if (owner(a) && owned(b)) add(a, b, 'fr-owner-noun', 0.7); }
  for (const m of text.matchAll(HELD)) {
    const b = get(m[1]);
    // "détenue par A et B": every owner of the list
    for (const id of [m[3], ...coOwners(text, m.index + m[0].length)]) { const a = get(id); if (owner(a) && owned(b)) add(a, b, 'fr-owner-held', 0.7); }
  }
  for (const m of text.matchAll(SOLD_TO)) { const b = get(m[1]), a = get(m[3]); if (owner(a) && owned(b)) add(a, b, 'fr-owner-sold-to', 0.7); }
  for (const m of text.matchAll(NAMED_BUYER)) {
    const a = get(m[2] ?? m[5]), b = get(m[3] ?? m[6]);
    if (owner(a) && owned(b)) add(a, b, 'fr-owner-named-buyer', 0.7);
  }
  for (const m of text.matchAll(HOLDS)) {
    const b = get(m[1]);
    const subject = subjectOf(ctx, text, m.index);
    if (owned(b) && subject && subject.how !== 'addressee') for (const a of subject.actors) add(a, b, 'fr-owner-holds', 0.65);
  }
  for (const m of text.matchAll(BELONGS)) { const b = get(m[1]), a = get(m[3]); if (owner(a) && owned(b)) add(a, b, 'fr-owner-held', 0.7); }
  for (const m of text.matchAll(OWNER_PREDICATE)) {
    const b = get(m[1]);
    const subject = subjectOf(ctx, text, m.index);
    if (owned(b) && subject && subject.how !== 'addressee') for (const a of subject.actors) add(a, b, 'fr-owner-noun', 0.7);
  }
  for (const re of [BARE_OWNER, OWNER_AFTER]) for (const m of text.matchAll(re)) {
    const a = get(m[2]);
    if (a?.cue === 'coref') continue;
    const b = topicCompany(ctx, s);
    if (owner(a) && owned(b)) add(a, b, 'fr-owner-topic', 0.6);
  }
  for (const m of text.matchAll(BELONGING)) {
    // (right after its head: read by OWNED, readOwnedNear(); here the head is further back)
    const a = get(m[2]);
    const b = headBefore(ctx, text, m.index);
    if (owner(a) && owned(b)) add(a, b, 'fr-owner-far', 0.65);
  }
}

/** Owners named right after their company (run where index.ts always ran them: the first reading of a pair names it). */
export function readOwnedNear(ctx: RuleContext, text: string, add: AddInvestment): void {
  OWNED.lastIndex = 0;
  for (const o of text.matchAll(OWNED)) {
    const target = ctx.mentions[Number(o[1] ?? o[4])], owner = ctx.mentions[Number(o[3] ?? o[5])];
    if (target && target.type === 'Company' && !isPublicBody(target) && owner && (owner.type === 'Person' || validActor(owner))) add(owner, target, 'fr-owner', 0.65);
  }
}

/** The company a far participle qualifies: the last one before it in the clause, with no finite verb between. */
function headBefore(ctx: RuleContext, text: string, at: number): Mention | undefined {
  const from = Math.max(0, at - 260);
  let last: RegExpExecArray | undefined;
  for (const p of text.slice(from, at).matchAll(/⟦C(\d+)⟧/g)) last = p as RegExpExecArray;
  if (!last) return undefined;
  const end = from + last.index + last[0].length;
  const between = text.slice(end, at);
  // (a head that is an indirect object or an agent, "vendu à la société A", owns nothing here; a noun phrase right before
  // the participle is its head: "… A l'usine appartenant à C")
  if (FINITE.test(between) || /(?:^|[ '])(?:a|au|aux|par) (?:la |le |l' ?|les )?(?:[a-z]+ )?$/.test(text.slice(Math.max(0, end - last[0].length - 24), end - last[0].length)) ||
    OWN_HEAD.test(between)) return undefined;
  return ctx.mentions[Number(last[1])];
}
