/**
 * DEVELOPS from owning a brand: "A, qui possède la marque T, fabrique …", "A owns the T and U brands",
 * "A détient les marques T et U". The gold conventions count the brands a company sells under its own
 * marks as its products. A name typed otherwise than Product is left to the entity rules, except in a slot that can
 * only hold a product ("its brands include T", "the maker of T"), where a name no cue of its own typed becomes one.
 */
import { capByAnaphora, previousSubject, type RuleContext } from './context.ts';
import { placeholders } from './skeleton.ts';
import { literalGate } from './literal-gate.ts';

const OWNS = String.raw`(?:possede|possedait|detient|detenait|exploite|commercialise|owns|owned|holds|controls|boasts|markets|sells)`;
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

/** Names in a list, any type: "⟦D1⟧, ⟦C2⟧ as well as ⟦P3⟧ and ⟦D4⟧". */
const ANY_LIST = String.raw`(?:⟦[A-Z]\d+⟧(?: ?(?:,|and|et|or|ou|as well as|ainsi que)(?: ?(?:and|et|as well as|ainsi que))? ?)?)+`;
/** Products only (typed by the entity rules), same connectors. */
const PRODUCT_LIST = String.raw`(?:⟦D\d+⟧(?: ?(?:,|and|et|or|ou|as well as|ainsi que)(?: ?(?:and|et|as well as|ainsi que))? ?)?)+`;
/**
 * "A's brands include T, U and V", "its brands such as T", "ses marques comme T et U": the names listed after a brand noun
 * are brands, whatever a name's shape suggested (a given name, a word alone); the owner is the possessor, else the subject.
 */
const BRAND_LIST = new RegExp(String.raw`(?:⟦C(\d+)⟧ ?'s |(?<![a-z])(?:its|their|ses|leurs|sa|son) |(?<![a-z])(?:les |the )?)(?:[a-z-]+ ){0,2}?(?:brands|marques|labels|brand names) (?:(?:now |also )?(?:include|includes|included|including|comprennent|comprenaient|incluent|such as|like|comme|dont|notamment|tels que|telles que)|:) ?(${ANY_LIST})`, 'g');
/**
 * "A boasts T as well as U and V", "it controls T and U", "In addition to T, it owns U": owning or selling named products.
 * Only names the entity rules typed as products: owning a company is a subsidiary, not a product.
 */
const OWNED_PRODUCTS = new RegExp(String.raw`(?:(?:in addition to|besides|outre|en plus de) (${PRODUCT_LIST}) ?, ?)?(?:⟦C(\d+)⟧|(?<![a-z])(it|il|elle))(?: ?, ?(?:which|qui))? (?:(?:also|aussi|egalement|now) )?(?:owns|controls|boasts|markets|sells|possede|detient|controle|commercialise|vend) (?:(?:also|aussi|egalement) )?(?:(?:the|its|their|les|ses|leurs|la|le|sa|son) )?(${PRODUCT_LIST})`, 'g');
/** "A, the maker of T and U", "A, fabricant du T": what a maker makes, named after the noun, is its product. */
const MAKER_OF = new RegExp(String.raw`⟦C(\d+)⟧ ?, ?(?:the |a |le |la |l' ?|un |une )?(?:[a-z-]+ )?(?:maker|makers|creator|inventor|fabricant|createur|inventeur) (?:of |de |du |d' ?)(?:the |la |le |l' ?)?(${ANY_LIST})`, 'g');
/** "A sells its goods under the T and U brands", "sous la marque T": the brands the subject sells under. */
const UNDER_BRAND = new RegExp(String.raw`(?<![a-z])(?:under|sous) (?:(?:the|its|their|la|les|ses|leurs|sa|son) )?(?:(?:brands?|marques?|labels?|names?|noms?) (${PRODUCT_LIST})|(${PRODUCT_LIST}) (?:brands?|labels?|names?)(?![a-z]))`, 'g');
/** "A is best known for its T chips", "A, connu pour sa marque T": what the subject is known for, the products named up to the clause's end. */
const KNOWN_FOR = /(?<![a-z])(?:known for|famous for|renowned for|connue?s? pour|celebres? pour|reputee?s? pour) ([^.;]{1,160})/g;
const MAY_LIST_BRANDS = literalGate(BRAND_LIST, OWNED_PRODUCTS, MAKER_OF, UNDER_BRAND, KNOWN_FOR);
/** A name's type the brand list overrides: read by no cue of its own (a default, a list, a given name, a title-like shape). */
const WEAK_TYPING = new Set(['default', 'list', 'quoted', 'article', 'first-name']);

/** The company a possessive or a pronoun refers to: the first one before `at` in the sentence, else the previous sentence's subject. */
function ownerBefore(ctx: RuleContext, sentence: number, text: string, at: number): number | undefined {
  return placeholders(text.slice(0, at), 'C')[0] ?? previousSubject(ctx, sentence);
}

/** The names of a list in a product slot, in order, until one a cue of its own typed otherwise. */
function listedProducts(ctx: RuleContext, sentence: number, owner: number, list: string, rule: string): void {
  for (const p of placeholders(list)) {
    const product = ctx.mentions[p]!;
    if (product.type !== 'Product' && !((product.type === 'Company' || product.type === 'Person' || product.type === 'Program') && WEAK_TYPING.has(product.cue))) break;
    if (p === owner || product.text === ctx.mentions[owner]?.text) break;
    product.type = 'Product';
    ctx.add({ type: 'DEVELOPS', source: owner, target: p, sentence, rule, confidence: capByAnaphora(ctx, 0.75, owner, p) });
  }
}

/** The products (typed by the entity rules) of a piece of the sentence, made by the company before `at` or the previous subject. */
function subjectProducts(ctx: RuleContext, sentence: number, text: string, at: number, piece: string, rule: string): void {
  const owner = ownerBefore(ctx, sentence, text, at);
  if (owner === undefined) return;
  for (const p of placeholders(piece, 'D')) ctx.add({ type: 'DEVELOPS', source: owner, target: p, sentence, rule, confidence: capByAnaphora(ctx, 0.7, owner, p) });
}

/** Brand lists and owned products (run with the develop rule, before the pattern rules read the retyped names). */
export function brandLists(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!MAY_LIST_BRANDS(sk.text)) continue;
    for (const m of sk.text.matchAll(BRAND_LIST)) {
      const owner = m[1] !== undefined ? Number(m[1]) : ownerBefore(ctx, sentence, sk.text, m.index);
      if (owner !== undefined) listedProducts(ctx, sentence, owner, m[2]!, 'develops-brand-list');
    }
    for (const m of sk.text.matchAll(MAKER_OF)) listedProducts(ctx, sentence, Number(m[1]), m[2]!, 'develops-maker-list');
    for (const m of sk.text.matchAll(UNDER_BRAND)) subjectProducts(ctx, sentence, sk.text, m.index, m[1] ?? m[2]!, 'develops-under-brand');
    for (const m of sk.text.matchAll(KNOWN_FOR)) subjectProducts(ctx, sentence, sk.text, m.index, m[1]!, 'develops-known-for');
    for (const m of sk.text.matchAll(OWNED_PRODUCTS)) {
      const owner = m[2] !== undefined ? Number(m[2]) : m[3] ? previousSubject(ctx, sentence) : undefined;
      if (owner === undefined) continue;
      for (const p of [...placeholders(m[1] ?? '', 'D'), ...placeholders(m[4]!, 'D')]) {
        ctx.add({ type: 'DEVELOPS', source: owner, target: p, sentence, rule: 'develops-products-owned', confidence: capByAnaphora(ctx, 0.7, owner, p) });
      }
    }
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
