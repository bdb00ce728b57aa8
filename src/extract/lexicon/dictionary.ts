/**
 * Common words of English and French (`an-array-of-english-words`, `an-array-of-french-words`, MIT:
 * every inflected form, 275,000 and 336,000 words), folded. A capitalised dictionary word is a name
 * only with evidence ("Support", "Jobs", "Sommet" at a sentence start are not). Loaded once, on
 * first use (about 0.3 s on an idle machine).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../text/normalize.ts';

const require = createRequire(import.meta.url);
let en: Set<string> | undefined;
let fr: Set<string> | undefined;

// the English list is plain lower-case ASCII; only French words with accents need folding ("république" → "republique")
const ASCII = /^[\x00-\x7f]*$/;
const foldWord = (w: string): string => (ASCII.test(w) ? w : /[œæ]/.test(w) ? fold(w) : w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’`]/g, "'"));

// read with JSON.parse rather than require(): require keeps both arrays (≈ 600,000 strings) in its cache for ever
const words = (pkg: string): string[] => JSON.parse(readFileSync(require.resolve(pkg), 'utf8')) as string[];

function load(): void {
  if (en) return;
  en = new Set(words('an-array-of-english-words'));
  fr = new Set();
  for (const w of words('an-array-of-french-words')) fr.add(foldWord(w));
}

/** Whether a folded word is a common word of the language ('en', 'fr'), or of either when none is given. */
export function isCommonWord(folded: string, lang?: 'en' | 'fr'): boolean {
  load();
  if (lang === 'en') return en!.has(folded);
  if (lang === 'fr') return fr!.has(folded);
  return en!.has(folded) || fr!.has(folded);
}
