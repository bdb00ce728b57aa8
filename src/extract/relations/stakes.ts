/**
 * Stakes that the investment reading misses: a share written in words or with an ownership noun ("IBM would
 * receive nineteen percent ownership of Lenovo", "Orvane holds a 19 per cent interest in Pellix") and a
 * shareholder named in apposition ("a main shareholder of Pellix, Orvane Holdings", "l'actionnaire principal de
 * Pellix, Orvane"). Buying into an existing company is INVESTS_IN from the holder to the company.
 */
import { fold } from '../text/normalize.ts';
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
/** "⟦C⟧, in which ⟦O⟧ has a 92% holding", "⟦C⟧, in which the Region holds a stake of 40%", "⟦C⟧, dont ⟦C⟧ détient 30 %": a stated
 * holding in a relative clause; the holder may be a public body, a region or a country, or a definite noun ("the Region")
 * that repeats the last word of a name given before. */
const RELATIVE_HOLDING = new RegExp(String.raw`⟦C(\d+)⟧ ?, ?(?:in which|of which|dans laquelle|dans lequel|dont) (?:⟦[CONR](\d+)⟧|(?:the|la|le|l') ?([a-z]+)) (?:already |also |still |now |deja |aussi |desormais )?(?:has|holds|owns|had|held|owned|detient|possede|detenait|possedait) (?:a |an |une |un )?(?:${NUMBER}${PERCENT}(?: (?:holding|stake|interest|share|shareholding|participation|du capital))?|(?:holding|stake|interest|share|shareholding|participation) (?:of |de )${NUMBER}${PERCENT})`, 'g');
/** Words of a stake taken in capital: a sum the sentence gives for it is what the holder puts in ("convert a claim into equity"). */
const EQUITY_WORDS = /(?<![a-z])(?:equity|capital injection|recapitali[sz]|fonds propres|augmentation de capital|au capital)/;

export interface Stake {
  investor: Mention; target: Mention;
  /** The sentence's sum goes with the stake: a holder named with an equity operation in its sentence. */
  withSum?: boolean;
}

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
  RELATIVE_HOLDING.lastIndex = 0;
  for (const m of sk.text.matchAll(RELATIVE_HOLDING)) {
    const target = get(m[1]!);
    const investor = m[2] !== undefined ? get(m[2]) : target ? namedBefore(ctx, target, m[3]!) : undefined;
    if (!investor || !target || !ok(target) || investor.implicit || investor.index === target.index || investor.text === target.text) continue;
    if (!isActor(investor) && investor.type !== 'Region' && investor.type !== 'Country') continue;
    out.push({ investor, target, withSum: EQUITY_WORDS.test(sk.text) });
  }
  return out;
}

/** The last name before `m` (its sentence or an earlier one) of two words or more whose last word is `head` ("the Region" → "Northland Region"). */
function namedBefore(ctx: RuleContext, m: Mention, head: string): Mention | undefined {
  let found: Mention | undefined;
  for (const o of ctx.mentions) {
    if (o.sentence > m.sentence || (o.sentence === m.sentence && o.start >= m.start)) continue;
    if (o.implicit || o.cue === 'coref' || !o.text.includes(' ')) continue;
    const words = fold(o.text).split(' ');
    if (words[words.length - 1] === head && (!found || o.sentence > found.sentence || (o.sentence === found.sentence && o.start > found.start))) found = o;
  }
  return found;
}
