/**
 * Short forms an article uses for a name it also gives in full, found by general rules — never by one
 * shared word ("Amazon France" and "Amazon Web Services" stay apart, so do "Tata Motors" and "Tata
 * Group"):
 * - initials, dotted or not, of a name of the article: "G.M." / "GM" = "General Motors";
 * - the capitals of a one-word name: "GF" = "GlobalFoundries", "ST" = "STMicroelectronics";
 * - the same letters with other spacing: "Cloud HQ" = "CloudHQ";
 * - the first part of a longer company name whose rest is names, not common words or places:
 *   "PSA" = "PSA Peugeot Citroën", "Total" = "TotalEnergies" (but not "Oracle" = "Oracle Cloud");
 * - the bare head of an institution named in full: "the Commission" = "European Commission";
 * - a model named with or without its maker: "3DS" = "Nintendo 3DS" when Nintendo is named;
 * - an acronym in the other language of a name defined in the text: "EFSI" = "FEIS" when FEIS is
 *   "Fonds européen pour les investissements stratégiques".
 * Pure: names in, pairs out; the resolver decides what entity each pair becomes.
 */
import type { EntityType } from '../graph/model.ts';
import { EVENT_HEAD_NOUNS, FIRM_TAIL_WORDS } from '../extract/lexicon/common.ts';
import { fold, matchKey } from '../extract/text/normalize.ts';
import { isCommonWord } from '../extract/lexicon/dictionary.ts';
import { englishInitials } from './translate-acronym.ts';
import { displayName, nameKey } from '../extract/names.ts';
import { DEMONYMS } from '../extract/lexicon/demonyms.ts';

export interface NamedSpan {
  text: string; type: EntityType;
  /** How the mention was typed ("gazetteer", "cue", "default" …): an acronym typed a place by a cue word may still abbreviate a body. */
  cue?: string;
  /** The lexicon's canonical name, when a lexicon entry typed the mention ("Commerce Department" → "U.S. Department of Commerce"). */
  canonical?: string;
}

export interface ShortFormPair { short: string; long: string; rule: string }

export interface ShortFormContext {
  /** Acronym → the full name the text gives for it ("FEIS" → "Fonds européen pour …"). */
  definitions: ReadonlyMap<string, string>;
  /** Whether a name is a known place (a country, region or city). */
  isPlace(name: string): boolean;
  /** Told of a short form left alone because it could stand for several names (for `explain`). */
  onAmbiguous?(short: string, longs: string[]): void;
}

/** What follows a project's own name: its phase number or the word for a project ("Mesquite Solar 1", "Desert Sunlight Project"). */
const PROJECT_REST = /^(?:\d{1,2}|[IVX]{1,3}|project|projet|projects)$/i;
const ACTOR = new Set<EntityType>(['Company', 'Organization', 'Program', 'Product']);
const BODIES = new Set<EntityType>(['Company', 'Organization']);
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'a', 'au', 'aux', 'en', '&',
  // Italian, Spanish, Portuguese, German and Dutch function words ("Cassa di Risparmio di Bolzano" → CRB)
  'di', 'del', 'della', 'delle', 'dei', 'degli', 'da', 'do', 'dos', 'das', 'y', 'e', 'von', 'der', 'und', 'fur', 'van']);
/** French "de" that an acronym may keep as its D ("Gaz de France" → GDF, "Électricité de France" → EDF). */
const FRENCH_OF = new Set(['de', 'du', 'd']);
const CORPORATE = FIRM_TAIL_WORDS;
/** Head nouns of institutions, named alone once the article has named them in full. */
const INSTITUTION_HEADS = new Set(['commission', 'council', 'conseil', 'parliament', 'parlement', 'court', 'cour', 'bank', 'banque',
  'agency', 'agence', 'fund', 'fonds', 'ministry', 'ministere', 'department', 'senate', 'senat', 'assembly', 'assemblee', 'authority',
  'autorite', 'board', 'committee', 'comite', 'federation', 'union', 'institute', 'institut', 'university', 'universite', 'administration',
  'tribunal', 'office', 'foundation', 'fondation', 'congress', 'congres']);

