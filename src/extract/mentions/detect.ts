/**
 * Mentions of one article: candidates per sentence, typed by their own cues, then by what the whole
 * article says (a name typed once is typed everywhere; lists share a type; surnames follow full
 * names), then by a default for actors; finally anaphora ("le géant américain", "the country").
 */
import type { EntityType } from '../../graph/model.ts';
import type { CueIndex } from '../cue-index.ts';
import { type Gazetteer, type GazetteerEntry, isSmallTown } from '../gazetteer.ts';
import { matchKey } from '../text/normalize.ts';
import type { Sentence } from '../text/sentences.ts';
import { joinedLower, spanKey, type Token } from '../text/tokens.ts';
import type { Mention, MentionCue } from '../types.ts';
import { COMPASS_ADJECTIVES, type Candidate, endsWithLawNumber, isKnownArea, findCandidates, isTitleCase, SECTOR_NOUNS } from './candidates.ts';
import { isCommonWord } from '../lexicon/dictionary.ts';
import { reject, tracing } from '../trace.ts';
import { FIRM_AFTER, firmNounAfter, firstNameCue, leftCue, mediaCue, namedCue, productOwnerCue, rightCue, roleAppositionCue, tailCue, type TypeCue } from './context.ts';
import { findAnaphora } from './anaphora.ts';
import { isCoinedName, isInvertedVerb } from './unknown-words.ts';
import { splitHyphenPairs } from './hyphen-pairs.ts';
import { dropFragments } from './fragments.ts';
import { dropNonNames } from './non-names.ts';
import { placeTownsBeforeStates, readStateCodes } from './state-codes.ts';
import { readStateNicknames } from './state-nicknames.ts';
import { lowerCaseRegions } from './lowercase-regions.ts';
import { US_STATE_NAMES } from '../lexicon/us-states.ts';
import { narrowMunicipalities } from './municipalities.ts';
import { narrowCountryGovernments } from './country-governments.ts';
import { joinConjoinedNames } from './conjoined-names.ts';
import { sourceLabelsOfTitle } from './source-labels.ts';
import { placesByNeighbours } from './place-neighbours.ts';
import { placeHomeTowns } from './home-towns.ts';
import { listedSite } from './listed-sites.ts';
import { joinPossessiveTitles, readPossessiveNames } from './possessive-names.ts';
import { typeCompanyExamples } from './company-examples.ts';
import { placeByContext } from './place-context.ts';
import { citiesNamingFirms, firmPredicate, siteInOtherCountry } from './city-named-firms.ts';
import { nameKey } from '../names.ts';
import { isHonorific, isPlacePreposition, MERGER_NOUNS, NAME_TAIL_TYPES, ORGANIZATION_HEADS, PLANT_NOUNS, RIVERSIDE } from '../lexicon/common.ts';
import { isGivenName } from '../lexicon/first-names.ts';
import { headlineOnlyLexiconHits, lexiconEntryAt } from '../lexicon/institutions-context.ts';

export interface SentenceTokens { sentence: Sentence; tokens: Token[] }

interface Typed extends Candidate {
  type?: EntityType;
  cue?: MentionCue;
  confidence: number;
  nationality?: string;
  cueWord?: string;
  drop?: boolean;
  /** Typed by no cue of its own: a default, or a list or article propagation of a default. */
  weak?: boolean;
}

/** Words before a name that make it an actor of the sentence (default Company). */
const ACTOR_BEFORE = new Set(['de', "d'", 'du', 'des', 'chez', 'par', 'avec', 'pour', 'contre', 'entre', 'face', 'by', 'with', 'from',
  'of', 'for', 'at', 'against', 'between', 'versus', 'vs', 'than', "qu'", 'que', 'comme', 'dont', 'including', 'like', 'rival',
  'rivals', 'to', 'et', 'and', 'ou', 'or', 'a', 'aupres',
  'concurrence', 'concurrencent', 'affronte', 'rachete', 'acquiert', 'acquires', 'acquired', 'bought', 'buys', 'buy', 'acquire', 'purchase']);

const PLACE_BEFORE = new Set(['en', 'au', 'aux']);
const PLURAL_NOUN = /^\p{L}{4,}[sx]$/u;
const PROJECT_HEADS = /^(?:project|projet|operation)$/;
const POSSESSIVE_DETERMINERS = /^(?:my|our|your|his|her|their|mon|ma|mes|notre|nos|votre|vos|leur|leurs)$/;
/** Nouns of a trade that name a firm right before its name (lower case): not "group", also a parliamentary group. */
const TRADE_NOUN = /^(?:distributor|wholesaler|retailer|maker|manufacturer|supplier|competitor|rival|distributeur|grossiste|enseigne|fabricant|fournisseur|concurrent|societe|société|entreprise|firme)$/;

/** A city this large is a place wherever it appears; a smaller one needs its country named or a place word. */
const MIN_POPULATION_ANYWHERE = 250_000;

export function detectMentions(parts: readonly SentenceTokens[], gaz: Gazetteer, cues: CueIndex): Mention[] {
  // article statistics: words written in lower case, names capitalised inside sentences
  const lowerWords = new Set<string>();
  const midCaps = new Set<string>();
  const all: Typed[] = [];
  const lang = articleLanguage(parts, cues);
  // headlines and Title Case subheads are read last, for the names the body reads
  const headings = new Set(parts.filter((p) => isTitleCase(p.sentence.text, p.tokens, cues, p.sentence.part === 'title')).map((p) => p.sentence.index));
  collectCandidates(parts, gaz, cues, lang, headings, all, lowerWords, midCaps);
  const tokensOf = new Map(parts.map((p) => [p.sentence.index, p.tokens]));
  const sentenceOf = new Map(parts.map((p) => [p.sentence.index, p.sentence]));
  const placesByCountry = readRegionsOfCountries(all, gaz);
  // countries the article names, or implies by a region or a large city ("Île-de-France" → FR)
  const countries = new Set(all.filter((c) => c.gaz?.type === 'Country').map((c) => c.gaz!.iso2));
  for (const c of all) if (c.gaz?.type === 'Region' && c.gaz.country && (c.gaz.population === undefined ? c.j > c.i || c.text.includes('-') : c.gaz.population >= MIN_POPULATION_ANYWHERE)) countries.add(c.gaz.country);
  // a town's country may also be implied by any first-level region the article names ("Gwynedd" → GB for "at Llanberis")
  const townCountries = new Set(countries);
  for (const c of all) if (c.gaz?.type === 'Region' && c.gaz.country && c.gaz.population === undefined && !c.gaz.town) townCountries.add(c.gaz.country);

  // whether the article names a country, or a place of it other than the given one ("Toyota" alone names no Japan)
  const namedCountries = new Set(all.filter((c) => c.gaz?.type === 'Country').map((c) => c.gaz!.iso2));
  const countryNamed = (iso2: string, except: string): boolean => namedCountries.has(iso2) || [...(placesByCountry.get(iso2) ?? [])].some((n) => n !== except);
  // names the article writes after a place preposition somewhere ("in Toyota", "à Renault")
  const placeWords = new Set<string>();
  for (const c of all) if (isPlacePreposition(tokensOf.get(c.sentence)![c.i - 1])) placeWords.add(matchKey(c.text));

  splitOwnerComplements(all, tokensOf, sentenceOf);
  // "le cas de Pellix-Zentra", "the A-B merger": two parties written as one word
  const split = splitHyphenPairs(all, tokensOf, (s) => sentenceOf.get(s)!.text, (w) => cues.company.has(w));
  if (split !== all) all.splice(0, all.length, ...split);
  dropAdministrationNames(all, tokensOf);
  narrowMunicipalities(all, tokensOf, (s) => sentenceOf.get(s)!.text);
  narrowCountryGovernments(all, tokensOf, (s) => sentenceOf.get(s)!.text, gaz, cues.demonyms);
  const conjoined = joinConjoinedNames(all, tokensOf, (s) => sentenceOf.get(s)!.text);
  if (conjoined !== all) all.splice(0, all.length, ...conjoined);
  readPossessiveNames(all, tokensOf, (s) => sentenceOf.get(s)!.text);
  const titled = joinPossessiveTitles(all, tokensOf, (s) => sentenceOf.get(s)!.text,
    (w) => cues.roles.has(w) || cues.stop.has(w) || cues.leftCueWords.has(w) || cues.place.has(w) || ORGANIZATION_HEADS.has(w) || NAME_TAIL_TYPES[w] !== undefined, (w) => isCommonWord(w, lang),
    // (a country, a state or province, a demonym; a city names its own brands: "<City>'s Best")
    (c) => (!!c.gaz && !c.gaz.town && c.gaz.population === undefined && (c.gaz.type === 'Country' || c.gaz.type === 'Region')) || c.hint === 'Country' || cues.demonyms.has(c.text.toLowerCase()));
  if (titled !== all) all.splice(0, all.length, ...titled);

  // single words the article writes as names of their own ("Dacia" before "Dacia Sandero")
  const alone = new Set(all.filter((c) => c.i === c.j).map((c) => tokensOf.get(c.sentence)![c.i]!.lower));

  // "in Hamble, Southampton", "à Crolles, Grenoble": a city right after a place read after a place preposition and a comma is the place around it
  const afterPlace = (c: Typed): boolean => {
    const p = all[all.indexOf(c) - 1];
    const tokens = tokensOf.get(c.sentence)!;
    return !!p && p.sentence === c.sentence && p.type === 'Region' && p.j + 2 === c.i && tokens[p.j + 1]?.text === ',' && townPreposition(tokens, p);
  };

  // names the article gives an acronym ("Pellgrave Towers Lawson ('PTL')") are no people, wherever they appear
  const acronymed = new Set(all.filter((c) => c.aliases?.some((a) => CAPITALS_2.test(a))).map((c) => nameKey(c.text)));

  // a public body or programme only a headline names is no more read than any headline name (lexicon/institutions-context.ts)
  for (const c of headlineOnlyLexiconHits(all, headings, () => parts.filter((p) => !headings.has(p.sentence.index)).map((p) => matchKey(p.sentence.text)).join(' | '))) {
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'lexicon name only in a headline', rule: 'headline-lexicon' });
    c.drop = true;
  }
  for (const c of sourceLabelsOfTitle(all, sentenceOf)) {
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: "a legislature labelling the record in its title's brackets", rule: 'source-label' });
    c.drop = true;
  }
  // 1. own cues
  const droppedPlaces = new Map<Typed, GazetteerEntry>();
  const article: ArticleContext = { gaz, cues, lang, all, tokensOf, sentenceOf, countries, townCountries, countryNamed, placeWords, alone, acronymed,
    droppedPlaces, afterPlace, lowerWords, midCaps };
  for (const c of all) typeByOwnCues(c, article);

  placesAroundNames(article);
  for (const c of citiesNamingFirms(all, placeWords)) { setType(c, 'Company', 'article', 0.8); c.gaz = undefined; }
  typeAcrossArticle(all);
  propagateLists(parts, all, cues, midCaps);
  // "à Crolles", "in Didcot": a known small town after a place preposition is that place
  for (const c of all) {
    if (c.type || c.drop || c.quoted) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (/^(?:a|in|at|near|outside|pres)$/.test(tokens[c.i - 1]?.lower ?? '') && tokens[c.i - 1]!.text !== 'A' && isSmallTown(matchKey(c.text))) setType(c, 'Region', 'cue', 0.7);
  }
  // 4. defaults: an untyped name that acts in the sentence is a company
  for (const c of all) typeByDefault(c, article);
  // a name that acts somewhere in the article is the same company where it does not
  const defaults = new Set(all.filter((c) => c.cue === 'default').flatMap((c) => [c.text, ...(c.aliases ?? [])].map(nameKey)));
  for (const c of all) if (!c.type && !c.drop && !c.quoted && defaults.has(nameKey(c.text))) setType(c, 'Company', 'default', 0.45);
  propagateLists(parts, all, cues, midCaps);
  placeListedNames(parts, article);
  placeHomeCountryTowns(article);

  dropPresidencies(all);
  dropWithoutEvidence(all, tokensOf, cues, lang);
  dropSectorDescriptors(parts, all, gaz, lang);
  dropFragments(all, tokensOf, cues);
  dropNonNames(all, tokensOf, cues, lang);
  readStateCodes(all, tokensOf, gaz);
  readStateNicknames(all, tokensOf, (s) => sentenceOf.get(s)!.text, gaz);
  placeTownsBeforeStates(all, tokensOf);
  typeCompanyExamples(all, tokensOf, cues);

  const mentions: Mention[] = [];
  for (const c of all) {
    const m = mentionOf(c, mentions.length, article);
    if (m) mentions.push(m);
  }
  return findAnaphora(parts, mentions, cues);
}

