/**
 * First-level regions that a mid-size foreign city of the same name would hide in the gazetteer (cities are added
 * first, largest first): "Florida" is the US state, not the Cuban town of 63,000; "Virginia" the US state, not the
 * South African town. A region wins over a city under 250,000 inhabitants when its country is the larger one, the
 * size of a country measured by the people of its listed cities (the lists carry no country population). Where
 * several countries have a region of that name, the largest country's is kept ("Florida": US, not Uruguay).
 * Pure: computed from places.json when the gazetteer is built.
 */
import { matchKey } from '../text/normalize.ts';

/** A city this large is the name's first reading whatever region shares it ("Victoria", "Toledo"). */
const CITY_WINS_FROM = 250_000;

export interface ShadowedRegion { name: string; country: string }

/** Key → the region to read instead of the city of that key. */
export function shadowedRegions(cities: ReadonlyArray<readonly [string, string, number]>, regions: ReadonlyArray<readonly [string, string]>): Map<string, ShadowedRegion> {
  const weight = new Map<string, number>();
  for (const [, iso2, population] of cities) weight.set(iso2, (weight.get(iso2) ?? 0) + population);
  // the first (largest) city of each key: the one the gazetteer keeps
  const cityByKey = new Map<string, readonly [string, string, number]>();
  // (and its part before a comma, as the gazetteer adds it: "Washington, D.C." is "Washington")
  for (const c of cities) {
    for (const k of [matchKey(c[0]), matchKey(c[0].split(',')[0]!.trim())]) if (!cityByKey.has(k)) cityByKey.set(k, c);
  }
  const out = new Map<string, ShadowedRegion>();
  for (const [name, iso2] of regions) {
    const key = matchKey(name);
    const city = cityByKey.get(key);
    if (!city || city[1] === iso2 || city[2] >= CITY_WINS_FROM) continue;
    const w = weight.get(iso2) ?? 0;
    if (w <= (weight.get(city[1]) ?? 0)) continue;
    const prev = out.get(key);
    if (!prev || w > (weight.get(prev.country) ?? 0)) out.set(key, { name, country: iso2 });
  }
  return out;
}
