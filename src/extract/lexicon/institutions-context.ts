/**
 * Where the public-body and programme lexicons need the context of a hit: a name the lexicon knows
 * with the common noun written before it ("le plan Juncker", "la loi Florange", "the programme
 * InvestEU": the name is "Juncker", the lexicon key "plan Juncker"), and a headline that names a body
 * the article never names again (a press office's own name over its release).
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer.ts';
import { gazetteerTables } from '../gazetteer-tables.ts';
import { spanKey, type Token } from '../text/tokens.ts';
import { matchKey } from '../text/normalize.ts';

interface Span { sentence: number; i: number; j: number; gaz?: GazetteerEntry; drop?: boolean }

/**
 * The lexicon entry of a name read without the gazetteer (a quoted name: « Choose France »), or of
 * "noun + name" when the lower-case word before the name completes a lexicon key ("plan Juncker").
 */
export function lexiconEntryAt(tokens: readonly Token[], c: Span, gaz: Gazetteer): GazetteerEntry | undefined {
  const own = gaz.lookup(spanKey(tokens, c.i, c.j));
  if (own?.lexicon) return own;
  const before = tokens[c.i - 1];
  if (!before || before.kind !== 'word' || before.cap) return undefined;
  const e = gaz.lookup(spanKey(tokens, c.i - 1, c.j));
  return e?.lexicon ? e : undefined;
}

/**
 * Lexicon hits in headings whose entry the body never names, not even in lower case ("the UK's modern
 * industrial strategy" names "UK Modern Industrial Strategy"): not read. A headline is no evidence on
 * its own ("EDA: By Attracting Investment…" over a release of the agency), as for any headline name.
 * `body` gives the body's sentences as match keys (called only when a heading has a lexicon hit).
 */
export function headlineOnlyLexiconHits<T extends Span & { text: string }>(all: readonly T[], headings: ReadonlySet<number>, body: () => string): T[] {
  const inBody = new Set<string>();
  for (const c of all) if (c.gaz?.lexicon && !headings.has(c.sentence)) inBody.add(c.gaz.name);
  const heads = all.filter((c) => c.gaz?.lexicon && headings.has(c.sentence) && !inBody.has(c.gaz.name));
  if (!heads.length) return heads;
  const text = ` ${body()} `;
  return heads.filter((c) => ![c.text, c.gaz!.name].some((n) => text.includes(` ${matchKey(n)} `)));
}

/**
 * A lexicon name of two words or more starting at token i, connectors and commas included ("Falkirk and
 * Grangemouth Growth Deal", "Department for Business, Energy and Industrial Strategy"), which the
 * capitalised-run reading would split; kept only where no other name word goes on after it (a title
 * may: "USDA Rural Utilities Service Administrator John Padalino").
 */
export function lexiconSpanAt(tokens: readonly Token[], i: number, gaz: Gazetteer, goesOn: (k: number) => boolean): { j: number; entry: GazetteerEntry } | undefined {
  const first = tokens[i]!.lower;
  if (!gaz.startsLonger(PLAIN_WORD.test(first) ? first : first.replace(/[^a-z0-9&]+/g, ' ').trim().split(' ')[0]!)) return undefined;
  const last = Math.min(tokens.length - 1, i + gaz.maxTokens + 3);
  const ends = lexiconLastWords(gaz);
  for (let j = last; j > i; j--) {
    if (tokens[j]!.kind !== 'word' && tokens[j]!.kind !== 'number') continue;
    // speed: a span whose last word ends no lexicon key is no lexicon entry (its key is not built nor looked up)
    if (ends && !mayEndLexiconKey(ends, tokens[j]!)) continue;
    const entry = gaz.lookup(spanKey(tokens, i, j));
    if (entry?.lexicon) return goesOn(j + 1) ? undefined : { j, entry };
  }
  return undefined;
}

/** The last words of the lexicon's keys, per gazetteer (read once from its tables; none for a gazetteer without tables). */
const lastWordsOf = new WeakMap<Gazetteer, Set<string> | null>();

function lexiconLastWords(gaz: Gazetteer): Set<string> | undefined {
  let ends = lastWordsOf.get(gaz);
  if (ends === undefined) {
    const map = gazetteerTables(gaz)?.map;
    ends = map ? new Set() : null;
    if (map && ends) for (const [key, entry] of map) if (entry.lexicon) ends.add(key.slice(key.lastIndexOf(' ') + 1));
    lastWordsOf.set(gaz, ends);
  }
  return ends ?? undefined;
}

/** Whether a span ending at token t may be a lexicon key: the key's last word is the token's own last word (spanKey's folding). */
function mayEndLexiconKey(ends: Set<string>, t: Token): boolean {
  // (speed: a plain word is its own key's last word)
  if (PLAIN_WORD.test(t.lower)) return ends.has(t.lower);
  const own = t.lower.replace(NON_KEY, ' ').trim();
  // a token that folds to nothing leaves the key's last word to an earlier token: not filtered
  return own === '' || ends.has(own.slice(own.lastIndexOf(' ') + 1));
}

const NON_KEY = /[^a-z0-9&]+/g;
const PLAIN_WORD = /^[a-z0-9&]+$/;
