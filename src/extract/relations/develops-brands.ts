/**
 * DEVELOPS from owning a brand: "A, qui possède la marque T, fabrique …", "A owns the T and U brands",
 * "A détient les marques T et U". The gold conventions count the brands a company sells under its own
 * marks as its products. A brand typed otherwise than Product is left to the entity rules.
 */
import { capByAnaphora, type RuleContext } from './context.ts';
import { placeholders } from './skeleton.ts';
import { literalGate } from './literal-gate.ts';

const OWNS = String.raw`(?:possede|possedait|detient|detenait|exploite|owns|owned|holds)`;
/** "⟦C⟧[, qui] possède la marque ⟦D⟧ [et ⟦D⟧]" */
const BRAND_AFTER = new RegExp(String.raw`⟦C(\d+)⟧(?: ?, ?(?:qui|which|that))? ${OWNS} (?:(?:egalement|aussi|also) )?(?:(?:la|les|the|its|sa|ses) )?(?:marques?|brands?|labels?) ((?:⟦D\d+⟧(?: ?(?:,|et|and) ?)?)+)`, 'g');
/** "⟦C⟧[, which] owns the ⟦D⟧ [and ⟦D⟧] brand(s)" */
const BRAND_BEFORE = new RegExp(String.raw`⟦C(\d+)⟧(?: ?, ?(?:qui|which|that))? ${OWNS} (?:(?:also|aussi) )?(?:the |its )((?:⟦D\d+⟧(?: ?(?:,|et|and) ?)?)+) (?:brands?|labels?)(?![a-z])`, 'g');

/** Speed: a skeleton these expressions cannot match is skipped. */
const MAY_OWN_BRANDS = literalGate(BRAND_AFTER, BRAND_BEFORE);

/** "la relance de la marque ⟦D⟧", "the ⟦D⟧ brand": a brand named as such. */
const BRAND_NAMED = /(?:(?<![a-z])(?:marque|brand) (?:« ?|" ?)?⟦D(\d+)⟧|⟦D(\d+)⟧(?: ?»| ?")? brand(?![a-z]))/g;

/**
 * "… la vaisselle de la gamme X (developed by the group). La relance de la marque Y accompagne cette stratégie.": a brand in a
 * sentence that names no company continues the maker of the sentence before (one developer there, same part of the text),
 * else it is the brand of the company the article is about.
 */
function brandContinuesMaker(ctx: RuleContext, sentence: number, text: string): void {
  if (ctx.skeletons.get(sentence)?.mentions.some((m) => m.type === 'Company' || m.type === 'Organization')) return;
  const part = ctx.sentences[sentence]?.part;
  for (const b of text.matchAll(BRAND_NAMED)) {
    const product = Number(b[1] ?? b[2]);
    if (ctx.relations.some((r) => r.type === 'DEVELOPS' && r.target === product)) continue;
    let maker: number | undefined;
    let seen = false;
    for (let k = sentence - 1; k >= 0 && k >= sentence - 2 && ctx.sentences[k]?.part === part; k--) {
      const makers = new Set(ctx.relations.filter((r) => r.type === 'DEVELOPS' && r.sentence === k).map((r) => r.source));
      if (!makers.size) continue;
      seen = true;
      if (makers.size === 1) maker = [...makers][0];
      break;
    }
    // else the company the article is about (a brand named without its owner in a text about one company)
    if (!seen && ctx.focusCompany && ctx.focusCompany.type === 'Company') maker = ctx.focusCompany.index;
    if (maker === undefined || maker === product) continue;
    ctx.add({ type: 'DEVELOPS', source: maker, target: product, sentence, rule: 'develops-brand-continues', confidence: capByAnaphora(ctx, 0.5, maker) });
  }
}

export function developsBrandsRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) if (sk.text.includes('brand') || sk.text.includes('marque')) brandContinuesMaker(ctx, sentence, sk.text);
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.mentions.some((m) => m.type === 'Product') || !MAY_OWN_BRANDS(sk.text)) continue;
    for (const re of [BRAND_AFTER, BRAND_BEFORE]) {
      for (const m of sk.text.matchAll(re)) {
        const owner = Number(m[1]);
        for (const p of placeholders(m[2]!, 'D')) ctx.add({ type: 'DEVELOPS', source: owner, target: p, sentence, rule: 'develops-brand-owned', confidence: capByAnaphora(ctx, 0.75, owner, p) });
      }
    }
  }
}
