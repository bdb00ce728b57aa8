/**
 * Anaphora: "le géant américain (du logiciel)", "la société", "the company" refer to the first company
 * named earlier in their sentence, else to the subject (first company) of the last sentence naming one; "le pays", "du pays", "the country" to the country last named. A noun phrase
 * followed by a name ("le géant américain Acme") is a cue, not an anaphor.
 */
import type { CueIndex } from '../cue-index.ts';
import { ADJECTIVE_ENDING } from '../lexicon/common.ts';
import type { Mention } from '../types.ts';
import type { SentenceTokens } from './detect.ts';

/** Complements and agents are not subjects: "concurrent de X", "cité par le X", "according to X". */
const COMPLEMENT = /(?:\bde|\bdu|\bd['’]|\bof|\bdes|\bpar(?: le| la| l['’])?|\bby(?: the)?|\bselon|\bto|\bwith|\bavec|\bagainst|\bcontre)\s*$/;
/** Demonyms and words shaped like adjectives ("pharmaceutique", "industrial", "électronique"). */
function isAdjective(t: { kind: string; lower: string }, cues: CueIndex): boolean {
  return t.kind === 'word' && (cues.demonyms.has(t.lower) || ADJECTIVE_ENDING.test(t.lower) || /ean$/.test(t.lower) || /-(?:based|born|headquartered|listed|owned|backed)$/.test(t.lower));
}

const SINGULAR_DETERMINERS = new Set(['le', 'la', "l'", 'ce', 'cette', 'cet', 'du', 'au', 'the', 'this']);

