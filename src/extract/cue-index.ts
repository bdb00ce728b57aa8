/**
 * The cue lexicons of every language merged into phrase matchers over tokens. Articles mix languages
 * (an English caption in a French article), so every rule sees the cues of both.
 */
import type { CueLexicon } from './lexicon/cues.ts';
import { EN } from './lexicon/en.ts';
import { FR } from './lexicon/fr.ts';
import { DEMONYMS } from './lexicon/demonyms.ts';
import { fold } from './text/normalize.ts';
import type { Token } from './text/tokens.ts';

export const LEXICONS: Readonly<Record<string, CueLexicon>> = { fr: FR, en: EN };
const ALL = Object.values(LEXICONS);

/** Phrases split into folded words; a phrase matches tokens whose folded forms are equal in order. */
export class PhraseSet {
  private readonly byLast = new Map<string, string[][]>();
  private readonly byFirst = new Map<string, string[][]>();
  readonly words = new Set<string>();
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      if (!/\s/.test(p)) this.words.add(fold(p)); // "aujourd'hui" is one token
      const words = fold(p).replace(/'/g, "' ").split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      const last = words[words.length - 1]!;
      if (!this.byLast.has(last)) this.byLast.set(last, []);
      this.byLast.get(last)!.push(words);
      if (!this.byFirst.has(words[0]!)) this.byFirst.set(words[0]!, []);
      this.byFirst.get(words[0]!)!.push(words);
      if (words.length === 1) this.words.add(last);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  /** Number of tokens of the longest phrase ending at token k (0 when none). */
  endingAt(tokens: readonly Token[], k: number): number {
    const t = tokens[k];
    if (!t) return 0;
    const list = this.byLast.get(t.lower);
    if (!list) return 0;
    outer: for (const words of list) {
      if (words.length - 1 > k) continue;
      for (let w = 0; w < words.length; w++) {
        if (tokens[k - words.length + 1 + w]!.lower !== words[w]) continue outer;
      }
      return words.length;
    }
    return 0;
  }
  /** Number of tokens of the longest phrase starting at token k. */
  startingAt(tokens: readonly Token[], k: number): number {
    const t = tokens[k];
    const list = t && this.byFirst.get(t.lower);
    if (!list) return 0;
    for (const words of list) {
      if (k + words.length > tokens.length) continue;
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) ok = tokens[k + w]!.lower === words[w];
      if (ok) return words.length;
    }
    return 0;
  }
  has(word: string): boolean {
    return this.words.has(word);
  }
  /** Words that end some phrase of the set. */
  lastWords(): Iterable<string> {
    return this.byLast.keys();
  }
}

/** Prefix lists ("invest" matches "investit", "investment"): one regex per list. */
export function prefixRegex(prefixes: Iterable<string>): RegExp {
  const alts = [...new Set([...prefixes].map((p) => fold(p)))].sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  return new WordStartRegExp(`(?:${alts.join('|')})`);
}

/**
 * `(?<![\p{L}])(?:…)` with the `u` flag, matched faster (speed only: the same matches). A `u` expression
 * that looks behind for a letter costs several times what the same alternation costs without `u`: the
 * alternation is searched without it, and each place it matches is kept when no letter precedes it, read
 * as the `u` expression reads it (a whole code point, so a letter written as a surrogate pair counts).
 * The alternation's words start with a character of their own, never half of a surrogate pair, so both
 * forms start matches at the same places. `exec` is what `test` and the other methods call.
 */
class WordStartRegExp extends RegExp {
  private readonly search: RegExp;

  // split and matchAll build a copy through the species: a plain RegExp of the same source and flags reads the same
  static override get [Symbol.species](): RegExpConstructor { return RegExp; }

  constructor(alternation: string) {
    super(`(?<![\\p{L}])${alternation}`, 'u');
    this.search = new RegExp(alternation, 'g');
  }

  override exec(text: string): RegExpExecArray | null {
    const search = this.search;
    search.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = search.exec(text))) {
      if (!letterBefore(text, m.index)) return m;
      // (the next place the alternation matches, from the next character: matches may overlap)
      search.lastIndex = m.index + 1;
    }
    return null;
  }
}

