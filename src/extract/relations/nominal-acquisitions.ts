/**
 * Acquisitions stated by a noun with its agent written first: "la prise de contrôle exclusif par A de 88 fonds
 * de commerce détenus par B", "the acquisition by A of B's coatings business", "le rachat par A et C de B".
 * The agent after "par"/"by" buys; the company named in the object (or as the holder of the assets bought)
 * is the target. The object may be assets of the company ("an ensemble of assets of B", "the shops held by
 * B"), which the gold conventions read as buying into B.
 */
import { foldedSlice } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';

/** The noun of an acquisition and its agent's preposition, right before the buyer. */
const NOUN_BY = /(?:acquisition|takeover|purchase|rachat|achat|reprise|absorption|prise de controle(?:\s+(?:exclusif|exclusive|conjoint|conjointe|total|totale|majoritaire))?)\s+(?:by|par)\s+(?:la\s+|le\s+|l'\s*|les\s+|the\s+)?(?:(?:societes?|company|companies|groupe|group|firm)\s+)?$/;
/** Between the buyer (and those coordinated with it) and what is bought: "de 88 fonds de commerce détenus par", "of the", "du capital de". */
const OBJECT_GAP = /^\s*(?:\([^()]*\)\s*)?,?\s*(?:of|de|du|des|d')\s*(?:(?:la|le|les|the|l')\s*)?(?:(?:[a-z0-9-]+|[a-z]'[a-z-]+)\s+){0,6}?(?:(?:detenue?s?|held|owned|exploitee?s?|operated)\s+(?:par|by)\s+(?:la\s+|le\s+|l'\s*|the\s+)?(?:(?:societe|company|groupe|group)\s+)?)?$/;
const AND = /^\s*(?:,|et|and|&)\s*(?:la\s+|le\s+|l'\s*|the\s+)?(?:(?:societe|company|groupe|group)\s+)?$/;

export interface NominalAcquisition { buyers: Mention[]; target: Mention }

/** The buyers and the company bought of an acquisition noun with its agent first, if the sentence has one. */
export function readAgentFirstAcquisition(s: Sentence, folded: string, mentions: readonly Mention[]): NominalAcquisition | undefined {
  const companies = mentions.filter((m) => m.type === 'Company' && !m.implicit);
  for (let n = 0; n < companies.length; n++) {
    const b = companies[n]!;
    if (!NOUN_BY.test(foldedSlice(s.text, folded, Math.max(0, b.start - 60), b.start))) continue;
    const buyers = [b];
    let k = n + 1;
    while (k < companies.length && AND.test(foldedSlice(s.text, folded, buyers[buyers.length - 1]!.end, companies[k]!.start))) buyers.push(companies[k++]!);
    const a = companies[k];
    if (!a || a.text === b.text) continue;
    if (!OBJECT_GAP.test(foldedSlice(s.text, folded, buyers[buyers.length - 1]!.end, a.start))) continue;
    return { buyers, target: a };
  }
  return undefined;
}
