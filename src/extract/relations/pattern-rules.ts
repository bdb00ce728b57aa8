/** Compiles PATTERNS (patterns.ts) to regular expressions and applies them to every sentence skeleton. */
import { fold } from '../text/normalize.ts';
import type { CueIndex } from '../cue-index.ts';
import { PATTERNS, type PatternRule } from './patterns.ts';
import { PEOPLE_PATTERNS } from './people-patterns.ts';
import { TIES_PATTERNS } from './ties-patterns.ts';
import { capByAnaphora, COMPLEMENT_OF, previousSubject, type RuleContext } from './context.ts';
import { placeholders, type Skeleton } from './skeleton.ts';
import type { Mention } from '../types.ts';
import { LiteralMatcher, meetsFound, requiredLiterals } from './required-literals.ts';

/** A compiled rule and the placeholder letters each of its slots needs (one of them per slot): a skeleton without them is skipped. */
interface Compiled { rule: PatternRule; re: RegExp; needs: number[]; /** literals a match contains, by id in `literals` (speed: a sentence without them is skipped) */ reqs: number[][] }

let compiled: Compiled[] | undefined;
const literals = new LiteralMatcher();
/** Literal flags of an article's sentences (`applyPatterns`), reused up to FLAGS_KEPT bytes (a long text's are not kept). */
let flagBuffer: Uint8Array<ArrayBuffer> = new Uint8Array(0);
const FLAGS_KEPT = 1 << 20;
function zeroedFlags(size: number): Uint8Array<ArrayBuffer> {
  if (flagBuffer.length < size) flagBuffer = new Uint8Array(Math.min(FLAGS_KEPT, Math.max(size, 2 * flagBuffer.length)));
  const flags = flagBuffer.subarray(0, size);
  flags.fill(0);
  return flags;
}

const alternation = (words: Iterable<string>) =>
  [...new Set([...words].map(fold))].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "' ?")).join('|');

function compile(cues: CueIndex): Compiled[] {
  if (compiled) return compiled;
  const roles = alternation(cues.roleList);
  const demonyms = alternation(cues.demonyms.keys());
  compiled = [...PATTERNS, ...PEOPLE_PATTERNS, ...TIES_PATTERNS].map((rule) => {
    const src = rule.pattern
      .replace(/\{S:([A-Z]+)\}/g, (_, l: string) => `⟦[${l}](?<s>\\d+)⟧`)
      .replace(/\{T:([A-Z]+)\}/g, (_, l: string) => `⟦[${l}](?<t>\\d+)⟧`)
      .replace(/\{ROLE\}/g, `(?<role>${roles})`)
      .replace(/\{DEMONYM\}/g, `(?<dem>${demonyms})`)
      .replace(/\{DET\}/g, "(?:(?:le|la|l' ?|les|un|une|the|a|an|son|sa|its|their) )?");
    const needs = [...rule.pattern.matchAll(/\{[ST]:([A-Z]+)\}/g)].map((m) => letterMask(m[1]!));
    return { rule, re: new RegExp(`(?<![a-z])${src}`, 'g'), needs, reqs: requiredLiterals(src, 4, 2, 2000).map((r) => r.map((l) => literals.id(l))) };
  });
  return compiled;
}

/** The last word before a title (and the titles joined to it: "Zorvex chairman and CEO"), and words that open company names as often as they qualify a title ("New chairman X"). */
const LAST_WORD = /(?:^|\s)([a-z][a-z-]{2,}) (?:(?:chairman|chairwoman|chair|president|ceo|chief|executive|officer|founder|co-founder|managing|director|and|&) )*$/;
const TITLE_QUALIFIERS = new Set(['the', 'new', 'first', 'former', 'general', 'global', 'international', 'national', 'united', 'group', 'company', 'its', 'their']);

/**
 * "Zorvex chairman and CEO X" where the article names "Zorvex Chemical": a capitalised word right before the title that opens
 * the name of exactly one of the article's companies is that company's short form (the title's owner), not a plain word.
 */
