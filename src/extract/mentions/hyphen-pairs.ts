/**
 * Two names joined by a hyphen ("the Pellix-Zentra merger", "le cas de Pellix-Zentra", "Orvane Air-Brevo Lines"): a deal, a
 * case or a rivalry between two parties, written as one word. The pair is split into its two names when the article reads
 * both names alone elsewhere, or when a deal or case word stands right before or after it; a hyphenated company name
 * ("Rolls-Royce", "Coca-Cola"), a double surname or a place ("Trosly-Breuil") has neither, and a company noun before the
 * pair ("le nouveau groupe A-B") makes it the merged company's one name.
 */
import type { Token } from '../text/tokens.ts';
import { matchKey } from '../text/normalize.ts';
import type { Candidate } from './candidates.ts';

const DEAL_AFTER = /^(?:merger|mergers|deal|takeover|tie-up|combination|transaction|case|fusion|rapprochement|dossier|affaire|operation|opa|alliance)$/;
/** Verbs that give a name ("to be called X", "baptisée X"): what follows is one name. */
const NAMING_VERB = /^(?:called|named|renamed|dubbed|baptise|baptisee|baptises|baptisees|rebaptise|rebaptisee|appele|appelee|denomme|denommee)$/;
const DEAL_BEFORE = /^(?:cas|affaire|dossier|fusion|rapprochement|merger|case|operation|opa|alliance)$/;

/** The hyphenated token and the text offsets of its hyphens ("l'alliance Renault-Nissan-Mitsubishi": three parties). */
interface Split { k: number; cuts: number[] }

/** Where the candidate's hyphen between two capitalised parts is: its token and the offset of the hyphen in the text. */
function hyphenAt(tokens: readonly Token[], c: Candidate): Split | undefined {
  let found: Split | undefined;
  for (let k = c.i; k <= c.j; k++) {
    const t = tokens[k]!;
    if (!HYPHENATED_NAME.test(t.text)) continue;
    if (found) return undefined; // two hyphenated words: no pair
    const cuts: number[] = [];
    let at = t.start;
    for (const part of t.text.split('-').slice(0, -1)) { at += part.length; cuts.push(at); at++; }
    found = { k, cuts };
  }
  return found;
}

/**
 * The candidates with each qualifying pair replaced by its two names. `sentenceText` gives a sentence's text by index,
 * `tokensOf` its tokens.
 */
export function splitHyphenPairs<C extends Candidate>(all: C[], tokensOf: ReadonlyMap<number, Token[]>, sentenceText: (s: number) => string, companyNoun: (word: string) => boolean): C[] {
  const alone = new Set(all.map((c) => matchKey(c.text)));
  const pairs = new Set<string>();
  // "the new company, to be called Pellix-Zentra": a pair the article names as one firm is never split
  const named = new Set<string>();
  const parts = (c: C, s: Split): string[] => {
    const text = sentenceText(c.sentence);
    const bounds = [c.start, ...s.cuts.map((x) => x + 1)];
    return bounds.map((b, n) => text.slice(b, n < s.cuts.length ? s.cuts[n] : c.end));
  };
  for (const c of all) {
    if (c.gaz || c.quoted) continue;
    const tokens = tokensOf.get(c.sentence)!;
    const s = hyphenAt(tokens, c);
    if (!s) continue;
    const names = parts(c, s);
    if (names.some((n) => n.length < 2)) continue;
    // "le nouveau groupe Pellix-Zentra": a company noun before it names the merged company, one name
    if (companyNoun(tokens[c.i - 1]?.lower ?? '')) continue;
    if (NAMING_VERB.test(tokens[c.i - 1]?.lower ?? '')) { named.add(matchKey(c.text)); continue; }
    // (three or four parts only in an alliance or a deal: "Renault-Nissan-Mitsubishi")
    const both = names.length === 2 && names.every((n) => alone.has(matchKey(n)));
    const deal = DEAL_AFTER.test(tokens[c.j + 1]?.lower ?? '') || DEAL_BEFORE.test(tokens[c.i - 1]?.lower ?? '') ||
      (/^(?:de|of|d')$/.test(tokens[c.i - 1]?.lower ?? '') && DEAL_BEFORE.test(tokens[c.i - 2]?.lower ?? ''));
    if (both || deal) pairs.add(matchKey(c.text));
  }
  for (const k of named) pairs.delete(k);
  if (!pairs.size) return all;
  const out: C[] = [];
  for (const c of all) {
    const s = pairs.has(matchKey(c.text)) ? hyphenAt(tokensOf.get(c.sentence)!, c) : undefined;
    if (!s) { out.push(c); continue; }
    const names = parts(c, s);
    names.forEach((text, n) => {
      const start = n === 0 ? c.start : s.cuts[n - 1]! + 1;
      const end = n < s.cuts.length ? s.cuts[n]! : c.end;
      out.push({ ...c, i: n === 0 ? c.i : s.k, j: n === names.length - 1 ? c.j : s.k, start, end, text, initial: n === 0 && c.initial, aliases: undefined });
    });
  }
  return out;
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const HYPHENATED_NAME = /^\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*){1,3}$/u;
