/**
 * French INVESTS_IN read by clause: a verb or noun of investing, settling, building, buying, controlling or owning,
 * its subject read by clause structure (subject.ts: relative "qui", "qu'il", coordination, apposition, "vous") and its
 * places or companies (objects.ts). Every reading of a sentence counts, not only its first investment word:
 * "je pense à A, un groupe pharmaceutique, qui compte investir à X, à B, qui va également investir dans Y".
 * Shapes:
 * - verbs of investing or settling with places: "A, qui compte investir à X", "A a construit une usine en N, à X";
 * - nouns with their agent: "les investissements de A en France (dans la division TV de B et … d'C)", "cette
 *   implantation de votre société en France, et particulièrement en Alsace";
 * - buying: "Ce groupe a repris l'usine de A, celle de B et celle de C", "A, elle aussi reprise par B", "T fut cédée
 *   par A à B" (B buys), "A a cédé T à B";
 * - control and capital: "A a annoncé qu'il détenait le contrôle de 97,9 % des actions du groupe B", "A est entré au
 *   capital de B", "la montée au capital de B par l'État français", "l'offre publique d'achat de A sur B";
 * - owners: "B appartenant à A", "B, propriété de l'homme d'affaires P"; buyers: "P, repreneur de B".
 * Runs after the other rules: a pair they found keeps their reading (one candidate per pair and sentence).
 */
import type { Mention, Sentence } from '../../types.ts';
import { capByAnaphora, type RuleContext } from '../context.ts';
import { isPublicBody, SITE_NOUN_FR_BEFORE } from '../facilities.ts';
import { putSum } from '../sum-properties.ts';
import { companiesAfter, placesAfter } from './objects.ts';
import { placeAntecedent, speaksToCompany, subjectOf, validActor } from './subject.ts';
import { findMoney } from '../../values/money.ts';
import { mainActor } from './topic.ts';
import { OWNER_GATE, readOwnedNear, readOwners } from './owners.ts';
import { mayNameStateHolder, readStateHolder } from './state-holder.ts';
import { NEW_FACILITY_GATE, readNewFacility } from './new-facility.ts';
import { readFarTransfers } from './far-transfers.ts';

/** Speed: a sentence without one of these stems cannot match any shape below (one test per sentence). */
const GATE = /main sur|rachat|cession|vente |offr|investi|implant|install|constru|ouvr|inaugur|regroup|rachet|repri|repren|acqu|absorb|controle|achete|brade|lache|escarcelle|giron|bought|purchased|sold|taken over|under the control|capital|offre|opa |appart|propriet|cede|vend|agrandi|bati|arrivee|venue|detien|deten|possed|cree|develop|modernis|relocalis|rapatri|empar|possed|actionnaire|participation|nouvel|nouveau|futur|pierre|mise en service/;

