/**
 * PARTNERS_WITH, SUBSIDIARY_OF and COMPETES_WITH shapes that the first pattern set (patterns.ts) does
 * not read, as pattern rules over skeletons (applied after PATTERNS):
 * - agreements named by their kind: "signed a memorandum of understanding with Y", "a conclu un protocole
 *   d'accord avec Y", "A and B signed an MoU", "la signature du contrat-cadre entre A et B";
 * - working together with an auxiliary: "A will collaborate with B", "A va coopérer avec B";
 * - co-owners by share: "owned 51% by A and 49% by B";
 * - subsidiaries: "Y subsidiary X", "X (a subsidiary of Y)", "Y's X unit", "Filiale du groupe Y, X",
 *   "Y owns X", "Y détient le contrôle de X … ainsi que celui de Z", "X appartient au groupe Y",
 *   "Y Inc.'s (Y) subsidiary, X";
 * - rivals by possessive: "A et son concurrent B", "racheté par son ex-concurrent canadien, B".
 */
import type { PatternRule } from './patterns.ts';

const NP = String.raw`(?:(?:le|la|l' ?|les|the|a|an|un|une|son|sa|its|des|du) )?(?:[a-z-]+ |[a-z]' ?[a-z-]+ ){0,2}?`;
/** Kinds of agreement that the first pattern set does not name. */
const AGREEMENT_KINDS = String.raw`(?:memorandum of understanding|memorandum|mou|letter of intent|framework agreement|cooperation agreement|collaboration agreement|strategic agreement|protocole d'accord|protocole|lettre d'intention|accord-cadre|contrat-cadre|accord de cooperation|accord de partenariat|collaboration|cooperation)`;
const SIGNED = String.raw`(?:signed|signs|sign|have signed|has signed|entered into|enters into|concluded|reached|struck|announced|announce|announces|launched|launch|formed|form|signe|signent|ont signe|a signe|conclu|ont conclu|a conclu|concluent|annonce|annoncent|ont annonce|a annonce|noue|nouent|ont noue|a noue|lance|lancent)`;

/** An apposition after the subject, names and parentheses included: "X, société de tête du groupe Y (ci-après …),". */
const APPOSITION = String.raw`(?: ?, [^.;]{3,120}?,)?`;
/** A company noun or legal form before the name: "la société anonyme X" (read as "la société" ⟦anaphor⟧ "anonyme" X too). */
const COMPANY_NOUN = String.raw`(?:(?:societe anonyme|societe par actions simplifiee|societe|company|firm|entreprise|groupe|group) |⟦C\d+⟧ (?:anonyme|par actions simplifiee) )?`;

