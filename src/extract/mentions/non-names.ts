/**
 * Capitalised spans that general knowledge says are no entity of the graph (round 9, classes counted on the released sets
 * 7, 8, 10 and 11): Roman ordinals ("XXIe siècle", "la XVIIe commission"), fiscal years and bill numbers ("FY 2011",
 * "HR 2565"), holidays ("Thanksgiving"), the governing boards of a body ("the Board of Directors of X", "the X Board"),
 * nicknames of a group of firms ("Big Three"), a plural title before its body ("les Présidents de Conseil régional"), a
 * demonym read as a name ("a Canadian maker of car parts"), and capitalised common words in a list of common nouns ("with
 * businesses, cooperatives, Tribes and local governments", "its Business, Cooperative and Housing programs").
 * Each dropped span is recorded for `newsgraph explain`.
 */
import type { EntityType } from '../../graph/model.ts';
import type { CueIndex } from '../cue-index.ts';
import { isCommonWord } from '../lexicon/dictionary.ts';
import { ADJECTIVE_ENDING, MONTH_NAMES, WORLD_REGION_ADJECTIVES } from '../lexicon/common.ts';
import { isGivenName } from '../lexicon/first-names.ts';
import { reject, tracing } from '../trace.ts';
import type { Token } from '../text/tokens.ts';

/** What this module reads of a typed candidate (detect.ts's own record). */
export interface NonNameCandidate {
  sentence: number;
  i: number;
  j: number;
  text: string;
  type?: EntityType;
  drop?: boolean;
  cue?: string;
  quoted?: boolean;
  aliases?: string[];
  weak?: boolean;
}

/** "XXIe", "XVIIe", "IIIe", "XIXth", "IIe": a Roman numeral with an ordinal ending (a century, a session, an edition). */
const ROMAN_ORDINAL = /^(?=[IVXLCDM]+(?:e|ème|eme|er|ère|re|th|st|nd|rd)$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?:e|ème|eme|er|ère|re|th|st|nd|rd)$/;
/** A numeral of one letter other than I, V, X is a word's capital ("Le", "Mer", "De"), not a number. */
const isRomanOrdinal = (text: string): boolean => ROMAN_ORDINAL.test(text) && (/^[IVX]/.test(text) || /^[IVXLCDM]{2}/.test(text));
/** Before a number: a fiscal or calendar year, a bill of Congress or Parliament ("FY 2011", "HR 2565", "H.R. 1"). */
const CODE_BEFORE_NUMBER = /^(?:fy|cy|hr|h\.r\.|s\.b\.|h\.b\.|bill)$/;
const FISCAL_YEAR = /^fy\d{2,4}$/;
/** Public holidays and feasts: dates, not actors. */
const HOLIDAYS = new Set(['thanksgiving', 'christmas', 'easter', 'halloween', 'hanukkah', 'ramadan', 'eid', 'diwali', 'passover',
  'noel', 'paques', 'toussaint', 'pentecote', 'ascension']);
