/**
 * Name candidates of one sentence: capitalised spans (with "of/for/de/du/des" between capitalised
 * words), gazetteer matches, quoted names ("Data for All", « … »), acronym definitions
 * ("Acme Cloud Services (ACS)"). Role words, demonyms and sentence-initial function words split or
 * trim spans. No typing here except gazetteer entries.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer.ts';
import type { CueIndex } from '../cue-index.ts';
import type { EntityType } from '../../graph/model.ts';
import { US_STATE_ABBREVIATIONS } from '../lexicon/us-states.ts';
import { ADJECTIVE_ENDING, AND_TAILS, COMMON_ACRONYMS, CORPORATE_SUFFIXES, EVENT_HEAD_NOUNS, FIRM_TAIL_WORDS, HONORIFICS, MERGER_NOUNS, MONTH_NAMES, NAME_TAIL_TYPES, NATIONAL_NAME_HEADS, ORGANIZATION_HEADS, PLACE_ABBREVIATION, WEEKDAYS, WORLD_REGION_ADJECTIVES } from '../lexicon/common.ts';
import { isCommonWord } from '../lexicon/dictionary.ts';
import { frenchBodyEnd } from './french-bodies.ts';
import { monthNamedInEnglish } from './fragments.ts';
import { isCommonGivenName, isGivenName } from '../lexicon/first-names.ts';
import { reject, tracing } from '../trace.ts';
import { spanKey, type Token } from '../text/tokens.ts';
import { fold } from '../text/normalize.ts';
import { lexiconSpanAt } from '../lexicon/institutions-context.ts';

export interface Candidate {
  sentence: number;
  /** Token range, inclusive. */
  i: number;
  j: number;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  text: string;
  gaz?: GazetteerEntry;
  quoted?: boolean;
  aliases?: string[];
  /** First word token of the sentence (or of a quote/colon clause). */
  initial: boolean;
  /** A type the span's own shape states ("Biden-Harris Administration" names two people; "NAKATANI Gen"). */
  hint?: EntityType;
}

/** Lower-case connectors a name never opens with (written in lower case: "Of" may open a title of a work). */
const LEADING_OF = new Set(['of', 'for', 'de', 'du', 'des']);
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'des', "d'", '&', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn']);
/** Words after a number that make it an amount or a date, not part of a name ("Renault 5" but not "Acme 5 milliards"). */
const NOT_NAME_NUMBER_NEXT = /^(?:milliards?|millions?|mille|md|mds|bn|billions?|trillions?|m|k|%|€|\$|£|¥|ans?|years?|jours?|days?|h|km|mw|gw)$/i;
/** Combining forms of two nations ("Chambre … Franco Japonaise", "Sino-American"). */
const COMBINING_FORM = /^(?:franco|germano|sino|anglo|italo|hispano|russo|nippo|americano|belgo|helveto)$/;
/** The four compass points in English ("the North Industrial Park"); DIRECTIONS adds the French ones ("South Mississippi Electric …", "Sud Bretagne …"). */
const COMPASS_POINTS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);
const DIRECTIONS: ReadonlySet<string> = new Set([...COMPASS_POINTS, 'nord', 'sud', 'est', 'ouest']);
/** Compass adjectives that name a part of a region or country ("Central Ohio", "Southern Orvania"). */
export const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['central', 'northern', 'southern', 'eastern', 'western']);
/** Last words of a company's titles: "chief financial officer for Acme Tractor" names the employer, not a portfolio. */
const CORPORATE_TITLE_END = /^(?:officer|ceo|cfo|coo|cto|manager|chairman|chairwoman|founder|co-founder|partner|engineer|analyst)$/;
/** Government titles whose complement is a portfolio ("Minister for Energy"); a company's titles take names ("chief of Iliad"). */
const OFFICE_TITLES = /^(?:minister|ministers|ministre|ministres|ministry|ministere|secretary|secretaries|secretaire|commissioner|general|commissaire|department|departement|cabinet)$/;
/** Parliamentary styles before a name ("Rt Hon Jo Bloggs MP") open no name; they are read as honorifics in context.ts. */
/** Nouns ending the name of a county, an island or a township ("Prince George County", "King Island"). */
const COUNTY_NOUN = /^(?:county|parish|township|borough|island|islands)$/;
/** Particles that open a surname when capitalised ("De Lorean", "Van Rompuy", "Di Maio", "Du Pont"). */
const SURNAME_PARTICLES = new Set(['de', 'du', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'mac', 'dos', 'das']);
/** Particles inside a surname, after a given name ("Bruno Le Maire"): the surname particles and the French articles, which open no name alone. */
const PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, 'le', 'la']);
const STYLES = new Set(['rt', 'hon', 'honourable', 'baroness', 'baron', 'viscount', 'earl', 'lady', 'dame', 'doctor', 'docteur', 'professor', 'professeur']);
/** Peerage styles inside a capitalised run: the name starts after them. */
const PEERAGE = new Set(['baroness', 'baron', 'viscount', 'earl', 'lord', 'lady', 'dame', 'sir']);
/** Greetings and thanks that open an address in interviews and speeches ("Bonjour Léa Salamé", "Welcome Jane Doe"): never part of a name. */
const GREETINGS = new Set(['bonjour', 'bonsoir', 'merci', 'bienvenue', 'salut', 'hello', 'welcome', 'thanks', 'goodbye', 'congratulations', 'felicitations', 'félicitations',
  // forms of address that open a speech ("Mesdames et Messieurs les Députés", "Ladies and Gentlemen")
  'mesdames', 'messieurs', 'mesdemoiselles', 'ladies', 'gentlemen']);
/** Prepositions and participles that open a sentence before a name ("Following X's collapse", "Between July and …", "Despite X"). */
const OPENING_PREPOSITIONS = new Set(['between', 'following', 'during', 'including', 'excluding', 'regarding', 'concerning', 'against', 'despite',
  'after', 'before', 'since', 'under', 'through', 'across', 'within', 'without', 'throughout', 'alongside', 'amid', 'among', 'beyond', 'unlike']);
/** Abbreviations that are a firm of some kind ("une PME de Picardie": the firm is placed, the place stays whole with it). */
const FIRM_ABBREVIATIONS = new Set(['pme', 'pmi', 'eti', 'tpe', 'sme', 'smes', 'jv', 'oem', 'oems']);
/** Forms of address before a name in letters and speeches ("Chère Christine X,", "Dear Jane X"): never part of it (only before a name: "le Cher" is a department). */
const ADDRESS_WORDS = new Set(['cher', 'chère', 'chere', 'chers', 'chères', 'cheres', 'dear', 'dearest']);
/** "my hon. Friend Jane X", "my right hon. Friend the Member for …": Hansard names a fellow member so; "Friend" is no name. */
const FRIEND_BEFORE = new Set(['hon', 'honourable', 'honorable', 'learned', 'gallant', 'noble', 'my', 'our']);
/** Adjectives made of a name and a participle: "-based"/"-headquartered" take a place, the others an owner or an origin. */
/** Participles of support or ownership glued to a backer ("Orvane-backed", "Government-funded"): the name before is the backer. */
export const BACKER_PARTICIPLES = 'owned|backed|led|funded|controlled|run|supported|financed|sponsored';
const BACKER = new RegExp(`^(?:${BACKER_PARTICIPLES})$`);
const BRANDED = /^(.+)-branded$/i;
const BRAND_PREFIXES = /^(?:non|un|own|self|co|re|de|pre|multi|dual|double|triple)$/i;
const GLUED = new RegExp(`^(.+)-(based|headquartered|born|made|built|${BACKER_PARTICIPLES}|listed|registered)$`, 'i');
const ARTICLES = new Set(['le', 'la', 'les', 'the', "l'"]);
/** Last words of utilities' and operators' names after a place ("Thames Water", "North West Rail"). */
const UTILITY_WORDS = new Set(['water', 'power', 'gas', 'rail', 'railways', 'trains', 'buses', 'ports', 'telecom', 'steel', 'airport']);
/** Head nouns of bodies whose name goes on with "on" ("Committee on Foreign Investment", "Council on Foreign Relations"). */
/** Heads of French public bodies named with a lower-case complement ("Autorité de la concurrence", "Cour des comptes"). */
// (round 11: "la Délégation aux investissements internationaux", a delegation named by its remit)
const BODY_COMPLEMENT_HEADS = new Set(['autorite', 'cour', 'commission', 'agence', 'observatoire', 'institut', 'delegation']);
/** Lower-case adjectives after a French body's complement ("des investissements internationaux"); not a verb's form. */
const COMPLEMENT_ADJECTIVE = /(?:aux|ales|ale|al|iques|ique|iers|ieres|ier|iere|aires|aire|ennes|enne|iens|ien|ifs|ives|if|ive|els|elles|el|elle)$/;
/** Endings of abstract nouns, a body's topic ("Innovation and Entrepreneurship", "Science and Governance"). */
const ABSTRACT_NOUN = /(?:ship|tion|sion|ment|ity|ism|ance|ence|ics|ogy|ure|ness)$/;
/** A French town's article, in lower case before its name in running text. */
const ARTICLE_OF_TOWN = /^(?:la|le|les)$/;
/** Nouns a letter labels ("plan B.", "Group A.", "annexe C."): the letter ends a sentence there, it opens no name. */
const LETTER_LABELS = /^(?:plan|plans|groupe|group|type|classe|class|categorie|category|option|phase|serie|series|annexe|annex|section|article|point|lot|partie|part|niveau|level|tier|grade|vitamine|vitamin)$/;
const BODY_ON = new Set(['committee', 'council', 'commission', 'conference', 'summit', 'forum', 'panel', 'taskforce', 'board', 'institute', 'centre', 'center']);
const COMMON = new Set(COMMON_ACRONYMS.map((a) => a.toLowerCase()));
const SUFFIXES = new Set(CORPORATE_SUFFIXES);
export const isCommonAcronym = (lower: string): boolean => COMMON.has(lower);
export const isCorporateSuffix = (lower: string): boolean => SUFFIXES.has(lower.replace(/\.$/, ''));

function isInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' || t.kind === 'number') return false;
    if (t.kind === 'punct' && /[:;—–]/.test(t.text)) return true;
    // "29/11/2016 - The Commission …", "SES/Intelsat - Merger Control in …": a spaced hyphen opens a clause as a dash does
    if (t.kind === 'punct' && t.text === '-' && tokens[k - 1]?.end !== t.start && tokens[k + 1]?.start !== t.end) return true;
    if (t.kind === 'elision' && k === 0) return true;
  }
  return true;
}

function capsWord(x: Token | undefined): boolean {
  return x?.kind === 'word' && x.allCaps && x.text.length >= 2;
}
function capsCompanyTail(x: Token | undefined): boolean {
  return capsWord(x) && NAME_TAIL_TYPES[x!.lower] === 'Company';
}
/** A list item: a name in capitals that is no common word (on one side, after a comma or before "et"/"and"). */
function capsListItem(x: Token | undefined): boolean {
  return capsWord(x) && !isCommonWord(x!.lower);
}

/** A word in capitals that a firm's name in capitals holds: "GENERAL MOTORS", "GENERAL ELECTRIC" (a corporate last word in
 * capitals next to it), or an item of a list of names in capitals ("AREVA, GENERAL ELECTRIC, SAFRAN et …"). */
function capsFirmAt(tokens: readonly Token[], k: number): boolean {
  if (capsCompanyTail(tokens[k + 1]) || (capsCompanyTail(tokens[k]) && capsWord(tokens[k - 1]))) return true;
  // ("…, GENERAL ELECTRIC, SAFRAN": or a list of at least two items in capitals before it; the word itself no common word,
  // else any shouted list of words would make firms: "WE STAND READY, TOGETHER, STRONGER")
  const listed = tokens[k - 1]?.text === ',' && capsWord(tokens[k - 2]) && (capsWord(tokens[k - 3]) || tokens[k - 3]?.text === ',') && capsListItem(tokens[k]);
  return listed || (tokens[k - 1]?.text === ',' && capsListItem(tokens[k - 2])) || (/^(?:,|et|and)$/.test(tokens[k + 1]?.lower ?? '') && capsListItem(tokens[k + 2]) && tokens[k - 1]?.text === ',');
}

/**
 * A sentence written in capitals (a shouted headline) or in Title Case ("Acme To Invest $5 Billion
 * In South Korea"): capitals say nothing there, so only gazetteer names are read from it.
 */
function isShouting(tokens: readonly Token[], cues: CueIndex): boolean {
  let words = 0, caps = 0, titleStops = 0, capitalised = 0;
  tokens.forEach((t, k) => {
    if (t.kind !== 'word' || t.text.length < 2) return;
    words++;
    if (t.cap) capitalised++;
    if (t.allCaps) caps++;
    // function words capitalised inside the sentence: "To", "In", "For" in a Title Case headline
    // (not a corporate form: "Orvane Corp will acquire Brantel Inc and Corvo Ltd." is a body sentence)
    else if (t.cap && words > 1 && t.text.length <= 4 && cues.stop.has(t.lower) && !isCorporateSuffix(t.lower) && !isInitial(tokens, k) &&
      !DIRECTIONS.has(t.lower) && tokens[k - 1]?.kind !== 'elision' && !CONNECTORS.has(tokens[k - 1]?.lower ?? '')) titleStops++;
  });
  return (words >= 4 && caps / words > 0.6) || (titleStops >= 2 && capitalised / words >= 0.6);
}

/**
 * A headline or subhead in Title Case ("Acme Announces Preliminary Terms with Pellix", "Semiconductor
 * Fabrication:"): every content word capitalised, at least one of them a common word. Capitals carry
 * no signal there. A title needs two content words, a body line four (or two when it has no final
 * punctuation, as subheads do).
 */
export function isTitleCase(text: string, tokens: readonly Token[], cues: CueIndex, title: boolean): boolean {
  let content = 0, common = 0;
  let seen = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "The Committee on Foreign Investment is in the Department of the Treasury.": Title Case capitalises verbs, a lower-case
    // auxiliary after a subject of several words marks a body sentence ("This is the VOA Economics Report" is a sign-on)
    // (a headline's "that will Create or Save Jobs": the verb after it is capitalised, Title Case goes on)
    if (t.kind === 'word' && seen++ >= 3 && !t.cap && AUXILIARIES.has(t.lower) && !(title && tokens[k + 1]?.cap && !tokens[k + 1]!.allCaps)) return false;
    if (t.kind !== 'word' || t.text.length < 2 || /\d/.test(t.text) || cues.stop.has(t.lower) || CONNECTORS.has(t.lower) || t.lower === 'et') continue;
    if (!t.cap) {
      if (TITLE_MINOR.has(t.lower)) continue; // Title Case keeps short prepositions and conjunctions in lower case ("up to", "than")
      return false;
    }
    content++;
    if (!t.allCaps && isCommonWord(t.lower)) common++;
  }
  const heading = title || !/[.!?»"”)]$/.test(text.trim());
  // a body line that is one run of capitals is a name ("$6 billion to the Acme Semiconductor Manufacturing Company")
  let runs = 0, inRun = false;
  for (const t of tokens) {
    const capital = t.kind === 'word' && t.cap;
    if (capital && !inRun) runs++;
    inRun = capital || (inRun && t.text === '-');
  }
  return common >= 1 && (title || runs >= 2) && (content >= 4 || (heading && content >= 2 && common >= 2));
}

/** Nouns of a deal that a headline writes, capitalised, after the firms' names ("Plessey Takeover", "A and B Merger"): the name ends before them. */
// (not MERGER_NOUNS: any deal's noun, plurals too, that ends a headline's name; the merger nouns take their parties after them)
const DEAL_TAIL_NOUNS = new Set(['merger', 'mergers', 'takeover', 'takeovers', 'acquisition', 'bid', 'fusion']);
/** Words of a sentence about deals, where "A/B" names the two parties (a case, a merger), not one name. */
const DEAL_WORDS = new Set(['case', 'cases', 'merger', 'mergers', 'deal', 'deals', 'affaire', 'affaires', 'concentration', 'concentrations', 'fusion', 'fusions', 'takeover', 'takeovers']);
/** Facility nouns before "X de Y" where Y is the site's place ("le site Orvane de Chalon"). */
const SITE_NOUNS = new Set(['site', 'sites', 'usine', 'usines', 'raffinerie', 'entrepot', 'centrale', 'plateforme', 'aciérie', 'acierie', 'fonderie', 'papeterie']);
/** Nouns of a firm's site after its owner's name ("the Orvane plant"). */
const OWNED_SITE_AFTER = /^(?:plant|plants|factory|factories|site|facility|usine|usines)$/;
/** Foreign words for a region written in lower case after its name ("Bratislavský kraj", "Moskovskaya oblast"). */
const FOREIGN_AREA_WORDS = new Set(['kraj', 'krai', 'oblast', 'okrug', 'voivodeship', 'wojewodztwo', 'megye', 'judet', 'judetul', 'lan', 'fylke', 'maakond',
  'okres', 'powiat', 'raion', 'rayon', 'kreis', 'landkreis', 'bezirk', 'kanton', 'comarca', 'provincia', 'regione', 'oblasti']);
/** Titles of office that take their portfolio before them ("Business Secretary", "Energy Minister", "UK Ambassador"). */
const PORTFOLIO_TITLES = /^(?:secretary|minister|commissioner|ambassador|envoy|spokesperson|spokesman|spokeswoman|adviser|advisor)$/;
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'be', 'been', 'does', 'did']);
const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'kc', 'qc', 'obe', 'cbe', 'mbe', 'kbe', 'phd']);
const TITLE_MINOR = new Set(['up', 'than', 'via', 'per', 'off', 'out', 'down', 'onto', 'upon', 'nor', 'vs', 'versus', 'till', 'amid', 'like', 'near', 'past', 'plus']);

