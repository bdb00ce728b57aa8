/**
 * Investments stated through a facility rather than an investment word: "l'implantation d'X à Arles",
 * "X's new plant in Y", "the new fab in Taylor", "an expansion to their existing Austin facility",
 * "une usine d'X est prévue d'être construite sur les communes de A et de B", "X and Y's project to
 * build a facility in Z". The builder invests in the most specific place named for the facility.
 * A closure, a sale or job cuts at a plant state no investment.
 */
import { fold, foldedSlice } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { lastNamedCompany } from './last-named.ts';
import { WORLD_REGION_NAMES } from '../lexicon/common.ts';
import { possessorCompany } from './en-possessor-company.ts';
import { literalGate } from './literal-gate.ts';

/** Facility nouns, folded. */
export const FACILITY = String.raw`(?:gigafactory|gigafactories|giga-usine|plants?|factory|factories|fabs?|facility|facilities|campus|data cent(?:re|er)s?|data cent(?:re|er) campus|assembly lines?|production lines?|refinery|refineries|warehouses?|usines?|installation|implantation|raffinerie|entrepot|ligne de production|ligne d'assemblage|chaine d'assemblage|centre de donnees|centre de production|centre de recherche|(?:manufacturing|production|industrial) sites?|sites? (?:industriels?|de production)|nouveau site|offices|headquarters|(?:r&d|research|innovation|technology|engineering|development|design|distribution|logistics|training|customer service|service|operations) (?:cent(?:re|er)s?|hubs?|labs?|laborator(?:y|ies))|centres? (?:de r&d|d'innovation|de formation|logistiques?|de distribution)|laboratoires?|bureaux)`;
/**
 * A company's site that a town may follow: "l'usine B de X", "a racheté l'usine B de X", "B's old plant in X" (the site's
 * town, not the company, is where the money goes). Narrower than FACILITY: the nouns that name one site of a company.
 * Read by invests.ts, acquisitions.ts and clauses-fr/index.ts.
 */
const SITE_NOUN_FR = String.raw`usine|site|acierie|fonderie|raffinerie`;
/** The site noun right before a name, folded text: "l'ancienne usine ", "the plant ". */
export const SITE_NOUN_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:${SITE_NOUN_FR}|plant|factory|fab|campus|mill|refinery)\s+$`);
/** The same on a skeleton, French nouns only (one space before the placeholder). */
export const SITE_NOUN_FR_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:${SITE_NOUN_FR}) $`);
/** The nouns of a company's possessed site: "B's (former) plant in X". */
export const POSSESSED_SITE_NOUN = String.raw`sites?|plants?|factory|factories|facility|facilities|campus|premises|works|mill|fab`;
/** The preposition between a site's name and its town: "l'usine B de X", "the B plant at X". */
export const SITE_TOWN_PREP = String.raw`de|d'|a|in|at|near|pres de`;

