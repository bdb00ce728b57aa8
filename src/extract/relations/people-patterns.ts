/**
 * ROLE_AT shapes of press releases and speeches that the first pattern set (patterns.ts) does not read,
 * as pattern rules over skeletons (same slots, applied after PATTERNS):
 * - a relative or prepositional clause: "X, who heads Y", "X, qui dirige Y", "X, à la tête de Y";
 * - a passive with the organisation first: "Y, led by X", "Y … co-chaired by A and B", "présidée par X";
 * - an appointment with the company as subject: "Y named X (as) its new chief executive";
 * - titles in a list or bare apposition: "Y's founder and CEO, X", "X, Chief Executive, Y,", "X, Y chief executive,";
 * - "X, in her role as Chair of Y", "X, as chairman of Y";
 * - professions and owners: "X, professeur de journalisme à Y", "X owner of Y", "X, dean of Y";
 * - honorifics and vocatives between a title and the name: "le Président d'Y, M. X", "le vice-président d'Y, cher X".
 */
import { REGION_OF_COMPANY, type PatternRule } from './patterns.ts';

/** A person's honorific or postnominal letters, and a vocative ("cher", "dear"), around a name. */
// (not lexicon HONORIFICS: a pattern over skeleton text, with the salutations cher/dear and the dotted forms)
const HONORIFIC = String.raw`(?:cher|chere|dear|m\.|mme|mr\.?|mrs\.?|ms\.?|monsieur|madame|dr\.?|sir|dame|prof\.?|professor|professeur) `;
const HON = `(?:${HONORIFIC})?`;
const POSTNOMINAL = String.raw`(?: (?:mp|mep|msp|ms|qc|kc|obe|cbe|mbe|dbe|kbe|phd))*`;
const DET = String.raw`(?:(?:the|le|la|l' ?|les|its|their|son|sa) )?`;
const OF = String.raw`(?:de la |de l' ?|du |de |d' ?|des |of (?:the )?|at (?:the )?|chez )`;
/** Verbs of running an organisation, present and past, English and French. */
const RUNS = String.raw`(?:heads|headed|runs|ran|leads|led|chairs|chaired|co-chairs|co-chaired|manages|managed|directs|directed|heads up|is the head of|was the head of|is head of|dirige|dirigeait|preside|presidait|copreside|gere|pilote|anime)`;
/** Participles of being run by someone: "led by", "présidée par" (founding is a past act, not a role: "co-founded by A"). */
const RUN_BY = String.raw`(?:led|headed|chaired|co-chaired|run|managed|directed|owned|controlled|dirigee?s?|presidee?s?|copresidee?s?|co-presidee?s?|animee?s?|pilotee?s?)`;
/** The organisation is the subject of "led by", not a complement ("the offer for Y was led by X"). */
const NOT_COMPLEMENT = String.raw`(?<!(?:for|of|on|in|at|to|with|by|from|into|about|pour|sur|dans|avec|par|de|du|des|d' ?|a|au|aux) (?:(?:the|le|la|les|l' ?|a|an) )?)`;
/** A few words after a name, none of them an auxiliary ("(JETCO) today [14 July]", not "was"). */
const NO_VERB_GAP = String.raw`(?: (?!(?:is|was|are|were|has|have|had|will|been|be|est|sera|a|etait|ete)(?![a-z]))[^\s,.;⟦]+){0,4}`;
/** "by (its founder) X", "par (son président) X", "par M. X". */
const BY = String.raw`(?:jointly |conjointement )?(?:by|par) (?:(?:its|their|sa|son|leur|the|le|la|l' ?) )?(?:[a-z-]+ ){0,3}?(?:(?:(?:un|une|a|an) [a-z-]+ ?, ?)?(?:m\.|mme|mr\.?|mrs\.?|ms\.?|dr\.?|monsieur|madame) )?`;
/** Professions and owners that work at an organisation named after them. */
export const PROFESSIONS = String.raw`(?:professor|professeur|professeure|lecturer|dean|doyen|doyenne|owner|co-owner|proprietaire|fellow|researcher|chercheur|chercheuse|scientist|scientifique|maitre de conferences|enseignant|enseignante)`;

