/**
 * Language detection by stop-word scoring: fast, offline, deterministic.
 *
 * Each language has a list of frequent function words that are (nearly) absent from the other
 * languages' lists — words shared by several of them ("la", "en", "il", "un", "de") are left out
 * since they cannot tell the languages apart. The text's first words (LANGUAGE_DEFAULTS) are counted
 * against every list, scanning characters without a regular expression or a string per long word; the best language wins when it is clearly ahead, otherwise the answer is 'und'
 * (undetermined, as BCP 47 says).
 */

export type DetectedLanguage = 'en' | 'fr' | 'de' | 'es' | 'it' | 'und';

const STOP_WORDS: Record<Exclude<DetectedLanguage, 'und'>, string> = {
  en: `the and of to is was that with for are it this by from at be has have which will its said their were been
       would or not but they he she we more than also after into about over who what when there can could had
       these those them his her our new year years people just one two most other such`,
  fr: `le les des du une et est dans pour qui sur pas au aux avec ce cette ces sa ses leur leurs plus ont été sont mais
       par elle ils nous vous être avoir selon depuis aussi dont après était d l qu c n où comme ou très déjà lors
       fait sera ont annoncé milliards milliard millions pays lui cet entre`,
  de: `der die das und ist nicht mit sich auf für den dem ein eine einen einem einer zu von im auch wird werden hat
       haben sind wurde nach bei aus oder wie noch über um nur dass durch sie er wir ihr zum zur vom am`,
  es: `el los las y por para es más pero este esta fue han muy también sobre desde hasta donde cuando porque según
       está están ser sido hay sus como una ya otro otra`,
  it: `gli della delle dei degli nel nella nei che non è e di per sono anche più questo questa alla alle sul sulla
       dal dalla ed essere stato hanno molto tra fra quando perché dopo ancora loro suo sua suoi ha il un`,
};

/**
 * Words listed for more than one language score for none of them (the lists above are meant to be
 * disjoint; this keeps them so when someone adds a word).
 */
const WORD_LANGUAGES: ReadonlyMap<string, DetectedLanguage> = (() => {
  const seen = new Map<string, DetectedLanguage | null>();
  for (const [lang, words] of Object.entries(STOP_WORDS) as Array<[DetectedLanguage, string]>) {
    for (const word of words.split(/\s+/).filter(Boolean)) {
      const previous = seen.get(word);
      seen.set(word, previous === undefined || previous === lang ? lang : null);
    }
  }
  const map = new Map<string, DetectedLanguage>();
  for (const [word, lang] of seen) if (lang) map.set(word, lang);
  return map;
})();

export const LANGUAGE_DEFAULTS = {
  /** Words looked at: enough to decide, bounded so a long article costs no more than a short one. */
  maxTokens: 1500,
  /** Characters looked at (the first ones): a few hundred words decide as well as thousands. */
  maxChars: 6000,
  /** The winner needs at least this many stop-word hits... */
  minHits: 2,
  /** ...and this many times the runner-up's hits. */
  minMargin: 1.5,
} as const;

/** Letters: a–z and everything from U+00C0 on, but ×, ÷ and the punctuation blocks (’ « » …). */
function isLetter(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f);
}

/** Longest stop word: longer tokens are never looked up (no string is made for them). */
const MAX_WORD = Math.max(...[...WORD_LANGUAGES.keys()].map((w) => w.length));

/** Detects en/fr/de/es/it from stop words; 'und' when the text is too short or too mixed to tell. */
export function detectLanguage(text: string): DetectedLanguage {
  const scores = new Map<DetectedLanguage, number>();
  const lower = text.slice(0, LANGUAGE_DEFAULTS.maxChars).toLowerCase();
  let tokens = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const letter = i < lower.length && isLetter(lower.charCodeAt(i));
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (++tokens > LANGUAGE_DEFAULTS.maxTokens) break;
    if (i - start <= MAX_WORD) {
      const lang = WORD_LANGUAGES.get(lower.slice(start, i));
      if (lang) scores.set(lang, (scores.get(lang) ?? 0) + 1);
    }
    start = -1;
  }
  let best: DetectedLanguage = 'und';
  let bestScore = 0;
  let second = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      second = bestScore;
      best = lang;
      bestScore = score;
    } else if (score > second) {
      second = score;
    }
  }
  if (bestScore < LANGUAGE_DEFAULTS.minHits || bestScore < second * LANGUAGE_DEFAULTS.minMargin) return 'und';
  return best;
}

/** 'fr-FR', 'FR', 'fr_CA', 'French', 'français' → 'fr'; undefined when empty. Other tags are kept lower-cased. */
export function normalizeLanguageTag(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const tag = value.trim().toLowerCase();
  if (!tag) return undefined;
  const named = LANGUAGE_NAMES[tag];
  if (named) return named;
  const primary = tag.split(/[-_]/)[0]!;
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', anglais: 'en', french: 'fr', français: 'fr', francais: 'fr', german: 'de', deutsch: 'de',
  allemand: 'de', spanish: 'es', español: 'es', espagnol: 'es', italian: 'it', italiano: 'it', italien: 'it',
};
