/**
 * "Question écrite n° 8420 de Mme X (Assemblée nationale)", "Intervention en séance sur Y (Sénat, 18 novembre 2020)",
 * "Steel Industry (House of Commons)": a legislature in brackets at the end of a title labels where the record comes from, as a
 * masthead does; it is no party to what the record says (round 10, parliamentary records). A legislature the body names stays.
 */
import type { Sentence } from '../text/sentences.ts';
import type { Candidate } from './candidates.ts';

/** The fields of a candidate this step reads. */
export type LabelCandidate = Pick<Candidate, 'sentence' | 'start' | 'gaz'> & { drop?: boolean; text: string };

export function sourceLabelsOfTitle<C extends LabelCandidate>(all: readonly C[], sentenceOf: ReadonlyMap<number, Sentence>): C[] {
  const out: C[] = [];
  for (const c of all) {
    const s = sentenceOf.get(c.sentence);
    if (!s || s.part !== 'title' || !c.gaz?.lexicon || !/legislature$/.test(c.gaz.lexicon)) continue;
    const text = s.text.trimEnd();
    const open = text.lastIndexOf('(');
    if (!text.endsWith(')') || open < 0 || c.start < open) continue; // (candidate offsets are the sentence's)
    // the body names it too: then it is read there, and the title's label is the same entity
    if (all.some((o) => o !== c && o.sentence !== c.sentence && o.gaz?.name === c.gaz?.name)) continue;
    out.push(c);
  }
  return out;
}
