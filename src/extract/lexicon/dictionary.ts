/**
 * Common words of English and French (`an-array-of-english-words`, `an-array-of-french-words`, MIT:
 * every inflected form, 275,000 and 336,000 words), folded. A capitalised dictionary word is a name
 * only with evidence ("Support", "Jobs", "Sommet" at a sentence start are not). Loaded once, on
 * first use (about 0.3 s on an idle machine).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../text/normalize.ts';
import { prebuiltWordLists } from '../prebuilt/prebuilt-lexicon.ts';

const require = createRequire(import.meta.url);

/**
 * A word list as one sorted string per word length, searched by halves: the same answers as a Set
 * of the words, in a few megabytes instead of ≈ 600,000 strings the garbage collector walks again
 * and again (it cost about a tenth of the extraction time, and ~100 MB of peak memory).
 */
class WordList {
  private readonly byLength: string[] = [];

  /** From words, or from the sorted strings per length of a prebuilt lexicon (`sorted`). */
  constructor(words: Iterable<string>, sorted?: readonly string[]) {
    if (sorted) { this.byLength = [...sorted]; return; }
    const groups: string[][] = [];
    for (const w of words) (groups[w.length] ??= []).push(w);
    groups.forEach((g, n) => {
      g.sort();
      // join() makes one flat string (concatenation would keep every word alive inside a rope)
      this.byLength[n] = g.filter((w, k) => k === 0 || w !== g[k - 1]).join('');
    });
  }

  /** The sorted strings per word length (what the prebuilt lexicon stores). */
  get sortedByLength(): readonly string[] { return this.byLength; }

  has(w: string): boolean {
    const n = w.length;
    const all = this.byLength[n];
    if (!all || n === 0) return false;
    let lo = 0, hi = all.length / n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = mid * n;
      let c = 0;
      for (let k = 0; k < n && c === 0; k++) c = w.charCodeAt(k) - all.charCodeAt(at + k);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }
}

let en: WordList | undefined;
let fr: WordList | undefined;

// the English list is plain lower-case ASCII; only French words with accents need folding ("république" → "republique")
const ASCII = /^[\x00-\x7f]*$/;
const foldWord = (w: string): string => (ASCII.test(w) ? w : /[œæ]/.test(w) ? fold(w) : w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’`]/g, "'"));

// read with JSON.parse rather than require(): require keeps both arrays (≈ 600,000 strings) in its cache for ever
const words = (pkg: string): string[] => JSON.parse(readFileSync(require.resolve(pkg), 'utf8')) as string[];

function load(): void {
  if (en) return;
  const prebuilt = prebuiltWordLists();
  if (prebuilt) { en = new WordList([], prebuilt.en); fr = new WordList([], prebuilt.fr); return; }
  en = new WordList(words('an-array-of-english-words'));
  fr = new WordList(words('an-array-of-french-words').map(foldWord));
}

/** The word lists as sorted strings per length, for the prebuilt lexicon's builder. */
export function sortedWordLists(): { en: readonly string[]; fr: readonly string[] } {
  load();
  return { en: en!.sortedByLength, fr: fr!.sortedByLength };
}

/** Answers per word (1: English, 2: French), since the same words are asked about again and again. */
const known = new Map<string, number>();

/** Whether a folded word is a common word of the language ('en', 'fr'), or of either when none is given. */
export function isCommonWord(folded: string, lang?: 'en' | 'fr'): boolean {
  let bits = known.get(folded);
  if (bits === undefined) {
    load();
    bits = (en!.has(folded) ? 1 : 0) | (fr!.has(folded) ? 2 : 0);
    if (known.size >= 50_000) known.clear();
    known.set(folded, bits);
  }
  if (lang === 'en') return (bits & 1) !== 0;
  if (lang === 'fr') return (bits & 2) !== 0;
  return bits !== 0;
}