/** A construction, opening or growth: the facility is an investment. */
const BUILD = /(?<![a-z])(?:new|nouvelle?|nouvel|build|builds|building|built|constru[a-z]*|bati[a-z]*|implant[a-z]*|s'implant[a-z]*|install[a-z]*|s'install[a-z]*|expansion|expand|extension|agrandissement|agrandir|open|opens|opening|ouvrir|ouverture|set up|sets up|setting up|establish|establishing|develop|developing|creation|creer|invest|investit|investissements?|investments?|project|projet|strengthen|strengthening|upgrade|upgrades|upgrading|\d[\d,]*-jobs?|inaugur[a-z]*|retool|retooling|modernize|modernise|modernizing|modernising|moderniser|modernisation|modernization)(?![a-z])/;
/** "has closed its $1.4 billion loan agreement", "closing of the deal": a deal concluded, no plant closed. */
const CLOSED_DEAL = /(?<![a-z])clos(?:e|es|ed|ing)\s+(?:on\s+)?(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:\S*\d\S*\s+(?:billion|million|bn|m\s+)?)?(?:[a-z-]+\s+){0,2}?(?:deal|agreement|loan|transaction|financing|funding round|round|acquisition|purchase)(?![a-z])/g;
/** A closure, sale or cut at a plant: no investment. */
const CLOSE = /(?<![a-z])(?:clos(?:e|es|ed|ing|ure)|shut|shuts|shutting|shutdown|fermer|ferme|fermera|fermeture|cede|sell|sells|sold|sale|cession|vente|cut|cuts|supprim|suppression|layoffs?|licenci|strike|greve|fire|incendie|explosion|accident)(?![a-z])/;
const PLACE_PREP = String.raw`(?:in|at|near|outside|a|en|au|aux|dans|pres de|sur les communes de|sur la commune de|sur le site de|located in|based in|basee? a|situee? a|situee? en|implantee? a)`;
/** "dans la région de Mulhouse", "in the city of Leeds", "near the town of X": an area noun before the place. */
const AREA_NOUN = String.raw`(?:(?:region|ville|commune|agglomeration|metropole|area|city|town|county|departement|province|state|district) (?:de |d' ?|du |of )(?:la |l' ?|the )?)?`;
/** Between two places of one list: "A, B, and C", "A, the B and cities in the C", "à A et de B". */
const PLACE_LINK = String.raw` ?(?:, ?(?:and |et )?|and |et |et de |ainsi qu'a )(?:de |a |in |en |the |la |le |l' ?|les )?(?:(?:[a-z-]+ ){1,2}(?:in|of|de|du|en|around|near) (?:the |la |le |l' ?)?)?`;
/** After the facility noun: a few words, a place preposition, the place (and others coordinated). */
// (a whole word: "fab" is not "fabrique")
// (a French relative between them opens another clause: "l'usine sur le modèle qui avait prévalu à X" is not at X)
const FACILITY_AT = new RegExp(String.raw`(?<![a-z-])${FACILITY}(?![a-z])(?: ?(?!(?:qui|que|dont) )(?:[a-z'-]+|⟦[CODGP]\d+⟧)){0,8}? ${PLACE_PREP} (?:the |la |le |l' ?|les )?${AREA_NOUN}(⟦[RN]\d+⟧(?:${PLACE_LINK}⟦[RN]\d+⟧)*)`, 'g');
/** Before the facility noun: "existing Austin facility", "their Taylor fab". */
// ("their Smyrna, Tennessee factory": a city and its state before the noun)
const PLACE_FACILITY = new RegExp(String.raw`(⟦R\d+⟧)(?: ?, ?⟦R\d+⟧)? (?:[a-z-]+ )?${FACILITY}(?![a-z])`, 'g');
/** A facility named by its place, then another place: "its ⟦R1⟧ factory in ⟦R2⟧" (the second contains the first). */
const PLACE_FACILITY_IN_AT = new RegExp(String.raw`^⟦R\d+⟧ (?:[a-z-]+ )?${FACILITY}(?![a-z]) (?:in|at|near) (?:the )?⟦R\d+⟧`);
/** A loan, grant or funds passed on to a named recipient that builds: "a loan to ⟦O⟧ to construct". */
const FUNDED_BUILDER = /(?:loans?|grants?|funds|funding|financing|aid|support) to (?:the )?⟦[CO](\d+)⟧ (?:to|for|that will|which will) (?:help )?(?:construct|build|expand|develop|open|establish|renovate|equip|create)(?![a-z])/;
const PLACE_FACILITY_IN = new RegExp(String.raw`⟦R(\d+)⟧ (?:[a-z-]+ )?${FACILITY}(?![a-z]) (?:in|at|near) (?:the )?⟦R(\d+)⟧`, 'g');
/** The builder named by the facility phrase itself: "⟦C⟧'s … plant", "plant … of/de/d' ⟦C⟧", "implantation d'⟦C⟧", "par ⟦C⟧". */
const OWNER_BEFORE = /⟦[CO](\d+)⟧ ?'s (?:[a-z'-]+ ){0,6}$/;
const OWNER_OF = /^ ?(?:[a-z'-]+ ){0,3}?(?:de|d' ?|du|of|by|par) (?:la |le |l' ?|the )?⟦[CO](\d+)⟧/;
const PUBLIC = /^(?:ue|eu|un|onu|nato|otan)$|commission|administration|department|ministry|ministere|government|gouvernement|agency|agence|council|conseil|parliament|parlement|assembl|senate|senat|congress|white house|elysee|matignon|downing street|kremlin|whitehall|treasury|union europeenne|european union|state|etat|office|bureau|board of|\bboard$/;

/** Speed: a skeleton neither facility expression can match states no facility's place. */
/** A construction at a place, then the facility: "la construction à ⟦R⟧ (⟦R⟧) d'un nouveau centre", "construira à ⟦R⟧ une usine", "build in ⟦R⟧ a new plant". */
const BUILD_AT_FACILITY = new RegExp(String.raw`(?<![a-z])(?:constru[a-z]*|implant[a-z]*|install[a-z]*|ouvrir|ouvrira|ouvre|ouverture|creation|creer|creera|build|builds|building|open|opens|opening) (?:a|en|au|in|at) (?:la |le |l' ?|the )?(⟦R\d+⟧)(?: \(⟦R\d+⟧\))? ?,? (?:d' ?|de |du |des |un |une |a |an |the |son |sa |ses |its |their |leur |leurs )(?:[a-z'-]+ ){0,3}?${FACILITY}(?![a-z])`, 'g');
/**
 * Public money to a town for a facility a company will use: "a loan to the town of ⟦R⟧, ⟦R⟧, that will upgrade an
 * assembly plant to be used by ⟦C⟧" — the company that uses the facility invests in the town (the grant is the town's).
 */
const GRANT_FOR_USER = new RegExp(String.raw`(?:grant|loan|funds|funding|investment) to (?:the )?(?:(?:city|town|village|county|port|borough|commune|ville) (?:of |de |d' ?))?⟦R(\d+)⟧(?: ?, ?⟦R\d+⟧\.?)? ?,? (?:to |that will |which will )(?:help )?[a-z-]+ (?:(?:and|or) [a-z-]+ )?(?:an? |the |its |a new )?(?:[a-z-]+ ){0,3}?${FACILITY}(?![a-z]) (?:[a-z-]+ ){0,3}?(?:for use by|to be (?:used|occupied|operated) by|used by|occupied by|operated by|leased to) (?:the )?⟦C(\d+)⟧`);
const MAY_PLACE_FACILITY = literalGate(FACILITY_AT, PLACE_FACILITY, BUILD_AT_FACILITY, GRANT_FOR_USER);
/** The committed party named by a noun of commitment before the works: "l'engagement financier de ⟦C⟧ dans la construction", "the investment of ⟦C⟧ in building". */
const COMMITTED_OF = /(?:engagement|investissement|participation|implication|commitment|investment|involvement)(?: (?:et )?[a-z]+){0,3} (?:de |d' ?|du |of )(?:la |le |l' ?|the )?⟦[CO](\d+)⟧ (?:dans|in|to|pour|for|a) /;
/** The partners of a joint facility: "(centre) commun avec les sociétés ⟦C⟧ et ⟦C⟧", "jointly with ⟦C⟧ and ⟦C⟧", "en partenariat avec ⟦C⟧". */
const JOINT_WITH = /^[^.;]{0,80}?(?:communs?|communes?|conjointe?s?|en commun|en partenariat|jointly|together|in partnership|in a joint venture) (?:avec|with) (?:les |la |le |l' ?|the )?(?:(?:societes|groupes|entreprises|companies|firms|groups) )?((?:⟦C\d+⟧(?: ?, ?| et | and |, and ))*⟦C\d+⟧)/;

export interface FacilityInvestment { investors: Mention[]; targets: Mention[]; at: number }

/** Short forms of public bodies named in full in their article ("DIT", "DOE"), marked by `markPublicAcronyms`. */
const PUBLIC_SHORT_FORMS = new WeakSet<Mention>();

/** Who may invest or buy: a company or organisation that acts, neither a public body nor a news outlet (the one reading it). */
export function mayInvest(m: Mention): boolean {
  return isActor(m) && !isPublicBody(m) && m.cueWord !== 'media';
}

/** The same, written in the text: an implicit mention (a country read from a demonym) names no investor. */
export function mayInvestNamed(m: Mention): boolean {
  return mayInvest(m) && !m.implicit;
}

/** Whether an actor is a public body (a grant-giver, not a builder). */
export function isPublicBody(m: Mention): boolean {
  return m.type === 'Country' || m.type === 'Region' || PUBLIC_SHORT_FORMS.has(m) || (m.type === 'Organization' && PUBLIC.test(fold(m.text))) ||
    (m.type === 'Company' && PUBLIC.test(fold(m.text)));
}

/** "the Department for International Trade (DIT) … DIT brings in": the acronym of a public body is one too. */
export function markPublicAcronyms(mentions: readonly Mention[]): void {
  const short = new Set<string>();
  const initials = new Set<string>();
  for (const m of mentions) {
    if (m.implicit || m.type === 'Country' || m.type === 'Region' || !PUBLIC.test(fold(m.text))) continue;
    if (m.type === 'Organization' || m.type === 'Company') for (const a of m.aliases ?? []) short.add(a);
    for (const i of initialsOf(m.text)) initials.add(i);
  }
  // "the U.S. Department of Energy … DOE's loan programme": an acronym spelling a public body's initials
  for (const m of mentions) if (CAPITALS_2_6.test(m.text) && initials.has(m.text)) short.add(m.text);
  if (!short.size) return;
  for (const m of mentions) if ((m.type === 'Organization' || m.type === 'Company') && short.has(m.text)) PUBLIC_SHORT_FORMS.add(m);
}

/** A possessive or indefinite before the superlative: the company's own first site, not a comparison ("its first plant"). */
const OWN_FIRST = /(?:^|\s)(?:its|their|our|his|her|a|an|son|sa|ses|leur|leurs|un|une)\s+(?:[a-z-]+\s+){0,2}(?:largest|biggest|first|premier|premiere|plus grande?) (?:(?:manufacturing|production|assembly|industrial|european|overseas|foreign|international|new) )?$/;
/** Right after a scope place, the site's own place: " here in the UK", ", in Leeds", " in Leeds". */
const SCOPE_THEN_PLACE = /^ ?,? (?:here |there |right here )?(?:in|at|near|a|en|au|aux) (?:the |la |le |l' ?)?⟦[RN](\d+)⟧/;

export function readFacility(ctx: RuleContext, s: Sentence, mentions: readonly Mention[]): FacilityInvestment | undefined {
  const sk = ctx.skeletons.get(s.index);
  if (!sk) return undefined;
  const text = sk.text;
  if (!MAY_PLACE_FACILITY(text)) return undefined;
  // (its own verbs: "that will upgrade a plant to be used by A")
  const forUser = GRANT_FOR_USER.exec(text);
  if (forUser) {
    const town = ctx.mentions[Number(forUser[1])], user = ctx.mentions[Number(forUser[2])];
    if (town && user && isActor(user) && !isPublicBody(user)) return { investors: [user], targets: [town], at: forUser.index };
  }
  if (!BUILD.test(text) || CLOSE.test(text.replace(CLOSED_DEAL, ''))) return undefined;
  // speed: both readings below need a place placeholder (⟦R…⟧ or ⟦N…⟧); without one nothing is found
  if (!text.includes('⟦R') && !text.includes('⟦N')) return undefined;
  const places: { ids: number[]; at: number; end: number }[] = [];
  FACILITY_AT.lastIndex = 0;
  for (const m of text.matchAll(FACILITY_AT)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // "the largest in Europe", "le premier en France": a comparison, not the place
    if (/(?:largest|biggest|first|only|premier|premiere|plus grande?|seule?) (?:(?:manufacturing|production|assembly|industrial|european|overseas|foreign|international|new) )?$/.test(before)) {
      // "its first plant in Europe here in the UK", "its first plant in Leeds": the company's own first site is built, in the
      // place after the scope when one follows, else in its place unless that is a continent (round 11, fresh text)
      if (!OWN_FIRST.test(before)) continue;
      const after = SCOPE_THEN_PLACE.exec(text.slice(m.index + m[0].length));
      const ids = [...m[1]!.matchAll(/⟦[RN](\d+)⟧/g)].map((x) => Number(x[1]));
      const place = ctx.mentions[ids[0]!];
      if (after) places.push({ ids: [Number(after[1])], at: m.index, end: m.index + m[0].length + after[0].length });
      else if (place && !(place.type === 'Region' && WORLD_REGION_NAMES.has(place.canonical ?? place.text))) places.push({ ids, at: m.index, end: m.index + m[0].length });
      continue;
    }
    // "technologies that are new to photovoltaic plants in the US": a kind of plant, none built
    if (/(?<![a-z])(?:new|unique|common|standard|rare) to (?:the )?(?:[a-z-]+ ){0,4}$/.test(before)) continue;
    places.push({ ids: [...m[1]!.matchAll(/⟦[RN](\d+)⟧/g)].map((x) => Number(x[1])), at: m.index, end: m.index + m[0].length });
  }
  BUILD_AT_FACILITY.lastIndex = 0;
  for (const m of text.matchAll(BUILD_AT_FACILITY)) places.push({ ids: [Number(m[1]!.slice(2, -1))], at: m.index, end: m.index + m[0].length });
  PLACE_FACILITY.lastIndex = 0;
  for (const m of text.matchAll(PLACE_FACILITY)) {
    // "their Asia Pacific Headquarters in Chennai": a continent or world region before the noun names the office's remit
    const place = ctx.mentions[Number(m[1]!.slice(2, -1))];
    // ("its Burnaston factory in Derbyshire": a town named before the facility and placed by the region after it is no remit)
    if (place && place.type === 'Region' && !place.country && (WORLD_REGION_NAMES.has(place.canonical ?? place.text) || !PLACE_FACILITY_IN_AT.test(text.slice(m.index)))) continue;
    places.push({ ids: [Number(m[1]!.slice(2, -1))], at: m.index, end: m.index + m[0].length });
  }
  if (!places.length) return undefined;
  places.sort((a, b) => a.at - b.at);
  // the most specific place: a city before its region or country ("in Crolles, France", "à Douai, Hauts-de-France")
  const targets: Mention[] = [];
  for (const p of places) {
    const ms = p.ids.map((i) => ctx.mentions[i]!).filter(Boolean);
    const regions = ms.filter((m) => m.type === 'Region');
    for (const m of regions.length ? [regions[0]!, ...regions.slice(1).filter((r) => !isContainer(r, regions[0]!, text))] : ms.slice(0, 1)) {
      if (!targets.some((t) => t.index === m.index || t.text === m.text)) targets.push(m);
    }
  }
  // "at its Burnaston factory in Derbyshire": the place after a facility named by its place contains it
  if (targets.length > 1) {
    PLACE_FACILITY_IN.lastIndex = 0;
    for (const m of text.matchAll(PLACE_FACILITY_IN)) {
      const k = targets.findIndex((t) => t.index === Number(m[2]));
      if (k >= 0 && targets.some((t) => t.index === Number(m[1]))) targets.splice(k, 1);
    }
  }
  // no region at all: one country is the place; a country beside a region of the same sentence is a container
  const specific = targets.filter((t) => t.type === 'Region');
  const chosen = specific.length ? specific : targets.slice(0, 1);
  const investors = builders(ctx, s, mentions, text, places[0]!.at);
  if (!investors.length || !chosen.length) return undefined;
  // a joint facility: every partner builds it
  const joint = JOINT_WITH.exec(text.slice(places[0]!.end));
  if (joint) for (const p of joint[1]!.matchAll(/⟦C(\d+)⟧/g)) {
    const c = ctx.mentions[Number(p[1])];
    if (c && isActor(c) && !isPublicBody(c) && !investors.includes(c)) investors.push(c);
  }
  return { investors, targets: chosen, at: places[0]!.at };
}

/** "Douai, Hauts-de-France": the second region contains the first when written right after it. */
function isContainer(r: Mention, first: Mention, text: string): boolean {
  return new RegExp(`⟦R${first.index}⟧ ?,? ?⟦R${r.index}⟧`).test(text);
}

function builders(ctx: RuleContext, s: Sentence, mentions: readonly Mention[], text: string, at: number): Mention[] {
  const head = text.slice(0, at);
  const get = (i: number | undefined) => (i === undefined ? undefined : ctx.mentions[i]);
  // "ST and GF's project to build", "Samsung's existing presence": the possessors before the facility
  // "l'engagement financier de ⟦C⟧ dans la construction": the committed company builds
  const committed = COMMITTED_OF.exec(head.slice(-140));
  if (committed) {
    const c = get(Number(committed[1]));
    if (c && isActor(c) && !isPublicBody(c)) return [c];
  }
  const owner = OWNER_BEFORE.exec(head);
  if (owner) {
    const list = [get(Number(owner[1]))!];
    const co = /⟦[CO](\d+)⟧ (?:and|et) $/.exec(head.slice(0, owner.index));
    if (co) list.unshift(get(Number(co[1]))!);
    return list.filter((m) => isActor(m) && !isPublicBody(m));
  }
  // "will receive funds to provide a loan to B to construct a new campus in X": the recipient of the loan builds
  const funded = FUNDED_BUILDER.exec(head);
  if (funded) {
    const c = get(Number(funded[1]));
    if (c && isActor(c) && !isPublicBody(c)) return [c];
  }
  // "l'inauguration de votre usine à X", "your new plant in X": a speech to the company the text is about
  if (/(?:votre|vos|your) (?:nouvelle? |nouvel |new )?[a-z'-]*$/.test(head.slice(-40)) && ctx.focusCompany && !isPublicBody(ctx.focusCompany)) return [ctx.focusCompany];
  // "l'implantation d'⟦C⟧ à Arles", "la création, par ⟦C⟧, d'une usine", "une usine d'⟦C⟧ est prévue"
  const nominal = /(?:implantation|installation|construction|creation|extension|expansion|agrandissement|ouverture|opening|building|usine|plant|factory|site|facility|gigafactory) ?,? ?(?:de |d' ?|du |of |by |par )(?:la |le |l' ?|the )?(?:[a-z'-]+ ?){0,4}?⟦[CO](\d+)⟧/g;
  for (const m of text.matchAll(nominal)) {
    // "the opening of their X": what their owner opens is X, not who opens it
    if (/ (?:their|its|leur|leurs|son|sa|ses) /.test(m[0])) continue;
    const c = get(Number(m[1]));
    if (c && isActor(c) && !isPublicBody(c) && m.index < at + 80) return [c];
  }
  const tail = OWNER_OF.exec(text.slice(at));
  if (tail) { const c = get(Number(tail[1])); if (c && isActor(c) && !isPublicBody(c)) return [c]; }
  // the builder among the sentence's actors: the first that is not a public body, a medium or a complement
  const folded = fold(s.text);
  // (the subject precedes the facility: "Acme will open a plant in X", not "… a question on a plant in X, at the Assembly")
  const actors = mentions.filter((m) => mayInvestNamed(m) && m.end <= sk0(ctx, s, at) &&
    !/(?:^|\s)(?:de|du|des|d'|of)\s*(?:la\s+|l'\s*|the\s+)?$/.test(foldedSlice(s.text, folded, Math.max(0, m.start - 12), m.start)) &&
    // "a loan from the EIB": the lender finances the plant, it does not build it
    !/(?:^|\s)(?:from|aupres)\s+(?:de\s+|d'\s*|du\s+)?(?:la\s+|l'\s*|the\s+)?$/.test(foldedSlice(s.text, folded, Math.max(0, m.start - 16), m.start)) &&
    // "Follingsby Park, a new logistics centre in Gateshead": the name of the facility itself, not its builder
    !new RegExp(String.raw`^ ?, ?(?:a|an|the|un|une|le|la|l' ?)? ?(?:[a-z&'-]+ ){0,5}?${FACILITY}(?![a-z])`).test(foldedSlice(s.text, folded, m.end, m.end + 80)));
  // "an A320 assembly line", "the Acme plant": a name right before the facility noun says what it makes or is called
  const modifier = /⟦[CO](\d+)⟧ (?:[a-z-]+ )?$/.exec(head);
  // ("the new Orvane Corp plant": a name with its corporate suffix is the owner, not what the plant makes)
  if (modifier && get(Number(modifier[1]))?.cue !== 'suffix') {
    const i = actors.findIndex((m) => m.index === Number(modifier[1]));
    if (i >= 0) actors.splice(i, 1);
  }
  if (actors.length) {
    // coordinated subjects ("ST and GF") build together
    const list = [actors[0]!];
    for (const m of actors.slice(1)) {
      // ("A (France) and B (Germany) will build": a parenthesis after an item is no gap)
      if (/^\s*(?:\([^()]*\)\s*)?(?:,|and|et|&)\s*(?:to\s+|a\s+)?$/.test(foldedSlice(s.text, folded, list[list.length - 1]!.end, m.start))) list.push(m);
      else break;
    }
    return list;
  }
  // "Chair X of A announced that his company is building a new plant in Y": the company of the person
  const possessor = possessorCompany(ctx, s, sk0(ctx, s, at));
  if (possessor) return [possessor];
  // "L'aide vise à soutenir un investissement dans l'usine de pneus à Amiens": no company named, an investment in
  // a plant of the company the article is about
  if (!mentions.some((m) => isActor(m) && !m.implicit && !isPublicBody(m)) && /(?<![a-z])invest/.test(folded) && ctx.focusCompany && !isPublicBody(ctx.focusCompany)) {
    // (a sentence that names no company and only a country: the article's more specific place of that country says where)
    const places = ctx.skeletons.get(s.index)?.mentions.filter((m) => m.type === 'Region' || m.type === 'Country') ?? [];
    const country = places.length && places.every((m) => m.type === 'Country') ? places[0]!.iso2 : undefined;
    if (country && ctx.mentions.some((m) => m.type === 'Region' && m.country === country && !m.implicit)) return [];
    // (the company the sentences just before name, when they name one: the article may speak of several)
    const last = lastNamedCompany(ctx, s);
    return [last ?? ctx.focusCompany];
  }
  return [];
}

/** The offset in the sentence of a skeleton position (placeholders stand for their mentions). */
function sk0(ctx: RuleContext, s: Sentence, at: number): number {
  const sk = ctx.skeletons.get(s.index);
  if (!sk) return at;
  let pos = 0, out = 0;
  for (const m of sk.text.slice(0, at).matchAll(/⟦[A-Z](\d+)⟧/g)) {
    const mention = ctx.mentions[Number(m[1])];
    if (!mention) continue;
    out += m.index - pos;
    out = mention.end;
    pos = m.index + m[0].length;
  }
  return out + (at - pos);
}

/** The initials of a name, with and without its function words and a leading country short form ("DOE", "USDOE", "DFIT"). */
function initialsOf(name: string): string[] {
  const words = name.replace(COUNTRY_CODE_PREFIX, '').split(/[\s-]+/).filter((w) => STARTS_LETTER.test(w));
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  const content = words.filter((w) => !/^(?:of|for|the|and|on|in|de|du|des|la|le|et|pour)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');
  return [all, content];
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const CAPITALS_2_6 = /^\p{Lu}{2,6}$/u;
const COUNTRY_CODE_PREFIX = /^(?:\p{Lu}\.){2,}\s*|^(?:US|UK|EU)\s+/u;
const STARTS_LETTER = /^\p{L}/u;
