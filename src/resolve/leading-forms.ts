/**
 * Leading-word short forms within one article: "Garvel" … "Garvel Industries Group", "Aldwyn Rail" …
 * "Aldwyn Rail Systems Ltd", in either order (a headline often gives the short form first). The
 * short form takes the full name's entity (id and type). Kept apart, because a reader could not
 * tell which entity is meant, when:
 * - two or more longer names of the article begin with the same words ("Tata" with "Tata Steel" and
 *   "Tata Chemicals");
 * - the short form is a dictionary word, a place, a country, a demonym or a given name on its own
 *   ("General", "Paris", "British", "Martin"), or is typed by a strong cue of its own (a place, a
 *   person, a corporate suffix: then it is a full name itself);
 * - the short form is a word of a person's name in the article (that is the surname rule's case);
 * - the rest of the full name is named on its own in the article ("Vantor Zentra", formed by Vantor
 *   and Zentra, is neither of them);
 * - the rest of the full name says which unit it is: only legal forms and generic firm words
 *   ("Industries Group", "Systems Ltd" after "Aldwyn Rail") or more names may follow the short form,
 *   so "Oracle" stays apart from "Oracle Cloud Infrastructure", "Carrefour" from "Carrefour Espagne"
 *   and "Fujitsu" from "Fujitsu Services Ltd".
 * Only the leading words count: two multi-word names sharing a word are never merged ("Amazon
 * France" / "Amazon Web Services"). Pure: mentions in, pairs out; resolution decides the entity.
 */
import type { EntityType } from '../graph/model.ts';
import type { MentionCue } from '../extract/types.ts';
import { fold, matchKey } from '../extract/text/normalize.ts';
import { isCommonWord } from '../extract/lexicon/dictionary.ts';
import { isGivenName } from '../extract/lexicon/first-names.ts';
import { DEMONYMS } from '../extract/lexicon/demonyms.ts';
import { nameKey } from '../extract/names.ts';
import { CORPORATE_SUFFIXES, EVENT_HEAD_NOUNS, NAME_TAILS } from '../extract/lexicon/common.ts';
import type { ShortFormPair } from './short-forms.ts';

export interface LeadingFormMention {
  text: string; type: EntityType; cue: MentionCue; cueWord?: string;
  /** Other names the text gives this one ("Harlow-Brandt (HB)" → ["HB"]). */
  aliases?: readonly string[];
}

export interface LeadingFormContext {
  /** Whether a name is a known place (a country, region or city). */
  isPlace(name: string): boolean;
  /** Whether a name is a country's ("France", "U.S.A."). */
  isCountry?(name: string): boolean;
  /** Whether the article says the named firm belongs to another ("X Iberia, a subsidiary of …"): a unit kept apart from its parent. */
  isStatedUnit?(name: string): boolean;
}

const BODIES = new Set<EntityType>(['Company', 'Organization']);
/** Cues that type a name by its own words or a lexicon: such a name is a full name, not a short form. */
const OWN_CUES = new Set<MentionCue>(['gazetteer', 'suffix', 'cue', 'first-name', 'acronym']);
/** A full name must be typed by evidence, not by default: "Garvel Opens" in a headline is no name. */
const EVIDENCE_CUES = new Set<MentionCue>(['gazetteer', 'suffix', 'cue', 'quoted', 'article', 'list']);

const words = (s: string) => s.split(/\s+/).filter(Boolean);
/**
 * Words that say a name is a firm's without saying which unit of it: legal forms and generic firm
 * words. A trade word says which unit ("Fujitsu Services Ltd" is not its parent "Fujitsu", "Tata
 * Steel" not "Tata"), so a trade word after the short form keeps the two apart.
 */
const FIRM_WORDS = new Set([...CORPORATE_SUFFIXES, ...NAME_TAILS.filter((w) => w !== 'motor' && w !== 'motors' && w !== 'electronics'),
  'industries', 'industry', 'enterprises', 'entreprises', 'worldwide', 'systems', 'sons', 'brothers', 'freres', 'and', '&']);

/** The rest of a full name after its short form: firm words, or names that are not common words or places. */
function restIsFirm(rest: readonly string[], ctx: LeadingFormContext): boolean {
  return rest.length > 0 && rest.every((w) => {
    const f = fold(w.replace(/\.$/, ''));
    return FIRM_WORDS.has(f) || (STARTS_UPPER.test(w) && !isCommonWord(f) && !DEMONYMS.has(f) && !ctx.isPlace(w));
  });
}

