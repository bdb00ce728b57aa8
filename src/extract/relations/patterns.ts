/**
 * Pattern rules as data: regular expressions over sentence skeletons (relations/skeleton.ts), with
 * slots {S:X}/{T:X} for the source and target mentions (X: C company, N country, R region,
 * G program, P person, D product, O organization; several letters = any of them), {ROLE} for a job
 * title and {DET} for an optional determiner. `more: true` also takes the targets coordinated after
 * the first ("face à Samsung et Oracle"). Without {S:…}, the source is the nearest company before
 * the match in the sentence, else the article's focus company.
 */
import type { RelationType } from '../../graph/model.ts';

/**
 * Verbs by which a body receives a visitor ("Acme welcomes Secretary X", "Acme hosts Governor X"): the title after them is
 * the guest's, not an office at the body before the verb.
 */
const HOSTING_VERBS = 'welcomes|welcomed|hosts|hosted|greets|greeted|thanks|thanked|receives|received|invites|invited|meets|met|accueille|recoit|remercie|rencontre|invite';

export interface PatternRule {
  id: string;
  type: RelationType;
  pattern: string;
  confidence: number;
  more?: boolean;
  /** No {T:…} slot: the target is the article's focus company ("Scaleway, le concurrent français"). */
  targetFocus?: boolean;
  /** No {T:…} slot: the target is the company the possessive refers to ("son PDG, X"): the sentence's first company, else the focus. */
  targetSubject?: boolean;
  /** With targetSubject: the article's company before the previous sentence's ("chief executive X said" after a quote). */
  targetArticle?: boolean;
  /** No {S:…} slot: the source is the article's country ("our partnership with X" in a government's statement). */
  sourceCountry?: boolean;
  /** With targetSubject: an organization (a union, an agency) may be the subject too. */
  targetOrganization?: boolean;
  /** No {S:…} slot: the company a possessive refers to — one before the match in the sentence, else the previous sentence's subject (never the article's focus). */
  sourcePrevious?: boolean;
}

/** Optional determiner and up to three words before a name: "avec le groupe Thales", "with chipmaker Nvidia". */
const NP = String.raw`(?:(?:le|la|l' ?|les|the|a|an|un|une|son|sa|its|des|du) )?(?:[a-z-]+ |[a-z]' ?[a-z-]+ ){0,2}?`;
/** "said he", "a indiqué qu'elle": the pronoun after a verb of saying stands for the subject named before it. */
const SAID_HE = String.raw`(?:(?:said|says|announced|told reporters|a annonce|a indique|a dit|a declare) (?:that |qu' ?|que )?(?:he|she|il|elle) )?`;
const OF = String.raw`(?:de la |de l' ?|du |de |d' ?|des |of (?:the )?|at |chez )`;
/** Optional place noun before a region's name: "de la région Occitanie", "of the state of Ohio". */
const PLACE_NOUN = String.raw`(?:(?:region|province|ville|city|state|departement|metropole|canton|county) (?:de |d' ?|du |of )?)?`;
/** "Vice President for Europe, Acme Robotics,": the region is the company's sales area, the company the employer. */
export const REGION_OF_COMPANY = String.raw` ?, ?⟦C\d+⟧(?: ?,| ?\.| ?;| ?$| said| says| told)`;
/** An optional auxiliary between a subject and its verb: "will compete with", "va concurrencer". */
const AUX = String.raw`(?: (?:will|would|could|can|should|also|va|vont|doit|pourrait|aussi))?`;
/** A company noun after a rival word: "rival company", "competing suppliers", "rival chipmaker", "concurrent fabricant". */
const RIVAL_COMPANY_NOUN = String.raw`(?:company|companies|firm|firms|group|groups|operator|operators|supplier|suppliers|producer|producers|manufacturer|manufacturers|bank|banks|airline|airlines|retailer|retailers|carrier|carriers|distributor|distributors|[a-z]*makers?|brewers?|bidders?|fabricant|fabricants|operateur|operateurs|fournisseur|fournisseurs|producteur|producteurs|distributeur|distributeurs)`;
const BE = String.raw`(?:, ?|\s+est\s+|\s+is\s+|\s+was\s+|\s+etait\s+|\s+reste\s+|\s+remains\s+)`;

