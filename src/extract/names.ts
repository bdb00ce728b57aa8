/** Name keys shared by extraction and resolution: "Acme.com, Inc." → "acme", "Helsing AI" → "helsing". */
import { CORPORATE_SUFFIXES, NAME_ARTICLES, NAME_TAILS } from './lexicon/common.ts';
import { matchKey } from './text/normalize.ts';

const SUFFIX = new Set(CORPORATE_SUFFIXES);
const TAIL = new Set(NAME_TAILS);
const ARTICLE = new Set(NAME_ARTICLES);

const keys = new Map<string, string>();
/** "OrvaneCorp", "VantorInc": a name of one capital and three lower-case letters or more, then "Corp" or "Inc" glued to it. */
const GLUED_CORP = /^(\p{Lu}\p{Ll}{3,})(Corp|Inc)(?=$|[\s,.])/u;
/** " S.A.", " N.V.", " S.p.A.", " B.V." after a name: a legal form written with dots. */
const LEGAL_FORM_DOTS = / ([A-Z])\.([A-Za-z])\.(?:([A-Z])\.)?(?=$|[\s,])/g;

/** Folded key without corporate suffixes and neutral tails; never empty when the name is not. Memoised. */
export function nameKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    if (keys.size >= 100_000) keys.clear();
    k = computeKey(name);
    keys.set(name, k);
  }
  return k;
}

function computeKey(name: string): string {
  // "Harland & Wolff" = "Harland and Wolff" = "Harland et Wolff": the word joining a firm's name is one in any form ("T&D" stays)
  // "Ecopetrol S.A." = "Ecopetrol SA": dotted letters of a legal form are one word (and so drop as a suffix)
  // "OrvaneCorp Holding" = "Orvane": a corporate word glued to a capitalised name is that word ("Orvane Corp")
  const words = matchKey(name.replace(GLUED_CORP, '$1 $2').replace(/[’']s\b/g, '').replace(LEGAL_FORM_DOTS, (_m, a: string, b: string, c?: string) => ` ${a}${b}${c ?? ''}`)).split(' ').filter(Boolean).map((w, k, all) => ((w === '&' || w === 'et') && k > 0 && k < all.length - 1 ? 'and' : w));
  while (words.length > 1 && (SUFFIX.has(words[words.length - 1]!) || TAIL.has(words[words.length - 1]!))) words.pop();
  while (words.length > 1 && ARTICLE.has(words[0]!)) words.shift();
  // "Labour Party" = "Labour": a party named by one word is that word ("the Conservative Party", "the Conservatives" stay apart)
  if (words.length === 2 && words[1] === 'party') words.pop();
  // "U.S. Department of Commerce" = "Department of Commerce": a country's code before a government department names no other body
  const code = words[0] === 'u' && (words[1] === 's' || words[1] === 'k') ? 2 : /^(?:us|usa|uk)$/.test(words[0] ?? '') ? 1 : 0;
  if (code && /^(?:department|ministry|dept)$/.test(words[code] ?? '') && words.length > code + 2) words.splice(0, code);
  // "Department of Business and Trade" = "Department for Business and Trade": a government body's "for" is often written "of"
  for (let k = 1; k < words.length - 1; k++) if (words[k] === 'for' && /^(?:department|ministry|office|secretary|commissioner|minister)$/.test(words[k - 1]!)) words[k] = 'of';
  return words.join(' ');
}

/** Display form without a trailing corporate suffix: "Acme.com Inc" → "Acme.com". */
export function displayName(name: string): string {
  let s = name.trim();
  for (;;) {
    const m = /[\s,]+([\p{L}.]+)\.?$/u.exec(s);
    if (!m || !SUFFIX.has(m[1]!.toLowerCase().replace(/\.$/, '')) || m.index === 0) break;
    s = s.slice(0, m.index);
  }
  return s.replace(/\.com$/i, '');
}