/** Verbs of investing or settling (not the nouns): the places after them are where the subject invests. */
const PLACE_VERB = /(?<![a-z'])(?:(?:re)?investi(?:r|t|ra|ront|rait|raient|ssent|ssait|ssaient|ssons|ssez|e|es|s)?|s' ?(?:y ?)?implant(?:e|er|era|eront|ent|ait|aient)|s' ?y ?install(?:e|er|era|eront|ent|ait|aient)|s' ?est implantee?|se sont implantee?s|s' ?install(?:e|er|era|eront|ent|ait|aient)|s' ?est installee?|se sont installee?s)(?![a-z])/g;
/** Verbs of building, opening or gathering with a facility or an activity as object: the places after are the site. */
const BUILD_VERB = /(?<![a-z'])(?:constru(?:ire|it|ira|iront|isent|isait|isaient)|bati[rt]?|batira|ouvr(?:ir|e|ira|iront|ent)|ouvert|inaugur(?:e|er|era|ent)|cree|creer|creera|creeront|agrandi[rt]?|agrandira|regroup(?:e|er|era|ent)|implant(?:e|er|era|ent)|install(?:e|er|era|ent)|develop(?:pe|per|pera)|modernis(?:e|er|era|eront|ent)|relocalis(?:e|er|era|eront|ent)|rapatri(?:e|er|era|eront|ent))(?:(?: ici| egalement| aussi| ensuite| deja| bientot| a nouveau),?)* (?:(?:son|sa|ses|leur|leurs|un|une|des|le|la|les|ces|cette|ce|cet|de|du|d') ?)?(?:(?:nouvelles?|nouveaux?|nouvel|premiere?|deuxieme|seconde?|grande?|vaste|importante?) )?(?:[a-z-]+ ){0,1}?(?:usines?|sites?|entreprises?|filiales?|centres?|unites?|lignes?|entrepots?|sieges?|bureaux|laboratoires?|plateformes?|etablissements?|activites|production|campus|fonderie|raffinerie|data ?cent(?:er|re)s?)(?![a-z])/g;
/** "y investira", "va y investir", "s'y implanter": the pronoun of a place. */
const THERE = /(?:^|[ '])y (?:(?:re)?invest|$)|s' ?y ?(?:implant|install)/;
/** "sa nouvelle usine de Valenciennes": a town right after the facility noun is its place. */
const FACILITY_OF_PLACE = /^ (?:de |d' ?)⟦R(\d+)⟧/;
/** Nouns of an investment with their agent after "de": "les investissements récents de A", "l'implantation de votre société". */
const AGENT_NOUN = /(?<![a-z])(?:investissements?|reinvestissements?|implantations?|installation|arrivee|venue) (?:(?:[a-z-]+ ){0,3}?(?:de |d' ?|du |de la |des )(?:la |le |l' ?|les )?(?:(?:groupe|societe|entreprise|firme|constructeur|fabricant|geant) )?(?:[a-z]+ )?(?:⟦([CO])(\d+)⟧|(?:votre|vos) (?:societe|groupe|entreprise|firme|compagnie)s?))/g;
/** "(dans la division TV de B et la division téléphones d'C)": the companies an investment went into. */
const INTO_COMPANIES = /^ ?(?:\(|, ?)?(?:dans|au capital de|au capital d') (?:la |le |l' ?|les )?(?:[a-z0-9-]+ ){0,4}?(?:de |d' ?|du )?(?:la |le |l' ?)?⟦C(\d+)⟧((?: ?(?:,|et|, et) (?:dans )?(?:la |le |l' ?|les )?(?:[a-z0-9-]+ ){0,4}?(?:de |d' ?|du )?(?:la |le |l' ?)?⟦C\d+⟧)*)/;
/** An investment announced as a noun: "X, où A a annoncé un investissement de 50 millions", "au moment où A annonçait 180
 * millions d'investissements" (the place is the clause's antecedent; one named after is read by invests.ts). */
const ANNOUNCED_NOUN = /(?<![a-z'])(?:annonc(?:e|ait|aient|ent|era|eront)|a annonce|ont annonce|avait annonce|confirm(?:e|ait)|a confirme|present(?:e|ait)|a presente) (?:un |une |des |son |sa |ses |le |la |les )?(?:(?:nouvel|nouveaux|nouveau|important|vaste|grand) )?(?:(?:pres de |plus de )?[0-9][0-9 ,.]* ?(?:millions?|milliards?|m€|md€)? (?:d' ?euros )?d' ?|plan d' ?|programme d' ?|projet d' ?)?investissements?(?![a-z])/g;
/** Verbs of buying with a company as object. */
const BUY_VERB = /(?<![a-z'])(?:rachet(?:e|er|era|eront|ent|ait|aient)|rachete|reprend|reprennent|reprendra|reprendront|reprendre|repris|acquiert|acquierent|acquerir|acquerra|acquis|absorbe|absorber|absorbera|(?:met|mettent|mettra|mis|mettre) la main sur|s' ?empar(?:e|ent|er|era|eront|ait)(?: de| du| des| d')?|s' ?est emparee? (?:de|du|des|d')|s' ?offr(?:e|ent|ira|ir)|s' ?est offerte?)(?! par)(?![a-z])/g;
/** Passive buying: "A, elle aussi reprise par B", "T fut cédée par A à B" (a sale names the seller, then the buyer). */
const PASSIVE = /⟦C(\d+)⟧(?: ?, ?(?:(?:elle|il|elles|ils) )?(?:aussi |egalement |deja |ensuite |alors |finalement |depuis )*| (?:a ete|ont ete|fut|furent|est|sont|sera|seront|avait ete|etait|vient d' ?etre|a finalement ete) (?:(?:aussi|egalement|deja|ensuite|alors|finalement|depuis|officiellement) )*)(rachetee?s?|reprise?s?|acquise?s?|absorbee?s?|cedee?s?|vendue?s?) (?:(?:[a-z0-9-]+ ?,? ){0,5}?)par (?:la |le |l' ?|les )?(?:(?:groupe|societe|fonds|entreprise|homme d'affaires|milliardaire|investisseur) )?(?:[a-z]+ )?⟦([CP])(\d+)⟧(?: (?:a|au|aux) (?:la |le |l' ?)?(?:(?:groupe|societe|fonds) )?(?:[a-z]+ )?⟦([CP])(\d+)⟧)?/g;
/** Active sale: "A a cédé T à B", "A vend sa filiale T au groupe B". */
const SALE = /(?<![a-z'])(?:cede|cedera|ceder|vend|vendu|vendra|vendre)(?: (?:sa filiale|son activite|sa division|sa participation dans|ses parts dans|ses parts de|sa branche))? (?:la |le |l' ?|les )?(?:(?:groupe|societe|filiale) )?⟦C(\d+)⟧(?: ?\([^()]*\))? (?:a|au|aux) (?:la |le |l' ?)?(?:(?:groupe|societe|fonds|consortium) )?(?:[a-z]+ )?⟦([CP])(\d+)⟧/g;
/** Taking or holding control: the company after "le contrôle de" (past shares and votes). */
/** (Taking it is buying; holding it is buying only with the share bought stated: "détient le contrôle de la société X" states a structure.) */
const CONTROL = /(?<![a-z'])(?:(?:pren(?:d|dre|nent|dra|drait)|a pris|ont pris|avait pris|acquiert|a acquis|acquerir|obtient|a obtenu|obtenir)|(detien(?:t|nent|dra|drait)|deten(?:ir|ait|aient|u)))(?: (?:desormais|deja|ainsi|aussi|finalement|alors))? le controle (?:exclusif |conjoint |total |majoritaire |integral |effectif )?(?:de |d' ?|du |des )/g;
const CONTROL_TARGET = /^(?:(?! qui | que | qu'| par )[^⟦;:.]|\.(?=\d)){0,90}?⟦C(\d+)⟧/;
const SHARE_STATED = /^(?:plus de |pres de |environ )?\d+(?:[.,]\d+)? ?(?:%|pour ?cent)/;
/** A stated share: "A détenait désormais 85 % du capital de B", "A a acquis 30 % des actions de B". */
const STAKE = /(?<![a-z'])(?:detien(?:t|nent|dra|drait)|deten(?:ir|ait|aient)|possede|possedait|possedera|acquiert|a acquis|ont acquis|acquerir|rachete|a rachete|ont rachete|racheter|pren(?:d|dre|dra)|a pris|ont pris)(?: (?:desormais|deja|aussi|encore|ainsi|finalement|alors))? (?:plus de |pres de |environ |quelque )?\d+(?:[.,]\d+)? ?(?:%|pour ?cent) (?:du capital |des parts |des actions |des titres |des droits de vote )?(?:(?:et )?(?:des droits de vote )?)(?:de |d' ?|du |de la )(?:la |le |l' ?)?(?:(?:groupe|societe|constructeur|fabricant|entreprise) )?(?:[a-z]+ )?⟦C(\d+)⟧/g;
/** Entering or raising a stake: "A est entré au capital de B", "A monte au capital de B". */
// ("A a intégré il y a peu le capital du nouveau groupe B": joining the capital, a direct object, is entering it)
const CAPITAL_VERB = /(?<![a-z'])(?:(?:entr(?:e|er|era|ent|ait|eront)|est entree?|sont entree?s|mont(?:e|er|era|ent|eront)|est montee?|a monte|renforc(?:e|er|era) sa participation|pren(?:d|dre|dra|nent) une participation|a pris une participation)(?: [a-z]+){0,2}? (?:au|dans le)|(?:integr(?:e|er|era|ent|eront)|a integre|ont integre|rejoin(?:t|dre|dra|dront)|a rejoint|ont rejoint)(?: (?:il y a (?:peu|[a-z]+ [a-z]+)|recemment|en \d{4}|deja|aussi|egalement),?)? le) capital (?:de |d' ?|du )(?:la |le |l' ?)?(?:(?:nouveau|nouvelle|nouvel|premier|grand) )?(?:(?:groupe|societe|constructeur|fabricant|entreprise) )?(?:[a-z]+ )?⟦C(\d+)⟧/g;
/** "la montée au capital de B par l'État français", "l'entrée au capital de B par A". */
const CAPITAL_NOUN = /(?<![a-z])(?:montee|entree|arrivee|prise de participation|participation) (?:[a-z]+ ){0,2}?(?:au|dans le) capital (?:de |d' ?|du )(?:la |le |l' ?)?(?:(?:groupe|societe|constructeur|fabricant|entreprise) )?(?:[a-z]+ )?⟦C(\d+)⟧(?: (?:[^⟦,;]){0,20}?)? par (?:l' ?etat ([a-z]+)|(?:la |le |l' ?|les )?(?:(?:groupe|societe|fonds) )?⟦([CNO])(\d+)⟧)/g;
/** A takeover bid: "l'offre publique d'achat du groupe canadien A sur B", "l'OPA non amicale lancée par A sur B" (qualifiers may pile up). */
const OFFER = /(?<![a-z])(?:offre publique d'achat|offre publique d'echange|offre publique de rachat|opa|ope|offre de rachat|offre d'achat|offre de reprise)(?: (?:non |)(?:amicale|hostile|sollicitee|lancee|annoncee|amelioree|recente|geante)){0,3}(?: (?:de|d' ?|du|des|par) (?:la |le |l' ?|les )?(?:(?:groupe|societe|fonds|firme|constructeur) )?(?:[a-z]+ )?⟦C(\d+)⟧) (?:sur|pour|visant) (?:la |le |l' ?|les )?(?:(?:groupe|societe|capital du groupe|capital de la societe|capital de) )?(?:[a-z]+ )?⟦C(\d+)⟧/g;
/** A noun of sale or takeover of the subject's own asset: "A a annoncé la reprise de son site industriel par B", "A a
 * confirmé la cession de ses usines au groupe B": B buys into A (a takeover names its buyer after "par", a sale after "à"). */
const OWN_TRANSFER = /(?<![a-z])(?:(?:reprise|rachat|acquisition)|(cession|vente)) (?:de |d' ?)(?:son|sa|ses|leur|leurs) (?:[a-z-]+ ){1,3}?(?:par (?=[^⟦]{0,30}⟦C\d+⟧)|(?:a|au|aux) (?=[^⟦]{0,30}⟦C\d+⟧))(?:la |le |l' ?|les )?(?:(?:groupe|societe|fonds|entreprise|industriel|constructeur) )?(?:[a-z]+ )?⟦C(\d+)⟧/g;
/** A site at a town changing hands, by a noun: "la cession de l'usine de Douai au groupe B", "la reprise du site de
 * Douai par B": B invests in the town (a site bought is an investment in its place, as "a racheté l'usine de X"). */
const SITE_TRANSFER = /(?<![a-z])(?:(?:reprise|rachat|acquisition)|(cession|vente)) (?:de |d' ?|du |des )(?:l' ?|la |le |les |son |sa |ses |leur )?(?:[a-z-]+ )?(?:usine|site|acierie|fonderie|raffinerie|papeterie|entrepot|centre|etablissement)s?(?: [a-z-]+)? (?:de |d' ?|a )⟦R(\d+)⟧ (?:(par)|(?:a|au|aux)) (?:la |le |l' ?|les )?(?:(?:groupe|societe|fonds|entreprise|industriel|constructeur) )?(?:[a-z]+ )?⟦C(\d+)⟧/g;
/** Buyers named as such: "P, repreneur de B", "le repreneur de B, P". */
const BUYER_NOUN = /⟦([CP])(\d+)⟧ ?, ?(?:le |l' ?|un |nouveau |futur )*(?:nouveau |futur )?repreneur (?:de |d' ?|du )(?:la |le |l' ?)?(?:(?:groupe|societe|entreprise|usine|site|journal) )?⟦C(\d+)⟧|(?:le |l' ?)?repreneur (?:de |d' ?|du )(?:la |le |l' ?)?(?:(?:groupe|societe|entreprise|usine|site|journal) )?⟦C(\d+)⟧ ?, ?(?:(?:l' ?homme d'affaires|le groupe|la societe|le fonds) )?⟦([CP])(\d+)⟧/g;
/** A buyer stated by its verb: "A s'est positionné comme repreneur des sites de B", "A est le nouvel acquéreur de B". */
const BUYER_STATED = /⟦([CP])(\d+)⟧ (?:s' ?est (?:positionnee?|portee? candidate?)|se (?:positionne|porte candidate?)|est|sera|devient|est devenue?) (?:comme |en tant que )?(?:le |l' ?|un |une )?(?:nouveau |nouvel |futur |seul )?(?:repreneur|acquereur) (?:de |d' ?|du |des )(?:la |le |l' ?|les )?(?:(?:sites?|usines?|activites?|actifs) (?:de |d' ?|du |des ))?(?:(?:groupe|societe|entreprise) )?⟦C(\d+)⟧/g;

/** "les repreneurs du journal", "le repreneur de X": the buyers are named after "sont", "est", ":" or in the next sentence ("Ce sont : A et B"). */
const BUYERS_OF = /(?<![a-z])repreneurs? (?:de |d' ?|du |des )(?:la |le |l' ?|les )?(?:⟦([CO])(\d+)⟧|(?:journal|quotidien|titre|entreprise|societe|groupe|usine|site|fonderie|papeterie|filiale|marque|enseigne)(?![a-z]))/;
const BUYERS_NAMED = /^[^.;⟦]{0,40}?(?:\bsont|\best|:)\s*:?\s*/;
const NEXT_BUYERS = /^(?:ce sont|il s'agit d[eu']|ce seront|ce sera|c'est) ?:? ?/;
/** The named buyers of a list: people or companies, each after an optional title ("l'homme d'affaires A (…) et le journaliste B"). */
const BUYER = /^(?:(?:l' ?|le |la |les )?(?:[a-z'-]+ ){0,3}?)?⟦([CP])(\d+)⟧(?: ?\([^()]*\))?(?: ?(?:,|et|, et) ?)?/;

export function frClausesRule(ctx: RuleContext): void {
  for (const s of ctx.reading ?? ctx.sentences) {
    const sk = ctx.skeletons.get(s.index);
    // (one name may be enough: "votre société … en France", "par l'État français")
    // ("le nom des repreneurs du journal." names nobody itself: the next sentence does)
    if (!sk || (!sk.mentions.length && !sk.text.includes('repreneur')) || !GATE.test(sk.text)) continue;
    readSentence(ctx, s, sk.text);
  }
}

function readSentence(ctx: RuleContext, s: Sentence, text: string): void {
  const get = (i: string | number | undefined) => (i === undefined ? undefined : ctx.mentions[Number(i)]);
  const add = (inv: Mention | undefined, target: Mention | undefined, rule: string, confidence: number, withMoney = false) => {
    if (!inv || !target || same(inv, target)) return;
    const properties = withMoney ? moneyOf(s) : {};
    ctx.add({ type: 'INVESTS_IN', source: inv.index, target: target.index, sentence: s.index, rule, confidence: capByAnaphora(ctx, confidence, inv.index, target.index), properties });
  };
  const places = (ids: number[]) => ids.map(get).filter((m): m is Mention => !!m && (m.type === 'Region' || m.type === 'Country'));
  const company = (m: Mention | undefined): m is Mention => !!m && m.type === 'Company' && !isPublicBody(m);
  // verbs of investing or settling, and of building with a facility: the subject invests in the places after
  for (const re of [PLACE_VERB, BUILD_VERB]) {
    re.lastIndex = 0;
    for (const v of text.matchAll(re)) {
      const end = v.index + v[0].length;
      // the places after the verb; "sa nouvelle usine de Valenciennes": the place of the facility; "c'est à X que", "X, où": the place before
      const after = placesAfter(text, end, re === PLACE_VERB && !/^(?:re)?invest/.test(v[0])).ids;
      const of = re === BUILD_VERB ? FACILITY_OF_PLACE.exec(text.slice(end)) : null;
      const before = after.length || of ? undefined : placeAntecedent(text, v.index);
      // "A y investira 20 millions", "A va s'y implanter": the place the sentence before names
      const there = after.length || of || before !== undefined || !THERE.test(text.slice(Math.max(0, v.index - 6), v.index + 8)) ? undefined : placeBefore(ctx, s);
      const targets = places(after.length ? after : of ? [Number(of[1])] : before !== undefined ? [before] : there !== undefined ? [there] : []);
      if (!targets.length) continue;
      const subject = subjectOf(ctx, text, v.index);
      if (!subject) continue;
      for (const inv of subject.actors) for (const t of targets) add(inv, t, `fr-clause-${subject.how}`, subject.how === 'addressee' ? 0.6 : 0.7, true);
    }
  }
  ANNOUNCED_NOUN.lastIndex = 0;
  for (const v of text.matchAll(ANNOUNCED_NOUN)) {
    const before = placeAntecedent(text, v.index);
    const t = places(before !== undefined ? [before] : [])[0];
    const subject = t ? subjectOf(ctx, text, v.index) : undefined;
    if (subject && subject.how !== 'addressee') for (const inv of subject.actors) add(inv, t, 'fr-announced-noun', 0.65, true);
  }
  // nouns of investment with their agent: the places after, and the companies it went into
  AGENT_NOUN.lastIndex = 0;
  for (const n of text.matchAll(AGENT_NOUN)) {
    const inv = n[2] !== undefined ? get(n[2]) : speaksToCompany(ctx) ? ctx.focusCompany : undefined;
    if (!validActor(inv)) continue;
    const end = n.index + n[0].length;
    const where = placesAfter(text, end);
    for (const t of places(where.ids)) add(inv, t, 'fr-noun-agent', 0.7, true);
    const into = INTO_COMPANIES.exec(text.slice(where.end));
    if (into) for (const id of [into[1]!, ...[...(into[2] ?? '').matchAll(/⟦C(\d+)⟧/g)].map((x) => x[1]!)]) { const t = get(id); if (company(t)) add(inv, t, 'fr-noun-into', 0.7); }
  }
  // verbs of buying: the subject buys the companies after
  BUY_VERB.lastIndex = 0;
  for (const v of text.matchAll(BUY_VERB)) {
    // ("a racheté l'usine B de X": the site's town is bought into, read by invests.ts, not its owner B)
    const targets = companiesAfter(text, v.index + v[0].length).map(get).filter(company).filter((t) => !namesSiteAtTown(text, t));
    if (!targets.length) continue;
    const subject = subjectOf(ctx, text, v.index);
    if (!subject || subject.how === 'addressee') continue;
    for (const inv of subject.actors) for (const t of targets) add(inv, t, 'fr-clause-buy', 0.7);
  }
  PASSIVE.lastIndex = 0;
  for (const p of text.matchAll(PASSIVE)) {
    const target = get(p[1]);
    const sale = /^(?:cede|vendu)/.test(p[2]!);
    // a sale names the seller after "par" and the buyer after "à"; a takeover names the buyer after "par"
    const buyer = sale ? get(p[6]) : get(p[4]);
    if (company(target) && buyer && (buyer.type === 'Person' || validActor(buyer))) add(buyer, target, 'fr-passive-buy', 0.75);
  }
  SALE.lastIndex = 0;
  for (const m of text.matchAll(SALE)) {
    const target = get(m[1]), buyer = get(m[3]);
    if (company(target) && buyer && (buyer.type === 'Person' || validActor(buyer))) add(buyer, target, 'fr-sale', 0.7);
  }
  // control and capital
  CONTROL.lastIndex = 0;
  for (const c of text.matchAll(CONTROL)) {
    if (c[1] && !SHARE_STATED.test(text.slice(c.index + c[0].length))) continue;
    const t = CONTROL_TARGET.exec(text.slice(c.index + c[0].length));
    const target = get(t?.[1]);
    if (!company(target)) continue;
    const subject = subjectOf(ctx, text, c.index);
    if (subject && subject.how !== 'addressee') for (const inv of subject.actors) add(inv, target, 'fr-control', 0.7);
  }
  STAKE.lastIndex = 0;
  for (const c of text.matchAll(STAKE)) {
    const target = get(c[1]);
    const subject = subjectOf(ctx, text, c.index, stateOrActor);
    if (company(target) && subject && subject.how !== 'addressee') for (const inv of subject.actors) add(inv, target, 'fr-stake', 0.7);
  }
  CAPITAL_VERB.lastIndex = 0;
  for (const c of text.matchAll(CAPITAL_VERB)) {
    const target = get(c[1]);
    const subject = subjectOf(ctx, text, c.index, stateOrActor);
    if (company(target) && subject && subject.how !== 'addressee') for (const inv of subject.actors) add(inv, target, 'fr-capital', 0.75);
  }
  CAPITAL_NOUN.lastIndex = 0;
  for (const c of text.matchAll(CAPITAL_NOUN)) {
    const target = get(c[1]);
    const iso = c[2] ? ctx.cues.demonyms.get(c[2]) : undefined;
    const inv = iso ? ctx.countryMention(iso, s.index, c[2]!) : get(c[4]);
    if (company(target) && inv && (inv.type === 'Country' || validActor(inv))) add(inv, target, 'fr-capital-noun', 0.75);
  }
  OFFER.lastIndex = 0;
  for (const o of text.matchAll(OFFER)) {
    const inv = get(o[1]), target = get(o[2]);
    if (validActor(inv) && company(target)) add(inv, target, 'fr-offer', 0.65);
  }
  SITE_TRANSFER.lastIndex = 0;
  for (const o of text.matchAll(SITE_TRANSFER)) {
    // a sale names its buyer after "à", a takeover after "par"
    if (!!o[1] === !!o[3]) continue;
    const buyer = get(o[4]), town = places([Number(o[2])])[0];
    if (validActor(buyer) && town) add(buyer, town, 'fr-site-transfer', 0.7);
  }
  OWN_TRANSFER.lastIndex = 0;
  for (const o of text.matchAll(OWN_TRANSFER)) {
    // a sale names its buyer after "à"; "la cession de son site par B" names the seller: left alone
    const byPar = / par (?:la |le |l' ?|les )?(?:[a-z]+ ){0,2}⟦C\d+⟧$/.test(o[0]);
    if (o[1] ? byPar : !byPar) continue;
    const buyer = get(o[2]);
    const owner = subjectOf(ctx, text, o.index);
    if (!owner || owner.how === 'addressee' || !validActor(buyer)) continue;
    for (const t of owner.actors) if (company(t)) add(buyer, t, 'fr-own-transfer', 0.7);
  }
  // an owner right after its company: "B appartenant à A", "B, propriété de P" (owners.ts, which reads the far ones too)
  readOwnedNear(ctx, text, add);
  readBuyersOf(ctx, s, text, add);
  BUYER_NOUN.lastIndex = 0;
  for (const b of text.matchAll(BUYER_NOUN)) {
    const buyer = get(b[2] ?? b[6]), target = get(b[3] ?? b[4]);
    if (company(target) && buyer && (buyer.type === 'Person' || validActor(buyer))) add(buyer, target, 'fr-buyer-noun', 0.7);
  }
  BUYER_STATED.lastIndex = 0;
  for (const b of text.matchAll(BUYER_STATED)) {
    const buyer = get(b[2]), target = get(b[3]);
    if (company(target) && buyer && (buyer.type === 'Person' || validActor(buyer))) add(buyer, target, 'fr-buyer-stated', 0.7);
  }
  // owners and shareholders (owners.ts)
  if (OWNER_GATE.test(text)) readOwners(ctx, s, text, add);
  // the State as a shareholder (state-holder.ts)
  if (mayNameStateHolder(text)) readStateHolder(ctx, s, text, add);
  // a participle of sale or purchase qualifying a company named before it (far-transfers.ts)
  readFarTransfers(ctx, text, add);
  // a new facility of named companies at a place (new-facility.ts)
  if (NEW_FACILITY_GATE.test(text)) readNewFacility(ctx, s, text, add);
}

/** The last place (a town before a country) of the sentence before `s` in the same part: what "y" stands for. */
const TOWN_AFTER = /^ ?(?:de |d' ?|a )⟦R/;
/** "l'usine ⟦C⟧ de ⟦R⟧": the company names a site, the town after it says where. */
function namesSiteAtTown(text: string, m: Mention): boolean {
  const tag = `⟦C${m.index}⟧`;
  const at = text.indexOf(tag);
  return at >= 0 && SITE_NOUN_FR_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && TOWN_AFTER.test(text.slice(at + tag.length, at + tag.length + 8));
}

function placeBefore(ctx: RuleContext, s: Sentence): number | undefined {
  const prev = ctx.sentences[s.index - 1];
  const sk = ctx.skeletons.get(s.index - 1);
  if (!prev || !sk || prev.part !== s.part) return undefined;
  const ids = [...sk.text.matchAll(/⟦([RN])(\d+)⟧/g)];
  const town = ids.filter((x) => x[1] === 'R').pop() ?? ids.pop();
  return town ? Number(town[2]) : undefined;
}

/** A country may enter a company's capital ("l'État français"), not invest in a place by these rules. */
function stateOrActor(m: Mention | undefined): m is Mention {
  return !!m && (m.type === 'Country' || validActor(m));
}

function same(a: Mention, b: Mention): boolean {
  return a.index === b.index || (a.refersTo ?? a.index) === (b.refersTo ?? b.index) || (!!a.iso2 && a.iso2 === b.iso2) ||
    (!!a.canonical && a.canonical === b.canonical) || a.text === b.text;
}

/** The sentence's one invested sum (none when it states several or only aid): the amount of what the clause reads. */
function moneyOf(s: Sentence): Record<string, number | string> {
  if (!/\d/.test(s.text)) return {};
  const sums = findMoney(s.text).filter((m) => m.equivalentOf === undefined);
  if (sums.length !== 1) return {};
  const m = sums[0]!;
  if (/(?:aide|subvention|pret|garantie|financement)s?\s+(?:[a-z]+\s+){0,3}$/i.test(s.text.slice(Math.max(0, m.start - 40), m.start))) return {};
  const sum: Record<string, number | string> = {};
  putSum(sum, m);
  return sum;
}


/** "Le tribunal a annoncé le nom des repreneurs du journal. Ce sont : l'homme d'affaires A et le journaliste B." */
function readBuyersOf(ctx: RuleContext, s: Sentence, text: string,
  add: (inv: Mention | undefined, t: Mention | undefined, rule: string, c: number) => void): void {
  const b = BUYERS_OF.exec(text);
  if (!b) return;
  // the company bought: named, else the one the article is about ("du journal", "de l'entreprise")
  const named = b[2] !== undefined ? ctx.mentions[Number(b[2])] : undefined;
  const target = named ?? mainActor(ctx);
  if (!target || (target.type !== 'Company' && target.type !== 'Organization') || isPublicBody(target)) return;
  let rest = text.slice(b.index + b[0].length);
  const here = BUYERS_NAMED.exec(rest);
  let sentence = s.index;
  if (here && /⟦[CP]/.test(rest.slice(here[0].length, here[0].length + 60))) rest = rest.slice(here[0].length);
  else {
    // the next sentence names them: "Ce sont : A et B"
    const next = ctx.skeletons.get(s.index + 1)?.text ?? '';
    const opener = NEXT_BUYERS.exec(next);
    if (!opener || ctx.sentences[s.index + 1]?.part !== s.part) return;
    rest = next.slice(opener[0].length);
    sentence = s.index + 1;
  }
  for (let m = BUYER.exec(rest); m; m = BUYER.exec(rest)) {
    const buyer = ctx.mentions[Number(m[2])];
    if (buyer && (buyer.type === 'Person' || validActor(buyer)) && buyer.sentence === sentence) add(buyer, target, 'fr-buyers-named', 0.65);
    rest = rest.slice(m[0].length);
    if (!m[0].match(/(?:,|et) ?$/)) break;
  }
}
