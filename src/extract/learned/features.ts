/**
 * Features of a relation candidate, general knowledge only: the ends' types, lower-case words and their
 * stems between the mentions and around them (never a capitalised token, so never a name), the first
 * content word between, the word before each end, mentions, commas and relative pronouns between, the
 * distance, a money amount in the sentence, which end opens the sentence, the language and the rule
 * (by id) that proposed the pair; since version 3 also clause-level signals (clauseFeatures below, word lists in clause.ts);
 * since version 4 rival mentions of an end's type nearer the other end (clauseFeatures); since version 5 the modality of the
 * clause (a negation, a condition or hedge, a future: "mod:…") and the cue class of the first verb between the ends ("vbc:…").
 * (Tried and left out: each end's shallow role, subject before its verb or object after one: cross-validated INVESTS_IN F1 0.75 → 0.73.)
 * Bump FEATURE_VERSION whenever what a feature means changes: the
 * committed model says which version it was trained with and a test compares the two.
 */
import { tokenize, type Token } from '../text/tokens.ts';
import type { Mention, RelationCandidate, Sentence } from '../types.ts';
import type { PairCandidate } from './candidates.ts';
import { CLAUSE_CONNECTORS, COORDINATORS, cueClasses, EXCLUDING, isVerbAt, modalityOf, PARENT_WORDS, RELATIVE_OPENERS, REPORTING, SPEECH_VERBS, TYPE_CUES, wordCue, type CueClass, type Modality } from './clause.ts';

export const FEATURE_VERSION = 5;

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
export const WORD_FEATURES: readonly string[] = ['w', 's', 'v', 'vs', 'l', 'r', 'ps', 'pt', 'as', 'at', 'vsb', 'vsa', 'vtb', 'vta', 'vbf', 'pk', 'ak'];

/** The text word a feature carries, if it is a word feature ("pt:in" → "in"). */
export function featureWord(feature: string): string | undefined {
  const i = feature.indexOf(':');
  if (i <= 0 || !WORD_FEATURES.includes(feature.slice(0, i))) return undefined;
  // "pk:of|acquire": the word is before the bar
  const bar = feature.indexOf('|', i);
  return bar > 0 ? feature.slice(i + 1, bar) : feature.slice(i + 1);
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
  /** For each token, whether it is a verb (clause.ts). */
  verb: boolean[];
  /** The cue classes of the sentence (clause.ts). */
  cues: Set<CueClass>;
  /** For each token outside mentions, its cue class, if it is a cue word. */
  cue: Array<CueClass | undefined>;
  /** For each token outside mentions, the modality it marks (clause.ts), if any. */
  mod: Array<Modality | undefined>;
  /** The features of each mention as a pair's source and as its target (by mention index), built on first use. */
  asSource: Map<number, EndFeatures>;
  asTarget: Map<number, EndFeatures>;
}

/**
 * What a pair's features say about one of its ends alone (its tokens, the words and verbs around it, the signals next to it):
 * speed, the same for every pair that end is part of in the sentence, so read once per end and side.
 */
interface EndFeatures {
  /** Its token range [a, b). */
  a: number;
  b: number;
  /** "ps:…"/"pt:…" and "as:…"/"at:…": the word before and after. */
  before: string;
  after: string;
  /** "vsb:…"/"vtb:…" and "vsa:…"/"vta:…": the nearest verb before and after. */
  verbBefore: string;
  verbAfter: string;
  /** "ks:…" (the cue after a source) or "kt:…" (the cue before a target), and its conjunction "ak:…|…" or "pk:…|…". */
  cue: string;
  cueWord: string;
  rep: boolean;
  /** For a target: an excluding word before it. */
  excl: boolean;
  spk: boolean;
  par: boolean;
  src: boolean;
  appo: boolean;
  /** For a source: the token of the subject pronoun when it says something of itself ("X said it would invest"), else -1. */
  saysAt: number;
}

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'il', 'elle', 'ils', 'elles']);
const SPEECH_AUX = new Set(['has', 'have', 'had', 'also', 'a', 'ont', 'avait', 'egalement', 'aussi']);

