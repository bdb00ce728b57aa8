/**
 * DEVELOPS from a maker's model number before a vehicle noun (round 10): "the export of a Boeing 737-800 aircraft",
 * "three Airbus A320 jets", "two new GE9X engines" is not read (no maker named apart). The maker is the company mention
 * that opens the name; the model is a Product named with its maker ("Boeing 737-800"), as the gold conventions name it.
 */
import type { Mention } from '../types.ts';
import { capByAnaphora, type RuleContext } from './context.ts';

/** A model code with a digit ("737-800", "A320neo", "CRJ900"), then a vehicle or machine noun. */
const MODEL_AFTER = /^ ((?:[A-Z]{0,4}\d[\dA-Za-z]*(?:-\d+[A-Za-z]*)?))(?= (?:(?:\w+-)?(?:aircraft|airliners?|jets?|planes?|helicopters?|engines?|locomotives?|trains?|trucks?|vehicles?|ships?|vessels?|turbines?|satellites?|avions?|moteurs?|camions?)\b))/;

export function developsMakerModelRule(ctx: RuleContext): void {
  const added: Mention[] = [];
  for (const maker of ctx.mentions) {
    if (maker.type !== 'Company' || maker.implicit || maker.cue === 'coref' || maker.end <= maker.start) continue;
    const s = ctx.sentences[maker.sentence];
    if (!s) continue;
    const hit = MODEL_AFTER.exec(s.text.slice(maker.end, maker.end + 60));
    if (!hit) continue;
    const end = maker.end + 1 + hit[1]!.length;
    // the model is a name no other rule read
    if (ctx.mentions.some((m) => m.sentence === s.index && m !== maker && m.start < end && m.end > maker.end)) continue;
    const text = s.text.slice(maker.start, end);
    const product: Mention = { index: ctx.mentions.length + added.length, text, type: 'Product', sentence: s.index, start: maker.start, end,
      cue: 'cue', cueWord: 'model', confidence: 0.7 };
    added.push(product);
    ctx.add({ type: 'DEVELOPS', source: maker.index, target: product.index, sentence: s.index, rule: 'develops-maker-model', confidence: capByAnaphora(ctx, 0.75, maker.index) });
  }
  ctx.mentions.push(...added);
}