/** The prepositions that join a title to the body or place it serves ("Director of", "Coordinator for", "Ambassador to"). */
const TITLE_LINKS = new Set(['of', 'for', 'to', 'at', 'de', 'du', 'des', "d'", 'auprès']);

/**
 * Whether a title of office governs the span at `a`: "Director of the X", "Coordinator for the X", "Ambassador to A and X"
 * (the second of two places or bodies after the title).
 */
function titleBefore(tokens: readonly Token[], a: number, cues: CueIndex): boolean {
  let k = a - 1;
  if (/^(?:and|&|et)$/.test(tokens[k]?.lower ?? '')) {
    k--;
    let n = 0;
    while (k >= 0 && n < 5 && tokens[k]!.kind === 'word' && tokens[k]!.cap) { k--; n++; }
    if (n === 0) return false;
  }
  if (/^(?:the|la|le|l')$/.test(tokens[k]?.lower ?? '')) k--;
  if (!TITLE_LINKS.has(tokens[k]?.lower ?? '')) return false;
  return cues.roles.endingAt(tokens, k - 1) > 0;
}

/**
 * Whether tokens g..b are a person's name: two or three capitalised words, one before the last a given name of the lists
 * ("Jane Roe", "Mary Jo Roe", "Reta Jo Roe"), none of them a title, a body's or a firm's word.
 */
function personTail(tokens: readonly Token[], g: number, b: number): boolean {
  if (b - g < 1 || b - g > 2) return false;
  let given = false;
  for (let k = g; k <= b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || t.allCaps || CONNECTORS.has(t.lower) || isCorporateSuffix(t.lower) || NAME_TAIL_TYPES[t.lower] !== undefined || ORGANIZATION_HEADS.has(t.lower)) return false;
    if (k < b && isGivenName(t.lower) && !isCommonGivenName(t.lower)) given = true;
  }
  return given;
}

/** Tokens i..j are a person's given name and surname ("Brian Sohn", "Jean-Louis Bianco"): no company's name begins so. */
export function isPersonName(tokens: readonly Token[], i: number, j: number): boolean {
  if (j !== i + 1) return false;
  const g = tokens[i]!, s = tokens[j]!;
  const given = g.lower.split('-').every((p) => isGivenName(p)) && !isCommonWord(g.lower);
  return given && g.cap && !g.allCaps && s.cap && !isCommonWord(s.lower) && !CONNECTORS.has(s.lower) && s.kind === 'word';
}

/** Heads of schemes' names that go on after "and" ("… Loan and Grant Program", "… Guarantee Facility", "… Growth Deal"). */
const AND_HEADS = new Set(['program', 'programme', 'facility', 'fund', 'deal', 'scheme', 'initiative', 'plan', 'act', 'programmes', 'programs', 'guarantee', 'zone']);

/** Whether a span read in a headline has a name's shape by itself: inner capitals, letters with digits, an acronym that is no word. */
function strongShape(tokens: readonly Token[], i: number, j: number): boolean {
  if (i !== j) return false;
  const t = tokens[i]!;
  // "C-524/14", "M.7630": a case number
  if (CASE_NUMBER_SHAPE.test(t.text)) return false;
  return INNER_CAPITAL.test(t.text) || (/\d/.test(t.text) && TWO_LETTERS.test(t.text)) || (t.allCaps && t.text.length >= 2 && !isCommonWord(t.lower) && !isCommonAcronym(t.lower));
}

/**
 * A capitalised common word of a title's portfolio ("Business", "Energy"); a town named like a common word, "Industry",
 * is no place here; "Wales Secretary" keeps its place. (A module function: portfolioStart runs per span, and a
 * closure there cost a keepNames __name() under tsx each time.)
 */
function isPortfolioWord(t: Token | undefined, gaz: Gazetteer): boolean {
  return !!t && t.kind === 'word' && t.cap && !t.allCaps && isCommonWord(t.lower) && !!(gaz.lookup(t.lower)?.town ?? true);
}

/** The word a law's name ends with ("the Enterprise Act"). */
const LAW_WORD = /^(?:act|acts)$/;
const LAW_YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * A law named with its year: how many tokens after its "Act" at j the year takes, 1 for "the Enterprise Act 2002", 2 for
 * "the American Recovery and Reinvestment Act of 2009", else 0 (cutting names, findCandidates).
 */
function lawYearLength(tokens: readonly Token[], j: number): number {
  if (!LAW_WORD.test(tokens[j]?.lower ?? '')) return 0;
  const next = tokens[j + 1];
  if (next?.kind === 'number' && LAW_YEAR.test(next.text) && next.start === tokens[j]!.end + 1) return 1;
  if (next?.lower === 'of' && tokens[j + 2]?.kind === 'number' && LAW_YEAR.test(tokens[j + 2]!.text)) return 2;
  return 0;
}

/**
 * A name that ends with a number right after "Act" ("the Enterprise Act 2002"): a law and its year (typing and keeping
 * names, detect.ts). The number's shape is not checked here: findCandidates already cut the name.
 */
export function endsWithLawNumber(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.kind === 'number' && LAW_WORD.test(tokens[j - 1]?.lower ?? '');
}

// Speed: findCandidates runs per sentence, and under tsx (esbuild keepNames) each named local helper costs an
// Object.defineProperty at each call; these helpers need only the tokens and the lexicons, so they live here.
function lookupAt(tokens: readonly Token[], gaz: Gazetteer, i: number, maxJ: number): number {
  let end = i;
  while (end < Math.min(maxJ, i + gaz.maxTokens + 2) && tokens[end + 1]!.kind !== 'punct') end++;
  for (let j = end; j >= i; j--) if (gaz.lookup(spanKey(tokens, i, j))) return j;
  return -1;
}

/**
 * Where a holder's name starts inside [a, b] when the span is a title's complement ("Minister of X, Y and Z <Given> <Surname>",
 * "Chairman of the <Body> <Given> P. <Surname>"), else -1: the span follows "of"/"for" (and "the") after a title, maybe through
 * a list of capitalised portfolio words, and ends with a given name no dictionary knows and one or two capitalised words or an initial.
 */
function holderAfterComplement(tokens: readonly Token[], cues: CueIndex, a: number, b: number): number {
  let k = a - 1;
  if (tokens[k]?.lower === 'the') k--;
  // back over a list of capitalised words ("Development, Industry, and Foreign Trade")
  if (/^(?:and|&|,)$/.test(tokens[k]?.lower ?? '')) {
    while (k > a - 12 && k >= 0 && (/^(?:and|&|,)$/.test(tokens[k]!.lower) || (tokens[k]!.kind === 'word' && tokens[k]!.cap && !/^(?:of|for)$/i.test(tokens[k]!.text)))) k--;
  }
  if (!/^(?:of|for)$/.test(tokens[k]?.lower ?? '') || !tokens[k - 1] || cues.roles.endingAt(tokens, k - 1) === 0) return -1;
  for (let p = a + 1; p <= b - 1; p++) {
    const given = tokens[p]!;
    if (given.kind !== 'word' || !given.cap || given.allCaps || !isGivenName(given.lower) || isCommonWord(given.lower)) continue;
    // the rest: capitalised words and initials, one to three tokens of a surname
    const rest = tokens.slice(p + 1, b + 1);
    if (rest.length > 3 || !rest.some((t) => t.kind === 'word' && t.cap && t.text.length > 1)) return -1;
    if (!rest.every((t) => (t.kind === 'word' && t.cap) || t.text === '.')) return -1;
    // ("Orvane Jorge Holdings": a company's words end a firm named after its founder)
    const last = tokens[b]!.lower;
    if (NAME_TAIL_TYPES[last] !== undefined || isCorporateSuffix(last) || cues.company.has(last) || cues.organization.has(last) || cues.roles.has(last)) return -1;
    return p;
  }
  return -1;
}

/** An adjective that may open a title ("Special", "Senior", "Presidential"): a common word of an adjective's ending, no given name. */
function titleAdjective(t: Token): boolean {
  return !t.allCaps && isCommonWord(t.lower) && /(?:al|ior|ive|ary|ant|ent)$/.test(t.lower) && !isGivenName(t.lower);
}

/** A year written after a name ("Pellton 2030"). */
const NAMED_YEAR = /^(?:19|20)\d\d$/;
/** Nouns of an apposition that make a name and its year one body's name. */
const APPOSITION_BODIES = /^(?:organization|organisation|partnership|agency|company|group|consortium|initiative|alliance|coalition|committee|association|nonprofit|non-profit)$/;

/** Whether a body's noun comes within four lower-case words from k ("an economic development organization"). */
function bodyInApposition(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 4 && tokens[n]?.kind === 'word' && !tokens[n]!.cap; n++) if (APPOSITION_BODIES.test(tokens[n]!.lower)) return true;
  return false;
}

/** Last words of a site's name ("Business Park", "Investment Zone"). */
const SITE_HEADS = /^(?:park|zone)$/;

/** Where a site's name that starts at k ends (a place, then up to three words, the last a site's head), else -1. */
function siteEnd(tokens: readonly Token[], k: number, isName: (k: number) => boolean): number {
  if (!isName(k)) return -1;
  for (let e = k + 1; e <= k + 3 && isName(e); e++) if (SITE_HEADS.test(tokens[e]!.lower) && !isName(e + 1)) return e;
  return -1;
}

/** Capitalised compass adjectives that name a part of a region ("Central Texas", "Northern Vermont"). */
const COMPASS_PARTS: ReadonlySet<string> = new Set([...COMPASS_POINTS, ...COMPASS_ADJECTIVES]);

/**
 * Where "<Compass> <state or region>" ends when it is all of [k, b] ("Central Ohio", "Southern Idaho"), else -1. Only an
 * administrative region (no town, no country: "South Korea" and "North Wales" are names the gazetteer knows whole), and the
 * region must end the span ("South Mississippi Electric Power Association" names a body).
 */
function compassPartEnd(tokens: readonly Token[], gaz: Gazetteer, k: number, b: number): number {
  const t = tokens[k]!;
  if (b <= k || b - k > 3 || !t.cap || t.allCaps || !COMPASS_PARTS.has(t.lower) || tokens[b + 1]?.kind === 'possessive') return -1;
  if (gaz.lookup(spanKey(tokens, k, b))) return -1;
  const place = gaz.lookup(spanKey(tokens, k + 1, b));
  return place?.type === 'Region' && !place.town && place.population === undefined ? b : -1;
}

/** A word of a party's name (partyAround); ("Case C-524/14 P Commission v X": the letter after a case number and the number are no party). */
function partyWord(tokens: readonly Token[], cues: CueIndex, k: number): boolean {
  return tokens[k]?.kind === 'word' && (tokens[k]!.cap || /\d/.test(tokens[k]!.text)) && !cues.stop.has(tokens[k]!.lower) &&
    !(tokens[k]!.text.length === 1 && tokens[k - 1]?.kind === 'number') && !LETTERS_DOT_DIGIT.test(tokens[k]!.text);
}

/** What follows a firm's name in its acting slot: where it comes from, or its investment. */
const FIRM_ACTS_AFTER = /^(?:has|have|had|will|invested|invests|announced|plans|opened)$/;

/** "A of the B" at i (one word each side) read as one firm: neither part a place, a body's head or a title, and a firm's slot after it. */
function ofTheFirm(tokens: readonly Token[], gaz: Gazetteer, cues: CueIndex, lang: 'en' | 'fr' | undefined, i: number): boolean {
  const a = tokens[i]!, b = tokens[i + 3];
  if (!b || !isNameAt(tokens, gaz, lang, i + 3) || isNameAt(tokens, gaz, lang, i + 4) || a.allCaps || b.allCaps) return false;
  for (const t of [a, b]) if ((gaz.lookup(t.lower) && !gaz.lookup(t.lower)!.town) || ORGANIZATION_HEADS.has(t.lower) || NAME_TAIL_TYPES[t.lower] || cues.roles.has(t.lower) || cues.demonyms.has(t.lower)) return false;
  const n = tokens[i + 4];
  if (n?.lower === 'from') return tokens[i + 5]?.lower === 'the' || (tokens[i + 5]?.kind === 'word' && tokens[i + 5]!.cap);
  return n?.kind === 'word' && FIRM_ACTS_AFTER.test(n.lower) && (n.lower !== 'has' && n.lower !== 'have' && n.lower !== 'had' && n.lower !== 'will' || /^invest/.test(tokens[i + 5]?.lower ?? ''));
}

/**
 * "la fusion de Pellix et de Suez", "the merger of Pellix and Suez", "merger between Suez and Pellix": the other party of a merger
 * noun's two complements when the name at c is one of them.
 */
