/**
 * PARTNERS_WITH between a company and "the Government" of an agreement (round 10): "a Memorandum of Understanding
 * between X and the Government", "the heads of agreement reached between the company and the Government", "un
 * protocole d'accord entre X et le Gouvernement". The government is its country (gold conventions): the country the
 * article is about, as for a bare public title. "the Government of Y" names its place and is left to other rules.
 */
import { reject, tracing } from '../trace.ts';
import type { RuleContext } from './context.ts';
import { capByAnaphora, isActor } from './context.ts';
import { articleCountry, countryWeights } from './government-roles.ts';
import { literalGate } from './literal-gate.ts';

/** Agreement words, or a name that is an agreement ("Memorandum of Understanding" read as a name). */
const BETWEEN = new RegExp(String.raw`(?:agreement|accord|memorandum|mou|contract|contrat|deal|partnership|partenariat|protocole|protocol|convention|treaty|⟦[CGO](?<doc>\d+)⟧)(?: (?:[^.;⟦]|⟦[RN]\d+⟧){0,60}?)? (?:between|entre) (?:the |le |la |l' ?)?⟦[CO](?<s>\d+)⟧ (?:and|et) (?:the|le|l' ?|her majesty's|his majesty's|hm) ?(?:government|gouvernement)(?! ?(?:of|de|du|d' ?|des) )`, 'g');
const GATE = literalGate(BETWEEN);
const DOCUMENT = /agreement|memorand|accord|contract|contrat|protocol|convention|treaty|deal/i;

export function partnersGovernmentRule(ctx: RuleContext): void {
  let weights: Map<string, number> | undefined;
  for (const [sentence, sk] of ctx.skeletons) {
    if (!GATE(sk.text)) continue;
    BETWEEN.lastIndex = 0;
    for (const m of sk.text.matchAll(BETWEEN)) {
      const g = m.groups!;
      if (g.doc !== undefined && !DOCUMENT.test(ctx.mentions[Number(g.doc)]?.text ?? '')) continue;
      const party = ctx.mentions[Number(g.s)];
      if (!isActor(party)) continue;
      const country = articleCountry(ctx, sentence, weights ??= countryWeights(ctx));
      if (!country) {
        if (tracing()) reject({ stage: 'relation', sentence, text: `${party!.text} -PARTNERS_WITH-> (the Government)`, reason: 'no country for the government', rule: 'partner-government' });
        continue;
      }
      ctx.add({ type: 'PARTNERS_WITH', source: party!.index, target: country.index, sentence, rule: 'partner-government',
        confidence: capByAnaphora(ctx, 0.75, party!.index) });
    }
  }
}
