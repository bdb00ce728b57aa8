/**
 * Dictionary words of English and French (`an-array-of-english-words`, `an-array-of-french-words`,
 * MIT), loaded on first use: resolution asks only when a short-form rule needs to know whether the
 * rest of a name is made of common words ("Amazon Web Services") or of names ("PSA Peugeot Citroën").
 */
import { createRequire } from 'node:module';
import { fold } from '../extract/text/normalize.ts';

const require = createRequire(import.meta.url);
let words: Set<string> | undefined;

function load(): Set<string> {
  if (!words) {
    const en = require('an-array-of-english-words') as string[];
    const fr = require('an-array-of-french-words') as string[];
    words = new Set<string>();
    for (const w of en) words.add(w);
    // French forms are compared folded ("réseau" = "reseau"), as names are often written without accents
    for (const w of fr) { words.add(w); words.add(fold(w)); }
  }
  return words;
}

/** Whether a word (any case) is a common word of English or French. */
export function isDictionaryWord(word: string): boolean {
  const w = word.toLowerCase();
  const dict = load();
  return dict.has(w) || dict.has(fold(w));
}
