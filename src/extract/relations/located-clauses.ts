/**
 * LOCATED_IN read from clause shapes the surface patterns miss (round 9, classes of the released held-out sets):
 * - a relative clause: "A, which is headquartered in X", "A, qui est installée à X", "A, which has its head office in X";
 * - a place's possessive before a body or a company: "Ohio's Office of Regional Growth", "Peru's Andina";
 * - a fronted place before a company described in apposition: "In Ohio, A, a family-owned parts maker, used …",
 *   "En Alsace, A, une PME familiale, …";
 * - the places coordinated after a stated one: "A installée à X, à Y et à Z", "A, based in X and Y".
 * Each reads one clause of one sentence over its skeleton; cheap literal checks gate the expressions.
 */
import type { RuleContext } from './context.ts';
import { isActor } from './context.ts';
import { FACILITY } from './facilities.ts';
import { WORLD_REGION_NAMES } from '../lexicon/common.ts';

type Add = (source: number, target: number, sentence: number, rule: string, confidence: number) => void;

const SETTLED = String.raw`(?:headquartered|based|located|situated|installee?s?|implantee?s?|basee?s?|situee?s?|domiciliee?s?|etablie?s?)`;
const PLACE_NOUN = String.raw`(?:(?:city|town|village|state|county|province|ville|commune|region|departement) (?:of |de |d' ?|du )?(?:la |le |l' ?)?)?`;
/** "⟦C⟧, which is headquartered in ⟦R⟧", "⟦C⟧, qui est installée à ⟦R⟧", "⟦C⟧, which has its headquarters in ⟦R⟧". */
const RELATIVE = new RegExp(String.raw`⟦([CO])(\d+)⟧\.? ?, (?:which|that|qui) (?:(?:is|are|was|were|has been|have been|est|sont|etait|a ete) (?:now |also |still |toujours |aussi |desormais )?${SETTLED}|(?:has|have|had|a|avait) (?:its|their|son|leur) (?:headquarters|head office|hq|siege(?: social)?)) (?:in|at|near|a|en|au|aux|dans) (?:the |la |le |l' ?|les )?${PLACE_NOUN}⟦([RN])(\d+)⟧`, 'g');
/** "⟦C⟧ is headquartered in ⟦R⟧", "A and B are based in ⟦R⟧", "⟦C⟧ est installée à ⟦R⟧": the clause's subject and its seat. */
const COPULA = new RegExp(String.raw`((?:⟦[CO]\d+⟧ ?, ?)*⟦[CO]\d+⟧(?: ?,? (?:and|et) ⟦[CO]\d+⟧)?) (?:(?:is|are|was|were|has been|have been|remains|remain|est|sont|etait|reste|demeure) )(?:now |also |still |currently |actuellement |toujours |aussi |desormais )?${SETTLED} (?:in|at|near|a|en|au|aux|dans) (?:the |la |le |l' ?|les )?${PLACE_NOUN}⟦([RN])(\d+)⟧`, 'g');
/**
 * "⟦C⟧, a ⟦R⟧-based maker", "⟦C⟧, a tool maker based in ⟦R⟧", "⟦C⟧, une PME installée à ⟦R⟧": an apposition that places
 * the name; not a pronoun's ("deux filiales du ⟦C⟧, l'une basée en ⟦R⟧").
 */
