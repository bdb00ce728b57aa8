/**
 * Lines of a list that give a firm and its town with the French department's number: "- Orvatec – Saint-Paul de Vence (06)",
 * "Pellix - La Roche de Vaux (2A)". Such lines are read as Title Case headlines (only known names would survive) and cut at
 * "et" or "de" ("Vaurelle et Montbrac"); the shape says which part is which: the firm before the dash, the town after it, the
 * department in brackets. Pure: reads one sentence's tokens.
 */
import type { Token } from '../text/tokens.ts';

export interface ListedSite {
  /** Token range of the firm's name. */
  firm: [number, number];
  /** Token range of the town's name. */
  place: [number, number];
}

/** A French department's number: 01–95, 2A, 2B, 971–976. */
const DEPARTMENT = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/;
const DASHES = new Set(['–', '—', '-']);
const BULLETS = new Set(['-', '–', '—', '•', '*', '·']);

/** The words that join the capitalised words of a town's or a firm's name ("Lardier et Valença", "Terre d'Oc"). */
const JOINING = /^(?:et|de|du|des|d'|sur|sous|en|les|la|le|l'|-|&)$/;

/** The firm and town of a line "FIRM – TOWN (NN)", or undefined. */
export function listedSite(tokens: readonly Token[]): ListedSite | undefined {
  const n = tokens.length;
  if (n < 6 || tokens[n - 1]!.text !== ')' || !DEPARTMENT.test(tokens[n - 2]!.text) || tokens[n - 3]!.text !== '(') return undefined;
  const first = BULLETS.has(tokens[0]!.text) ? 1 : 0;
  // the last dash standing alone between the two parts
  let d = -1;
  for (let k = n - 4; k > first; k--) if (DASHES.has(tokens[k]!.text) && tokens[k]!.kind !== 'word') { d = k; break; }
  if (d < first + 1 || d > n - 5) return undefined;
  const placeStart = d + 1, placeEnd = n - 4;
  // a town's name: capitalised words, with its joining words ("Vaurelle et Montbrac", "Le Mas de Pellac") and no more than six
  if (!tokens[placeStart]!.cap || !tokens[placeEnd]!.cap || placeEnd - placeStart > 6) return undefined;
  if (!tokens.slice(placeStart, placeEnd + 1).every((t) => t.cap || JOINING.test(t.lower))) return undefined;
  if (!tokens[first]!.cap && tokens[first]!.kind !== 'number') return undefined;
  // a firm's name: a few capitalised words (a heading such as "- Rénovation énergétique des bâtiments – Gap (05)" is none)
  if (d - first > 8 || !tokens.slice(first, d).every((t) => t.cap || t.kind !== 'word' || JOINING.test(t.lower))) return undefined;
  return { firm: [first, d - 1], place: [placeStart, placeEnd] };
}
