/**
 * Features of a relation candidate, general knowledge only: the ends' types, lower-case words and their
 * stems between the mentions and around them (never a capitalised token, so never a name), the first
 * content word between, the word before each end, mentions, commas and relative pronouns between, the
 * distance, a money amount in the sentence, which end opens the sentence, the language and the rule
 * (by id) that proposed the pair. Bump FEATURE_VERSION whenever what a feature means changes: the
 * committed model says which version it was trained with and a test compares the two.
 */
import { tokenize, type Token } from '../text/tokens.ts';
import type { Mention, RelationCandidate, Sentence } from '../types.ts';
import type { PairCandidate } from './candidates.ts';

export const FEATURE_VERSION = 2;

/** Function words and auxiliaries skipped when looking for the first content (verb-like) word between two mentions. */
const FUNCTION_WORDS = new Set(('the a an of in at on for to with by from and or but as its his her their this that these those which who whom whose '
  + 'will would shall should can could may might must has have had is are was were be been being also today now then it they he she we '
  + "le la les l' un une des de du d' a à au aux en dans sur pour par avec et ou mais son sa ses leur leurs ce cet cette ces qui que qu' "
  + "dont ont va vont est sont ete avait avaient sera seront aussi s' se n' ne pas plus il elle ils elles on y").split(' '));

const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'that', 'qui', 'que', "qu'", 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'ou']);

const MONEY = /[$€£¥]\s?\d|\d[\d\s.,\u00a0]*\s?(?:millions?|milliards?|billions?|bn|mds?|mrd|md€|m€|k€|euros?|dollars?|livres?|pounds?|yen|eur|usd|gbp)\b/i;

/** A lower-case word a model may learn: no capital anywhere (names), no digit (amounts, dates, codes). */
export function isLearnableWord(t: Token): boolean {
  return (t.kind === 'word' || t.kind === 'elision') && !t.cap && !t.allCaps && !CAPITAL_OR_DIGIT.test(t.text);
}

// speed: a \p{…} literal inside the function is rebuilt at each call under esbuild (tsx, the CLI bundle)
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/** A crude stem shared by both languages: the first five letters of a long word ("acquired", "acquisition" → "acqui"). */
export function stem(word: string): string {
  return word.length > 5 ? word.slice(0, 5) : word;
}

/** Prefixes of the features whose value is a word of the text (the vocabulary a test checks for names). */
export const WORD_FEATURES: readonly string[] = ['w', 's', 'v', 'vs', 'l', 'r', 'ps', 'pt', 'as', 'at'];

/** The text word a feature carries, if it is a word feature ("pt:in" → "in"). */
export function featureWord(feature: string): string | undefined {
  const i = feature.indexOf(':');
  return i > 0 && WORD_FEATURES.includes(feature.slice(0, i)) ? feature.slice(i + 1) : undefined;
}

const bucket = (n: number, cuts: readonly number[]) => { let i = 0; while (i < cuts.length && n > cuts[i]!) i++; return i; };

/** One sentence, read once for all the pairs in it. */
interface SentenceView {
  tokens: readonly Token[];
  /** For each token, whether it lies inside a mention span. */
  inMention: boolean[];
  money: boolean;
  /** The first mention with a span, in text order. */
  first?: number;
  spans: Mention[];
}

export interface FeatureContext {
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  relations: readonly RelationCandidate[];
  lang: string;
  views: Map<number, SentenceView>;
  /** The extractor's tokens of each sentence (by index), when it has them: not tokenized again. */
  tokens?: readonly (readonly Token[])[];
  /** The mentions with a span, by sentence, in text order (built on first use). */
  spansBySentence?: Map<number, Mention[]>;
}

export function featureContext(sentences: readonly Sentence[], mentions: readonly Mention[], relations: readonly RelationCandidate[], lang: string,
  tokens?: readonly (readonly Token[])[]): FeatureContext {
  return { sentences, mentions, relations, lang: lang === 'fr' ? 'fr' : lang === 'en' ? 'en' : 'other', views: new Map(), tokens };
}

const hasSpan = (m: Mention) => !m.implicit && m.end > m.start;

/** The sentence's mentions with a span, sorted by start (stable, as filter-then-sort over all mentions was). */
function spansOf(ctx: FeatureContext, sentence: number): Mention[] {
  if (!ctx.spansBySentence) {
    const by = new Map<number, Mention[]>();
    for (const m of ctx.mentions) {
      if (!hasSpan(m)) continue;
      const l = by.get(m.sentence);
      if (l) l.push(m); else by.set(m.sentence, [m]);
    }
    for (const l of by.values()) l.sort((a, b) => a.start - b.start);
    ctx.spansBySentence = by;
  }
  return ctx.spansBySentence.get(sentence) ?? [];
}

/** Whether a token lies inside one of the spans (sorted by start: the scan stops at the first span starting after the token). */
function inSpan(spans: readonly Mention[], t: Token): boolean {
  for (const m of spans) {
    if (m.start > t.start) return false;
    if (t.end <= m.end) return true;
  }
  return false;
}