function mergedWith<C extends { i: number; j: number }>(tokens: readonly Token[], kept: readonly C[], c: C): C | undefined {
  const of = (k: number) => /^(?:of|between|de|d'|du|entre)$/.test(tokens[k]?.lower ?? '') && MERGER_NOUNS.has(tokens[k - 1]?.lower ?? '');
  const and = (k: number) => /^(?:and|et)$/.test(tokens[k]?.lower ?? '');
  // c second: "… de A et de B", "… of A and B"
  const d = /^(?:de|d')$/.test(tokens[c.i - 1]?.lower ?? '') ? 1 : 0;
  // (the longest name there: "Gaz de Pellix", not the place inside it)
  const longest = (os: C[]) => os.sort((x, y) => (y.j - y.i) - (x.j - x.i))[0];
  if (and(c.i - 1 - d)) { const a = longest(kept.filter((o) => o.j === c.i - 2 - d)); if (a && of(a.i - 1)) return a; }
  // c first
  if (of(c.i - 1) && and(c.j + 1)) { const e = /^(?:de|d')$/.test(tokens[c.j + 2]?.lower ?? '') ? 1 : 0; return longest(kept.filter((o) => o.i === c.j + 2 + e)); }
  return undefined;
}

/** A party separator, "/" or "v" (partyAround). */
function partySep(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === '/' || /^(?:v|vs|versus)$/.test(tokens[k]?.text ?? '');
}

/** End of a capitalised run from i that stands beside a party separator ("A / B", "A v B"), or -1. */
function partyAround(tokens: readonly Token[], cues: CueIndex, i: number): number {
  if (!partyWord(tokens, cues, i) || partyWord(tokens, cues, i - 1) || tokens[i - 1]?.text === '&') return -1;
  let e = i;
  while (e < i + 3 && (partyWord(tokens, cues, e + 1) || (tokens[e + 1]?.text === '&' && partyWord(tokens, cues, e + 2)))) e += tokens[e + 1]!.text === '&' ? 2 : 1;
  const after = tokens[e + 1]?.text === '.' && /^(?:v|vs)$/.test(tokens[e]?.text ?? '') ? -1 : e + 1;
  const beside = (after > 0 && partySep(tokens, after) && partyWord(tokens, cues, after + (tokens[after + 1]?.text === '.' ? 2 : 1))) || (partySep(tokens, i - 1) && partyWord(tokens, cues, i - 2 - (tokens[i - 2]?.text === '.' ? 1 : 0)));
  // a run of common words only ("Merger Control") is a topic, not a party
  const named = i === e || tokens.slice(i, e + 1).some((t) => t.kind === 'word' && (t.allCaps || !isCommonWord(t.lower)));
  return beside && named ? e : -1;
}

// "US$", "R$", "HK$": the letters belong to the currency symbol
function isNameAt(tokens: readonly Token[], gaz: Gazetteer, lang: 'en' | 'fr' | undefined, k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !t.cap) return false;
  // "Léa SALAMÉ", "Roland LESCURE": a surname in capitals after a given name (transcripts write them so)
  const prev = tokens[k - 1];
  // "M. GALLOIS", "Mme LAGARDE": or after an honorific
  const h = prev?.text === '.' ? tokens[k - 2] : prev;
  const surname = (prev?.kind === 'word' && prev.cap && !prev.allCaps && isGivenName(prev.lower) && prev.end + 1 === t.start) ||
    (!!h && h.cap && HONORIFICS.has(h.lower) && CAPITALS_WORD.test(t.text));
  // (a word of capitals that no dictionary knows, "TERCAT", is a name)
  const next = tokens[k + 1];
  if (t.allCaps && t.text.length > 5 && !surname && !/[\d-]/.test(t.text) && !gaz.lookup(t.lower) && !DOTTED_INITIALS_2_4.test(t.text) &&
    (isCommonWord(t.lower, lang) || t.text.length > 8) && !capsFirmAt(tokens, k)) return false;
  // "M.7630", "SA.38454", "L.430-1": a case or an article number (letters, a dot, digits) names nothing
  if (LETTERS_DOT_DIGIT.test(t.text)) return false;
  // "Case C-524/14 P": a letter after a case number is the number's suffix, no name's first word
  if (t.text.length === 1 && prev?.kind === 'number' && prev.end + 1 === t.start) return false;
  // "IP/05/1653", "COM/2024/12": a document reference (letters, a slash, a number) names nothing
  if (next?.text === '/' && next.start === t.end && tokens[k + 2]?.kind === 'number' && tokens[k + 2]!.start === next.end) return false;
  return !(next?.text === '$' && t.text.length <= 3 && next.start === t.end);
}

/** "le site Orvane de …", "l'usine de Pellix de …": a facility noun (and "de") right before the name at i: its owner. */
function siteOwnerAt(tokens: readonly Token[], i: number): boolean {
  return SITE_NOUNS.has(tokens[i - 1]!.lower) ||
  (/^(?:de|d'|du)$/.test(tokens[i - 1]!.lower) && SITE_NOUNS.has(tokens[i - 2]?.lower ?? ''));
}

/** "Céramiques de Haute-Loire", "Forges de …": a plural common noun alone names no firm, it heads a firm's name with its place. */
function namedLikeWorks(tokens: readonly Token[], i: number, j: number): boolean {
  return i === j && tokens[i]!.text.length > 4 && /[sx]$/.test(tokens[i]!.lower) &&
  isCommonWord(tokens[i]!.lower) && isCommonWord(tokens[i]!.lower.replace(/[sx]$/, ''));
}

/** Where the words after a place's name (one or two words, a known region or country) start in [i, j]; i when none. */
function leadingPlace(tokens: readonly Token[], gaz: Gazetteer, i0: number, j: number): number {
  // (a capitalised word opening the sentence before the place: "The", "Yesterday")
  const i = /^(?:the|la|le|les)$/.test(tokens[i0]!.lower) || (i0 === 0 && isCommonWord(tokens[0]!.lower)) ? i0 + 1 : i0;
  for (let k = Math.min(i + 1, j - 1); k >= i; k--) {
    const g = gaz.lookup(spanKey(tokens, i, k));
    if (g && (g.type === 'Region' || g.type === 'Country') && !g.town) return k + 1;
  }
  return i0;
}

/** Words of tokens[a..z] but connectors and "and"/"et" all capitalised common words (joinedByAnd). */
function commonCapitalised(tokens: readonly Token[], a: number, z: number): boolean {
  return tokens.slice(a, z + 1).filter((t) => !CONNECTORS.has(t.lower) && !/^(?:and|et)$/.test(t.lower))
    .every((t) => t.kind === 'word' && t.cap && !t.allCaps && isCommonWord(t.lower));
}

/**
 * End of the name that "and" after tokens i..j continues, or -1: a run of capitalised words after "and" that ends in the head of a
 * public body's or a scheme's name ("… and Statistics Administration", "… and Creative Sectors Guarantee Facility"), the part
 * before it common words ("Economics", "Business") or, for a scheme, places ("Falkirk and Grangemouth Growth Deal"); after a
 * body's head and its complement, common words ("Department for Energy Security and Net Zero"); a lower-case scheme noun
 * defined by an acronym after it ("Loan and Grant program (REDLG)").
 */
function joinedByAnd(tokens: readonly Token[], gaz: Gazetteer, cues: CueIndex, lang: 'en' | 'fr' | undefined, i: number, j: number): number {
  let e = j + 2;
  // ("… Restoration Authority Director Jane Roe": a title after the name and its holder are no part of it)
  while (isNameAt(tokens, gaz, lang, e + 1) && e < j + 6 && !CONNECTORS.has(tokens[e + 1]!.lower) && !cues.roles.has(tokens[e + 1]!.lower)) e++;
  // ("the Monopolies and Mergers Commission Orvane's bid": a name with a possessive after the body's head is the next name)
  if (e > j + 2 && tokens[e + 1]?.kind === 'possessive' && ORGANIZATION_HEADS.has(tokens[e - 1]!.lower)) e--;
  const head = tokens[e]!.lower;
  const headType = AND_HEADS.has(head) ? 'Program' : NAME_TAIL_TYPES[head];
  // ("The Orvel and Pellham Growth Deal": a sentence's capitalised article before the place)
  const place = gaz.lookup(spanKey(tokens, i + (j > i && tokens[i]!.lower === 'the' ? 1 : 0), j));
  // ("Community Bank and Singing River Electric Power Association": a name with a head of its own is a name of its own)
  if (NAME_TAIL_TYPES[tokens[j]!.lower] || ORGANIZATION_HEADS.has(tokens[j]!.lower) || AND_HEADS.has(tokens[j]!.lower)) return -1;
  // ("Coastal Protection and Restoration Authority" after its state's name: "Orvania Coastal Protection and …")
  const lead = leadingPlace(tokens, gaz, i, j);
  if (e > j + 2 && (headType === 'Organization' || headType === 'Program') && (commonCapitalised(tokens, i, j) || (headType === 'Program' && place?.type === 'Region') ||
    (lead > i && commonCapitalised(tokens, lead, j) && commonCapitalised(tokens, j + 2, e)))) return e;
  // ("ORVA Rural Development Business and Industry Loan Guarantee": a scheme's name opened by its agency's acronym)
  if (e > j + 2 && headType === 'Program' && j > i && tokens[i]!.allCaps && tokens[i]!.kind === 'word' && commonCapitalised(tokens, i + 1, j) && commonCapitalised(tokens, j + 2, e)) return e;
  // ("Department for Energy Security and Net Zero")
  if (ORGANIZATION_HEADS.has(tokens[i]!.lower) && /^(?:for|of)$/.test(tokens[i + 1]?.lower ?? '') && e - j <= 4 && commonCapitalised(tokens, j + 2, e) && !isNameAt(tokens, gaz, lang, e + 1) && commonCapitalised(tokens, i + 2, j)) return e;
  // ("North Orvanian Bolt and Screw Co.": common nouns on either side of "and" before a legal form name one firm)
  if (isCorporateSuffix(head) && e > j + 2 && e - j <= 4 && commonCapitalised(tokens, j, j) && commonCapitalised(tokens, j + 2, e - 1)) return e;
  // ("Orvane Corporate and Investment Bank": so before a firm's head word, after a name of two words or more)
  if (headType === 'Company' && e > j + 2 && e - j <= 3 && j > i && commonCapitalised(tokens, j, j) && commonCapitalised(tokens, j + 2, e - 1)) return e;
  // ("Rural Economic Development Loan and Grant program (REDLG)")
  const scheme = tokens[e + 1];
  if (scheme?.kind === 'word' && !scheme.cap && AND_HEADS.has(scheme.lower) && tokens[e + 2]?.text === '(' && tokens[e + 3]?.allCaps && commonCapitalised(tokens, i, e)) return e + 1;
  return -1;
}

/** Where the portfolio words before a title of office start in [a, b] (-1: the span does not end before such a title). */
function portfolioStart(tokens: readonly Token[], gaz: Gazetteer, a: number, b: number): number {
  let e = b + 1;
  if (tokens[e]?.text === ',') return -1; // "Liam Fox, Trade Secretary": an apposition, the name is not the portfolio
  while (e <= b + 6 && (/^(?:and|&|,)$/.test(tokens[e]?.lower ?? '') || isPortfolioWord(tokens[e], gaz)) && !PORTFOLIO_TITLES.test(tokens[e]!.lower)) e++;
  if (e > b + 1 && !isPortfolioWord(tokens[e - 1], gaz)) return -1;
  const title = tokens[e];
  if (!title?.cap || !PORTFOLIO_TITLES.test(title.lower)) return -1;
  let p = b;
  while (p >= a && isPortfolioWord(tokens[p], gaz)) p--;
  // only a country or an acronym may come before the portfolio ("UK Business and Trade Secretary"; not "Douglas Alexander and Vice Minister")
  const place = p >= a ? gaz.lookup(spanKey(tokens, a, p)) : undefined;
  if (p >= a && !tokens[p]!.allCaps && !(place && !place.town)) return -1;
  return p === b ? -1 : p + 1;
}

/**
 * "Conseil général de la Moselle", "Conseil national des États généraux", "Agence des participations de l'État": a French
 * public body's name goes on with a complement that names a place or a body (capitalised, then its lower-case adjectives).
 */
function namedComplementEnd(text: string, tokens: readonly Token[], sentence: number, gaz: Gazetteer, lang: 'en' | 'fr' | undefined, out: Candidate[], e: number): number {
  let f = e + 1;
  if (!/^(?:de|d'|du|des)$/.test(tokens[f]?.lower ?? '')) return e;
  f++;
  if (/^(?:la|l')$/.test(tokens[f]?.lower ?? '')) f++;
  if (!isNameAt(tokens, gaz, lang, f) || tokens[f]!.allCaps) return e;
  // ("la Délégation … du Ministère de l'Économie": a body's head opens another body, its parent, named on its own)
  if (ORGANIZATION_HEADS.has(tokens[f]!.lower)) return e;
  const from = f;
  while (isNameAt(tokens, gaz, lang, f + 1)) f++;
  // ("Conseil général de la Moselle": the place stays a name of its own too)
  const place = gaz.lookup(spanKey(tokens, from, f));
  if (place && place.type === 'Region') out.push(makeCandidate(text, tokens, sentence, from, f, { gaz: place, hint: 'Region' }));
  while (f < e + 8 && tokens[f + 1]?.kind === 'word' && !tokens[f + 1]!.cap && ADJECTIVE_ENDING.test(tokens[f + 1]!.lower)) f++;
  return f;
}

/**
 * Where a body's name that goes on after a town at j ends: its head noun ("Institute", "University") within four capitalised
 * words, or -1. A stop word, a weekday or a month ends the town's phrase ("… in Tulsa With State Agency Support", "in Tulsa
 * Monday Morning Council session"): Title Case capitalises them too.
 */
function townBodyEnd(tokens: readonly Token[], cues: CueIndex, i: number, j: number): number {
  // ("Orvane Motor Corporation": a town before a trade word and a legal form names the firm; "Energy Company" is a common noun)
  let firm = -1, firmWords = i < j || !isCommonWord(tokens[i]!.lower);
  for (let e = j + 1; e <= j + 4; e++) {
    const t = tokens[e];
    if (!t || t.kind !== 'word' || !t.cap || t.allCaps || cues.stop.has(t.lower) || WEEKDAYS.test(t.lower) || MONTH_NAMES.has(t.lower)) return firm;
    if (NAME_TAIL_TYPES[t.lower] === 'Organization') return e;
    firmWords &&= FIRM_TAIL_WORDS.has(t.lower);
    if (firmWords && SUFFIXES.has(t.lower)) firm = e;
  }
  return firm;
}

const LEGISLATURES = /^(?:senate|house)$/;
const COMMITTEE_NOUNS = /^(?:committee|subcommittee)$/;

/** Connectors that join a name's parts and never end one ("Commission on", "Institute of"). */
const NAME_CONNECTORS = new Set(['on', 'of', 'for', 'and', 'in', 'de', 'du', 'des', "d'", 'et', 'the']);

/** The last token from e back to s that is no lower-case connector: where a name cut at e really ends. */
function lastNameWord(tokens: readonly Token[], s: number, e: number): number {
  while (e > s && !tokens[e]!.cap && NAME_CONNECTORS.has(tokens[e]!.lower)) e--;
  return e;
}

/** A candidate with every field set, in one order: one object shape for all candidates. */
function makeCandidate(text: string, tokens: readonly Token[], sentence: number, i: number, j: number, extra?: Partial<Candidate>): Candidate {
  return {
    sentence, i, j, start: tokens[i]!.start, end: tokens[j]!.end, text: text.slice(tokens[i]!.start, tokens[j]!.end),
    gaz: extra?.gaz, quoted: extra?.quoted ?? false, aliases: extra?.aliases, initial: isInitial(tokens, i), hint: extra?.hint,
  };
}

/** `surnames`: the last words of the names of several words read in the sentences before (a person's surname, "Said Orlan,"). */
export function findCandidates(text: string, tokens: readonly Token[], sentence: number, gaz: Gazetteer, cues: CueIndex, known?: ReadonlySet<string>, lang?: 'en' | 'fr',
  surnames?: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  let portfolioEnd = -10; // last token of a title's portfolio read in this sentence (see emit)

  if (known || isShouting(tokens, cues)) {
    // a headline: gazetteer names, names the body reads, and names by their shape only
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'word') continue;
      const j = lookupAt(tokens, gaz, i, tokens.length - 1);
      // "Growth in Southern Idaho": a compass adjective and a region, the name it ends
      const region = COMPASS_PARTS.has(tokens[i]!.lower) && i + 1 < tokens.length ? lookupAt(tokens, gaz, i + 1, tokens.length - 1) : -1;
      if (region > i && !(tokens[region + 1]?.kind === 'word' && tokens[region + 1]!.cap) && compassPartEnd(tokens, gaz, i, region) >= 0) {
        out.push(makeCandidate(text, tokens, sentence, i, region, { hint: 'Region' })); i = region; continue;
      }
      let body = -1;
      if (known) for (let e = Math.min(tokens.length - 1, i + 7); e >= i && body < 0; e--) if (tokens[e]!.kind === 'word' && known.has(spanKey(tokens, i, e))) body = e;
      // ("Orvel Competition Law Institute Annual Conference", "Orvane Motor Corporation": a town before capitalised words up to a
      // body's head or a legal form names the body or firm, even when the body reads the town alone)
      const town = j >= 0 ? gaz.lookup(spanKey(tokens, i, j)) : undefined;
      const townBody = town?.type === 'Region' && (town.town || town.population !== undefined) ? townBodyEnd(tokens, cues, i, j) : -1;
      if (body >= 0 && body >= j && !(townBody > body)) { out.push(makeCandidate(text, tokens, sentence, i, body, { gaz: body === j ? gaz.lookup(spanKey(tokens, i, j)) : undefined })); i = body; continue; }
      // ("… Growth in Southern Orvania": a compass adjective before a known region or country names a part of it)
      if (COMPASS_ADJECTIVES.has(tokens[i]!.lower) && tokens[i]!.cap && tokens[i + 1] && isKnownArea(gaz, tokens[i + 1]!)) { out.push(makeCandidate(text, tokens, sentence, i, i + 1)); i++; continue; }
      // a single common word the gazetteer knows ("Central", "Reading") says nothing in a headline
      const commonPlace = known && j === i && !tokens[i]!.allCaps && isCommonWord(tokens[i]!.lower) && gaz.lookup(tokens[i]!.lower)?.type !== 'Country';
      // ("Sika / MBCC": a party named like a small town is the party)
      const townParty = j >= 0 && gaz.lookup(spanKey(tokens, i, j))?.town && partyAround(tokens, cues, i) >= i;
      // "MONSIEUR LE CHARGE D'AFFAIRES", "AMI DE LONGUE DATE": a sentence in capitals, a small town spelt like common words says nothing
      // (a department, "DANS LA MEUSE", has no population and stays)
      const shoutedWords = !known && j >= 0 && gaz.lookup(spanKey(tokens, i, j))?.town === true && gaz.lookup(spanKey(tokens, i, j))!.population !== undefined && tokens.slice(i, j + 1).every((x) => x.kind !== 'word' || isCommonWord(x.lower));
      if (townBody > j) { out.push(makeCandidate(text, tokens, sentence, i, townBody)); i = townBody; continue; }
      if (j >= 0 && !commonPlace && !townParty && !shoutedWords) { out.push(makeCandidate(text, tokens, sentence, i, j, { gaz: gaz.lookup(spanKey(tokens, i, j)) })); i = j; continue; }
      // "SALUER MONSIEUR SMELIAKOV, VICE-MINISTRE", "MONSIEUR VLADIMIR KIROV": in capitals, a name that is no word after an honorific is a person
      if (!known && tokens[i]!.allCaps && HONORIFICS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]!.allCaps && tokens[i - 1]!.text.length > 2) {
        let e = i;
        while (e < i + 2 && tokens[e + 1]?.kind === 'word' && tokens[e + 1]!.allCaps && !isCommonWord(tokens[e + 1]!.lower) && !cues.roles.has(tokens[e + 1]!.lower)) e++;
        const last = tokens[e]!;
        if (last.text.length >= 3 && !isCommonWord(last.lower) && !cues.roles.has(last.lower) && !cues.stop.has(last.lower) && !gaz.lookup(spanKey(tokens, i, e))) {
          out.push(makeCandidate(text, tokens, sentence, i, e, { hint: 'Person' })); i = e; continue;
        }
      }
      // "Orvane / Pellix: a merger brief", "Pellix Italia v Commission": the parties of a deal or a case are names
      const party = partyAround(tokens, cues, i);
      if (party >= i) {
        // parties of a deal are companies unless the name says otherwise ("v Commission")
        const body = ORGANIZATION_HEADS.has(tokens[party]!.lower) || NAME_TAIL_TYPES[tokens[party]!.lower] !== undefined && NAME_TAIL_TYPES[tokens[party]!.lower] !== 'Company';
        out.push(makeCandidate(text, tokens, sentence, i, party, body ? {} : { hint: 'Company' })); i = party; continue;
      }
      if (known && tokens[i]!.cap && strongShape(tokens, i, i)) { out.push(makeCandidate(text, tokens, sentence, i, i)); continue; }
      // "Speech by Jane Roe at the summit", "Discours d'Édouard Philippe": a given name that is no word and a capitalised surname
      const t = tokens[i]!, n = tokens[i + 1];
      // (a surname that is also a small town, "Clark", stays a surname)
      // "(Mr. Tony Newton)": after an honorific, a given name that is also a word opens the person too
      const h = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
      const honorific = !!h && h.cap && HONORIFICS.has(h.lower);
      if (known && t.cap && !t.allCaps && isGivenName(t.lower) && (honorific || !isCommonWord(t.lower)) && n?.kind === 'word' && n.cap && !n.allCaps && n.start === t.end + 1 &&
        (honorific || (gaz.lookup(n.lower)?.town ?? !gaz.lookup(n.lower))) && !cues.roles.has(n.lower) && !cues.stop.has(n.lower)) { out.push(makeCandidate(text, tokens, sentence, i, i + 1, { hint: 'Person' })); i++; continue; }
      if (tracing() && tokens[i]!.cap) reject({ stage: 'mention', sentence, text: tokens[i]!.text, reason: 'capitalised word in a Title Case headline, not a name the body or a lexicon knows', rule: 'headline' });
    }
    addAcronymDefinitions(tokens, out, (a, b, e) => makeCandidate(text, tokens, sentence, a, b, e), gaz);
    return out;
  }


  const dealSentence = tokens.some((t) => DEAL_WORDS.has(t.lower));
  let i = 0;
  while (i < tokens.length) {
    if (!isNameAt(tokens, gaz, lang, i)) { i++; continue; }
    // a public body or programme of the lexicons, connectors and all (lexicon/institutions-context.ts)
    const lexicon = lexiconSpanAt(tokens, i, gaz, (k) => isNameAt(tokens, gaz, lang, k) && !cues.roles.has(tokens[k]!.lower));
    if (lexicon) { out.push(makeCandidate(text, tokens, sentence, i, lexicon.j, { gaz: lexicon.entry })); i = lexicon.j + 1; continue; }
    // "Direct Welsh Government investment …": a common word opening the sentence before a body of the lexicons is not the body's
    if (isNameAt(tokens, gaz, lang, i + 1) && !tokens[i]!.allCaps && tokens[i]!.kind === 'word' && isInitial(tokens, i) && isCommonWord(tokens[i]!.lower, lang) &&
      !cues.demonyms.has(tokens[i]!.lower) && !gaz.lookup(tokens[i]!.lower) && lexiconSpanAt(tokens, i + 1, gaz, (k) => isNameAt(tokens, gaz, lang, k) && !cues.roles.has(tokens[k]!.lower))) { i++; continue; }
    let j = i;
    let slashed = false;
    while (true) {
      const next = tokens[j + 1];
      // ("Sainsbury and Asda Merger", "Plessey Takeover Bid": a deal's noun capitalised in a title ends the name before it)
      if (isNameAt(tokens, gaz, lang, j + 1) && !(DEAL_TAIL_NOUNS.has(tokens[j + 1]!.lower) && !isNameAt(tokens, gaz, lang, j + 2))) { j++; continue; }
      // "Pellton 2030, an economic development organization": a name and a year described in apposition as a body or a firm is one name
      if (next?.kind === 'number' && NAMED_YEAR.test(next.text) && tokens[j + 2]?.text === ',' && /^(?:a|an|the)$/.test(tokens[j + 3]?.lower ?? '') &&
        bodyInApposition(tokens, j + 4)) { j++; continue; }
      // "the U.S.-Brazil CEO Forum", "a U.K.-India council": a dotted abbreviation glued by a hyphen to the next name (the tokenizer
      // cuts at the dot's hyphen; "US-China" is one token already)
      if (next?.text === '-' && next.start === tokens[j]!.end && tokens[j]!.text.endsWith('.') && tokens[j + 2]?.start === next.end && isNameAt(tokens, gaz, lang, j + 2)) { j += 2; continue; }
      // "St. Louis", "Mt. Vernon", "Ft. Worth": a saint's, a mount's or a fort's short form opens a place's name
      if (j === i && next?.text === '.' && next.start === tokens[j]!.end && PLACE_ABBREVIATION.test(tokens[j]!.text) && isNameAt(tokens, gaz, lang, j + 2) && !tokens[j + 2]!.allCaps) { j += 2; continue; }
      // "R. Bourgeois", "J. Vellard": an initial opening a name (a firm named after its founder, or a person) goes with the name
      if (j === i && next?.text === '.' && next.start === tokens[j]!.end && ONE_CAPITAL.test(tokens[j]!.text) && !isCommonWord(tokens[j]!.lower) && !HONORIFICS.has(tokens[j]!.lower) && tokens[j + 2]?.kind === 'word' && tokens[j + 2]!.cap &&
        !tokens[j + 2]!.allCaps && isNameAt(tokens, gaz, lang, j + 2) && !cues.stop.has(tokens[j + 2]!.lower) && j > 0 &&
        !LETTER_LABELS.test(tokens[j - 1]!.lower)) { j += 2; continue; }
      // "Euro/DPC", "AC/DC": capitalised parts joined by a slash without spaces are one name
      // ("FedEx/Pellix" in a sentence about cases or mergers names the two parties of a deal)
      if (next?.text === '/' && next.start === tokens[j]!.end && isNameAt(tokens, gaz, lang, j + 2) && tokens[j + 2]!.start === next.end &&
        !/\d/.test(tokens[j]!.text + tokens[j + 2]!.text) && !dealSentence) { j += 2; slashed = true; continue; }
      // "the Enterprise Act 2002", "the American Recovery and Reinvestment Act of 2009": a law's year belongs to its name
      const lawYear = j > i ? lawYearLength(tokens, j) : 0;
      if (lawYear) { j += lawYear; continue; }
      // at a clause end only after a program or product noun ("le plan Horizon 2030.") or when short ("cité par Canal 3.")
      if (next?.kind === 'number' && next.text.length <= 4 && next.start === tokens[j]!.end + 1 &&
        !NOT_NAME_NUMBER_NEXT.test(tokens[j + 2]?.text ?? '') && tokens[j + 2]?.kind !== 'number') {
        const clauseEnd = /^[.,]$/.test(tokens[j + 2]?.text ?? '');
        const programNear = tokens.slice(Math.max(0, i - 8), i).some((t) => cues.program.has(t.lower));
        if (!clauseEnd || next.text.length <= 2 || programNear || (i > 0 && cues.product.has(tokens[i - 1]!.lower))) { j++; continue; }
      }
      // "les puces Helix de Pellix", "l'assistant Nexus d'Orvane": after a product noun, "de" introduces the maker
      // "en Chine de Manuel Valls": "de" before a person's full name ends the name before it
      // ("Shipbuilding & Marine Engineering": after "&" a company's name goes on, whatever its words)
      const person = next?.text !== '&' && isGivenName(tokens[j + 2]?.lower ?? '') && isNameAt(tokens, gaz, lang, j + 3) && !CONNECTORS.has(tokens[j + 3]!.lower);
      // "Déclaration de Mme Christine Lagarde": "de" before an honorific ends the name before it (the person follows)
      const addressed = /^(?:de|d'|of|by|par)$/.test(next?.lower ?? '') && HONORIFICS.has(tokens[j + 2]?.lower ?? '') && tokens[j + 2]!.cap;
      // "le site Orvane de Chalon", "l'usine Pellix de Douai": after a facility noun, "de" introduces the site's place
      const site = /^(?:de|d')$/.test(next?.lower ?? '') && i > 0 && siteOwnerAt(tokens, i) && !isNameAt(tokens, gaz, lang, j + 3) && !gaz.lookup(spanKey(tokens, i, j + 2)) &&
        !namedLikeWorks(tokens, i, j);
      // "Chair Brian Sohn of First Solar", "Gérard Mestrallet de Suez": a person's full name, then the body they belong to
      const ofBody = /^(?:of|de|d')$/.test(next?.lower ?? '') && j > i && isPersonName(tokens, j - 1, j) && (j - 1 === i || cues.roles.has(tokens[j - 2]!.lower));
      // "ERNST & YOUNG", "PROCTER & GAMBLE": "&" between words in capitals joins them as between any others
      // ("in IL, WI & WV": two-letter codes in a list stay apart)
      const capsAmpersand = next?.text === '&' && tokens[j]!.allCaps && tokens[j + 2]?.allCaps === true && tokens[j + 2]!.kind === 'word' &&
        tokens[j]!.text.length >= 3 && tokens[j + 2]!.text.length >= 3;
      // ("GM et S de La Souterraine": a single letter takes no complement, the place after it is a name of its own)
      const letter = j === i && tokens[j]!.text.length === 1 && next?.text !== '&';
      // "Harlowe Tractor of Peoria, Ill.", "the Port Authority of Greenville, Miss.": "of" a town and its state is the
      // firm's home, no part of its name (loc, round 11)
      const home = next?.lower === 'of' && (((j > i || !isCommonWord(tokens[i]!.lower)) && homeTownAt(tokens, j + 2, gaz)) || firmOfPlace(tokens, i, j, gaz) || homeCountryAt(tokens, i, j, gaz, cues));
      if (next && (CONNECTORS.has(next.lower)) && isNameAt(tokens, gaz, lang, j + 2) && (!tokens[j + 2]!.allCaps || capsAmpersand) && !person && !site && !ofBody && !addressed && !letter && !home) {
        const maker = /^(?:de|d'|of)$/.test(next.lower) && i > 0 && cues.product.has(tokens[i - 1]!.lower);
        // "Google Cloud for European customers": an adjective of origin after "for" is not a name's end
        const origin = /(?:ean|ian|ese|ish)$/.test(tokens[j + 2]!.lower) && tokens[j + 3]?.kind === 'word' && !tokens[j + 3]!.cap;
        if (!maker && !origin) { j += 2; continue; }
      }
      // "the Member for Hackney North and Stoke Newington": a constituency's name goes on with "and" (emit reads it as a place)
      if (next?.lower === 'and' && tokens[i]!.lower === 'member' && tokens[i + 1]?.lower === 'for' && j > i + 1 && isNameAt(tokens, gaz, lang, j + 2)) { j += 2; continue; }
      // "my constituency of Motherwell and Wishaw": so after the word for a constituency
      if (next?.lower === 'and' && constituencyBefore(tokens, i) && isNameAt(tokens, gaz, lang, j + 2)) { j += 2; continue; }
      // "Economics and Statistics Administration", "Business and Industry Guaranteed Loan Program", "Department for Energy Security
      // and Net Zero": "and" inside a public body's or a scheme's name (joinedByAnd)
      if (next && /^(?:and|et|&)$/.test(next.lower) && isNameAt(tokens, gaz, lang, j + 2)) {
        const e = joinedByAnd(tokens, gaz, cues, lang, i, j);
        if (e > j) { j = e; continue; }
      }
      // "Chambers of Commerce and Industry", "Hi Investment and Securities": "and" before the last word of an institution's name
      if (next && /^(?:and|et|&)$/.test(next.lower) && j > i && isNameAt(tokens, gaz, lang, j + 2) && !isNameAt(tokens, gaz, lang, j + 3) && AND_TAILS.has(tokens[j + 2]!.lower) &&
        isCommonWord(tokens[j]!.lower)) { j += 2; continue; }
      // "CHIPS and Science Act", "Research and Innovation Programme": "and" inside a program's name
      if (next && /^(?:and|et|&)$/.test(next.lower) && isNameAt(tokens, gaz, lang, j + 2) && isNameAt(tokens, gaz, lang, j + 3) && !isNameAt(tokens, gaz, lang, j + 4) &&
        NAME_TAIL_TYPES[tokens[j + 3]!.lower] === 'Program' && !tokens[j + 2]!.allCaps) { j += 3; continue; }
      // "the Anytown and Otherby Investment Zone": two places joined by "and" before a site's words name one site
      if (next && /^(?:and|&)$/.test(next.lower) && gaz.lookup(spanKey(tokens, ARTICLES.has(tokens[i]!.lower) && i < j ? i + 1 : i, j))?.type === 'Region') {
        const site = siteEnd(tokens, j + 2, (k) => isNameAt(tokens, gaz, lang, k));
        if (site > 0) { j = site; continue; }
      }
      // "the Applied Technology and Innovation Center", "Orvane Research and Development Centre": two fields of work joined by "and"
      // before a body's head noun name one body
      if (next && /^(?:and|&)$/.test(next.lower) && AND_TAILS.has(tokens[j]!.lower) && AND_TAILS.has(tokens[j + 2]?.lower ?? '') && tokens[j + 2]!.cap &&
        tokens[j + 3]?.cap && ORGANIZATION_HEADS.has(tokens[j + 3]!.lower) && !isNameAt(tokens, gaz, lang, j + 4)) { j += 3; continue; }
      // "Committee on Foreign Investment", "Council on Foreign Relations": "on" after a body's head noun
      // ("the Commission on State aid issues": EU prose's common noun "State aid" is no topic of a body's name)
      if (next?.lower === 'on' && BODY_ON.has(tokens[j]!.lower) && isNameAt(tokens, gaz, lang, j + 2) && !gaz.lookup(tokens[j + 2]!.lower) &&
        !(tokens[j + 2]!.lower === 'state' && tokens[j + 3]?.lower === 'aid' && !tokens[j + 3]!.cap)) {
        j += 2;
        while (isNameAt(tokens, gaz, lang, j + 1)) j++;
        // ("Council on Innovation and Entrepreneurship": the topic goes on with "and" and capitalised common words)
        if (/^(?:and|&)$/.test(tokens[j + 1]?.lower ?? '') && isNameAt(tokens, gaz, lang, j + 2) && tokens[j]!.kind === 'word' && isCommonWord(tokens[j]!.lower)) {
          let e = j + 2;
          while (isNameAt(tokens, gaz, lang, e + 1) && e < j + 4) e++;
          if (tokens.slice(j + 2, e + 1).every((t) => t.kind === 'word' && !t.allCaps && (AND_TAILS.has(t.lower) || (ABSTRACT_NOUN.test(t.lower) && isCommonWord(t.lower))) && !gaz.lookup(t.lower))) j = e;
        }
        // "… in the United States": the country a body of that name serves
        const d = tokens[j + 2]?.lower === 'the' ? 1 : 0;
        if (tokens[j + 1]?.lower === 'in' && isNameAt(tokens, gaz, lang, j + 2 + d)) {
          for (let e = j + 5 + d; e >= j + 2 + d; e--) if (e < tokens.length && gaz.lookup(spanKey(tokens, j + 2 + d, e))?.type === 'Country') { j = e; break; }
        }
        continue;
      }
      // "Invest in Britain Bureau", "Made in France Forum": "in" inside a body's or an event's name that ends in its head noun
      if (next?.lower === 'in' && isNameAt(tokens, gaz, lang, j + 2) && j - i <= 1) {
        let e = j + 2;
        while (isNameAt(tokens, gaz, lang, e + 1) && e < j + 5) e++;
        const tail = NAME_TAIL_TYPES[tokens[e]!.lower];
        // ("Investing in Manufacturing Communities Partnership": a name opened by a verb of investing or making takes any complement)
        const verbOpens = i === j && /^(?:invest|investing|made|make|making|build|building|buy|choose|choosing)$/.test(tokens[i]!.lower);
        if (e > j + 2 && (tail === 'Organization' || tail === 'Program' || ORGANIZATION_HEADS.has(tokens[e]!.lower)) && (verbOpens || gaz.lookup(spanKey(tokens, j + 2, e - 1)))) { j = e; continue; }
      }
      // "Arthur J. Gallagher", "George W. Bush": a middle initial after a given name, then the surname
      if (next?.text === '.' && next.start === tokens[j]!.end && ONE_CAPITAL.test(tokens[j]!.text) && j > i && isGivenName(tokens[j - 1]!.lower) &&
        isNameAt(tokens, gaz, lang, j + 2) && !tokens[j + 2]!.allCaps) { j += 2; continue; }
      // "Bruno le Maire", "Jean de la Tour": a lower-case particle after a given name is part of the surname
      if (next && /^(?:le|la|de|du|des|van|von|da|di|del|della)$/.test(next.text) && isGivenName(tokens[j]!.lower) && !isCommonWord(tokens[j]!.lower) &&
        isNameAt(tokens, gaz, lang, j + 2) && !isNameAt(tokens, gaz, lang, j + 3) && !gaz.lookup(tokens[j + 2]!.lower)) { j += 2; continue; }
      // "Ursula von der Leyen", "Rafael van den Berg": two name particles in a row
      if (next && /^(?:von|van)$/.test(next.lower) && /^(?:der|den|dem)$/.test(tokens[j + 2]?.lower ?? '') && isNameAt(tokens, gaz, lang, j + 3)) { j += 3; continue; }
      // "Plan d'Investissement pour l'Europe", "Programme pour la Recherche": a program's complement with "pour"
      if (next?.lower === 'pour' && cues.program.has(tokens[i]!.lower) && /^(?:l'|la|le|les)$/.test(tokens[j + 2]?.lower ?? '') && isNameAt(tokens, gaz, lang, j + 3)) { j += 3; continue; }
      // "le sommet Choisir l'Europe", "le plan Investir l'Avenir": after a program noun an elided article stays inside
      if (next?.kind === 'elision' && next.lower === "l'" && isNameAt(tokens, gaz, lang, j + 2) && i > 0 && cues.program.has(tokens[i - 1]!.lower)) { j += 2; continue; }
      // "Conseil national de l'Industrie", "Agence de l'Environnement": "de l'" inside a public body's name
      if (/^(?:de|d')$/.test(next?.lower ?? '') && tokens[j + 2]?.lower === "l'" && isNameAt(tokens, gaz, lang, j + 3) && ORGANIZATION_HEADS.has(tokens[i]!.lower)) { j += 3; continue; }
      // "Department of the Treasury", "Ministry of the Interior": "of the" after a public body's head noun
      if (next?.lower === 'of' && tokens[j + 2]?.lower === 'the' && isNameAt(tokens, gaz, lang, j + 3) && ORGANIZATION_HEADS.has(tokens[j]!.lower)) { j += 3; continue; }
      // "Export-Import Bank of the United States": a bank named for its country
      if (next?.lower === 'of' && tokens[j + 2]?.lower === 'the' && j > i && /^(?:bank|banque)$/.test(tokens[j]!.lower)) {
        let e = -1;
        for (let z = Math.min(tokens.length - 1, j + 6); z >= j + 3 && e < 0; z--) if (tokens[z]!.kind === 'word' && gaz.lookup(spanKey(tokens, j + 3, z))?.type === 'Country') e = z;
        if (e > 0) { j = e; continue; }
      }
      // "Berry of the Orvane from the United States", "Berry of the Orvane has invested": one word, "of the", one word, neither a place,
      // a body or a title, acting as a firm, is one firm's name
      if (next?.lower === 'of' && tokens[j + 2]?.lower === 'the' && j === i && ofTheFirm(tokens, gaz, cues, lang, i)) { j += 3; continue; }
      // "le salon Mondial de l'Auto": "de l'" inside a program's name
      if (/^(?:de|d')$/.test(next?.lower ?? '') && tokens[j + 2]?.lower === "l'" && isNameAt(tokens, gaz, lang, j + 3) && i > 0 && cues.program.has(tokens[i - 1]!.lower)) { j += 3; continue; }
      // "Chambre de Commerce et d'Industrie …", "Ministère de l'Économie, des Finances et de l'Industrie" (french-bodies.ts)
      const body = frenchBodyEnd(tokens, i, j, (k) => isNameAt(tokens, gaz, lang, k), gaz);
      if (body > j) { j = body; continue; }
      break;
    }
    // a slashed name is read whole: its parts may be words ("Euro") that would cut it
    if (slashed && j === i + 2) out.push(makeCandidate(text, tokens, sentence, i, j));
    else splitSpan(i, j);
    i = j + 1;
  }

  function splitSpan(a: number, b: number) {
    let s = a;
    for (let k = a; k <= b + 1; k++) {
      if (k > b) { if (k > s) emit(s, k - 1); return; }
      const t = tokens[k]!;
      // "UniCredit/Banco Sud", "Orvane/Pellix Holdings": a deal written as buyer/target is two names when one part has several words
      if (t.text === '/') { if (k > s) emit(s, k - 1); s = k + 1; continue; }
      // "Orvik-branded tools": the brand without its participle
      // (a prefix or a dictionary word before it names no brand: "Non-branded goods", "Own-branded")
      const branded = STARTS_UPPER.test(t.text) ? BRANDED.exec(t.text) : null;
      if (branded && (BRAND_PREFIXES.test(branded[1]!) || isCommonWord(branded[1]!.toLowerCase()))) { if (k > s) emit(s, k - 1); s = k + 1; continue; }
      if (branded) {
        const brand = makeCandidate(text, tokens, sentence, s, k, { hint: 'Product' });
        brand.end = t.start + branded[1]!.length;
        brand.text = text.slice(brand.start, brand.end);
        out.push(brand);
        s = k + 1;
        continue;
      }
      // "Orvane-backed Pellix": the backer and the name it qualifies are two names
      const glued = k < b && STARTS_UPPER.test(t.text) ? GLUED.exec(t.text) : null;
      if (glued) {
        const prefix = glued[1]!.toLowerCase(), participle = glued[2]!.toLowerCase();
        const located = participle === 'based' || participle === 'headquartered';
        // "Los Angeles-based X", "New South Wales-based X": the place may start before the glued word
        let from = k;
        if (located) for (let e = Math.max(s, k - 3); e < k; e++) {
          if (gaz.lookup(spanKey([...tokens.slice(e, k), { ...t, lower: prefix }], 0, k - e))) { from = e; break; }
        }
        if (from > s) emit(s, from - 1);
        // "Japanese-owned", "Australian-born Murdoch", "British-made": an origin, not a name
        if (cues.demonyms.has(prefix) && !gaz.lookup(prefix)) {
          if (tracing()) reject({ stage: 'mention', sentence, text: t.text, reason: 'demonym glued to a participle (an origin, not a name)', rule: 'glued-adjective' });
        } else if (located || BACKER.test(participle)) {
          // "Orvane-backed Pellix": the backer; "Mumbai-based Tata Motors": the place the company is based in
          const backer = makeCandidate(text, tokens, sentence, from, k);
          backer.end = t.start + glued[1]!.length;
          backer.text = text.slice(backer.start, backer.end);
          if (located) {
            backer.gaz = gaz.lookup(spanKey([...tokens.slice(from, k), { ...t, lower: prefix }], 0, k - from));
            // a name glued to "-based" is a place even when no lexicon knows it ("Ayrshire-headquartered")
            if (!backer.gaz) backer.hint = 'Region';
          }
          out.push(backer);
        } else if (tracing()) reject({ stage: 'mention', sentence, text: t.text, reason: `name glued to "-${participle}" (an origin, not the name that follows)`, rule: 'glued-adjective' });
        s = k + 1;
        continue;
      }
      // "le Président de la République Nicolas Sarkozy": the last words of a title begun before the span are no part of the name
      if (k === a && k === s) {
        let end = -1;
        for (let e = k; e <= Math.min(b - 1, k + 2); e++) if (cues.roles.endingAt(tokens, e) > e - k + 1) end = e;
        if (end >= 0) { s = end + 1; k = end; continue; }
      }
      // "Prince George County", "King County": a title word opening a county's or an island's name is part of it
      const placeName = k === s && b - k <= 3 && b > k && cues.roles.has(t.lower) && COUNTY_NOUN.test(tokens[b]!.lower) && !/^(?:of|for|de|du)$/.test(tokens[k + 1]!.lower);
      if (placeName) { emit(k, b); s = b + 1; k = b; continue; }
      const role = cues.roles.startingAt(tokens, k);
      if (role > 1) { // "Prime Minister Keir Starmer", "Chief Executive Jensen Huang"
        // ("Presidential Chief of Staff Jane Roe": an adjective opening the title belongs to it, as below)
        if (k > s && !(k === s + 1 && titleAdjective(tokens[s]!))) emit(s, k - 1);
        s = k + role;
        k = s - 1;
        continue;
      }
      // "the U.S.-Brazil CEO Forum": two countries glued by a hyphen open the name of what they share
      if (k === s && b > k + 2 && tokens[k + 1]!.text === '-' && tokens[k + 1]!.start === t.end && gaz.lookup(spanKey(tokens, k, k))?.type === 'Country' && gaz.lookup(spanKey(tokens, k + 2, k + 2))?.type === 'Country') {
        emit(k, b); s = b + 1; k = b; continue;
      }
      // "Central Ohio", "Southern Idaho": a compass adjective before a state or region ending the span names a part of it
      const part = k === s ? compassPartEnd(tokens, gaz, k, b) : -1;
      if (part >= 0) { out.push(makeCandidate(text, tokens, sentence, k, part, { hint: 'Region' })); s = part + 1; k = part; continue; }
      // "Saudi Arabia's", "South Korea", "Le Havre": a word that would be cut off starts a place name
      if (k === s && k <= b && (cues.demonyms.has(t!.lower) || cues.stop.has(t!.lower)) && gaz.startsLonger(spanKey(tokens, k, k).split(' ')[0]!)) {
        let j = -1;
        for (let e = Math.min(b, k + 3); e > k; e--) if (gaz.lookup(spanKey(tokens, k, e))) { j = e; break; }
        // "South Wales Water", "North West Rail": a place followed by a company's or a utility's word names the company
        const company = j > k && j < b && b - j <= 2 && (NAME_TAIL_TYPES[tokens[b]!.lower] === 'Company' || UTILITY_WORDS.has(tokens[b]!.lower));
        if (company) { emit(k, b); s = b + 1; k = b; continue; }
        if (j > k) { emit(k, j); s = j + 1; k = j; continue; }
        // "South Mississippi Electric Power Association": a compass word, a region, then a body's or a company's words
        const region = gaz.lookup(tokens[k + 1]?.lower ?? '');
        if (j < 0 && DIRECTIONS.has(t.lower) && b - k >= 3 && region?.type === 'Region' && region.population === undefined && NAME_TAIL_TYPES[tokens[b]!.lower] !== undefined) { emit(k, b); s = b + 1; k = b; continue; }
      }
      // "Bruno Le Maire": a title word after a name particle is a surname
      const particle = k > s && PARTICLES.has(tokens[k - 1]!.lower) && (tokens[k - 1]!.cap || isGivenName(tokens[k - 2]?.lower ?? ''));
      // a capitalised article inside a sentence belongs to the name ("selon Les Echos", "The Economist")
      // "Exclusive Networks", "Global Industries": a stop word that opens a company-shaped name stays in it
      // ("Following Greensill Capital's collapse": a preposition or participle opening the sentence opens no name)
      const companyShaped = k < b && (!isInitial(tokens, k) || (t!.lower.length >= 5 && !OPENING_PREPOSITIONS.has(t!.lower))) && !ARTICLES.has(t!.lower) && NAME_TAIL_TYPES[tokens[b]!.lower] === 'Company' && tokens[b]!.lower !== 'group' && tokens[b]!.lower !== 'groupe';
      // "the New Small Family model", "New Balance": "New" capitalised inside a sentence, before names, opens one
      const newName = t!.lower === 'new' && k < b && !isInitial(tokens, k) && tokens[k - 1]?.kind === 'word' && !tokens[k - 1]!.cap;
      // "l'affaire STILL", "pour MA France": a function word written in capitals inside a sentence is a name (the text's language
      // does not know it, or a name goes on after it)
      const capsName = t!.allCaps && t!.text.length >= 2 && !isInitial(tokens, k) && cues.stop.has(t!.lower) && !(gaz.lookup(t!.lower) && !gaz.lookup(t!.lower)!.town) &&
        ((t!.text.length >= 4 && !isCommonWord(t!.lower, lang)) || (k < b && tokens[k + 1]!.cap && !tokens[k + 1]!.allCaps && !cues.stop.has(tokens[k + 1]!.lower)));
      const address = (ADDRESS_WORDS.has(t!.lower) && k < b) || (/^friends?$/.test(t!.lower) && FRIEND_BEFORE.has((tokens[k - 1]?.text === '.' ? tokens[k - 2] : tokens[k - 1])?.lower.replace(/\.$/, '') ?? ''));
      // "the C Series", "its E Class": a capital letter before a capitalised word opens a model's name ("c" is a French stop word,
      // "A" and "I" are English words)
      const letterName = k < b && /^[B-HJ-NP-Z]$/.test(t!.text) && tokens[k + 1]!.cap && tokens[k + 1]!.kind === 'word';
      // "the PV California Valley Solar Ranch Project": a common abbreviation opening a name qualifies it
      // ("la division TV de Thomson": before "de" too, unless the abbreviation is a company noun: "une PME de Picardie" is placed there)
      const abbreviation = k < b && t!.allCaps && isCommonAcronym(t!.lower) && ((tokens[k + 1]!.cap && !tokens[k + 1]!.allCaps && tokens[k + 1]!.kind === 'word') ||
        (CONNECTORS.has(tokens[k + 1]!.lower) && !cues.company.has(t!.lower) && !FIRM_ABBREVIATIONS.has(t!.lower)));
      // "congratulations to Jun Kim, CEO of …": a month's abbreviation before a name, with no date word around it, is a given name
      const givenMonth = k < b && MONTH_ABBREVIATIONS.has(t!.text) && !isInitial(tokens, k) && !DATE_BEFORE.has(tokens[k - 1]?.lower ?? '') && tokens[k - 1]?.kind !== 'number' &&
        tokens[k + 1]!.kind === 'word' && !cues.stop.has(tokens[k + 1]!.lower) && tokens[b + 1]?.kind !== 'number';
      // "in Central Ohio": a compass adjective (a stop word) before a known region or country names a part of it
      const compassRegion = k === s && k + 1 === b && COMPASS_ADJECTIVES.has(t!.lower) && isKnownArea(gaz, tokens[b]!);
      // "Orvel's North Industrial Park", "the West Enterprise Zone": a compass word opening a site's name is part of it
      const compassSite = k < b && COMPASS_POINTS.has(t!.lower) && t!.cap && !isInitial(tokens, k) && NAME_TAIL_TYPES[tokens[b]!.lower] === 'Region';
      const compassDemonym = k < b - 1 && COMPASS_POINTS.has(t!.lower) && !isInitial(tokens, k) && cues.demonyms.has(tokens[k + 1]!.lower) && isCorporateSuffix(tokens[b]!.lower);
      // "Mr. De Vorlean", "the De Vorlean Motor Cars", "Van Rompuy": a capitalised surname particle before a name no dictionary or
      // gazetteer knows opens that name, not where it opens a French sentence ("De Paris à Lyon", "Du Pellix au Corvane")
      const particleName = k === s && k < b && t!.cap && !t!.allCaps && SURNAME_PARTICLES.has(t!.lower) && (lang === 'en' || !isInitial(tokens, k) || STYLES.has(tokens[k - 1]?.lower ?? '')) && tokens[k + 1]!.kind === 'word' && tokens[k + 1]!.cap &&
        !tokens[k + 1]!.allCaps && !isCommonWord(tokens[k + 1]!.lower) && !gaz.lookup(tokens[k + 1]!.lower) && !cues.roles.has(tokens[k + 1]!.lower);
      // "by J. Laitenberger": an initial (a capital, its full stop, a capitalised name) opens the name whatever word the letter is
      const initial = k === s && k + 2 <= b && ONE_CAPITAL.test(t!.text) && tokens[k + 1]!.text === '.' && tokens[k + 1]!.start === t!.end && tokens[k + 2]!.cap;
      // "Plessey Takeover", "Sainsbury and Asda Merger": a deal word after a firm's name in a headline names the deal, no part of the name
      const dealTail = k === b && k > s && DEAL_TAIL_NOUNS.has(t!.lower) && t!.cap && !isCommonWord(tokens[k - 1]!.lower);
      // "refer to the Monopolies and Mergers Commission Orvane's bid": a name with its possessive right after a body's head noun is
      // the next name (the object of the verb), not the body's
      const afterBody = k === b && k > s && ORGANIZATION_HEADS.has(tokens[k - 1]!.lower) && tokens[b + 1]?.kind === 'possessive' && t!.kind === 'word' && !t!.allCaps &&
        !ORGANIZATION_HEADS.has(t!.lower) && NAME_TAIL_TYPES[t!.lower] === undefined && !cues.organization.has(t!.lower) && !cues.roles.has(t!.lower);
      if (afterBody) { emit(s, k - 1); s = k; continue; }
      // "Said Jane Roe, …": a reporting verb opening the sentence before its speaker (inverted attribution), no given name
      // (only before the surname of a person named before: "Said" is also a given name, "Said Benali, chief executive")
      const saidFirst = k === s && k < b && t!.text === 'Said' && isInitial(tokens, k) && /^[,:]$/.test(tokens[b + 1]?.text ?? '') && !!surnames?.has(tokens[b]!.lower);
      const leading = dealTail || saidFirst || (k === s && !companyShaped && !newName && !capsName && !letterName && !givenMonth && !compassDemonym && !compassRegion && !compassSite && !particleName && !initial && (abbreviation || CONNECTORS.has(t!.lower) || GREETINGS.has(t!.lower) || STYLES.has(t!.lower) || address || (cues.stop.has(t!.lower) && (isInitial(tokens, k) || !ARTICLES.has(t!.lower) || k === b) && !monthNamedInEnglish(tokens, k)) ||
        (isCueNoun(t!.lower, cues) && !t!.allCaps && !CONNECTORS.has(tokens[k + 1]?.lower ?? ''))));
      // "Federation of Indian Chambers": a demonym inside an "of" complement belongs to the name
      const ofDemonym = k > s && k < b && /^(?:of|de|des|du)$/.test(tokens[k - 1]!.lower) && tokens[k + 1]!.cap;
      // "Chambre de Commerce et d'Industrie Japonaise en France": a demonym ending a French body's remit belongs to the name
      const bodyDemonym = k > s + 2 && ORGANIZATION_HEADS.has(tokens[s]!.lower) && /^(?:de|d'|du|des)$/.test(tokens[s + 1]!.lower) && (AND_TAILS.has(tokens[k - 1]!.lower) ||
        (COMBINING_FORM.test(tokens[k - 1]!.lower) && AND_TAILS.has(tokens[k - 2]!.lower))) && !cues.demonyms.has(tokens[k - 1]!.lower);
      // "American Airlines", "British Business Bank": a demonym opening a name that ends in a company word is the name's first word
      // "British Industrial Competitiveness Scheme": or a program's
      // "American Recovery and Reinvestment Act", "French Development Agency": or a law's, a programme's or a public body's
      // ("American Rail Car Industries Inc.": the company word before a legal form ends the name, loc round 11)
      const tailAt = tokens[b]!.kind === 'number' && tokens[b - 1]?.lower === 'of' ? b - 2 :
        b - 1 > k && LEGAL_FORM.test(tokens[b]!.lower) && NAME_TAIL_TYPES[tokens[b - 1]!.lower] === 'Company' ? b - 1 : b;
      const tailType = NAME_TAIL_TYPES[tokens[tailAt]!.lower];
      // ("American Rail Car Industries Inc.": or a legal form)
      // ("North American Bolt and Screw Co.": a point of the compass before the demonym opens the name with it)
      const demonymName = (k === s || (k === s + 1 && COMPASS_POINTS.has(tokens[s]!.lower) && !isInitial(tokens, s))) && k < b && (((tailAt - k <= 3 || (tailAt - k <= 5 && tailType === 'Program')) && (tailType === 'Company' || tailType === 'Program' || tailType === 'Organization') &&
        !/^(?:group|groupe|capital)$/.test(tokens[b]!.lower)) || (b - k >= 3 && b - k <= 5 && isCorporateSuffix(tokens[b]!.lower) && !tokens[b]!.allCaps));
      // "Minister for Investment Baroness Vane": a peerage style opens the person's name
      const peerage = k > s && PEERAGE.has(t!.lower) && k < b;
      // "Special Consultant", "Senior Adviser": an adjective opening a title belongs to it
      if (k === s + 1 && k <= b && cues.roles.has(t!.lower) && !particle && titleAdjective(tokens[s]!)) { s = k + 1; continue; }
      // "DG COMP", "DG TRADE": a title's acronym before a word in capitals names a directorate, not a person's title
      const directorate = t!.allCaps && k < b && tokens[k + 1]!.allCaps && tokens[k + 1]!.kind === 'word' && tokens[k + 1]!.text.length >= 3;
      // "Commission State aid decision", "German State aid": EU prose writes the common noun "State aid" with a capital
      const stateAid = t!.lower === 'state' && tokens[k + 1]?.lower === 'aid' && !tokens[k + 1]!.cap;
      // "l'usine Grand Chief à …", "the Orvane Chief plant": a title word ending the owner's name of a site names no one's office
      const ownerTitle = k === b && k > s && k - s <= 2 && !t!.allCaps && (SITE_NOUNS.has(tokens[s - 1]?.lower ?? '') || OWNED_SITE_AFTER.test(tokens[b + 1]?.lower ?? ''));
      // "the Asia Pacific CEO Summit", "Africa Business Leaders Forum": a title word inside an event's name belongs to it
      const eventName = k < b && k > s && EVENT_HEAD_NOUNS.has(tokens[b]!.lower);
      // "a news conference in Luxembourg Monday": wire copy dates a place by its weekday, no part of the name
      const weekday = k === b && k > s && WEEKDAYS.test(t!.lower) && !isCommonWord(tokens[k - 1]!.lower);
      // "Belgian-Brazilian Orvane", "the Franco-British Vantor group": demonyms joined by a hyphen say where a firm comes from, as one demonym does
      // (with the exceptions of one demonym, and only before a name: "Anglo-American Platinum" is one name)
      const demonymPair = t!.kind === 'word' && t!.text.includes('-') && t!.lower.split('-').every((p, n, ps) => p.length > 2 && (cues.demonyms.has(p) || WORLD_REGION_ADJECTIVES.has(p) || (n < ps.length - 1 && COMBINING_FORM.test(p)))) &&
        !ofDemonym && !demonymName && !bodyDemonym && (k >= b || (!isCommonWord(tokens[k + 1]!.lower) && !isCorporateSuffix(tokens[k + 1]!.lower)));
      const breaks = k > b || peerage || stateAid || weekday || demonymPair || (cues.roles.has(t!.lower) && !particle && !directorate && !ownerTitle && !eventName) || (cues.demonyms.has(t!.lower) && !gaz.lookup(t!.lower) && !ofDemonym && !demonymName && !bodyDemonym) || leading;
      if (!breaks) continue;
      // ("the European Commission on State aid issues": a name cut before a word that breaks it does not end on the connector that led to it)
      const e = lastNameWord(tokens, s, k - 1);
      if (e >= s) emit(s, e);
      s = k + 1;
    }
  }

  function emit(a: number, b: number) {
    let personHint = false;
    // "CEO of Acme Systems": a span left after cutting a one-word title does not open on its "of"
    while (a < b && LEADING_OF.has(tokens[a]!.text)) a++;
    // "Senate Finance committee", "House Energy subcommittee": a chamber's committee keeps its head noun in lower case
    if (b > a && LEGISLATURES.test(tokens[a]!.lower) && COMMITTEE_NOUNS.test(tokens[b + 1]?.text ?? '')) b++;
    // "à la Rochelle", "près du Mans": a town named with its article, written in lower case in running text ("La Rochelle", "Le Mans")
    if (b - a <= 2 && ARTICLE_OF_TOWN.test(tokens[a - 1]?.text ?? '')) {
      const g = gaz.lookup(tokens[a - 1]!.lower + ' ' + spanKey(tokens, a, b));
      if (g?.type === 'Region') { out.push(makeCandidate(text, tokens, sentence, a - 1, b, { gaz: g })); return; }
    }
    // "la loi Florange", "la loi Pacte": a French law is named "loi X" (X a place or a person it is named after)
    if (a === b && tokens[a - 1]?.text === 'loi' && !gaz.lookup(spanKey(tokens, a, b))?.iso2) { out.push(makeCandidate(text, tokens, sentence, a - 1, b, { hint: 'Program' })); return; }
    // "Bratislavský kraj", "Moskovskaya oblast": a foreign word for a region after the name belongs to it
    if (FOREIGN_AREA_WORDS.has(tokens[b + 1]?.lower ?? '') && !tokens[b + 1]!.cap && a === b) { out.push(makeCandidate(text, tokens, sentence, a, b + 1, { hint: 'Region' })); return; }
    // "the Asia Pacific Headquarters", "its European HQ": the facility is not part of the name before it
    if (b > a && tokens[b]!.lower === 'headquarters') b--;
    // "Toyota Plant, Derbyshire", "the Orvane Factory": a facility noun after a brand (a word no dictionary knows) is the brand's site
    if (b === a + 1 && /^(?:plant|factory|usine)$/.test(tokens[b]!.lower) && !tokens[a]!.allCaps && !isCommonWord(tokens[a]!.lower)) b--;
    // "the Member for Scunthorpe": a member of parliament is named after a constituency, a place
    if (constituencyBefore(tokens, a) && tokens.slice(a, b + 1).some((t) => t.lower === 'and')) { out.push(makeCandidate(text, tokens, sentence, a, b, { hint: 'Region' })); return; }
    if (b >= a + 2 && tokens[a]!.lower === 'member' && tokens[a + 1]!.lower === 'for') { out.push(makeCandidate(text, tokens, sentence, a + 2, b, { gaz: gaz.lookup(spanKey(tokens, a + 2, b)), hint: 'Region' })); return; }
    // "the US-UK agreement", "UK-US collaboration": two countries joined by a hyphen are both named
    if (a === b && tokens[a]!.text.includes('-')) {
      const parts = tokens[a]!.text.split('-');
      const entries = parts.map((p) => gaz.lookup(p.toLowerCase()));
      if (parts.length === 2 && entries.every((g) => g?.type === 'Country')) {
        let start = tokens[a]!.start;
        parts.forEach((p, n) => { const c = makeCandidate(text, tokens, sentence, a, a, { gaz: entries[n] }); c.start = start; c.end = start + p.length; c.text = p; out.push(c); start += p.length + 1; });
        return;
      }
    }
    // "Secretary of State for Wales Alun Cairns", "Minister for Brittany Jeanne Roe": the place of a title's portfolio, then the
    // holder's name (a given name that is no common word, and a surname)
    if (b > a + 1 && /^(?:for|of)$/.test(tokens[a - 1]?.lower ?? '') && (cues.roles.endingAt(tokens, a - 2) > 0 || [2, 3, 4].some((n) => OFFICE_TITLES.test(tokens[a - n]?.lower ?? '')))) {
      for (let e = Math.min(b - 2, a + 2); e >= a; e--) {
        const g = gaz.lookup(spanKey(tokens, a, e));
        const given = tokens[e + 1]!;
        // (a given name of the list, or two capitalised words the text's language does not know: "Alun" is French for alum)
        const holder = given.kind === 'word' && !given.allCaps && (isGivenName(given.lower) ? !isCommonWord(given.lower) : b - e <= 3 && !!lang && !isCommonWord(given.lower, lang) && !gaz.lookup(given.lower));
        if (g && (g.type === 'Country' || g.type === 'Region') && !g.town && holder) { emit(a, e); out.push(makeCandidate(text, tokens, sentence, e + 1, b, { hint: 'Person' })); return; }
      }
    }
    // "Minister of Trade, Industry and Foreign Affairs Jane Roe", "President of the Export Bank of Ruritania John P. Roe": a
    // title's complement glued to its holder's name (a given name that is no common word, then a surname)
    // (a portfolio right after "for" is left to the portfolio rules below, which tie it to its body)
    const holder = b > a + 1 && tokens[a - 1]?.lower !== 'for' ? holderAfterComplement(tokens, cues, a, b) : -1;
    if (holder > a) {
      const known = gaz.lookup(spanKey(tokens, a, holder - 1));
      // (the last portfolio of a list)
      const portfolioOnly = /^(?:and|&|,)$/.test(tokens[a - 1]?.lower ?? '') && tokens.slice(a, holder).every((t) => isPortfolioWord(t, gaz) || /^(?:and|&|,)$/.test(t.lower));
      // (a body's name: a head noun or a company's word in it; any other word before the holder is left to the rules below)
      const body = tokens.slice(a, holder).some((t) => ORGANIZATION_HEADS.has(t.lower) || NAME_TAIL_TYPES[t.lower] !== undefined);
      if (known || portfolioOnly || body) {
        if (known) out.push(makeCandidate(text, tokens, sentence, a, holder - 1, { gaz: known }));
        else if (body) emit(a, holder - 1);
        else if (tracing()) reject({ stage: 'mention', sentence, text: text.slice(tokens[a]!.start, tokens[holder - 1]!.end), reason: 'portfolio of a title before its holder', rule: 'title-portfolio' });
        out.push(makeCandidate(text, tokens, sentence, holder, b, { hint: 'Person' }));
        return;
      }
    }
    // "Director General, Strategy & External Affairs": common words after a title and a comma are its portfolio
    if (tokens[a - 1]?.text === ',' && cues.roles.endingAt(tokens, a - 2) > 0 &&
      tokens.slice(a, b + 1).every((t) => (t.kind === 'word' && t.cap && !t.allCaps && isCommonWord(t.lower)) || /^(?:&|and)$/.test(t.lower)) && tokens.slice(a, b + 1).some((t) => /^(?:&|and)$/.test(t.lower))) {
      if (tracing()) reject({ stage: 'mention', sentence, text: text.slice(tokens[a]!.start, tokens[b]!.end), reason: 'portfolio of a title', rule: 'title-portfolio' });
      return;
    }
    // "Business and Trade Secretary Jo Roe", "UK Cabinet Secretary", "the Energy Minister": capitalised common words right before
    // a title of office (or before "and"/"&" and more such words ending at one) are its portfolio; a country before them stays
    const portfolio = portfolioStart(tokens, gaz, a, b);
    if (portfolio >= 0) {
      if (tracing()) reject({ stage: 'mention', sentence, text: text.slice(tokens[portfolio]!.start, tokens[b]!.end), reason: 'portfolio before a title', rule: 'title-portfolio' });
      if (portfolio > a) emit(a, portfolio - 1);
      return;
    }
    // "Minister for Communities", "Secretary for Economy, Energy and Planning", "ministre de l'Économie, des Finances":
    // common words right after a title's "for/of/de" (or after such a portfolio and a list separator) are the portfolio, not a name
    // one word, or several after a government title ("Minister for Industry and Economic Security"): a name of several
    // dictionary words after a company's title ("chef d'Amazon Web Services") is a name, and the titles below are government ones
    const commonRun = tokens.slice(a, b + 1).every((t) => t.kind === 'word' && !t.allCaps && isCommonWord(t.lower));
    // ("Energy": a town named by a common word is no place in a portfolio)
    if (commonRun && (a === b || (b - a <= 3 && !tokens.slice(a, b + 1).some((t, n) => (n > 0 && (isGivenName(t.lower) || isCommonGivenName(t.lower))) || (gaz.lookup(t.lower) && !gaz.lookup(t.lower)!.town))))) {
      // (no portfolio read yet in this sentence: no gap to continue from)
      const gap = portfolioEnd < 0 ? '#' : tokens.slice(portfolioEnd + 1, a).map((t) => t.lower).join(' ');
      // "ministre de l'Économie": the elided article between "de" and the portfolio
      const elided = tokens[a - 1]?.lower === "l'" && /^(?:de|d')$/.test(tokens[a - 2]?.lower ?? '') ? 1 : 0;
      // "Director General for Education and Justice": after any title, "for" introduces a portfolio (a company's title takes "of")
      const titled = (/^(?:of|for|de|du|des|d')$/.test(tokens[a - 1 - elided]?.lower ?? '') && [1, 2, 3].some((n) => OFFICE_TITLES.test(tokens[a - 1 - elided - n]?.lower ?? ''))) ||
        (tokens[a - 1]?.lower === 'for' && cues.roles.endingAt(tokens, a - 2) > 0 && !CORPORATE_TITLE_END.test(tokens[a - 2]?.lower ?? '')) ||
        (/^(?:,|and|et)(?: (?:de|du|des|of|for))?(?: (?:la|le|l'|the))?$/.test(gap.replace(/' /g, "'")) || /^, (?:and|et) (?:de |du |des |of |for )?(?:la |le |l' ?|the )?$/.test(gap + ' '));
      if (titled) {
        portfolioEnd = b;
        if (tracing()) reject({ stage: 'mention', sentence, text: text.slice(tokens[a]!.start, tokens[b]!.end), reason: 'portfolio of a title', rule: 'title-portfolio' });
        return;
      }
    }
    // "Secretary of Commerce Jane Roe", "Deputy Chief of Staff Ann Lee": a portfolio before a given name is the title's
    // ("Prince George County": no person's name ends in a place noun)
    if (b - a >= 2 && !COUNTY_NOUN.test(tokens[b]!.lower)) {
      const afterTitle = /^(?:of|for|de|du|des|d')$/.test(tokens[a - 1]?.lower ?? '') && [2, 3, 4].some((n) => cues.roles.endingAt(tokens, a - n) > 0);
      // "Director of the White House Economic Council Jane Roe", "Ambassador to Ruritania and Freedonia Jane Roe": the body or
      // place a title names, then its holder's given name and surname (the body stays a name of its own)
      const bodyTitled = !afterTitle && titleBefore(tokens, a, cues);
      for (let g = a + 1; g < b; g++) {
        // "Minister for Investment Poppy Smith": after a title, a given name that is also a word ("Poppy") opens the person before a surname that is no word
        const given = isGivenName(tokens[g]!.lower) || (afterTitle && isCommonGivenName(tokens[g]!.lower) && !isCommonWord(tokens[g + 1]!.lower));
        if (!given || !tokens[g + 1]!.cap || isGivenName(tokens[a]!.lower)) continue;
        if (bodyTitled && personTail(tokens, g, b)) {
          const head = gaz.lookup(spanKey(tokens, a, g - 1));
          // (the head is kept when it names a body or a place; a portfolio of common words is the title's)
          if (head || ORGANIZATION_HEADS.has(tokens[g - 1]!.lower) || NAME_TAIL_TYPES[tokens[g - 1]!.lower] !== undefined) emit(a, g - 1);
          else if (tracing()) reject({ stage: 'mention', sentence, text: text.slice(tokens[a]!.start, tokens[g - 1]!.end), reason: 'portfolio words of a title before a person', rule: 'title-portfolio' });
          out.push(makeCandidate(text, tokens, sentence, g, b, { hint: 'Person' }));
          return;
        }
        if (afterTitle || tokens.slice(a, g).some((t) => cues.roles.has(t.lower))) {
          if (tracing()) reject({ stage: 'mention', sentence, text: text.slice(tokens[a]!.start, tokens[g - 1]!.end), reason: 'portfolio words of a title before a person', rule: 'title-portfolio' });
          a = g;
          personHint = !isGivenName(tokens[g]!.lower) && (b === g + 1 || (b === g + 2 && POST_NOMINALS.has(tokens[b]!.lower)));
        }
        break;
      }
    }
    // "the Biden-Harris Administration", "the Obama administration": an administration is named after people
    if (/^administration$/i.test(tokens[b]!.text) && a === b - 1 && !gaz.lookup(tokens[a]!.lower)) {
      const parts = tokens[a]!.text.split('-');
      if (parts.length <= 2 && parts.every((p) => TITLE_WORD.test(p) && !isCommonWord(p.toLowerCase()))) {
        let start = tokens[a]!.start;
        for (const p of parts) {
          const c = makeCandidate(text, tokens, sentence, a, a, { hint: 'Person' });
          c.start = start; c.end = start + p.length; c.text = p;
          out.push(c);
          start += p.length + 1;
        }
      }
    }
    // "Japanese-owned", "British-made": a demonym glued to a participle is an origin
    const gluedAlone = a === b ? GLUED.exec(tokens[a]!.text) : null;
    if (gluedAlone && cues.demonyms.has(gluedAlone[1]!.toLowerCase()) && !gaz.lookup(gluedAlone[1]!.toLowerCase())) {
      if (tracing()) reject({ stage: 'mention', sentence, text: tokens[a]!.text, reason: 'demonym glued to a participle (an origin, not a name)', rule: 'glued-adjective' });
      return;
    }
    // "UK-made medicines", "Orvane-owned plant": an origin is the place it names; an owner or a backer is a name
    if (gluedAlone && !/^(?:based|born|headquartered|listed)$/i.test(gluedAlone[2]!)) {
      const prefix = gluedAlone[1]!;
      const g = gaz.lookup(spanKey([{ ...tokens[a]!, lower: prefix.toLowerCase() }], 0, 0));
      if (g || /^(?:backed|owned|led|funded|controlled|run)$/i.test(gluedAlone[2]!)) {
        const c = makeCandidate(text, tokens, sentence, a, a, { gaz: g });
        c.end = c.start + prefix.length; c.text = prefix;
        out.push(c);
      } else if (tracing()) reject({ stage: 'mention', sentence, text: tokens[a]!.text, reason: 'a name glued to a participle of making (an origin, not a name)', rule: 'glued-adjective' });
      return;
    }
    // "London-based", "Paris-born": the place is the name
    const compound = a === b ? /^(.+)-(?:based|born|headquartered|listed)$/i.exec(tokens[a]!.text) : null;
    if (compound) {
      const g = gaz.lookup(spanKey([{ ...tokens[a]!, lower: tokens[a]!.lower.slice(0, compound[1]!.length) }], 0, 0));
      if (g) { const c = makeCandidate(text, tokens, sentence, a, a, { gaz: g }); c.end = c.start + compound[1]!.length; c.text = compound[1]!; out.push(c); }
      return;
    }
    // "San Francisco-based": a place of several words before -based
    const tail = a < b ? /^(.+)-(?:based|born|headquartered|listed)$/i.exec(tokens[b]!.text) : null;
    if (tail) {
      const last = { ...tokens[b]!, lower: tokens[b]!.lower.slice(0, tail[1]!.length) };
      const g = gaz.lookup(spanKey([...tokens.slice(a, b), last], 0, b - a));
      if (g) { const c = makeCandidate(text, tokens, sentence, a, b, { gaz: g }); c.end = tokens[b]!.start + tail[1]!.length; c.text = text.slice(c.start, c.end); out.push(c); }
      return;
    }
    // "Texas AI campus", "Paris IA": a place followed by a common acronym is the place
    if (a < b && isCommonAcronym(tokens[b]!.lower)) {
      const g = gaz.lookup(spanKey(tokens, a, b - 1));
      if (g) { out.push(makeCandidate(text, tokens, sentence, a, b - 1, { gaz: g })); return; }
    }
    // a place name that goes on in lower case: "Amérique latine", "Europe de l'Est", "Asie du Sud-Est"
    let maxE = gaz.startsLonger(spanKey(tokens, a, a).split(' ')[0]!) ? b : -1;
    while (maxE >= 0 && maxE < b + 3 && tokens[maxE + 1] && tokens[maxE + 1]!.kind !== 'punct' && tokens[maxE + 1]!.kind !== 'possessive') maxE++;
    for (let e = maxE; e > b; e--) {
      const longer = gaz.lookup(spanKey(tokens, a, e));
      if (longer) { out.push(makeCandidate(text, tokens, sentence, a, e, { gaz: longer })); return; }
    }
    const whole = gaz.lookup(spanKey(tokens, a, b));
    if (whole) { out.push(makeCandidate(text, tokens, sentence, a, b, { gaz: whole })); return; }
    while (b >= a && CONNECTORS.has(tokens[b]!.lower)) b--;
    // "Peut-être M. le ministre": a capital letter and a full stop before a lower-case word is an honorific, not the name's end
    if (b > a && ONE_CAPITAL.test(tokens[b]!.text) && tokens[b + 1]?.text === '.' && tokens[b + 2]?.kind === 'word' && !tokens[b + 2]!.cap) b--;

    // "Jane Roe MP", "John Doe KC": post-nominal letters are no part of the name
    if (b > a && POST_NOMINALS.has(tokens[b]!.lower)) b--;
    while (a <= b && tokens[a]!.kind === 'number') a++;
    if (b < a) return;
    // "CAC 40", "S&P 500", "T3 2024": an index or a period, not a name
    if (isCommonAcronym(tokens[a]!.lower) && tokens.slice(a + 1, b + 1).every((t) => t.kind === 'number')) return;
    // "une PME de Picardie", "an SME from Wales": a common acronym and its complement; the complement is the name, a place
    if (b > a + 1 && isCommonAcronym(tokens[a]!.lower) && /^(?:de|du|des|d'|of|from)$/.test(tokens[a + 1]!.lower) && /^(?:un|une|a|an|les|des|la|le|cette|this|these|nos|our)$/.test(tokens[a - 1]?.lower ?? '')) {
      // (a small firm "de" a name is from a place, as "une entreprise de Gironde")
      const g = gaz.lookup(spanKey(tokens, a + 2, b));
      out.push(makeCandidate(text, tokens, sentence, a + 2, b, g ? { gaz: g } : { hint: 'Region' }));
      return;
    }
    // a gazetteer name followed by a place noun ("Gangwon Province") is the place
    if (b > a && cues.place.has(tokens[b]!.lower)) {
      const g = gaz.lookup(spanKey(tokens, a, b - 1));
      if (g) { out.push(makeCandidate(text, tokens, sentence, a, b, { gaz: g })); return; }
    }
    const g = gaz.lookup(spanKey(tokens, a, b));
    if (g) { out.push(makeCandidate(text, tokens, sentence, a, b, { gaz: g })); return; }
    // "la Commission européenne", "la Banque centrale européenne": a public body named by a head and adjectives
    // (French only: "the Commission exclusive competence" is English word order, the adjective is not the body's)
    // ("Crédit suisse", "Crédit mutuel": a bank named by "Crédit" and an adjective)
    if (a === b && lang !== 'en' && !isInitial(tokens, a) && (ORGANIZATION_HEADS.has(tokens[a]!.lower) || BODY_COMPLEMENT_HEADS.has(tokens[a]!.lower) || tokens[a]!.lower === 'banque' || tokens[a]!.lower === 'bank' || tokens[a]!.lower === 'credit')) {
      let e = b;
      // ("aux" ends like an adjective and is the article "à les")
      while (e < b + 3 && tokens[e + 1]?.kind === 'word' && !tokens[e + 1]!.cap && tokens[e + 1]!.lower !== 'aux' && (ADJECTIVE_ENDING.test(tokens[e + 1]!.lower) || cues.demonyms.has(tokens[e + 1]!.lower))) e++;
      // "la Banque européenne d'investissement", "l'Agence nationale de la recherche": and a lower-case complement
      if (e > b && /^(?:de|d'|du|des)$/.test(tokens[e + 1]?.lower ?? '')) {
        let f = e + 2;
        if (/^(?:la|l')$/.test(tokens[f]?.lower ?? '')) f++;
        if (tokens[f]?.kind === 'word' && !tokens[f]!.cap && !/^\d/.test(tokens[f]!.text)) {
          e = f;
          // "l'Agence française des investissements internationaux": and the complement's own adjective
          if (tokens[e + 1]?.kind === 'word' && !tokens[e + 1]!.cap && !cues.stop.has(tokens[e + 1]!.lower) && COMPLEMENT_ADJECTIVE.test(tokens[e + 1]!.lower)) e++;
        }
      }
      if (e > b) { out.push(makeCandidate(text, tokens, sentence, a, namedComplementEnd(text, tokens, sentence, gaz, lang, out, e))); return; }
      // "l'Autorité de la concurrence", "la Cour des comptes": a body's head and a lower-case complement of one noun
      if (BODY_COMPLEMENT_HEADS.has(tokens[a]!.lower) && /^(?:de|d'|du|des|au|aux)$/.test(tokens[a + 1]?.lower ?? '')) {
        let f = a + 2;
        if (/^(?:la|l')$/.test(tokens[f]?.lower ?? '')) f++;
        const n = tokens[f];
        // "Autorité des marchés financiers": and the adjectives of that noun
        if (n?.kind === 'word' && !n.cap && n.text.length >= 4 && !cues.stop.has(n.lower) && isCommonWord(n.lower) && !cues.roles.endingAt(tokens, a - 1)) {
          while (f < a + 6 && tokens[f + 1]?.kind === 'word' && !tokens[f + 1]!.cap && (ADJECTIVE_ENDING.test(tokens[f + 1]!.lower) || /(?:iers|ieres|aires|iques|ennes|iens|ales|ifs|ives)$/.test(tokens[f + 1]!.lower)) && !/^(?:est|a|ont)$/.test(tokens[f + 1]!.lower)) f++;
          // "l'Agence de l'environnement et de la maîtrise de l'énergie": more complements chained by "de" or "et de"
          for (let n = 0; n < 3; n++) {
            let g = f + 1;
            if (tokens[g]?.lower === 'et') g++;
            if (!/^(?:de|d'|du|des)$/.test(tokens[g]?.lower ?? '')) break;
            g++;
            if (/^(?:la|l')$/.test(tokens[g]?.lower ?? '')) g++;
            const w = tokens[g];
            if (w?.kind !== 'word' || w.cap || w.text.length < 4 || cues.stop.has(w.lower) || !isCommonWord(w.lower)) break;
            f = g;
          }
          out.push(makeCandidate(text, tokens, sentence, a, namedComplementEnd(text, tokens, sentence, gaz, lang, out, f))); return;
        }
      }
    }
    // "le Sommet pour l'action sur l'IA", "the Summit on AI Safety": a capitalised event noun and its complement
    if (a === b && EVENT_HEAD_NOUNS.has(tokens[a]!.lower) && !isInitial(tokens, a)) {
      let e = a + 1;
      while (e <= a + 7 && tokens[e] && (tokens[e]!.kind === 'word' || tokens[e]!.kind === 'elision') && !tokens[e]!.cap) e++;
      if (e > a + 1 && e <= a + 7 && tokens[e]?.cap && tokens[e]!.kind === 'word' && /^(?:pour|sur|on|for|de|du|des|d')$/.test(tokens[a + 1]!.lower)) {
        out.push(makeCandidate(text, tokens, sentence, a, e));
        return;
      }
    }
    // a multi-word span that starts with a gazetteer name and continues with a stop word is split
    if (a === b && isCommonAcronym(tokens[a]!.lower)) return;
    out.push(makeCandidate(text, tokens, sentence, a, b, personHint ? { hint: 'Person' } : {}));
  }

  // "Defense Minister NAKATANI Gen": a surname in capitals, then the given name, after a title
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!, n = tokens[k + 1]!;
    if (t.kind === 'word' && t.allCaps && t.text.length > 2 && ALL_UPPER.test(t.text) && !isCommonWord(t.lower) && n.kind === 'word' && n.cap && !n.allCaps &&
      cues.roles.endingAt(tokens, k - 1) && !gaz.lookup(n.lower) && !cues.roles.has(n.lower) && !out.some((c) => c.i <= k && c.j >= k)) {
      for (let o = out.length - 1; o >= 0; o--) if (out[o]!.i === k + 1) out.splice(o, 1);
      out.push(makeCandidate(text, tokens, sentence, k, k + 1, { hint: 'Person' }));
    }
  }
  // "the acquisition of Ferrix by Prince, both active in …": a capitalised title alone after "by" in a deal, with no name after it,
  // is a firm's name (a title goes before its holder's name, or after "the")
  for (let k = 2; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || t.allCaps || tokens[k - 1]!.lower !== 'by' || !/^[,.;)]$/.test(tokens[k + 1]!.text) || !cues.roles.has(t.lower) ||
      out.some((c) => c.i <= k && c.j >= k) || !tokens.slice(Math.max(0, k - 8), k - 1).some((w) => DEAL_BEFORE_TITLE.test(w.lower))) continue;
    out.push(makeCandidate(text, tokens, sentence, k, k, { hint: 'Company' }));
  }
  addQuoted(text, tokens, out, (a, b, e) => makeCandidate(text, tokens, sentence, a, b, e));
  addAcronymDefinitions(tokens, out, (a, b, e) => makeCandidate(text, tokens, sentence, a, b, e), gaz);
  addFormerNames(tokens, out);
  // "l'Agence de l'environnement et de la maîtrise de l'énergie, l'ADEME,": an acronym in apposition that spells the name is its alias
  for (const c of out) {
    let k = c.j + 1;
    if (tokens[k]?.text !== ',' || c.j - c.i < 2) continue;
    k++;
    if (/^(?:l'|le|la|the)$/.test(tokens[k]?.lower ?? '')) k++;
    const acr = tokens[k];
    if (acr?.kind === 'word' && acr.allCaps && acr.text.length >= 3 && /^(?:[,.;)]|$)/.test(tokens[k + 1]?.text ?? '') && (fitsAcronym(acr.lower, tokens.slice(c.i, c.j + 1)) ||
      // (French acronyms keep a "de" now and then: "Agence De l'Environnement et de la Maîtrise de l'Énergie")
      prefixesSpell(acr.lower, tokens.slice(c.i, c.j + 1).filter((t) => t.kind === 'word').map((t) => t.lower), tokens.slice(c.i, c.j + 1)))) {
      c.aliases = [...(c.aliases ?? []), acr.text];
    }
  }
  extendWithSuffix(tokens, out, text);
  // French has no possessive 's: "l'agence Moody's", "Macy's" keep it
  if (lang === 'fr') for (const c of out) {
    const p = tokens[c.j + 1];
    if (p?.kind === 'possessive' && p.start === tokens[c.j]!.end && !out.some((o) => o.i === c.j + 1)) { c.j++; c.end = p.end; c.text = text.slice(c.start, c.end); }
  }
  // a place read over lower-case words ("Pays de la Loire") hides the names inside it
  const kept = out.filter((c) => c.hint || !out.some((o) => o !== c && o.i <= c.i && o.j >= c.j && o.j - o.i > c.j - c.i));
  addAcronymInfixes(tokens, kept, text, cues);
  // "the cases FedEx/Pellix and Orvane/Tarn": in a sentence about deals, the names on each side of a slash are the parties
  if (dealSentence) for (const c of kept) {
    const slashAfter = tokens[c.j + 1]?.text === '/' && tokens[c.j + 1]!.start === c.end && kept.some((o) => o.i === c.j + 2);
    const slashBefore = tokens[c.i - 1]?.text === '/' && tokens[c.i - 1]!.end === c.start && kept.some((o) => o.j === c.i - 2);
    if ((slashAfter || slashBefore) && !c.gaz && !c.hint && !ORGANIZATION_HEADS.has(tokens[c.i]!.lower) && !ORGANIZATION_HEADS.has(tokens[c.j]!.lower)) c.hint = 'Company';
  }
  // "the Pellix/Suez merger": a town's or region's name paired by a slash with a name no gazetteer knows is the other party, a firm
  // (two places, "UK/France", or a country, stay places)
  if (dealSentence) for (const c of kept) {
    if (!c.gaz || c.gaz.type === 'Country' || c.hint || c.i !== c.j) continue;
    const other = tokens[c.j + 1]?.text === '/' && tokens[c.j + 1]!.start === c.end ? kept.find((o) => o.i === c.j + 2) :
      tokens[c.i - 1]?.text === '/' && tokens[c.i - 1]!.end === c.start ? kept.find((o) => o.j === c.i - 2) : mergedWith(tokens, kept, c);
    if (!other || other.gaz || other.hint === 'Person' || ORGANIZATION_HEADS.has(tokens[other.i]!.lower)) continue;
    c.gaz = undefined;
    c.hint = 'Company';
  }
  // "WORKING WITH THE PRIVATE SECTOR: President X has …": a run-in heading in capitals says nothing by its capitals
  const heading = runInHeadingEnd(tokens);
  if (heading > 0) {
    for (let o = kept.length - 1; o >= 0; o--) {
      const c = kept[o]!;
      if (c.j >= heading || (c.gaz && !c.gaz.town)) continue;
      if (tracing()) reject({ stage: 'mention', sentence, text: c.text, reason: 'words of a run-in heading in capitals', rule: 'headline' });
      kept.splice(o, 1);
    }
  }
  return kept.sort((x, y) => x.i - y.i);
}

/** Index of the colon ending a run-in heading of two words or more in capitals, one of them a dictionary word ("GETTING GOVERNMENT OUT OF THE WAY:"), or -1. */
function runInHeadingEnd(tokens: readonly Token[]): number {
  let words = 0, common = 0;
  for (let k = 0; k < tokens.length && k < 16; k++) {
    const t = tokens[k]!;
    if (t.text === ':') return words >= 2 && common >= 1 ? k : -1;
    if (t.kind === 'word' && t.allCaps) { words++; if (t.text.length > 2 && isCommonWord(t.lower)) common++; continue; }
    if (t.kind === 'punct' && /^[-–,&]$/.test(t.text)) continue;
    return -1;
  }
  return -1;
}

const QUOTE_PAIRS: Array<[string, string]> = [['«', '»'], ['“', '”'], ['"', '"']];

function addQuoted(text: string, tokens: readonly Token[], out: Candidate[], make: (i: number, j: number, e?: Partial<Candidate>) => Candidate) {
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    while (true) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      from = b + 1;
      const inner = tokens.filter((t) => t.start > a && t.end <= b);
      const words = inner.filter((t) => t.kind === 'word');
      if (!words.length || words.length > 6 || !words[0]!.cap || inner.some((t) => /[.!?;:,]/.test(t.text) && t.kind === 'punct')) continue;
      const caps = words.filter((t) => t.cap).length;
      if (caps * 2 < words.length) continue;
      const i = tokens.indexOf(inner[0]!), j = tokens.indexOf(inner[inner.length - 1]!);
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.i >= i && out[k]!.j <= j) out.splice(k, 1);
      out.push(make(i, j, { quoted: true }));
    }
  }
}

/** "Orvane (former Pellix Batteries)", "Orvane (formerly Pellix)", "Orvane (ex-Pellix)": the bracket names the firm's old name, an alias. */
function addFormerNames(tokens: readonly Token[], out: Candidate[]): void {
  for (let p = 1; p + 3 < tokens.length; p++) {
    if (tokens[p]!.text !== '(' || !FORMER.test(tokens[p + 1]!.lower)) continue;
    const inner = out.find((c) => c.i === p + 2 && tokens[c.j + 1]?.text === ')');
    const name = out.find((c) => c.j === p - 1);
    if (!inner || !name || inner.quoted) continue;
    name.aliases = [...(name.aliases ?? []), inner.text];
    out.splice(out.indexOf(inner), 1);
  }
}

/** "Acme Cloud Services (ACS)", "Réserve fédérale américaine (Fed)": the acronym becomes an alias of the long form. */
function addAcronymDefinitions(tokens: readonly Token[], out: Candidate[], make: (i: number, j: number, e?: Partial<Candidate>) => Candidate, gaz: Gazetteer) {
  for (let p = 1; p + 2 < tokens.length; p++) {
    if (tokens[p]!.text !== '(') continue;
    // "(‘CRM')", "(“IPCEI”)": quotes around the acronym
    const quoted = /^['‘’“"]$/.test(tokens[p + 1]!.text) && /^['‘’”"]$/.test(tokens[p + 3]?.text ?? '') && tokens[p + 4]?.text === ')';
    if (tokens[p + 2]!.text !== ')' && !quoted) continue;
    const acr = quoted ? tokens[p + 2]! : tokens[p + 1]!;
    const at = quoted ? p + 2 : p + 1;
    // ("(‘tkSE')": a lower-case brand initial before capitals is an acronym still)
    if (acr.kind !== 'word' || !(acr.cap || MIXED_ACRONYM.test(acr.text)) || acr.text.length > 8 || acr.text.length < 2) continue;
    // "the Department of Energy's (DOE) Loan Programs Office", "Acme Inc.'s (Acme) unit": the possessive stands between
    // ("Acme Power Inc.'s (Acme)": and the corporate suffix, which joins the name later)
    let e = tokens[p - 1]!.kind === 'possessive' ? p - 2 : p - 1;
    const s = tokens[e]?.text === '.' ? e - 1 : e;
    if (s >= 1 && isCorporateSuffix(tokens[s]!.lower) && STARTS_UPPER.test(tokens[s]!.text)) {
      const before = s - 1 - (tokens[s - 1]?.text === ',' ? 1 : 0);
      const owner = out.find((c) => c.j === s || c.j === before);
      if (owner) e = owner.j;
    }
    let long = out.find((c) => c.j === e);
    if (!long && e < p - 1) continue;
    let built: { long: Candidate; start: Candidate | undefined } | undefined;
    if (!long) {
      let k = p - 1, words = 0;
      while (k >= 0 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && words < 4) { k--; words++; }
      // ("la base industrielle et technologique de défense (BITD)": up to eight lower-case words)
      let far = k, farWords = words;
      while (far >= 0 && tokens[far]!.kind === 'word' && !tokens[far]!.cap && farWords < 8) { far--; farWords++; }
      // "a preliminary memorandum of terms (PMT)": the acronym of common words is no name
      if (words > 1 && (fitsAcronym(acr.lower, tokens.slice(k + 1, p)) || (farWords > words && fitsAcronym(acr.lower, tokens.slice(far + 1, p))))) {
        const inner = out.findIndex((c) => c.i === at && c.j === at);
        if (inner >= 0) out.splice(inner, 1);
        reject({ stage: 'mention', sentence: out[0]?.sentence ?? -1, text: acr.text, reason: 'acronym of lower-case common words', rule: 'common-acronym' });
        continue;
      }
      if (k < 0 || tokens[k]!.kind !== 'word' || !tokens[k]!.cap || words === 0) continue;
      const start = out.find((c) => c.j === k);
      long = make(start ? start.i : k, p - 1);
      if (start) out.splice(out.indexOf(start), 1);
      out.push(long);
      built = { long, start };
    }
    // (a lexicon name's own short form is whatever the text defines: "Cultural and Creative Sectors Guarantee Facility (CCS)")
    if (!fitsAcronym(acr.lower, tokens.slice(long.i, long.j + 1)) && !(long.gaz?.lexicon && acr.lower[0] === tokens[long.i]!.lower[0])) {
      // "Associated British Ports (ABP)": a demonym cut the long form; the acronym says where it starts
      // "Joint Economic and Trade Committee (JETCO)": and over "and"/"of" between capitalised words
      let k = long.i - 1;
      // ("Leadership in Energy and Environmental Design (LEED)": "in" and "on" between capitalised words too)
      const crossable = (t: Token) => t.kind === 'word' && (t.cap || (/^(?:and|et|of|for|de|du|des|&|in|on)$/.test(t.lower) && tokens[tokens.indexOf(t) - 1]?.cap === true));
      while (k >= 0 && k >= long.i - 6 && crossable(tokens[k]!) && !(tokens[k]!.cap && fitsAcronym(acr.lower, tokens.slice(k, long.j + 1)))) k--;
      if (k < 0 || k < long.i - 6 || tokens[k]!.kind !== 'word' || !tokens[k]!.cap || acr.lower[0] !== tokens[k]!.lower[0]) {
        // "Krauss Orvel (KOW)": a name of two words or more written short of the one word its acronym has more is that name
        if (!built && truncatedAcronym(acr.text, tokens.slice(long.i, long.j + 1))) {
          long.aliases = [...(long.aliases ?? []), acr.text];
          const inner = out.findIndex((c) => c.i === at);
          if (inner >= 0) out.splice(inner, 1);
          continue;
        }
        // "Question écrite (Sénat)": the bracket is no acronym of the words before it, which are read as they were
        if (built) { out.splice(out.indexOf(built.long), 1); if (built.start) out.push(built.start); }
        continue;
      }
      const whole = make(k, long.j);
      for (let o = out.length - 1; o >= 0; o--) {
        const c = out[o]!;
        if (c.i >= k && c.j <= long.j) out.splice(o, 1);
        // "UK Professional and Business Services (PBS)": a name read across the long form's start keeps only its part before it
        else if (c.i < k && c.j >= k && c.j <= long.j) out.splice(o, 1, make(c.i, k - 1, { gaz: gaz.lookup(spanKey(tokens, c.i, k - 1)) }));
      }
      out.push(whole);
      long = whole;
    }
    // "Foreign Direct Investments (FDI)", "Small and Medium-sized Enterprises (SMEs)": a common noun spelled out, no name
    // "UK Professional and Business Services (PBS) sectors": common words (a country before them) that a sector noun after the
    // acronym describes as a kind of business
    const closing = tokens.findIndex((t, n) => n > p && t.text === ')');
    const kind = tokens[closing + 1];
    const sector = kind?.kind === 'word' && !kind.cap && SECTOR_NOUNS.test(kind.lower) &&
      tokens.slice(long.i, long.j + 1).every((t, n) => t.kind !== 'word' || (n === 0 && gaz.lookup(t.lower)?.type === 'Country') || (!t.allCaps && isCommonWord(t.lower)));
    if (sector || (isCommonAcronym(acr.lower) && tokens.slice(long.i, long.j + 1).every((t) => t.kind !== 'word' || isCommonWord(t.lower)))) {
      out.splice(out.indexOf(long), 1);
      const inner = out.findIndex((c) => c.i === at);
      if (inner >= 0) out.splice(inner, 1);
      reject({ stage: 'mention', sentence: long.sentence, text: long.text, reason: 'common noun spelled out before its common acronym', rule: 'common-acronym' });
      continue;
    }
    long.aliases = [...(long.aliases ?? []), acr.text];
    const inner = out.findIndex((c) => c.i === at);
    if (inner >= 0) out.splice(inner, 1);
  }
}

/** An acronym in capitals whose letters but the last are the initials of a name of two capitalised words or more ("Krauss Orvel (KOW)"). */
function truncatedAcronym(acr: string, words: readonly Token[]): boolean {
  const named = words.filter((t) => t.kind === 'word');
  if (named.length < 2 || acr.length !== named.length + 1 || !ALL_CAPITALS.test(acr) || !named.every((t) => t.cap && !t.allCaps)) return false;
  return named.every((t, n) => fold(t.text[0]!).toUpperCase() === acr[n]);
}
const ALL_CAPITALS = /^\p{Lu}+$/u;

/** Nouns that make the name before them a kind of business ("the PBS sectors", "the ICT industry"). */
export const SECTOR_NOUNS = /^(?:sector|sectors|industry|industries|businesses|firms|market|markets|secteur|secteurs|filiere|filieres)$/;

/** A capitalised cue noun opening a span ("Chipmaker Nvidia", "Startup Aleph") is a cue, not part of the name. */
function isCueNoun(lower: string, cues: CueIndex): boolean {
  return (cues.company.has(lower) && lower !== 'banque' && lower !== 'bank') || cues.product.has(lower);
}

export function fitsAcronym(acr: string, words: readonly Token[]): boolean {
  // "very small enterprises (VSEs)": a plural acronym spells the singular's initials
  if (acr.length >= 4 && acr.endsWith('s') && fitsAcronym(acr.slice(0, -1), words)) return true;
  const all = words.filter((t) => t.kind === 'word' || t.kind === 'elision').flatMap((t) => t.lower.split(/[-.]/)).filter(Boolean);
  const ws = words.filter((t) => t.kind === 'word' && !CONNECTORS.has(t.lower)).flatMap((t) => t.lower.split(/[-.]/));
  // ("Cultural and Creative Sectors Guarantee Facility (CCS)": "and" gives no letter to the initials of the name's first words)
  const initials = ws.filter((w) => !/^(?:and|et|in|on)$/.test(w)).map((w) => w[0]).join('');
  if (initials === acr || initials.includes(acr) || all.map((w) => w[0]).join('') === acr) return true;
  if (acr.length >= 3 && ws.some((w) => w.startsWith(acr))) return true;
  // "TorKlind Steel Europe (tkSE)": a word written with an inner capital gives a letter for each of its parts
  if (words.some((t) => INNER_CAPITAL_SPLIT.test(t.text)) && words.filter((t) => t.kind === 'word' && !CONNECTORS.has(t.lower) && !/^(?:and|et)$/.test(t.lower))
    .flatMap((t) => t.text.split(INNER_CAPITAL_SPLIT)).map((w) => w[0]!.toLowerCase()).join('') === acr) return true;
  // "Japan Automatic Transmission Company (JATCO)", "UK Export Finance (UKEF)": a word may give the first letters of its
  // syllable ("CO"mpany), an acronym in the name all its letters ("UK"); the acronym ends with the name's last word
  // ("the U.S. Department of Energy (DOE)": a connector may give its letter too)
  if (acr.length >= 3 && ws.length >= 2 && (prefixesSpell(acr, ws, words) || prefixesSpell(acr, all, words))) return true;
  // "Rural Economic Development Loan and Grant program (REDLG)": a lower-case generic noun at the end gives no letter
  const last = words[words.length - 1];
  return words.length > 2 && last?.kind === 'word' && !last.cap && fitsAcronym(acr, words.slice(0, -1));
}

const DEAL_BEFORE_TITLE = /^(?:acquisition|acquisitions|merger|takeover|purchase|acquired|bought|purchased|owned|controlled)$/;
const FORMER = /^(?:former|formerly|previously|ex|anciennement|ex-)$/;
const INNER_CAPITAL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u;
const MIXED_ACRONYM = /^[a-z]{1,2}[A-Z]{2,}$/;

/** Whether the word is a known region (no town) or country. */
export function isKnownArea(gaz: Gazetteer, t: Token): boolean {
  const g = t.kind === 'word' && t.cap && !t.allCaps ? gaz.lookup(t.lower) : undefined;
  return !!g && (g.type === 'Country' || (g.type === 'Region' && !g.town));
}

/** "constituency of X", "circonscription de X": the name after it is a constituency's. */
function constituencyBefore(tokens: readonly Token[], i: number): boolean {
  return /^(?:of|de|d')$/.test(tokens[i - 1]?.lower ?? '') && /^(?:constituency|circonscription)$/.test(tokens[i - 2]?.lower ?? '');
}

/** Months' abbreviations as written (also given names: "Jun", "Jan"), and the words that make one a date. */
const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
const DATE_BEFORE = new Set(['in', 'on', 'since', 'by', 'until', 'from', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'through', 'before', 'after', 'during', 'between', '-', '–']);

const MINOR_WORDS = new Set(['and', 'et', 'of', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'on', 'in', 'to']);

function prefixesSpell(acr: string, ws: readonly string[], words: readonly Token[]): boolean {
  const caps = new Set(words.filter((t) => t.allCaps).map((t) => t.lower));
  const from = (w: number, a: number): boolean => {
    if (a === acr.length) return w === ws.length;
    if (w === ws.length) return false;
    const word = ws[w]!;
    const max = caps.has(word) ? word.length : Math.min(2, word.length);
    for (let n = max; n >= 1; n--) if (acr.startsWith(word.slice(0, n), a) && from(w + 1, a + n)) return true;
    // "and", "of", "the" may give no letter ("Department of Energy" → DOE or DE)
    return MINOR_WORDS.has(word) && from(w + 1, a);
  };
  // the acronym may leave out the first words ("the U.S. Department of Energy (DOE)")
  for (let start = 0; start < ws.length - 1; start++) if (from(start, 0)) return true;
  return false;
}

/** "Acme.com Inc", "Acme.com, Inc.": a corporate suffix belongs to the name before it. */
function extendWithSuffix(tokens: readonly Token[], out: Candidate[], text: string) {
  for (const c of out) {
    let k = c.j + 1;
    if (tokens[k]?.text === ',') k++;
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !isCorporateSuffix(t.lower) || !STARTS_UPPER.test(t.text)) continue;
    // ("Acme Loan Borrower, LLC": the suffix read as a name of its own joins the name before it)
    const alone = out.findIndex((o) => o !== c && o.i === k && o.j === k);
    if (alone >= 0 && !out[alone]!.gaz) out.splice(alone, 1);
    if (out.some((o) => o !== c && o.i <= k && o.j >= k)) continue;
    let end = t.end;
    if (tokens[k + 1]?.text === '.') end = tokens[k + 1]!.end;
    c.j = k;
    c.end = end;
    c.text = text.slice(c.start, end);
  }
}

/**
 * "the Orvane Air Programme (OAP) International Office (OIO)": a body named after a program, the
 * program's acronym inside, is one name "Orvane Air Programme (OAP) International Office"; the
 * program stays a name of its own.
 */
function addAcronymInfixes(tokens: readonly Token[], out: Candidate[], text: string, cues: CueIndex): void {
  for (const a of [...out]) {
    const p = a.j + 1;
    if (tokens[p]?.text !== '(' || tokens[p + 2]?.text !== ')' || !tokens[p + 1]!.allCaps) continue;
    const b = out.find((c) => c.i === p + 3 && !c.gaz);
    if (!b || !tokens[b.i]!.cap) continue;
    // "Chair of the Orvane Bank (OB) Jane Q. Roe": the holder of the title named after the body is a person, no part of it
    if (personTail(tokens, b.i, b.j)) {
      if (!b.hint && titleBefore(tokens, a.i, cues)) b.hint = 'Person';
      continue;
    }
    const merged: Candidate = { ...b, i: a.i, start: a.start, text: text.slice(a.start, b.end), initial: a.initial };
    out.splice(out.indexOf(b), 1, merged);
  }
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const CASE_NUMBER_SHAPE = /^\p{Lu}{1,3}[.-]\d/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const TWO_LETTERS = /\p{L}{2}/u;
const LETTERS_DOT_DIGIT = /^\p{Lu}{1,3}\.\d/u;
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}-]+$/u;
const DOTTED_INITIALS_2_4 = /^(?:\p{Lu}\.){2,4}$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const ALL_UPPER = /^\p{Lu}+$/u;

const LEGAL_FORM = /^(?:inc|corp|llc|ltd|plc|co)$/;

/**
 * "Orvane Steel of Japan", "Pellix Corporation of New York", "Vantrixes of York": "of" and a known city, region or country
 * after a firm's name (a legal form, or a word no dictionary knows, and no public body's head noun before "of") is the
 * firm's home, no part of its name ("Bank of Scotland", "University of York", "Duke of York" keep theirs).
 */
function firmOfPlace(tokens: readonly Token[], i: number, j: number, gaz: Gazetteer): boolean {
  const last = tokens[j]!;
  if (ORGANIZATION_HEADS.has(last.lower) || !tokens[j + 2]?.cap) return false;
  const firm = SUFFIXES.has(last.lower) ? j > i : tokens.slice(i, j + 1).some((t) => t.kind === 'word' && !t.allCaps && !isCommonWord(t.lower) && !isGivenName(t.lower));
  if (!firm) return false;
  // the longest known place after "of", then no other capitalised word
  for (let e = Math.min(tokens.length - 1, j + 4); e >= j + 2; e--) {
    const g = gaz.lookup(spanKey(tokens, j + 2, e));
    // a head that takes its country keeps it ("Iron Ore Company of Canada"), not its city ("Pellix Corporation of New York")
    if (g && ((g.type === 'Country' && !NATIONAL_NAME_HEADS.has(last.lower)) || (g.type === 'Region' && !g.town)) && !(tokens[e + 1]?.kind === 'word' && tokens[e + 1]!.cap)) return true;
  }
  return false;
}

/**
 * "Nippon Steel of Japan", "Harlowe Steel of Luxembourg,": a firm's name of two words or more, then "of" and a country that
 * ends the phrase — the country is the firm's home, not part of its name (not after a head that takes its country:
 * "Royal Bank of Canada", "Iron Ore Company of Canada", nor after a title: "Prime Minister of Japan").
 */
// (apart from firmOfPlace: that one needs a legal form or an unknown word and takes regions too; this one any run of capitalised words before a country)
function homeCountryAt(tokens: readonly Token[], i: number, j: number, gaz: Gazetteer, cues: CueIndex): boolean {
  const head = tokens[j]!.lower;
  if (j <= i || NATIONAL_NAME_HEADS.has(head) || ORGANIZATION_HEADS.has(head) || cues.roles.has(head) || cues.organization.has(head) ||
    CORPORATE_SUFFIXES.includes(head.replace(/\.$/, ''))) return false;
  if (tokens.slice(i, j + 1).some((t) => t.kind !== 'word' || !t.cap || CONNECTORS.has(t.lower) || cues.roles.has(t.lower))) return false;
  for (let e = j + 2; e < j + 5 && tokens[e]?.kind === 'word' && tokens[e]!.cap; e++) {
    if (gaz.lookup(spanKey(tokens, j + 2, e))?.type === 'Country') return !(tokens[e + 1]?.kind === 'word' && tokens[e + 1]!.cap);
  }
  return false;
}

/**
 * Whether a town and its state start at k: "Peoria, Ill.", "Greenville, Miss.", "Kenora, Ontario" (one to three capitalised
 * words, a comma, then a US state's short form with its dot or a first-level region the gazetteer knows, then no more name).
 */
function homeTownAt(tokens: readonly Token[], k: number, gaz: Gazetteer): boolean {
  let e = k;
  while (e < k + 3 && tokens[e + 1]?.kind === 'word' && tokens[e + 1]!.cap) e++;
  if (tokens[e + 1]?.text !== ',') return false;
  const st = tokens[e + 2];
  if (!st || st.kind !== 'word' || !st.cap) return false;
  if (US_STATE_ABBREVIATIONS.has(st.lower) && tokens[e + 3]?.text === '.') return true;
  const g = gaz.lookup(st.lower);
  return !!g && g.type === 'Region' && g.population === undefined && !g.town && !!g.country && !(tokens[e + 3]?.kind === 'word' && tokens[e + 3]!.cap);
}