/**
 * "X said (on Tuesday) it would invest", "X a indiqué qu'il allait investir": the speaker is the subject of what it says, so the verb
 * that governs it is the one after the pronoun, not the reporting verb (which marks a speaker who is not the party elsewhere:
 * "the minister said X will invest"). The index of the pronoun, or -1.
 */
function saysOfItself(v: SentenceView, b: number): number {
  let k = b;
  while (k < v.tokens.length && k < b + 2 && SPEECH_AUX.has(v.tokens[k]!.lower)) k++;
  const verb = v.tokens[k]?.lower ?? '';
  if (!SPEECH_VERBS.has(verb) && !REPORTING.has(verb)) return -1;
  for (let j = k + 1; j < Math.min(v.tokens.length, k + 7); j++) {
    const t = v.tokens[j]!;
    if (v.inMention[j] || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (SUBJECT_PRONOUNS.has(t.lower)) return j;
  }
  return -1;
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
  /** The rules' relations as "type|source|target" keys (built on first use: a lookup per pair, not a scan of the article's relations). */
  stated?: Set<string>;
}

/** Whether a rule states this relation in the article (any sentence, as the rules' cross-sentence relations count too). */
function ruleStates(ctx: FeatureContext, type: string, source: number, target: number): boolean {
  if (!ctx.stated) ctx.stated = new Set(ctx.relations.map((r) => `${r.type}|${r.source}|${r.target}`));
  return ctx.stated.has(`${type}|${source}|${target}`);
}

export function featureContext(sentences: readonly Sentence[], mentions: readonly Mention[], relations: readonly RelationCandidate[], lang: string,
  tokens?: readonly (readonly Token[])[]): FeatureContext {
  return { sentences, mentions, relations, lang: lang === 'fr' ? 'fr' : lang === 'en' ? 'en' : 'other', views: new Map(), tokens };
}

const hasSpan = (m: Mention) => !m.implicit && m.end > m.start;
/** A mention written in this sentence (speed: a module function, not a closure per pair, which tsx's keepNames wraps at each call). */
const spannedIn = (m: Mention, sentence: number) => m.sentence === sentence && hasSpan(m);

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
  // the per-token arrays are pushed into literals, which V8 then allocates in one elements kind for every sentence
  // (a .map result's kind depends on its values and length, and the pair features' loops deoptimised on each new one)
  const inMention: boolean[] = [], verb: boolean[] = [];
  for (const t of tokens) inMention.push(inSpan(spans, t));
  for (let i = 0; i < tokens.length; i++) verb.push(!inMention[i] && isVerbAt(tokens, i, ctx.lang));
  let folded = '';
  // the words outside mentions only: "Investment Summit" or "Acme Capital" is a name, not a cue
  tokens.forEach((t, i) => { folded += inMention[i] ? ' ·' : (t.kind === 'word' || t.kind === 'elision' ? ' ' : '') + t.lower; });
  const money = MONEY.test(text);
  const cues = cueClasses(folded);
  if (money) cues.add('money');
  const cue: SentenceView['cue'] = [], mod: SentenceView['mod'] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    cue.push(cues.size && !inMention[i] && t.kind === 'word' && !t.cap ? wordCue(t.lower) : undefined);
    mod.push(inMention[i] ? undefined : modalityOf(t.lower));
  }
  v = { tokens, inMention, money, first: spans[0]?.index, spans, verb, cues, cue, mod, asSource: new Map(), asTarget: new Map() };
  ctx.views.set(sentence, v);
  return v;
}

/**
 * Whether a pair of this type is worth scoring in this sentence: a type with cue classes (clause.ts TYPE_CUES) only in a sentence
 * holding one of them. Training and the extractor use the same gate, so the model learns the pairs it will read.
 */
