/**
 * DEVELOPS from a model a company makes, named before a vehicle noun or by its model year:
 * "Honda will produce its next-generation Civic hybrid model", "Toyota will build its new generation Auris
 * model", "to produce its all-electric vehicle, the Vela,", "the plant, which builds the 2012 Vela". The
 * maker is the company nearest before the verb. A name no entity rule read becomes a Product mention
 * (the noun or the model year is the cue); a name typed only by default is retyped Product.
 */
import { fold } from '../text/normalize.ts';
import type { Mention } from '../types.ts';
import { capByAnaphora, previousSubject, type RuleContext } from './context.ts';

/** Verbs of making or launching a model, English and French (any tense the stem allows). */
const MAKE = /(?<![a-zà-ÿ])(?:produc|produit|produir|build|built|make|makes|making|manufactur|assembl|launch|unveil|develop|fabriqu|construi|lance|lancer|lancera|devoil|dévoil|dévelop|dévelop)[a-zà-ÿ]*/g;
/** "its next-generation Civic hybrid model", "sa future Vela citadine" is French order: "son nouveau modèle Vela" below. */
const MODEL_NOUN = String.raw`(?:model|models|vehicle|vehicles|car|cars|sedan|saloon|hatchback|SUV|truck|pickup|van|aircraft|jet|airliner|plane|helicopter|engine|tractor|locomotive|train|ship)`;
const MODIFIERS = String.raw`(?:(?:new|next|latest|all-new|next-generation|new-generation|generation|current|future|first|second|third|fully|all-electric|electric|hybrid|plug-in|\d{4})\s+){0,4}`;
const SHAPES: RegExp[] = [
  // "its next-generation Civic hybrid model", "the new Vela SUV"
  new RegExp(String.raw`\b(?:its|their|the|a)\s+${MODIFIERS}(?<name>[A-Z][A-Za-z0-9-]*(?:\s+[A-Z0-9][A-Za-z0-9-]*){0,2})\s+(?:(?:hybrid|electric|plug-in|compact|family)\s+)?${MODEL_NOUN}\b`, 'g'),
  // "its all-electric vehicle, the LEAF,": the model in apposition after the noun
  new RegExp(String.raw`\b(?:its|their|son|sa|leur)\s+${MODIFIERS}(?:[a-z-]+\s+)?${MODEL_NOUN}\s*,\s*(?:the|la|le)\s+(?<name>[A-Z][A-Za-z0-9-]*(?:\s+[A-Z0-9][A-Za-z0-9-]*){0,2})(?=\s*[,.;)]|\s+(?:at|in|a|en|dans|which|qui)\b)`, 'g'),
  // "son nouveau modèle Vela", "sa future citadine Vela" (French order)
  /\b(?:son|sa|ses|leur|leurs|le|la)\s+(?:(?:nouveau|nouvelle|nouvel|futur|future|prochain|prochaine)\s+)?(?:modèle|modèles|véhicule|voiture|citadine|berline|utilitaire|avion)\s+(?<name>[A-Z][A-Za-z0-9-]*(?:\s+[A-Z0-9][A-Za-z0-9-]*){0,2})/g,
  // "which builds the 2012 Passat": a model year before a name
  /\b(?:the|its|their|la|le)\s+(?:19|20)\d\d\s+(?<name>[A-Z][A-Za-z0-9-]*(?:\s+[A-Z0-9][A-Za-z0-9-]*){0,1})\b/g,
];
const WEAK = new Set(['default', 'list', 'quoted', 'article']);
/** A clause boundary between the verb and the model: the model is not its object. */
const BREAK = /[.;:]|\b(?:and|et|but|mais|while|whereas|tandis)\b/;

export function developsModelsRule(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    // lower case, not folded: offsets stay those of the written text (and this runs on every sentence)
    const folded = s.text.toLowerCase();
    if (folded.length !== s.text.length) continue;
    const verbs = [...folded.matchAll(MAKE)];
    if (!verbs.length) continue;
    const mentions = (ctx.skeletons.get(s.index)?.mentions ?? []).filter((m) => !m.implicit && m.end > m.start);
    for (const re of SHAPES) {
      for (const hit of s.text.matchAll(re)) {
        const name = hit.groups!.name!;
        const start = hit.index + hit[0].indexOf(name, hit[0].search(/[A-Z]/) >= 0 ? 0 : 0);
        const at = s.text.indexOf(name, hit.index);
        const end = at + name.length;
        // the nearest making verb before the model, in the same clause
        const verb = verbs.filter((v) => v.index + v[0].length <= hit.index).pop();
        if (!verb || BREAK.test(folded.slice(verb.index + verb[0].length, hit.index))) continue;
        const maker = [...mentions].reverse().find((m) => m.type === 'Company' && m.end <= verb.index && !(m.start < at && m.end > at)) ??
          (/^\s*(?:it|il|elle)\s/.test(folded) ? pick(ctx, previousSubject(ctx, s.index)) : undefined);
        if (!maker || start < 0) continue;
        let product = mentions.find((m) => m.start <= at && m.end >= end);
        if (product && product.type !== 'Product') {
          if (!(WEAK.has(product.cue) && (product.type === 'Company' || product.type === 'Program')) || product.start !== at) continue;
          product.type = 'Product';
        }
        if (!product) {
          if (mentions.some((m) => m.start < end && m.end > at)) continue; // part of another name
          product = { index: ctx.mentions.length, text: name, type: 'Product', sentence: s.index, start: at, end, cue: 'cue', cueWord: /\d{4}/.test(hit[0]) ? 'model year' : 'model', confidence: 0.7 };
          ctx.mentions.push(product);
          mentions.push(product);
        }
        if (product.index === maker.index || fold(product.text) === fold(maker.text)) continue;
        ctx.add({ type: 'DEVELOPS', source: maker.index, target: product.index, sentence: s.index, rule: 'develops-model', confidence: capByAnaphora(ctx, 0.7, maker.index) });
      }
    }
  }
}

function pick(ctx: RuleContext, i: number | undefined): Mention | undefined {
  return i === undefined ? undefined : ctx.mentions[i];
}
