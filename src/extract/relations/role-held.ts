/**
 * A guessed employer gives way to a stated one. "EXIM President and Chairman Jane Roe visited Acme. …
 * Chairman Roe met with Acme employees": the bare title of the later sentence is read by guess (the
 * sentence's or the article's company), but the article already states where Roe is chairman. So a
 * ROLE_AT that only a guess produced (a bare or possessive title whose company is inferred) is dropped
 * when the same person (same surname) has a stated ROLE_AT elsewhere in the article to another target.
 * Runs last; it removes from the candidates found so far (the list `findRelations` returns).
 */
import { reject, tracing } from '../trace.ts';
import type { RelationCandidate } from '../types.ts';
import type { RuleContext } from './context.ts';
import { personKey } from './government-roles.ts';

/** Rules whose employer is inferred from the sentence or the article, not named with the title. */
const GUESSED = new Set(['role-bare-title', 'role-possessive-pronoun', 'role-possessive-pronoun-after', 'role-of-the-company', 'role-anaphora']);
/** Confidence at or above which a role names its target in the same phrase as the person. */
const STATED = 0.8;

export function roleHeldRule(ctx: RuleContext): void {
  const stated = new Map<string, Set<string>>();
  const targetKey = (i: number) => { const m = ctx.mentions[i]; return (m?.iso2 ?? m?.canonical ?? m?.text ?? '').toLowerCase(); };
  for (const r of ctx.relations) {
    if (r.type !== 'ROLE_AT' || GUESSED.has(r.rule) || r.confidence < STATED) continue;
    const k = personKey(ctx, r.source);
    const s = stated.get(k) ?? new Set<string>();
    s.add(targetKey(r.target));
    stated.set(k, s);
  }
  if (!stated.size) return;
  // the list findRelations fills (typed read-only for the other rules): guesses that contradict a stated role leave it
  const list = ctx.relations as RelationCandidate[];
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i]!;
    if (r.type !== 'ROLE_AT' || !GUESSED.has(r.rule) || r.confidence >= STATED) continue;
    const own = stated.get(personKey(ctx, r.source));
    if (!own || own.has(targetKey(r.target))) continue;
    // a public office guessed at a country stays: the public-office rules weigh countries themselves
    if (ctx.mentions[r.target]?.type === 'Country') continue;
    if (tracing()) reject({ stage: 'relation', sentence: r.sentence, text: `${ctx.mentions[r.source]?.text} -ROLE_AT-> ${ctx.mentions[r.target]?.text}`,
      reason: 'the article states this person\'s role elsewhere at another organisation; this employer was only inferred', rule: 'role-held' });
    list.splice(i, 1);
  }
}
