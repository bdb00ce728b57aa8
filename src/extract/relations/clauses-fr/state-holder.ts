/**
 * The State as a shareholder, in French: "l'État a pris une participation de 12 % dans A", "l'État français est
 * actionnaire de A", "l'État détient 15 % de A", and in a government speech "nous avons pris une participation dans A,
 * comme nous avons avec l'État une participation dans B". Buying into a company is INVESTS_IN; the State is its country:
 * a demonym after it ("l'État belge"), else the one country the article's office holders serve (a minister's or a
 * president's speech), else France when the article names France. "nous" is the State only in such a speech.
 */
import type { Mention, Sentence } from '../../types.ts';
import type { RuleContext } from '../context.ts';
import { clauseStart, validActor } from './subject.ts';
import type { AddInvestment } from './owners.ts';

/** Speed: the sentence names the State or speaks as "nous", and a holding word. */
export const mayNameStateHolder = (text: string): boolean => /etat|nous/.test(text) && /participation|actionnaire|capital|%/.test(text);

const DET = String.raw`(?:la |le |l' ?|les )?`;
const HEAD = String.raw`(?:(?:groupe|societe|entreprise|constructeur|fabricant|compagnie|banque) )?(?:[a-z-]+ )?`;
const SHARE = String.raw`(?:plus de |pres de |environ |quelque )?\d+(?:[.,]\d+)? ?(?:%|pour ?cent)`;
/** What the State holds: a participation in A, shares of A, the rank of shareholder of A. */
const HOLDING = new RegExp(String.raw`(?<![a-z])(?:(?:une |sa |la |notre |cette )?participation(?: (?:de |d')?${SHARE})?(?: (?:majoritaire|minoritaire|publique|significative|importante))? (?:dans |au capital (?:de |du |d' ?))|(?:le |l' ?|un |premier |principal )*actionnaire(?: (?:majoritaire|principal|de reference|minoritaire|unique))? (?:de |du |d' ?)|${SHARE} (?:du capital |des parts |des actions |des droits de vote )?(?:de |du |d' ?)|(?:entree?|monte|montee|entrer|monter|entrera|montera) (?:[a-z]+ ){0,2}?au capital (?:de |du |d' ?))${DET}${HEAD}⟦C(\d+)⟧`, 'g');
/** "la participation de l'État (français) (de 15 %) dans A". */
const HOLDING_NOUN = new RegExp(String.raw`(?<![a-z])participation (?:de |d' ?)l' ?etat(?: ([a-z]+))?(?: (?:de |d')?${SHARE})? (?:dans |au capital (?:de |du |d' ?))${DET}${HEAD}⟦C(\d+)⟧`, 'g');
/** The subject of the clause: "l'État (français)" or "nous", then a verb of holding, taking or being (a few words between). */
const STATE_SUBJECT = /(?:^|[ ,])(?:(l' ?etat)(?: ([a-z]+))?|(nous)) (?:[a-z'-]+ ){0,4}?(?:a|ont|avons|detient|detenons|detenait|possede|possedons|prend|prenons|prendra|prendrons|pris|conserve|conservons|garde|gardons|est|reste|devient|deviendra|sommes|entre|entrera|entrons|monte|montera|montons|acquiert|acquerir|prendre|entrer|monter)(?![a-z])/g;
/** A complement before "l'État" ("de l'État", "par l'État", "à l'État") makes it no subject. */
const COMPLEMENT = /(?:^|[ '])(?:de|du|d'|par|a|au|pour|sans|contre|que|qu') ?$/;

export function readStateHolder(ctx: RuleContext, s: Sentence, text: string, add: AddInvestment): void {
  HOLDING.lastIndex = 0;
  for (const h of text.matchAll(HOLDING)) {
    const target = ctx.mentions[Number(h[1])];
    if (!target || target.type !== 'Company' || !validActor(target)) continue;
    const from = clauseStart(text, h.index);
    const head = text.slice(from, h.index);
    // (the verb may open the holding words: "l'État entrera au capital de A")
    let subject: RegExpExecArray | undefined;
    STATE_SUBJECT.lastIndex = 0;
    for (const m of text.slice(from, h.index + h[0].length).matchAll(STATE_SUBJECT)) if (m.index < head.length) subject = m as RegExpExecArray;
    // (the last subject before the holding word, with no other actor between: "nous avons aidé A à prendre …" is A's)
    if (!subject || /⟦[CO]\d+⟧/.test(head.slice(subject.index))) continue;
    if (subject[1] && COMPLEMENT.test(head.slice(Math.max(0, subject.index - 6), subject.index + 1))) continue;
    const country = stateCountry(ctx, s, subject[2], !!subject[3]);
    if (country) add(country, target, 'fr-state-holder', 0.7);
  }
  // "la participation de l'État (français) dans A"
  HOLDING_NOUN.lastIndex = 0;
  for (const h of text.matchAll(HOLDING_NOUN)) {
    const target = ctx.mentions[Number(h[2])];
    if (!target || target.type !== 'Company' || !validActor(target)) continue;
    const country = stateCountry(ctx, s, h[1], false);
    if (country) add(country, target, 'fr-state-holder', 0.7);
  }
}

/** The country "l'État" or "nous" stands for (undefined when the article does not say). */
function stateCountry(ctx: RuleContext, s: Sentence, adjective: string | undefined, we: boolean): Mention | undefined {
  const iso = adjective ? ctx.cues.demonyms.get(adjective) : undefined;
  if (iso) return ctx.countryMention(iso, s.index, adjective!);
  const served = officeCountries(ctx);
  if (served.size === 1) { const [code] = served; return ctx.countryMention(code!, s.index, ''); }
  if (we || served.size > 1) return undefined;
  return ctx.mentions.some((m) => m.type === 'Country' && m.iso2 === 'FR' && !m.implicit) ? ctx.countryMention('FR', s.index, '') : undefined;
}

/** The countries the article's people hold an office of (ROLE_AT a country, read by the role rules before). */
function officeCountries(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const r of ctx.relations) {
    if (r.type !== 'ROLE_AT') continue;
    const p = ctx.mentions[r.source], c = ctx.mentions[r.target];
    if (p?.type === 'Person' && c?.type === 'Country' && c.iso2) out.add(c.iso2);
  }
  return out;
}
