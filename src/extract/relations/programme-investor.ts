/**
 * A plan, programme, deal or public fund "investing" in a place mobilises or backs investment there ("the Plan
 * mobilised €380 billion of additional investment, of which €45 billion in Spain", "the Growth Deal will invest
 * £80 million in Grangemouth"): it names no investor. Its grants to named companies are read elsewhere.
 */
import { fold } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';

/** (module constants: esbuild rebuilds a `\p{…}` literal at every evaluation inside a function) */
const SHORT_WORD = /^\p{L}{2,6}$/u, TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const PROGRAMME = /(?<![a-z])(?:plan|programme|program|deal|scheme|initiative|facility|fund for|funds for|fonds pour|fonds europeen|european fund|european investment fund)(?![a-z])/;

/** Whether an investor is a plan or programme, by its own name or the full name its short form stands for. */
export function isProgrammeInvestor(m: Mention, mentions: readonly Mention[], sentences: readonly Sentence[]): boolean {
  if (m.type === 'Program') return true;
  if (PROGRAMME.test(fold(m.text))) return true;
  if (!SHORT_WORD.test(m.text) || !TWO_CAPITALS.test(m.text)) return false;
  if (mentions.some((o) => o.aliases?.includes(m.text) && PROGRAMME.test(fold(o.text)))) return true;
  // "le Fonds européen pour les investissements stratégiques (EFSI)": the long form written before the short one
  const text = sentences[m.sentence]?.text ?? '';
  const at = text.indexOf(`(${m.text})`);
  return at > 0 && PROGRAMME.test(fold(text.slice(Math.max(0, at - 70), at)).replace(/^.*(?:,|;|:)\s*/, ''));
}
