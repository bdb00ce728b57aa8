/**
 * The prebuilt lexicon: the word lists, gazetteer, town names and place table in a form that loads
 * in milliseconds, computed from the source lists when the CLI bundle is built (build-lexicon.ts),
 * instead of rebuilt from ≈ 750,000 strings (≈ 2 s of CPU) on every start of the CLI.
 *
 * Only a process that calls usePrebuiltLexicon() reads it: the bundled CLI, rebuilt with its lexicon
 * whenever a source is newer (bin/cli-bundle.js). Everything else (tests, tsx scripts) builds the
 * tables from the sources; a file that cannot be read falls back to the sources too.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer.ts';
import type { LocatedPlace, LocationTable } from '../../geo/locate.ts';
import { readLexiconFile, type LexiconFile } from './lexicon-file.ts';
import { oneShapeEntry } from '../gazetteer-entry.ts';
import { KeyTable } from './key-table.ts';

/** Sections: see build-lexicon.ts. */
export interface WordListsMeta { ascii: boolean; lengths: { en: number[]; fr: number[] } }
export interface GazetteerMeta {
  maxTokens: number;
  countryNames: Array<[string, string]>;
  /** Key → byte offset of its entry in `gazetteer/entries`. */
  alternates: Array<[string, number]>;
}
/** The places of one name, most populous first: "iso2 lat lon" joined by ";". */
export type PlaceRows = string;

let file: string | undefined;
let opened: LexiconFile | null | undefined;

/** Reads the tables from this prebuilt lexicon file from now on (undefined: from the sources). */
export function usePrebuiltLexicon(path: string | undefined): void {
  file = path;
  opened = undefined;
}

/** Whether a prebuilt lexicon file is in use (its builder needs the sources). */
export const prebuiltLexiconInUse = (): boolean => file !== undefined;

/** The prebuilt lexicon file in use, if any (extraction workers read the same one). */
export const prebuiltLexiconFile = (): string | undefined => file;

function lexicon(): LexiconFile | undefined {
  if (!file) return undefined;
  if (opened === undefined) {
    try {
      opened = readLexiconFile(file);
    } catch (err) {
      // the sources give the same answers, only slower
      if (process.env.NEWSGRAPH_DEBUG) process.stderr.write(`newsgraph: prebuilt lexicon not used: ${(err as Error).message}\n`);
      opened = null;
    }
  }
  return opened ?? undefined;
}

/** The word lists as dictionary.ts holds them: per language, the sorted words of each length end to end. */
export function prebuiltWordLists(): { en: string[]; fr: string[] } | undefined {
  const f = lexicon();
  const meta = f?.json<WordListsMeta>('words/meta');
  if (!f || !meta) return undefined;
  const list = (lang: 'en' | 'fr'): string[] => {
    const out: string[] = [];
    for (const n of meta.lengths[lang]) out[n] = f.text(`words/${lang}/${n}`, meta.ascii ? 'latin1' : 'utf8') ?? '';
    return Array.from(out, (s) => s ?? '');
  };
  return { en: list('en'), fr: list('fr') };
}

export function prebuiltGazetteer(): Gazetteer | undefined {
  const f = lexicon();
  const meta = f?.json<GazetteerMeta>('gazetteer/meta');
  if (!f || !meta || !f.has('gazetteer/entries')) return undefined;
  const keys = new KeyTable<number>(f, 'gazetteer/keys');
  const firstWords = new KeyTable(f, 'gazetteer/first-words');
  const countryNames = new Map(meta.countryNames);
  const alternates = new Map(meta.alternates);
  // one object per entry, as the source tables share one between several keys ("Pékin", "Beijing")
  const decoded = new Map<number, GazetteerEntry>();
  const entryAt = (offset: number | undefined): GazetteerEntry | undefined => {
    if (offset === undefined) return undefined;
    let e = decoded.get(offset);
    if (!e) {
      const entries = f.bytes('gazetteer/entries')!;
      decoded.set(offset, (e = oneShapeEntry(JSON.parse(entries.toString('utf8', offset, entries.indexOf(10, offset))) as GazetteerEntry)));
    }
    return e;
  };
  return {
    lookup: (key) => entryAt(keys.get(key)),
    maxTokens: meta.maxTokens,
    countryName: (iso2) => countryNames.get(iso2),
    startsLonger: (w) => firstWords.has(w),
    alternate: (key) => entryAt(alternates.get(key)),
  };
}

/** The given names (first-names.ts): all, and those that are also common words. */
export function prebuiltGivenNames(): { given: KeyTable; common: KeyTable } | undefined {
  const f = lexicon();
  return f?.has('given-names/meta') ? { given: new KeyTable(f, 'given-names/all'), common: new KeyTable(f, 'given-names/common') } : undefined;
}

/** The folded names of small towns (gazetteer.ts, isSmallTown). */
export function prebuiltTownKeys(): { has(key: string): boolean } | undefined {
  const f = lexicon();
  return f?.has('towns/meta') ? new KeyTable(f, 'towns') : undefined;
}

export function prebuiltLocations(): LocationTable | undefined {
  const f = lexicon();
  const capitals = f?.json<Record<string, PlaceRows>>('locations/capitals');
  if (!f || !capitals) return undefined;
  const byName = new KeyTable<PlaceRows>(f, 'locations/by-name');
  return {
    byName: { get: (key) => { const rows = byName.get(key); return rows === undefined ? undefined : decodePlaces(rows); } },
    capitals: { get: (iso2) => { const rows = capitals[iso2]; return rows === undefined ? undefined : decodePlaces(rows)[0]; } },
  };
}

export function encodePlaces(places: readonly LocatedPlace[]): PlaceRows {
  return places.map((p) => `${p.iso2} ${p.lat} ${p.lon}`).join(';');
}

function decodePlaces(rows: PlaceRows): LocatedPlace[] {
  return rows.split(';').map((row) => {
    const [iso2, lat, lon] = row.split(' ');
    return { iso2: iso2!, lat: Number(lat), lon: Number(lon) };
  });
}
