/**
 * Stakes that the investment reading misses: a share written in words or with an ownership noun ("IBM would
 * receive nineteen percent ownership of Lenovo", "Orvane holds a 19 per cent interest in Pellix") and a
 * shareholder named in apposition ("a main shareholder of Pellix, Orvane Holdings", "l'actionnaire principal de
 * Pellix, Orvane"). Buying into an existing company is INVESTS_IN from the holder to the company.
 */
import type { Mention } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|[a-z]+(?:[- ][a-z]+)?)`;
const PERCENT = String.raw`(?: ?%| percent| per cent| pour ?cent)`;
/** "⟦C⟧ would receive nineteen percent ownership of ⟦C⟧", "⟦C⟧ holds a 19% stake in ⟦C⟧". */
// ("⟦C⟧ qui, s'il détient 15 % du capital de ⟦C⟧": a relative and a conditional between the holder and its verb)
const SHARE = new RegExp(String.raw`⟦C(\d+)⟧ (?:[a-z]+ ){0,2}?(?:qui ?, ?(?:s'il |si elle |meme s'il )?)?(?:receives?|received|receiving|holds?|held|owns?|owned|takes?|took|taking|acquires?|acquired|gets?|got|obtains?|obtained|detient|detiendra|recoit|recevra|prend|prendra|a pris|obtient|obtiendra|acquiert) (?:a |an |une |un |the |la |le )?${NUMBER}${PERCENT}(?: (?:ownership|stake|interest|share|shareholding|holding|participation))? (?:of|in|de|du|d' ?|dans) (?:the |la |le |l' ?)?(?:capital (?:de |du |d' ?))?⟦C(\d+)⟧`, 'g');
/** "a main shareholder of ⟦C⟧, ⟦C⟧", "l'actionnaire principal de ⟦C⟧, ⟦C⟧". */
const APPOSITION = /(?:shareholder|stakeholder|actionnaire|investor|investisseur)s? (?:(?:principal|majoritaire|de reference|minoritaire) )?(?:de |du |d' ?|of |in )(?:the |la |le |l' ?)?(?:[a-z-]+ )?⟦C(\d+)⟧ ?, ?(?:the |la |le |l' ?)?(?:[a-z-]+ )?⟦C(\d+)⟧/g;

/** "les actions d'⟦C⟧ seront détenues à 50 % par ⟦C⟧, à 15 % par ⟦C⟧", "the shares of ⟦C⟧ will be held 60% by ⟦C⟧". */
const HELD_BY = new RegExp(String.raw`(?:actions|capital|parts|titres|shares|stock|equity) (?:de |du |d' ?|of )(?:the |la |le |l' ?)?⟦C(\d+)⟧ (?:[a-z]+ ){0,3}?(?:detenue?s?|held|owned|possedee?s?)((?: ?,? ?(?:et |and )?(?:a |at )?${NUMBER}${PERCENT} (?:par|by) (?:the |la |le |l' ?)?⟦C\d+⟧)+)`, 'g');
const HOLDER = /⟦C(\d+)⟧/g;

export interface Stake { investor: Mention; target: Mention }

export function readStakes(ctx: RuleContext, sentence: number): Stake[] {
  const sk = ctx.skeletons.get(sentence);
  const out: Stake[] = [];
  if (!sk || !/percent|per cent|pour ?cent|%|shareholder|stakeholder|actionnaire|investor|investisseur/.test(sk.text)) return out;
  const get = (i: string) => ctx.mentions[Number(i)];
  const ok = (m: Mention | undefined): m is Mention => !!m && isActor(m) && !m.implicit && !isPublicBody(m);
  for (const m of sk.text.matchAll(HELD_BY)) {
    const target = get(m[1]!);
    for (const h of m[2]!.matchAll(HOLDER)) {
      const investor = get(h[1]!);
      if (ok(investor) && ok(target) && investor.index !== target.index && investor.text !== target.text) out.push({ investor, target });
    }
  }
  for (const re of [SHARE, APPOSITION]) {
    re.lastIndex = 0;
    for (const m of sk.text.matchAll(re)) {
      const [investor, target] = re === SHARE ? [get(m[1]!), get(m[2]!)] : [get(m[2]!), get(m[1]!)];
      if (ok(investor) && ok(target) && investor.index !== target.index && investor.text !== target.text) out.push({ investor, target });
    }
  }
  return out;
}
