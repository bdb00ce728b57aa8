/**
 * The tables behind a Gazetteer, and the Gazetteer made from them: built from the source lists by
 * gazetteer.ts, or read back from the prebuilt lexicon (src/extract/prebuilt), which stores them.
 */
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';

export interface GazetteerTables {
  /** Folded key → entry (one object may serve several keys: "Pékin" and "Beijing"). */
  map: Map<string, GazetteerEntry>;
  maxTokens: number;
  /** First words of keys of several words. */
  firstWords: Set<string>;
  /** A region or city named like a country: the entry the country name hides. */
  alternates: Map<string, GazetteerEntry>;
  /** ISO 3166-1 alpha-2 → canonical English name. */
  countryNames: Map<string, string>;
}

const tablesOfGazetteer = new WeakMap<Gazetteer, GazetteerTables>();

export function gazetteerFromTables(t: GazetteerTables): Gazetteer {
  const gazetteer: Gazetteer = {
    lookup: (key) => t.map.get(key),
    maxTokens: t.maxTokens,
    countryName: (iso2) => t.countryNames.get(iso2),
    startsLonger: (w) => t.firstWords.has(w),
    alternate: (key) => t.alternates.get(key),
  };
  tablesOfGazetteer.set(gazetteer, t);
  return gazetteer;
}

/** The tables a Gazetteer was made from (for the prebuilt lexicon's builder). */
export function gazetteerTables(g: Gazetteer): GazetteerTables | undefined {
  return tablesOfGazetteer.get(g);
}
