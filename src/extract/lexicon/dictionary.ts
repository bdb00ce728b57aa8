/**
 * Common words of English and French (`an-array-of-english-words`, `an-array-of-french-words`, MIT:
 * every inflected form, 275,000 and 336,000 words), folded. A capitalised dictionary word is a name
 * only with evidence ("Support", "Jobs", "Sommet" at a sentence start are not). Loaded once, on
 * first use (about 0.3 s on an idle machine).
 */
import { createRequire } from 'node:module';
import { fold } from '../text/normalize.ts';

const require = createRequire(import.meta.url);
let en: Set<string> | undefined;
let fr: Set<string> | undefined;

// the English list is plain lower-case ASCII; only French words with accents need folding ("république" → "republique")
const ASCII = /^[\x00-\x7f]*$/;
const foldWord = (w: string): string => (ASCII.test(w) ? w : /[œæ]/.test(w) ? fold(w) : w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’`]/g, "'"));

function load(): void {
  if (en) return;
  en = new Set(require('an-array-of-english-words') as string[]);
  fr = new Set();
  for (const w of require('an-array-of-french-words') as string[]) fr.add(foldWord(w));
}

/** Whether a folded word is a common word of the language ('en', 'fr'), or of either when none is given. */
export function isCommonWord(folded: string, lang?: 'en' | 'fr'): boolean {
  load();
  if (lang === 'en') return en!.has(folded);
  if (lang === 'fr') return fr!.has(folded);
  return en!.has(folded) || fr!.has(folded);
}