const HOLIDAY_DAYS = /^(?:independence|labor|labour|memorial|veterans|presidents|columbus|boxing|new year's|new years|bastille|armistice|victory|mother's|father's|valentine's) day$/;
const DAY_OR_YEAR = /^(?:[1-9]|[12]\d|3[01]|1er|(?:1[89]|20)\d\d)$/;
/** The governing or managing board of a body ("Board of Directors", "Conseil d'administration"): a part of its owner, not an entity. */
const GOVERNING_BODIES = /^(?:(?:the )?board of (?:directors|governors|trustees|management)|(?:executive|supervisory|management) board|board|executive committee|conseil d'administration|conseil de surveillance|directoire|comite executif|comite de direction)$/;
/** "a new Labour Government", "the Conservative Government": the party in office, said for a period of office. */
const PARTY_GOVERNMENT = /^(?:labour|conservative|tory|liberal|liberal democrat|coalition|socialist|socialiste|gaullist|gaulliste|communist|communiste|democratic|republican|nationalist|unionist) (?:government|gouvernement)$/;
/** "Big Three", "Big Four": a nickname of a group of firms, no one firm. */
const GROUP_NICKNAME = /^big (?:two|three|four|five|six|seven|eight|ten)$/;
/** Plural nouns after a list of capitalised common words that make the words modifiers ("its Business, Cooperative and Housing programs"). */
const LIST_HEADS = new Set(['programs', 'programmes', 'programmes', 'services', 'offices', 'departments', 'divisions', 'agencies', 'sectors',
  'loans', 'grants', 'funds', 'units', 'areas', 'missions', 'activities', 'activites', 'secteurs', 'services', 'directions', 'branches']);
const LIST_SEPARATOR = /^(?:,|and|or|&|et|ou)$/;
/** Round 10: a war is an event ("the Second World War", "the Cold War"); a name before "war" only dates it ("the Falklands war"). */
const WAR = /^(?:war|wars|guerre|guerres)$/;
/** Awards and prizes ("… Antitrust Writing Award for Best Soft Law"): honours, no actor. */
const AWARD_HEADS = /^(?:award|awards|prize|prizes|medal|trophy|prix|trophee|trophees)$/;
/** Documents written in common words ("a new Memorandum of Understanding", "the Simplification Package"): texts, no actor. */
// (round 11: a newsletter's title in common words, "Competition Weekly", "Trade Bulletin")
const DOCUMENT_HEADS = /^(?:memorandum|understanding|package|report|review|notice|notices|statement|statements|communication|letter|paper|roadmap|declaration|protocole|rapport|feuille de route|weekly|monthly|digest|bulletin|newsletter|hebdo)$/;
/** A part of a law or a code cited by number ("Title XVII Section 1703", "Article 107", "Section 1705"). */
const LAW_PART = /^(?:title|section|article|chapter|part|paragraph|schedule|clause|titre|chapitre|alinea|annexe|annex)$/;
const NUMERAL = /^(?:\d+[a-z]?|[ivxlc]+)$/;
/** "Fiscal Year 2008", "Financial Year 2024": a year of accounts. */
const FISCAL_YEAR_WORDS = /^(?:fiscal|financial|budget|tax|calendar) year(?: \d{4}(?:-\d{2,4})?)?$/;
/** Letters after a name and a comma ("Jane Roe, CEcD, FM, is …"): degrees and credentials, no entity. */
const POSTNOMINAL = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{2,5}$/;
/** A French local council named by its kind (folded): which one the place it serves says, and the text does not name it here. */
const LOCAL_COUNCIL = /^conseil (?:regional|departemental|general|municipal|communautaire|metropolitain)$/;
/** Heads of French local authorities named by a lower-case adjective of their kind ("la Communauté urbaine", "la Collectivité départementale"). */
const LOCAL_AUTHORITY_HEADS = /^(?:communaute|collectivite|metropole)$/;
/** Latin set phrases of English and French prose, folded: their capitalised first word is no name. */
const LATIN_PHRASES = new Set(['quo vadis', 'status quo', 'statu quo', 'ad hoc', 'de facto', 'de jure', 'per se', 'vice versa', 'bona fide', 'pro rata',
  'inter alia', 'ex ante', 'ex post', 'mutatis mutandis', 'sine qua', 'qua non', 'a priori', 'a posteriori', 'in situ', 'ad infinitum']);

/** Whether the word at k makes a Latin set phrase with the word after or before it ("Quo vadis Europa?"). */
function latinPhrase(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  return LATIN_PHRASES.has(`${w} ${tokens[k + 1]?.lower ?? ''}`) || LATIN_PHRASES.has(`${tokens[k - 1]?.lower ?? ''} ${w}`);
}

const POSSESSIVE_DETERMINER = /^(?:my|our|your|his|her|their|mon|ma|notre|votre|son|sa|leur)$/;

export function dropNonNames(all: NonNameCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>, cues: CueIndex, lang: 'en' | 'fr'): void {
  // names the article writes alone: "the Ex-Im Bank Board" is the board of the bank named alone
  const alone = new Set<string>();
  for (const c of all) if (!c.drop && c.type) alone.add(c.text.toLowerCase());
  const departments = departmentPortfolios(all);
  for (const c of all) {
    // ("the Phoenix consortium": a company noun after it makes it a name, left to the type rules)
    const nextWord = tokensOf.get(c.sentence)![c.j + 1];
    if (!c.drop && c.cue === 'gazetteer' && c.type === 'Region' && c.i === c.j && !(nextWord && !nextWord.cap && (cues.company.has(nextWord.lower) || cues.organization.has(nextWord.lower))) &&
      commonWordTown(tokensOf.get(c.sentence)!, c, lang)) {
      c.drop = true;
      if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'a common word after "the" or ending a longer name, not the town named like it', rule: 'non-name' });
      continue;
    }
    if (c.drop || c.quoted || c.cue === 'gazetteer' || c.aliases?.length) continue;
    const tokens = tokensOf.get(c.sentence)!;
    const first = tokens[c.i]!, last = tokens[c.j]!;
    const words = tokens.slice(c.i, c.j + 1).map((t) => t.lower).join(' ');
    let reason: string | undefined;
    if (isRomanOrdinal(first.text) && (c.i === c.j || !isGivenName(tokens[c.i + 1]!.lower))) reason = 'a Roman ordinal (a century, a session, an edition)';
    else if ((c.i === c.j && CODE_BEFORE_NUMBER.test(first.lower) && tokens[c.j + 1]?.kind === 'number') ||
      (c.j === c.i + 1 && CODE_BEFORE_NUMBER.test(first.lower) && last.kind === 'number') || (c.i === c.j && FISCAL_YEAR.test(first.lower))) reason = 'a fiscal year or a bill number';
    else if (c.type !== 'Person' && (HOLIDAYS.has(words) || HOLIDAY_DAYS.test(words))) reason = 'a holiday';
    // "Since 1 May, A, B and C have …", "in May 2024": a month by a day or a year is a date, whatever list it stands in
    else if (c.i === c.j && c.type !== 'Person' && MONTH_NAMES.has(first.lower) && (DAY_OR_YEAR.test(tokens[c.i - 1]?.text ?? '') || DAY_OR_YEAR.test(tokens[c.j + 1]?.text ?? ''))) reason = 'a month by a day or a year (a date)';
    else if (c.type !== 'Person' && GOVERNING_BODIES.test(words)) reason = 'the governing board of a body, not a body of its own';
    else if (c.type !== 'Person' && PARTY_GOVERNMENT.test(words)) reason = 'a government named by its party (a period of office, no body)';
    else if (c.type !== 'Person' && c.j > c.i && ownedBoard(tokens, c, alone)) reason = 'the board of a body the article names';
    else if (c.type !== 'Person' && GROUP_NICKNAME.test(words)) reason = 'the nickname of a group of firms';
    else if (c.type !== 'Person' && c.j > c.i && pluralTitle(first, cues) && /^(?:de|du|des|d'|of)$/.test(tokens[c.i + 1]?.lower ?? '')) reason = 'a plural title and its body';
    else if (c.i === c.j && c.type !== 'Person' && !first.allCaps && cues.demonyms.has(first.lower) && tokens[c.j + 1]?.kind === 'word' && !tokens[c.j + 1]!.cap &&
      /^(?:a|an|the|un|une|le|la)$/.test(tokens[c.i - 1]?.lower ?? '')) reason = 'an adjective of origin before a noun';
    else if (c.i === c.j && c.type !== 'Person' && !first.allCaps && WORLD_REGION_ADJECTIVES.has(first.lower) && originBeforeNoun(tokens, c.i, cues)) reason = 'an adjective of a world region before a noun';
    else if (c.type !== 'Person' && roadNumber(tokens, c.i, c.j)) reason = 'a road and its number';
    // "Follow-on sales", "Spin-off companies": a compound of common words and a particle before a lower-case noun modifies it
    else if (c.i === c.j && c.type !== 'Person' && particleCompound(first, lang) && tokens[c.j + 1]?.kind === 'word' && !tokens[c.j + 1]!.cap) reason = 'a compound modifier of common words';
    else if (c.i === c.j && c.type !== 'Person' && latinPhrase(tokens, c.i)) reason = 'a word of a Latin set phrase ("Quo vadis", "Status quo")';
    else if (c.i === c.j && (c.weak || c.cue === 'list' || c.cue === 'article') && !first.allCaps && isCommonWord(first.lower, lang) && inCommonList(tokens, c.i, lang, cues)) reason = 'a capitalised common word in a list of common nouns';
    if (!reason) reason = addressReason(c, tokens, words);
    if (!reason) reason = round10Reason(c, tokens, words, all, cues, lang);
    if (!reason && c.i === c.j && c.type !== 'Person' && !first.allCaps && departments.has(first.lower) && isCommonWord(first.lower, lang)) reason = 'the portfolio of a department the article names in full ("Commerce" … "Department of Commerce")';
    if (!reason) continue;
    c.drop = true;
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason, rule: 'non-name' });
  }
}