export function cueGate(ctx: FeatureContext, type: string, sentence: number): boolean {
  const need = TYPE_CUES[type];
  if (!need) return true;
  const cues = view(ctx, sentence).cues;
  return need.some((c) => cues.has(c));
}

/** The stem of the nearest verb from token i going by step (-1 left, +1 right), within the clause (stops at ; and :) and 12 tokens. */
function nearestVerb(v: SentenceView, i: number, step: -1 | 1): string {
  for (let k = i, n = 0; k >= 0 && k < v.tokens.length && n < 12; k += step, n++) {
    const t = v.tokens[k]!;
    if (t.text === ';' || t.text === ':') return '|';
    if (v.verb[k]) return stem(t.lower);
  }
  return '-';
}

/** The cue class of the nearest cue word from token i going by step, within 6 tokens and the clause. */
function nearestCue(v: SentenceView, i: number, step: -1 | 1): string {
  for (let k = i, n = 0; k >= 0 && k < v.tokens.length && n < 6; k += step, n++) {
    const t = v.tokens[k]!;
    if (t.text === ';' || t.text === ':') return '|';
    const c = v.cue[k];
    if (c) return c;
  }
  return '-';
}

/** Whether tokens [a, b) stand in an apposition: "NAME, <lower-case words, no verb, not only list words> [a, b) ," */
function inApposition(v: SentenceView, a: number, b: number): boolean {
  let k = a - 1, words = 0;
  for (; k >= 0 && k >= a - 7; k--) {
    const t = v.tokens[k]!;
    if (t.text === ',') break;
    if (v.inMention[k] || v.verb[k]) return false;
    if (isLearnableWord(t) && !COORDINATORS.has(t.lower)) words++;
  }
  if (k < 1 || v.tokens[k]!.text !== ',' || !words || !v.inMention[k - 1]) return false;
  for (let q = b; q < Math.min(v.tokens.length, b + 2); q++) if (v.tokens[q]!.text === ',') return true;
  return false;
}

/** Whether a mention is coordinated with another of the same type ("A, B and C"): only list words and commas between them. */
function coordinated(v: SentenceView, m: Mention, other: Mention): boolean {
  const [a, b] = m.start < other.start ? [m, other] : [other, m];
  let k = 0;
  while (k < v.tokens.length && v.tokens[k]!.start < a.end) k++;
  let words = 0;
  for (; k < v.tokens.length && v.tokens[k]!.start < b.start; k++) {
    if (v.inMention[k]) continue; // a third item of the list between
    if (!COORDINATORS.has(v.tokens[k]!.lower) || ++words > 4) return false;
  }
  return true;
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
  if (!spannedIn(s, c.sentence) || !spannedIn(t, c.sentence)) {
    f.push(!hasSpan(s) || !hasSpan(t) ? 'implicit' : 'cross');
    for (const [m, side] of [[s, 's'], [t, 't']] as const) {
      if (!spannedIn(m, c.sentence)) continue;
      const [a, b] = tokenRange(v, m);
      f.push(`p${side}:${wordAt(v, a - 1)}`, `a${side}:${wordAt(v, b)}`);
      if (v.first === m.index) f.push(`first:${side}`);
    }
    return f;
  }
  const es = endFeatures(v, s, 's'), et = endFeatures(v, t, 't');
  const sa = es.a, sb = es.b, ta = et.a, tb = et.b;
  const forward = s.start < t.start;
  f.push(forward ? 'dir:f' : 'dir:b');
  if (v.first === s.index) f.push('first:s');
  if (v.first === t.index) f.push('first:t');
  f.push(es.before, et.before, es.after, et.after);
  const [lo, hi] = forward ? [sb, ta] : [tb, sa];
  const between = wordsIn(v, lo, hi);
  const seen = new Set<string>();
  for (const w of between) {
    if (!seen.has(`w:${w}`)) { seen.add(`w:${w}`); f.push(`w:${w}`); }
    const st = `s:${stem(w)}`;
    if (!seen.has(st)) { seen.add(st); f.push(st); }
  }
  // "X said it would invest in Y": the first content word after the pronoun (version 4)
  const verb = (forward && es.saysAt >= 0 ? wordsIn(v, es.saysAt + 1, hi) : between).find((w) => !FUNCTION_WORDS.has(w) && w.length > 2);
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
  clauseFeatures(ctx, v, c, s, t, es, et, [lo, hi], forward, f);
  return f;
}

