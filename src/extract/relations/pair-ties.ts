/**
 * Ties between the two companies a sentence names by their count, the first two named in the two sentences before
 * (`pairBefore`): COMPETES_WITH when it opens on them with rivalry ("Ces deux groupes de taille comparable se font
 * une rude concurrence en Europe", "The two companies compete in office supplies", "Both groups are rivals"),
 * PARTNERS_WITH for their merger ("… ont approuvé la fusion des deux compagnies", "The two companies announced their
 * merger", "the two groups will merge").
 */
import { capByAnaphora, type RuleContext } from './context.ts';
import { pairBefore } from './last-named.ts';
import { literalGate } from './literal-gate.ts';

const NOUN = String.raw`(?:groupes|societes|entreprises|firmes|compagnies|industriels|constructeurs|fabricants|enseignes|distributeurs|operateurs|laboratoires|banques|companies|groups|firms|makers|manufacturers|carmakers|retailers|businesses|operators|banks)`;
const COMPETE = String.raw`(?:(?:sont|etaient|restent|seront|demeurent|are|were|remain|have (?:long )?been) (?:[a-z]+ ){0,2}?(?:en concurrence|en competition|concurrent(?:e|s|es)|rivaux|rivales|rivals|competitors|in competition)|(?:se font|se faisaient|se livrent) (?:[a-z]+ ){0,2}?concurrence|(?:directly |already |still )?(?:compete|competed|vied|vie(?= (?:with|for) )))(?![a-z])`;
/** The sentence opens on the pair ("Les deux entreprises", "Mais ces deux groupes", "Both companies"), then the wording of rivalry. */
const PAIR_RIVALS = new RegExp(String.raw`^(?:(?:mais|et|or|but|and|yet|pourtant|today|aujourd'hui) ,? ?)?(?:(?:les|ces|the|these) (?:deux|2|two)|both) ${NOUN}(?: [^.;⟦]{0,80}?)? ${COMPETE}`);
const MERGE = String.raw`(?:fusion|merger|rapprochement|alliance|coentreprise|joint venture)`;
/** "la fusion des deux compagnies", "the merger of the two companies", "les deux groupes ont annoncé leur fusion", "the two companies will merge". */
const PAIR_MERGER = new RegExp(String.raw`(?<![a-z])${MERGE} (?:des|of the|between the|entre les) (?:deux|2|two) ${NOUN}(?![a-z])|(?<![a-z])(?:(?:les|ces|the|these) (?:deux|2|two)|both) ${NOUN} (?:(?:ont|have|had|a|has) )?(?:(?:annonce|approuve|signe|conclu|finalise|announced|approved|signed|agreed|completed|finalized) (?:(?:leur|their|la|le|the|a|an|un|une) )?(?:projet de |plan to |proposed |planned )?${MERGE}|(?:will|would|plan to|agreed to|vont|veulent) (?:merge|fusionner))(?![a-z])`);
const GATE = literalGate(PAIR_RIVALS, PAIR_MERGER);

export function pairTiesRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!GATE(sk.text)) continue;
    const rivals = PAIR_RIVALS.test(sk.text), merger = !rivals && PAIR_MERGER.test(sk.text);
    if (!rivals && !merger) continue;
    const [a, b] = pairBefore(ctx, sentence);
    if (!a || !b) continue;
    ctx.add({ type: rivals ? 'COMPETES_WITH' : 'PARTNERS_WITH', source: a.index, target: b.index, sentence, rule: rivals ? 'compete-pair-anaphora' : 'partner-pair-merger-anaphora',
      confidence: capByAnaphora(ctx, 0.7, a.index, b.index) });
  }
}