export const PEOPLE_PATTERNS: PatternRule[] = [
  // "X, who heads Y", "X, who has led Y since 2019", "X, qui dirige le groupe Y", "X, who co-founded Y" (a founder's role, as
  // "co-founder of Y")
  { id: 'role-runs-clause', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?(?:who|qui) (?:(?:also|now|currently|still|has|had|aussi|desormais|toujours|a) ){0,2}(?:${RUNS}|founded|co-founded|cofounded|fonde|cofonde|a fonde|a cofonde) (?:(?:the|le|la|l' ?|les) )?(?:(?:groupe|group|company|firm|societe|entreprise|union|syndicat|board of) )?{T:CO}` },
  // "X, chairman and CEO of A and co-founder of B", "X, président de A et fondateur de B": the second title of one apposition
  { id: 'role-apposition-second', type: 'ROLE_AT', confidence: 0.8, more: true, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?${DET}(?!(?:former|ancien|ancienne|ex)[ -])(?:[a-z&-]+ ){1,5}?${OF}⟦[CO]\d+⟧ ?,? (?:and|et|&) ${DET}(?!(?:former|ancien|ancienne|ex)[ -])(?:[a-z-]+ )?{ROLE} ${OF}{T:CO}` },
  // "X, présidente de la Région A, vice-présidente de B": a second title after a comma (each title names its own body; the
  // apposition ends after B: "…, Chair of B Jane Roe" is the title of a name glued to B)
  { id: 'role-apposition-second-comma', type: 'ROLE_AT', confidence: 0.75, more: true, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?${DET}(?!(?:former|ancien|ancienne|ex)[ -])(?:[a-z&-]+ ){1,4}?${OF}(?:(?:region|departement|ville|state|province|county) (?:de |d' ?|du |of )?)?⟦[COR]\d+⟧ ?, ?${DET}(?!(?:former|ancien|ancienne|ex)[ -])(?:[a-z-]+ )?{ROLE}(?: (?:delegue|deleguee|adjoint|adjointe|general|generale|executive|executif|executive))? ${OF}{T:CO}(?= ?(?:\([^()]*\) ?)?(?:[,.;:]|$| (?:and|et|said|says|has|have|is|was|will|who|qui|a|est|sera|ont)(?![a-z])))` },
  // "X and his family own the company", "X runs Y", "X dirige le groupe Y": a person as the subject of owning or running a firm
  // (not "X runs Y's plant": a unit of Y, nor "X owns 5 % of Y": a stake)
  { id: 'role-owns-runs', type: 'ROLE_AT', confidence: 0.7, pattern: String.raw`{S:P}(?: (?:and|et) (?:his|her|their|sa|son|ses|leur) (?:family|wife|husband|brothers?|sons?|famille|epouse|mari|freres?|fils))? (?:(?:also|still|now|aussi|toujours) )?(?:owns|own|owned|runs|ran|heads|headed|possede|possedent|dirige|dirigent) (?:the |le |la |l' ?)?(?:(?:company|firm|business|group|groupe|societe|entreprise) )?{T:C}(?! ?'s| (?:shares?|stock|stocks|stakes?|bonds?|actions|titres|parts))` },
  // "X, à la tête d'Y depuis 2019", "X, at the helm of Y"
  { id: 'role-at-head', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?(?:(?:already|now|deja|desormais) )?(?:a la tete|aux commandes|at the head|at the helm|au sommet) ${OF}(?:(?:groupe|group|company|societe|entreprise) )?{T:CO}` },
  // "Y is led by X", "Y was chaired by its founder X": Y the subject (not "the offer for Y was led by X")
  { id: 'role-run-by', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`${NOT_COMPLEMENT}{T:CO}(?: ?\([^()]*\))?(?: ?, [^,.;⟦]{3,60},)? (?:is|was|are|were|has been|had been|will be|est|sera|a ete|etait) ${RUN_BY} ${BY}{S:P}` },
  // "Y, led by X", "Y (JETCO) today co-chaired by Trade Minister X": a participle after the organisation
  { id: 'role-run-by-participle', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{T:CO}${NO_VERB_GAP} ?,? ${RUN_BY} ${BY}{S:P}` },
  // "… co-chaired by A and Vice Minister B": the second of the pair too
  { id: 'role-run-by-second', type: 'ROLE_AT', confidence: 0.7, pattern: String.raw`{T:CO}${NO_VERB_GAP} ?,? ${RUN_BY} ${BY}⟦P\d+⟧ (?:and|et) (?:[a-z-]+ ){0,3}?{S:P}` },
  // "Y named X (as) its new chief executive", "Y a nommé X directeur général"
  { id: 'role-named-by-company', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{T:C} (?:(?:has|have|had|on [a-z]+|today|a|vient de|a officiellement) )?(?:named|appointed|hired|nominated|recruited|promoted|nomme|a nomme|recrute|a recrute|designe|a designe|promu|a promu) {S:P} ?,? (?:as |comme |au poste de |to the post of |to the role of )?(?:(?:its|their|the|a|an|son|sa|le|la|l' ?) )?(?:(?:new|next|first|nouveau|nouvelle|prochain|prochaine) )?(?:[a-z-]+ ){0,2}?{ROLE}` },
  // "Y's founder and CEO, X", "Y's chairman and chief executive X"
  { id: 'role-possessive-pair', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`{T:CO} ?'s (?:(?:new|former|current|longtime) )?{ROLE} (?:and|&) (?:[a-z-]+ ){0,3}?[a-z-]+ ?,? ${HON}{S:P}` },
  // "X, Chief Executive, Y, said": a title and the company, comma-separated, in apposition
  { id: 'role-comma-list', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?{ROLE}(?: (?:and|&) (?:[a-z-]+ ){0,3}?[a-z-]+)? ?, ?{T:CO}(?= ?,| ?\.| ?;| ?$| said| says| told| added)` },
  // "X – CEO, Y –", "X, Executive Vice President, Global Operations, Y,": a dash for the comma, a unit between title and company
  { id: 'role-comma-unit', type: 'ROLE_AT', confidence: 0.7, pattern: String.raw`{S:P}${POSTNOMINAL} ?(?:,|[–—]| - ) ?{ROLE}(?: (?:and|&) (?:[a-z-]+ ){0,3}?[a-z-]+)?(?: ?, ?(?:(?!(?:said|says|told|added|who|which|and|et|qui)(?![a-z-]))[a-z&-]+ ?){1,3})? ?, ?{T:CO}(?= ?[,.;–—]| ?$| - | said| says| told| added)` },
  // "X, Y chief executive, said", "X, the Y founder,"
  { id: 'role-company-title-apposition', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?(?:the |a |an )?{T:CO} (?:(?:deputy|vice|senior|executive|group|global|co-) ?)?{ROLE}(?: (?:and|&) (?:[a-z-]+ ){0,2}?[a-z-]+)?(?= ?,| ?\.| ?;| ?$| said| says| told| added)` },
  // "X MP, in her role as Chair of Y", "X, as chairman of Y", "X, en sa qualité de président de Y"
  { id: 'role-in-capacity', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?(?:in (?:his|her|their) (?:role|capacity) as|en (?:sa|leur) qualite de|as|comme) (?:the |a |an )?(?:[a-z-]+ )?{ROLE} ${OF}{T:CO}` },
  // "X, professeur de journalisme à Y", "X owner of Y", "X, dean of the school of management at Y"
  { id: 'role-profession', type: 'ROLE_AT', confidence: 0.7, pattern: String.raw`{S:P}${POSTNOMINAL} ?,? (?:an? |un |une |the |le |la |l' ?)?(?:[a-z-]+ )?${PROFESSIONS}(?: (?:of|de|d' ?|en|in) [a-z-]+(?: [a-z-]+)?)? (?:at|of|from|chez|de|d' ?|a|aupres de|du|de la|de l' ?) (?:the |la |le |l' ?)?{T:CO}` },
  // "X, senior vice president at Y", "X, directeur de l'usine Y de Lyon": words before the title or between it and the company
  // (not a company followed at once by another name: a list of titles before names)
  { id: 'role-apposition-words', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?${DET}(?:(?!(?:former|ancien|ancienne|ex)\b)[a-z-]+ ){0,2}?{ROLE}(?: (?:of|for) [a-z-]+(?: [a-z-]+)?)? (?:${OF}(?:(?:usine|site|plant|factory|filiale|division|unit|branche|groupe|group|societe|company|firm|entreprise|constructeur|laboratoire|banque|bank) )?(?:[a-z-]+ )?|at )(?:the |la |le |l' ?)?{T:CO}(?! ?⟦P)` },
  // "Le président du groupe Y, X, a salué …": a cue word between the title and the company
  { id: 'role-before-cue', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`(?<!⟦P\d+⟧ ?, ?(?:(?:le|la|l' ?|the) )?)${DET}{ROLE} ${OF}(?:groupe|group|societe|company|entreprise|firme|firm|constructeur|laboratoire|banque|bank|geant|specialiste|fabricant|operateur) (?:[a-z-]+ )?{T:CO} ?, ?${HON}{S:P}` },
  // "le Président d'Y, M. X", "le vice-président du Y, cher X": an honorific or vocative before the name
  { id: 'role-before-honorific', type: 'ROLE_AT', confidence: 0.85, pattern: String.raw`(?<!⟦P\d+⟧ ?, ?(?:(?:le|la|l' ?|the) )?)${DET}{ROLE} (?:(?:sortant|sortante|actuel|actuelle|new|nouveau|nouvelle) )?${OF}{T:CO} ?, ?${HONORIFIC}{S:P}` },
  // "Chair X of Y announced", "X de Y devrait devenir PDG", "X of the Y Council said": a person named with the employer after "of"
  { id: 'role-person-of', type: 'ROLE_AT', confidence: 0.7, pattern: String.raw`{S:P}${POSTNOMINAL} ?,? (?:of|from|de|d' ?|du|de la|de l' ?) (?:the )?{T:CO}` },
  // "X, à la tête de la région Y", "X, at the helm of the state of Y": a region's executive
  { id: 'role-at-head-place', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?(?:(?:already|now|deja|desormais) )?(?:a la tete|at the head|at the helm) ${OF}(?:(?:region|departement|ville|city|state|province|county|metropole|collectivite) (?:de |d' ?|du |of )?)?{T:R}` },
  // "X, administrator of Y's business programs", "X, head of Y's research unit": the title of a unit of Y
  { id: 'role-of-unit', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?${DET}(?:[a-z-]+ )?(?:{ROLE}|administrator|administrateur|administratrice) (?:of|at|for) (?:the )?{T:CO} ?'s ` },
  // "l'homme d'affaires X (avocat et fondateur de Y en 1996)", "X (chief executive of Y)": the title in parentheses after the name
  { id: 'role-in-parentheses', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P}${POSTNOMINAL} ?\( ?(?:(?:[a-z-]+ ){1,2}(?:et|and|,) )?(?:(?:le|la|l' ?|the|a|an|un|une) )?(?!(?:former|ancienne?|ex)[ -])(?:[a-z-]+ )?{ROLE} ${OF}(?:(?:groupe|group|societe|company|firm|entreprise) )?{T:CO}` },
  // round 10 (tests/extract/round10-roles.test.ts)
  // "Mr. X, CEcD, is the 2016 Chair of Y", "X est la présidente de Y": a copula and a title of the organisation (letters after
  // the name, read as names or not, may come between)
  { id: 'role-copula', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{S:P}${POSTNOMINAL}(?: ?, ?(?:⟦P\d+⟧|[a-z]{1,5}\.?)){0,3} ?,? (?:is|was|has been|remains|est|etait|reste|demeure) (?:(?:also|now|currently|still|aussi|desormais|actuellement|toujours) )?(?:the|le|la|l' ?|a|an|un|une) (?:(?:\d{4}|new|current|nouveau|nouvelle|actuel|actuelle) )?(?:[a-z-]+ )?{ROLE}(?: (?:and|et|&) (?:[a-z-]+ ){0,2}?[a-z-]+)? ${OF}(?:(?:societe|groupe|company|group|firm|entreprise) )?{T:COG}` },
  // "…, is the Chair of A, and the President and CEO of B": the second title of the same copula
  { id: 'role-copula-second', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P}${POSTNOMINAL}(?: ?, ?(?:⟦P\d+⟧|[a-z]{1,5}\.?)){0,3} ?,? (?:is|was|has been|remains|est|etait|reste|demeure) (?:(?:also|now|currently|still|aussi|desormais|actuellement|toujours) )?(?:the|le|la|l' ?|a|an|un|une) [^.;⟦]{0,40}?${OF}⟦[COG]\d+⟧(?: (?:in|a|en) ⟦[RN]\d+⟧(?: ?, ⟦[RN]\d+⟧)?)? ?,? (?:and|et) (?:also |aussi )?(?:the|le|la|l' ?|a|an|un|une) (?:[a-z-]+ )?{ROLE}(?: (?:and|et|&) (?:[a-z-]+ ){0,2}?[a-z-]+)? ${OF}{T:COG}` },
  // "l'AFII avec son Ambassadrice, X", "Y à travers son Président, mon ami X", "Y, through its chairman X": the organisation
  // the possessive follows
  { id: 'role-org-with-its', type: 'ROLE_AT', confidence: 0.8, pattern: String.raw`{T:CO} ?,? (?:avec|with|a travers|au travers de|par|through|via|represented by|represente par|representee par) (?:son|sa|ses|its|their|leur) (?:[a-z-]+ )?{ROLE} ?,? ${HON}(?:(?:mon|notre) (?:ami|amie|cher|chere) )?{S:P}` },
  // "X, the head of its Belfast operations", "X, directeur de son usine de Y": a title of the unit of the company the sentence is about
  { id: 'role-head-of-its-unit', type: 'ROLE_AT', confidence: 0.7, targetSubject: true, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?(?:the |le |la |l' ?)?{ROLE} (?:of|for|de|du|des) (?:its|their|son|sa|ses|leur) (?:(?:⟦[RN]\d+⟧|[a-z-]+) ){0,2}?(?:operations|business|businesses|division|unit|activities|activites|plant|plants|site|sites|usine|usines|factory|factories|subsidiary|filiale|branch|branche|operations)\b` },
  // "M. X, président Europe du groupe japonais", "X, CEO Americas of Y": a title with its region before the organisation
  { id: 'role-title-region', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?{DET}{ROLE} (?:⟦[PRN]\d+⟧|europe|france|monde|world|international|americas|asia|asie|emea|afrique|africa) (?:du |de la |de l' ?|des |of (?:the )?|at (?:the )?|chez )?(?:(?:groupe|group|societe|company|firm|entreprise|constructeur) )?{T:CO}` },
  // "X, Vice President for Europe, Acme Robotics,": a title of the company's region, then the company
  { id: 'role-title-of-region-company', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{S:P}${POSTNOMINAL} ?, ?{DET}{ROLE} (?:of|for) (?:the )?⟦R\d+⟧(?=${REGION_OF_COMPANY}) ?, ?{T:C}` },
  // "InvestAcme Executive Director X", "le directeur du programme Y, X": a programme or initiative is run by its director
  { id: 'role-program-director', type: 'ROLE_AT', confidence: 0.7, pattern: String.raw`{T:G} (?:(?:executive|managing|deputy|program|programme|national) )?(?:director|head|coordinator|manager|chair|directeur|directrice|coordinateur|coordinatrice) ?,? ${HON}{S:P}` },
  // "Y, dont X est le président", "Y, whose chief executive is X", "Y, whose founder X said": a relative clause of the organisation
  { id: 'role-whose-title', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{T:CO}(?: ?\([^()]*\))? ?, ?dont ${HON}{S:P} (?:est|etait|reste|demeure|sera|a ete) (?:(?:aussi|toujours|desormais|actuellement) )?(?:le |la |l' ?|un |une )?(?:[a-z-]+ )?{ROLE}(?![a-z -]*(?<![a-z])(?:de|du|des|d') )` },
  { id: 'role-whose-title-en', type: 'ROLE_AT', confidence: 0.75, pattern: String.raw`{T:CO}(?: ?\([^()]*\))? ?, ?whose (?:(?:new|current|longtime) )?(?:[a-z-]+ )?{ROLE}(?: (?:and|&) [a-z-]+(?: [a-z-]+)?)? (?:is |was |has been |remains )?${HON}{S:P}` },
  // "The president of the company, Dr. X,": the company the sentence or the one before is about
  { id: 'role-of-the-company', type: 'ROLE_AT', confidence: 0.6, targetSubject: true, pattern: String.raw`(?:the|le|la|l' ?) {ROLE} (?:of the|du|de la|de l' ?) (?:company|group|firm|groupe|societe|entreprise|compagnie) ?, ?${HON}{S:P}` },
];