const LETTER = /^\p{L}$/u;
/** Letter or not by UTF-16 code unit, read once each (0 unknown, 1 letter, 2 not). */
const unitIsLetter = new Uint8Array(0x10000);

/** Whether the code point ending at `at` is a letter, as `(?<![\p{L}])` reads it under the `u` flag. */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(text.slice(at - 2, at));
  }
  let known = unitIsLetter[c]!;
  if (!known) unitIsLetter[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

function sectorMatcher(entries: Array<[string, string]>): (folded: string) => string | undefined {
  const bySurface = new Map(entries.map(([w, sector]) => [fold(w), sector]));
  const alts = [...bySurface.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![a-z])(?:${alts.join('|')})(?![a-z])`);
  return (folded) => { const m = re.exec(folded); return m ? bySurface.get(m[0]) : undefined; };
}

const merge = <K extends keyof CueLexicon>(key: K): string[] => ALL.flatMap((l) => l[key] as string[]);

export interface CueIndex {
  company: PhraseSet; organization: PhraseSet; program: PhraseSet; product: PhraseSet; place: PhraseSet;
  address: PhraseSet; roles: PhraseSet; stop: PhraseSet; separators: PhraseSet; jobs: PhraseSet;
  until: PhraseSet; since: PhraseSet; inYear: PhraseSet; equivalence: PhraseSet;
  companyAnaphora: PhraseSet; countryAnaphora: PhraseSet;
  demonyms: ReadonlyMap<string, string>;
  /** Last words of every cue noun, title and address phrase: a token outside it starts no left cue. */
  leftCueWords: ReadonlySet<string>;
  /** Job titles, folded, multi-word ones included. */
  roleList: readonly string[];

  invest: RegExp; notInvestment: RegExp; raise: RegExp; raiseFrom: RegExp; announce: RegExp; develop: RegExp;
  /** Sector named in a folded text, if any. */
  sectors: (folded: string) => string | undefined;
  noise: CueLexicon[];
}

type ListKey = { [K in keyof CueLexicon]: CueLexicon[K] extends string[] ? K : never }[keyof CueLexicon];

/** Which lexicon list each phrase set and prefix regex is built from. */
const CUE_SETS = { company: 'companyNouns', organization: 'organizationNouns', program: 'programNouns', product: 'productNouns',
  place: 'placeNouns', address: 'addressNouns', roles: 'roles' } as const satisfies Record<string, ListKey>;
const OTHER_SETS = { stop: 'stopWords', separators: 'listSeparators', jobs: 'jobNouns', until: 'untilWords', since: 'sinceWords',
  inYear: 'inYearWords', equivalence: 'equivalenceWords', companyAnaphora: 'companyAnaphora', countryAnaphora: 'countryAnaphora' } as const satisfies Record<string, ListKey>;
const PREFIXES = { invest: 'investWords', notInvestment: 'notInvestmentWords', raise: 'raiseWords', raiseFrom: 'raiseFromWords',
  announce: 'announceWords', develop: 'developWords' } as const satisfies Record<string, ListKey>;

function build<T extends Record<string, ListKey>, V>(spec: T, make: (words: string[]) => V): { [K in keyof T]: V } {
  return Object.fromEntries(Object.entries(spec).map(([k, list]) => [k, make(merge(list))])) as { [K in keyof T]: V };
}

let cached: CueIndex | undefined;
export function cueIndex(): CueIndex {
  if (cached) return cached;
  const foldedDemonyms = new Map<string, string>();
  for (const [k, v] of DEMONYMS) foldedDemonyms.set(fold(k), v);
  const cueSets = build(CUE_SETS, (w) => new PhraseSet(w));
  cached = {
    ...cueSets,
    ...build(OTHER_SETS, (w) => new PhraseSet(w)),
    ...build(PREFIXES, prefixRegex),
    leftCueWords: new Set(Object.values(cueSets).flatMap((s) => [...s.lastWords()])),
    demonyms: foldedDemonyms,
    roleList: merge('roles').map(fold),
    sectors: sectorMatcher(ALL.flatMap((l) => Object.entries(l.sectors))),
    noise: ALL,
  };
  return cached;
}
