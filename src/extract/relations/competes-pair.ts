/**
 * COMPETES_WITH between the two companies a sentence opens on by their count: "Les deux entreprises aux activités très
 * similaires sont en concurrence sur leurs marchés", "The two companies compete in office supplies", "Both groups are
 * rivals": the first two companies named in the two sentences before (`pairBefore`).
 */
import { capByAnaphora, type RuleContext } from './context.ts';
import { pairBefore } from './last-named.ts';
import { literalGate } from './literal-gate.ts';

const NOUN = String.raw`(?:groupes|societes|entreprises|firmes|compagnies|industriels|constructeurs|fabricants|enseignes|distributeurs|operateurs|laboratoires|banques|companies|groups|firms|makers|manufacturers|carmakers|retailers|businesses|operators|banks)`;
const COMPETE = String.raw`(?:(?:sont|etaient|restent|seront|demeurent|are|were|remain|have (?:long )?been) (?:[a-z]+ ){0,2}?(?:en concurrence|en competition|concurrent(?:e|s|es)|rivaux|rivales|rivals|competitors|in competition)|(?:se font|se faisaient|se livrent) (?:[a-z]+ ){0,2}?concurrence|(?:directly |already |still )?(?:compete|competed|vie|vied))(?![a-z])`;
/** The sentence opens on the pair ("Les deux entreprises", "Mais ces deux groupes", "Both companies"), then the wording of rivalry. */
const PAIR_RIVALS = new RegExp(String.raw`^(?:(?:mais|et|or|but|and|yet|pourtant|today|aujourd'hui) ,? ?)?(?:(?:les|ces|the|these) (?:deux|2|two)|both) ${NOUN}(?: [^.;⟦]{0,80}?)? ${COMPETE}`);
const GATE = literalGate(PAIR_RIVALS);

export function competesPairRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!GATE(sk.text) || !PAIR_RIVALS.test(sk.text)) continue;
    const [a, b] = pairBefore(ctx, sentence);
    if (!a || !b) continue;
    ctx.add({ type: 'COMPETES_WITH', source: a.index, target: b.index, sentence, rule: 'compete-pair-anaphora', confidence: capByAnaphora(ctx, 0.7, a.index, b.index) });
  }
}
