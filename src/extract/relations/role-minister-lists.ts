/**
 * ROLE_AT for ministers named in a list after a plural title (round 10): "les ministres, que je salue : A, B, C",
 * "deux de mes ministres, A et B", "our ministers, A and B", "les ministres allemands A et B". Each person listed holds
 * the office: at the country the words name (a demonym after the title), else, for the speaker's own ministers or an
 * unqualified French title, the country of the speech (France for "ministres", as the public-office rule reads
 * "le ministre"), else the country the article is about. "ses ministres" (someone else's) and former ones are left.
 */
import { reject, tracing } from '../trace.ts';
import type { Mention } from '../types.ts';
import type { RuleContext } from './context.ts';
import { capByAnaphora } from './context.ts';
import { articleCountry, countryWeights } from './government-roles.ts';
import { literalGate } from './literal-gate.ts';

/**
 * A plural title of government, its owner or count before it, a demonym or a greeting after it, then the names listed (not
 * the complement of another title: "le président du conseil des ministres X", "the council of the ministers").
 */
const LIST = new RegExp(String.raw`(?<![a-z])(?<!(?:of|de|du|d') )(?<det>(?:(?:deux|trois|quatre|plusieurs|certains|two|three|four|several|some) (?:de|of) )?(?:les|mes|nos|ses|leurs|vos|the|my|our|his|her|their|your|deux|trois|two|three) )(?<pre>(?:[a-z-]+ )?)(?<head>ministres|ministers|secretaires d' ?etat|secretaries of state)(?: (?<dem>[a-z-]+))?(?: ?, ?(?:que je salue|que je remercie|qui sont (?:ici|la|presents)|ici presents|here today|who are here|present today)(?: [a-z]+){0,2})? ?[:,]? ?(?<list>⟦P\d+⟧(?: ?(?:,|et|and|ainsi que|as well as) ?⟦P\d+⟧)*)`, 'g');
const GATE = literalGate(LIST);
/** Words before the title that make the office someone else's or past. */
const NOT_OURS = /^(?:ses|leurs|his|her|their) $/;
const PAST = /(?:former|anciens|ex-|precedents|previous)/;

export function roleMinisterListsRule(ctx: RuleContext): void {
  let weights: Map<string, number> | undefined;
  for (const [sentence, sk] of ctx.skeletons) {
    if (!GATE(sk.text) || !sk.mentions.some((m) => m.type === 'Person')) continue;
    LIST.lastIndex = 0;
    for (const m of sk.text.matchAll(LIST)) {
      const g = m.groups!;
      const drop = (reason: string) => {
        if (tracing()) reject({ stage: 'relation', sentence, text: `${g.list} -ROLE_AT-> ?`, reason, rule: 'role-minister-list' });
      };
      const det = (g.det ?? '').replace(/^.* (?:de|of) /, '');
      if (NOT_OURS.test(det)) { drop('the ministers of someone the sentence does not name'); continue; }
      if (PAST.test(g.pre ?? '')) { drop('former ministers'); continue; }
      const iso = g.dem ? ctx.cues.demonyms.get(g.dem) : undefined;
      // "les ministres européens", "ministers responsible": a word after the title that is no country's qualifies another office
      // "les ministres européens A et B", "ministers responsible": a word after the title that is no country's qualifies another office
      if (g.dem && !iso) { drop('a title qualified by a word that names no country'); continue; }
      let target: Mention | undefined;
      if (iso) target = ctx.countryMention(iso, sentence, g.dem!);
      else if (/^(?:ministres|secretaires)/.test(g.head!)) target = ctx.countryMention('FR', sentence, '');
      else target = articleCountry(ctx, sentence, weights ??= countryWeights(ctx));
      if (!target) { drop('no country for the ministers'); continue; }
      for (const p of g.list!.matchAll(/⟦P(\d+)⟧/g)) {
        const person = Number(p[1]);
        ctx.add({ type: 'ROLE_AT', source: person, target: target.index, sentence, rule: 'role-minister-list',
          confidence: capByAnaphora(ctx, 0.7, person, target.index), properties: { role: g.head!.replace(/s$/, '').replace(/ies of state$/, 'y of state') } });
      }
    }
  }
}