/**
 * Words that say what kind of establishment the whole body is, not which unit of it: "Rosebank
 * Distillery" is Rosebank, "Ex-Im Bank" is Ex-Im, "Halvard Airlines" is Halvard, "BMW
 * Manufacturing" is how BMW's plant firm is named (unlike a trade: "Tata Steel" is not "Tata").
 */
const ESTABLISHMENT_WORDS = new Set(['manufacturing', 'distillery', 'distilleries', 'brewery', 'breweries', 'winery', 'bank', 'banque',
  'airlines', 'airways', 'automotive']);
/** Parts of the world a firm's unit is named after ("Halvard North America", "Halvard Europe"). */
const MACRO_REGIONS = new Set(['europe', 'north america', 'south america', 'latin america', 'america', 'americas', 'asia', 'asia pacific', 'africa',
  'middle east', 'emea', 'apac', 'oceania', 'scandinavia', 'nordics', 'benelux', 'iberia']);
/** Particles that continue a firm's name as a family name does ("Harcourt de Valmy"). */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'von', 'van', 'di', 'da', 'del']);
/** Head nouns of programmes: "the Growth Plan" … "the Growth Plan for Europe" name one plan. */
const PROGRAMME_HEADS = new Set(['plan', 'programme', 'program', 'fund', 'fonds', 'strategy', 'strategie', 'initiative', 'facility', 'pact',
  'pacte', 'scheme', 'deal', 'agenda']);
const PROGRAMME_LINKS = new Set(['for', 'of', 'pour', 'de', 'du', 'des', 'd']);

/**
 * How the rest of a full name continues its short form, when it names the same body:
 * - `firm`: legal forms, generic firm words or more names ("Industries Group");
 * - `establishment`: what kind of establishment it is ("Distillery", "Bank");
 * - `regional unit`: a place after the name, with firm words before it ("North America",
 *   "Industries Europe"): the unit an article names its firm by, unless the parent is named apart;
 * - `particle`: "de", "von" … and a name ("de Valmy").
 */
type RestKind = 'firm' | 'establishment' | 'regional unit' | 'particle';

function restKind(written: readonly string[], ctx: LeadingFormContext): RestKind | undefined {
  if (restIsFirm(written, ctx)) return 'firm';
  // "North America, Inc.": the legal form after the unit's name says nothing of which unit it is
  const rest = written.map((w) => w.replace(/,$/, ''));
  while (rest.length > 1 && CORPORATE_SUFFIXES.includes(fold(rest[rest.length - 1]!.replace(/\.$/, '')))) rest.pop();
  const f = rest.map((w) => fold(w.replace(/\.$/, '')));
  const generic = (x: string) => FIRM_WORDS.has(x) || ESTABLISHMENT_WORDS.has(x);
  if (f.some((x) => ESTABLISHMENT_WORDS.has(x)) && f.every(generic)) return 'establishment';
  // the place is the last words: "North America", "Industries Europe"
  // a country or a part of the world: a town after a name is rather a surname or a word of it ("Marks", "Stanley")
  for (let k = 0; k < rest.length; k++) {
    const place = rest.slice(k).join(' ');
    if (f.slice(0, k).every(generic) && /^\p{Lu}/u.test(rest[k]!) && (MACRO_REGIONS.has(fold(place)) || ctx.isCountry?.(place))) return 'regional unit';
  }
  if (rest.length >= 2 && NAME_PARTICLES.has(rest[0]!) && rest.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isCommonWord(fold(w)))) return 'particle';
  return undefined;
}

/** "Growth Plan" … "Growth Plan for Europe": a programme's head noun, then "for", "of", "pour" … and names. */
function programmeRest(short: readonly string[], rest: readonly string[]): boolean {
  return short.length >= 2 && PROGRAMME_HEADS.has(fold(short[short.length - 1]!)) && rest.length >= 2 && PROGRAMME_LINKS.has(fold(rest[0]!)) &&
    rest.slice(1).every((w) => /^\p{Lu}/u.test(w) || PROGRAMME_LINKS.has(fold(w)));
}

/** Words by which a sentence says a firm belongs to another ("X Iberia, a subsidiary of X Group"). */
const UNIT_WORDS = /\b(?:subsidiary|subsidiaries|filiale|filiales|unit of|division of|branch of|arm of|belonging to|owned by|d[ée]tenue? par|appartenant [àa])\b/iu;

/** Whether a sentence says a firm it names belongs to another. */
export const saysUnitOf = (sentence: string): boolean => UNIT_WORDS.test(sentence);

/** Whether a one-word form is a word a reader would not take for a name on its own. */
function plainWord(w: string, ctx: LeadingFormContext): boolean {
  const f = fold(w);
  return isCommonWord(f) || isGivenName(f) || DEMONYMS.has(f) || ctx.isPlace(w);
}

