/**
 * LOCATED_IN read from a name and its place in one noun phrase (round 10, classes of the released sets 12–13):
 * - the subject of a clause with its place: "A in Brunswick County, NC, has been selected …", "of which the A in
 *   Wales is a part" (the name opens the clause, the place follows it, then the clause's verb);
 * - a role or the staff of a body, then its place: "the President and CEO of A in Richmond, Virginia", "the workers
 *   at A—B—in Belfast", "les salariés de A à La Souterraine";
 * - a site and its company's name, then its town: "le site industriel A à Géménos", "l'usine A à X";
 * - a place noun names the place: "the A Store in the city of X";
 * - a grantee's town and state between commas: "$2 million to A, Springfield, Ohio, to fund …", or after "in": "a grant to A in
 *   Springfield";
 * Places only (no country): "the head of A in France" names a national unit, not where A is; but a firm's name, "of" and a
 * country ("Harlowe Steel of Japan") is its home.
 */
import { matchKey } from '../text/normalize.ts';
import type { Mention } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { literalGate } from './literal-gate.ts';

type Add = (source: number, target: number, sentence: number, rule: string, confidence: number) => void;

const LEGAL = String.raw`(?: ?, ?(?:inc|llc|ltd|corp|co|plc|lp|l\.l\.c)\.?)?`;
/** A place, then maybe its state or county: "⟦R⟧, ⟦R⟧.,", "⟦R⟧ (⟦R⟧)". */
const PLACE_TAIL = String.raw`(?: ?, ?⟦R\d+⟧ ?\.?| ?\(⟦R\d+⟧\))?`;
/** A finite verb (or auxiliary) that makes the name before it a clause's subject. */
const FINITE = String.raw`(?:has|have|had|was|were|is|are|will|would|can|could|may|might|must|shall|should|received|receives|won|plans|planned|intends|employs|makes|produces|operates|said|says|announced|announces)(?![a-z])`;
/** "⟦C⟧ in ⟦R⟧, ⟦R⟧, has been selected", "the ⟦O⟧ in ⟦R⟧ is a part": the name opens its clause. */
const SUBJECT = new RegExp(String.raw`(?:^|[;:] |, |(?<![a-z])(?:of which|among which|where|whereas|while|and|but) )(?:the )?⟦([CO])(\d+)⟧${LEGAL} in (?:the (?:city|town|village|county) of )?⟦R(\d+)⟧${PLACE_TAIL} ?,? ${FINITE}`, 'g');
/** Titles and staff nouns whose body may carry its place after it. */
const HOLDER = String.raw`(?:president|ceo|chief executive(?: officer)?|chair(?:man|woman)?|director(?: general)?|managing director|general manager|head|founder|co-founder|owner|executives?|manager|spokes(?:man|woman|person)|workers?|employees?|staff|workforce|engineers)`;
/** "the president and ceo of the ⟦G⟧ in ⟦R⟧", "the workers at ⟦C⟧—short brothers—in ⟦R⟧". */
const HOLDER_OF = new RegExp(String.raw`(?<![a-z])${HOLDER}(?: (?:and|&) ${HOLDER})? (?:of|at|for) (?:the )?⟦([COG])(\d+)⟧${LEGAL}(?: ?[—–] ?[a-z&.' -]{1,40}? ?[—–] ?| ?\([^()⟦]{1,40}\) ?| )in (?:the (?:city|town|village|county) of )?⟦R(\d+)⟧`, 'g');
/** French staff and site nouns: "les salariés de ⟦C⟧ à ⟦R⟧", "le site industriel ⟦C⟧ à ⟦R⟧", "l'usine ⟦C⟧ de ⟦R⟧" is not read (a plant's name). */
const FR_HOLDER = new RegExp(String.raw`(?<![a-z])(?:salaries|employes|ouvriers|personnel|travailleurs|effectifs|site(?: industriel| de production)?|usine|etablissement) (?:(?:de |du |des |d' ?)(?:la |l' ?)?(?:(?:societe|entreprise|groupe) )?)?⟦C(\d+)⟧ (?:a|au) ⟦R(\d+)⟧`, 'g');
/** "the ⟦C⟧ in the city of ⟦R⟧": a place noun leaves no doubt that the phrase places the name. */
const CITY_OF = /⟦([CO])(\d+)⟧ in the (?:city|town|village) of ⟦R(\d+)⟧/g;

/**
 * A firm's home town after it, as lists of exporters, borrowers and grantees write it: "⟦C⟧ of ⟦R⟧, ⟦R⟧." ("Acme Corp.
 * of Peoria, Ill."), "⟦C⟧ (⟦R⟧, ⟦R⟧.)" ("Acme Inc. (Peoria, Ill.)"), "⟦C⟧ (⟦R⟧)": the town, not its state.
 */