export const PATTERNS: PatternRule[] = [
  // ROLE_AT
  // "X, chairman and chief executive of Y", "X, directeur des opérations de Y"
  // (a body followed at once by a name, no comma: "A, Director of the X Council B, Chair of Y C" lists titles before names, the title is B's)
  { id: 'role-apposition', type: 'ROLE_AT', confidence: 0.9, more: true, pattern: String.raw`{S:P} ?, ?{DET}(?:(?:futur|future|nouveau|nouvelle|ancien|ancienne|former|new|current|actuel|actuelle|interim|acting) )?{ROLE}(?: (?:et|and|&) (?:[a-z-]+ ){0,2}?[a-z-]+| (?:des?|du|of) (?:[a-z-]+ )?[a-z-]+| [a-z-]+)?(?: par interim| a titre interimaire| ad interim)? (?:${OF})?{T:CON}(?! ?⟦P)` },
  // "X, maire de Lyon", "X, président de la région Occitanie", "X, governor of Ohio"
  { id: 'role-apposition-place', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{S:P} ?, ?{DET}{ROLE} ${OF}${PLACE_NOUN}{T:R}(?! (?:[a-z-]+ ){0,2}(?:at|chez) ⟦)(?!${REGION_OF_COMPANY})` },
  // "X, president of North America operations at Y"
  { id: 'role-apposition-at', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`{S:P} ?, ?{DET}{ROLE} (?:[a-z-]+ |⟦[RN]\d+⟧ ){1,5}(?:at|chez) {T:CO}` },
  { id: 'role-before-place', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`(?<!⟦P\d+⟧ ?, ?(?:(?:le|la|l' ?|the) )?){ROLE} ${OF}${PLACE_NOUN}{T:R} ?, ?{S:P}` },
  { id: 'role-possessive-pronoun', type: 'ROLE_AT', confidence: 0.6, targetSubject: true, pattern: String.raw`(?<![a-z])(?<!⟦[CO]\d+⟧ ?,? (?:avec|with|a travers|au travers de|through|via) )(?:son|sa|its|their) (?:[a-z-]+ )?{ROLE} ?,? {S:P}` },
  // not the apposition of a person before it: in "A, PDG de B, C, PDG de D", C works at D, not B
  { id: 'role-before', type: 'ROLE_AT', confidence: 0.9, pattern: String.raw`(?<!⟦P\d+⟧ ?, ?(?:(?:le|la|l' ?|the) )?(?:[a-z-]+ ){0,2}){ROLE} ${OF}{T:CON} ?, ?{S:P}` },
  { id: 'role-possessive', type: 'ROLE_AT', confidence: 0.9, pattern: String.raw`{T:CO} ?'s (?:new |former |current |acting |interim |outgoing |incoming )?{ROLE},? {S:P}` },
  { id: 'role-possessive-after', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`{S:P} ?, ?{T:CO} ?'s (?:new |former |current |acting |interim |outgoing |incoming )?{ROLE}` },
  // "…, chief executive Jane Roe said": a corporate title alone works at the company the sentence (or the one before) is about
  { id: 'role-bare-title', type: 'ROLE_AT', confidence: 0.6, targetSubject: true, targetArticle: true, pattern: String.raw`(?<!⟧ |'s |s' |(?:vice|deputy|former|ex|prime|minister|ministre|premier|state|industries) |⟧ (?:[a-z-]+ ){1,3}(?:and|et|&) )(?:chief executive officer|chief executive|chief financial officer|chief operating officer|ceo|cfo|chairman|chairwoman|founder|co-founder|managing director|company chief|company boss|company head|pdg|p-dg|president-directeur general|directeur general|directrice generale|fondateur|fondatrice|cofondateur)(?: (?:nommee?|appointed|named|recrutee?|arrivee?|elue?|elected)(?: [a-z0-9-]+){1,5})? ,? ?{S:P}` },
  // "X has been confirmed as the new executive director for Y", "X a été nommée directrice générale de Y": an appointment
  { id: 'role-appointed', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`{S:P} (?:has been |have been |was |is |will be |had been |a ete |est |sera |vient d' ?etre )?(?:appointed|named|confirmed|elected|promoted|chosen|nommee?|designee?|confirmee?|elue?|promue?|choisie?) (?:as |comme |au poste de |to the post of |to the role of )?(?:the |le |la |l' ?|its |their |sa |son )?(?:new |nouveau |nouvelle |next |prochaine? )?(?:[a-z-]+ )?{ROLE}(?: (?:and|et) (?:[a-z-]+ ){0,2}?[a-z-]+)? (?:of|for|at|to|de|du|de la|de l' ?|chez|aupres de) (?:the |la |le |l' ?)?(?:societe |entreprise |company |firm |groupe |group )?{T:CO}` },
  // "X will become chairman of Y", "X said he will assume the chairmanship of Y", "X prendra la présidence de Y": a stated
  // future office is the person's role (the subject itself, or the pronoun after "said" that stands for it)
  { id: 'role-takes-office', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{S:P} ${SAID_HE}(?:will |would |is to |is set to |is expected to |shall |va |devrait |doit |is going to )?(?:(?:become|becomes|became|take over as|takes over as|took over as|devenir|deviendra|devient|est devenue?) (?:the |le |la |l' ?)?(?:new |nouveau |nouvelle |next |prochaine? )?(?:[a-z-]+ )?{ROLE}|(?:assume|assumes|assumed|take|takes|took|take over|takes over|took over|prendre|prendra|prend|a pris) (?:the |la |le |l' ?)(?:chairmanship|presidency|leadership|helm|presidence|direction|tete)) (?:of|at|de|du|de la|de l' ?|chez) (?:the |la |le |l' ?)?{T:CO}` },
  { id: 'role-title', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`{T:CO} {ROLE} {S:P}` },
  // "Acme President and CEO X", "Acme chairman & chief executive X": two titles joined before the name
  { id: 'role-title-pair', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`{T:CO} (?:president|chairman|chairwoman|chair|founder|co-founder|cofounder|owner|ceo|chief executive|executive chairman|managing director|president-directeur general|pdg) (?:and|&|et) (?:[a-z-]+ )?{ROLE} {S:P}` },
  // "White House Deputy Chief of Staff X", "Acme Senior Vice President of Sales X": an institution, then a long title
  { id: 'role-long-title', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{T:CO} (?!(?:and|et|or|ou) )(?:(?!(?:to|with|for|by|from|that|who|which|avec|pour|par|que|qui|in|on|at|${HOSTING_VERBS})(?![a-z-]))[a-z-]+ ){0,3}?(?:chief of staff|press secretary|spokesperson|spokesman|spokeswoman|{ROLE})(?: (?:of|for) [a-z-]+(?: and [a-z-]+)?)? {S:P}` },
  // "Pour X, son secrétaire général :", "X, its chairman, said": the institution the sentence or the one before is about
  { id: 'role-possessive-pronoun-after', type: 'ROLE_AT', confidence: 0.6, targetSubject: true, targetOrganization: true, pattern: String.raw`{S:P} ?, ?(?:son|sa|its|their|leur) (?:[a-z-]+ )?{ROLE}` },
  // "X of British trade union Y", "X of the bank Y", "X, du syndicat Y"
  { id: 'role-of-body', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P} ?,? (?:of|from|at|with|de|du|de la|de l' ?|chez) (?:the |la |le |l' ?|a |an )?(?:[a-z-]+ ){0,2}?(?:trade union|labor union|labour union|union|syndicat|confederation|company|firm|group|groupe|bank|banque|agency|agence|think tank|institute|institut|broker|brokerage|maison de courtage|societe|entreprise|cabinet) {T:CO}` },
  // "An economist with X, Y, says", "Y, analyste à X": professions at an employer
  { id: 'role-profession-before', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`(?:an? |un |une |the |l' ?)?(?:[a-z-]+ )?(?:economist|analyst|strategist|researcher|lawyer|engineer|economiste|analyste|stratege|chercheur|chercheuse|avocat|avocate|ingenieur|ingenieure) (?:with|at|of|from|chez|de|d' ?|a|aupres de) (?:the |la |le |l' ?)?{T:CO} ?, ?{S:P}` },
  { id: 'role-profession-after', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P} ?, ?(?:an? |un |une |the |l' ?)?(?:[a-z-]+ )?(?:economist|analyst|strategist|researcher|lawyer|engineer|economiste|analyste|stratege|chercheur|chercheuse|avocat|avocate|ingenieur|ingenieure)(?: [a-z-]+)? (?:with|at|of|from|chez|de|d' ?|a|aupres de) (?:the |la |le |l' ?)?{T:CO}` },
  { id: 'role-of-title', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`{ROLE} ${OF}{T:CO} {S:P}` },
  { id: 'role-head-of-state', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{ROLE} {DEMONYM} ?,? {S:P}` },
  // "Danish Ambassador to the U.S. X": an envoy's posting between the title and the name is not the employer
  { id: 'role-head-of-state-en', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{DEMONYM} {ROLE}(?: to (?:the )?(?:⟦[NR]\d+⟧|u\.s\.|u\.k\.|uk|us|eu)(?: and ⟦[NR]\d+⟧)?)? {S:P}` },
  // SUBSIDIARY_OF
  { id: 'subsidiary-apposition', type: 'SUBSIDIARY_OF', confidence: 0.9, pattern: String.raw`{S:C}${BE}(?:une |un |la |le |a |an |the )?(?:[a-z-]+ ){0,3}?(?:filiale|subsidiary|unit|division|branche|arm|entite)(?: [a-z-]+){0,4}? ${OF}(?:⟦N\d+⟧ )?(?:[a-z-]+ ){0,3}?(?:⟦[RN]\d+⟧-(?:based|headquartered) )?{T:C}` },
  // "le Fonds X (FX – composante du groupe Y)", "Z, a member of the Y group"
  { id: 'subsidiary-component', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`{S:CO} ?(?:–|—|-|,) ?(?:une |un |a |an |the |la |le )?(?:composante|filiale|subsidiary|member|membre|entite|branche|branch|arm|unit) (?:of the |of |du |de la |de l' ?|de |d' ?)(?:groupe |group )?{T:CO}` },
  // "X est l'une des cinq branches du groupe Y", "X, one of the subsidiaries of Y", "X is one of Y's brands"
  { id: 'subsidiary-one-of', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`{S:C}${BE}(?:l' ?une |l' ?un |une |un |one )(?:des |of the |of )(?:[a-z0-9-]+ ){0,2}?(?:filiales|branches|divisions|marques|entites|societes|subsidiaries|branches|units|brands|companies|businesses|affiliates) (?:(?:du |de la |de l' ?|de |d' ?|of (?:the )?)(?:groupe |group )?|⟦C\d+⟧ )(?:[a-z-]+ )?{T:C}` },
  { id: 'subsidiary-one-of-possessive', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`{S:C}${BE}one of {T:C} ?'s (?:[a-z0-9-]+ ){0,2}?(?:subsidiaries|units|divisions|brands|companies|businesses|affiliates)` },
  { id: 'subsidiary-possessive', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`{T:C} ?'s (?:[a-z-]+ ){0,2}(?:subsidiary|unit|division|arm) ?,? {S:C}` },
  { id: 'subsidiary-before', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`(?:filiale|division|branche)(?: [a-z-]+){0,2}? ${OF}{T:C} ?,? {S:C}` },
  // "sa filiale X", "its unit X": a subsidiary of the company the sentence or the one before is about
  { id: 'subsidiary-prenominal', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`{S:C} ?, ?(?:a |an |the |une |la )?(?:[a-z-]+ )?{T:C} (?:subsidiary|unit|division|affiliate)` },
  // "X, a Y company": the parent's name before a bare company noun, with an indefinite article
  { id: 'subsidiary-prenominal-company', type: 'SUBSIDIARY_OF', confidence: 0.7, pattern: String.raw`{S:C} ?, ?(?:a|an) {T:C} (?:company|business|brand)(?: ?,| ?\.| ?$)` },
  // "X, which will be a Y subsidiary", "X became a Y unit": the parent's name before the unit noun, after a copula
  { id: 'subsidiary-prenominal-copula', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`{S:C}(?: ?, ?(?:which|that) (?:will |would |is to |has |had |now )?| (?:will |would |is to |has |had |to |now )?)(?:be|become|becomes|became|been|is|was|remains|remained) (?:now )?(?:a |an )?(?:wholly[- ]owned |majority[- ]owned |new )?{T:C} (?:subsidiary|unit|division|affiliate)(?![a-z])` },
  // "Y's X said": a company's company with no head noun between them, as the subject of a verb (a unit named by its owner)
  { id: 'subsidiary-possessive-name', type: 'SUBSIDIARY_OF', confidence: 0.6, pattern: String.raw`{T:C} ?'s {S:C} (?:said|says|reported|announced|posted|will|would|has|had|is|was|plans|expects)(?![a-z])` },
  // "Y-owned X", "the Y-controlled X": the owner's name joined to the participle before the owned company
  { id: 'subsidiary-owned-prenominal', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`{T:C} ?- ?(?:owned|controlled) {S:C}` },
  // ("sa filiale française X": a French adjective after the noun, not a preposition: "sa filiale de Lyon")
  { id: 'subsidiary-possessive-pronoun', type: 'SUBSIDIARY_OF', confidence: 0.6, targetSubject: true, pattern: String.raw`(?<![a-z])(?:sa|son|ses|its|their|leur|leurs) (?:[a-z-]+ )?(?:filiale|filiales|subsidiary|subsidiaries|unit|division|branche)(?: (?!(?:de|du|des|d|of|in|at|a|au|aux|en|for|pour|with|avec|et|and|to|from|by|par|vers|into|sur|on)(?![a-z]))[a-z-]+)? ,? ?{S:C}` },
  // "X is an agency within the Department of Commerce", "X, a bureau of the Y", "X, part of the Y": a public body's unit
  // (the parent an organization: a body of a ministry, a department, an agency)
  { id: 'subsidiary-agency-within', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`{S:CO}${BE}(?:(?:an |a |the |one )?(?:[a-z-]+ ){0,2}?(?:agency|agencies|bureau|office|component|operating unit|service|administration|agence|organisme|service|direction) (?:within |of |in |inside |under |au sein (?:de la |de l' ?|du |des |de |d' ?)|de la |de l' ?|du |de |d' ?|rattachee? (?:a la |a l' ?|au |a ))|(?:also )?part of |(?:housed |located )?(?:in|within) )(?:the |la |le |l' ?)?{T:O}` },
  // "X, maison mère de l'opérateur Y", "X, the parent company of Y"
  { id: 'subsidiary-parent', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`{T:C} ?, ?(?:deja |already |aussi |also )?(?:la |le |l' ?|the |a )?(?:maison mere|societe mere|parent company|parent|holding|proprietaire|owner) ${OF}(?:l' ?|la |le |the )?(?:[a-z-]+ )?{S:C}` },
  // "X, propriétaire de A et de B": B too
  { id: 'subsidiary-parent-more', type: 'SUBSIDIARY_OF', confidence: 0.75, pattern: String.raw`{T:C} ?, ?(?:la |le |l' ?|the |a )?(?:maison mere|societe mere|parent company|parent|holding|proprietaire|owner) ${OF}(?:l' ?|la |le |the )?(?:[a-z-]+ )?⟦C\d+⟧ (?:et|and|,) (?:de |d' ?|du |of )?(?:la |le |l' ?|the )?{S:C}` },
  // "the Danish X parent, Y", "X's parent company, Y", "la maison mère de X, Y": the parent named after the child's
  { id: 'subsidiary-named-parent', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`{S:C}(?: ?'s)? (?:parent company|parent group|parent firm|parent)(?: ?,)? (?:the )?(?:[a-z-]+-owned |[a-z-]+-based |group )?{T:C}` },
  { id: 'subsidiary-named-parent-fr', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`(?:maison mere|societe mere) (?:de |du |d' ?)(?:la |le |l' ?)?{S:C} ?, (?:la |le |l' ?)?(?:groupe |societe )?{T:C}` },
  // "Financial difficulties at its parent company, the X Group, …": the company the possessive refers to belongs to X
  { id: 'subsidiary-its-parent', type: 'SUBSIDIARY_OF', confidence: 0.6, sourcePrevious: true, pattern: String.raw`(?<![a-z])(?:its|their|sa|son|leur) (?:[a-z-]+ )?(?:parent company|parent group|parent firm|parent|maison mere|societe mere|groupe parent|majority owner|actionnaire majoritaire) ?,? ?(?:the |la |le |l' ?)?(?:groupe |group )?{T:C}` },
  { id: 'subsidiary-owned', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`{S:C}(?: ?, [^,.;⟦]{0,60}?)? ?,? (?:(?:est |is )?(?:majoritairement |entierement |wholly |majority[- ]|(?:[5-9]\d|100)(?:[.,]\d+)?(?: ?%| percent)[- ])?(?:(?:owned by|detenue? (?:[a-z]+ |a (?:[5-9]\d|100)(?:[.,]\d+)? ?% )?par|propriete de|controlee? par|controlled by|part of|rachetee? par|acquired by) |propriete d' ?))(?:la |le |l' ?|the )?(?:⟦N\d+⟧ ?'s )?(?:groupe |group )?(?:{DEMONYM} (?:corporate |group |company |firm |conglomerate |holding )?|(?!famille |family )[a-z]+ )?{T:C}` },
  // COMPETES_WITH
  { id: 'compete-verb', type: 'COMPETES_WITH', confidence: 0.9, more: true, pattern: String.raw`(?<!(?:filiale|subsidiary|unit|division|arm) (?:de |d' ?|of )(?:la |le |l' ?|the )?){S:C}(?: ?, (?:qui|which|who)| ?, (?:[^,.;]|[.,](?=\d)){3,80},)?${AUX} (?:concurrence|concurrencent|rivalise avec|rivalisent avec|competes? with|compete with|competes? against|rivals?|takes on|take on|battles|fights|se bat contre|affronte|affrontera|concurrencera|defie) ${NP}{T:C}` },
  { id: 'compete-apposition', type: 'COMPETES_WITH', confidence: 0.85, more: true, pattern: String.raw`{S:C} ?, ?(?:un |une |le |la |l' ?|a |the )?(?:[a-z-]+ )?(?:concurrent|rival|competitor)e?(?: (?:directe?|principale?|historique|majeure?|traditionnel(?:le)?|mondiale?|europeenne?))? ${OF}(?:groupe |group )?{T:C}` },
  { id: 'compete-apposition-focus', type: 'COMPETES_WITH', confidence: 0.6, targetFocus: true, pattern: String.raw`{S:C} ?, ?(?:un |une |le |la |l' ?|a |the |son |its )(?:[a-z-]+ )?(?:concurrent|rival|competitor)e?(?! ?(?:de |d' ?|du |des |of )|s)` },
  { id: 'compete-copula', type: 'COMPETES_WITH', confidence: 0.8, more: true, pattern: String.raw`(?:est|is|sont|are|reste|remains) (?:un |une |le |la |l' ?|a |an |the )?(?:[a-z-]+ )?(?:concurrent|rival|competitor)e?s? ${OF}${NP}{T:C}` },
  { id: 'compete-face', type: 'COMPETES_WITH', confidence: 0.75, more: true, pattern: String.raw`(?:face a|face aux?|en concurrence avec|concurrence avec|concurrents? ?:|rivaux ?:|in competition with|competing with|competing against|competition with|rivals? such as|competitors? such as|(?<!(?:procedure|plainte|action|recours|poursuites|proces|enquete|sanctions?|lutte|greve|manifestation|judiciaire)(?: [a-z0-9-]+){0,4} )contre) ?(?:la |le |l' ?|the )?{T:C}` },
  // "its lead over rivals A and B", "ses concurrents A et B"
  // … and a company noun between: "acquisition of A by rival company B", "competing suppliers such as A"
  // (after a possessive, "its competitor B" is compete-possessive's)
  { id: 'compete-rivals', type: 'COMPETES_WITH', confidence: 0.75, more: true, pattern: String.raw`(?<!(?:son|sa|ses|its|their|leur|leurs) (?:[a-z-]+ )?)(?:rivals|rival|competitors|competitor|competing|concurrents|rivaux) (?:${RIVAL_COMPANY_NOUN} )?(?:,? ?(?:such as|like|including|comme|tels que|notamment) )?{T:C}` },
  // a named company's rival: "A's main rival, B", "B, A's closest competitor", "le principal concurrent de A, B"
  { id: 'compete-named-rival', type: 'COMPETES_WITH', confidence: 0.8, pattern: String.raw`{S:C} ?'s (?:[a-z-]+ ){0,2}?(?:rival|competitor|challenger) ?,? ?(?:the )?{T:C}` },
  { id: 'compete-named-rival-after', type: 'COMPETES_WITH', confidence: 0.8, pattern: String.raw`{T:C} ?, ?(?:now )?{S:C} ?'s (?:[a-z-]+ ){0,2}?(?:rival|competitor|challenger)(?![a-z])` },
  { id: 'compete-named-rival-fr', type: 'COMPETES_WITH', confidence: 0.8, pattern: String.raw`(?:le |la |son |sa |un |une )?(?:[a-z-]+ )?(?:concurrente?|rivale?) (?:[a-z-]+ )?(?:de |d' ?|du )(?:la |le |l' ?)?(?:groupe )?{S:C} ?, ?(?:la |le |l' ?)?{T:C}` },
  // competition-authority prose: "A and B, both active in the supply of …": two parties in one market
  { id: 'compete-both-active', type: 'COMPETES_WITH', confidence: 0.6, pattern: String.raw`{S:C} (?:and|et) {T:C} ?, (?:are )?(?:both|tous deux|toutes deux|toutes les deux|tous les deux) (?:active|actives|actifs|present|presents|presentes|operating|competing) (?:in|on|dans|sur)(?![a-z])` },
  // "où elle affronte A", "permettra à X de concurrencer A", "to take on A"
  { id: 'compete-pronoun', type: 'COMPETES_WITH', confidence: 0.75, more: true, pattern: String.raw`(?:\b(?:il|elle|it|they) (?:(?:could|can|will|would|may|might|must|also|better|still|pourrait|peut|va|doit|aussi|mieux) ){0,2}|(?:(?<!⟧ ?, ?)|(?<=(?:filiale|subsidiary|unit|division|arm) (?:de |d' ?|of )(?:la |le |l' ?|the )?⟦C\d+⟧ ?, ?))\b(?:qui|which|who) |\bde |\bd' ?|\bto )(?:concurrencer|concurrencera|concurrence|concurrencent|affronte|affrontera|affrontent|affronter|rivaliser avec|rivalise avec|compete with|competes with|compete against|competes against|take on|takes on|rival|battles|fights|se bat contre) ${NP}{T:C}` },
  // "fait face à la concurrence d'A et de B", "faces competition from A": the subject competes with them
  { id: 'compete-from', type: 'COMPETES_WITH', confidence: 0.75, more: true, pattern: String.raw`(?:concurrence (?:de la |de l' ?|de |d' ?|du |des )|competition from (?:the )?)(?:[a-z-]+ )?{T:C}` },
  // countries: "the UK to go toe to toe with the US economy", "la France veut rivaliser avec la Chine"
  // "the competition between A and B", "la rivalité entre A et B": a stated competition between the two
  { id: 'compete-between', type: 'COMPETES_WITH', confidence: 0.8, pattern: String.raw`(?:competition|rivalry|battle|race|concurrence|rivalite|bataille|guerre) (?:[a-z-]+ ){0,2}?(?:between|entre) (?:le |la |l' ?|les |the )?{S:C} (?:et|and) (?:le |la |l' ?|les |the )?{T:C}` },
  { id: 'compete-countries', type: 'COMPETES_WITH', confidence: 0.75, pattern: String.raw`{S:N} (?:[a-z-]+ ){0,2}?(?:go|goes|going|went|to go|stand|stands) toe to toe (?:[a-z-]+ ){0,4}?with (?:the )?{T:N}` },
  { id: 'compete-countries-verb', type: 'COMPETES_WITH', confidence: 0.75, pattern: String.raw`{S:N} (?:to |will |must |can |could |wants to |veut |doit |peut )?(?:compete|competes|competing|rivalise|rivaliser|concurrencer|concurrence) (?:with |avec )?(?:the |la |le |l' ?|les )?{T:N}` },
  // "To compete with America." in a country's statement: that country competes
  { id: 'compete-country-infinitive', type: 'COMPETES_WITH', confidence: 0.6, sourceCountry: true, pattern: String.raw`^(?:and |but |et |mais )?(?:to|pour) (?:compete with|go toe to toe with|rivaliser avec|concurrencer) (?:the |la |le |l' ?|les )?{T:N}` },
  // PARTNERS_WITH
  { id: 'partner-its', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`{S:C} (?:et|and) (?:son|sa|ses|its|their|leur) (?:[a-z-]+ )?(?:partenaire|partner|allie|ally) {T:CO}` },
  { id: 'partner-verb', type: 'PARTNERS_WITH', confidence: 0.9, more: true, pattern: String.raw`{S:C}(?: ?, (?:qui|which|who)| ?, (?:[^,.;]|[.,](?=\d)){3,80},)? (?:s'associe|s'allie|s'est (?:egalement |aussi |deja |par ailleurs )?associee?|s'est (?:egalement |aussi |deja |par ailleurs )?alliee?|noue un partenariat|signe un partenariat|a signe un partenariat|partners?|partnered|is partnering|teams? up|teamed up|is teaming up|joins forces|joined forces|collabore|collaborates?) (?:avec |a |with )?${NP}{T:CO}` },
  // "un nouveau centre de recherche commun avec les sociétés A et B", "built jointly with A": a joint work names its partners
  { id: 'partner-joint-with', type: 'PARTNERS_WITH', confidence: 0.7, more: true, pattern: String.raw`(?<![a-z])(?:commune?s?|conjointe?s?|conjointement|en commun|jointly) (?:avec|with) (?:les |la |le |l' ?|the )?(?:(?:societes|entreprises|groupes|industriels|companies|firms|groups|societe|entreprise|groupe|company|firm|group) )?{T:C}` },
  // (… and the partners listed there with each other: "commun avec les sociétés A et B")
  { id: 'partner-joint-with-pair', type: 'PARTNERS_WITH', confidence: 0.7, pattern: String.raw`(?<![a-z])(?:commune?s?|conjointe?s?|conjointement|en commun|jointly) (?:avec|with) (?:les |the )?(?:(?:societes|entreprises|groupes|industriels|companies|firms|groups) )?{S:C} (?:et|and) (?:la |le |l' ?|the )?{T:C}` },
  { id: 'partner-phrase', type: 'PARTNERS_WITH', confidence: 0.8, more: true, pattern: String.raw`(?:(?:une |a )?(?:coentreprise|co-entreprise|joint venture|joint-venture) (?:avec|with)|en partenariat avec|in partnership with|a partnership with|partnership with|partenariat avec|alliance avec|alliance with|en collaboration avec|in collaboration with|in co-operation with|in cooperation with|en cooperation avec|teaming up with|aux cotes de) ${NP}{T:CO}` },
  // "a signé un accord avec X", "signed an agreement with X"
  // "announced a $3 billion agreement with X", "entered into an agreement with X"
  // (a contract or a deal announced or priced is a sale, not a partnership: only signed ones stay in the first branch)
  { id: 'partner-agreement', type: 'PARTNERS_WITH', confidence: 0.75, more: true, pattern: String.raw`(?:(?:signe|signed|conclu|concluded|noue|struck|reached) (?:un |une |an |a |the |l' ?|le )?(?:accord|agreement|contrat|contract|deal|partenariat|partnership)|(?:signe|signed|conclu|concluded|noue|struck|reached|announced|entered into|annonce) (?:un |une |an |a |the |l' ?|le )?(?:[$€£]?\d[\d.,]* (?:(?:million|billion|milliards?|millions?) )?(?:d'euros |de dollars |euros |dollars )?)?(?:accord|agreement|partenariat|partnership))(?: [a-z-]+){0,2}? (?:avec|with) ${NP}{T:CO}` },
  // "A et le groupe B ont annoncé un partenariat", "A and B announced a partnership"
  { id: 'partner-pair', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`{S:C} (?:et|and) (?:le |la |l' ?|the )?(?:[a-z'-]+ ){0,5}?{T:CO}(?: ?, [^,.;]{3,60},)? (?:ont |have |has )?(?:par ailleurs |egalement |aussi |also |deja |jointly )?(?:annonce|signe|conclu|noue|finalise|announced|signed|formed|unveiled|agreed|sealed|scelle|completed|finalized)(?: [a-z]+)? (?:un |une |a |an |la |le |the |their |leur )?(?:nouveau |new |strategic |strategique )?(?:partenariat|partnership|alliance|accord|agreement|coentreprise|joint venture|fusion|merger|rapprochement)` },
  // "Two companies, A and B, have announced a merger", "A et B ont annoncé leur fusion": a merger of two named companies
  { id: 'partner-merger-pair', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`{S:C} (?:et|and) (?:le |la |l' ?|the )?{T:C} ?, (?:ont |have |has )?(?:[a-z-]+ )?(?:annonce|announced|agreed|signed|approved|approuve|conclu|finalise|finalized|completed) (?:un |une |a |an |la |le |the |their |leur )?(?:projet de |plan to |planned |proposed )?(?:fusion|merger|rapprochement|mariage)` },
  // "fined A and B … for implementing their proposed merger", "A et B … leur projet de fusion": the pair that merges
  { id: 'partner-merger-their', type: 'PARTNERS_WITH', confidence: 0.75, pattern: String.raw`{S:C} (?:et|and) (?:le |la |l' ?|the )?{T:C}(?: [^.;⟦]{0,80}?)? (?:their|leur) (?:proposed |planned |intended |projet de )?(?:merger|fusion|rapprochement)(?! (?:control|regulation|rules|review|guidelines|policy|investigations?|inquir(?:y|ies)|enquiry|assessments?|enquetes?|examens?|proceedings|procedures?))` },
  // "la fusion des deux constructeurs A et B", "the merger of A and B", "merger between A and B" (not "talk of a merger between"),
  // "la fusion de deux agences, A et B" (public bodies merge too)
  { id: 'partner-merger-of', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`(?<!(?:talk|talks|rumou?rs?|speculation|idea|possibility) of an? |(?:possible|potential|eventuelle?|hypothetique|hypothetical|rumoured|rumored|d'une|d'un) )(?:fusion|merger|rapprochement|mariage) (?:des |of |between |entre |de |d' ?)(?:(?:deux|two|the two|les deux) )?(?:[a-z-]+ ){0,3}?(?:[,:] )?(?:le |la |l' ?|the )?{S:CO} (?:et|and|with|avec) (?:le |la |l' ?|the )?{T:CO}` },
  // "a joint holding owned equally by A and B", "détenue à parité par A et B", "jointly owned by A and B"
  { id: 'partner-joint-owners', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`(?:(?:jointly|equally) (?:owned|held|controlled) by |owned (?:jointly|equally) by |detenue? (?:a parite|conjointement|a parts egales|a 50 ?%(?: chacun)?) (?:par )?|(?:coentreprise|co-entreprise|holding commune|societe commune|entreprise commune|joint venture) (?:[a-z-]+ ){0,6}?(?:de|par|between|of|entre) )(?:la |le |l' ?|the )?(?:[a-z-]+ )?{S:CO} (?:et|and) (?:la |le |l' ?|the )?(?:[a-z-]+ )?{T:CO}` },
  // "The UK and US governments have signed a new agreement", "la France et l'Inde ont signé un accord": states agreeing
  { id: 'partner-countries-signed', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`{S:N} (?:et|and) (?:la |le |l' ?|les |the )?{T:N}(?: governments?| gouvernements?)? (?:have |has |ont |a )?(?:[a-z-]+ )?(?:signed|concluded|agreed|sealed|signe|conclu|scelle|adopte) (?:un |une |a |an |the |le |la |l' ?|their |leur )?(?:new |nouvel |nouveau |nouvelle |historic |historique |bilateral |bilateral |landmark )?(?:[a-z-]+ )?(?:agreement|accord|treaty|traite|memorandum|deal|convention|partnership|partenariat)` },
  // "a service built with X", "un outil développé avec X"
  { id: 'partner-built-with', type: 'PARTNERS_WITH', confidence: 0.6, pattern: String.raw`(?:built|developed|designed|co-developed|developpee?s?|concue?s?|codeveloppee?s?) (?:jointly )?(?:with|avec) ${NP}{T:CO}` },
  { id: 'partner-infinitive', type: 'PARTNERS_WITH', confidence: 0.75, more: true, pattern: String.raw`(?:s'allier|s'associer|nouer un partenariat|to partner|to team up|to join forces) (?:avec |a |with )?${NP}{T:COR}` },
  // "l'accord financier signé ce matin à Paris entre A (…) et B", "the first contract between A and B"
  { id: 'partner-between', type: 'PARTNERS_WITH', confidence: 0.85, pattern: String.raw`(?:partenariat|partnership|alliance|coentreprise|joint venture|accord|agreement|contrat|contract|memorandum|protocole|cooperation) (?:(?:[^.;⟦]|⟦[RN]\d+⟧){0,80}? )?(?:entre|between) (?:le |la |l' ?|les |the )?(?:(?:[a-z'-]+ ){1,5}\()?{S:CO}(?:[^()]*\)| ?\([^()]*\))? (?:et|and) (?:le |la |l' ?|les |the )?(?:⟦N\d+⟧ ?'s )?{T:CO}` },
  // "A and B will work together", "A et B coopéreront": a stated joint work
  { id: 'partner-together', type: 'PARTNERS_WITH', confidence: 0.75, pattern: String.raw`{S:CO} (?:et|and) (?:le |la |l' ?|les |the )?{T:CO}(?: ?\([^()]*\))? (?:will |would |to |shall |vont |va |doivent |continue to |continueront a )?(?:work together|work jointly|cooperate|collaborate|travailleront ensemble|travailler ensemble|cooperer|coopereront|collaboreront|collaborer)` },
  // "A and B's project to build and jointly operate a plant", "A et B exploiteront conjointement"
  { id: 'partner-jointly', type: 'PARTNERS_WITH', confidence: 0.75, pattern: String.raw`{S:C} (?:et|and) (?:le |la |l' ?|the )?{T:C}(?: ?'s)? (?:[a-z-]+ ){0,6}?(?:jointly|conjointement|together|ensemble|en commun) (?:(?:build|operate|develop|own|run|produce|manage|construire|exploiter|developper|produire|detenir|gerer)|(?:built|operated|developed|owned|run|produced|managed|construit|exploite|developpe|produit|detenu|gere)e?s?)` },
  // "our strong partnership with X" in a government's statement: the article's country
  { id: 'partner-our', type: 'PARTNERS_WITH', confidence: 0.6, sourceCountry: true, pattern: String.raw`(?<![a-z])(?:our|notre|nos) (?:[a-z-]+ ){0,2}?(?:partnership|partenariat|alliance|cooperation|collaboration) (?:with|avec) (?:the |le |la |l' ?)?{T:C}` },
  // LOCATED_IN
  { id: 'located-based', type: 'LOCATED_IN', confidence: 0.85, pattern: String.raw`{S:CO} ?,? (?:base|basee|installe|installee|implante|implantee|headquartered|based|situe|situee|dont le siege est) (?:a|en|au|aux|in|near) {T:RN}` },
  // "Sa filiale X se situe au cœur de la Y", "X se trouve à Y", "X is located in the heart of Y": a finite verb of being sited
  { id: 'located-sits', type: 'LOCATED_IN', confidence: 0.8, pattern: String.raw`(?<!(?:of|de|du|des|d'|at|for|pour|chez) (?:(?:the|la|le|l' ?|les) )?(?:[a-z-]+ )?){S:CO} (?:se situe|se situent|se trouve|se trouvent|is located|are located|is situated|are situated|sits|lies) (?:(?:au coeur|au centre|in the heart|in the centre|in the center|at the heart) (?:de |du |des |d' ?|of )|(?:a|en|au|aux|dans|in|at) )(?:la |le |l' ?|les |the )?{T:RN}` },
  // "Headquartered in Dallas, Pellix makes…", "Basée à Lyon, la société X": the participle fronted before the name
  { id: 'located-fronted', type: 'LOCATED_IN', confidence: 0.8, pattern: String.raw`(?:^|; )(?:headquartered|based|implantee?|basee?|installee?|situee?) (?:in|at|a|en|au) (?:the |la |le |l' ?)?{T:RN}(?: ?, ?⟦[RN]\d+⟧)? ?, (?:(?:the |la |le |l' ?)?(?:[a-z-]+ ){0,2})?{S:CO}` },
  // "X, the biggest electric company in Texas", "X, le premier employeur de la région Y": a leader of a place is there
  { id: 'located-leader-of-place', type: 'LOCATED_IN', confidence: 0.6, pattern: String.raw`{S:C} ?, ?(?:the |la |le |l' ?)?(?:biggest|largest|leading|main|only|oldest|premier|premiere|principal|principale|plus grande?|plus gros|seule?) (?:[a-z-]+ ){0,3}?(?:company|firm|group|operator|producer|maker|manufacturer|bank|employer|airline|carrier|utility|retailer|entreprise|societe|groupe|operateur|producteur|fabricant|banque|employeur|compagnie) (?:in|of|en|au|du|de|d' ?|de la) (?:the |la |le |l' ?)?(?:(?:region|state|province|departement|city|ville) (?:of |de |d' ?)?)?{T:RN}` },
  // "the Pellix plant at Ashby", "three Orvane sites in Wales", "l'usine Orvane de Douai": a named company's site in a place
  { id: 'located-site', type: 'LOCATED_IN', confidence: 0.7, pattern: String.raw`{S:C} (?:[a-z-]+ )?(?:plants?|factory|factories|sites?|works|mills?|refinery|smelter|steelworks|usines?|site|raffinerie|acierie) (?:at|in|near|a|de|d' ?|en|pres de) (?:the |la |le |l' ?)?{T:R}` },
  { id: 'located-comma', type: 'LOCATED_IN', confidence: 0.8, pattern: String.raw`{S:R} ?, ?{T:N}` },
  // DEVELOPS
  { id: 'develops-maker', type: 'DEVELOPS', confidence: 0.85, pattern: String.raw`{S:C} ?, ?(?:the |le |la |l' ?|a |an |un |une )?(?:[a-z-]+ )?(?:maker|creator|developer|createur|concepteur|conceptrice|editeur|fabricant|inventeur|developpeur)s? ${OF}{T:D}` },
  { id: 'develops-maker-title', type: 'DEVELOPS', confidence: 0.85, pattern: String.raw`{T:D} (?:maker|creator|developer|owner) {S:C}` },
  // "A's range of garden tools, including X and Y", "A's cars, such as X": the company's products listed
  { id: 'develops-possessive-including', type: 'DEVELOPS', confidence: 0.7, pattern: String.raw`{S:C} ?'s (?:[a-z-]+ ){0,5}?(?:drugs|medicines|medications|vaccines|treatments|products|brands|models|vehicles|cars|trucks|devices|phones|smartphones|chips|processors|aircraft|planes|jets|engines|games|titles|software|apps|beers|beverages|drinks) ?,? (?:including|such as|like|notably) {T:D}` },
  // (… and the last of the list: "including X, Y and Z")
  { id: 'develops-possessive-including-last', type: 'DEVELOPS', confidence: 0.7, pattern: String.raw`{S:C} ?'s (?:[a-z-]+ ){0,5}?(?:drugs|medicines|medications|vaccines|treatments|products|brands|models|vehicles|cars|trucks|devices|phones|smartphones|chips|processors|aircraft|planes|jets|engines|games|titles|software|apps|beers|beverages|drinks) ?,? (?:including|such as|like|notably) ⟦D\d+⟧(?: ?, ⟦D\d+⟧)* ?,? (?:and|or) {T:D}` },
  { id: 'develops-possessive', type: 'DEVELOPS', confidence: 0.7, pattern: String.raw`{S:C} ?'s (?:new |latest |own )?{T:D}` },
  // "Vela, Orvane's COVID-19 vaccine": the product and its maker in apposition
  { id: 'develops-apposition-possessive', type: 'DEVELOPS', confidence: 0.75, pattern: String.raw`{T:D} ?, ?{S:C} ?'s ` },
  { id: 'develops-whose', type: 'DEVELOPS', confidence: 0.75, pattern: String.raw`{S:C} ?, ?(?:whose|dont (?:le |la |les |l' ?)?) {T:D}` },
  { id: 'develops-of', type: 'DEVELOPS', confidence: 0.65, pattern: String.raw`{T:D} (?:de |d' ?){S:C}` },
  // ("the X vaccine was developed by A", "le vaccin X a été mis au point par A": a product noun and an auxiliary between)
  { id: 'develops-by', type: 'DEVELOPS', confidence: 0.85, pattern: String.raw`{T:D}(?: [a-z-]+)? ?,? (?:(?:was|is|were|are|has been|have been|had been|will be|a ete|ont ete|est|sont|sera|avait ete) )?(?:(?:first|originally|jointly|initialement|conjointement) )?(?:developpee?s?|concue?s?|creee?s?|lancee?s?|fabriquee?s?|produite?s?|mise? au point|developed|designed|built|made|launched|produced|manufactured|created|invented) (?:par|by) {S:C}` },
];