/** The characters between two mentions of one sentence (0 when they touch or overlap). */
const distance = (a: Mention, b: Mention) => Math.max(0, a.start < b.start ? b.start - a.end : a.start - b.end);

/** The features of one end of a pair in its sentence (see EndFeatures), read once per mention and side. */
function endFeatures(v: SentenceView, m: Mention, side: 's' | 't'): EndFeatures {
  const memo = side === 's' ? v.asSource : v.asTarget;
  let e = memo.get(m.index);
  if (e) return e;
  const [a, b] = tokenRange(v, m);
  const cue = side === 's' ? nearestCue(v, b, 1) : nearestCue(v, a - 1, -1);
  const saysAt = side === 's' ? saysOfItself(v, b) : -1;
  let rep = false;
  if (saysAt < 0) for (const k of [a - 2, a - 1, b, b + 1]) if (REPORTING.has(v.tokens[k]?.lower ?? '')) { rep = true; break; }
  let excl = false;
  if (side === 't') for (let k = Math.max(0, a - 4); k < a; k++) if (EXCLUDING.has(v.tokens[k]!.lower)) { excl = true; break; }
  // the speaker of an inverted speech clause: ", a annoncé l'Élysée", ", said the ministry" (determiners and auxiliaries skipped)
  let spk = false;
  let k = a - 1;
  while (k >= 0 && k >= a - 3 && /^(?:the|le|la|les|l'|a|ont|has|have)$/.test(v.tokens[k]!.lower) && !SPEECH_VERBS.has(v.tokens[k]!.lower)) k--;
  if (k >= 0 && SPEECH_VERBS.has(v.tokens[k]!.lower)) {
    let j = k - 1;
    while (j >= 0 && /^(?:a|ont|has|have)$/.test(v.tokens[j]!.lower)) j--;
    if (j >= 0 && v.tokens[j]!.text === ',') spk = true;
  }
  // a parent or unit word next to the end ("a subsidiary of X", "the Mexican unit of US retailer X", "maison mère de X")
  let par = false;
  for (let q = Math.max(0, a - 5); q < a; q++) if (PARENT_WORDS.has(v.tokens[q]!.lower)) { par = true; break; }
  // a source of the news: "selon Les Echos", "according to the agency", "d'après X"
  const w1 = v.tokens[a - 1]?.lower, w2 = v.tokens[a - 2]?.lower;
  const src = w1 === 'selon' || (w1 === 'to' && w2 === 'according') || (w1 === "d'" && w2 === 'apres') || (w2 === 'selon' && /^(?:le|la|les|l')$/.test(w1 ?? ''));
  e = saysAt >= 0 ? {
    // "X said it would invest": the source as the subject of the pronoun's clause (version 4)
    a, b, before: `ps:${wordAt(v, a - 1)}`, after: 'as:says+pron', verbBefore: `vsb:${nearestVerb(v, a - 1, -1)}`,
    verbAfter: `vsa:${nearestVerb(v, saysAt + 1, 1)}`, cue: `ks:${nearestCue(v, saysAt + 1, 1)}`, cueWord: `ak:says+pron|${nearestCue(v, saysAt + 1, 1)}`,
    rep, excl, spk, par, src, appo: inApposition(v, a, b), saysAt,
  } : {
    a, b,
    before: `p${side}:${wordAt(v, a - 1)}`, after: `a${side}:${wordAt(v, b)}`,
    verbBefore: `v${side}b:${nearestVerb(v, a - 1, -1)}`, verbAfter: `v${side}a:${nearestVerb(v, b, 1)}`,
    cue: `k${side}:${cue}`, cueWord: side === 's' ? `ak:${wordAt(v, b)}|${cue}` : `pk:${wordAt(v, a - 1)}|${cue}`,
    rep, excl, spk, par, src, appo: inApposition(v, a, b), saysAt,
  };
  memo.set(m.index, e);
  return e;
}

/**
 * Clause-level features (feature version 3): the verb governing each end (the nearest verb before and after it), the verbs and
 * clause boundaries between the ends, the sentence's cue classes, a passive "by"/"par" before the source, and whether either end
 * is coordinated with a mention of its type that a rule already relates to the other end ("A, B and C will invest in Y").
 */
function clauseFeatures(ctx: FeatureContext, v: SentenceView, c: PairCandidate, s: Mention, t: Mention,
  es: EndFeatures, et: EndFeatures, [lo, hi]: readonly number[], forward: boolean, f: string[]): void {
  const sa = es.a, ta = et.a, tb = et.b;
  // speed: what depends on one end only is read once per end (endFeatures); pushed in the order the model was trained with
  f.push(es.verbBefore, es.verbAfter, et.verbBefore, et.verbAfter);
  f.push(et.cue, es.cue);
  // conjunctions a linear model cannot make itself: "of" after an acquisition word, "in" after a site word, "to" before investing
  f.push(et.cueWord, es.cueWord);
  // the reverse pair is a rule's relation of this type: "B buys A" read both ways (and a symmetric type has no reverse)
  if (ruleStates(ctx, c.type, t.index, s.index)) f.push('rev');
  if (es.rep) f.push('rep:s');
  if (et.rep) f.push('rep:t');
  if (et.excl) f.push('excl:t');
  for (const [e, side] of [[es, 's'], [et, 't']] as const) {
    // the speaker of an inverted speech clause, a parent or unit word next to the end, a source of the news (endFeatures)
    if (e.spk) f.push(`spk:${side}`);
    if (e.par) f.push(`par:${side}`);
    if (e.src) f.push(`src:${side}`);
  }
  // an end inside an apposition to an earlier name ("Iliad, maison mère de l'opérateur Free, a annoncé", "X, a subsidiary of Y, will"):
  // a comma after a mention, lower-case words that are no list words, the end, and a comma again
  if (es.appo) f.push('appo:s');
  if (es.saysAt >= 0) f.push('says:s');
  if (et.appo) f.push('appo:t');
  // an end inside a relative clause that closes before the other end ("X, which S acquired last year, will double output at Y")
  for (const [a, side, other] of [[sa!, 's', forward], [ta!, 't', !forward]] as const) {
    if (!other || !RELATIVE_OPENERS.has(v.tokens[a - 1]?.lower ?? '')) continue;
    for (let k = a; k < hi!; k++) if (v.tokens[k]!.text === ',') { f.push(`relcl:${side}`); break; }
  }
  let verbs = 0, firstVerb = '', firstVerbAt = -1, firstVerbCue = '', semi = false, connector = false;
  // the modality of the fact: a negation, a hedge or a future between the ends or in the three words before the first one
  let neg = false, cond = false, fut = false;
  const left = forward ? sa : ta;
  for (let i = Math.max(0, left - 3); i < hi!; i++) {
    const m = v.mod[i];
    if (m === 'neg') neg = true; else if (m === 'cond') cond = true; else if (m === 'fut') fut = true;
  }
  if (neg) f.push('mod:neg');
  if (cond) f.push('mod:cond');
  if (fut) f.push('mod:fut');
  for (let i = lo!; i < hi!; i++) {
    const tok = v.tokens[i]!;
    const cue = v.cue[i];
    if (cue && !f.includes(`cueb:${cue}`)) f.push(`cueb:${cue}`);
    // "X said it would invest in Y": the reporting verb before the pronoun is not a second verb between the ends
    if (v.verb[i] && (!forward || i > es.saysAt)) { if (!verbs) { firstVerb = stem(tok.lower); firstVerbAt = tok.start; firstVerbCue = cue ?? 'x'; } verbs++; }
    if (tok.text === ';' || tok.text === ':') semi = true;
    else if (!v.inMention[i] && CLAUSE_CONNECTORS.has(tok.lower)) connector = true;
  }
  f.push(`nvb:${bucket(verbs, [0, 1])}`);
  if (firstVerb) f.push(`vbf:${firstVerb}`, `vbc:${firstVerbCue}`);
  if (semi) f.push('semi');
  if (connector) f.push('clb');
  for (const cue of v.cues) if (cue !== 'money') f.push(`cue:${cue}`);
  if (!forward && (v.tokens[sa! - 1]?.lower === 'by' || v.tokens[sa! - 1]?.lower === 'par')) {
    f.push('pass');
    // the passive's subject is the target: "T (, …,) was later acquired by S", not "… said the plant was bought by S"
    let k = sa! - 3; // before "by" and the participle
    while (k >= tb! && /^(?:was|were|is|are|be|been|being|has|have|had|will|would|later|then|also|recently|fully|a|ont|ete|est|sont|fut|sera|seront|va|vont|etre|deja|ensuite)$/.test(v.tokens[k]!.lower)) k--;
    // or a noun's complement list right before "by": "the acquisition of T and U by S"
    const before = v.tokens[sa! - 2];
    const m = before && v.inMention[sa! - 2] ? v.spans.find((x) => x.start <= before.start && before.end <= x.end) : undefined;
    if (k === tb! - 1 || (k >= tb! && v.tokens[k]!.text === ',') || (m && (m === t || (m.type === t.type && coordinated(v, t, m))))) f.push('passt');
  }
  // coordination with a mention of the same type that a rule already relates to the other end (the relation spreads over a list)
  let coordS = false, coordT = false, listS = false, listT = false;
  // rivals (version 4): another mention of an end's type nearer the other end ("A said B will invest in Y": A is not the investor);
  // with a verb between, one of the source's type between the source and that verb, or of the target's type between the verb and the target
  const gap = forward ? t.start - s.end : s.start - t.end;
  const verbAt = firstVerbAt;
  let rivalS = false, rivalT = false, svRival = false, vtRival = false;
  for (const m of v.spans) {
    if (m === s || m === t) continue;
    if (!rivalS && m.type === s.type && distance(m, t) < gap && !coordinated(v, s, m)) rivalS = true;
    if (!rivalT && m.type === t.type && distance(m, s) < gap && !coordinated(v, t, m)) rivalT = true;
    if (forward && verbAt >= 0) {
      if (m.type === s.type && m.start >= s.end && m.end <= verbAt) svRival = true;
      if (m.type === t.type && m.start > verbAt && m.end <= t.start) vtRival = true;
    }
    if (m.type === s.type && coordinated(v, s, m)) {
      listS = true;
      if (!coordS && ruleStates(ctx, c.type, m.index, t.index)) coordS = true;
    }
    if (m.type === t.type && coordinated(v, t, m)) {
      listT = true;
      if (!coordT && ruleStates(ctx, c.type, s.index, m.index)) coordT = true;
    }
  }
  if (rivalS) f.push('rival:s');
  if (rivalT) f.push('rival:t');
  if (svRival) f.push('rival:sv');
  if (vtRival) f.push('rival:vt');
  // the two ends are items of one list ("A and B will invest"): parallel parties, not each other's partner in the fact
  if (s.type === t.type && coordinated(v, s, t)) f.push('coordp');
  if (listS) f.push('list:s');
  if (listT) f.push('list:t');
  if (coordS) f.push('coord:s');
  if (coordT) f.push('coord:t');
}