/** "Department of Commerce", "U.S. Department of the Treasury", "Energy Department", "ministère de l'Industrie": a department named by its portfolio. */
const DEPARTMENT_OF = /^(?:\S+ )?(?:department|ministry|ministere|minist\u00e8re) (?:of |for |de |du |des |de la |de l'|de l’)(?:the )?(\p{L}+)$/iu;
const DEPARTMENT_AFTER = /^(\p{L}+) department$/iu;

/**
 * Portfolio words of the departments the article names in full: written alone ("Commerce’s Investment Summit", "U.S. Deputy
 * Commerce Secretary" in a headline) such a word is that department or a title's portfolio, never a firm of its own.
 */
function departmentPortfolios(all: readonly NonNameCandidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of all) {
    if (c.drop) continue;
    const m = DEPARTMENT_OF.exec(c.text) ?? DEPARTMENT_AFTER.exec(c.text);
    if (m) out.add(m[1]!.toLowerCase());
  }
  return out;
}

/** Nouns of address and courtesy ("the right hon. Gentleman", "the noble Lord", "Her Majesty's Government", "Your Excellency"). */
const ADDRESS_NOUNS = /^(?:gentleman|gentlemen|lady|ladies|friend|friends|lord|lords|baroness|member|members|majesty|highness|excellency|excellence|lordship|ladyship|grace)$/;
/** What stands before a noun of address: a courtesy style or a possessive. */
const ADDRESS_BEFORE = /^(?:hon|hon\.|honourable|honorable|right|noble|gallant|learned|her|his|your|their|my|our|votre|sa|son)$/;
/** "a Member of Parliament", "Members of the European Parliament": a title, not the parliament. */
const MEMBER_OF_PARLIAMENT = /^members? of (?:the )?(?:european |scottish |welsh )?parliament$/;
/** "Vous-même", "lui-même": a French pronoun made emphatic, capitalised at a clause start. */
const EMPHATIC_PRONOUN = /^(?:moi|toi|lui|elle|nous|vous|eux|elles)-m[eê]mes?$/;
/** Words that cite a rule, an order or a case by its number ("Standing Order No. 24", "Regulation No 1/2003"). */
const NUMBER_WORD = /^(?:no|nos|number|numero|n°)$/;

