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
  return new RegExp(`(?<![\\p{L}])(?:${alts.join('|')})`, 'u');
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

let cached: CueIndex | undefined;
export function cueIndex(): CueIndex {
  if (cached) return cached;
  const foldedDemonyms = new Map<string, string>();
  for (const [k, v] of DEMONYMS) foldedDemonyms.set(fold(k), v);
  const sets = {
    company: new PhraseSet(merge('companyNouns')),
    organization: new PhraseSet(merge('organizationNouns')),
    program: new PhraseSet(merge('programNouns')),
    product: new PhraseSet(merge('productNouns')),
    place: new PhraseSet(merge('placeNouns')),
    address: new PhraseSet(merge('addressNouns')),
    roles: new PhraseSet(merge('roles')),
  };
  cached = {
    ...sets,
    leftCueWords: new Set(Object.values(sets).flatMap((s) => [...s.lastWords()])),
    stop: new PhraseSet(merge('stopWords')),
    separators: new PhraseSet(merge('listSeparators')),
    jobs: new PhraseSet(merge('jobNouns')),
    until: new PhraseSet(merge('untilWords')),
    since: new PhraseSet(merge('sinceWords')),
    inYear: new PhraseSet(merge('inYearWords')),
    equivalence: new PhraseSet(merge('equivalenceWords')),
    companyAnaphora: new PhraseSet(merge('companyAnaphora')),
    countryAnaphora: new PhraseSet(merge('countryAnaphora')),
    demonyms: foldedDemonyms,
    roleList: merge('roles').map(fold),

    invest: prefixRegex(merge('investWords')),
    notInvestment: prefixRegex(merge('notInvestmentWords')),
    raise: prefixRegex(merge('raiseWords')),
    raiseFrom: prefixRegex(merge('raiseFromWords')),
    announce: prefixRegex(merge('announceWords')),
    develop: prefixRegex(merge('developWords')),
    sectors: sectorMatcher(ALL.flatMap((l) => Object.entries(l.sectors))),
    noise: ALL,
  };
  return cached;
}
