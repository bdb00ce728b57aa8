/**
 * Boilerplate removal before sentence splitting: comment forms, "read also" links, bylines, author
 * bios, photo credits, URLs. Works line by line on the article text and keeps character offsets:
 * a dropped line or span is replaced by spaces of the same length, so offsets into the cleaned
 * text are offsets into the original.
 */
import type { CueLexicon } from '../lexicon/cues.ts';
import { isCapitalised } from './normalize.ts';

const URL = /\b(?:https?:\/\/|www\.)\S+/g;
/** Agency photo credits: "REUTERS/Damien Eagers", "AFP/Getty Images", "(Photo: X/AP)". */
const PHOTO_CREDIT = /\b[A-Z][A-Z&.]{1,15}(?:\s[A-Z]{2,})?\s?\/\s?[A-Z][\p{L}.'-]+(?:\s[A-Z][\p{L}.'-]+){0,3}/gu;
const MD_LINK_WORD = /\[(?:source|lien|link|here|ici)\]/gi;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** A line made only of a name ("Félix Germain"): a byline or an author signature. */
export function isBylineLine(line: string): boolean {
  const t = line.trim().replace(/^(?:par|by)\s+/i, '');
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4 || /[.,;:!?«»"()0-9]/.test(t)) return false;
  return words.every((w) => isCapitalised(w) && !/^\p{Lu}{2,}$/u.test(w));
}

/** A line entirely inside quotes, just after a byline: an author bio. */
const QUOTED_LINE = /^\s*["“«].*["”»]\s*$/;

export function removeNoise(text: string, lexicons: readonly CueLexicon[]): string {
  const noise = lexicons.flatMap((l) => l.noiseLines);
  const tails = lexicons.flatMap((l) => l.tailMarkers);
  const lines = text.split('\n');
  const out: string[] = [];
  let cut = false;
  let afterByline = false;
  for (const line of lines) {
    const lower = line.toLowerCase().replace(/’/g, "'").trim();
    if (cut) { out.push(blank(line)); continue; }
    if (lower && tails.some((m) => lower === m || lower.startsWith(m + ' ') || lower.startsWith(m + '\u00a0'))) {
      cut = true; out.push(blank(line)); continue;
    }
    if (lower === 'tl;dr' || noise.some((n) => lower.includes(n)) || (afterByline && QUOTED_LINE.test(line))) {
      out.push(blank(line)); continue;
    }
    if (lower) afterByline = isBylineLine(line);
    if (afterByline) { out.push(blank(line)); continue; }
    out.push(line.replace(URL, blank).replace(PHOTO_CREDIT, blank).replace(MD_LINK_WORD, blank));
  }
  return out.join('\n');
}