/**
 * French head nouns written before the name of an event or programme, which names it alone as well:
 * "le Sommet Choose France" is Choose France, "le salon Global Industrie" is Global Industrie. (An
 * English "X Conference" is another thing: X is often the organiser.)
 */
// (not EVENT_HEAD_NOUNS: these open a name and include programme nouns; an English head noun after a name is often its organiser's)
const LEADING_EVENT_HEADS = new Set(['sommet', 'salon', 'forum', 'festival', 'dispositif', 'programme', 'initiative']);

/** "CP Group": an acronym and a corporate word, the short form of "Charoen Pokphand Group" (the acronym's letters, undefined otherwise). */
function acronymWithTail(text: string): string | undefined {
  const w = text.split(/\s+/);
  // ("OB Pellix" … "Orvel Busch Pellix": or the last word of the full name, repeated after the initials of the words before it)
  return w.length === 2 && (CORPORATE.has(fold(w[1]!)) || CAPITAL_THEN_LOWER.test(w[1]!)) ? acronymLetters(w[0]!) : undefined;
}

/** "G.M." → "GM", "‘ST’" → "ST"; undefined when it is not written as an acronym. */
export function acronymLetters(s: string): string | undefined {
  const t = s.replace(/^[‘’'"“”«»\s]+|[‘’'"“”«»\s]+$/g, '');
  if (DOTTED_INITIALS.test(t)) return t.replace(/\./g, '');
  if (ACRONYM_SHAPE.test(t) && TWO_CAPITALS.test(t)) return t;
  // "T VC", "B BC": an initial broken off by a space (a transcript's or a scan's)
  if (SPLIT_INITIALS.test(t) && t.length <= 7) return t.replace(/ /g, '');
  return undefined;
}

/** The initial of a word, accents left out ("Électricité" → E). */
const initial = (w: string) => fold(w[0]!).toUpperCase();

/** The initials a name can be abbreviated to: of its words (connectors left out), of its capitals, in English. */
export function acronymsOf(name: string): ReadonlySet<string> {
  // speed: asked again and again for the same names (each pair tested, each bracket's words before it), read once
  let known = acronymsByName.get(name);
  if (known === undefined) {
    if (acronymsByName.size >= 20_000) acronymsByName.clear();
    known = acronymsOfName(name);
    acronymsByName.set(name, known);
  }
  return known;
}
const acronymsByName = new Map<string, ReadonlySet<string>>();

function acronymsOfName(name: string): Set<string> {
  const out = new Set<string>();
  // a name that nests an acronym: "Global Combat Air Programme (GCAP) International Government Organisation"
  // is abbreviated from its short inner form (GIGO) or without it
  const nested = NESTED_ACRONYM.exec(name);
  if (nested) {
    for (const a of acronymsOf(`${nested[2]} ${nested[3]}`)) out.add(a);
    for (const a of acronymsOf(`${nested[1]} ${nested[3]}`)) out.add(a);
    return out;
  }
  const words = name.split(/[\s'’\-]+/).filter((w) => w && !CONNECTORS.has(fold(w)));
  if (words.length >= 2) {
    out.add(words.map((w) => initial(w)).join(''));
    // corporate suffixes are often left out of the acronym ("Acme Widgets Corporation" → AW)
    const core = words.filter((w) => !CORPORATE.has(fold(w)));
    if (core.length >= 2 && core.length < words.length) out.add(core.map((w) => initial(w)).join(''));
  }
  // one word written with inner capitals: "GlobalFoundries" → GF, "STMicroelectronics" → STM
  if (words.length === 1 && HAS_LOWER.test(name)) {
    const caps = name.replace(/[^\p{Lu}]/gu, '');
    if (caps.length >= 2) out.add(caps);
  }
  if (words.length >= 2) { const en = englishInitials(name); if (en.length >= 2) out.add(en); }
  // "DOE" = "U.S. Department of Energy", "BOE" = "Bank of England": "of" gives its letter, a country's code before a body may be left out
  const all = name.split(/[\s'’\-]+/).filter(Boolean);
  const body = /^(?:U\.S\.|US|UK|U\.K\.|EU)$/.test(all[0] ?? '') && all.length >= 3 ? all.slice(1) : all;
  if (body.length >= 3 && body.includes('of')) {
    const letters = body.filter((w) => w === 'of' || !CONNECTORS.has(fold(w))).map((w) => initial(w)).join('');
    if (letters.length >= 3) out.add(letters);
  }
  if (body !== all && body.length >= 2) {
    const core = body.filter((w) => !CONNECTORS.has(fold(w)));
    if (core.length >= 2) out.add(core.map((w) => initial(w)).join(''));
  }
  // French acronyms often keep the "de": "Gaz de France" → GDF
  if (all.some((w) => FRENCH_OF.has(fold(w)))) {
    const letters = all.filter((w) => FRENCH_OF.has(fold(w)) || !CONNECTORS.has(fold(w))).map((w) => initial(w)).join('');
    if (letters.length >= 3) out.add(letters);
  }
  // a parent body's acronym before the name may be left out: "DOE Loan Programs Office" → LPO
  if (all.length >= 3 && /^\p{Lu}{2,5}$/u.test(all[0]!)) {
    const core = all.slice(1).filter((w) => !CONNECTORS.has(fold(w)));
    if (core.length >= 2 && core.every((w) => /^\p{Lu}/u.test(w))) out.add(core.map((w) => initial(w)).join(''));
  }
  return out;
}

/** Whether `short` (an acronym) abbreviates `long`. */
export function isAcronymOf(short: string, long: string): boolean {
  const a = acronymLetters(short);
  if (!a || a.length >= long.length) return false;
  if (acronymsOf(long).has(a)) return true;
  // the leading capitals of a one-word name up to its next part: "ST" of "STMicroelectronics"
  return long.startsWith(a) && CAPITAL_THEN_LOWER.test(long.slice(a.length)) && !/\s/.test(long);
}

const isDictionaryWord = (w: string) => isCommonWord(fold(w));
const compact = (s: string) => matchKey(s).replace(/ /g, '');

/** The rest of a name is made of names (not common words, places, corporate words or codes). */
function restIsNames(rest: string[], ctx: ShortFormContext): boolean {
  if (!rest.length || ctx.isPlace(rest.join(' '))) return false;
  return rest.every((w) => CAPITAL_THEN_LOWER.test(w) && !CORPORATE.has(fold(w)) && !ctx.isPlace(w) && !isDictionaryWord(w));
}

/**
 * Pairs (short form, full name) among the distinct names of one article. A short form that could
 * abbreviate two different names is left alone.
 */
export function shortFormPairs(names: readonly NamedSpan[], ctx: ShortFormContext): ShortFormPair[] {
  const distinct = new Map<string, NamedSpan>();
  // "70 % du capital de GDF" types GDF a place by the word before it; an acronym is no place unless the gazetteer knows it
  const actor = (n: NamedSpan) => ACTOR.has(n.type) || (n.type === 'Region' && n.cue !== 'gazetteer' && acronymLetters(n.text) !== undefined);
  for (const n of names) if (actor(n) && !distinct.has(n.text)) distinct.set(n.text, n);
  const list = [...distinct.values()];
  const byShort = new Map<string, ShortFormPair[]>();
  const add = (short: string, long: string, rule: string) => {
    const l = byShort.get(short) ?? [];
    if (!l.some((p) => p.long === long)) l.push({ short, long, rule });
    byShort.set(short, l);
  };
  const named = new Set(list.map((n) => matchKey(n.text)));
  const companies = new Set(list.filter((n) => n.type === 'Company' || n.type === 'Organization').map((n) => matchKey(n.text)));
  // each name is filed under the keys a short form of it could have, so each short form looks up
  // its few candidates instead of comparing with every name (a long report names thousands)
  const byKey = new Map<string, NamedSpan[]>();
  const file = (key: string, l: NamedSpan) => { const k = byKey.get(key); if (!k) byKey.set(key, [l]); else if (k[k.length - 1] !== l) k.push(l); };
  // acronyms are worked out only when the article writes one (most short news items do not)
  const acronyms = new Map(list.map((n) => [n, acronymLetters(n.text)]));
  const tailed = new Map(list.map((n) => [n, acronymWithTail(n.text)]));
  const anyAcronym = [...acronyms.values()].some(Boolean) || [...tailed.values()].some(Boolean);
  for (const l of list) {
    const words = l.text.split(/\s+/);
    if (anyAcronym) for (const a of acronymsOf(l.text)) file(`a:${a}`, l);
    file(`c:${compact(l.text)}`, l);
    if (words.length === 1) {
      // "ST|Microelectronics", "Total|Energies": the parts before an inner capital
      for (let k = 2; k < l.text.length - 1; k++) if (HAS_UPPER.test(l.text[k]!) && HAS_LOWER.test(l.text[k + 1]!)) file(`p:${l.text.slice(0, k)}`, l);
    } else {
      file(`w:${words[0]}`, l);
      file(`w:${words[words.length - 1]}`, l);
      if (words.length >= 4) file(`w:${words[1]}`, l); // "U.S. Department of Commerce": the head after a country
      for (let i = 1; i < words.length; i++) file(`m:${words.slice(i).join(' ')}`, l);
      // ("Desert Sunlight" … "Desert Sunlight Project": the leading words of a project's name)
      if (PROJECT_REST.test(displayName(l.text).split(/\s+/).pop()!)) for (let i = 2; i < words.length; i++) file(`f:${words.slice(0, i).join(' ')}`, l);
    }
  }
  const candidates = (s: NamedSpan, acr: string | undefined) => {
    const out = new Set<NamedSpan>();
    const tail = tailed.get(s);
    const last = tail ? s.text.split(/\s+/).pop() : undefined;
    for (const key of [acr && `a:${acr}`, acr && `p:${acr}`, tail && `a:${tail}`, last && `w:${last}`, `c:${compact(s.text)}`, `p:${s.text}`, `w:${s.text}`, `m:${s.text}`, `f:${s.text}`]) {
      if (key) for (const l of byKey.get(key) ?? []) out.add(l);
    }
    return out;
  };
  for (const s of list) {
    const sWords = s.text.split(/\s+/);
    const acr = acronyms.get(s);
    for (const l of candidates(s, acr)) {
      if (l === s || l.text.length <= s.text.length && !acr) continue;
      const lWords = l.text.split(/\s+/);
      if (acr && l.text !== s.text && isAcronymOf(s.text, l.text)) { add(s.text, l.text, 'acronym'); continue; }
      if (compact(s.text) === compact(l.text) && matchKey(s.text) !== matchKey(l.text) && s.text.length < l.text.length) { add(s.text, l.text, 'spacing'); continue; }
      if (l.text.length <= s.text.length) continue;
      // "CP Group" … "Charoen Pokphand Group": the acronym of a name and its corporate word
      const tail = tailed.get(s);
      if (tail && lWords.length > 2 && lWords[lWords.length - 1] === sWords[1] && (isAcronymOf(tail, l.text) || isAcronymOf(tail, lWords.slice(0, -1).join(' ')))) { add(s.text, l.text, 'acronym'); continue; }
      // "the Summit", "the Investment Summit" … "SelectUSA Investment Summit": the last words of an event named in full
      // (a tail of a longer name is no full name: "Summit" goes to the longest)
      if (l.type === 'Program' && lWords.length > sWords.length && l.text.endsWith(` ${s.text}`) && EVENT_HEAD_NOUNS.has(fold(sWords[sWords.length - 1]!)) &&
        !list.some((o) => o !== l && o.text.endsWith(` ${l.text}`)) &&
        !ctx.isPlace(l.text.slice(0, l.text.length - s.text.length - 1))) { add(s.text, l.text, 'event tail'); continue; }
      if (sWords.length === 1 && (l.type === 'Company' || l.type === 'Organization') && (s.type === 'Company' || s.type === 'Organization')) {
        // "PSA" … "PSA Peugeot Citroën"; "Total" … "TotalEnergies"
        // (a rest named on its own is another party: "Vantor Zentra", formed by Vantor and Zentra)
        // ("Orvel" … "Orvel Pellix Corporation": the legal form after the rest is no part of it)
        const rest = lWords[0] === s.text ? displayName(l.text).split(/\s+/).slice(1) : [];
        if (lWords.length >= 2 && lWords[0] === s.text && restIsNames(rest, ctx) && !rest.some((w) => named.has(matchKey(w)))) { add(s.text, l.text, 'prefix'); continue; }
        if (lWords.length === 1 && s.text.length >= 3 && l.text.startsWith(s.text) && CAPITAL_THEN_LOWER.test(l.text.slice(s.text.length))) { add(s.text, l.text, 'prefix'); continue; }
        // "Commission" … "European Commission", "Commission européenne"
        // ("Department" … "U.S. Department of Commerce", "Court" … "EU Court of Justice": after a country's or a union's name or code)
        if (lWords.length >= 2 && INSTITUTION_HEADS.has(fold(s.text)) && (lWords[0] === s.text || lWords[lWords.length - 1] === s.text ||
          (lWords.length >= 4 && lWords[1] === s.text && (ctx.isPlace(lWords[0]!) || DOTTED_INITIALS_2_3.test(lWords[0]!) || CODE_2_3.test(lWords[0]!))))) { add(s.text, l.text, 'institution'); continue; }
      }
      // "Choose Valmy" … "Sommet Choose Valmy": a French head noun before an event's or programme's own name
      if (lWords.length === sWords.length + 1 && l.text.endsWith(` ${s.text}`) && LEADING_EVENT_HEADS.has(fold(lWords[0]!)) && /^\p{Lu}/u.test(s.text) &&
        !sWords.every((w) => isDictionaryWord(w)) && !ctx.isPlace(s.text)) { add(s.text, l.text, 'event head'); continue; }
      // "Transition Board" … "Port Talbot Transition Board": a body named with or without the place it serves (a place no list
      // knows too, when the short form is a body as well and no longer name ends with the full one)
      if (sWords.length >= 2 && lWords.length > sWords.length && l.text.endsWith(` ${s.text}`) && INSTITUTION_HEADS.has(fold(sWords[sWords.length - 1]!)) &&
        (ctx.isPlace(l.text.slice(0, l.text.length - s.text.length - 1)) ||
          (BODIES.has(s.type) && BODIES.has(l.type) && !list.some((o) => o !== l && o.text.endsWith(` ${l.text}`))))) { add(s.text, l.text, 'institution'); continue; }
      // "Growth Act" … "Freedonian Growth Act": a name of two words or more said without the adjective of origin it opens with
      // (round 11; one word alone is a common noun or another firm: "Airlines" is not "Freedonian Airlines")
      if (sWords.length >= 2 && lWords.length === sWords.length + 1 && l.text.endsWith(` ${s.text}`) && DEMONYMS.has(fold(lWords[0]!)) &&
        (s.type === l.type || (BODIES.has(s.type) && BODIES.has(l.type))) && !ctx.isPlace(s.text)) { add(s.text, l.text, 'demonym'); continue; }
      // "Growth Deal" … "Orvel and Pellbury Growth Deal": a programme of two words or more named without what it is of
      if (s.type === 'Program' && l.type === 'Program' && sWords.length >= 2 && lWords.length > sWords.length && l.text.endsWith(` ${s.text}`) &&
        !list.some((o) => o !== l && o.text.endsWith(` ${l.text}`)) && !ctx.isPlace(s.text)) { add(s.text, l.text, 'programme tail'); continue; }
      // "Desert Sunlight" … "Desert Sunlight Project", "Mesquite Solar" … "Mesquite Solar 1": a project named without its project
      // word or its phase number (round 10)
      const lBare = displayName(l.text).split(/\s+/);
      if (lBare.length > sWords.length && sWords.length >= 2 && l.text.startsWith(`${s.text} `) && lBare.slice(sWords.length).every((w) => PROJECT_REST.test(w)) &&
        !ctx.isPlace(s.text)) { add(s.text, l.text, 'project'); continue; }
      // "3DS" … "Nintendo 3DS": the model (a product, or a model number) without its maker
      if (lWords.length >= 2 && (s.type === 'Product' || l.type === 'Product' || /\d/.test(s.text)) && l.text.endsWith(` ${s.text}`)) {
        const maker = l.text.slice(0, l.text.length - s.text.length - 1);
        if (companies.has(matchKey(maker)) && !ctx.isPlace(s.text) && !sWords.every((w) => isDictionaryWord(w))) { add(s.text, l.text, 'model'); continue; }
      }
    }
  }
  // an acronym in the other language: "EFSI" when the text defines "FEIS" as a French name whose English initials are EFSI
  const letters = (a: string) => [...a].sort().join('');
  const defined = new Map<string, Array<[string, string]>>();
  for (const [a, full] of ctx.definitions) { const k = letters(a); defined.set(k, [...(defined.get(k) ?? []), [a, full]]); }
  for (const s of ctx.definitions.size ? list : []) {
    const a = acronyms.get(s);
    if (!a || a.length < 3 || byShort.has(s.text)) continue;
    for (const [d, full] of defined.get(letters(a)) ?? []) {
      if (d !== a && (englishInitials(full) === a || acronymsOf(full).has(a))) add(s.text, d, 'translation');
    }
  }
  const canonicalOf = new Map(list.filter((n) => n.canonical).map((n) => [n.text, n.canonical!]));
  const out: ShortFormPair[] = [];
  for (const pairs of byShort.values()) {
    // ambiguous short forms stay apart ("Tata" with "Tata Steel" and "Tata Chemicals" both named)
    // (two spellings of one name, "U.S. Department of Commerce" and "Department of Commerce", are one name)
    // ("Commerce Department" and "U.S. Department of Commerce": one lexicon entry, one name)
    const longs = new Set(pairs.map((p) => nameKey(canonicalOf.get(p.long) ?? p.long)));
    if (longs.size === 1) out.push(pairs[0]!);
    else ctx.onAmbiguous?.(pairs[0]!.short, pairs.map((p) => p.long));
  }
  return out;
}

/**
 * Acronyms the text defines in brackets after a name it does not capitalise as a name:
 * "du Fonds européen pour les investissements stratégiques (FEIS)" → FEIS = "Fonds européen pour …".
 */
const BRACKET_ACRONYM = /\(\s*[‘’'"“«]?\s*(\p{Lu}[\p{Lu}\d&]{1,7})\s*[’'"”»]?\s*(?:[)–—,-])/gu; // module constant: see LOWER_ELISION
/** A lower-case elided word before a name ("l'", "d'"). (A module constant: esbuild rebuilds a `\p{…}` literal at every evaluation inside a function.) */
const LOWER_ELISION = /^[\p{Ll}]+['’]/u;

export function bracketDefinitions(sentences: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const re = BRACKET_ACRONYM; // (reset before each sentence; nothing it calls uses it)
  for (const s of sentences) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const acr = m[1]!;
      if (out.has(acr)) continue;
      const before = s.slice(Math.max(0, m.index - 160), m.index).split(/\s+/).filter(Boolean);
      // the shortest run of words before the bracket whose initials are the acronym
      for (let k = 2; k <= Math.min(before.length, 10); k++) {
        const name = before.slice(before.length - k).join(' ').replace(LOWER_ELISION, '');
        if (!STARTS_LETTER.test(name)) continue;
        const initials = acronymsOf(name);
        if (initials.has(acr) && STARTS_UPPER.test(name)) { out.set(acr, name); break; }
      }
    }
  }
  return out;
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,6}$/u;
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const SPLIT_INITIALS = /^(?:\p{Lu} \p{Lu}{2,4}|\p{Lu}{2,4} \p{Lu})$/u;
const NESTED_ACRONYM = /^(.+?)\s*\((\p{Lu}[\p{Lu}\d&]{1,7})\)\s*(.+)$/u;
const HAS_LOWER = /\p{Ll}/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const DOTTED_INITIALS_2_3 = /^(?:\p{Lu}\.){2,3}$/u;
/** A code of two or three capitals ("EU", "UN", "US"). */
const CODE_2_3 = /^\p{Lu}{2,3}$/u;
const STARTS_LETTER = /^\p{L}/u;
const STARTS_UPPER = /^\p{Lu}/u;
