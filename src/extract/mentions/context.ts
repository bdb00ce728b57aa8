/**
 * Typing cues read around a candidate: nouns before it ("la start-up X", "le sommet X", "PDG de X",
 * "l'allemand X"), words after it ("X Inc", "X, le concurrent français", "X summit", "X's president").
 * Each function reads one kind of cue and is testable alone.
 */
import type { EntityType } from '../../graph/model.ts';
import type { CueIndex, PhraseSet } from '../cue-index.ts';
import { FIRST_NAMES, isCommonGivenName, isGivenName } from '../lexicon/first-names.ts';
import { isCommonWord } from '../lexicon/dictionary.ts';
import { ADJECTIVE_ENDING, isHonorific, NAME_TAIL_TYPES, ORGANIZATION_HEADS, PLANT_NOUNS } from '../lexicon/common.ts';
import { joinedLower, type Token } from '../text/tokens.ts';
import type { Candidate } from './candidates.ts';
import { isCorporateSuffix } from './candidates.ts';

export interface TypeCue {
  type: EntityType | 'address';
  confidence: number;
  cue: 'cue' | 'role' | 'first-name' | 'suffix';
  word?: string;
  nationality?: string;
}

/** Head nouns that open a place's name ("Mount", "Mt.", "Fort", "Bayou", "Lake", "Lac"); matched on the written form. */
const PLACE_HEADS = /^(?:Mount|Mt|Fort|Ft|Bayou|Lake|Lac|Mont)$/;
/** After a place's head noun ("Lake", "Mt."), one name at most, "St." or "Saint" aside ("Mt. Vernon", "Fort St. Orvel"). */
function placeHeadRest(tokens: readonly Token[], c: Candidate): boolean {
  let words = 0;
  for (let k = c.i + 1; k <= c.j; k++) if (tokens[k]!.kind === 'word' && !/^(?:st|saint|ste|sainte)$/.test(tokens[k]!.lower)) words++;
  return words <= 1;
}

/** Words that end the left window: a verb or a clause boundary lies between the cue and the name. */
const BREAKERS = new Set(["qu'", 'que', 'qui', 'that', 'which', 'who', 'a', 'ont', 'est', 'sont', 'sera', 'etait', 'has', 'have',
  'had', 'is', 'was', 'were', 'are', 'will', 'said', 'selon', 'declare', 'annonce', 'pour', 'par', 'by', 'avec', 'with', 'dans', 'in',
  'en', 'sur', 'on', 'to', 'for', 'et', 'and', 'at', 'from', 'lors', 'during', 'pendant', 'au', 'aux', 'into', 'vers', 'through', 'via',
  // modal verbs: "the Act would provide X", "le plan doit aider X": the cue noun is the subject of a verb, X its object
  'would', 'could', 'should', 'can', 'must', 'might', 'shall', 'va', 'doit', 'peut', 'pourrait', 'devrait', 'pourra', 'devra',
  // a body's acts on a party: "Commission fines X", "the regulator cleared X" (the body acts, X is no body)
  'fines', 'fined', 'approves', 'approved', 'clears', 'cleared', 'blocks', 'blocked', 'prohibits', 'prohibited', 'authorises', 'authorizes',
  'authorised', 'authorized', 'orders', 'ordered', 'sends', 'sent', 'sanctionne', 'autorise', 'condamne', 'inflige']);

const FACILITIES = new Set(['chateau', 'site', 'sites', 'usine', 'usines', 'plant', 'plants', 'factory', 'factories', 'facility', 'facilities', 'campus', 'siege', 'headquarters', 'entrepot', 'warehouse', 'bureaux', 'offices', 'port', 'aeroport', 'airport', 'gare', 'station',
  'gigafactory', 'gigafactories', 'centre', 'center', 'centres', 'centers', 'datacenter', 'datacentre', 'hub', 'lab', 'laboratory', 'refinery', 'raffinerie', 'mine', 'terminal']);
