import type { GazetteerEntry } from './gazetteer.ts';

/**
 * The entry with every field present, in one order: entries are built from tables and JSON lines with
 * different optional fields, and the mention detector reads `gaz.country`, `gaz.population` … at sites
 * that V8 otherwise sees with a dozen hidden classes and deoptimises on each new one. Absent fields stay
 * undefined, so what reads or serialises an entry sees no difference.
 */
export function oneShapeEntry(e: GazetteerEntry): GazetteerEntry {
  return {
    type: e.type, name: e.name, iso2: e.iso2, country: e.country, population: e.population,
    town: e.town, lexicon: e.lexicon, event: e.event,
  };
}
