/**
 * LOCATED_IN from what the lexicons know: a city or region of the gazetteer is in its country when the
 * article names that country; a company introduced by a demonym ("l'allemand Northvolt", "Scaleway, le
 * concurrent français", "the German firm X") is located in that country.
 */
import type { RuleContext } from './context.ts';

export function locatedRule(ctx: RuleContext): void {
  const countryByIso = new Map<string, number>();
  for (const m of ctx.mentions) if (m.type === 'Country' && m.iso2 && !m.implicit && !countryByIso.has(m.iso2)) countryByIso.set(m.iso2, m.index);
  const seen = new Set<string>();
  for (const m of [...ctx.mentions]) {
    if (m.type === 'Region' && m.country && m.cue === 'gazetteer') {
      const c = countryByIso.get(m.country);
      const key = `${m.text}|${m.country}`;
      if (c === undefined || seen.has(key)) continue;
      seen.add(key);
      ctx.add({ type: 'LOCATED_IN', source: m.index, target: c, sentence: m.sentence, rule: 'located-gazetteer', confidence: 0.7 });
    } else if ((m.type === 'Company' || m.type === 'Organization') && m.nationality && m.cue !== 'coref') {
      const c = ctx.countryMention(m.nationality, m.sentence, '');
      if (c) ctx.add({ type: 'LOCATED_IN', source: m.index, target: c.index, sentence: m.sentence, rule: 'located-demonym', confidence: 0.6 });
    }
  }
}