/** Forms of address and procedure of parliaments and speeches: no entity, whatever type the context gave them. */
function addressReason(c: NonNameCandidate, tokens: readonly Token[], words: string): string | undefined {
  const first = tokens[c.i]!, last = tokens[c.j]!;
  let b = c.i - 1;
  if (tokens[b]?.text === '.') b--;
  if (c.i === c.j && ADDRESS_NOUNS.test(first.lower) && ADDRESS_BEFORE.test(tokens[b]?.lower ?? '')) return 'a form of address ("the hon. Gentleman", "Her Majesty")';
  if (MEMBER_OF_PARLIAMENT.test(words)) return 'a member\'s title, not the parliament';
  if (c.i === c.j && EMPHATIC_PRONOUN.test(first.lower)) return 'an emphatic pronoun ("vous-même")';
  const k = tokens[c.j + 1]?.text === '.' ? c.j + 2 : c.j + 1;
  if (c.j > c.i && NUMBER_WORD.test(last.lower) && tokens[k]?.kind === 'number') return 'a rule or an order cited by number';
  return undefined;
}

/** Round 10 classes (sets 12 and 13): wars, awards, documents, parts of laws, fiscal years, post-nominal letters, "my Department". */
function round10Reason(c: NonNameCandidate, tokens: readonly Token[], words: string, all: readonly NonNameCandidate[], cues: CueIndex, lang: 'en' | 'fr'): string | undefined {
  const first = tokens[c.i]!, last = tokens[c.j]!, next = tokens[c.j + 1];
  // "Jane Roe, CEcD, FM,": letters after a person's name (or after such letters) and a comma (typed Person by the list they stand in)
  if (c.i === c.j && POSTNOMINAL.test(first.text) && !isCommonWord(first.lower, lang) && tokens[c.i - 1]?.text === ',' && (!next || next.text === ',' || (next.kind === 'word' && !next.cap)) &&
    all.some((o) => o.sentence === c.sentence && o.j === c.i - 2 && ((o.type === 'Person' && !o.drop && o.j > o.i) || (o.drop && o.i === o.j && POSTNOMINAL.test(o.text))))) return 'letters after a name (a degree or credential)';
  if (c.type === 'Person') return undefined;
  if (c.j > c.i && WAR.test(last.lower)) return 'a war (an event)';
  if (next && !next.cap && WAR.test(next.lower) && c.type !== 'Country') return 'a name dating a war ("the Falklands war")';
  // the head of the name before its complement ("Award for Best …")
  let head = c.j;
  for (let k = c.i + 1; k <= c.j; k++) if (/^(?:for|of|de|du|des|pour)$/.test(tokens[k]!.lower)) { head = k - 1; break; }
  if (head > c.i && AWARD_HEADS.test(tokens[head]!.lower)) return 'an award';
  const commonWords = tokens.slice(c.i, c.j + 1).every((t) => t.kind !== 'word' || /^(?:of|for|de|du|des|and|et)$/.test(t.lower) || (!t.allCaps && isCommonWord(t.lower, lang)));
  // ("Statement of Objections": the document's head before its complement)
  if (c.j > c.i && (c.weak || c.cue === 'default') && commonWords && (DOCUMENT_HEADS.test(last.lower) || DOCUMENT_HEADS.test(tokens[head]!.lower))) return 'a document named in common words';
  if (c.j > c.i && LAW_PART.test(first.lower) && NUMERAL.test(tokens[c.i + 1]!.lower)) return 'a part of a law cited by number';
  if (FISCAL_YEAR_WORDS.test(words)) return 'a fiscal year';
  // "Monsieur le président du Conseil régional", "le Conseil départemental": a local council named by its kind only, no place after it
  if (LOCAL_COUNCIL.test(words) && !(next && /^(?:de|du|des|d')$/.test(next.lower) && tokens[c.j + 2]?.cap)) return 'a local council named by its kind only';
  // "Monsieur le président de la Communauté urbaine,": a local authority named by the adjective of its kind, no place after it
  if (c.i === c.j && LOCAL_AUTHORITY_HEADS.test(first.lower) && next?.kind === 'word' && !next.cap && ADJECTIVE_ENDING.test(next.lower) &&
    !(/^(?:de|du|des|d')$/.test(tokens[c.j + 2]?.lower ?? '') && tokens[c.j + 3]?.cap)) return 'a local authority named by its kind only';
  // "in my Department", "his Department has …": the speaker's own body said as a common noun
  if (c.i === c.j && cues.organization.has(first.lower) && POSSESSIVE_DETERMINER.test(tokens[c.i - 1]?.lower ?? '')) return "a body's head noun after a possessive (a common noun)";
  return undefined;
}

/**
 * "at the Summit today", "the SelectUSA Investment Summit": a town named by a common word (Summit, Energy, Reading) is that
 * word after "the", or when it ends a run of capitalised common words; a place takes no article in English.
 */
function commonWordTown(tokens: readonly Token[], c: NonNameCandidate & { gaz?: { population?: number } }, lang: 'en' | 'fr'): boolean {
  const t = tokens[c.i]!;
  if (t.allCaps || c.gaz?.population === undefined || !isCommonWord(t.lower, 'en') || lang !== 'en') return false;
  const prev = tokens[c.i - 1];
  if (prev?.lower === 'the') return true;
  return prev?.kind === 'word' && prev.cap && !prev.allCaps && isCommonWord(prev.lower, 'en') && prev.end + 1 === t.start;
}

/** Whether an adjective at k qualifies a lower-case noun, maybe through a list of such adjectives ("African and Australian markets"). */
function originBeforeNoun(tokens: readonly Token[], k: number, cues: CueIndex): boolean {
  const adjective = (t: Token | undefined) => !!t && t.kind === 'word' && t.cap && (WORLD_REGION_ADJECTIVES.has(t.lower) || cues.demonyms.has(t.lower));
  let z = k;
  while (LIST_SEPARATOR.test(tokens[z + 1]?.lower ?? '') && adjective(tokens[z + 2])) z += 2;
  const noun = tokens[z + 1];
  return noun?.kind === 'word' && !noun.cap && !cues.stop.has(noun.lower) && noun.text.length > 2;
}

/** Road words before a number ("Hwy 35", "Route 7", "Interstate 80", "la RN 7"): a road, no actor. */
const ROAD_WORDS = /^(?:hwy|highway|route|interstate|freeway|expressway|motorway|autoroute|rn|rd)$/;

/** Whether [i, j] holds a road word followed by a number, inside the span or right after it. */
function roadNumber(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (ROAD_WORDS.test(tokens[k]!.lower) && tokens[k + 1]?.kind === 'number' && k + 1 >= j) return true;
  return false;
}

/** "Follow-on", "Spin-off", "Build-out": common words joined by a hyphen to a particle. */
function particleCompound(t: Token, lang: 'en' | 'fr'): boolean {
  if (t.allCaps || !t.text.includes('-')) return false;
  const parts = t.lower.split('-');
  return parts.length >= 2 && parts.some((p) => /^(?:on|in|up|off|out|over|back|down|by)$/.test(p)) && parts.every((p) => p.length > 0 && isCommonWord(p, lang));
}

/** "Présidents", "Ministres", "Directors": the plural of a title. */
function pluralTitle(t: Token, cues: CueIndex): boolean {
  return t.cap && /s$/.test(t.lower) && !cues.roles.has(t.lower) && cues.roles.has(t.lower.slice(0, -1));
}

/** "Ex-Im Bank Board (of Directors)": a board after a name the article also writes alone. */
function ownedBoard(tokens: readonly Token[], c: NonNameCandidate, alone: ReadonlySet<string>): boolean {
  let k = c.j;
  if (tokens[k]!.lower === 'directors' && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'board') k -= 2;
  if (tokens[k]!.lower !== 'board' || k <= c.i) return false;
  const owner = tokens.slice(c.i, k).map((t) => t.text).join(' ').toLowerCase();
  return alone.has(owner) || [...alone].some((n) => n.replace(/\s+/g, ' ') === owner);
}

/** The item at k stands in a list (commas, "and", "or") whose other items are lower-case common nouns, or whose items are all
 * capitalised common words before a plural noun of programmes or bodies. */
function inCommonList(tokens: readonly Token[], k: number, lang: 'en' | 'fr', cues: CueIndex): boolean {
  const lowerNoun = (t: Token | undefined) => t?.kind === 'word' && !t.cap && t.text.length >= 4 && !cues.stop.has(t.lower) && isCommonWord(t.lower, lang);
  const prevSep = tokens[k - 1] && LIST_SEPARATOR.test(tokens[k - 1]!.lower);
  const nextSep = tokens[k + 1] && LIST_SEPARATOR.test(tokens[k + 1]!.lower);
  // "businesses, non-profits, cooperatives, Tribes and local governments": lower-case items on both sides
  if (prevSep && nextSep && lowerNoun(tokens[k - 2]) && (lowerNoun(tokens[k + 2]) || lowerNoun(tokens[k + 3]))) return true;
  // "its Business, Cooperative, Utilities and Housing programs": every item a capitalised common word, a plural head after
  let a = k, z = k;
  while (a - 2 >= 0 && LIST_SEPARATOR.test(tokens[a - 1]!.lower) && capitalCommon(tokens[a - 2]!, lang)) a -= 2;
  while (z + 2 < tokens.length && LIST_SEPARATOR.test(tokens[z + 1]!.lower) && capitalCommon(tokens[z + 2]!, lang)) z += 2;
  return z - a >= 4 && LIST_HEADS.has(tokens[z + 1]?.lower ?? '');
}

function capitalCommon(t: Token, lang: 'en' | 'fr'): boolean {
  return t.kind === 'word' && t.cap && !t.allCaps && isCommonWord(t.lower, lang);
}
