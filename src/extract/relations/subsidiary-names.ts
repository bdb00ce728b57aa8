/**
 * SUBSIDIARY_OF from names: "Acme France", "ACS France", "Oracle Deutschland" — a company named
 * after another company of the article plus a country is that company's national subsidiary; "Acme
 * Transport", "ACME T&D", "Acme Helicopters" — plus a business-line word — is its division.
 */
import { nameKey } from '../names.ts';
import type { RuleContext } from './context.ts';

/** Business lines that name a division after its group ("Alstom Transport", "Areva T&D"), as name keys. */
const DIVISION = new Set(['transport', 'transports', 't&d', 't and d', 'grid', 'rail', 'helicopters', 'defence', 'defense', 'space',
  'defence and space', 'healthcare', 'pharma', 'capital', 'ventures', 'finance', 'financial services', 'mobility', 'trucks',
  'marine', 'nuclear', 'aerostructures', 'renewables', 'studios', 'logistics', 'shipping', 'semiconductors', 'semiconductor']);

export function subsidiaryNamesRule(ctx: RuleContext): void {
  const companies = ctx.mentions.filter((m) => m.type === 'Company' && m.cue !== 'coref');
  const byKey = new Map<string, number>();
  for (const m of companies) {
    const k = nameKey(m.text);
    if (!byKey.has(k)) byKey.set(k, m.index);
    for (const a of m.aliases ?? []) if (!byKey.has(nameKey(a))) byKey.set(nameKey(a), m.index);
  }
  const done = new Set<string>();
  for (const m of companies) {
    const words = nameKey(m.text).split(' ');
    if (words.length < 2) continue;
    for (let cut = words.length - 1; cut >= 1; cut--) {
      const tail = words.slice(cut).join(' ');
      if (cut === words.length - 1 || cut === words.length - 2) {
        // "Alstom Transport" beside "Alstom": a division (words that also end whole company names, "Power", "Energy", are left out)
        const parent = DIVISION.has(tail) ? byKey.get(words.slice(0, cut).join(' ')) : undefined;
        if (parent !== undefined && !done.has(nameKey(m.text)) && !(m.aliases ?? []).some((a) => nameKey(a) === words.slice(0, cut).join(' '))) {
          done.add(nameKey(m.text));
          ctx.add({ type: 'SUBSIDIARY_OF', source: m.index, target: parent, sentence: m.sentence, rule: 'subsidiary-division-name', confidence: 0.6 });
          break;
        }
      }
      const g = ctx.gaz.lookup(tail);
      // "Orvane France", "Orvane Arizona", "Orvane North America": a national or regional arm
      // (a country or a first-level region, not a town: "JP Marks" is no arm of "JP" in a town called Marks)
      if (!g || (g.type !== 'Country' && !(g.type === 'Region' && g.population === undefined && !g.town))) continue;
      const parent = byKey.get(words.slice(0, cut).join(' '));
      const key = `${nameKey(m.text)}`;
      if (parent === undefined || done.has(key)) break;
      done.add(key);
      ctx.add({ type: 'SUBSIDIARY_OF', source: m.index, target: parent, sentence: m.sentence, rule: 'subsidiary-name', confidence: 0.6 });
      break;
    }
  }
}