// ("⟦C⟧ is an ⟦R⟧-based battery company": the copula's predicate places its subject as the apposition does)
const APPOSED_BASED = new RegExp(String.raw`⟦([CO])(\d+)⟧(?: ?,| (?:is|was|remains|est|etait|reste)) (?:a |an |the |une? |la |le |l' ?)(?!(?:une?|autre|other|one|first|second|latter|former)(?![a-z]))(?:(?:[a-z&-]+ ){0,3}?⟦([RN])(\d+)⟧(?: [a-z.]{1,4})?-(?:based|headquartered)|(?:[a-z&-]+ ){1,4}?${SETTLED} (?:in|at|a|en|au|aux|dans) (?:the |la |le |l' ?|les )?${PLACE_NOUN}⟦([RN])(\d+)⟧)`, 'g');
/** "⟦C⟧, with headquarters in ⟦R⟧", "⟦C⟧, whose headquarters are in ⟦R⟧", "⟦C⟧, dont le siège social se trouve à ⟦R⟧". */
const SEAT_CLAUSE = new RegExp(String.raw`⟦([CO])(\d+)⟧ ?, (?:with (?:its |their )?(?:headquarters|head office|main office) (?:in|at)|whose (?:headquarters|head office|main office) (?:is|are|was|were|remains?) (?:located |based )?(?:in|at)|dont le siege(?: social)? (?:est |se trouve |se situe |est situe |est installe |est implante |est etabli )?(?:a|en|au|aux|dans)) (?:the |la |le |l' ?|les )?${PLACE_NOUN}⟦([RN])(\d+)⟧`, 'g');
/** A facility noun and "of" before the name: the relative clause may be the facility's ("the plant of A, which is located in X"). */
export const FACILITY_OF = /(?:plant|factory|facility|site|mill|works|office|usine|atelier|entrepot|warehouse|centre|center|depot|store|magasin)s? (?:of|de|du|d' ?|des) (?:the |la |le |l' ?)?$/;

/**
 * "⟦R⟧'s ⟦O⟧" (a state's agency), "⟦R|N⟧'s ⟦C⟧" (a place's company), the name ending its noun phrase: not "⟦R⟧'s ⟦C⟧ plant"
 * (the plant is there) nor "America's ⟦C⟧ automobile makers" (the name is a modifier).
 */