export function findAnaphora(parts: readonly SentenceTokens[], mentions: Mention[], cues: CueIndex): Mention[] {
  const out: Mention[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  let lastCompany: Mention | undefined;
  let lastCountry: Mention | undefined;
  // lookups kept as maps, so a long text costs linear time (scans of all mentions per anaphor were quadratic)
  const byIndex = new Map(mentions.map((m) => [m.index, m]));
  const partOf = new Map(parts.map((p) => [p.sentence.index, p]));
  /** Cue noun → the last company of an earlier sentence that it introduced as a subject. */
  const lastByNoun = new Map<string, Mention>();
  for (const { sentence, tokens } of parts) {
    const own = bySentence.get(sentence.index) ?? [];
    const found: Mention[] = [];
    for (let k = 1; k < tokens.length; k++) {
      const det = tokens[k - 1]!;
      if (!SINGULAR_DETERMINERS.has(det.lower)) continue;
      // adjectives before the noun: "the German industrial group"
      const start = k;
      while (k < start + 2 && tokens[k + 1] && isAdjective(tokens[k]!, cues) && (!tokens[k]!.cap || cues.demonyms.has(tokens[k]!.lower) || tokens[k]!.lower.includes('-'))) k++;
      const company = cues.companyAnaphora.startingAt(tokens, k);
      const country = company ? 0 : cues.countryAnaphora.startingAt(tokens, k);
      const len = company || country;
      if (!len) { k = start; continue; }
      // extend over adjectives and a "du X" complement: "le géant américain du commerce électronique"
      let end = k + len - 1;
      while (end < k + len + 2 && tokens[end + 1]?.kind === 'word' && !tokens[end + 1]!.cap && isAdjective(tokens[end + 1]!, cues)) end++;
      if (/^(du|de|d')$/.test(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.kind === 'word' && !tokens[end + 2]!.cap) {
        end += 2;
        while (tokens[end + 1]?.kind === 'word' && !tokens[end + 1]!.cap && end - k < 6 && !/^(en|a|dans|de|du|pour|qui|que|a|est|in|to|of)$/.test(tokens[end + 1]!.lower)) end++;
      }
      const next = tokens[end + 1];
      if (next && (next.cap || next.text === ',' && tokens[end + 2]?.cap)) continue; // cue, not anaphor
      // "au groupe américain d'électronique et de défense Heico": a complement coordinated past "et de", then a name
      if (namedAfterCoordinatedComplement(tokens, end)) continue;
      const before = own.filter((m) => m.start < det.start);
      // "le groupe" after "le groupe X … la société Y": the company the article introduced with the same noun
      const noun = company ? tokens.slice(k, k + company).map((t) => t.lower).join(' ') : '';
      // (introduced as a subject: "Le groupe X a…", not as a complement: "au groupe belge X")
      const sameNoun = company ? lastByNoun.get(noun) : undefined;
      const antecedent = company
        ? before.find((m) => m.type === 'Company') ?? sameNoun ?? lastCompany
        : [...before].reverse().find((m) => m.type === 'Country') ?? lastCountry;
      if (!antecedent) continue;
      found.push({
        index: -1, text: sentence.text.slice(det.start, tokens[end]!.end), type: antecedent.type, sentence: sentence.index,
        start: det.start, end: tokens[end]!.end, cue: 'coref', confidence: 0.6, refersTo: antecedent.index,
      });
      k = end;
    }
    const merged = [...own, ...found].sort((a, b) => a.start - b.start);
    // the company antecedent is the subject of the last sentence naming one: its first company that is
    // not a complement ("concurrent de Volkswagen"), an anaphor standing for what it refers to
    const subject = merged.find((m) => m.type === 'Company' && !COMPLEMENT.test(sentence.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase()));
    // (no company yet in the article: one named as a complement, "the opening of X's plant", is the only one to refer to)
    const first = subject ?? (lastCompany ? undefined : merged.find((m) => m.type === 'Company' && m.cue !== 'coref'));
    if (first) lastCompany = first.refersTo !== undefined ? byIndex.get(first.refersTo) ?? first : first;
    for (const m of own) if (m.type === 'Company' && m.cueWord && !introducedAsComplement(partOf, m, m.cueWord)) lastByNoun.set(m.cueWord, m);
    for (const m of merged) if (m.type === 'Country' && m.cue !== 'coref') lastCountry = m;
    out.push(...merged);
  }
  // re-index: mention indexes are positions in the final list
  const newIndex = new Map<Mention, number>();
  out.forEach((m, i) => newIndex.set(m, i));
  const oldToNew = new Map<number, number>();
  for (const m of mentions) oldToNew.set(m.index, newIndex.get(m)!);
  // (speed: Object.assign, not a spread, which took the slow path on mentions of many shapes; the same keys in the same order)
  return out.map((m, i) => {
    const c = Object.assign({}, m);
    c.index = i;
    if (m.refersTo !== undefined) c.refersTo = oldToNew.get(m.refersTo)!;
    return c;
  });
}

/** A noun phrase whose complement goes on with "et de …" (or "and of …") up to a capitalised name: a cue of that name. */
function namedAfterCoordinatedComplement(tokens: SentenceTokens['tokens'], end: number): boolean {
  const and = AND_WORD.test(tokens[end]!.lower) ? end : AND_WORD.test(tokens[end + 1]?.lower ?? '') ? end + 1 : -1;
  if (and < 0 || !OF_WORD.test(tokens[and + 1]?.lower ?? '')) return false;
  for (let j = and + 2; j <= and + 4; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return false;
    if (t.cap) return true;
  }
  return false;
}
const AND_WORD = /^(?:et|and)$/;
const OF_WORD = /^(?:de|d'|du|des|of)$/;

/** Whether the cue noun that introduced a mention follows a preposition ("au groupe belge X", "of the group X"). */
function introducedAsComplement(partOf: ReadonlyMap<number, SentenceTokens>, m: Mention, noun: string): boolean {
  const p = partOf.get(m.sentence);
  if (!p) return false;
  const before = p.tokens.filter((t) => t.end <= m.start);
  for (let k = before.length - 1; k >= 0 && k >= before.length - 5; k--) {
    if (before[k]!.lower !== noun) continue;
    let d = k - 1;
    if (/^(?:le|la|l'|les|the|un|une|a|an)$/.test(before[d]?.lower ?? '')) d--;
    return /^(?:au|aux|a|de|du|des|d'|par|to|of|from|by|with|avec|chez)$/.test(before[d]?.lower ?? '') || (d < k - 1 && /^(?:au|aux)$/.test(before[k - 1]!.lower));
  }
  return false;
}