/**
 * Pairs (short form, full name) where the short form is the leading words of exactly one longer
 * company or organisation name of the article. `mentions` are the article's named mentions.
 */
export function leadingFormPairs(mentions: readonly LeadingFormMention[], ctx: LeadingFormContext): ShortFormPair[] {
  // per surface text: its types and cues over all its mentions (a strong cue anywhere counts)
  // ("the carmaker Garvel": a cue word before the name types it without making it a full name; "Garvel Motors" is one)
  const byText = new Map<string, { types: Set<EntityType>; cues: Set<MentionCue>; own: boolean; count: number }>();
  // names the text gives to another name ("Harlow-Brandt (HB)"): HB is that firm's, not a short form of "HB Iberia"
  const aliasOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    const s = byText.get(m.text) ?? { types: new Set(), cues: new Set(), own: false, count: 0 };
    s.types.add(m.type); s.cues.add(m.cue); s.count++;
    if (OWN_CUES.has(m.cue) && (m.cue !== 'cue' || !m.cueWord || words(matchKey(m.text)).includes(matchKey(m.cueWord)))) s.own = true;
    byText.set(m.text, s);
    for (const a of m.aliases ?? []) aliasOf.set(matchKey(a), (aliasOf.get(matchKey(a)) ?? new Set()).add(m.text));
  }
  const named = new Set([...byText.keys()].map(matchKey));
  const personWords = new Set<string>();
  for (const [text, s] of byText) if (s.types.has('Person')) for (const w of words(matchKey(text))) personWords.add(w);
  // full names, filed under each run of their leading words
  const longsByLead = new Map<string, string[]>();
  for (const [text, s] of byText) {
    const w = words(text);
    if (w.length < 2 || ![...s.types].some((t) => BODIES.has(t) || t === 'Program')) continue;
    for (let k = 1; k < w.length; k++) {
      const lead = matchKey(w.slice(0, k).join(' '));
      const l = longsByLead.get(lead) ?? [];
      l.push(text);
      longsByLead.set(lead, l);
    }
  }
  const evidence = (text: string) => [...byText.get(text)!.cues].some((c) => EVIDENCE_CUES.has(c));
  const out: ShortFormPair[] = [];
  for (const [text, s] of byText) {
    const key = matchKey(text);
    const all = longsByLead.get(key);
    if (!all) continue;
    const sw = words(text);
    const programme = [...s.types].every((t) => t === 'Program');
    if (!programme && (![...s.types].every((t) => BODIES.has(t)) || s.own)) continue;
    // a known place typed a company by a noun before it ("le groupe Jinjiang") is that company's name here
    const placeAsFirm = !programme && sw.length === 1 && (s.cues.has('cue') || s.cues.has('role')) && !isCommonWord(fold(text)) && !isGivenName(fold(text)) && !DEMONYMS.has(fold(text));
    // a given name used again and again for a firm, never for a person ("Nissan" four times after "Nissan North America")
    const nameAsFirm = !programme && sw.length === 1 && s.count >= 2 && isGivenName(fold(text)) && !isCommonWord(fold(text)) && !DEMONYMS.has(fold(text)) && !ctx.isPlace(text);
    if (!programme && !placeAsFirm && !nameAsFirm && (sw.length === 1 ? plainWord(text, ctx) : sw.every((w) => plainWord(w, ctx)) || ctx.isPlace(text))) continue;
    if (sw.some((w) => personWords.has(matchKey(w)))) continue;
    // the full names it may shorten: typed by evidence ("Garvel Opens" in a headline is no name), or continued by words
    // that say it is the same body ("Rosebank Distillery", "Halvard North America")
    const kindOf = (long: string): RestKind | 'programme' | undefined => {
      const rest = words(long).slice(sw.length);
      if (programme) return byText.get(long)!.types.has('Program') && programmeRest(sw, rest) ? 'programme' : undefined;
      return [...byText.get(long)!.types].some((t) => BODIES.has(t)) ? restKind(rest, ctx) : undefined;
    };
    const longs = all.filter((l) => programme ? kindOf(l) !== undefined : [...byText.get(l)!.types].some((t) => BODIES.has(t)) && (evidence(l) || (kindOf(l) ?? 'firm') !== 'firm'));
    if (!longs.length) continue;
    // two spellings of one full name are one name; two different full names make the short form ambiguous
    const distinct = new Set(longs.map(nameKey));
    if (distinct.size !== 1) continue;
    // of several spellings of the one full name, one whose rest says it is the same body ("Halvard North America" before "…, Inc.")
    const long = longs.find((l) => kindOf(l) !== undefined) ?? longs[0]!;
    const rest = words(long).slice(sw.length);
    const kind = kindOf(long);
    if (!kind) continue;
    if (kind === 'firm') {
      if (!evidence(long) || (placeAsFirm || nameAsFirm) && plainWord(text, ctx) || rest.some((w) => named.has(matchKey(w))) || named.has(matchKey(rest.join(' ')))) continue;
      out.push({ short: text, long, rule: 'leading-words' });
      continue;
    }
    // a unit the text says belongs to another firm, or a short form that is another name's alias, stays apart
    if ([...aliasOf.get(key) ?? []].some((o) => o !== long) || ctx.isStatedUnit?.(long)) continue;
    if (kind === 'particle' && rest.slice(1).some((w) => named.has(matchKey(w)))) continue;
    out.push({ short: text, long, rule: `leading-words (${kind})` });
  }
  return out;
}