/** "situé à X", "located in X", and months: "en novembre à X", "in May in X". */
const PLACE_VERBS = /^(?:situe|situee|situes|situees|located|based|base|basee|installe|installee|implante|implantee|headquartered|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** French place names: "Fos-sur-Mer", "Saint-Nazaire", "Neuilly-lès-Dijon". */
const PLACE_NAME = /(?:-(?:sur|sous|en|les|lès|lez|le|la|de|du|des|aux|à|au)-|^(?:saint|sainte|st|ste|san|santa|sao|são)-)/i;
const PLACE_AFTER = /^(?:(?:north|south|east|west|northeast|northwest|southeast|southwest) of|near|outside|(?:au|a l') (?:nord|sud|est|ouest)|pres de|dans la banlieue)\b/;
const INTRODUCERS = new Set(['dont', 'comme', 'notamment', 'including', 'like', 'namely']);
const PAIR_WORDS = new Set(['telles', 'tels', 'telle', 'tel', 'que', 'such', 'as']);
const INTRODUCER_PAIRS = new Set(['telles que', 'tels que', 'telle que', 'tel que', 'such as']);
const ROLE_LINKS = new Set(['de', "d'", 'du', 'of', 'at', 'chez', 'des']);
const DETERMINERS = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'the', 'a', 'an', 'du', 'au']);

const NOUN_CUES: Array<[keyof CueIndex, EntityType, number]> = [
  ['company', 'Company', 0.85], ['organization', 'Organization', 0.8], ['program', 'Program', 0.85],
  ['product', 'Product', 0.75], ['place', 'Region', 0.8],
];

export function isFirstName(word: string): boolean {
  return isGivenName(word.split(/[-]/)[0]!);
}

/** Person by given name: "Julia Berger", "Jean-Pierre Farandou". */
export function firstNameCue(tokens: readonly Token[], c: Candidate, lang?: 'en' | 'fr', alone?: ReadonlySet<string>): TypeCue | undefined {
  // "T.R.B. Rajaa", "J. K. Rowling": initials before a capitalised name
  // ("U.S. Department of Energy": a country's initials are no person's)
  if (INITIALS_THEN_NAME.test(c.text) && !/^(?:U\.S\.|U\.K\.|E\.U\.|U\.N\.)/.test(c.text)) return { type: 'Person', confidence: 0.8, cue: 'first-name' };
  // "Willis Towers Watson ('WTW')": a name given an acronym is a company's or a body's, not a person's
  if (c.j <= c.i || c.quoted || c.aliases?.some((a) => CAPITALS_2.test(a))) return undefined;
  // "Harland & Wolff", "Chicago Bridge & Iron": a name joined by "&" is a firm's, never one person's
  if (tokens.slice(c.i, c.j + 1).some((t) => t.text === '&')) return undefined;
  const words = tokens.slice(c.i, c.j + 1).filter((t) => t.kind === 'word');
  if (words.length < 2 || words.length > 4 || !words.every((w) => w.cap)) return undefined;
  // ("Lake Pellow", "Fort Orvel": a place's head noun, not a given name)
  if (PLACE_HEADS.test(words[0]!.text)) return undefined;
  // "Meg Whitman" in a French text: a given name that is a common word of another language only, before a surname that is no word
  // "Sue Gardner", "Holly Mumby-Croft" in an English text: a given name that is also a word of the text's language makes a
  // person only before a surname that is no word of either language, with nothing before it that makes a thing of it
  // ("General Atlantic": an adjective is no given name here)
  const wordGiven = !!lang && isCommonWord(words[0]!.lower, lang) && !/(?:al|ic|ive|ous|ary|ern|ish|ese|ian|ean)$/.test(words[0]!.lower) && TITLE_WORD_HYPHENATED.test(words[1]!.text) &&
    !isCommonWord(words[1]!.lower, 'en') && !isCommonWord(words[1]!.lower, 'fr') && !DETERMINERS.has(tokens[c.i - 1]?.lower ?? '') && !(alone?.has(words[0]!.lower));
  const commonGiven = !!lang && !isFirstName(words[0]!.lower) && isCommonGivenName(words[0]!.lower) && (!isCommonWord(words[0]!.lower, lang) || wordGiven) &&
    words.length === 2 && !isCommonWord(words[1]!.lower);
  if (!isFirstName(words[0]!.lower) && !commonGiven) return undefined;
  // a name of the large list only ("Schneider Electric", "Mégane E-Tech" are not people): a plain surname that is no company word
  if (!FIRST_NAMES.has(words[0]!.lower.split('-')[0]!)) {
    const last = words[words.length - 1]!;
    if (words[0]!.allCaps) return undefined; // "AWS France": an acronym, not a given name
    if (!SURNAME_SHAPE.test(last.text) || NAME_TAIL_TYPES[last.lower] || isCorporateSuffix(last.lower)) return undefined;
    // "à Sidi Kacem", "near Santa Rosa": after a place preposition it is a place
    if (/^(?:a|in|near|pres|en|au|aux)$/.test(tokens[c.i - 1]?.lower ?? '')) return undefined;
    // "investments at Vela Marton in Pellton": a site, named "at" and placed "in" a place, is no person
    if (tokens[c.i - 1]?.lower === 'at' && tokens[c.j + 1]?.lower === 'in' && tokens[c.j + 2]?.cap) return undefined;
    // "Dacia Sandero" after "Dacia": a first word the article writes alone is a brand (people are not named by their given name)
    if (alone?.has(words[0]!.lower)) return undefined;
    // "Rio Orvel Pellix": after a given name of the large list only, a middle word that is no given name makes no middle name
    if (words.length >= 3 && !words.slice(1, -1).every((w) => isFirstName(w.lower))) return undefined;
    // "la Dacia Sandero", "the Vela Prime": a determiner before it makes a thing
    if (DETERMINERS.has(tokens[c.i - 1]?.lower ?? '')) return undefined;
    // weaker than a company or product cue elsewhere in the article
    return { type: 'Person', confidence: 0.78, cue: 'first-name' };
  }
  return { type: 'Person', confidence: 0.85, cue: 'first-name' };
}

/** Lower-case nouns of a firm after "the NAME" ("the Orvane corporation", "the Pellix group"). */
export const FIRM_AFTER = /^(?:corporation|company|group|firm|organisation|organization|concern|conglomerate)$/;

/**
 * "the Orvane corporation", "The Vela Park organisation": a firm's noun after "the" and the name types it a company, more
 * surely than a last word ("Park") or a given name ("Harris") does. Not read for a known place ("the Leeds firm" is a firm
 * of Leeds): the caller asks it only of names no place list reads.
 */
export function firmNounAfter(tokens: readonly Token[], c: Candidate): TypeCue | undefined {
  const next = tokens[c.j + 1];
  if (!next || next.kind !== 'word' || next.cap || !FIRM_AFTER.test(next.lower) || tokens[c.i - 1]?.lower !== 'the') return undefined;
  return { type: 'Company', confidence: 0.85, cue: 'cue', word: next.lower };
}

/** French plural trade nouns that name a house after its founder ("les salaisons X", "les établissements X"), folded. */
const TRADE_HOUSES = /^(?:etablissements|salaisons|conserveries|fromageries|brasseries|biscuiteries|chocolateries|charcuteries|papeteries|tanneries|filatures|verreries|imprimeries|distilleries|minoteries)$/;

/** A capitalised name ending at k, with a trade house's plural noun right before it. */
function tradeHouseBefore(tokens: readonly Token[], k: number): boolean {
  let a = k;
  while (a >= 0 && a > k - 4 && tokens[a]!.kind === 'word' && tokens[a]!.cap) a--;
  return a < k && a >= 0 && TRADE_HOUSES.test(tokens[a]!.lower);
}

/** "Office Depot", "Bureau Supply": two words, the second an English common noun that is no adjective, body head or name tail. */
function nounCompound(tokens: readonly Token[], c: Candidate): boolean {
  const w = tokens[c.j]!;
  return c.j === c.i + 1 && w.kind === 'word' && w.cap && !w.allCaps && isCommonWord(w.lower, 'en') && !ADJECTIVE_ENDING.test(w.lower) &&
    !ORGANIZATION_HEADS.has(w.lower) && NAME_TAIL_TYPES[w.lower] === undefined;
}

/** The last word of a multi-word name types it: "Paris Air Show" (Program), "Deutsche Bank" (Company). */
export function tailCue(tokens: readonly Token[], c: Candidate): TypeCue | undefined {
  // "le ministère de la Transition énergétique", "the Ministry of Finance": a portfolio, not a name
  const det = /^(?:la|l'|the)$/.test(tokens[c.i - 1]?.lower ?? '') ? 1 : 0;
  if (/^(?:ministere|ministry)$/.test(tokens[c.i - 2 - det]?.lower ?? '') && /^(?:de|du|d'|of)$/.test(tokens[c.i - 1 - det]?.lower ?? '')) return { type: 'address', confidence: 1, cue: 'cue' };
  if (c.i === c.j && PLACE_NAME.test(tokens[c.i]!.text)) return { type: 'Region', confidence: 0.7, cue: 'cue' };
  if (c.j <= c.i) return undefined;
  // "Institut Pasteur", "University of Texas", "Agence spatiale européenne": a public body
  // ("Office Vantor": a head noun before an English noun that is no adjective modifies it, an English compound names no body)
  if (ORGANIZATION_HEADS.has(tokens[c.i]!.lower) && !nounCompound(tokens, c)) return { type: 'Organization', confidence: 0.8, cue: 'cue', word: tokens[c.i]!.lower };
  // "Pellam Economic Development Corporation", "Orvane Community Development Corp": a development corporation of a place or a
  // community is a public or non-profit body, its corporate word notwithstanding
  if (c.j >= c.i + 2 && /^(?:corporation|corp|company)$/.test(tokens[c.j]!.lower) && tokens[c.j - 1]!.lower === 'development' &&
    /^(?:economic|regional|community|urban)$/.test(tokens[c.j - 2]!.lower)) return { type: 'Organization', confidence: 0.85, cue: 'cue', word: 'development' };
  // "Banque européenne d'investissement", "Banque centrale", "World Bank"-like public banks
  if (/^(?:banque|bank)$/.test(tokens[c.i]!.lower) && /^(?:europeenne|centrale|mondiale|nationale|publique|federale|africaine|asiatique|european|central|national|federal)$/.test(tokens[c.i + 1]?.lower ?? '')) return { type: 'Organization', confidence: 0.8, cue: 'cue', word: 'banque' };
  // "le ministère de la Transition énergétique", "the Ministry of Finance": a portfolio, not a name
  // "Sommet pour l'action sur l'IA", "Forum on Digital Trade"
  if (/^(?:sommet|summit|forum|salon|rencontres|plan|programme|program|initiative|strategie|strategy|pacte|pact)$/.test(tokens[c.i]!.lower) && /^(?:pour|sur|on|for|de|du|des|d')$/.test(tokens[c.i + 1]?.lower ?? '')) return { type: 'Program', confidence: 0.8, cue: 'cue', word: tokens[c.i]!.lower };
  // "U.S. Department of Energy", "City University of New York", "Important Project of Common European Interest": a head noun
  // and its complement type the whole name, whatever its last word
  for (let k = c.i + 1; k < c.j; k++) {
    if (!/^(?:of|for|on|de|du|des|d')$/.test(tokens[k + 1]?.lower ?? '') || !tokens[k]!.cap) continue;
    const head = tokens[k]!.lower;
    if (ORGANIZATION_HEADS.has(head)) return { type: 'Organization', confidence: 0.8, cue: 'cue', word: head };
    if (INNER_PROGRAM_HEADS.test(head)) return { type: 'Program', confidence: 0.8, cue: 'cue', word: head };
    break;
  }
  const publicBody = publicFinanceCue(tokens, c);
  if (publicBody) return publicBody;
  const type = NAME_TAIL_TYPES[tokens[c.j]!.lower];
  // "Mt. Vernon", "Fort Orvel", "Bayou Pellet", "Lake Vantor": a place's head noun opens the name (two or three words, none a cue of its own)
  // ("Lake Brenton Velotronics": a head noun and two names or more name a firm after a place, not the place)
  if (!type && c.j - c.i <= 3 && PLACE_HEADS.test(tokens[c.i]!.text) && tokens[c.j]!.cap && !tokens[c.j]!.allCaps && placeHeadRest(tokens, c)) return { type: 'Region', confidence: 0.7, cue: 'cue', word: tokens[c.i]!.lower };
  // "Regional State aid", "Member State": an adjective or a common word before a place noun names no place
  if (type === 'Region' && c.j === c.i + 1 && !tokens[c.i]!.allCaps && isCommonWord(tokens[c.i]!.lower) && /(?:al|ar|ive|ic|er)$/.test(tokens[c.i]!.lower)) return undefined;
  return type ? { type, confidence: 0.8, cue: 'cue', word: tokens[c.j]!.lower } : undefined;
}

/** Words of a bank's or a fund's name that state a public purpose ("European Investment Bank", "Export-Import Bank", "British Business Bank"). */
const PUBLIC_PURPOSE = /^(?:investment|development|export-import|export|reconstruction|central|national|federal|reserve|infrastructure|business|monetary|world|european|asian|african|public|sovereign)$/;

/**
 * "European Investment Bank", "Export-Import Bank of the United States", "British Business Bank": a bank named by its public
 * purpose (no coined name in it) is a public body; "Community Bank", "Barclays Bank", "Deutsche Bank" are firms. A fund named so
 * ("European Investment Fund", "International Monetary Fund") is a body; other funds ("Regional Growth Fund") are schemes.
 */
function publicFinanceCue(tokens: readonly Token[], c: Candidate): TypeCue | undefined {
  let head = c.j;
  // ("… Bank of the United States": the head before its country)
  for (let k = c.i + 1; k < c.j; k++) if (/^(?:bank|fund)$/.test(tokens[k]!.lower) && tokens[k + 1]?.lower === 'of') { head = k; break; }
  const h = tokens[head]!.lower;
  if (h !== 'bank' && h !== 'fund' || head === c.i) return undefined;
  const words = tokens.slice(c.i, head).filter((t) => t.kind === 'word');
  if (words.some((t) => !t.allCaps && !isCommonWord(t.lower) && !PUBLIC_PURPOSE.test(t.lower))) return undefined;
  // ("Orvane Corporate and Investment Bank", "Merchant Bank": a bank for firms' business is a firm)
  if (words.some((t) => /^(?:corporate|commercial|merchant|private|retail|savings|cooperative)$/.test(t.lower))) return undefined;
  const purpose = words.some((t) => PUBLIC_PURPOSE.test(t.lower) && t.lower !== 'european' && t.lower !== 'national' && t.lower !== 'world' || (h === 'bank' && /^(?:world|national)$/.test(t.lower) && words.length === 1));
  if (purpose) return { type: 'Organization', confidence: 0.8, cue: 'cue', word: h };
  return h === 'fund' ? { type: 'Program', confidence: 0.8, cue: 'cue', word: h } : undefined;
}

/** Heads of programmes' names that go on with a complement ("Project of Common Interest", "Programme for Growth"). */
const INNER_PROGRAM_HEADS = /^(?:project|projet|programme|program|plan|initiative|strategy|strategie|act|fund|facility)$/;

/** "Le PDG de Capgemini, Aiman Ezzat", "CEO of Acme, Jane Roe": a name after a role of an organisation is a person. */
export function roleAppositionCue(tokens: readonly Token[], c: Candidate, cues: CueIndex): TypeCue | undefined {
  if (c.j <= c.i || tokens[c.i - 1]?.text !== ',') return undefined;
  // "chairman of Acme Group, Holvik Systems and …": a name ending on a company word is the next of a list of companies
  if (NAME_TAIL_TYPES[tokens[c.j]!.lower] || isCorporateSuffix(tokens[c.j]!.lower)) return undefined;
  // "Son directeur général, Vas Narasimhan,"
  if (cues.roles.endingAt(tokens, c.i - 2)) return { type: 'Person', confidence: 0.8, cue: 'role' };
  let k = c.i - 2;
  if (!tokens[k]?.cap) return undefined;
  while (k >= 0 && (tokens[k]!.cap || ROLE_LINKS.has(tokens[k]!.lower)) && !cues.roles.has(tokens[k]!.lower)) k--;
  while (k >= 0 && (ROLE_LINKS.has(tokens[k]!.lower) || DETERMINERS.has(tokens[k]!.lower))) k--;
  return k >= 0 && cues.roles.endingAt(tokens, k) ? { type: 'Person', confidence: 0.8, cue: 'role' } : undefined;
}

/**
 * Media named by how a text cites them: "told Reuters", "X reported", "rapporte X", "cité par X",
 * "a déclaré aux Echos" (strong); "according to X", "selon X", "d'après X" at the end of a clause
 * (weak: a company may be cited that way too, so any other cue of the name wins).
 */
const MEDIA_BEFORE_STRONG = /(?:^| )(?:told|reported by|quoted by|interviewed by|interview with|cited by|cite par|citee par|interroge par|interrogee par|rapporte|rapportent|(?:a |ont |avait )?(?:declare|explique|precise|indique|confie|affirme|assure|raconte)e? (?:a|au|aux|a l'))(?: the| le| la| les| l')?$/;
const REPORTING_VERB = /(?:^| )(?:a|ont|avait) (?:declare|explique|precise|indique|confie|affirme|assure|raconte)e?s? /;
const MEDIA_BEFORE_WEAK = /(?:^| )(?:according to|selon|d'apres|as reported by)(?: the| le| la| les| l')?$/;
const MEDIA_AFTER = /^(?:reported|reports|(?:a )?rapporte)(?: |$)/;
/** What may follow "X reported" when X is a medium ("Acme reported a loss" is a company's result). */
const AFTER_REPORTED = /^(?:[.,;:)»"”]|on|citing|earlier|late|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)?$/;

function wordsBefore(tokens: readonly Token[], i: number, n: number): string {
  return joinedLower(tokens, Math.max(0, i - n), i).replace(/' /g, "'");
}

export function mediaCue(tokens: readonly Token[], c: Candidate): TypeCue | undefined {
  // a leading capitalised article is part of the name ("The Guardian", "Les Echos"): read before it
  const before = wordsBefore(tokens, c.i, 5);
  if (MEDIA_BEFORE_STRONG.test(before)) return { type: 'Organization', confidence: 0.75, cue: 'cue', word: 'media' };
  const next = tokens[c.j + 1];
  const clauseEnd = !next || (next.kind === 'punct' && /^[.,;:)»"”!?]$/.test(next.text));
  // "…, a précisé Jean Roe, directeur de Pellix, aux Echos.": the addressee of a reporting verb said before
  if (clauseEnd && /, (?:a|au|aux|a l'|to)$/.test(before) && REPORTING_VERB.test(wordsBefore(tokens, c.i, c.i))) return { type: 'Organization', confidence: 0.7, cue: 'cue', word: 'media' };
  if (clauseEnd && MEDIA_BEFORE_WEAK.test(before)) return { type: 'Organization', confidence: 0.55, cue: 'cue', word: 'media' };
  const after = joinedLower(tokens, c.j + 1, c.j + 4).replace(/' /g, "'");
  const m = MEDIA_AFTER.exec(after);
  if (m && next?.kind === 'word') {
    const k = c.j + 1 + m[0].trim().split(' ').length;
    if (AFTER_REPORTED.test(tokens[k]?.lower ?? '')) return { type: 'Organization', confidence: 0.75, cue: 'cue', word: 'media' };
  }
  return undefined;
}

/** Nouns whose complement names a product: "the maker of X", "le créateur de X", "versions of X". */
const PRODUCT_OWNERS = /^(?:maker|makers|creator|creators|developer|developers|createur|createurs|createurs|concepteur|conceptrice|editeur|fabricant|inventeur|developpeur|versions?)$/;

/** "OpenAI, the maker of Chatly", "Orvane, le créateur de Chatly": a name after a maker noun and "of"/"de" is a product. */
export function productOwnerCue(tokens: readonly Token[], c: Candidate): TypeCue | undefined {
  let k = c.i - 1;
  if (/^(?:the|le|la|l')$/.test(tokens[k]?.lower ?? '')) k--;
  if (!/^(?:of|de|d'|du)$/.test(tokens[k]?.lower ?? '')) return undefined;
  const noun = tokens[k - 1];
  return noun && noun.kind === 'word' && !noun.cap && PRODUCT_OWNERS.test(noun.lower) ? { type: 'Product', confidence: 0.7, cue: 'cue', word: noun.lower } : undefined;
}

/** "une coentreprise …, baptisée Horsa", "a chatbot called Vela": a name given to the last cue noun before it. */
export function namedCue(tokens: readonly Token[], c: Candidate, cues: CueIndex): TypeCue | undefined {
  if (!/^(?:baptise|baptisee|baptises|baptisees|nomme|nommee|appele|appelee|called|named|dubbed)$/.test(tokens[c.i - 1]?.lower ?? '')) return undefined;
  for (let k = c.i - 2; k >= 0 && k >= c.i - 14; k--) {
    for (const [key, type, confidence] of NOUN_CUES) {
      if (type === 'Region' || !(cues[key] as PhraseSet).endingAt(tokens, k)) continue;
      // "dans les moteurs", "of chips": a complement, not the noun the name is given to
      const p = DETERMINERS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'des' ? k - 2 : k - 1;
      if (/^(?:dans|de|du|des|d'|in|of|for|pour|en)$/.test(tokens[p]?.lower ?? '')) continue;
      return { type, confidence: confidence - 0.1, cue: 'cue', word: tokens[k]!.lower };
    }
  }
  return undefined;
}

/** French nouns of firms written "X de <place>" (where they are) or "X de <owner>". */
const FIRM_OF = /^(?:entreprise|entreprises|societe|societes|pme|pmi|eti)$/;

/** Nearest cue noun before the candidate. */
export function leftCue(tokens: readonly Token[], c: Candidate, cues: CueIndex): TypeCue | undefined {
  const i = c.i;
  // "M. Le Maire", "Mr Smith", "Dr. Chen": an honorific before a name
  const h = tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
  if (isHonorific(tokens[h])) {
    // ("Mme Roe" … "le groupe Roe": a person's surname naming their group; the honorific says person as surely as the noun says firm)
    return { type: 'Person', confidence: 0.85, cue: 'role' };
  }
  // "Commissioner in charge of competition policy Jane Roe", "ministre chargé de l'industrie Jean Roe": a title and its remit in lower case
  if (c.j > c.i) {
    let k = i - 1;
    while (k > i - 7 && k >= 0 && tokens[k]!.kind !== 'punct' && !tokens[k]!.cap) k--;
    const remit = joinedLower(tokens, k + 1, i).replace(/' /g, "'");
    if (k < i - 1 && /^(?:in charge of|responsible for|charge(?:e)? (?:de|du|des|d')|en charge (?:de|du|des|d'))/.test(remit) && cues.roles.endingAt(tokens, k) > 0) return { type: 'Person', confidence: 0.8, cue: 'role' };
  }
  // "son site de Fos-sur-Mer", "a plant in Leipzig"
  // ("the facility in Orvex's complex": a possessive after the name makes it the owner, not the place)
  if (/^(de|d'|du|in|at|a)$/.test(tokens[i - 1]?.lower ?? '') && tokens[c.j + 1]?.kind !== 'possessive' && !/^['’]$/.test(tokens[c.j + 1]?.text ?? '') && (FACILITIES.has(tokens[i - 2]?.lower ?? '') ||
    // ("les usines autour de X": "autour de" is no facility's adjective, and a name no gazetteer knows may be the firm the plants work around)
    (FACILITIES.has(tokens[i - 3]?.lower ?? '') && tokens[i - 2]?.kind === 'word' && !tokens[i - 2]!.cap && (tokens[i - 2]!.lower !== 'autour' || c.gaz !== undefined)) ||
    // "le site Pellcorp T&D de Vierzon", "l'usine Orvane de Douai": the site's owner between the facility noun and "de"
    (/^(?:de|d')$/.test(tokens[i - 1]!.lower) && ownerAfterFacility(tokens, i - 2)) ||
    // "l'entreprise de Montataire", "une entreprise de Gironde": a firm "de" a place, or "de" its owner (the lexicons say which)
    (/^(?:de|d')$/.test(tokens[i - 1]!.lower) && FIRM_OF.test(tokens[i - 2]?.lower ?? '') && c.i === c.j))) {
    // "le site d'Orvane" may name the owner, "le site de Crolles" the place: a one-word name after "de" right after the noun says which by the lexicons (detect.ts)
    // ("son site de X": the owner is already said, X is the place)
    const owner = /^(?:de|d'|du)$/.test(tokens[i - 1]!.lower) && (FACILITIES.has(tokens[i - 2]?.lower ?? '') || FIRM_OF.test(tokens[i - 2]?.lower ?? '')) && c.i === c.j && !tokens[i]!.text.includes('-') &&
      !/^(?:son|sa|ses|leur|leurs|notre|nos|its|their|our)$/.test(tokens[i - 3]?.lower ?? '') &&
      // ("la raffinerie de Gonfreville l'Orcher": a place name that goes on)
      !(tokens[c.j + 1]?.kind === 'elision' && tokens[c.j + 2]?.cap);
    return { type: 'Region', confidence: 0.75, cue: 'cue', word: owner ? 'site-of' : undefined };
  }
  if (/^(in|at|a|near|pres)$/.test(tokens[i - 1]?.lower ?? '') && PLACE_VERBS.test(tokens[i - 2]?.lower ?? '')) return { type: 'Region', confidence: 0.7, cue: 'cue' };
  // "les salaisons Jean Roe à Lacaune": a French trade house, its founder's name, then "à" and the house's town
  if (tokens[i - 1]?.text === 'à' && tradeHouseBefore(tokens, i - 2)) return { type: 'Region', confidence: 0.7, cue: 'cue' };
  // "près de Grenoble", "aux abords de Lyon", "near Leeds", "outside Austin"
  if ((/^(de|d')$/.test(tokens[i - 1]?.lower ?? '') && /^(pres|abords|environs|proximite)$/.test(tokens[i - 2]?.lower ?? '')) || /^(near|outside)$/.test(tokens[i - 1]?.lower ?? '')) return { type: 'Region', confidence: 0.7, cue: 'cue' };
  // "à Rodez, dans l'Aveyron": a place that situates the place before it
  const d = /^(le|la|l'|les)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  if (/^(dans|in)$/.test(tokens[d]?.lower ?? '') && tokens[d - 1]?.text === ',' && /^(a|in|de|d')$/.test(tokens[d - 3]?.lower ?? '') && tokens[d - 2]?.cap) return { type: 'Region', confidence: 0.6, cue: 'cue' };
  // demonym right before, itself after a determiner (and maybe an adjective): "l'allemand X", "le petit français X"
  const prev = tokens[i - 1];
  if (prev && cues.demonyms.has(prev.lower) && !prev.cap) {
    const before = [tokens[i - 2], tokens[i - 3]].filter(Boolean).map((t) => t!.lower);
    const nationality = cues.demonyms.get(prev.lower);
    // "le président brésilien Lula da Silva": a role before the demonym makes a person
    if (tokens[i - 2] && cues.roles.endingAt(tokens, i - 2)) return { type: 'Person', confidence: 0.85, cue: 'role', nationality };
    // the cue word is the noun when there is one ("le groupe français X" → groupe), else the demonym
    const noun = tokens[i - 2] && cues.company.has(tokens[i - 2]!.lower) ? tokens[i - 2]!.lower : prev.lower;
    if (before.some((w) => DETERMINERS.has(w))) return { type: 'Company', confidence: 0.8, cue: 'cue', word: noun, nationality };
  }
  let nationality: string | undefined;
  let distance = 0;
  let apposition = false;
  for (let k = i - 1; k >= 0 && distance <= 5; k--) {
    const t = tokens[k]!;
    // "the company's Deeside factory": what follows a possessive belongs to the noun before it, it is not that noun
    if (t.kind === 'possessive') return undefined;
    if (t.kind === 'punct') {
      if (/["«“”»']/.test(t.text)) continue;
      if (t.text === ',' && isIntroducerAt(tokens, k + 1)) continue;
      if (t.text === ',' && k === lastIndexBefore(tokens, i)) { apposition = true; continue; }
      return undefined;
    }
    if (t.kind === 'word' && t.cap && k < i - 1 && !cues.roles.has(t.lower) && !cues.stop.has(t.lower) && !cues.leftCueWords.has(t.lower)) return undefined;
    // "the Tariffs and Vantor Commission Orvane's bid": a body's head ending the capitalised name before is no cue of this one
    if (t.kind === 'word' && t.cap && k === i - 1 && ORGANIZATION_HEADS.has(t.lower) && tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.cap && !isInitialToken(tokens, k - 1)) return undefined;
    // "Commission v Orvane", "Pellix vs. Commission": the other party of a case, not a noun describing the name
    if (/^(?:v|vs|versus)$/.test(t.lower)) return undefined;
    const cueWord = cues.leftCueWords.has(t.lower);
    const roleLen = cueWord ? cues.roles.endingAt(tokens, k) : 0;
    // "Prime Minister Modi", "le président Macron": a title of office right before a single name that is no word is a person
    // ("Commissioner Margrethe Vestager": or a full name of words no dictionary knows)
    const fullName = c.j > c.i && c.j - c.i <= 2 && tokens.slice(c.i, c.j + 1).every((w) => w.kind === 'word' && w.cap && !w.allCaps && !isCommonWord(w.lower));
    if (roleLen && k === i - 1 && (c.i === c.j || fullName) && OFFICE_BEFORE_NAME.test(t.lower) && !tokens[i]!.allCaps &&
      ![cues.roles, cues.stop, cues.company, cues.organization, cues.program, cues.place].some((set) => set.has(tokens[i]!.lower))) return { type: 'Person', confidence: 0.8, cue: 'role' };
    if (roleLen && distance <= 2) {
      const between = tokens.slice(k + 1, i).map((x) => x.lower);
      if (between.length && between.every((w) => ROLE_LINKS.has(w) || DETERMINERS.has(w) || /^(?:charge|chargee|delegue|deleguee|in charge|responsible|a|l'|for)$/.test(w))) {
        // "le ministre de l'Économie": a portfolio, not an organisation
        if (/^(ministre|minister|secretaire d'etat|secretary)$/.test(tokens[k]!.lower)) return { type: 'address', confidence: 1, cue: 'cue' };
        // "le maire de Thionville", "Député-maire de X", "Mayor of Leeds": a mayor's office is a town
        if (/^(?:maire|mayor|(?:depute|deputee|senateur|senatrice)-maire)$/.test(tokens[k]!.lower)) return { type: 'Region', confidence: 0.8, cue: 'cue', word: tokens[k]!.lower };
        const office = roleLen ? joinedLower(tokens, k - roleLen + 1, k + 1) : undefined;
        // "administrator of USDA", "Commissioner of the Agency": offices of public bodies
        if (office && PUBLIC_OFFICES.test(office)) return { type: 'Organization', confidence: 0.75, cue: 'role', word: office };
        return { type: 'Company', confidence: 0.75, cue: 'role', word: office };
      }
      if (between.every((w) => cues.demonyms.has(w)) && c.j > c.i) return { type: 'Person', confidence: 0.85, cue: 'role' };
    }
    if (cueWord && cues.address.endingAt(tokens, k) && distance <= 2) return { type: 'address', confidence: 1, cue: 'cue' };
    if (cueWord) for (const [key, type, confidence] of NOUN_CUES) {
      const set = cues[key] as PhraseSet;
      const len = set.endingAt(tokens, k);
      if (!len) continue;
      if (type === 'Region' && distance > 2) continue;
      // "au capital de X", "détient 20 % du capital de X": the French share capital, not the English "capital of X" (a city)
      if (type === 'Region' && tokens[k]!.lower === 'capital' && /^(?:au|du|le|son|sa|leur|dans|de|d')$/.test(tokens[k - 1]?.lower ?? '')) continue;
      // "le géant américain du logiciel X": "logiciel" complements the cue further left
      if (ROLE_LINKS.has(tokens[k - len]?.lower ?? '') && type === 'Product') continue;
      // "la stratégie d'Acme", "le sommet de Paris": a complement, not the cue's name
      // ("une chaîne de montage de l'Orvane A380": also across an article)
      if (type !== 'Region' && (ROLE_LINKS.has(lastWordBefore(tokens, i)?.lower ?? '') ||
        (/^(?:l'|la|le|les|the)$/.test(lastWordBefore(tokens, i)?.lower ?? '') && ROLE_LINKS.has(tokens[i - 2]?.lower ?? '')))) return undefined;
      const word = joinedLower(tokens, k - len + 1, k + 1);
      // "companies across Texas", "les entreprises en Bretagne": a place preposition between makes the name a complement, not the cue's name
      if (type !== 'Region' && tokens.slice(k + 1, i).some((x) => PLACE_LINKS.has(x.lower))) return undefined;
      // apposition ("un autre géant américain, Acme") names one company, never a plural or a program
      if (apposition && (type !== 'Company' || /[sx]$/.test(word))) return undefined;
      // "the German firm X": a demonym just before the cue noun
      for (const d of [tokens[k - len], tokens[k - len - 1]]) if (!nationality && d && cues.demonyms.has(d.lower)) nationality = cues.demonyms.get(d.lower);
      return { type, confidence, cue: 'cue', word, nationality };
    }
    if (cues.demonyms.has(t.lower)) nationality ??= cues.demonyms.get(t.lower);
    // "à l'Industrie" folds to "a l'…": a preposition there, not the verb "a"
    const preposition = t.lower === 'a' && /^(?:l'|la|le|les)$/.test(tokens[k + 1]?.lower ?? '');
    if (BREAKERS.has(t.lower) && !isIntroducerAt(tokens, k) && !preposition) return undefined;
    if (t.kind === 'word' || t.kind === 'number') distance++;
  }
  return undefined;
}

/** Whether the token at k opens its sentence (after quotes or brackets at most). */
function isInitialToken(tokens: readonly Token[], k: number): boolean {
  for (let n = k - 1; n >= 0; n--) if (tokens[n]!.kind !== 'punct' || !/["«“'(\[]/.test(tokens[n]!.text)) return false;
  return true;
}

/** Whether tokens[..k] end with a facility noun and a capitalised owner's name of up to four tokens. */
function ownerAfterFacility(tokens: readonly Token[], k: number): boolean {
  let n = k;
  while (n > k - 4 && n >= 0 && (tokens[n]!.cap || tokens[n]!.text === '&')) n--;
  return n < k && n >= 0 && FACILITIES.has(tokens[n]!.lower);
}

/** Last words of titles of office written before a surname ("President Macron", "Chancellor Scholz", "le ministre Dupont"). */
const OFFICE_BEFORE_NAME = /^(?:president|presidente|minister|ministre|chancellor|chancelier|chanceliere|secretary|senator|senateur|senatrice|governor|gouverneur|mayor|maire|commissioner|commissaire|ambassador|ambassadeur|ambassadrice|chairman|chairwoman|king|queen|roi|reine|emir|premier|depute|deputee|congressman|congresswoman)(?:-elect)?$/;

/** Prepositions of place: after them a name complements the noun before ("firms across England"). */
const PLACE_LINKS = new Set(['across', 'in', 'throughout', 'within', 'from', 'at', 'around', 'en', 'dans', 'partout']);

function lastIndexBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (!/["«“”»']/.test(tokens[k]!.text)) return k;
  return -1;
}

function lastWordBefore(tokens: readonly Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.kind !== 'punct') return tokens[k];
  return undefined;
}

function isIntroducerAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (INTRODUCERS.has(t.lower)) return true;
  if (!PAIR_WORDS.has(t.lower)) return false;
  const pair = `${t.lower} ${tokens[k + 1]?.lower ?? ''}`;
  const prevPair = `${tokens[k - 1]?.lower ?? ''} ${t.lower}`;
  return INTRODUCER_PAIRS.has(pair) || INTRODUCER_PAIRS.has(prevPair);
}

/** Titles held only in public bodies (a company has no administrator or commissioner in English). */
const PUBLIC_OFFICES = /^(?:(?:deputy |associate )?administrator|(?:deputy |assistant )?commissioner|under secretary|assistant secretary|deputy secretary)$/;

/** Cues after the candidate: suffix, possessive role, apposition, trailing program/product/place noun. */
export function rightCue(tokens: readonly Token[], c: Candidate, cues: CueIndex, isCountryAt: (tokens: readonly Token[], k: number) => boolean = () => false): TypeCue | undefined {
  const last = tokens[c.j]!;
  if (c.j > c.i && isCorporateSuffix(last.lower)) return { type: 'Company', confidence: 0.9, cue: 'suffix' };
  let k = c.j + 1;
  const next = tokens[k];
  if (!next) return undefined;
  if (next.kind === 'possessive' && tokens[k + 1] && cues.roles.startingAt(tokens, k + 1)) return { type: 'Company', confidence: 0.8, cue: 'role' };
  // "Powerdot (Portugal), opérateur …", "Iveco (Italie) 115 M€": a country in brackets after a name gives a company's origin
  if (next.text === '(' && isCountryAt(tokens, k + 1) && [k + 2, k + 3, k + 4].some((e) => tokens[e]?.text === ')' && tokens.slice(k + 1, e).every((t) => t.cap || t.kind !== 'word'))) return { type: 'Company', confidence: 0.6, cue: 'cue' };
  // "we have had Orvane from the United States, Pellix from Korea": a newcomer named by the country it comes from
  if (next.lower === 'from' && c.i === c.j && isCountryAt(tokens, k + 1)) return { type: 'Company', confidence: 0.6, cue: 'cue' };
  // "Nvidia CEO Jensen Huang"
  const role = cues.roles.startingAt(tokens, k);
  // "Business Secretary X", "Energy Minister Y": a portfolio, not a company
  const portfolio = /^(?:secretary|minister|ministre|secretaire)$/.test(tokens[k + role - 1]?.lower ?? '');
  // "Victoria Premier X", "Arizona Governor Y", "Lyon Mayor Z": the place a politician governs
  if (role && /^(?:premier|governor|gouverneur|mayor|maire)$/.test(tokens[k + role - 1]?.lower ?? '') && tokens[k + role]?.cap) return { type: 'Region', confidence: 0.7, cue: 'cue' };
  // "Industry analyst X", "Company chief Y": a common word opening the sentence qualifies the role, it employs nobody
  const modifier = c.initial && c.i === c.j && !last.allCaps && isCommonWord(last.lower);
  if (role && !portfolio && !modifier && tokens[k + role]?.cap && tokens[k + role]?.kind === 'word') {
    // "EPA Administrator X": the office of a public body
    if (PUBLIC_OFFICES.test(joinedLower(tokens, k, k + role))) return { type: 'Organization', confidence: 0.75, cue: 'role' };
    return { type: 'Company', confidence: 0.75, cue: 'role' };
  }
  if (next.kind === 'word' && !next.cap) {
    const p = cues.program.startingAt(tokens, k);
    if (p && /^(summit|forum|initiative|program|programme|plan|scheme|conference|roadmap|strategy|act)$/.test(next.lower)) {
      return { type: 'Program', confidence: 0.8, cue: 'cue', word: next.lower };
    }
    // "its Agentforce platform", "son service Orvia": a possessive makes even a platform or a service a product
    const owned = /^(?:its|their|his|her|son|sa|ses|leur|leurs|our|notre)$/.test(tokens[c.i - 1]?.lower ?? '');
    // ("the Orvane engine plants", "the Pellix car factory": a product word before a facility noun names what the owner's plant makes)
    if (cues.product.has(next.lower) && PLANT_NOUNS.test(tokens[k + 1]?.lower ?? '')) return { type: 'Company', confidence: 0.75, cue: 'cue', word: tokens[k + 1]!.lower };
    if (cues.product.startingAt(tokens, k) && (owned || !/^(service|system|platform|plateforme|marque|gamme|brand)$/.test(next.lower))) return { type: 'Product', confidence: 0.7, cue: 'cue', word: next.lower };
    // "its Orvik brand insulation", "their Pello brand", "Vantor's Orvik brand": a brand the owner names as its own is what it sells
    // ("the prestigious X brand" may be the firm; a possessive name owns only a brand here: "Vantor's Leeds operations" are a place's)
    if ((owned || (tokens[c.i - 1]?.kind === 'possessive' && tokens[c.i - 2]?.cap === true)) && /^(?:brand|brands)$/.test(next.lower)) return { type: 'Product', confidence: 0.7, cue: 'cue', word: next.lower };
    // "build its Vela Prime scanners": what a company calls its own before a plural noun
    if (owned && /^[a-z]{3,}s$/.test(next.lower) && !cues.company.has(next.lower) && !cues.place.has(next.lower) && !cues.stop.has(next.lower)) return { type: 'Product', confidence: 0.6, cue: 'cue', word: next.lower };
    // "Kering shares", "Nvidia stock": a listed company
    if (/^(shares|stock|stocks)$/.test(next.lower)) return { type: 'Company', confidence: 0.75, cue: 'cue', word: next.lower };
    // "the iPhone maker", "AirTag trackers", "Model Y vehicles"
    if (/^(maker|makers|trackers?|devices?|phones?|handsets?|laptops?|models?|chips?|vehicles?|cars?|drugs?|vaccines?|engines?)$/.test(next.lower)) {
      if (PLANT_NOUNS.test(tokens[k + 1]?.lower ?? '')) return { type: 'Company', confidence: 0.75, cue: 'cue', word: tokens[k + 1]!.lower };
      return { type: 'Product', confidence: 0.7, cue: 'cue', word: next.lower };
    }
    if (/^(province|region|state|prefecture|county)$/.test(next.lower)) return { type: 'Region', confidence: 0.8, cue: 'cue', word: next.lower };
    // "the United Steelworkers union", "le syndicat X" (after) : a union
    if (/^(union|unions|syndicat)$/.test(next.lower)) return { type: 'Organization', confidence: 0.75, cue: 'cue', word: next.lower };
    // "X et d'autres sociétés", "X and other companies"
    if (/^(et|and)$/.test(next.lower)) {
      let m = k + 1;
      if (tokens[m]?.lower === "d'") m++;
      if (/^(autres|other)$/.test(tokens[m]?.lower ?? '') && cues.company.startingAt(tokens, m + 1)) return { type: 'Company', confidence: 0.75, cue: 'cue' };
      // "the Ioniq 5 and other electric vehicles", "la Zoé et d'autres voitures électriques"
      if (/^(autres|other)$/.test(tokens[m]?.lower ?? '')) {
        for (const n of [m + 1, m + 2]) if (tokens[n]?.kind === 'word' && cues.product.startingAt(tokens, n)) return { type: 'Product', confidence: 0.7, cue: 'cue', word: tokens[n]!.lower };
      }
    }
  }
  // "basé à Veldhoven aux Pays-Bas", "a plant in Leipzig in Germany": a place in a country
  if (/^(a|in)$/.test(tokens[c.i - 1]?.lower ?? '') && /^(en|au|aux|in)$/.test(next.lower) && isCountryAt(tokens, k + 1)) return { type: 'Region', confidence: 0.75, cue: 'cue' };
  // "à Méault en Picardie": in French, "à X en Y" with a capitalised Y places X in the region Y
  if (tokens[c.i - 1]?.text === 'à' && next.lower === 'en' && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.cap && !tokens[k + 1]!.allCaps) return { type: 'Region', confidence: 0.7, cue: 'cue' };
  // "a plant in Grenay, France": a place and its country
  if (/^(a|in|at|near)$/.test(tokens[c.i - 1]?.lower ?? '') && next.text === ',' && isCountryAt(tokens, k + 1)) return { type: 'Region', confidence: 0.7, cue: 'cue' };
  // "à Fouju, en Seine-et-Marne", "in Cambrai, in northern France": a place and the larger place it is in
  if (/^(a|in)$/.test(tokens[c.i - 1]?.lower ?? '') && next.text === ',' && /^(en|au|aux|in|dans)$/.test(tokens[k + 1]?.lower ?? '') &&
    (tokens[k + 2]?.cap || (tokens[k + 2]?.kind === 'word' && /^(?:northern|southern|eastern|western|central|north|south|east|west|le|la|l'|the)$/.test(tokens[k + 2]!.lower) &&
      (tokens[k + 3]?.cap || isCountryAt(tokens, k + 3))))) return { type: 'Region', confidence: 0.7, cue: 'cue' };
  // "Waltham Cross, north of London", "Saclay, au sud de Paris"
  if (next.text === ',' && PLACE_AFTER.test(joinedLower(tokens, k + 1, k + 5))) return { type: 'Region', confidence: 0.75, cue: 'cue' };
  // "Orvik, which is used in body armor": a thing put to use, no actor
  if (next.text === ',' && /^(?:which|that)$/.test(tokens[k + 1]?.lower ?? '') && /^(?:is|are|was|were)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'used' &&
    /^(?:in|to|for|by|as|on)$/.test(tokens[k + 4]?.lower ?? '')) return { type: 'Product', confidence: 0.65, cue: 'cue', word: 'used' };
  const copula = /^(est|is|was|etait|reste|remains|devient|becomes)$/.test(next.lower);
  // the last item of a list ("par A, B et C, la société …") is not what the apposition describes
  const listEnd = /^(et|and|ou|or)$/.test(tokens[c.i - 1]?.lower ?? '');
  // "…, et Jean Roe, futur patron de X": a title in apposition still makes a person, even at a list's end
  if (listEnd && next.text === ',' && c.j > c.i) {
    for (let n = k + 1; n < k + 4 && tokens[n]; n++) {
      if (cues.roles.startingAt(tokens, n)) return { type: 'Person', confidence: 0.75, cue: 'role' };
      if (tokens[n]!.kind !== 'word' || tokens[n]!.cap) break;
    }
  }
  if ((next.text === ',' && !listEnd) || next.text === '(' || copula) {
    k++;
    let nationality: string | undefined;
    for (let n = 0; n < 5 && tokens[k]; n++, k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' && t.kind !== 'elision') break;
      if (DETERMINERS.has(t.lower) || t.lower === 'notre' || t.lower === 'son' || t.lower === 'sa' || t.lower === 'its') continue;
      if (cues.demonyms.has(t.lower)) { nationality = cues.demonyms.get(t.lower); continue; }
      // ("est devenue le premier constructeur": "premier" before a noun is the French adjective, no title)
      const role = /^(?:premier|premiere)$/.test(t.lower) && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap ? 0 : cues.roles.startingAt(tokens, k);
      // "the Summit, Secretary of Commerce Jane Roe, …", "at the EC, Secretary Roe toured": a title before a name is that name's
      if (role && next.text === ',' && holderAfterTitle(tokens, k + role)) break;
      if (role) return { type: 'Person', confidence: c.j > c.i || firstOf(tokens, c) ? 0.8 : 0.65, cue: 'role' };
      // ("Through the RGF, companies commit to …": a plural noun without a determiner after the comma opens a clause)
      if (n === 0 && next.text === ',' && /s$/.test(t.lower) && cues.company.startingAt(tokens, k) === 1 && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap) break;
      if (cues.company.startingAt(tokens, k)) {
        const after = tokens.slice(k, k + 4).map((x) => x.lower);
        return { type: 'Company', confidence: 0.8, cue: 'cue', word: t.lower, nationality: nationality ?? after.map((w) => cues.demonyms.get(w)).find(Boolean) };
      }
      if (cues.organization.startingAt(tokens, k)) return { type: 'Organization', confidence: 0.75, cue: 'cue', word: t.lower };
      // "Orvia Pay, a payments tool for small businesses"
      // only as an indefinite apposition: "X, a payments tool", "X, un traitement phare" (not "X, qui produit …")
      const indefinite = /^(?:un|une|a|an)$/.test(tokens[c.j + 2]?.lower ?? '') && k <= c.j + 4;
      // ("Orvane, a Swiss drug and diagnostics company": a product noun that qualifies a company noun is the company's trade)
      if (indefinite && cues.product.startingAt(tokens, k) && (c.j > c.i || !/^(?:platform|plateforme|service|system|systeme|software|logiciel|marque|brand|gamme)$/.test(t.lower))) {
        const firm = tradeOfCompanyNoun(tokens, k + 1, cues);
        if (firm) return { type: 'Company', confidence: 0.8, cue: 'cue', word: firm, nationality };
        return { type: 'Product', confidence: 0.65, cue: 'cue', word: t.lower };
      }
      if (/^(?:qui|que|dont|which|who|that)$/.test(t.lower)) break;
      // "Peng Xiao, G42's chief executive"
      if (t.cap && tokens[k + 1]?.kind === 'possessive' && cues.roles.startingAt(tokens, k + 2)) return { type: 'Person', confidence: 0.8, cue: 'role' };
      // "Vela, Orvane's COVID-19 vaccine", "Nexus, Pellix's flagship chip"
      if (t.cap && tokens[k + 1]?.kind === 'possessive' && [k + 2, k + 3, k + 4].some((n) => tokens[n]?.kind === 'word' && cues.product.has(tokens[n]!.lower))) return { type: 'Product', confidence: 0.7, cue: 'cue', word: 'possessive' };
      if (!t.cap && t.lower.length > 2) continue; // adjective: "le petit concurrent"
      break;
    }
  }
  return undefined;
}

/** Whether a name follows a title at k: a capitalised word, or a portfolio ("of Commerce", "for Trade") then a given name. */
function holderAfterTitle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind === 'word' && t.cap && !/^(?:of|for)$/i.test(t.text)) return true;
  if (!/^(?:of|for|de|du)$/.test(t?.lower ?? '')) return false;
  for (let n = k + 1; n <= k + 5 && tokens[n]?.kind === 'word' && (tokens[n]!.cap || /^(?:and|the|&)$/.test(tokens[n]!.lower)); n++) {
    if (isGivenName(tokens[n]!.lower) && !isCommonWord(tokens[n]!.lower) && tokens[n + 1]?.cap) return true;
  }
  return false;
}

/** The company noun a trade word qualifies, within three lower-case words ("drug and diagnostics company", "engine maker"). */
function tradeOfCompanyNoun(tokens: readonly Token[], k: number, cues: CueIndex): string | undefined {
  for (let m = k; m < k + 3 && tokens[m]?.kind === 'word' && !tokens[m]!.cap; m++) {
    if (cues.company.startingAt(tokens, m)) return tokens[m]!.lower;
    // ("un traitement phare du groupe X": a company noun after a preposition is the product's owner, not its trade)
    if (!/^(?:and|et)$/.test(tokens[m]!.lower) && cues.stop.has(tokens[m]!.lower)) return undefined;
    if (/^(?:qui|que|dont|which|who|that|of|for|du|de|des|d'|pour)$/.test(tokens[m]!.lower)) return undefined;
  }
  return undefined;
}

function firstOf(tokens: readonly Token[], c: Candidate): boolean {
  return isFirstName(tokens[c.i]!.lower);
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const INITIALS_THEN_NAME = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+/u;
const CAPITALS_2 = /^\p{Lu}{2,}$/u;
const TITLE_WORD_HYPHENATED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u;