function companyByFirstWord(ctx: RuleContext, sentence: number, before: string): number | undefined {
  const word = LAST_WORD.exec(before)?.[1];
  if (!word || TITLE_QUALIFIERS.has(word) || ctx.cues.demonyms.has(word)) return undefined;
  let found: Mention | undefined;
  for (const c of ctx.mentions) {
    if (c.type !== 'Company' || c.implicit || c.cue === 'coref') continue;
    const space = c.text.indexOf(' ');
    if (space < 0 || fold(c.text.slice(0, space)) !== word) continue;
    if (found && fold(found.text) !== fold(c.text)) return undefined;
    found ??= c;
  }
  // written with its capital in this sentence ("Zorvex chairman"), not a common word that happens to open a name
  const text = ctx.sentences[sentence]?.text ?? '';
  return found && text.includes(`${found.text.slice(0, found.text.indexOf(' '))} `) ? found.index : undefined;
}

const MORE = /^ ?(?:,|et|and|ou|or|ainsi que|as well as) ?(?:de |d' ?)?(?:la |le |l' ?|the )?(?:⟦N\d+⟧ ?'s )?(?:[a-z-]+ ){0,2}?⟦C(\d+)⟧/;

/** The placeholder letters of a skeleton ("CNP"), read once per sentence rather than once per rule. */
function letters(text: string): string {
  let out = '';
  for (let at = text.indexOf('⟦'); at >= 0; at = text.indexOf('⟦', at + 1)) if (!out.includes(text[at + 1]!)) out += text[at + 1];
  return out;
}

/** Placeholder letters as bits (A = 1, B = 2…): a slot's letters and a sentence's compare in one operation. */
function letterMask(letters: string): number {
  let mask = 0;
  for (let i = 0; i < letters.length; i++) mask |= 1 << (letters.charCodeAt(i) - 65);
  return mask;
}

export function applyPatterns(ctx: RuleContext): void {
  // the sentences with names, in order, with their placeholder letters: read once, not once per rule
  const rules = compile(ctx.cues);
  const rows: Array<{ sentence: number; sk: Skeleton; here: number; found: Uint8Array }> = [];
  // (the flags of all sentences in one array: a typed array of more than 64 bytes is slow to allocate and collect;
  // one kept from article to article, zeroed here)
  let named = 0;
  for (const sk of ctx.skeletons.values()) if (sk.mentions.length) named++;
  // (and the literals of the whole article, `foundAny`, with the letters, `hereAny`: a rule no sentence can meet is skipped at once)
  const width = literals.size, size = width * (named + 1);
  const flags = size > FLAGS_KEPT ? new Uint8Array(size) : zeroedFlags(size);
  const foundAny = flags.subarray(named * width);
  let hereAny = 0;
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.mentions.length) continue;
    const here = letterMask(letters(sk.text));
    hereAny |= here;
    rows.push({ sentence, sk, here, found: literals.found(sk.text, flags.subarray(rows.length * width, (rows.length + 1) * width), foundAny) });
  }
  for (const { rule, re, needs, reqs } of rules) {
    if (!rows.length || !meetsFound(foundAny, reqs)) continue;
    let some = true;
    for (const n of needs) if (!(hereAny & n)) { some = false; break; }
    if (!some) continue;
    for (const { sentence, sk, here, found } of rows) {
      let ok = true;
      for (const n of needs) if (!(here & n)) { ok = false; break; }
      if (!ok || !meetsFound(found, reqs)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sk.text))) {
        const g = m.groups ?? {};
        const targets: number[] = [];
        let target = g.t !== undefined ? Number(g.t) : undefined;
        if (target === undefined && g.dem) target = ctx.countryMention(ctx.cues.demonyms.get(g.dem.replace(/' /g, "'"))!, sentence, g.dem)?.index;
        if (target === undefined && rule.targetFocus) target = ctx.focusCompany?.index;
        if (target === undefined && rule.targetSubject) {
          // a company named by a cue, else the one the text is about, before a name typed only by default
          const letters = rule.targetOrganization ? 'CO' : 'C';
          const here = placeholders(sk.text.slice(0, m.index), letters);
          target = here.find((i) => ctx.mentions[i]?.cue !== 'default') ??
            (rule.type === 'ROLE_AT' ? companyByFirstWord(ctx, sentence, sk.text.slice(0, m.index)) : undefined) ??
            (rule.targetArticle ? ctx.focusCompany?.index ?? previousSubject(ctx, sentence) : previousSubject(ctx, sentence, letters) ?? ctx.focusCompany?.index) ?? here[0];
        }
        if (target === undefined) continue;
        targets.push(target);
        if (rule.more) {
          let rest = sk.text.slice(m.index + m[0].length);
          let more: RegExpExecArray | null;
          while ((more = MORE.exec(rest))) { targets.push(Number(more[1])); rest = rest.slice(more[0].length); }
        }
        let source = g.s !== undefined ? Number(g.s) : undefined;
        let confidence = rule.confidence;
        if (source === undefined && rule.sourceCountry) {
          // "our partnership with X" in the words of a company's executive is that company's, not the country's
          if (speakerOfCompany(ctx, sentence)) continue;
          source = ctx.focusCountry?.index;
        }
        if (source === undefined && rule.sourcePrevious) {
          const before = placeholders(sk.text.slice(0, m.index).replace(COMPLEMENT_OF, ''), 'C');
          // (the previous sentence's subject, else its only company: "Les salariés de X sont inquiets. … sa maison mère")
          const prev = ctx.skeletons.get(sentence - 1);
          const only = prev && ctx.sentences[sentence - 1]?.part === ctx.sentences[sentence]?.part ? placeholders(prev.text, 'C') : [];
          source = before.length ? before[before.length - 1] : previousSubject(ctx, sentence) ?? (only.length === 1 ? only[0] : undefined);
          if (source === undefined) continue;
        }
        if (source === undefined) {
          // the subject: companies before the match, less complements ("the maker of ChatGPT")
          const before = placeholders(sk.text.slice(0, m.index).replace(COMPLEMENT_OF, ''), 'C');
          source = before.length ? before[0] : ctx.focusCompany?.index;
          if (!before.length) confidence = Math.min(confidence, 0.6);
        }
        if (source === undefined) continue;
        const role = g.role ? surface(ctx.sentences[sentence]!.text, fullRole(ctx.cues, m[0], g.role.replace(/' /g, "'"))) : undefined;
        targets.forEach((t, n) => {
          if (t === source) return;
          ctx.add({
            type: rule.type, source: source!, target: t, sentence, rule: rule.id,
            confidence: capByAnaphora(ctx, n === 0 ? confidence : Math.min(confidence, 0.7), source!, t),
            properties: role ? { role } : {},
          });
        });
      }
    }
  }
}

/** A title with the word before it when both make a longer title ("chief executive", not "executive"). */
function fullRole(cues: CueIndex, match: string, role: string): string {
  const at = match.indexOf(role);
  const before = /([a-z-]+) $/.exec(match.slice(0, at));
  return before && cues.roleList.includes(`${before[1]} ${role}`) ? `${before[1]} ${role}` : role;
}

/** A folded phrase as a whole-word regular expression, compiled once per phrase. */
const wordRes = new Map<string, RegExp>();
function wordRe(folded: string): RegExp {
  let re = wordRes.get(folded);
  if (!re) { re = new RegExp(`(?<![a-z])${folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`); wordRes.set(folded, re); }
  return re;
}

/** The words of a folded phrase as the sentence writes them ("president" → "président"), lower case. */
function surface(text: string, folded: string): string {
  const f = fold(text);
  const at = f.length === text.length ? f.search(wordRe(folded)) : -1;
  return at >= 0 ? text.slice(at, at + folded.length).toLowerCase() : folded;
}

/** How many sentences before a country's "our" its speaker may be named. */
const SPEAKER_WINDOW = 3;
/** The person named last in the sentence or the few before it (same part of the text) holds a role at a company. */
function speakerOfCompany(ctx: RuleContext, sentence: number): boolean {
  const part = ctx.sentences[sentence]?.part;
  for (let k = sentence; k >= 0 && k >= sentence - SPEAKER_WINDOW && ctx.sentences[k]?.part === part; k--) {
    const own = ctx.skeletons.get(k)?.mentions;
    const person = own && [...own].reverse().find((m) => m.type === 'Person');
    if (!person) continue;
    // the same person under a shorter name ("Jane Roe", then "Roe")
    return ctx.relations.some((r) => r.type === 'ROLE_AT' && ctx.mentions[r.target]?.type === 'Company' &&
      sameName(ctx.mentions[r.source]!.text, person.text));
  }
  return false;
}
function sameName(full: string, short: string): boolean {
  return full === short || full.endsWith(` ${short}`);
}