/** "of", "de" and the determiners that may follow them before a jurisdiction's name. */
const OF_WORDS = new Set(['of', 'de', 'du', 'des', 'd']);
const OF_DETERMINERS = new Set(['the', 'la', 'le', 'l', 'les']);

/**
 * "the Court of Justice" … "the Court of Justice of the European Union", "la Chambre de commerce" … "la Chambre de commerce
 * de Lyon": a public body's name of two words or more, and the one longer name of the article that adds only "of" and the
 * jurisdiction it serves (a place, a country or a known union), name one body. The short form is common words, which the
 * leading-words rule leaves alone; the jurisdiction must be known (`isKnown`), so "the Court of Justice of Pellix" is not one.
 */
export function jurisdictionPairs(mentions: readonly LeadingFormMention[], isKnown: (name: string) => boolean): ShortFormPair[] {
  const bodies = [...new Set(mentions.filter((m) => m.type === 'Organization').map((m) => m.text))];
  if (bodies.length < 2) return [];
  // (filed by first word: each name compares with the few that start like it, not with every other)
  const byFirst = new Map<string, string[]>();
  for (const b of bodies) { const f = matchKey(words(b)[0] ?? ''); const l = byFirst.get(f); if (l) l.push(b); else byFirst.set(f, [b]); }
  const out: ShortFormPair[] = [];
  for (const short of bodies) {
    const sw = words(short);
    if (sw.length < 2) continue;
    const longs = byFirst.get(matchKey(sw[0]!))!.filter((long) => {
      const lw = words(long);
      if (lw.length <= sw.length + 1 || matchKey(lw.slice(0, sw.length).join(' ')) !== matchKey(short)) return false;
      const rest = matchKey(lw.slice(sw.length).join(' ')).split(' ');
      if (!OF_WORDS.has(rest[0]!)) return false;
      const place = rest.slice(OF_DETERMINERS.has(rest[1] ?? '') ? 2 : 1).join(' ');
      return place.length > 0 && isKnown(place);
    });
    if (new Set(longs.map(nameKey)).size === 1) out.push({ short, long: longs[0]!, rule: 'leading-words (jurisdiction)' });
  }
  return out;
}

/**
 * "the Orvane Summit" … "the Orvane Investment Summit": an event named with and without the common words before its head noun
 * is one event, when the article names one such longer event only. The shared words must include a word no dictionary knows (a
 * name: "Investment Summit" alone is the leading-words rule's or nobody's).
 */
export function eventPairs(mentions: readonly LeadingFormMention[]): ShortFormPair[] {
  const events = [...new Set(mentions.filter((m) => m.type === 'Program' || m.type === 'Organization').map((m) => m.text))]
    .filter((t) => { const w = words(t); return w.length >= 2 && EVENT_HEAD_NOUNS.has(fold(w[w.length - 1]!)); });
  if (events.length < 2) return [];
  const out: ShortFormPair[] = [];
  for (const short of events) {
    const sw = words(short);
    const lead = sw.slice(0, -1);
    if (!lead.some((w) => !isCommonWord(fold(w)))) continue;
    const longs = events.filter((long) => {
      const lw = words(long);
      const middle = lw.slice(lead.length, -1);
      return lw.length > sw.length && lw.length <= sw.length + 2 && matchKey(lw.slice(0, lead.length).join(' ')) === matchKey(lead.join(' ')) &&
        fold(lw[lw.length - 1]!) === fold(sw[sw.length - 1]!) && middle.every((w) => isCommonWord(fold(w)));
    });
    if (new Set(longs.map(nameKey)).size === 1) out.push({ short, long: longs[0]!, rule: 'leading-words (event)' });
  }
  return out;
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const STARTS_UPPER = /^\p{Lu}/u;