export const TIES_PATTERNS: PatternRule[] = [
  // PARTNERS_WITH
  // "A signed a memorandum of understanding with B", "A a conclu un protocole d'accord avec B"
  { id: 'partner-agreement-kind', type: 'PARTNERS_WITH', confidence: 0.75, more: true, pattern: String.raw`${SIGNED} (?:(?:a|an|the|un|une|le|la|l' ?|its|their|son|sa|leur) )?(?:[a-z-]+ ){0,2}?${AGREEMENT_KINDS}(?: [a-z'-]+){0,4}? (?:with|avec) ${NP}{T:CO}` },
  // "A and B signed an MoU", "A et la société B ont signé un protocole d'accord"
  { id: 'partner-pair-agreement-kind', type: 'PARTNERS_WITH', confidence: 0.75, pattern: String.raw`{S:CO} (?:et|and) (?:le |la |l' ?|the )?(?:[a-z'-]+ ){0,3}?{T:CO}(?: ?, [^,.;]{3,60},)? (?:(?:have|has|will|today|jointly|ont|vont|aujourd'hui|conjointement) ){0,2}${SIGNED} (?:(?:a|an|the|un|une|le|la|l' ?|their|leur) )?(?:[a-z-]+ ){0,2}?${AGREEMENT_KINDS}` },
  // "la signature du contrat-cadre entre A et B"
  { id: 'partner-agreement-kind-between', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`${AGREEMENT_KINDS} (?:(?:[^.;⟦]|⟦[RN]\d+⟧){0,60}? )?(?:entre|between) (?:le |la |l' ?|les |the )?{S:CO} (?:et|and) (?:le |la |l' ?|les |the )?{T:CO}` },
  // "A will collaborate with B", "A va coopérer avec B" (a modal before the verb)
  { id: 'partner-collaborate', type: 'PARTNERS_WITH', confidence: 0.75, more: true, pattern: String.raw`{S:C}(?: ?, (?:[^,.;]|[.,](?=\d)){3,80},)? (?:(?:will|would|is to|are to|plans to|agreed to|has agreed to|have agreed to|has been|have been|is|are|was|were|va|vont|doit|compte|a accepte de) )?(?:also |aussi |egalement |closely |etroitement |now )?(?:(?<=(?:to|will|would) )work|(?<=(?:is|are|was|were|been|also|now) )(?:collaborating|cooperating|partnering|working)|collaborate|cooperate|partner|team up|join forces|collaborer|cooperer|travailler|s'associer|s'allier|unir ses forces|collaborera|collaboreront|cooperera|coopereront|s'associera|s'associeront) (?:closely |etroitement )?(?:with|avec|a) ${NP}{T:C}` },
  // "A and B are working together on …", "A et B travaillent ensemble"
  { id: 'partner-working-together', type: 'PARTNERS_WITH', confidence: 0.7, pattern: String.raw`{S:CO} (?:et|and) (?:the |le |la |l' ?)?{T:CO}(?: ?\([^()]*\))? (?:are |have been |will be |sont |continuent (?:de |a )|continue to )?(?:already |deja )?(?:working together|working jointly|cooperating|collaborating|travaillent ensemble|travaillent conjointement|cooperent|collaborent)` },
  // "Fusion de A et de B", "the merger of A and of B": the preposition repeated before the second party
  { id: 'partner-merger-of-repeated', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`(?<!(?:talk|talks|rumou?rs?|speculation|idea|possibility) of an? |(?:possible|potential|eventuelle?|hypothetique|hypothetical|d'une|d'un) )(?:fusion|merger) (?:de |d' ?|du |of )(?:le |la |l' ?|the )?{S:C} (?:et|and) (?:de |d' ?|du |of )(?:le |la |l' ?|the )?{T:C}` },
  // "owned 51% by A and 49% by B", "détenue à 60 % par A et à 40 % par B"
  { id: 'partner-owned-shares', type: 'PARTNERS_WITH', confidence: 0.7, pattern: String.raw`(?:owned|held|detenue?s?) (?:a )?[0-9][0-9,.]* ?% (?:by|par) (?:the |la |le |l' ?)?{S:CO}(?: ?,)? (?:and|et) (?:a )?[0-9][0-9,.]* ?% (?:by|par) (?:the |la |le |l' ?)?{T:CO}` },
  // "A has undertaken efforts to collaborate on research with B", "A agreed to cooperate with the University of B": the
  // partner may be an organization; a lead-in of intent and a subject of the work ("on research") may come between
  { id: 'partner-collaborate-on', type: 'PARTNERS_WITH', confidence: 0.7, pattern: String.raw`{S:C}(?: ?, (?:[^,.;]|[.,](?=\d)){3,80},)? (?:(?:has|have|had|will|would|is|are) )?(?:(?:also|now|already|recently|since) )?(?:(?:undertaken|made|begun|started|launched|stepped up|taken) (?:[a-z-]+ )?(?:efforts|steps) to |(?:agreed|decided|plans|planned|intends|aims|seeks|began|begun|started|continues|continue|wants|is set|are set|expects|hopes|is to|are to) to )?(?:collaborate|cooperate|partner|team up|join forces|work together)(?: (?:on|in|for)(?: [a-z-]+){1,4}?)? (?:closely )?with ${NP}{T:CO}` },
  // "A joined with B in 1998", "A joined forces with B", "A teamed up with B" (a past merger or alliance, no buyer stated)
  { id: 'partner-joined-with', type: 'PARTNERS_WITH', confidence: 0.7, pattern: String.raw`{S:C}(?: ?, (?:[^,.;]|[.,](?=\d)){3,80},)? (?:(?:has|have|had|later|then|also|finally) )?(?:joined|joins|joined forces|joins forces|teamed up|teams up) with (?:the |le |la |l' ?)?{T:C}` },
  // "le groupe A, allié au fonds B", "A, allied with B": an ally named by the participle (the alliance of a bid or a takeover)
  { id: 'partner-allied', type: 'PARTNERS_WITH', confidence: 0.75, pattern: String.raw`{S:C}(?: ?,)? (?:alliee?s?|allied) (?:a (?:la |l' ?)?|au |aux |avec (?:la |le |l' ?|les )?|with (?:the )?|to (?:the )?)(?:(?:groupe|group|societe|company) )?{T:C}` },
  // "Orvane and Pellix Merger" (a title), "the A and B merger was cleared": a merger named by its two parties
  { id: 'partner-pair-merger', type: 'PARTNERS_WITH', confidence: 0.7, pattern: String.raw`{S:C} (?:and|&) {T:C} (?:merger|tie-up|joint venture)(?![a-z -]*(?:control|regulation|rules|guidelines|review|inquiry|investigation|policy))` },
  // "a partnership of A and B", "l'alliance de A et de B": two named parties of one partnership
  { id: 'partner-partnership-of', type: 'PARTNERS_WITH', confidence: 0.75, pattern: String.raw`(?:partnership|alliance|partenariat)s? (?:of|formed by|made up of|de|d' ?|formee? par|composee? de) (?:the |le |la |l' ?)?{S:C} (?:and|et|&) (?:de |d' ?)?(?:the |le |la |l' ?)?{T:C}` },
  // "signed a memorandum … between the United States and the Y Prefecture", "un accord … entre la France et la Chine": a
  // state or region is a party when agreement wording names both (the pattern "partner-between" reads companies only)
  { id: 'partner-agreement-between-places', type: 'PARTNERS_WITH', confidence: 0.7, pattern: String.raw`(?:agreement|accord|memorandum|treaty|traite|convention|protocole|protocol|partnership|partenariat)s? (?:(?:[^.;⟦]|⟦[RN]\d+⟧){0,110}? )?(?:entre|between) (?:le |la |l' ?|les |the )?{S:NR} (?:et|and) (?:le |la |l' ?|les |the )?{T:CONR}(?! ?'s| (?:government|gouvernement|ministry|ministere|company|firm))` },
  // round 10 (tests/extract/round10-ties.test.ts)
  // "International X Council Partners with Y" (a headline), "the Agency partners with the Z programme": organisations and
  // programmes as parties of the verb that names the partnership itself
  { id: 'partner-verb-organization', type: 'PARTNERS_WITH', confidence: 0.8, pattern: String.raw`{S:CO}(?: ?, (?:qui|which|who))? (?:partners|partnered|is partnering|has partnered|have partnered|teams up|teamed up|s'associe|s'est associee?) (?:avec |a |with )(?:the |le |la |l' ?)?{T:COG}` },
  // "la fusion de deux agences, A et B", "the merger of two banks, A and B": the two parties after their count
  { id: 'partner-merger-of-two', type: 'PARTNERS_WITH', confidence: 0.75, pattern: String.raw`(?:fusion|merger|rapprochement) (?:des |of |between |entre |de |d' ?)(?:deux|two|the two|les deux) [a-z-]+ ?(?:,|:) ?(?:le |la |l' ?|the )?{S:CO} (?:et|and) (?:de |d' ?)?(?:le |la |l' ?|the )?{T:CO}` },
  // "une usine commune à deux groupes, A et B", "a plant shared by two groups, A and B": the joint owners of a site
  { id: 'partner-common-site', type: 'PARTNERS_WITH', confidence: 0.75, pattern: String.raw`(?:usine|site|filiale|societe|entreprise|plant|factory|subsidiary|company) (?:commune?|partagee?|shared|owned jointly|jointly owned) (?:a|aux|entre|par|by|of|between) (?:(?:deux|trois|two|three) )?(?:groupes|entreprises|societes|groups|companies|firms|industriels) ?(?:,|:)? ?(?:le |la |l' ?|the )?{S:C} (?:et|and) (?:le |la |l' ?|the )?{T:C}` },
  // DEVELOPS (round 10): "la marque « X » symbole de l'usine Y", "the X brand, made at the Y plant": a brand and the maker it is
  // the mark of
  { id: 'develops-brand-of-maker', type: 'DEVELOPS', confidence: 0.7, pattern: String.raw`(?:marque|brand)s? (?:[a-z-]+ ){0,4}?(?:« ?|" ?)?{T:D}(?: ?»| ?")? ?,? ?(?:(?:brand|marque) )?(?:[a-z-]+ )?(?:symbole|embleme|fleuron|fierte|produite?|fabriquee?|made|produced|manufactured|flagship|symbol|pride) (?:de l' ?|du |de la |des |d' ?|of (?:the )?|by (?:the )?|at (?:the )?|par (?:l' ?|le |la )?|a l' ?)(?:(?:usine|entreprise|societe|groupe|site|plant|factory|company|group) )?{S:C}` },
  // SUBSIDIARY_OF
  // "Y subsidiary X will…", "la filiale Y X" is not French word order; English only
  { id: 'subsidiary-title', type: 'SUBSIDIARY_OF', confidence: 0.75, pattern: String.raw`{T:C} (?:subsidiary|unit|division|affiliate) {S:C}` },
  // "X (a subsidiary of Y)", "X (filiale du groupe Y)"
  { id: 'subsidiary-parenthesis', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`{S:C} ?\( ?(?:a |an |the |une |la )?(?:[a-z-]+ )?(?:wholly[- ]owned )?(?:subsidiary|unit|division|filiale|branch|branche|affiliate) (?:of|de|du|d' ?|de la) ?(?:the |la |le |l' ?)?(?:groupe |group )?{T:C}` },
  // "X, filiale à 100 % du groupe Y", "X is a 60%-owned subsidiary of Y"
  { id: 'subsidiary-share', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`{S:C}(?: ?, ?| is | est )(?:une |un |la |le |a |an |the )?(?:(?:filiale|subsidiary) (?:a |detenue a )?[0-9][0-9,.]* ?%|[0-9][0-9,.]* ?%[- ]owned (?:subsidiary|unit)) (?:de la |du |de l' ?|de |d' ?|of (?:the )?)(?:groupe |group )?{T:C}` },
  // "X, Y's European unit, …": the possessive in apposition after the subsidiary
  { id: 'subsidiary-possessive-apposition', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`{S:C} ?, ?{T:C} ?'s (?:[a-z-]+ ){0,2}?(?:subsidiary|unit|division|arm|affiliate)(?![a-z])` },
  // "la société X du groupe Y", "l'usine X du groupe Y": a firm or a site named with its group
  { id: 'subsidiary-of-group', type: 'SUBSIDIARY_OF', confidence: 0.7, pattern: String.raw`(?<![a-z])(?:societe|entreprise|filiale|marque|enseigne|usine|papeterie|fonderie) {S:C} (?:du|de la) groupe (?:[a-z-]+ )?{T:C}` },
  // "Y's X unit", "Y's X subsidiary"
  { id: 'subsidiary-possessive-unit', type: 'SUBSIDIARY_OF', confidence: 0.75, pattern: String.raw`{T:C} ?'s {S:C} (?:unit|subsidiary|division|arm|affiliate)` },
  // "Y Inc.'s (Y) subsidiary, X": the short name in parentheses after the possessive
  { id: 'subsidiary-possessive-alias', type: 'SUBSIDIARY_OF', confidence: 0.85, pattern: String.raw`{T:C}\.? ?'s ?\((?:⟦C\d+⟧|[^()⟦]{1,30})\) (?:[a-z-]+ ){0,2}(?:subsidiary|unit|division|arm) ?,? {S:C}` },
  // "Filiale du groupe Y, la société X …", "A subsidiary of Y, X …": the apposition fronted
  { id: 'subsidiary-fronted', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`(?:^|; )(?:une? |a |an )?(?:[a-z-]+ )?(?:filiale|subsidiary|unit|division) (?:[a-z-]+ )?(?:de la |du |de l' ?|de |d' ?|of (?:the )?)(?:groupe |group )?{T:C} ?, (?:the |la |le |l' ?)?(?:(?:societe|company|firm|entreprise|groupe|group) )?{S:C}` },
  // "Y owns X", "Y possède X", "Y détient le contrôle (exclusif) de X", "Y controls X"
  { id: 'subsidiary-owns', type: 'SUBSIDIARY_OF', confidence: 0.75, pattern: String.raw`{T:C}(?: ?\([^()]*\))?${APPOSITION}(?: ?, ?(?:which|qui))? (?:(?:also|already|now|aussi|deja|desormais) )?(?:owns |possede |controls |(?:detient|detenait|holds|exerce|has) (?:le |the )?(?:controle|control) (?:(?:exclusif|exclusive|conjoint|joint) )?(?:de la |du |de l' ?|des |de |d' ?|of (?:the )?|over (?:the )?))(?:the |la |le |l' ?)?${COMPANY_NOUN}{S:C}` },
  // "… détient le contrôle de A (…), …, ainsi que celui de la société B": the second company controlled
  { id: 'subsidiary-owns-also', type: 'SUBSIDIARY_OF', confidence: 0.7, pattern: String.raw`{T:C}(?: ?\([^()]*\))?${APPOSITION} (?:detient|detenait|exerce|holds|has) (?:le |the )?(?:controle|control) [^.;]{0,300}? (?:ainsi que|as well as) (?:celui|that) (?:de la |du |de l' ?|des |de |d' ?|of (?:the )?)${COMPANY_NOUN}{S:C}` },
  // A seller owns what it sells: "la vente du site X par le groupe Y", "the sale of X by Y"
  { id: 'subsidiary-sale-by', type: 'SUBSIDIARY_OF', confidence: 0.7, pattern: String.raw`(?<![a-z])(?:vente|cession|mise en vente|sale|divestment|divestiture|disposal) (?:(?:du|de la|de l' ?|of the) (?:site|usine|societe|entreprise|filiale|plant|factory|company|subsidiary|business) |(?:de la |de l' ?|du |de |d' ?|of (?:the )?))(?:(?:site|usine|societe|entreprise|filiale|papeterie|fonderie) )?{S:C} (?:par|by) (?:le |la |l' ?|the )?(?:(?:groupe|societe|group|company) )?(?:[a-z-]+ )?{T:C}` },
  // "X, dernière filiale …, fera l'objet d'une mise en vente par le groupe Y", "X is being sold by Y"
  { id: 'subsidiary-sold-by-phrase', type: 'SUBSIDIARY_OF', confidence: 0.7, pattern: String.raw`{S:C}(?: ?, (?:[^.;⟦]|⟦[NR]\d+⟧){3,100}?,)? (?:(?:fait|a fait|faisait|fera|va faire) l' ?objet d' ?une (?:[a-z]+ ){0,3}?(?:vente|cession|mise en vente)|(?:is being|is to be|will be|was|has been) (?:put up for sale|sold|divested|offered for sale)) (?:par|by) (?:le |la |l' ?|the )?(?:(?:groupe|societe|group|company) )?(?:[a-z-]+ )?{T:C}` },
  // "le groupe Y cherche un repreneur pour X", "Y is seeking a buyer for X": the seller owns X
  { id: 'subsidiary-buyer-sought', type: 'SUBSIDIARY_OF', confidence: 0.7, pattern: String.raw`{T:C} (?:(?:[^.;⟦]|⟦[NR]\d+⟧){0,60}? )?(?:recherche|cherche|chercher|cherchait|looking for|look for|seeking|seeks|seek|sought|searching for|search for) (?:d' ?)?(?:un |une |a |an )?(?:nouveau |nouvel |new |potential |potentiel )?(?:repreneur|acheteur|buyer|purchaser) (?:pour|for) (?:le |la |l' ?|les |the |its |son |sa |ses )?(?:(?:site|usine|societe|entreprise|filiale|plant|factory|company|subsidiary|business) )?{S:C}` },
  // "X, qui appartient au groupe Y", "X, appartenant au groupe américain Y", "X belongs to Y" (one adjective after the group noun)
  { id: 'subsidiary-belongs', type: 'SUBSIDIARY_OF', confidence: 0.8, pattern: String.raw`{S:C}(?: ?, (?:qui|which))?(?: ?,)? (?:appartient|appartenait|appartenant|belongs|belonged|belonging|est rattachee?) (?:desormais |now |already |deja )?(?:au |a la |a l' ?|aux |to (?:the )?)(?:(?:groupe|group) (?:[a-z-]+ )?)?{T:C}` },
  // "X, which is part of the Finnish Y Group", "X, qui fait partie du groupe Y" (round 10): membership of a group of companies
  { id: 'subsidiary-part-of', type: 'SUBSIDIARY_OF', confidence: 0.75, pattern: String.raw`{S:C}(?: ?, (?:qui|which|that))? (?:is|was|has been|est|etait|fait|faisait|a fait) (?:(?:now|also|still|desormais|aussi|toujours|deja|already) )?(?:part of|partie (?:du|de la|de l' ?|des)) (?:the |le |la |l' ?)?(?:(?:groupe|group) )?(?:[a-z-]+ )?{T:C}` },
  // "A and its owner B", "A et sa maison mère B": the owner named after the possessive
  { id: 'subsidiary-and-its-owner', type: 'SUBSIDIARY_OF', confidence: 0.75, pattern: String.raw`{S:C} (?:and|et) (?:its|their|sa|son|leur) (?:(?:new|current|nouveau|nouvelle|actuel|actuelle) )?(?:owner|owners|parent company|parent group|parent|majority owner|maison mere|societe mere|groupe parent|proprietaire|actionnaire majoritaire) ?,? ?(?:the |la |le |l' ?)?(?:groupe |group )?{T:C}` },
  // "help the company establish a U.S. subsidiary called X", "créer une filiale baptisée X": the subsidiary of the company
  // the sentence (or the one before) is about
  { id: 'subsidiary-called', type: 'SUBSIDIARY_OF', confidence: 0.7, targetSubject: true, pattern: String.raw`(?<![a-z])(?:a|an|its|their|une|un|sa|son|leur|new|nouvelle) (?:(?:⟦N\d+⟧|[a-z.-]+) ){0,2}?(?:subsidiary|affiliate|filiale) (?:(?:[a-z-]+ ){0,2}?(?:⟦[NR]\d+⟧ )?)?(?:called|named|known as|dubbed|baptisee?|appelee?|denommee?|nommee?) ?,? ?{S:C}` },
  // "A and its subsidiary B", "A et sa filiale B": the subsidiary named after the possessive
  { id: 'subsidiary-and-its-unit', type: 'SUBSIDIARY_OF', confidence: 0.75, pattern: String.raw`{T:C} (?:and|et) (?:its|their|sa|son|leur|ses|leurs) (?:[a-z-]+ )?(?:subsidiary|subsidiaries|filiale|filiales|unit|division) ?,? ?{S:C}` },
  // "A is working closely with B", "A travaille en étroite collaboration avec B", "A joined with B" ("A merged with B" is read as a
  // takeover by the real set's gold: left)
  { id: 'partner-works-with', type: 'PARTNERS_WITH', confidence: 0.75, more: true, pattern: String.raw`{S:CO}(?: ?, (?:which|who|qui)| ?, [^,.;]{3,80},)? (?:(?:is|are|has been|have been|will be|also|est|sont|a|ont) )?(?:working closely with|works closely with|work closely with|worked closely with|joined with|travaille(?:nt)? en etroite collaboration avec|en etroite collaboration avec) ${NP}{T:CO}` },
  // COMPETES_WITH
  // "A agreed to acquire the rival firm, B", "A a racheté son concurrent B" (the possessive is read by compete-possessive): a rival bought
  { id: 'compete-rival-bought', type: 'COMPETES_WITH', confidence: 0.75, targetSubject: true, pattern: String.raw`(?<![a-z])(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take over|takes over|took over|merge with|merges with|merged with|bid for|bids for|racheter|rachete|rachetait|acquerir|acquiert|absorber|absorbe|fusionner avec|fusionne avec) (?:(?:the|le|la|l') ?)?(?:rival|competitor|concurrent)(?: (?:company|firm|group|drugmaker|carmaker|maker|bank|airline|retailer|societe|groupe|entreprise))? ?,? ?{S:C}` },
  // "A vies with B", "A competes head-to-head with B", "A is vying with B for contracts"
  { id: 'compete-vies', type: 'COMPETES_WITH', confidence: 0.8, more: true, pattern: String.raw`{S:C}(?: ?, (?:which|who|qui)| ?, [^,.;]{3,80},)? (?:(?:is|are|will|also|still) )?(?:vies with|vie with|vying with|competes (?:head-to-head|head to head|head-on|head on|directly|fiercely) (?:with|against)|compete (?:head-to-head|head to head|head-on|head on|directly|fiercely) (?:with|against)|competing (?:directly |head-to-head )?against) ${NP}{T:C}` },
  // "A and B, rivals in the chip market,", "A et B, deux concurrents directs", "A and B compete in …": a pair named rivals
  { id: 'compete-pair', type: 'COMPETES_WITH', confidence: 0.75, pattern: String.raw`{S:C} (?:and|et) (?:le |la |l' ?|the )?{T:C}(?: ?, ?(?:the |two |deux |les deux |both )?(?:[a-z-]+ )?(?:rivals|competitors|concurrents|rivaux|concurrentes|rivales)(?! (?:of|de|du|des|d' ?)(?![a-z]))| (?:compete|are rivals|are competitors|se font concurrence|sont concurrents|sont concurrentes|rivalisent)\b)` },
  // "the two rivals, A and B", "les deux concurrents, A et B"
  { id: 'compete-two-rivals', type: 'COMPETES_WITH', confidence: 0.75, pattern: String.raw`(?:the two|two|deux|les deux) (?:[a-z-]+ )?(?:rivals|competitors|concurrents|rivaux|concurrentes|rivales) ?,? ?(?:(?:le|la|l' ?|the) )?{S:C} (?:and|et) (?:(?:le|la|l' ?|the) )?{T:C}` },
  // "A et son concurrent B", "racheté par son ex-concurrent canadien, B": the subject's rival
  { id: 'compete-possessive', type: 'COMPETES_WITH', confidence: 0.7, targetSubject: true, pattern: String.raw`(?<![a-z])(?:son|sa|ses|its|their|leur|leurs) (?:ex-|former |ancien |ancienne |main |principal |principale |grand |grande |biggest |closest |nearest |largest |fiercest |chief |direct |leading |arch-|arch |vieux |vieil |historic |historique )?(?:concurrente?s?|rivale?s?|rivaux|competitors?)(?: [a-z-]+)? ?,? ?(?:(?:la|le|l' ?|the) )?{S:C}` },
];
