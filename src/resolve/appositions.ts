/**
 * Two names the text gives one body side by side, found by the punctuation between them:
 * - an apposition by a dash and "the", with the same head noun of a programme or an institution:
 *   "the Growth Plan for Europe – the Valdor Plan –", or after a comma when the second name ends the
 *   clause ("A, the B and C" may be a list);
 * - two names joined by a dash and followed by the acronym of one of them, a bilingual name:
 *   "Cassa di Valdorno – Valdorner Kasse (CDV)";
 * - a one-word name in brackets made of the first letters of each word, a syllabic abbreviation:
 *   "Petrolera Valdoriana (Pevaldo)".
 * Pure: the sentences and the mentions' offsets in, pairs out.
 */
import type { EntityType } from '../graph/model.ts';
import { fold } from '../extract/text/normalize.ts';
import { isAcronymOf, type ShortFormPair } from './short-forms.ts';

/** "Petrolera Valdoriana (Pevaldo)". (A module constant: esbuild rebuilds a `\p{…}` literal at every evaluation inside a function.) */
const SYLLABIC_SHORT = /^\s*\(\s*(\p{Lu}[\p{L}]{3,11})\s*\)/u;

export interface AppositionMention { text: string; type: EntityType; sentence: number; start: number; end: number }

const BODIES = new Set<EntityType>(['Company', 'Organization', 'Program']);
/** Heads of names that a second name may restate ("the Juncker-style Plan", "the … Fund"). */
const HEADS = new Set(['plan', 'programme', 'program', 'fund', 'fonds', 'strategy', 'initiative', 'facility', 'pact', 'pacte', 'scheme', 'deal',
  'agenda', 'act', 'loi', 'treaty', 'traite', 'agreement', 'accord', 'summit', 'sommet', 'commission', 'agency', 'agence', 'authority', 'bank', 'banque']);
const LINKS = new Set(['for', 'of', 'pour', 'de', 'du', 'des', 'd', 'on', 'sur']);
const APPOSITION_GAP = /^\s*[–—-]\s*(?:the|le|la|l['’])\s*$/iu;
// after a comma, only when the second name ends the clause: "A, the B and C" is as often a list
const COMMA_GAP = /^\s*,\s*(?:the|le|la|l['’])\s*$/iu;
const CLAUSE_END = /^\s*(?:[.;:)–—]|-\s|$)/u;
const DASH_GAP = /^\s+[–—-]\s+$/u;

/** The head noun of a name: its last word before "for", "of", "de" … ("Growth Plan for Europe" → plan). */
function head(name: string): string {
  const w = name.split(/\s+/);
  const i = w.findIndex((x, k) => k > 0 && LINKS.has(fold(x)));
  return fold((i > 0 ? w.slice(0, i) : w).at(-1) ?? '');
}

/** Whether a one-word name is made of the first letters of each word of a name, in order: "Pevaldo" of "Petrolera Valdoriana". */
export function isSyllabicShort(short: string, long: string): boolean {
  const s = fold(short);
  const w = long.split(/\s+/).filter((x) => !LINKS.has(fold(x))).map(fold);
  if (w.length < 2 || s.length < 4 || /\s/.test(short)) return false;
  // each word gives a non-empty prefix, the first at least two letters
  const go = (i: number, at: number): boolean => {
    if (i === w.length) return at === s.length;
    for (let k = Math.min(w[i]!.length, s.length - at); k >= (i === 0 ? 2 : 1); k--) if (w[i]!.slice(0, k) === s.slice(at, at + k) && go(i + 1, at + k)) return true;
    return false;
  };
  return go(0, 0);
}

export function appositionPairs(sentences: readonly string[], mentions: readonly AppositionMention[]): ShortFormPair[] {
  const out: ShortFormPair[] = [];
  const named = new Set(mentions.map((m) => m.text));
  const bySentence = new Map<number, AppositionMention[]>();
  for (const m of mentions) if (BODIES.has(m.type)) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const [i, ms] of bySentence) {
    const text = sentences[i] ?? '';
    const sorted = [...ms].sort((a, b) => a.start - b.start);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const a = sorted[k]!, b = sorted[k + 1]!;
      if (a.text === b.text || b.start < a.end) continue;
      const gap = text.slice(a.end, b.start);
      if ((APPOSITION_GAP.test(gap) || COMMA_GAP.test(gap) && CLAUSE_END.test(text.slice(b.end))) && a.type === b.type && HEADS.has(head(a.text)) && head(a.text) === head(b.text)) {
        out.push({ short: b.text, long: a.text, rule: 'apposition' });
        continue;
      }
      if (DASH_GAP.test(gap) && a.type === b.type) {
        const acr = /^\s*\(\s*([\p{Lu}][\p{Lu}\d&]{1,7})\s*\)/u.exec(text.slice(b.end))?.[1];
        if (acr && (isAcronymOf(acr, a.text) || isAcronymOf(acr, b.text))) out.push({ short: b.text, long: a.text, rule: 'bilingual name' });
      }
    }
    // "Petrolera Valdoriana (Pevaldo)"
    for (const a of sorted) {
      const m = SYLLABIC_SHORT.exec(text.slice(a.end));
      if (!m || m[1] === a.text) continue;
      if (named.has(m[1]!) && isSyllabicShort(m[1]!, a.text)) out.push({ short: m[1]!, long: a.text, rule: 'syllabic abbreviation' });
    }
  }
  return out;
}
