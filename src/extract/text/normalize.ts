/** Text normalisation shared by extraction and resolution. */

/** Lower case, accents removed, typographic apostrophes straightened. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase();
}

/** Lower-case ASCII slug: "Auvergne-Rhône-Alpes" → "auvergne-rhone-alpes". */
export function slug(s: string): string {
  return fold(s).replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** Matching key: folded, punctuation and hyphens as single spaces. */
export function matchKey(s: string): string {
  return fold(s).replace(/[^a-z0-9&]+/g, ' ').trim();
}

const CAP = /^[\p{Lu}]/u;
export const isCapitalised = (w: string): boolean => CAP.test(w);
export const isAllCaps = (w: string): boolean => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