const HOME_OF = new RegExp(String.raw`⟦([CO])(\d+)⟧${LEGAL} of ⟦R(\d+)⟧ ?, ?⟦R(\d+)⟧`, 'g');
/** "⟦C⟧, ⟦R⟧, ⟦R⟧, to fund …", "⟦O⟧, Inc., ⟦R⟧, ⟦R⟧, will …": a grantee's town and state between commas, then its clause. */
const HOME_COMMAS = new RegExp(String.raw`⟦([CO])(\d+)⟧${LEGAL} ?, ⟦R(\d+)⟧ ?, ?⟦R(\d+)⟧ ?\.? ?, (?:to|will|would|has|have|is|was|received|receives)(?![a-z])`, 'g');
/** "⟦C⟧ of ⟦N⟧," ("Harlowe Steel of Japan"): mention detection parts a firm's name from its country only there (candidates.ts). */
const HOME_COUNTRY = /⟦([CO])(\d+)⟧ of ⟦N(\d+)⟧(?! ?'s)(?= ?[,.;:)]| ?$| (?:has|have|had|is|was|will|would|said|says|announced|and|in|for|on|to|with|into)(?![a-z]))/g;
const HOME_BRACKETS = new RegExp(String.raw`⟦([CO])(\d+)⟧${LEGAL} ?\(⟦R(\d+)⟧(?: ?, ?⟦[RN]\d+⟧ ?\.?)?\)`, 'g');

/**
 * A French firm noun, the name, then its town (round 11): "l'entreprise ⟦C⟧ de ⟦R⟧", "l'entreprise de métallurgie ⟦C⟧, à ⟦R⟧",
 * "la société ⟦C⟧, à ⟦R⟧" (not a bare "a", which may be the verb; not a list of places: "de ⟦R⟧ et de ⟦R⟧" names the firm's markets as often as its home).
 */
const FR_FIRM_PLACE = new RegExp(String.raw`(?<![a-z])(?:l' ?entreprise|la societe|le groupe|la pme|l' ?eti|la start-up|la firme)(?: (?:de |d' ?)[a-z-]+)? ⟦C(\d+)⟧(?: de | d' ?| ?, a )(?:la |le |l' ?)?⟦R(\d+)⟧(?! ?,? (?:et|ou) )`, 'g');

/** French trade houses named before a firm ("les brasseries X", "des salaisons X", "la fonderie X"). */
const FR_TRADE_HOUSES = String.raw`brasseries?|salaisons|fonderies?|papeteries?|laiteries?|fromageries?|conserveries?|filatures?|tanneries?|verreries?|forges|ateliers|chantiers|etablissements|ets|usines|laboratoires`;

/**
 * The firm as a complement, then its town: "sa visite de l'entreprise ⟦C⟧ à ⟦R⟧" (after a preposition the "a" is no verb of
 * the firm), and a speech heading's "à l'usine ⟦C⟧, ⟦R⟧, jeudi 21 juillet 1983" (the town before the date).
 */
const FR_FIRM_AT = new RegExp(String.raw`(?<![a-z])(?:de |a |dans |chez |des |du |aux? )(?:l' ?entreprise|la societe|l' ?usine|le site|les etablissements|la firme|le groupe|la pme|(?:les |la |l' ?)?(?:${FR_TRADE_HOUSES}))(?: (?:de |d' ?)[a-z-]+)? ⟦C(\d+)⟧(?: a | au | ?, ?(?=⟦R\d+⟧ ?,? (?:le )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\d))⟦R(\d+)⟧(?! ?,? (?:et|ou) )`, 'g');

/** A visit to a firm in a town: "then visited ⟦C⟧ in ⟦R⟧", "a tour of the ⟦C⟧ plant in ⟦R⟧", "a visité l'usine ⟦C⟧ à ⟦R⟧". */
const VISITED = new RegExp(String.raw`(?<![a-z])(?:visited|visits|visiting|toured|tours|touring|(?:visit to|tour of|visite (?:de|du|des|d' ?)) ?(?:the |la |le |l' ?|les )?(?:(?:site|plant|factory|facility|usine|site|entreprise|societe|offices?) )?|a visite|ont visite) ?(?:the |la |le |l' ?|les )?(?:(?:usine|site|entreprise|societe|groupe) )?⟦C(\d+)⟧${LEGAL}(?: (?:site|plant|factory|facility|offices?|headquarters|campus))? (?:in|at|a|au) ⟦R(\d+)⟧(?! ?,? (?:and|et|or|ou) )`, 'g');

/**
 * The recipient of a grant, loan or award and its town: "a $4 million grant to the ⟦O⟧ in ⟦R⟧ to build …", "a loan to ⟦C⟧ in ⟦R⟧,
 * ⟦R⟧" (releases name a recipient by its home; a list of places after "in" is where the money goes, not the recipient's seat).
 */
const GRANTEE = new RegExp(String.raw`(?<![a-z])(?:grants?|loans?|awards?|funding|financing|subsid(?:y|ies)) to (?:the )?⟦([CO])(\d+)⟧${LEGAL} in (?:the (?:city|town|village|county) of )?⟦R(\d+)⟧${PLACE_TAIL}(?! ?,? (?:and|et|or|ou) )`, 'g');

/**
 * Companies each given its place in a parallel list: "(⟦C⟧ in ⟦N⟧ and ⟦C⟧ in ⟦N⟧)", "⟦C⟧ en ⟦N⟧ et ⟦C⟧ en ⟦N⟧": the repeated
 * shape makes each "in" the firm's own place, a country as well as a town.
 */
const PAIRED_IN = new RegExp(String.raw`(?:^|\( ?|[,;:] |(?:and|et) )⟦C(\d+)⟧${LEGAL} (?:in|en|au|aux|a) ⟦([RN])(\d+)⟧ ?(?:,|,? and|,? et) ⟦C(\d+)⟧${LEGAL} (?:in|en|au|aux|a) ⟦([RN])(\d+)⟧(?= ?[,.;:)]| ?$)`, 'g');

/** Speed: a skeleton none of the expressions can match is skipped. */
const MAY_MATCH = literalGate(SUBJECT, HOLDER_OF, FR_HOLDER, CITY_OF, HOME_OF, HOME_COMMAS, HOME_COUNTRY, HOME_BRACKETS, FR_FIRM_PLACE, FR_FIRM_AT, VISITED, GRANTEE, PAIRED_IN);

export function locatedPhrase(ctx: RuleContext, add: Add): void {
  const put = (source: number, target: number, sentence: number, rule: string, confidence: number) => {
    const a = ctx.mentions[source], b = ctx.mentions[target];
    if (!a || !b || b.implicit || b.type !== 'Region') return;
    // a Program typed by a cue ("Partnership") is read only after a title: it is then the body the title heads
    if (a.type === 'Program' ? rule !== 'located-holder' : !isActor(a)) return;
    add(source, target, sentence, rule, confidence);
  };
  for (const [sentence, sk] of ctx.skeletons) {
    const text = sk.text;
    if ((!text.includes('⟦R') && !text.includes('⟦N')) || !MAY_MATCH(text)) continue;
    for (const m of text.matchAll(SUBJECT)) put(Number(m[2]), Number(m[3]), sentence, 'located-subject-place', 0.8);
    for (const m of text.matchAll(HOLDER_OF)) put(Number(m[2]), Number(m[3]), sentence, 'located-holder', 0.75);
    for (const m of text.matchAll(FR_HOLDER)) put(Number(m[1]), Number(m[2]), sentence, 'located-holder', 0.75);
    for (const m of text.matchAll(CITY_OF)) put(Number(m[2]), Number(m[3]), sentence, 'located-city-of', 0.8);
    // (the state after the town must be a first-level region: "of Peoria, Ill.", not "of Lyon, Paris")
    for (const m of text.matchAll(HOME_OF)) if (isFirstLevelRegion(ctx, ctx.mentions[Number(m[4])])) put(Number(m[2]), Number(m[3]), sentence, 'located-home-town', 0.8);
    for (const m of text.matchAll(HOME_COMMAS)) if (isFirstLevelRegion(ctx, ctx.mentions[Number(m[4])])) put(Number(m[2]), Number(m[3]), sentence, 'located-home-town', 0.75);
    for (const m of text.matchAll(HOME_COUNTRY)) {
      const firm = ctx.mentions[Number(m[2])], country = ctx.mentions[Number(m[3])];
      if (firm?.type === 'Company' && country?.type === 'Country' && !country.implicit) add(firm.index, country.index, sentence, 'located-home-country', 0.75);
    }
    for (const m of text.matchAll(HOME_BRACKETS)) put(Number(m[2]), Number(m[3]), sentence, 'located-home-town', 0.75);
    for (const m of text.matchAll(FR_FIRM_PLACE)) put(Number(m[1]), Number(m[2]), sentence, 'located-firm-place', 0.75);
    for (const m of text.matchAll(FR_FIRM_AT)) put(Number(m[1]), Number(m[2]), sentence, 'located-firm-place', 0.75);
    for (const m of text.matchAll(VISITED)) put(Number(m[1]), Number(m[2]), sentence, 'located-visited', 0.75);
    for (const m of text.matchAll(GRANTEE)) put(Number(m[2]), Number(m[3]), sentence, 'located-grantee', 0.75);
    // (speed: PAIRED_IN names two companies; a text with fewer "⟦C" cannot match, and its scan has no literal to start from)
    if (text.indexOf('⟦C') !== text.lastIndexOf('⟦C')) for (const m of text.matchAll(PAIRED_IN)) {
      for (const [firm, place] of [[m[1], m[3]], [m[4], m[6]]] as const) {
        if (isActor(ctx.mentions[Number(firm)]) && !ctx.mentions[Number(place)]?.implicit) add(Number(firm), Number(place), sentence, 'located-paired', 0.75);
      }
    }
  }
}

/** A state or a region of the first level ("Ill." reads as Illinois): in the gazetteer without a population. */
function isFirstLevelRegion(ctx: RuleContext, m: Mention | undefined): boolean {
  const e = m && ctx.gaz.lookup(matchKey(m.canonical ?? m.text));
  return !!e && e.type === 'Region' && e.population === undefined && !e.town && !!e.country;
}