/**
 * What the typing passes read of the whole article. detectMentions builds it once; the passes run per name as
 * functions of their own, since one function this long costs TurboFan seconds of compilation in each worker and is
 * recompiled whole after any deoptimisation.
 */
interface ArticleContext {
  gaz: Gazetteer;
  cues: CueIndex;
  lang: 'en' | 'fr';
  all: Typed[];
  tokensOf: ReadonlyMap<number, Token[]>;
  sentenceOf: ReadonlyMap<number, Sentence>;
  /** Countries the article names or implies by a region or a large city. */
  countries: Set<string | undefined>;
  /** The same and the countries of any first-level region named. */
  townCountries: Set<string | undefined>;
  countryNamed(iso2: string, except: string): boolean;
  /** Names written after a place preposition somewhere. */
  placeWords: ReadonlySet<string>;
  /** Single words written as names of their own. */
  alone: ReadonlySet<string>;
  /** Names the article gives an acronym. */
  acronymed: ReadonlySet<string>;
  /** Places the first pass read as names, with their gazetteer entries. */
  droppedPlaces: Map<Typed, GazetteerEntry>;
  afterPlace(c: Typed): boolean;
  lowerWords: ReadonlySet<string>;
  midCaps: ReadonlySet<string>;
}

/** 1. A name typed by its own cues: the gazetteer in its context, then the words around it. */
function typeByOwnCues(c: Typed, article: ArticleContext): void {
  const { gaz, cues, lang, all, tokensOf, countries, townCountries, countryNamed, placeWords, alone, acronymed, droppedPlaces, afterPlace } = article;
  const tokens = tokensOf.get(c.sentence)!;
  // a long form whose acronym is a known institution: "Réserve fédérale américaine (Fed)"
  const known = !c.gaz ? c.aliases?.map((a) => gaz.lookup(matchKey(a))).find((g) => g && g.type !== 'Region') ?? lexiconEntryAt(tokens, c, gaz) : undefined;
  if (known) c.gaz = known;
  // "la Région Provence-Alpes-Côte d'Azur" is the region; "Régions de France" the association of the country's regions
  const placeNoun = !c.gaz ? placeNounName(tokens, c, gaz, cues) : undefined;
  if (placeNoun === 'association') { setType(c, 'Organization', 'cue', 0.85, { type: 'Organization', confidence: 0.85, cue: 'cue', word: tokens[c.i]!.lower }); return; }
  // (the place noun says place: the region's country is named as surely as by the region's own name)
  if (placeNoun) { c.gaz = placeNoun; countries.add(placeNoun.country); townCountries.add(placeNoun.country); }
  if (c.gaz) {
    const g = c.gaz;
    // (a US state is known news-wide, its country named or not: "would help Louisiana and Texas")
    const local = g.country && g.type === 'Region' && (g.population ?? 0) < MIN_POPULATION_ANYWHERE && !(g.country === 'US' && US_STATE_NAMES.has(g.name.toLowerCase()));
    const placeCue = leftCue(tokens, c, cues);
    // a town (under 50,000) is a place only where the context says so: a place cue, or a place preposition
    // with its country named or a known place after it ("in Sines, Alentejo", "à Verdun" in a French text)
    // "Sarreguemines (Moselle)", "Hamble (Hampshire)": a known area in brackets right after a name is that area
    const bracketed = tokens[c.i - 1]?.text === '(' && tokens[c.j + 1]?.text === ')' && all.some((o) => o.sentence === c.sentence && o.j === c.i - 2);
    // "la Meuse", "une entreprise de Gironde", "en Moselle": a French department after an article or a preposition is the department
    // (a department has no population: towns have one)
    const department = g.town && g.population === undefined && g.country === 'FR' && /^(?:la|le|l'|les|de|d'|du|en|dans)$/.test(tokens[c.i - 1]?.lower ?? '') && !tokens[c.i - 1]!.cap &&
      // ("la Somme des chiffres": a complement makes the word a common noun)
      !/^(?:de|d'|des|du)$/.test(tokens[c.j + 1]?.lower ?? '');
    // "à Compiègne et Choisy au Bac": a town coordinated with a place read after a place preposition is a place too;
    // "California's Imperial County", "Orvane County": a town named by a place's possessive or by its own place noun
    const prev = all[all.indexOf(c) - 1];
    const coordinated = !!prev && prev.sentence === c.sentence && prev.j + 2 === c.i && prev.type === 'Region' && /^(?:et|and|ou|or|,)$/.test(tokens[c.i - 1]?.lower ?? '') &&
      (townPreposition(tokens, prev) || /^(?:et|and|ou|or|,)$/.test(tokens[prev.i - 1]?.lower ?? ''));
    const named = c.j > c.i && NAME_TAIL_TYPES[tokens[c.j]!.lower] === 'Region' && !tokens[c.j]!.allCaps;
    const ofPlace = tokens[c.i - 1]?.kind === 'possessive' && !!prev && prev.sentence === c.sentence && prev.j === c.i - 2 && (prev.type === 'Region' || prev.type === 'Country');
    // "Acme Corp. of LaGrange, Ill.", "Acme Inc. (LaGrange, Ill.)": a firm's home town and its state (loc, round 11)
    const home = /^(?:of|\()$/.test(tokens[c.i - 1]?.lower ?? '') && placeAfter(tokens, c, gaz);
    // "will bring 200 jobs to X", "brings 500 new jobs to X": where jobs go is a place
    const jobsTo = lang === 'en' && tokens[c.i - 1]?.lower === 'to' && JOBS_NOUN.test(tokens[c.i - 2]?.lower ?? '') && townCountries.has(g.country!);
    if (g.town && !department && !coordinated && !named && !ofPlace && !home && !jobsTo && placeCue?.type !== 'Region' && !bracketed && !(townPreposition(tokens, c) && (townCountries.has(g.country!) || placeAfter(tokens, c, gaz)))) {
      if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'town name without a place context', rule: 'town' });
      droppedPlaces.set(c, c.gaz);
      c.gaz = undefined;
    } else if (!g.town && local && !bracketed && !countries.has(g.country) && placeCue?.type !== 'Region' && !/^(a|en|in|near|pres)$/.test(tokens[c.i - 1]?.lower ?? '') && !afterPlace(c)) {
      droppedPlaces.set(c, c.gaz);
      c.gaz = undefined; // a small place whose country the article never names: read it as a name
    } else {
      setType(c, g.type, 'gazetteer', 0.95);
      // "competes with Toyota and Orvane": a city named where only a company fits is that company
      // "the Los Angeles-based X": a place whatever slot or cue precedes it
      if (g.type === 'Region' && /-(?:based|headquartered)$/i.test(tokens[c.j]!.text)) return;
      // "the Toyota and Orvane engine plants": a foreign city the article never places anything in, owning a plant that makes a product
      const ownerOfPlant = () => g.country !== undefined && !countryNamed(g.country, g.name) && !placeWords.has(matchKey(c.text)) && ownsProductPlant(tokens, c, cues);
      // "met them at Orvane on Tweedside", "Orvane became the world's largest carmaker": a foreign city the article names no
      // place of, with a site in another country or a firm's noun as its predicate (city-named-firms.ts)
      const foreignFirm = () => g.country !== undefined && !countryNamed(g.country, g.name) && (siteInOtherCountry(tokens, c, gaz, g.country) ||
        (!placeWords.has(matchKey(c.text)) && firmPredicate(tokens, c, (w) => cues.company.has(w))));
      if (g.type === 'Region' && g.population !== undefined && (actorSlot(tokens, c, gaz) || ownsNamedFacility(tokens, c) || ownerOfPlant() || foreignFirm())) { setType(c, 'Company', 'cue', 0.8); c.gaz = undefined; return; }
      // ("Commission gives the Orvane Region permission": a name ending on its own place noun stays that place)
      if (g.type === 'Region' && !named && placeCue && placeCue.type !== 'Region' && placeCue.type !== 'address' && placeCue.confidence >= 0.8) setType(c, placeCue.type as EntityType, 'cue', placeCue.confidence, placeCue);
      return;
    }
  }
  // "Southern Idaho", "Central Orvania": a compass adjective and a known region or country name a part of it
  if (c.j === c.i + 1 && COMPASS_ADJECTIVES.has(tokens[c.i]!.lower) && isKnownArea(gaz, tokens[c.j]!)) { setType(c, 'Region', 'cue', 0.8); return; }
  if (c.hint) { setType(c, c.hint, 'cue', 0.8); return; }
  // "au groupe belge Louis Delhaize": a company noun right before beats a given name
  const nounBefore = cues.company.has(tokens[c.i - 1]?.lower ?? '') || (cues.demonyms.has(tokens[c.i - 1]?.lower ?? '') && cues.company.has(tokens[c.i - 2]?.lower ?? ''));
  const companyFirst = nounBefore && !tokens[c.i - 1]!.cap && firstNameCue(tokens, c, lang, alone) ? leftCue(tokens, c, cues) : undefined;
  // "Northamptonshire business Scott Pellow": a place and "business" or "firm" before a name make a company
  const placeBusiness = /^(?:business|firm|company)$/.test(tokens[c.i - 1]?.lower ?? '') && tokens[c.i - 2]?.cap === true && !!gaz.lookup(tokens[c.i - 2]!.lower) &&
    gaz.lookup(tokens[c.i - 2]!.lower)!.type !== 'Country';
  if (placeBusiness) { setType(c, 'Company', 'cue', 0.8, { type: 'Company', confidence: 0.8, cue: 'cue', word: tokens[c.i - 1]!.lower }); return; }
  // "l'entreprise de métallurgie J. Vellard": a company noun and its trade ("de" and a lower-case noun) right before a name
  const tradeNoun = /^(?:de|d')$/.test(tokens[c.i - 2]?.lower ?? '') && tokens[c.i - 1]?.kind === 'word' && !tokens[c.i - 1]!.cap && cues.company.has(tokens[c.i - 3]?.lower ?? '') &&
    !cues.stop.has(tokens[c.i - 1]!.lower);
  if (tradeNoun) { setType(c, 'Company', 'cue', 0.8, { type: 'Company', confidence: 0.8, cue: 'cue', word: tokens[c.i - 3]!.lower }); return; }
  const personCue = acronymed.has(nameKey(c.text)) ? undefined : firstNameCue(tokens, c, lang, alone);
  // ("Saint-Gobain, propriétaire de …": a known town the context did not make a place is not made one by its shape alone)
  const tail = tailCue(tokens, c);
  // ("office supplies distributor Office Depot", "le distributeur Bureau Vallée": a trade noun right before beats a public
  // body's head word opening the name)
  const tradeFirst = tail?.type === 'Organization' && tail.word === tokens[c.i]!.lower && TRADE_NOUN.test(tokens[c.i - 1]?.lower ?? '');
  const tailKept = tradeFirst ? { type: 'Company' as const, confidence: 0.8, cue: 'cue' as const, word: tokens[c.i - 1]!.lower } :
    tail && tail.type === 'Region' && !tail.word && droppedPlaces.has(c) ? undefined : tail;
  // ("the Vela Park organisation": a firm's noun after the name beats its last word and a given name; a town stays a town's firm)
  const firmAfter = droppedPlaces.has(c) ? undefined : firmNounAfter(tokens, c);
  // "John Orvel, entreprise franco-belge, envisage …", "Henri Vellard shares fell": a company noun in apposition or a listed
  // firm's word after the name beats a given name (a person's apposition is a title, read by rightCue as a person)
  const firmRight = personCue ? firmApposition(tokens, c, cues) : undefined;
  // "les usines Rio Vellard de Saint-Pellon": a name between a site noun and its place owns the site, a firm not a person
  if (personCue && SITE_BEFORE_OWNER.test(tokens[c.i - 1]?.lower ?? '') && /^(?:de|d'|du|à|a)$/.test(tokens[c.j + 1]?.lower ?? '') && tokens[c.j + 2]?.cap) {
    setType(c, 'Company', 'cue', 0.8, { type: 'Company', confidence: 0.8, cue: 'cue', word: tokens[c.i - 1]!.lower }); return;
  }
  const cue = (companyFirst?.type === 'Company' ? companyFirst : undefined) ?? firmAfter ?? firmRight ?? personCue ?? roleAppositionCue(tokens, c, cues) ?? tailKept ?? mediaCue(tokens, c) ?? productOwnerCue(tokens, c) ?? namedCue(tokens, c, cues) ?? leftCue(tokens, c, cues) ?? rightCue(tokens, c, cues, (t, k) => countryAt(gaz, t, k));
  if (cue?.type === 'address') { c.drop = true; return; }
  // "sur les bancs du groupe UMP", "au nom du groupe SRC": a parliamentary group (a party), not a company group
  if (cue?.type === 'Company' && cue.word === 'groupe' && tokens[c.i - 2]?.lower === 'du' && /^(?:bancs|nom|membre|membres|president|presidente|deputes|senateurs|elus)$/.test(tokens[c.i - 3]?.lower ?? '')) {
    setType(c, 'Organization', 'cue', 0.85, { ...cue, type: 'Organization' }); return;
  }
  // "Toyota's Deeside plant", "ici, à Nambsheim,", "In Leakesville, Miss.,": a village by its context (place-context.ts)
  if (!cue && !c.quoted && placeByContext(tokens, c, gaz)) { setType(c, 'Region', 'cue', 0.7); return; }
  // "le site d'Orvane": a name no place list knows, after a facility noun and "de", is the site's owner
  // ("le site de Frangey par le groupe Lafarge": the owner is named after it, the name is the place)
  if (cue?.word === 'site-of' && placeByContext(tokens, c, gaz)) { setType(c, 'Region', 'cue', 0.7); return; }
  if (cue?.word === 'site-of' && !isSmallTown(matchKey(c.text)) && !droppedPlaces.has(c)) { setType(c, 'Company', 'cue', 0.6, { ...cue, word: 'site' }); return; }
  if (cue) setType(c, cue.type as EntityType, cue.cue === 'suffix' ? 'suffix' : cue.cue, cue.confidence, cue);
  else if (c.quoted) c.cue = 'quoted';
}

/** 4. Defaults: an untyped name that acts in the sentence is a company. */
function typeByDefault(c: Typed, article: ArticleContext): void {
  const { cues, lang, tokensOf, sentenceOf, lowerWords, midCaps, droppedPlaces } = article;
  if (c.type || c.drop) return;
  const tokens = tokensOf.get(c.sentence)!;
  // "the Commission", "le Conseil": a public body's head noun alone names the body the article names in full
  // "Project Stargate", "Projet Orvane", "Operation Warp Speed": a name opened by the word for a project is a programme
  if (c.j > c.i && tokens[c.i]!.cap && PROJECT_HEADS.test(tokens[c.i]!.lower) && tokens[c.i + 1]!.cap && tokens[c.i + 1]!.kind === 'word') { setType(c, 'Program', 'default', 0.6); return; }
  // ("My Department", "notre Conseil": after a possessive it is the speaker's own body, said as a common noun)
  if (c.i === c.j && !c.initial && ORGANIZATION_HEADS.has(tokens[c.i]!.lower) && POSSESSIVE_DETERMINERS.test(tokens[c.i - 1]?.lower ?? '')) return;
  // ("this Government are going to deliver", "every bit of Government": the word written with a capital, no firm)
  if (c.i === c.j && /^(?:government|gouvernement)$/.test(tokens[c.i]!.lower)) return;
  if (c.i === c.j && !c.initial && ORGANIZATION_HEADS.has(tokens[c.i]!.lower)) { setType(c, 'Organization', 'default', 0.45); return; }
  const key = matchKey(c.text);
  // a word also written in lower case is a common word here, unless no dictionary knows it ("d'alstom" in a transcript)
  if (c.i === c.j && lowerWords.has(tokens[c.i]!.lower) && !isCoinedName(tokens, c.i, c.j)) return;
  if (c.quoted) return;
  if (c.i === c.j && isInvertedVerb(tokens[c.i]!.lower)) return;
  const before = tokens[c.i - 1];
  const after = tokens[c.j + 1];
  // ("Let's go": the verb and its pronoun, no owner)
  if (after?.kind === 'possessive' && !(c.i === c.j && tokens[c.i]!.lower === 'let')) { setType(c, 'Company', 'default', 0.45); return; } // "Alphabet's unit"
  // "builds the 2012 Passat", "la 2008 Orvane": a model year between a determiner and a name makes a product
  if (before?.kind === 'number' && /^(?:19|20)\d\d$/.test(before.text) && /^(?:the|its|their|a|le|la|sa|leur)$/.test(tokens[c.i - 2]?.lower ?? '')) { setType(c, 'Product', 'default', 0.5); return; }
  // "its all-electric vehicle, the LEAF,": a name in apposition to a product noun is the product
  if (/^(?:the|la|le)$/.test(before?.lower ?? '') && tokens[c.i - 2]?.text === ',' && cues.product.has(tokens[c.i - 3]?.lower ?? '')) { setType(c, 'Product', 'default', 0.5); return; }
  // "l'usine Orvane de Douai", "le site Pellcorp de Vierzon": the owner of a site named by its place
  if (/^(?:usine|usines|site|sites|raffinerie|acierie|entrepot|plant|factory)$/.test(before?.lower ?? '') && /^(?:de|d')$/.test(after?.lower ?? '')) { setType(c, 'Company', 'default', 0.5); return; }
  // "competes with Boeing and China's state-owned Orvane": the objects of an actor verb are companies
  if (actorSlot(tokens, c)) { setType(c, 'Company', 'default', 0.5); return; }
  // "Orvane-backed Pellix": who backs a company is an actor
  if (/^-(?:backed|owned|funded|controlled|led)\b/.test(sentenceOf.get(c.sentence)!.text.slice(c.end))) { setType(c, 'Company', 'default', 0.5); return; }
  // a word with an inner capital ("ArcelorMittal", "TotalEnergies") is a brand
  if (c.i === c.j && INNER_CAPITAL.test(tokens[c.i]!.text)) { setType(c, 'Company', 'default', 0.5); return; }
  if (c.initial && c.i === c.j && !midCaps.has(key) && !initialSubject(c, tokens, sentenceOf.get(c.sentence)!) && !(c.i > 0 && isCoinedName(tokens, c.i, c.j))) return;
  // "to Asian businesses", "European buyers", "Unionist leaders": an adjective of origin or of a party before a noun, not a name
  // ("Holian from Hong Kong": a function word after it is no noun the adjective could qualify)
  if (c.i === c.j && after?.kind === 'word' && !after.cap && !cues.stop.has(after.lower) && /(?:ian|ean|ese|ish|can|ist)$/.test(tokens[c.i]!.lower)) return;
  // an acronym inside a sentence ("le CEA", "with AMD") names an organisation or a company
  if (!c.initial && c.i === c.j && tokens[c.i]!.allCaps && tokens[c.i]!.text.length <= 6) { setType(c, 'Company', 'default', 0.45); return; }
  // "a week after Orvane unveiled its chips": a name followed by a verb is the subject of a clause
  if (!c.initial && c.i === c.j && before?.kind !== 'possessive' && after?.kind === 'word' && SUBJECT_VERB.test(after.lower)) { setType(c, 'Company', 'default', 0.45); return; }
  const subject = (c.initial || before?.text === ',') && (!after || (after.kind === 'word' || after.kind === 'elision') && !after.cap || after.text === ',');
  // "en Caroline du Nord", "au Texas": a name after a French place preposition is a place
  // ("aux Fonderies du Poitou", "aux Ateliers de Vitré": a plural common noun and the place it is of name a firm)
  if (before && PLACE_BEFORE.has(before.lower) && !tokens[c.i]!.allCaps) {
    const first = tokens[c.i]!;
    const firmOfPlace = c.j >= c.i + 2 && /^(?:de|du|des|d')$/.test(tokens[c.i + 1]!.lower) && PLURAL_NOUN.test(first.lower) && isCommonWord(first.lower, lang) && !cues.place.has(first.lower);
    setType(c, firmOfPlace ? 'Company' : 'Region', 'default', 0.5);
    return;
  }
  // "the Enterprise Act 2002": a law and its year is a programme (as laws are)
  if (c.j > c.i + 1 && endsWithLawNumber(tokens, c.j)) { setType(c, 'Program', 'default', 0.6); return; }
  // "Ioniq 5", "Vela 300": a name with a model number is a product
  if (c.j > c.i && tokens[c.j]!.kind === 'number') { setType(c, 'Product', 'default', 0.45); return; }
  // "Orvane X330", "la 4DS XL", "the Vela V8": a model code (letters with digits) names a product
  if ((c.j > c.i && (MODEL_CODE.test(tokens[c.j]!.text) || MODEL_CODE.test(tokens[c.i]!.text))) || (c.i === c.j && MODEL_CODE.test(tokens[c.i]!.text) && /^(?:la|le|l'|the)$/.test(before?.lower ?? ''))) { setType(c, 'Product', 'default', 0.45); return; }
  // "développée par le CEA-Leti", "with the Orvane": an actor word, a determiner, the name
  const beforeDet = before && /^(?:le|la|l'|les|the)$/.test(before.lower) && ACTOR_BEFORE.has(tokens[c.i - 2]?.lower ?? '');
  if ((before && ACTOR_BEFORE.has(before.lower)) || beforeDet || subject || c.j > c.i) setType(c, 'Company', 'default', 0.45);
  // "Forvia à Méru", "to restructure Orvane": a coined word (no dictionary word, given name or place) names a brand
  // ("Executive Vice-President Orvanesco": after a title it is a person's surname)
  // (at the very start of a sentence only a verb after it makes it a name, as for any capitalised word; after ":" or ";" a list goes on)
  else if (!droppedPlaces.has(c) && !(c.initial && c.i === 0) && isCoinedName(tokens, c.i, c.j)) {
    if (cues.roles.endingAt(tokens, c.i - 1) > 0 || /-(?:president|presidente|chair|minister|ministre)$/.test(before?.lower ?? '')) setType(c, 'Person', 'cue', 0.7);
    else setType(c, 'Company', 'default', 0.4);
  }
}

/** The mention of a typed name kept (undefined for the others). */
function mentionOf(c: Typed, index: number, article: ArticleContext): Mention | undefined {
  const { tokensOf, sentenceOf } = article;
  // a name no cue typed and no slot made an actor is not read (said to explain, so a missing name has its reason)
  if (!c.type && !c.drop && tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'no cue types it and it is no actor of its sentence', rule: 'untyped' });
  if (!c.type || c.drop) return undefined;
  // "Baroness Gustafsson", "Lord Pellow": a peer named by title and surname only is named so (the title is part of the name)
  if (c.type === 'Person' && c.i === c.j) {
    const tokens = tokensOf.get(c.sentence)!, title = tokens[c.i - 1];
    if (title && PEERAGE.test(title.text) && title.end + 1 === tokens[c.i]!.start) { c.start = title.start; c.text = sentenceOf.get(c.sentence)!.text.slice(c.start, c.end); }
  }
  const m: Mention = {
    index, text: c.text, type: c.type, sentence: c.sentence, start: c.start, end: c.end,
    cue: c.cue ?? 'default', confidence: c.confidence,
  };
  if (c.gaz && c.cue === 'gazetteer') {
    m.canonical = c.gaz.name;
    if (c.gaz.iso2) m.iso2 = c.gaz.iso2;
    if (c.gaz.country) m.country = c.gaz.country;
    if (c.gaz.lexicon) m.lexicon = c.gaz.lexicon;
    if (c.gaz.event) m.cueWord = c.gaz.event; // a summit of the programmes lexicon: an event, as "X Summit" is
  }
  if (c.aliases?.length) m.aliases = c.aliases;
  // "Mr. Roe" (a member named in a record by style and surname only): the styled form is how the text names him
  if (c.type === 'Person' && c.i === c.j) {
    const styled = styledSurname(tokensOf.get(c.sentence)!, c.i);
    if (styled >= 0) m.aliases = [...(m.aliases ?? []), sentenceOf.get(c.sentence)!.text.slice(tokensOf.get(c.sentence)![styled]!.start, c.end)];
  }
  // "M. OUIZILLE Alexandre" (parliamentary lists write the surname first, in capitals): also "Alexandre Ouizille"
  const reversed = c.type === 'Person' ? SURNAME_FIRST.exec(c.text) : null;
  if (reversed && isGivenName(reversed[2]!.toLowerCase().split('-')[0]!.normalize('NFD').replace(/\p{M}/gu, ''))) {
    const surname = reversed[1]!.toLowerCase().replace(/(^|[-' ])(\p{L})/gu, (_, sep: string, l: string) => sep + l.toUpperCase());
    m.aliases = [...(m.aliases ?? []), `${reversed[2]} ${surname}`];
  }
  if (c.nationality) m.nationality = c.nationality;
  if (c.cueWord) m.cueWord = c.cueWord;
  return m;
}
// (not lexicon HONORIFICS: English styles as written, case-sensitive, that a surname follows after one space)
const STYLES_OF_ADDRESS = /^(?:Mr|Mrs|Ms|Miss|Dr)$/;

/** Index of the style ("Mr", "Mr.") right before a surname, or -1. */
function styledSurname(tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before) return -1;
  if (STYLES_OF_ADDRESS.test(before.text) && before.end + 1 === tokens[i]!.start) return i - 1;
  if (before.text === '.' && tokens[i - 2] && STYLES_OF_ADDRESS.test(tokens[i - 2]!.text) && tokens[i - 2]!.end === before.start && before.end + 1 === tokens[i]!.start) return i - 2;
  return -1;
}

/** "Toyota's Burnaston plant": a city's name that owns a named plant or factory is a company named like the city. */
function ownsNamedFacility(tokens: readonly Token[], c: Candidate): boolean {
  if (tokens[c.j + 1]?.kind !== 'possessive') return false;
  let k = c.j + 2;
  if (!tokens[k]?.cap) return false;
  while (tokens[k]?.cap && k < c.j + 5) k++;
  return /^(?:plant|plants|factory|factories|works|site|facility|refinery|mill)$/.test(tokens[k]?.lower ?? '');
}


/** "the Toyota and Orvane engine plants", "the Orvane car factory": names (coordinated) before a product word and a plant noun. */
function ownsProductPlant(tokens: readonly Token[], c: Candidate, cues: CueIndex): boolean {
  let k = c.j + 1;
  // other owners coordinated after it
  while (/^(?:and|,|&)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.cap && tokens[k + 1]!.kind === 'word') { k += 2; while (tokens[k]?.cap && tokens[k]!.kind === 'word') k++; }
  return tokens[k]?.kind === 'word' && !tokens[k]!.cap && cues.product.has(tokens[k]!.lower) && PLANT_NOUNS.test(tokens[k + 1]?.lower ?? '');
}

/**
 * A capitalised place noun opening a name: before a known first-level region it names that region ("Région Provence-Alpes-Côte
 * d'Azur"); in the plural, with "de" and a country, the association of those places ("Régions de France", "Villes de France").
 */
function placeNounName(tokens: readonly Token[], c: Candidate, gaz: Gazetteer, cues: CueIndex): GazetteerEntry | 'association' | undefined {
  const head = tokens[c.i]!;
  if (c.j <= c.i || !head.cap || head.allCaps || !cues.place.has(head.lower)) return undefined;
  const of = /^(?:de|du|des|d'|of)$/.test(tokens[c.i + 1]!.lower);
  const k = of ? c.i + 2 : c.i + 1;
  if (k > c.j) return undefined;
  const g = gaz.lookup(spanKey(tokens, k, c.j));
  if (!g) return undefined;
  if (g.type === 'Country' && of && head.lower.endsWith('s')) return 'association';
  return g.type === 'Region' && !of && !g.town && g.population === undefined && !!g.country ? g : undefined;
}

/** Where a name acts as a firm: the subject of a verb, before a possessive, the object of an actor verb. */
function companySlot(tokens: readonly Token[], c: Candidate): boolean {
  const after = tokens[c.j + 1];
  return after?.kind === 'possessive' || (after?.kind === 'word' && SUBJECT_VERB.test(after.lower) && after.text !== 'A') || actorSlot(tokens, c);
}

/** Verbs after which only a company fits (a city there is a company named like it). */
const ACTOR_VERB = /(?:^| )(?:competes? with|competing with|rivals?|rivalise avec|rivalisent avec|concurrence|concurrencent|battles|partners? with|partnered with|s'allie avec|s'associe avec|acquired|acquires|rachete|acquiert|racheter)$/;
/** Mergers' nouns and verbs: their parties are firms when one named before is no place ("the merger of Paris and Lyon" stays places). */
const MERGER_SLOT = /(?:^| )(?:fusion|fusion entre|fusion avec|fusionne avec|fusionner avec|merger of|merger with|merger between|merges with|merged with|merge with)$/;
const LIST_WORDS = new Set([',', 'and', 'et', 'or', 'ou', "d'", 'de', 'the', 'le', 'la', "l'"]);

/** Whether the candidate is the object of an actor verb, alone or in a list ("competes with Orvane, Toyota and Pellix"). */
function actorSlot(tokens: readonly Token[], c: Candidate, gaz?: Gazetteer): boolean {
  let k = c.i - 1;
  // (a deal's noun capitalised in a title, "Fusion de A et de Suez", is the verb's slot, not a name to walk past)
  while (k >= 0 && (LIST_WORDS.has(tokens[k]!.lower) || (tokens[k]!.cap && !MERGER_NOUNS.has(tokens[k]!.lower)) || tokens[k]!.kind === 'possessive' || /-(?:owned|backed|based)$/.test(tokens[k]!.lower)) && c.i - k < 12) k--;
  const before = joinedLower(tokens, Math.max(0, k - 2), k + 1).replace(/' /g, "'");
  if (ACTOR_VERB.test(before)) return true;
  if (!gaz || !MERGER_SLOT.test(before)) return false;
  for (let n = k + 1; n < c.i; n++) if (tokens[n]!.kind === 'word' && tokens[n]!.cap && !gaz.lookup(tokens[n]!.lower)) return true;
  return false;
}

function countryAt(gaz: Gazetteer, tokens: readonly Token[], k: number): boolean {
  for (let j = Math.min(tokens.length - 1, k + 3); j >= k; j--) if (gaz.lookup(spanKey(tokens, k, j))?.type === 'Country') return true;
  return false;
}

/** Common nouns that start headings and sentences ("Concurrence avec …", "Formation et adoption"). */
// (and their plurals: "Figures released this morning show …")
const COMMON_NOUN_ENDING = /(?:tion|sion|ence|ance|ite|ment|ure|age|isme|eur|ique|ness|ity|ship|ing|ies|ists?|ors|ers|ees?|ly)s?$/;
const NOT_A_VERB = new Set(["l'", "d'", 'la', 'le', 'les', 'des', 'du', 'un', 'une', 'the', 'an', 'this', 'these', 'its', 'their',
  'a', 'à', 'de', 'avec', 'en', 'et', 'pour', 'sur', 'par', 'in', 'to', 'of', 'for', 'with', 'and', 'on', 'at', 'by']);

/**
 * A capitalised word seen only at the start of sentences is a name when it is the subject of a
 * full sentence: followed by a verb-like lower-case word (not a determiner, as after an
 * infinitive), the sentence ends with a full stop (not a heading), and it does not look like a
 * common noun.
 */
function initialSubject(c: Candidate, tokens: readonly Token[], sentence: Sentence): boolean {
  const t = tokens[c.i]!;
  // "Powerdot (Portugal), opérateur de …": what follows a bracket after the name
  let resume = c.j + 1;
  if (tokens[resume]?.text === '(') { const open = resume; const close = tokens.findIndex((x, k) => k > open && k <= open + 4 && x.text === ')'); if (close > 0) resume = close + 1; }
  const next = tokens[resume];
  c = resume === c.j + 1 ? c : { ...c, j: resume - 1 };
  if (next?.kind === 'possessive') return true; // "Alphabet's self-driving unit"
  if (!next || (next.kind !== 'word' && next.kind !== 'elision' && next.text !== ',') || next.cap || (NOT_A_VERB.has(next.lower) && next.text !== 'a')) return false;
  if ((!/[.!?»"”]$/.test(sentence.text) && sentence.part !== 'title') || t.text.length < 3 || COMMON_NOUN_ENDING.test(t.lower)) return false;
  // the next word must read as a verb: "Nvidia rivals", "Sanofi a annoncé", "Acme n'est", or after an
  // incidental clause "Oracle, meanwhile, said" (not "Gros coup", "Bon, rien n'est…, hein")
  if (next.kind === 'elision') return true;
  if (next.text !== ',') return VERBISH.test(next.lower);
  // "Zentra, which Orvane acquired…", "Pellix, qui rivalise avec…": a relative clause hangs on a name
  if (/^(?:which|who|qui|dont)$/.test(tokens[c.j + 2]?.lower ?? '')) return true;
  // "Corvane, racheté en 2018 par …", "Pellix, acquired by …": a participle of a change of owner hangs on a name
  if (OWNER_CHANGE_PARTICIPLE.test(tokens[c.j + 2]?.lower ?? '')) return true;
  let k = c.j + 2;
  while (tokens[k] && tokens[k]!.text !== ',' && k < c.j + 8) k++;
  const after = tokens[k]?.text === ',' ? tokens[k + 1] : undefined;
  return !!after && (after.kind === 'elision' || (after.kind === 'word' && !after.cap && VERBISH.test(after.lower)));
}

const OWNER_CHANGE_PARTICIPLE = /^(?:(?:rachet|achet|ced|brad|absorb)ee?s?|vendue?s?|acquise?s?|reprise?s?|acquired|bought|sold|purchased)$/;
/** Words after a name that make it the subject of a clause: auxiliaries, reporting verbs, English past tenses. */
const SUBJECT_VERB = /^(?:a|ont|va|vont|sera|doit|peut|veut|has|have|had|will|would|could|can|may|might|must|should|said|says|plans|wants|aims|annonce|investit|investira|lance|rachete|acquiert)$|^[a-z]{3,}ed$/;

/** Words that read as a conjugated verb or an auxiliary, French or English. */
const VERBISH = /^(?:a|ont|est|sont|va|vont|fait|doit|peut|veut|sera|avait|etait|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|said|says|told)$|(?:[^u]e|es|ent|it|ait|aient|era|ira|dra|ront|ts|[^s]s|ed)$/;

function setType(c: Typed, type: EntityType, cue: MentionCue, confidence: number, from?: TypeCue | Typed): void {
  c.type = type;
  c.cue = cue;
  c.confidence = confidence;
  c.weak = cue === 'default' || (!!from && 'weak' in from && !!from.weak);
  if (from && 'nationality' in from && from.nationality) c.nationality = from.nationality;
  const word = from && ('word' in from ? from.word : (from as Typed).cueWord);
  if (word) c.cueWord = word;
}

/** "Jane Roe, head of B", "Jean Roe, le président de B": a title in apposition after the name (a few lower-case words before it at most). */
function titledAfter(tokens: readonly Token[], c: Typed, cues: CueIndex): boolean {
  if (tokens[c.j + 1]?.text !== ',') return false;
  for (let n = c.j + 2; n < c.j + 5 && tokens[n]; n++) {
    if (cues.roles.startingAt(tokens, n)) return true;
    if (tokens[n]!.kind !== 'word' || tokens[n]!.cap) return false;
  }
  return false;
}

/** Lists share a type: "de Sanofi à Novartis, sans oublier l'allemand Northvolt et le suisse QX2". */
function propagateLists(parts: readonly SentenceTokens[], all: Typed[], cues: CueIndex, midCaps: ReadonlySet<string>): void {
  // candidates by sentence, grouped once (a filter per sentence grew with the square of the text)
  const bySentence = new Map<number, Typed[]>();
  for (const c of all) if (!c.drop) { const l = bySentence.get(c.sentence); if (l) l.push(c); else bySentence.set(c.sentence, [c]); }
  for (const { sentence, tokens } of parts) {
    const inSentence = (bySentence.get(sentence.index) ?? []).sort((a, b) => a.i - b.i);
    for (const group of listGroups(inSentence, tokens, cues)) {
      // ("the Vela Park organisation, the Orvane corporation and Thompson Aero Seating": a name read as a person only by a given
      // name of the large list, among firms a cue of their own types, is a firm too)
      const firms = group.some((c) => c.type === 'Company' && c.cue === 'cue' && c.confidence >= 0.8);
      // (not a name with a title in apposition: "…, president of A, and Jane Roe, head of B": a list of people, each with a firm)
      const weakPerson = (c: Typed): boolean => firms && c.type === 'Person' && c.cue === 'first-name' && c.confidence < 0.8 && !titledAfter(tokens, c, cues);
      const types = new Set(group.filter((c) => c.type && c.cue !== 'gazetteer' && !weakPerson(c)).map((c) => c.type!));
      if (types.size !== 1) continue;
      if (firms) for (const c of group) if (weakPerson(c)) setType(c, 'Company', 'list', 0.7);
      const [type] = [...types];
      if (type === 'Region' || type === 'Country') continue;
      // a capitalised first word seen nowhere else ("Face à Samsung et Oracle") is not a list item
      for (const c of group) {
        const lone = c.initial && c.i === c.j && !midCaps.has(matchKey(c.text)) && !/^(?:et|and|,)$/.test(tokens[c.j + 1]?.lower ?? '');
        if (!c.type && !lone) setType(c, type!, 'list', 0.7);
      }
    }
  }
}

/** Runs of candidates separated only by list separators, determiners and demonyms. */
function listGroups(all: readonly Typed[], tokens: readonly Token[], cues: CueIndex): Typed[][] {
  // "BAE Systems (UK), Orvane (Italy) and …": a name in parentheses is no item of the list
  const cands = all.filter((c) => !(tokens[c.i - 1]?.text === '(' && tokens[c.j + 1]?.text === ')'));
  const groups: Typed[][] = [];
  let current: Typed[] = [];
  let conjunction = false;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    const prev = current[current.length - 1];
    const link = prev ? linked(tokens, prev.j + 1, c.i - 1, cues) : 0;
    if (link) { current.push(c); conjunction ||= link === 2; }
    else {
      closeList(groups, current, conjunction);
      current = [c];
      conjunction = false;
    }
  }
  closeList(groups, current, conjunction);
  return groups;
}

/**
 * A run of names is a list when it has three names or more, or two joined by a conjunction: two names with only a
 * comma between are an apposition ("l'Économie, Roland Lescure"). (A module function: a closure per call cost a
 * keepNames __name() under tsx, ~20 per article.)
 */
function closeList(groups: Typed[][], current: Typed[], conjunction: boolean): void {
  if (current.length > 2 || (current.length === 2 && conjunction)) groups.push(current);
}

const LINK_FILLERS = new Set(['le', 'la', "l'", 'les', 'the', 'a', 'an', 'de', "d'", 'du', 'des', 'aussi', 'also', 'meme', 'even', 'puis']);

/** 0: not linked; 1: linked by commas only; 2: by a conjunction ("et", "and", "à", "sans oublier"). */
function linked(tokens: readonly Token[], a: number, b: number, cues: CueIndex): 0 | 1 | 2 {
  if (b < a) return 0;
  let separator: 0 | 1 | 2 = 0;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    const len = cues.separators.startingAt(tokens, k);
    if (len) { separator = t.text === ',' && len === 1 ? (separator || 1) : 2; k += len - 1; continue; }
    if (LINK_FILLERS.has(t.lower) || cues.demonyms.has(t.lower)) continue;
    // "the Orvane corporation, the Pellix group and …": the firm's noun after an item
    if (k === a && FIRM_AFTER.test(t.lower)) continue;
    // "Orvane/Banco Pellix": a deal written buyer/target pairs two names of one kind
    if (t.text === '/' && a === b) { separator = 2; continue; }
    // "BAE Systems (UK), Orvane (Italy) and …": a parenthesised country or acronym between items
    if (t.text === '(' && tokens[k + 2]?.text === ')' && tokens[k + 1]!.cap) { k += 2; continue; }
    return 0;
  }
  return separator;
}

/** The article's language by its function words (the dictionary rules read that language's words). */
function articleLanguage(parts: readonly SentenceTokens[], cues: CueIndex): 'en' | 'fr' {
  let en = 0, fr = 0;
  for (const { tokens } of parts) for (const t of tokens) {
    if (EN_MARKERS.has(t.lower)) en++;
    else if (FR_MARKERS.has(t.lower)) fr++;
  }
  void cues;
  return fr > en ? 'fr' : 'en';
}
const EN_MARKERS = new Set(['the', 'and', 'of', 'to', 'is', 'are', 'was', 'with', 'that', 'for', 'has', 'have', 'will']);
const FR_MARKERS = new Set(['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'dans', 'pour', 'sur', 'qui', "l'", "d'"]);

/** Words before a capitalised common word that make it a common noun ("the Department", "les trois Ministres"). */
// (round 11: "officials in my Department": the speaker's possessives too; not "her", also an object pronoun)
const DETERMINER_BEFORE = /^(?:the|a|an|this|that|these|those|its|their|our|my|your|his|every|each|any|another|chaque|two|three|four|five|le|la|les|l'|un|une|du|des|au|aux|ce|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|deux|trois|quatre)$/;
/** What may follow a sentence-initial common word for it to be a name acting: an auxiliary or a reporting verb. */
const ACTING_VERB = /^(?:a|ont|va|sera|doit|peut|veut|avait|has|had|is|was|will|would|said|says|told|announced|annonce|explique|plans|wants|invests|acquires|[a-z]{2,}ed|[a-z]{3,}(?:era|ait|it)|creating|investing|opening|building|hiring|cutting|expanding|acquiring|announcing|moving)$/;
/** Codes and grades: a single letter, "A3", "Baa2", "6G", "B2B". */
const CODE = /^(?:\p{L}|\p{L}{1,3}\d{1,2}\p{L}?|\d{1,2}\p{L}{1,2}|\p{Lu}-\p{Lu}{2}|(?=[IVXL]{2})[IVXL]+)$/u;
/** Nouns of grades, classes and parts before a letter or a numeral ("Grade A office space", "Phase II", "le livre IV"). */
const GRADE_NOUNS = /^(?:grade|class|tier|category|phase|level|stage|band|annex|article|section|chapter|part|title|book|livre|titre|chapitre|annexe|categorie|classe|niveau|phase)$/;

/**
 * A capitalised dictionary word alone is a name only with evidence. Candidates typed by no cue of
 * their own (defaults and what they spread) are dropped when they are common words at a sentence
 * start without a verb, common words after a determiner, names made only of common words that do
 * not act, codes and grades; and a cue noun or title written alone ("Sommet", "Conseil", "Ministers")
 * is no name even with a cue, unless a longer name of the article ends with it ("Commission").
 */
function dropWithoutEvidence(all: Typed[], tokensOf: ReadonlyMap<number, Token[]>, cues: CueIndex, lang: 'en' | 'fr'): void {
  const longer = all.filter((c) => c.j > c.i && !c.drop).map((c) => matchKey(c.text));
  // "the EU Merger Regulation ('EUMR') … the EUMR": a legal text and its acronym, wherever the article cites them
  const legal = new Set<string>();
  for (const c of all) if (c.j > c.i && c.type !== 'Person' && c.cue !== 'suffix' && c.cue !== 'gazetteer' && LEGAL_TEXTS.has(tokensOf.get(c.sentence)![c.j]!.lower)) {
    for (const n of [c.text, ...(c.aliases ?? [])]) legal.add(matchKey(n));
  }
  for (const c of all) if (!c.drop && c.cue !== 'gazetteer' && legal.has(matchKey(c.text))) {
    c.drop = true;
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'a legal text (regulation, directive, treaty, guidelines) or its acronym', rule: 'dictionary-evidence' });
  }
  const titleEnds = new Set<string>();
  for (const c of all) {
    if (!c.type || c.drop || c.cue === 'gazetteer' || c.quoted || c.aliases?.length) continue;
    const tokens = tokensOf.get(c.sentence)!;
    const words = tokens.slice(c.i, c.j + 1).filter((t) => t.kind === 'word');
    const first = tokens[c.i]!;
    const after = tokens[c.j + 1];
    let reason: string | undefined;
    const cuePhrase = Math.max(cues.company.endingAt(tokens, c.j), cues.organization.endingAt(tokens, c.j), cues.program.endingAt(tokens, c.j));
    if (c.type !== 'Person' && cues.roles.endingAt(tokens, c.j) > c.j - c.i + 1) reason = 'the end of a title ("Président de la République")';
    // "EU Merger Regulation", "Regional Aid Guidelines", "Lisbon Treaty": a legal text cited, not an actor
    else if (c.i < c.j && c.type !== 'Person' && c.cue !== 'suffix' && LEGAL_TEXTS.has(tokens[c.j]!.lower)) reason = 'a legal text (regulation, directive, treaty, guidelines)';
    // "Member States", "Labour Members", "Foreign Direct Investments": common words ending in a plural common noun
    // ("EU Member States": also after a union's or a country's code)
    else if (c.i < c.j && c.weak && pluralCommonHead(tokens[c.j]!, lang) && words.every((t, n) => t.cap && (t.allCaps ? n === 0 && words.length >= 3 && t.text.length <= 3 : isCommonWord(t.lower, lang))) && !c.text.includes('&') &&
      after?.kind !== 'possessive' && !(after?.kind === 'word' && ACTING_VERB.test(after.lower))) reason = 'common words ending in a plural common noun';
    else if (c.i < c.j && cuePhrase === c.j - c.i + 1) reason = 'a cue phrase alone ("Joint Venture")';
    // "before the next Budget Review", "since the last General Election": common words after a word of time name a recurring event
    else if (c.i < c.j && c.weak && c.type !== 'Person' && /^(?:next|last|previous|upcoming|forthcoming)$/.test(tokens[c.i - 1]?.lower ?? '') && tokens[c.i - 2]?.lower === 'the' &&
      words.every((t) => t.cap && !t.allCaps && isCommonWord(t.lower, lang))) reason = 'common words after "the next" or "the last" (a recurring event)';
    // "the Recommendation on Merger Review", "Guidelines on Regional Aid": the topic of a legal text, in common words
    else if (c.weak && /^(?:on|sur)$/.test(tokens[c.i - 1]?.lower ?? '') && LEGAL_TEXTS.has(tokens[c.i - 2]?.lower ?? '') && words.every((t) => !t.allCaps && isCommonWord(t.lower, lang))) reason = 'the topic of a legal text';
    // "Grade A office space", "Phase II", "Tier 1": a grade or a part, not a name
    else if (c.weak && c.j === c.i + 1 && GRADE_NOUNS.test(first.lower) && (CODE.test(tokens[c.j]!.text) || tokens[c.j]!.kind === 'number')) reason = 'a grade, class or part';
    else if (c.i < c.j && c.weak && c.initial && /^(?:of|de|du|des|d')$/.test(tokens[c.i + 1]?.lower ?? '') && isCommonWord(first.lower, lang) && !cuePhrase &&
      !cues.company.has(first.lower) && !cues.organization.has(first.lower) && !cues.program.has(first.lower)) reason = 'a common noun and its complement at a sentence start';
    else if (c.i === c.j) {
      const w = first.lower;
      const noun = cues.company.has(w) || cues.organization.has(w) || cues.program.has(w) || cues.roles.has(w) || cues.roles.has(w.replace(/s$/, '')) || cues.place.has(w);
      // (a title read as a firm's name by its slot, "the acquisition of X by Prince", candidates.ts, is one)
      if (noun && c.type !== 'Person' && c.hint !== 'Company' && !longer.some((k) => k.endsWith(' ' + w))) reason = 'a cue noun or title alone';
      // "Commission amends Guidelines on …", "the Regulation": the head of a legal text alone
      else if (LEGAL_TEXTS.has(w) && !first.allCaps && c.cue !== 'suffix') reason = 'the head of a legal text alone';
      // "Vu le dossier …", "Considérant la demande": a capitalised common word before an article and a common word opens a clause
      else if (c.weak && !first.allCaps && isCommonWord(w, lang) && /^(?:le|la|les|l'|the)$/.test(after?.lower ?? '') && tokens[c.j + 2]?.kind === 'word' && !tokens[c.j + 2]!.cap) reason = 'common word opening a clause';
      else if (c.weak && c.type !== 'Product' && CODE.test(first.text) && !INNER_CAPITAL.test(first.text)) reason = 'a code or grade';
      // "The Commission found": the head of a body the article names in full ("European Commission") names that body
      else if (c.type === 'Organization' && ORGANIZATION_HEADS.has(w) && longer.some((k) => k.endsWith(' ' + w))) continue;
      // "regional State aid", "at Ministerial level": a capitalised common word inside a noun phrase of lower-case words
      // ("Nestlé" in English text: a word spelt with accents is no English word its folded form spells)
      else if (lang === 'en' && ACCENTED.test(first.text)) continue;
      else if (c.weak && !first.allCaps && isCommonWord(w, lang) && inLowerCasePhrase(tokens, c.i, lang, cues)) reason = 'capitalised word inside a common noun phrase';
      else if (c.weak && !first.allCaps && isCommonWord(w, lang)) {
        // "Oracle s'implante", "Orange n'a pas": a pronoun or negation elided before a verb also acts
        const acts = (after?.kind === 'word' && ACTING_VERB.test(after.lower)) || after?.kind === 'possessive' || (after?.kind === 'elision' && /^(?:s'|n'|l')$/.test(after.lower));
        if (c.initial && !acts) reason = 'common word at a sentence start';
        else if (DETERMINER_BEFORE.test(tokens[c.i - 1]?.lower ?? '')) reason = 'common word after a determiner';
      } else if (c.weak && first.allCaps && first.text.length <= 3 && isCommonWord(w, lang)) {
        // "the HQ", "une carte SD", "an HD screen": a common abbreviation after a determiner or a noun
        const prev = tokens[c.i - 1];
        if (DETERMINER_BEFORE.test(prev?.lower ?? '') || (prev?.kind === 'word' && !prev.cap && prev.text.length >= 3 && isCommonWord(prev.lower, lang) && !ACTOR_BEFORE.has(prev.lower))) reason = 'abbreviation of a common noun';
      }
    } else if (c.weak && (c.initial || WEAK_BEFORE.test(tokens[c.i - 1]?.lower ?? '') || modifiesPlural(tokens, c, lang)) && !INNER_AMPERSAND.test(c.text) && words.every((t) => CONNECTOR_WORDS.has(t.lower) || (!t.allCaps && isCommonWord(t.lower, lang)))) {
      // "Private Investment", "a Joint Venture", "Across Government": common words, introduced as common nouns are,
      // that do not act; a name whose last word is a cue noun after words of its own ("the Automotive Transformation Fund") stays
      const acts = after?.kind === 'possessive' || (after?.kind === 'word' && ACTING_VERB.test(after.lower));
      const cueLen = Math.max(cues.company.endingAt(tokens, c.j), cues.organization.endingAt(tokens, c.j), cues.program.endingAt(tokens, c.j));
      const named = cueLen > 0 && c.j - cueLen + 1 > c.i;
      // "the Twentieth Century Fox movie company": a company noun right after (one lower-case word between at most)
      // ("for Main Street businesses": a plural noun the words modify names no company)
      const nounAfter = [1, 2].some((d) => cues.company.has(tokens[c.j + d]?.lower ?? '') && tokens.slice(c.j + 1, c.j + d + 1).every((t) => t.kind === 'word' && !t.cap)) &&
        !modifiesPlural(tokens, c, lang);
      // "the Committee on Foreign Investment", "the Council of Economic Advisers": a body's head noun and its complement
      // ("the National Advisory Council on Innovation": the head after its adjectives)
      const body = tokens.slice(c.i, c.j).some((t, n) => (ORGANIZATION_HEADS.has(t.lower) || t.lower === 'committee') && /^(?:of|on|for|de|du|des|d'|au|aux)$/.test(tokens[c.i + n + 1]?.lower ?? ''));
      // ("the Enterprise Act 2002": a law named with its year)
      const lawYear = endsWithLawNumber(tokens, c.j);
      if (!acts && !named && !nounAfter && !body && !lawYear) reason = 'made only of common words';
    }
    if (!reason) continue;
    c.drop = true;
    if (reason.startsWith('the end of a title')) titleEnds.add(matchKey(c.text));
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason, rule: 'dictionary-evidence' });
  }
  // "Président de la République … ce qu'est la République": the word typed only by the title elsewhere is no name either
  if (titleEnds.size) for (const c of all) if (!c.drop && c.cue === 'article' && titleEnds.has(matchKey(c.text))) {
    c.drop = true;
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'typed only by a title elsewhere in the article, whose end it is', rule: 'dictionary-evidence' });
  }
}
// (module constants, not closures: under tsx, keepNames costs a defineProperty per closure made)
const ADJECTIVE_SUFFIX = /(?:al|ial|ive|ous|ic|ical|ary)$/;

/**
 * "on regional State aid", "at Ministerial level", "EU State aid rules": the word is followed by a lower-case common word that
 * is no verb, and is itself an adjective or follows a lower-case adjective: a noun phrase, not a name acting in it.
 */
function inLowerCasePhrase(tokens: readonly Token[], i: number, lang: 'en' | 'fr', cues: CueIndex): boolean {
  const next = tokens[i + 1], prev = tokens[i - 1], w = tokens[i]!.lower;
  if (next?.kind !== 'word' || next.cap || !isCommonWord(next.lower, lang) || cues.stop.has(next.lower) || ACTING_VERB.test(next.lower) || SUBJECT_VERB.test(next.lower) || /^(?:and|or|et|ou|of|de|du|des|in|en|to|for|with)$/.test(next.lower)) return false;
  return ADJECTIVE_SUFFIX.test(w) || (prev?.kind === 'word' && !prev.cap && ADJECTIVE_SUFFIX.test(prev.lower) && !ACTOR_BEFORE.has(prev.lower));
}

/** Heads of legal texts' names. */
const LEGAL_TEXTS = new Set(['regulation', 'regulations', 'directive', 'directives', 'treaty', 'guidelines', 'reglement', 'traite', 'lignes directrices', 'recommendation', 'recommandation',
  // ("the State aid Temporary Framework": a set of rules, as guidelines are)
  'framework']);

/** A plural common noun that is not the last word of a company's name ("Airlines", "Industries", "Systems" are). */
/** Words that open a noun phrase: determiners, prepositions, possessives, numbers in words. */
const NOUN_PHRASE_OPENER = /^(?:a|an|the|for|of|in|to|with|by|on|at|from|its|their|our|his|her|these|those|two|three|four|five|six|seven|eight|nine|ten|several|many|all|other)$/;

/** "for Main Street businesses", "four Public Works projects": capitalised common words before a lower-case plural noun modify it. */
function modifiesPlural(tokens: readonly Token[], c: { i: number; j: number }, lang: 'en' | 'fr'): boolean {
  const before = tokens[c.i - 1], after = tokens[c.j + 1];
  // (inside a noun phrase: a lower-case word or a number before, so "Orvane Steel Products sells" stays a subject)
  return lang === 'en' && (before?.kind === 'number' || NOUN_PHRASE_OPENER.test(before?.lower ?? '')) && after?.kind === 'word' && !after.cap &&
    (pluralCommonHead(after, lang) || (/[a-z]{3,}(?:ss|sh|ch|x)es$/.test(after.lower) && isCommonWord(after.lower.slice(0, -2), lang))) && !ACTING_VERB.test(after.lower);
}

function pluralCommonHead(t: Token, lang: 'en' | 'fr'): boolean {
  const w = t.lower;
  if (t.allCaps || !/[a-z]{3,}s$/.test(w) || NAME_TAIL_TYPES[w] || /(?:ss|us|is)$/.test(w)) return false;
  const singular = w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.slice(0, -1);
  return isCommonWord(w, lang) && isCommonWord(singular, lang) && !PLURAL_NAME_HEADS.has(w);
}
/** Plural heads of companies' names that the company-word list does not hold ("Pressing Solutions", "Applied Materials"). */
const PLURAL_NAME_HEADS = new Set(['solutions', 'materials', 'devices', 'instruments', 'products', 'foods', 'brands', 'resources', 'minerals',
  'metals', 'chemicals', 'communications', 'media', 'services', 'logistics', 'studios', 'games', 'entertainment', 'partners', 'associates',
  'brothers', 'stores', 'markets', 'hotels', 'resorts', 'records', 'pictures', 'works', 'mills', 'trains', 'buses', 'cars', 'ports']);
const WEAK_BEFORE = /^(?:a|an|the|in|as|this|on|un|une|en|comme|le|la|les|l'|du|des|\()$/;
const CONNECTOR_WORDS = new Set(['of', 'for', 'and', 'de', 'du', 'des', "d'", 'la', 'le', "l'", 'et', 'the']);

/**
 * "WhatsApp, Instagram and Pellgram of Orvane": a list item with "of" and a name the article reads
 * alone elsewhere is that item and its owner, two names (not "Bank of America" said once).
 */
function splitOwnerComplements(all: Typed[], tokensOf: ReadonlyMap<number, Token[]>, sentenceOf: ReadonlyMap<number, Sentence>): void {
  const alone = new Set(all.map((c) => nameKey(c.text)));
  // the one-word candidates no lexicon read, kept up to date as splits add some: twoFirms looks its words up here instead of
  // scanning every candidate for each acronym-and-name pair
  const lone = new Set<string>();
  const noteLone = (o: Typed) => { if (o.i === o.j && !o.gaz) lone.add(o.text); };
  for (const o of all) noteLone(o);
  const insertAfter = (c: Typed, second: Typed) => { all.splice(all.indexOf(c) + 1, 0, second); noteLone(c); noteLone(second); };
  for (const c of [...all]) {
    const tokens = tokensOf.get(c.sentence)!;
    if (personOfOwner(tokens, c)) {
      // "John Roe of Acme Systems said": a person (a given name and a surname) and the employer after "of" (round 11)
      const m = tokens.findIndex((t, k) => k > c.i && k < c.j && t.lower === 'of');
      const text = sentenceOf.get(c.sentence)!.text;
      const second: Typed = { ...c, i: m + 1, start: tokens[m + 1]!.start, text: text.slice(tokens[m + 1]!.start, c.end), initial: false, aliases: undefined };
      c.j = m - 1; c.end = tokens[m - 1]!.end; c.text = text.slice(c.start, c.end);
      insertAfter(c, second);
      continue;
    }
    if (twoFirms(tokens, c, lone)) {
      // "the acquisition of Pellix by GEC Orvane" where the article names GEC and Orvane alone: two bidders side by side
      const text = sentenceOf.get(c.sentence)!.text;
      const second: Typed = { ...c, i: c.j, start: tokens[c.j]!.start, text: text.slice(tokens[c.j]!.start, c.end), initial: false, aliases: undefined };
      c.j = c.i; c.end = tokens[c.i]!.end; c.text = text.slice(c.start, c.end);
      insertAfter(c, second);
      continue;
    }
    if (c.j - c.i < 2 || c.gaz || !/^(?:and|et|,)$/.test(tokens[c.i - 1]?.lower ?? '')) continue;
    const m = tokens.findIndex((t, k) => k > c.i && k < c.j && t.lower === 'of');
    if (m < 0 || tokens.slice(c.i, m).some((t) => t.lower === 'of')) continue;
    const owner = tokens.slice(m + 1, c.j + 1).map((t) => t.text).join(' ');
    if (!alone.has(nameKey(owner)) || !all.some((o) => o !== c && o.sentence === c.sentence && o.j < c.i - 1)) continue;
    const text = sentenceOf.get(c.sentence)!.text;
    const second: Typed = { ...c, i: m + 1, start: tokens[m + 1]!.start, text: text.slice(tokens[m + 1]!.start, c.end), initial: false, aliases: undefined };
    c.j = m - 1; c.end = tokens[m - 1]!.end; c.text = text.slice(c.start, c.end);
    insertAfter(c, second);
  }
}

/** An acronym and a name side by side, each named alone elsewhere in the article and by no lexicon ("GEC Orvane"). */
function twoFirms(tokens: readonly Token[], c: Typed, lone: ReadonlySet<string>): boolean {
  if (c.j !== c.i + 1 || c.gaz || c.quoted || c.hint) return false;
  const a = tokens[c.i]!, b = tokens[c.j]!;
  if (a.kind !== 'word' || b.kind !== 'word' || !a.allCaps || a.text.length < 2 || !b.cap || b.allCaps) return false;
  return lone.has(a.text) && lone.has(b.text);
}

/**
 * "John Roe of Acme Systems": a given name, a surname that is no common word (one middle name at most), "of", then capitalised
 * words — a person and the employer, not one name ("Bank of America", "Duke of Edinburgh" open with no given name).
 */
function personOfOwner(tokens: readonly Token[], c: Typed): boolean {
  if (c.gaz || c.quoted) return false;
  const m = tokens.findIndex((t, k) => k > c.i + 1 && k <= c.i + 3 && k < c.j && t.lower === 'of');
  if (m < 0 || !isGivenName(tokens[c.i]!.lower) || tokens[c.i]!.allCaps) return false;
  for (let k = c.i + 1; k < m; k++) if (tokens[k]!.kind !== 'word' || !tokens[k]!.cap || isCommonWord(tokens[k]!.lower)) return false;
  return tokens.slice(m + 1, c.j + 1).every((t) => t.kind !== 'word' || t.cap || /^(?:of|and|the|&)$/.test(t.lower)) && tokens[m + 1]!.cap;
}

/**
 * Names written in lower case ("et bpifrance (la banque publique …)"): a word no dictionary knows,
 * described by a company or public-body noun in parentheses after it, is a name at each occurrence.
 */
function addLowerCaseNames(parts: readonly SentenceTokens[], found: Map<number, Candidate[]>, cues: CueIndex, known: Set<string>): void {
  const names = new Set<string>();
  for (const { tokens } of parts) {
    for (let k = 0; k + 2 < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.cap || t.text.length < 5 || !ALL_LOWER.test(t.text) || tokens[k + 1]!.text !== '(' || isCommonWord(t.lower)) continue;
      let n = k + 2;
      if (/^(?:le|la|l'|les|the|a|an|un|une)$/.test(tokens[n]!.lower)) n++;
      if (cues.company.startingAt(tokens, n) || cues.organization.startingAt(tokens, n)) names.add(t.lower);
    }
  }
  if (!names.size) return;
  for (const { sentence, tokens } of parts) {
    const list = found.get(sentence.index);
    if (!list) continue;
    tokens.forEach((t, k) => {
      if (t.kind !== 'word' || !names.has(t.lower) || list.some((c) => c.i <= k && c.j >= k)) return;
      list.push({ sentence: sentence.index, i: k, j: k, start: t.start, end: t.end, text: t.text, gaz: undefined, quoted: false, aliases: undefined, initial: false, hint: undefined });
    });
    list.sort((a, b) => a.i - b.i);
    for (const n of names) known.add(n);
  }
}

/**
 * "the Biden-Harris Administration": the people an administration is named after are people of the article only when
 * it also names one of them for itself ("President Biden"); otherwise the administration is its only subject.
 */
function dropAdministrationNames(all: Typed[], tokensOf: ReadonlyMap<number, Token[]>): void {
  const named = (c: Typed) => c.hint === 'Person' && c.i === c.j && tokensOf.get(c.sentence)![c.i + 1]?.lower === 'administration';
  const parts = all.filter(named);
  if (!parts.length) return;
  const elsewhere = new Set(all.filter((c) => !named(c)).map((c) => matchKey(c.text).split(' ').pop()!));
  const byToken = new Map<string, Typed[]>();
  for (const c of parts) { const k = `${c.sentence}:${c.i}`; byToken.set(k, [...(byToken.get(k) ?? []), c]); }
  for (const group of byToken.values()) {
    if (group.some((c) => elsewhere.has(matchKey(c.text)))) continue;
    for (const c of group) {
      c.drop = true;
      if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'a name of an administration, and the article names no such person for itself', rule: 'administration' });
    }
  }
}

/**
 * "the Vellard Administration", "the Vellard-Pellin Administration": an administration named after people the article names
 * (a presidency, said of the country's government) is no entity of its own.
 */
function dropPresidencies(all: readonly Typed[]): void {
  let any = false;
  for (const c of all) if (!c.drop && c.j > c.i && c.type === 'Organization' && ADMINISTRATION_NAME.test(c.text)) { any = true; break; }
  if (!any) return;
  const surnames = new Set<string>();
  for (const c of all) if (!c.drop && c.type === 'Person') surnames.add(matchKey(c.text).split(' ').pop()!);
  for (const c of all) {
    if (c.drop || c.j === c.i || c.type !== 'Organization') continue;
    const m = ADMINISTRATION_NAME.exec(c.text);
    if (!m || !m[1]!.split('-').every((w) => surnames.has(matchKey(w)))) continue;
    c.drop = true;
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'an administration named after people the article names', rule: 'presidency' });
  }
}
const ADMINISTRATION_NAME = /^(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?) [Aa]dministration$/u;

/**
 * "help UK Professional and Business Services (PBS) sectors": capitalised common words given an acronym that a sector noun
 * follows name a kind of business; neither they, nor their parts, nor the acronym name anything anywhere in the article.
 */
function dropSectorDescriptors(parts: readonly SentenceTokens[], all: Typed[], gaz: Gazetteer, lang: 'en' | 'fr'): void {
  const phrases: string[] = [];
  for (const { tokens } of parts) {
    for (let p = 1; p + 3 < tokens.length; p++) {
      if (tokens[p]!.text !== '(' || tokens[p + 2]!.text !== ')' || !tokens[p + 1]!.allCaps || !SECTOR_NOUNS.test(tokens[p + 3]!.lower) || tokens[p + 3]!.cap) continue;
      let k = p - 1;
      while (k >= 0 && tokens[k]!.kind === 'word' && ((tokens[k]!.cap && !tokens[k]!.allCaps && isCommonWord(tokens[k]!.lower, lang)) || /^(?:and|&|et)$/.test(tokens[k]!.lower))) k--;
      if (k >= p - 2) continue;
      phrases.push(' ' + matchKey(tokens.slice(k + 1, p).map((t) => t.text).join(' ')) + ' ', ' ' + tokens[p + 1]!.lower + ' ');
    }
  }
  if (!phrases.length) return;
  for (const c of all) {
    if (c.drop || c.cue === 'gazetteer' || c.gaz) continue;
    const words = matchKey(c.text).split(' ').filter((w) => !gaz.lookup(w) || gaz.lookup(w)!.type !== 'Country').join(' ');
    if (!words || !phrases.some((p) => p.includes(' ' + words + ' '))) continue;
    c.drop = true;
    if (tracing()) reject({ stage: 'mention', sentence: c.sentence, text: c.text, reason: 'a kind of business named by common words and its acronym ("… (PBS) sectors")', rule: 'dictionary-evidence' });
  }
}

/** "in Sines", "à Verdun", "dans la Meuse", "near Oldbury", "at Llanberis": a preposition of place right before a name. */
/** Nouns of jobs that go to a place ("bring 200 jobs to X"). */
const JOBS_NOUN = /^(?:jobs|positions|employees|workers|roles)$/;

function townPreposition(tokens: readonly Token[], c: { i: number }): boolean {
  const k = /^(?:la|le|l'|les|the)$/.test(tokens[c.i - 1]?.lower ?? '') ? c.i - 2 : c.i - 1;
  const w = tokens[k]?.lower ?? '';
  // "from Scotland to Newquay": the end of a range whose start is a place
  const range = w === 'to' && tokens.slice(Math.max(0, k - 5), k).some((t, n, xs) => t.lower === 'from' && xs[n + 1]?.cap === true);
  // "jobs on Tyneside", "a plant on Orvelside": English places named after a river's side take "on"
  const riverside = w === 'on' && RIVERSIDE.test(tokens[c.i]?.text ?? '');
  return range || riverside || /^(?:in|at|near|outside|from|a|dans|pres|vers|around)$/.test(w) || (/^(?:de|d')$/.test(w) && /^(?:pres|proche|environs)$/.test(tokens[k - 1]?.lower ?? ''));
}

/** "Sines, Alentejo", "Peterlee, County Durham": a known place right after the name and a comma. */
function placeAfter(tokens: readonly Token[], c: { j: number }, gaz: Gazetteer): boolean {
  if (tokens[c.j + 1]?.text !== ',' || !tokens[c.j + 2]?.cap) return false;
  const e = gaz.lookup(tokens[c.j + 2]!.lower);
  return !!e && (e.type === 'Region' || e.type === 'Country') && !e.town;
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
/** Verbs of a headline in the third person, written in Title Case after its subject. */
/** Index of a headline's verb between two capitalised names of the span i..j ("Roe Visits Orvane"), or -1. */
function headlineVerbInside(tokens: readonly Token[], i: number, j: number): number {
  for (let k = i + 1; k < j; k++) {
    if (!HEADLINE_VERBS.test(tokens[k]!.text)) continue;
    const before = tokens[k - 1]!, after = tokens[k + 1]!;
    if (before.kind === 'word' && after.kind === 'word' && after.cap && !before.allCaps) return k;
  }
  return -1;
}

const APPOSITION_DETERMINER = /^(?:un|une|a|an|the|le|la|l')$/;

/** "X, entreprise franco-belge,", "X, a Belgian company,", "X shares": a company noun in apposition, or shares, right after the name. */
function firmApposition(tokens: readonly Token[], c: { i: number; j: number }, cues: CueIndex): TypeCue | undefined {
  // ("M. Jean Roe, industriel du secteur": an honorific says a person, whatever noun describes him)
  const h = tokens[c.i - 1]?.text === '.' ? tokens[c.i - 2] : tokens[c.i - 1];
  if (isHonorific(h)) return undefined;
  // ("fondée par A, B et C, la société grandit": after the last item of a list, the noun phrase is the clause's subject)
  if (/^(?:et|and|ou|or)$/.test(tokens[c.i - 1]?.lower ?? '') || (tokens[c.i - 1]?.text === ',' && c.i > 2 && tokens[c.i - 2]!.cap)) return undefined;
  let k = c.j + 1;
  if (/^(?:shares|stock)$/.test(tokens[k]?.lower ?? '')) return { type: 'Company', confidence: 0.8, cue: 'cue', word: tokens[k]!.lower };
  if (tokens[k]?.text !== ',') return undefined;
  k++;
  if (APPOSITION_DETERMINER.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.kind === 'word' && !tokens[k]!.cap && cues.demonyms.has(tokens[k]!.lower)) k++;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.cap || !cues.company.startingAt(tokens, k)) return undefined;
  // (a plural company noun opens a clause: "X, companies say …")
  if (/s$/.test(t.lower) && !APPOSITION_DETERMINER.test(tokens[k - 1]?.lower ?? '')) return undefined;
  return { type: 'Company', confidence: 0.8, cue: 'cue', word: t.lower };
}

/** Letters with diacritics (Latin-1 and Latin Extended-A). */
const ACCENTED = /[À-ÖØ-öø-ſ]/;

/** French site nouns written before their owner's name ("l'usine X de Y", "les sites X à Y"). */
const SITE_BEFORE_OWNER = /^(?:usine|usines|site|sites|raffinerie|raffineries|acierie|acieries|fonderie|papeterie|entrepot|entrepots)$/;

const HEADLINE_VERBS = /^(?:Announces|Unveils|Launches|Invests|Signs|Welcomes|Visits|Highlights|Celebrates|Approves|Appoints|Acquires|Buys|Completes|Expands|Selects|Joins|Urges|Says|Tours|Hosts|Receives|Wins|Delivers|Commits|Pledges|Creates|Opens|Breaks|Honors|Honours|Praises|Touts|Backs|Secures)$/;
/** Titles of the peerage, part of a peer's name when no given name follows ("Baroness Gustafsson", "Lord Pellow"). */
const PEERAGE = /^(?:Baroness|Baron|Lord|Lady|Viscount|Viscountess|Earl|Countess)$/;
const CAPITALS_2 = /^\p{Lu}{2,}$/u;
/** "Marsh & Quay Dredging": an ampersand between capitalised words joins a firm's name, whatever its words mean. */
const INNER_AMPERSAND = /\p{Lu}[\p{L}.]* & \p{Lu}/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const MODEL_CODE = /^(?=.*\d)(?=.*\p{L})[\p{L}\d-]{2,8}$/u;
const SURNAME_FIRST = /^(\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
const ALL_LOWER = /^\p{Ll}+$/u;


/** Places read from the names around them: the same name kept as a place elsewhere, a known area in brackets, after a city and a comma. */
function placesAroundNames(article: ArticleContext): void {
  const { all, droppedPlaces, tokensOf, lang } = article;
  // "pour la Bretagne" … "la région Bretagne": a place the article reads as one elsewhere is that place everywhere
  const keptPlaces = new Set(all.filter((c) => c.cue === 'gazetteer' && c.type === 'Region').map((c) => matchKey(c.text)));
  for (const [c, g] of droppedPlaces) if (keptPlaces.has(matchKey(c.text)) && (!c.type || c.confidence < 0.8)) { c.gaz = g; setType(c, 'Region', 'gazetteer', 0.9); }

  // "Hambach (Moselle)": the name before a known area in brackets is a place in it (a town the lists may not know)
  for (let n = 1; n < all.length; n++) {
    const c = all[n]!, p = all[n - 1]!;
    if (c.cue !== 'gazetteer' || c.type !== 'Region' || !c.gaz?.country || p.sentence !== c.sentence || p.j + 2 !== c.i || p.j - p.i > 3) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (tokens[c.i - 1]?.text !== '(' || tokens[c.j + 1]?.text !== ')' || (p.type && p.confidence >= 0.8 && p.type !== 'Region')) continue;
    const g = droppedPlaces.get(p);
    // ("Investment (North-West)": a common word before the area is a topic, not a town)
    if (!g && p.i === p.j && isCommonWord(tokens[p.i]!.lower, lang)) continue;
    if (g) { p.gaz = g; setType(p, 'Region', 'gazetteer', 0.9); } else if (p.cue !== 'gazetteer') setType(p, 'Region', 'cue', 0.8);
  }
  // "Verdun, dans la Meuse", "Peterlee, County Durham", "Sines, Alentejo": a name with no cue of its own right
  // after a city or town and a comma is the area that contains it
  for (let n = 1; n < all.length; n++) {
    const c = all[n]!, p = all[n - 1]!;
    if (c.type || c.gaz || c.hint || p.sentence !== c.sentence || p.type !== 'Region' || p.gaz?.population === undefined) continue;
    const tokens = tokensOf.get(c.sentence)!;
    const between = joinedLower(tokens, p.j + 1, c.i).replace(/' /g, "'");
    if (!/^,(?: (?:dans|en|in)(?: (?:la|le|l'|les|the))?(?: (?:departement|département|region|région|province|comte|comté|county|canton|district)(?: (?:de|du|des|d'|of))?(?: (?:la|le|l'))?)?)?$/.test(between.trim())) continue;
    // "in Leeds, Orvane said": a name and a verb is the subject of a clause
    if (c.i === c.j && SUBJECT_VERB.test(tokens[c.j + 1]?.lower ?? '') && tokens[c.j + 1]!.kind === 'word') continue;
    // "Lyon, Renault et Orvane": a list goes on after it
    if (/^(?:,|et|and|ou|or)$/.test(tokens[c.j + 1]?.lower ?? '') && all[n + 1]?.sentence === c.sentence && all[n + 1]!.i <= c.j + 3) continue;
    setType(c, 'Region', 'cue', 0.7);
  }
}

/** 2. A name typed once in the article is typed everywhere; surnames follow full names. */
function typeAcrossArticle(all: readonly Typed[]): void {
  // 2. a name typed once in the article is typed everywhere; surnames follow full names
  const byKey = new Map<string, Typed>();
  const people: Typed[] = [];
  for (const c of all) {
    if (!c.type || c.drop || c.cue === 'gazetteer') continue;
    const k = nameKey(c.text);
    const prev = byKey.get(k);
    if (!prev || prev.confidence < c.confidence) byKey.set(k, c);
    for (const a of c.aliases ?? []) if (!byKey.has(nameKey(a))) byKey.set(nameKey(a), c);
    if (c.type === 'Person') people.push(c);
  }
  const surnames = new Set(people.map((p) => matchKey(p.text).split(' ').slice(1).join(' ')));
  // built by push from a literal, whose allocation site V8 pre-transitions: one elements kind whether empty or
  // not (a .map result is SMI-kinded when empty, and `products.some` deoptimised on it)
  const products: string[] = [];
  for (const [k, c] of byKey) if (c.type === 'Product') products.push(k + ' ');
  for (const c of all) {
    // a city named like a company the article types by a strong cue ("l'opérateur Orange") is that company
    if (c.cue === 'gazetteer' && c.type === 'Region' && c.gaz?.country) {
      const best = byKey.get(nameKey(c.text));
      if (best && best.type !== 'Region' && best.confidence >= 0.8) setType(c, best.type!, 'article', 0.8, best);
      continue;
    }
    if (c.drop || c.cue === 'gazetteer') continue;
    const best = byKey.get(nameKey(c.text));
    if (best && (!c.type || best.confidence > c.confidence)) setType(c, best.type!, c.type ? c.cue! : 'article', Math.min(best.confidence, 0.8), best);
    // "iPhone 16" after "the iPhone maker": a model of a product the article names
    if ((!c.type || c.cue === 'default') && c.j > c.i && products.some((p) => nameKey(c.text).startsWith(p))) setType(c, 'Product', 'article', 0.7);
    if (!c.type && c.i === c.j) {
      const w = matchKey(c.text);
      if (surnames.has(w)) setType(c, 'Person', 'article', 0.7);
    }
  }
}

/** Names typed by the lists they stand in: a city among firms is a firm, villages among places are places. */
function placeListedNames(parts: readonly SentenceTokens[], article: ArticleContext): void {
  const { all, cues, tokensOf, countryNamed, placeWords, droppedPlaces, lang } = article;
  // "avec l'arrivée de nouvelles sociétés : Alstom, Carrefour, Total, Alcatel": a foreign city the article places nothing in, among
  // three firms or more and no place, is a firm named like it
  // (only sentences with such a city: candidates grouped once, a filter per sentence grows with the square of the text)
  const cityLists = new Map<number, Typed[]>();
  for (const c of all) if (!c.drop && c.cue === 'gazetteer' && c.gaz?.population !== undefined) cityLists.set(c.sentence, []);
  if (cityLists.size) for (const c of all) if (!c.drop) cityLists.get(c.sentence)?.push(c);
  for (const { sentence, tokens } of parts) {
    const cs = cityLists.get(sentence.index)?.sort((a, b) => a.i - b.i);
    if (!cs || cs.length < 4) continue;
    for (const group of listGroups(cs, tokens, cues)) {
      const cities = group.filter((c) => c.cue === 'gazetteer' && c.type === 'Region' && c.gaz?.population !== undefined && c.gaz.country !== undefined &&
        !countryNamed(c.gaz.country, c.gaz.name) && !placeWords.has(matchKey(c.text)));
      if (cities.length !== 1 || group.filter((c) => c.type === 'Company').length < 3 || group.some((c) => c !== cities[0] && c.type !== 'Company')) continue;
      const city = cities[0]!;
      setType(city, 'Company', 'list', 0.7);
      city.gaz = undefined;
    }
  }
  // villages read as companies by default: a list of places, "X en Savoie", "à X, dans l'Allier", "l'aciérie d'X" (place-neighbours.ts)
  // (candidates grouped by sentence once: a filter per sentence grows with the square of the text; lists only where a place is)
  const bySentence = new Map<number, Typed[]>();
  for (const c of all) if (!c.drop) { const l = bySentence.get(c.sentence); if (l) l.push(c); else bySentence.set(c.sentence, [c]); }
  const listsOf = new Map<number, Typed[][]>();
  for (const { sentence, tokens } of parts) {
    const cs = bySentence.get(sentence.index);
    if (cs && cs.length > 2 && cs.some((c) => c.type === 'Region' || droppedPlaces.has(c))) listsOf.set(sentence.index, listGroups(cs.sort((a, b) => a.i - b.i), tokens, cues));
  }
  const placedKeys = new Set<string>();
  placesByNeighbours(all, tokensOf, (s) => listsOf.get(s) ?? [], new Set([...droppedPlaces].filter(([, g]) => g.town).map(([c]) => c)), lang, (c) => {
    const g = droppedPlaces.get(c);
    if (g) c.gaz = g;
    setType(c, 'Region', g ? 'gazetteer' : 'cue', 0.7);
    placedKeys.add(nameKey(c.text));
  });
  for (const c of all) if (placedKeys.size && c.type === 'Company' && (c.weak || c.cue === 'default' || c.cue === 'article') && c.confidence < 0.8 && placedKeys.has(nameKey(c.text))) setType(c, 'Region', 'article', 0.7);
}

/** Towns of the article's own country that no cue made firms are places. */
function placeHomeCountryTowns(article: ArticleContext): void {
  const { all, droppedPlaces, townCountries, tokensOf, lang } = article;
  // towns of the article's own country that no cue made firms: "l'unité de Castelsarrasin", "à Lacaune" (home-towns.ts)
  const homeCountries = lang === 'fr' && !townCountries.has('FR') ? new Set([...townCountries, 'FR']) : townCountries;
  placeHomeTowns(all, droppedPlaces, homeCountries, tokensOf, (c) => nameKey(c.text), (c) => companySlot(tokensOf.get(c.sentence)!, c), (c, g) => {
    c.gaz = g;
    setType(c, 'Region', 'gazetteer', 0.7);
  });
}

/** The name candidates of the article's sentences into `all`, headings last; the words it writes in lower case and the names it capitalises inside sentences. */
function collectCandidates(parts: readonly SentenceTokens[], gaz: Gazetteer, cues: CueIndex, lang: 'en' | 'fr', headings: ReadonlySet<number>,
  all: Typed[], lowerWords: Set<string>, midCaps: Set<string>): void {
  const found = new Map<number, Candidate[]>();
  const known = new Set<string>();
  const surnames = new Set<string>();
  for (const { sentence, tokens } of parts) {
    if (headings.has(sentence.index)) continue;
    const cands = findCandidates(sentence.text, tokens, sentence.index, gaz, cues, undefined, lang, surnames);
    found.set(sentence.index, cands);
    for (const c of cands) if (c.j > c.i) surnames.add(tokens[c.j]!.lower);
    for (const c of cands) {
      if (c.initial && c.i === c.j && isCommonWord(tokens[c.i]!.lower, lang)) continue;
      known.add(spanKey(tokens, c.i, c.j));
      for (const a of c.aliases ?? []) known.add(matchKey(a));
    }
  }
  addLowerCaseNames(parts, found, cues, known);
  for (const { sentence, tokens } of parts) {
    for (const t of tokens) if (t.kind === 'word' && !t.cap) lowerWords.add(t.lower);
    const cands = found.get(sentence.index) ?? findCandidates(sentence.text, tokens, sentence.index, gaz, cues, known, lang);
    if (lang === 'en') for (const r of lowerCaseRegions(tokens, gaz)) {
      if (cands.some((c) => c.i <= r.j && c.j >= r.i)) continue;
      const start = tokens[r.i]!.start, end = tokens[r.j]!.end;
      cands.push({ sentence: sentence.index, i: r.i, j: r.j, start, end, text: sentence.text.slice(start, end), gaz: r.gaz, quoted: false, aliases: undefined, initial: false, hint: undefined });
      cands.sort((a, b) => a.i - b.i);
    }
    for (let n = 0; n < cands.length; n++) {
      const c = cands[n]!;
      // "Secretary Roe Announces $8 Million …", "Orvex Unveils …": a headline's verb after the name is no part of it
      if (c.j > c.i && HEADLINE_VERBS.test(tokens[c.j]!.text) && tokens[c.j - 1]!.kind === 'word' && !tokens[c.j - 1]!.allCaps && !c.gaz) {
        c.j--; c.end = tokens[c.j]!.end; c.text = sentence.text.slice(c.start, c.end);
      }
      // "Secretary Jane Roe Visits Orvane Technology": a headline's verb between two names ends the first; the second is its object
      const verb = c.gaz ? -1 : headlineVerbInside(tokens, c.i, c.j);
      if (verb > 0) {
        const start = tokens[verb + 1]!.start;
        cands.splice(n + 1, 0, { sentence: c.sentence, i: verb + 1, j: c.j, start, end: c.end, text: sentence.text.slice(start, c.end), gaz: undefined, quoted: false, aliases: undefined, initial: false, hint: undefined });
        c.j = verb - 1; c.end = tokens[c.j]!.end; c.text = sentence.text.slice(c.start, c.end); c.aliases = undefined;
      }
      if (!c.initial) midCaps.add(matchKey(c.text));
      // every field set up front: one object shape for all candidates
      all.push({ sentence: c.sentence, i: c.i, j: c.j, start: c.start, end: c.end, text: c.text, gaz: c.gaz, quoted: c.quoted,
        aliases: c.aliases, initial: c.initial, hint: c.hint, type: undefined, cue: undefined, confidence: 0, nationality: undefined, cueWord: undefined, drop: false, weak: false });
    }
  }
  // "- Orvatec – La Roche de Vaux (05)": a list line of a firm and its town with the department's number (listed-sites.ts)
  let listed = false;
  for (const { sentence, tokens } of parts) {
    const site = tokens[tokens.length - 1]?.text === ')' ? listedSite(tokens) : undefined;
    if (!site) continue;
    listed = true;
    for (let n = all.length - 1; n >= 0; n--) {
      const c = all[n]!;
      if (c.sentence === sentence.index && c.j >= site.firm[0] && c.i <= site.place[1]) all.splice(n, 1);
    }
    for (const [[i, j], hint] of [[site.firm, 'Company'], [site.place, 'Region']] as const) {
      const start = tokens[i]!.start, end = tokens[j]!.end;
      all.push({ sentence: sentence.index, i, j, start, end, text: sentence.text.slice(start, end), gaz: hint === 'Region' ? gaz.lookup(spanKey(tokens, i, j)) : undefined,
        quoted: false, aliases: undefined, initial: i === 0, hint, type: undefined, cue: undefined, confidence: 0, nationality: undefined, cueWord: undefined, drop: false, weak: false });
    }
  }
  if (listed) all.sort((a, b) => a.sentence - b.sentence || a.i - b.i);
}

/** The places the article names by country (ISO code → names); a country named like a region of a country the article places two others in becomes that region. */
function readRegionsOfCountries(all: readonly Typed[], gaz: Gazetteer): Map<string, Set<string>> {
  // "Georgia" in an article about Atlanta and Savannah is the US state: a country name that is also a region
  // of a country whose other places the article names (at least two) is that region
  const placesByCountry = new Map<string, Set<string>>();
  for (const c of all) if (c.gaz?.type === 'Region' && c.gaz.country) {
    const set = placesByCountry.get(c.gaz.country) ?? new Set<string>();
    set.add(c.gaz.name);
    placesByCountry.set(c.gaz.country, set);
  }
  for (const c of all) {
    if (c.gaz?.type !== 'Country') continue;
    const alt = gaz.alternate(matchKey(c.text));
    // (a state or province only: "Brazil", a small town of Indiana, is no reason to leave the country in an article about Atlanta)
    if (alt?.country && alt.population === undefined && !alt.town && [...(placesByCountry.get(alt.country) ?? [])].filter((n) => n !== alt.name).length >= 2) c.gaz = alt;
  }
  return placesByCountry;
}
