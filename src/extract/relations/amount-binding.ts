/**
 * Which sum belongs to which investment, once every rule has read the article (round 9, amounts of the held-out sets):
 * - a sum the sentence gives as public money ("government investment of more than £20 million to support the
 *   installation of a new platform in X, worth over £240 million") is not the company's: its investment carries
 *   the sentence's other sum, when there is one;
 * - one project stated with several destinations ("proceed with the project in the United Kingdom" … "a site at
 *   Burnaston" … "a total investment of about £700 million"): the investor's amount-less investment in the country
 *   that contains the place of its one stated sum carries that sum.
 */
import { fold } from '../text/normalize.ts';
import type { Mention, RelationCandidate } from '../types.ts';
import { findMoney } from '../values/money.ts';
import type { RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';
import { putSum, replaceSum } from './sum-properties.ts';
import { bindSumToItsTarget, bindThisInvestment, bindThisProject, sameInvestor, who } from './amount-anaphora.ts';

/** Words before a sum that make it public money: "government investment of more than", "le soutien public de". */
const PUBLIC_SUM = /(?:government|governments'?|public|state|federal|council|taxpayers'?|ministry|department)\s+(?:investment|funding|money|support|contribution|backing|grant|aid)s?\s+(?:of|worth|totall?ing)\s+(?:(?:more than|over|up to|around|about|nearly|almost|some|an? (?:extra|additional|further))\s+)?$|(?:investissement|financement|soutien|aide|contribution|apport)s?\s+(?:publics?|publiques?|de l'etat|du gouvernement|de la region|du departement)\s+(?:de|d')\s*(?:(?:plus de|pres de|environ|jusqu'a)\s+)?$/;
/** Words after a sum that make it aid (not what the company invests). */
const AID_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:of |in |d'|de |en )?(?:[a-z-]+ )?(?:aid|aide|grants?|subsid[a-z]*|funding|financement|loans?|pret|subventions?)(?![a-z])/;

const isPlace = (m: Mention | undefined): boolean => !!m && (m.type === 'Country' || m.type === 'Region');


export function amountBindingRule(ctx: RuleContext): void {
  const invests = ctx.relations.filter((r) => r.type === 'INVESTS_IN');
  if (!invests.length) return;
  rebindPublicSums(ctx, invests);
  spreadToCountry(ctx, invests);
  // "bring this investment to Wales": the investment stated before, with its sum (amount-anaphora.ts)
  bindThisInvestment(ctx, invests);
  bindThisProject(ctx, invests);
  bindSumToItsTarget(ctx, invests);
}

function rebindPublicSums(ctx: RuleContext, invests: readonly RelationCandidate[]): void {
  for (const r of invests) {
    if (typeof r.properties.amount !== 'number') continue;
    const investor = ctx.mentions[r.source];
    if (!investor || isPublicBody(investor) || investor.type !== 'Company') continue;
    const text = ctx.sentences[r.sentence]?.text ?? '';
    const folded = fold(text);
    if (folded.length !== text.length) continue;
    const money = findMoney(text).filter((m) => m.equivalentOf === undefined);
    const held = money.find((m) => m.amount === r.properties.amount && m.currency === r.properties.currency);
    if (!held || !PUBLIC_SUM.test(folded.slice(Math.max(0, held.start - 60), held.start))) continue;
    const other = money.find((m) => m !== held && !PUBLIC_SUM.test(folded.slice(Math.max(0, m.start - 60), m.start)) && !AID_AFTER.test(folded.slice(m.end, m.end + 40)));
    if (other) replaceSum(r.properties, other);
  }
}

/** A town the lists do not know ("a site at Burnaston near Derby"): the one country of the other places of its sentence. */
function countryBeside(ctx: RuleContext, t: Mention): string | undefined {
  const found = new Set<string>();
  for (const m of ctx.mentions) if (m.sentence === t.sentence && m !== t && m.type === 'Region' && m.country) found.add(m.country);
  return found.size === 1 ? [...found][0] : undefined;
}

const AID_WORD = /(?<![a-z])(?:aid|aide|aides|grants?|subsid[a-z]*|subventions?|allowance|tax credit|credit d'impot)(?![a-z])/;
/** Whether the sum of an investment is written near an aid word (in its sentence, or in the next ones that gave it). */
function nearAid(ctx: RuleContext, r: RelationCandidate): boolean {
  for (let k = r.sentence; k <= r.sentence + 5 && k < ctx.sentences.length; k++) {
    const text = ctx.sentences[k]?.text ?? '';
    if (!/\d/.test(text)) continue;
    const m = findMoney(text).find((x) => x.amount === r.properties.amount && x.currency === r.properties.currency);
    if (!m) continue;
    const folded = fold(text);
    return folded.length !== text.length || AID_WORD.test(folded.slice(Math.max(0, m.start - 80), m.end + 30));
  }
  return true;
}

function spreadToCountry(ctx: RuleContext, invests: readonly RelationCandidate[]): void {
  // per investor: the distinct sums of its investments in places, and the places' countries
  const sums = new Map<string, { amounts: Set<string>; first: RelationCandidate; countries: Set<string> }>();
  for (const r of invests) {
    const src = ctx.mentions[r.source], t = ctx.mentions[r.target];
    if (!src || !t || typeof r.properties.amount !== 'number') continue;
    const k = who(ctx, src);
    // a sum near an aid word may be the aid, not the project: spread none of that investor's
    if (nearAid(ctx, r)) { sums.set(k, { amounts: new Set(['aid']), first: r, countries: new Set() }); continue; }
    const e = sums.get(k) ?? { amounts: new Set<string>(), first: r, countries: new Set<string>() };
    e.amounts.add(`${r.properties.amount} ${String(r.properties.currency)}`);
    sums.set(k, e);
    const country = t.type === 'Region' ? t.country ?? countryBeside(ctx, t) : undefined;
    if (country) e.countries.add(country);
  }
  // a country some investment already has a sum in keeps its own reading ("a $20 billion investment in the United States")
  const countryHasSum = new Set<string>();
  for (const r of invests) {
    const src = ctx.mentions[r.source], t = ctx.mentions[r.target];
    if (src && t?.type === 'Country' && t.iso2 && typeof r.properties.amount === 'number') countryHasSum.add(t.iso2);
  }
  for (const r of invests) {
    const src = ctx.mentions[r.source], t = ctx.mentions[r.target];
    if (!src || !t || t.type !== 'Country' || !t.iso2 || r.properties.amount !== undefined || countryHasSum.has(t.iso2)) continue;
    // "Corvane" … "Corvane Motors": the one investor whose name starts with the other
    const k = who(ctx, src);
    const matches = [...sums.keys()].filter((x) => sameInvestor(x, k));
    const e = matches.length === 1 ? sums.get(matches[0]!) : undefined;
    // one sum for the investor in the article, stated for a place of this country; a sentence with a sum of its own keeps it
    if (!e || e.amounts.size !== 1 || !e.countries.has(t.iso2) || /\d/.test(ctx.sentences[r.sentence]?.text ?? '') && findMoney(ctx.sentences[r.sentence]!.text).length) continue;
    const p = e.first.properties;
    putSum(r.properties, p);
  }
}
