/**
 * Regenerates given-names.json, the large given-name list, from `gender-detection-from-name` (MIT;
 * about 60,000 given names of English, French, Spanish, Italian, German and Turkish use, many of
 * them international: Anjan, Natalie, Guido). Dev-time only: the extractor reads the JSON.
 * Names that are also common words of English or French ("general", "delta", "apple", "crash",
 * "will") are left out, so a capitalised common word never makes a person; the hand-written list
 * (first-names.ts) keeps the common-word names that matter ("Mark", "Rose", "Pierre"); the others are
 * kept apart ("common") and make a person only before a surname that is no common word ("Meg Whitman").
 *
 *   node --import tsx src/extract/lexicon/build-names.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isCommonWord } from './dictionary.ts';
import { fold } from '../text/normalize.ts';

const require = createRequire(import.meta.url);
const LANGS = ['en', 'fr', 'es', 'it', 'de', 'tr'];
const names = new Set<string>();
const common = new Set<string>();
for (const lang of LANGS) {
  const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
  for (const name of map.keys()) {
    const n = fold(name);
    if (n.length < 3 || !/^[a-z][a-z'-]*[a-z]$/.test(n)) continue;
    (isCommonWord(n) ? common : names).add(n);
  }
}
const out = new URL('./given-names.json', import.meta.url);
const data = { source: 'gender-detection-from-name (MIT)', names: [...names].sort().join(' '), common: [...common].sort().join(' ') };
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(`${names.size} given names and ${common.size} that are also common words → ${out.pathname}`);