const POSSESSIVE = /(?<![a-z'-])⟦([RN])(\d+)⟧ ?'s ⟦([CO])(\d+)⟧(?= ?(?:[,.;:()"]|$)| (?:and|or|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|said|says|to|in|on|at|for|with|from|by|which|that|who|also|now|then|recently|met|made|won|got|took|bought|sold|built|began|paid|chose|became|gave|led|left|cut|set|told|plans|says|expects|employs|makes|produces|owns|operates|runs|builds|wants|hopes|announces|invests|[a-z]+ed)(?![a-z]))/g;

/** "In ⟦R⟧, ⟦C⟧, a family-owned auto parts maker, …": a clause-initial place, then a company its apposition describes. */
const COMPANY_NOUN = String.raw`(?:company|companies|firm|maker|manufacturer|producer|supplier|retailer|business|start-up|startup|cooperative|co-op|distributor|processor|exporter|employer|entreprise|societe|pme|eti|fabricant|producteur|fournisseur|equipementier|groupe|firme)`;
const FRONTED = new RegExp(String.raw`(?:^|[,;:] )(?:(?:for example|for instance|meanwhile|likewise|similarly|par exemple|ainsi|de meme) ?, )?(?:in|en|a|au|aux|dans) (?:the |la |le |l' ?)?${PLACE_NOUN}⟦R(\d+)⟧ ?, (?:(?:the |la |le |l' ?)(?:societe |entreprise |groupe |company |firm )?)?⟦C(\d+)⟧(?: [a-z&.' -]{1,25}?)? ?, (?:a |an |the |une? |la |le |l' ?)(?:[a-z&-]+ ){0,4}?${COMPANY_NOUN}(?![a-z])`, 'g');

/** French firm nouns whose "de" names their place ("une entreprise de Vierzon"; not "un producteur de Champagne"). */
/**
 * A description with its place, then the name in apposition: "the public supplier of natural gas in ⟦N⟧, ⟦C⟧, …", "the
 * largest steel maker in ⟦R⟧, ⟦C⟧.", "le fournisseur de gaz en ⟦N⟧, ⟦C⟧, …" (the name closes the apposition: a comma that no other name follows, or the sentence's end).
 */
const DESCRIBED_BEFORE = new RegExp(String.raw`(?<![a-z'])(?:the|a|an|le|la|l' ?|un|une) (?:[a-z&-]+ ){0,3}?${COMPANY_NOUN}(?: (?:of|de|du|des|d')(?: ?[a-z&-]+){1,3}?)? (?:in|from|based in|en|au|aux|dans) (?:the |la |le |l' ?)?${PLACE_NOUN}⟦([RN])(\d+)⟧ ?, ⟦C(\d+)⟧(?= ?, ?(?!(?:and |et )?⟦)| ?[.;:]| ?$)`, 'g');
const FR_FIRM = String.raw`(?:entreprise|societe|pme|eti|firme|start-up|startup)`;
/** Words before an apposition's noun that are no preposition: "a small", "a southeastern" (not "a supplier of the"). */
const MODIFIER = String.raw`(?:(?!(?:of|to|for|with|by|de|du|des|pour|avec|par)(?![a-z]))[a-z&-]+ )`;
/**
 * A described company and its place in one apposition (round 11): "⟦C⟧, a southeastern ⟦R⟧ technology company", "⟦C⟧, a
 * ⟦R⟧, ⟦R⟧, company", "⟦C⟧ -a
 * small business in ⟦R⟧-", "⟦C⟧, an equipment maker from ⟦R⟧"; commas or dashes around it.
 */
const APPOSED_PLACE = new RegExp(String.raw`⟦([CO])(\d+)⟧ ?(?:,|(?<= )[-–—]|[–—]| (?:is|was|remains|est|etait|reste)) ?(?:a|an|une?) ${MODIFIER}{0,3}?(?:⟦([RN])(\d+)⟧(?: ?, ?⟦R\d+⟧ ?\.? ?,)? ${MODIFIER}{0,2}?${COMPANY_NOUN}(?![a-z-])|(?:${COMPANY_NOUN} (?:in|from|based in|en)|${FR_FIRM} (?:familiale |industrielle |locale |historique )?(?:de|du|d' ?)) (?:the |la |le |l' ?)?${PLACE_NOUN}⟦([RN])(\d+)⟧(?! ?'s))`, 'g');

const MAY_APPOSE = /, |[-–—]| (?:is|was|remains|est|etait|reste) (?:a|an|une?) /;
const POSSESSIVE_WORD = /(?<![a-z])(?:son|sa|ses|its|their|leur|leurs) /;

/**
 * The subject's own site in a place (round 11): "⟦C⟧, la plus ancienne fabrique, va fermer son atelier créé en 1860 à ⟦R⟧",
 * "⟦C⟧ emploie 300 salariés à son siège de ⟦R⟧",
 * "⟦C⟧ will close its plant in ⟦R⟧": no other name between the company and its possessive, the place right after the site
 * and a few words. Not "its plant's owner" nor a site that is another name's.
 */
const SITE = String.raw`(?:${FACILITY}|ateliers?|workshops?|mills?|works|sites?|fonderie|acierie|steelworks|smelter|shipyard|chantier naval|siege(?: social)?|head office)`;
const OWN_SITE = new RegExp(String.raw`⟦C(\d+)⟧(?:\.)?(?: ?, [^⟦.;:]{1,100}?,)? (?:[^⟦.;:,]{0,40}? )?(?:son|sa|ses|its|their|leur|leurs) (?:[a-z-]+ ){0,2}?${SITE}(?:(?: (?!(?:de|du|des|d|of|for|pour)(?![a-z]))[a-z0-9-]+){0,4}? (?:a|au|in|at|near|pres de)| (?:de|d' ?)|, a) (?:the (?:city|town|village) of |la ville de |la commune de )?⟦R(\d+)⟧(?! ?'s)`, 'g');
/**
 * The subject's site named by its town in the same clause, without a possessive: "⟦C⟧, équipementier, a annoncé la
 * suppression de 236 des 640 emplois du site de ⟦R⟧", "la fermeture de l'usine de ⟦R⟧" (jobs cut or a closure at the
 * site: the firm's own; no other name between).
 */
const JOBS_AT_SITE = new RegExp(String.raw`⟦C(\d+)⟧(?: ?, [^⟦.;:]{1,60}?,)? (?:[^⟦.;:,]{0,30}? )?(?:suppressions?|fermeture|licenciements?)(?: [^⟦.;:,]{0,40}?)? (?:du|de l' ?) ?(?:site|usine|etablissement)(?: industriel| de production)? (?:de|d' ?|a) ⟦R(\d+)⟧`, 'g');
const JOBS_GATE = /(?:suppression|fermeture|licenciement)/;

/** "⟦C⟧'s headquarters in ⟦R⟧", "⟦C⟧'s new head office at ⟦R⟧": the company's seat. */
const POSSESSED_SEAT = /⟦([CO])(\d+)⟧ ?'s (?:new |global |european |world |[a-z]+ )?(?:headquarters|head office|hq|main office) (?:in|at) (?:the (?:city|town) of )?⟦R(\d+)⟧(?! ?'s)/g;

/** After a stated place, the places listed with it: ", à ⟦R⟧ et à ⟦R⟧", ", in ⟦R⟧ and in ⟦R⟧", " and ⟦R⟧". */
// ("basé à Toulouse bien sûr, mais aussi à Méault", "based in X, but also in Y": a list closed by "but also")
const LIST_ITEM = /^(?: bien sur| of course)? ?(,|,? (?:et|and|mais aussi|but also|as well as|ainsi qu' ?|ainsi que)) (?:(?:a|in|en|au|aux|at|dans) )?(?:the |la |le |l' ?)?⟦([RN])(\d+)⟧/;

export function locatedClauses(ctx: RuleContext, add: Add): void {
  for (const [sentence, sk] of ctx.skeletons) {
    const text = sk.text;
    if (!text.includes('⟦R') && !text.includes('⟦N')) continue;
    if (text.includes(', which') || text.includes(', that') || text.includes(', qui')) {
      for (const m of text.matchAll(RELATIVE)) {
        if (FACILITY_OF.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        add(Number(m[2]), Number(m[4]), sentence, 'located-relative', 0.85);
      }
    }
    if (/(?:^|[^a-z])(?:is|are|was|were|been|remains?|est|sont|etait|reste|demeure) /.test(text)) {
      for (const m of text.matchAll(COPULA)) {
        if (FACILITY_OF.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "⟦C⟧'s plant is located in": the possessive's facility, not the company (the subject list starts the clause)
        if (/(?:'s|de|du|des|d') ?$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
        for (const c of m[1]!.matchAll(/⟦[CO](\d+)⟧/g)) add(Number(c[1]), Number(m[3]), sentence, 'located-copula', 0.85);
      }
    }
    if (text.includes(', ') || MAY_APPOSE.test(text)) {
      for (const m of text.matchAll(APPOSED_BASED)) add(Number(m[2]), Number(m[4] ?? m[6]), sentence, 'located-apposed', 0.8);
      for (const m of text.matchAll(SEAT_CLAUSE)) add(Number(m[2]), Number(m[4]), sentence, 'located-seat-clause', 0.85);
    }
    if (text.includes('⟦C') && POSSESSIVE_WORD.test(text)) {
      // (a site the company invests in is the investment's place, not its seat: the gold rarely states both)
      for (const m of text.matchAll(OWN_SITE)) {
        // ("its first plant in Europe": a continent is the site's scope, never the company's seat)
        const place = ctx.mentions[Number(m[2])];
        if (place && WORLD_REGION_NAMES.has(place.canonical ?? place.text)) continue;
        if (isActor(ctx.mentions[Number(m[1])]) && !investsIn(ctx, Number(m[1]), Number(m[2]))) add(Number(m[1]), Number(m[2]), sentence, 'located-own-site', 0.7);
      }
    }
    if (text.includes('⟦C') && JOBS_GATE.test(text)) {
      for (const m of text.matchAll(JOBS_AT_SITE)) {
        const firm = Number(m[1]), place = Number(m[2]);
        if (isActor(ctx.mentions[firm]) && !investsIn(ctx, firm, place)) add(firm, place, sentence, 'located-own-site', 0.7);
      }
    }
    if (MAY_APPOSE.test(text)) {
      for (const m of text.matchAll(APPOSED_PLACE)) if (isActor(ctx.mentions[Number(m[2])])) add(Number(m[2]), Number(m[4] ?? m[6]), sentence, 'located-apposed', 0.75);
    }
    if (text.includes("'s ")) {
      for (const m of text.matchAll(POSSESSED_SEAT)) if (isActor(ctx.mentions[Number(m[2])])) add(Number(m[2]), Number(m[3]), sentence, 'located-seat-clause', 0.8);
    }
    if (text.includes("'s ⟦")) {
      for (const m of text.matchAll(POSSESSIVE)) {
        // a country's organisation is mostly its government's department (optional), a state's is its agency
        if (m[1] === 'N' && m[3] === 'O') continue;
        add(Number(m[4]), Number(m[2]), sentence, 'located-possessive', 0.75);
      }
    }
    if (BOTH_OF_GATE.test(text)) {
      for (const m of text.matchAll(BOTH_OF)) {
        for (const c of [m[1], m[2]]) if (isActor(ctx.mentions[Number(c)])) add(Number(c), Number(m[3]), sentence, 'located-both-of', 0.75);
      }
    }
    if (text.includes('⟦C')) {
      for (const m of text.matchAll(FRONTED)) add(Number(m[2]), Number(m[1]), sentence, 'located-fronted-apposition', 0.75);
      if (text.includes(', ⟦C')) for (const m of text.matchAll(DESCRIBED_BEFORE)) add(Number(m[3]), Number(m[2]), sentence, 'located-fronted-apposition', 0.75);
    }
  }
  coordinatedPlaces(ctx, add);
}

/** "… B agreed to merge with its rival A, both of the US", "A et B, toutes deux basées en ⟦N⟧": the two companies named last, one home. */
const BOTH_OF = /⟦[CO](\d+)⟧[^⟦.;]{1,60}?⟦[CO](\d+)⟧ ?, (?:both|tous deux|toutes deux|toutes les deux|tous les deux) (?:(?:of|from|based in|headquartered in)|(?:basees?|bases|installees?|installes|originaires?|issues?|issus) (?:en|au|aux|a|de|du|des|d' ?)) (?:the |la |le |l' ?|les )?⟦[NR](\d+)⟧/g;
const BOTH_OF_GATE = /, (?:both|tous|toutes) /;

/** Rules whose place is the company's own setting, so the places coordinated with it are too. */
const LISTABLE = new Set(['located-based', 'located-fronted', 'located-relative', 'located-apposition', 'located-based-prefix', 'located-copula', 'located-apposed', 'located-seat-clause']);

function coordinatedPlaces(ctx: RuleContext, add: Add): void {
  const contains = new Set<string>();
  for (const r of ctx.relations) if (r.type === 'LOCATED_IN' && r.rule === 'located-city-region') contains.add(`${r.source}|${r.target}`);
  for (const r of [...ctx.relations]) {
    if (r.type !== 'LOCATED_IN' || !LISTABLE.has(r.rule) || !isActor(ctx.mentions[r.source])) continue;
    const sk = ctx.skeletons.get(r.sentence)?.text;
    const target = ctx.mentions[r.target];
    if (!sk || !target) continue;
    const tag = `⟦${target.type === 'Country' ? 'N' : 'R'}${r.target}⟧`;
    const at = sk.indexOf(tag);
    if (at < 0) continue;
    let rest = sk.slice(at + tag.length);
    let prev = r.target;
    const items: number[] = [];
    let joined = false;
    for (let m = LIST_ITEM.exec(rest); m; m = LIST_ITEM.exec(rest)) {
      const place = Number(m[3]);
      rest = rest.slice(m[0].length);
      // "Allentown, Pennsylvania": the area that contains the place before is no item of the list
      if (contains.has(`${prev}|${place}`)) { prev = place; continue; }
      items.push(place);
      prev = place;
      if (m[1] !== ',') { joined = true; break; }
    }
    // a list ends with "et"/"and": without it, the commas may be anything ("in X, Y said")
    if (!joined) continue;
    for (const p of items) add(r.source, p, r.sentence, 'located-list', Math.min(r.confidence, 0.75));
  }
}

function investsIn(ctx: RuleContext, source: number, target: number): boolean {
  const text = ctx.mentions[target]?.text;
  return ctx.relations.some((r) => r.type === 'INVESTS_IN' && r.source === source && ctx.mentions[r.target]?.text === text);
}