function view(ctx: FeatureContext, sentence: number): SentenceView {
  let v = ctx.views.get(sentence);
  if (v) return v;
  const text = ctx.sentences[sentence]?.text ?? '';
  const tokens = ctx.tokens?.[sentence] ?? tokenize(text);
  const spans = spansOf(ctx, sentence);
  const inMention = tokens.map((t) => inSpan(spans, t));
  v = { tokens, inMention, money: MONEY.test(text), first: spans[0]?.index, spans };
  ctx.views.set(sentence, v);
  return v;
}

/** The learnable words of tokens [from, to) outside mentions. */
function wordsIn(v: SentenceView, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, v.tokens.length); i++) {
    const t = v.tokens[i]!;
    if (!v.inMention[i] && isLearnableWord(t)) out.push(t.lower);
  }
  return out;
}

/** Index of the first token at or after offset, and of the first token at or after the end offset. */
function tokenRange(v: SentenceView, m: Mention): [number, number] {
  let a = 0;
  while (a < v.tokens.length && v.tokens[a]!.start < m.start) a++;
  let b = a;
  while (b < v.tokens.length && v.tokens[b]!.start < m.end) b++;
  return [a, b];
}

/** The word before token i (skipping nothing), when learnable; '^' at the sentence start; '·' for punctuation or a name. */
function wordAt(v: SentenceView, i: number): string {
  if (i < 0) return '^';
  if (i >= v.tokens.length) return '$';
  const t = v.tokens[i]!;
  if (t.kind === 'possessive') return "'s";
  if (t.kind === 'punct') return t.text === ',' ? ',' : t.text === '(' || t.text === ')' ? '()' : '·';
  return !v.inMention[i] && isLearnableWord(t) ? t.lower : '·';
}

/** The features of a pair (the same for every relation type: the type is added when the model reads them). */
export function pairFeatures(ctx: FeatureContext, c: PairCandidate): string[] {
  const s = ctx.mentions[c.source]!, t = ctx.mentions[c.target]!;
  const v = view(ctx, c.sentence);
  const f: string[] = [`ty:${s.type}>${t.type}`, `lang:${ctx.lang}`, `cs:${s.cue}`, `ct:${t.cue}`];
  const rule = c.ruleIndex !== undefined ? ctx.relations[c.ruleIndex] : undefined;
  if (rule) f.push(`rule:${rule.rule}`, `rc:${Math.round(rule.confidence * 10)}`);
  else f.push('rule:-');
  if (v.money) f.push('money');
  if (ctx.sentences[c.sentence]?.part === 'title') f.push('title');
  if (s.cue === 'coref') f.push('coref:s');
  if (t.cue === 'coref') f.push('coref:t');
  const here = (m: Mention) => m.sentence === c.sentence && hasSpan(m);
  if (!here(s) || !here(t)) {
    f.push(!hasSpan(s) || !hasSpan(t) ? 'implicit' : 'cross');
    for (const [m, side] of [[s, 's'], [t, 't']] as const) {
      if (!here(m)) continue;
      const [a, b] = tokenRange(v, m);
      f.push(`p${side}:${wordAt(v, a - 1)}`, `a${side}:${wordAt(v, b)}`);
      if (v.first === m.index) f.push(`first:${side}`);
    }
    return f;
  }
  const [sa, sb] = tokenRange(v, s), [ta, tb] = tokenRange(v, t);
  const forward = s.start < t.start;
  f.push(forward ? 'dir:f' : 'dir:b');
  if (v.first === s.index) f.push('first:s');
  if (v.first === t.index) f.push('first:t');
  f.push(`ps:${wordAt(v, sa - 1)}`, `pt:${wordAt(v, ta - 1)}`, `as:${wordAt(v, sb)}`, `at:${wordAt(v, tb)}`);
  const [lo, hi] = forward ? [sb, ta] : [tb, sa];
  const between = wordsIn(v, lo, hi);
  const seen = new Set<string>();
  for (const w of between) {
    if (!seen.has(`w:${w}`)) { seen.add(`w:${w}`); f.push(`w:${w}`); }
    const st = `s:${stem(w)}`;
    if (!seen.has(st)) { seen.add(st); f.push(st); }
  }
  const verb = between.find((w) => !FUNCTION_WORDS.has(w) && w.length > 2);
  if (verb) f.push(`v:${verb}`, `vs:${stem(verb)}`);
  let commas = 0, rel = false, numbers = false;
  for (let i = lo; i < hi; i++) {
    const tok = v.tokens[i]!;
    if (tok.text === ',') commas++;
    else if (tok.kind === 'number') numbers = true;
    else if (RELATIVES.has(tok.lower) && !v.inMention[i]) rel = true;
  }
  const mentionsBetween = v.spans.filter((m) => m.start >= (forward ? s.end : t.end) && m.end <= (forward ? t.start : s.start)).length;
  f.push(`nm:${bucket(mentionsBetween, [0, 1, 2])}`, `nc:${bucket(commas, [0, 1])}`, `d:${bucket(hi - lo, [0, 2, 5, 10, 20])}`);
  if (rel) f.push('relpro');
  if (numbers) f.push('num');
  const [left, right] = forward ? [sa, tb] : [ta, sb];
  for (const w of wordsIn(v, left - 3, left)) f.push(`l:${w}`);
  for (const w of wordsIn(v, right, right + 3)) f.push(`r:${w}`);
  return f;
}
