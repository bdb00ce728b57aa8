/**
 * DEVELOPS from names: a product named after a company of the article ("Airbus A380", "Toyota Prius",
 * "la Velorand Zeta") is that company's product. The company must be named as a company on its own in
 * the article, typed by a cue at least once (not by default only) and never as a product itself.
 */
import { nameKey } from '../names.ts';
import type { RuleContext } from './context.ts';

export function developsNamesRule(ctx: RuleContext): void {
  const companies = new Map<string, number>();
  // by name and sentence too, so the product's own sentence is found without a scan of every mention
  const inSentence = new Map<string, number>();
  for (const m of ctx.mentions) {
    if (m.type !== 'Company' || m.cue === 'coref' || m.implicit) continue;
    const k = nameKey(m.text);
    if (!companies.has(k)) companies.set(k, m.index);
    if (!inSentence.has(`${m.sentence}|${k}`)) inSentence.set(`${m.sentence}|${k}`, m.index);
  }
  // a name also read as a product ("iPhone" beside "iPhone 17") or only ever typed by default is no evidence of a maker
  for (const m of ctx.mentions) if (m.type === 'Product') companies.delete(nameKey(m.text));
  const cued = new Set<string>();
  for (const m of ctx.mentions) if (m.type === 'Company' && m.cue !== 'default' && m.cue !== 'coref') cued.add(nameKey(m.text));
  for (const k of [...companies.keys()]) if (!cued.has(k)) companies.delete(k);
  if (!companies.size) return;
  const done = new Set<string>();
  for (const p of ctx.mentions) {
    if (p.type !== 'Product' || p.cue === 'coref' || p.implicit) continue;
    const words = nameKey(p.text).split(' ');
    if (words.length < 2 || done.has(words.join(' '))) continue;
    // the longest company name that starts the product's name ("Velorand Motors Zeta" before "Velorand")
    for (let cut = words.length - 1; cut >= 1; cut--) {
      const owner = companies.get(words.slice(0, cut).join(' '));
      if (owner === undefined) continue;
      // the company mention of the product's sentence when there is one (its evidence), else the first
      const here = inSentence.get(`${p.sentence}|${words.slice(0, cut).join(' ')}`);
      done.add(words.join(' '));
      ctx.add({ type: 'DEVELOPS', source: here ?? owner, target: p.index, sentence: p.sentence, rule: 'develops-name', confidence: 0.65 });
      break;
    }
  }
}
