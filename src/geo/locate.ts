/**
 * Coordinates for places: gives Country and Region entities of a patch a `location` point (WGS-84)
 * from GeoNames (locations.json, see build-locations.ts), so Cypher can ask
 * `WHERE point.distance(p.location, $lyon) < 100000`.
 *
 * - a Country: its capital (GeoNames PPLC), by ISO 3166 code;
 * - a Region (cities, provinces…): the most populous place of that name, in the country the same
 *   article locates it in (`LOCATED_IN` a Country of the patch) when it says so. Sub-national areas
 *   with no town of their name (Auvergne-Rhône-Alpes) get none: GeoNames' city list has no areas.
 *
 * Pure: a new patch is returned, entities that already carry a location are left alone. The table is
 * loaded on first use (about 0.75 MB, 25,000 places).
 */
import { createRequire } from 'node:module';
import type { EntityPatch, GraphPatch } from '../graph/patch.ts';
import { Point, WGS84 } from '../graph/point.ts';
import { prebuiltLocations } from '../extract/prebuilt/prebuilt-lexicon.ts';

interface Place { iso2: string; lat: number; lon: number }
interface Table { byName: Pick<Map<string, Place[]>, 'get'>; capitals: Pick<Map<string, Place>, 'get'> }

let table: Table | undefined;

/** Case, accents, punctuation and the article-ish `saint`/`st` spelling folded away. */
export function placeKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim().replace(/^st /, 'saint ');
}

function load(): Table {
  table ??= prebuiltLocations() ?? locationTable();
  return table;
}

/** The table from locations.json (what the prebuilt lexicon stores: src/extract/prebuilt). */
export function locationTable(): { byName: Map<string, Place[]>; capitals: Map<string, Place> } {
  const require = createRequire(import.meta.url);
  const data = require('./locations.json') as { cities: string; capitals: Record<string, string> };
  const byName = new Map<string, Place[]>();
  const firstOf = new Map<string, Place>(); // `${iso2}|${name}` → the most populous place of that name
  for (const row of data.cities.split(';')) {
    const [name, iso2, lat, lon] = row.split('|');
    const place = { iso2: iso2!, lat: Number(lat), lon: Number(lon) };
    const key = placeKey(name!);
    let list = byName.get(key);
    if (!list) byName.set(key, (list = []));
    list.push(place); // rows come most populous first
    if (!firstOf.has(`${iso2}|${name}`)) firstOf.set(`${iso2}|${name}`, place);
  }
  const capitals = new Map<string, Place>();
  for (const [iso2, name] of Object.entries(data.capitals)) {
    const p = firstOf.get(`${iso2}|${name}`);
    if (p) capitals.set(iso2, p);
  }
  return { byName, capitals };
}

export type { Place as LocatedPlace, Table as LocationTable };

const point = (p: Place): Point => new Point(WGS84, p.lon, p.lat);

/** The location of a country (its capital) by ISO 3166-1 alpha-2 code. */
export function countryLocation(iso2: string): Point | undefined {
  const p = load().capitals.get(iso2.toUpperCase());
  return p && point(p);
}

/**
 * Continents and world regions (English and French) that the extractor types Region and that GeoNames
 * also has as a town name ("Asia", Batangas; "Europa"…): never a point.
 */
const AREAS = new Set([
  'africa', 'afrique', 'america', 'americas', 'amerique', 'ameriques', 'north america', 'amerique du nord',
  'south america', 'amerique du sud', 'latin america', 'amerique latine', 'central america', 'asia', 'asie',
  'europe', 'europa', 'oceania', 'oceanie', 'antarctica', 'antarctique', 'middle east', 'moyen orient',
  'near east', 'far east', 'extreme orient', 'southeast asia', 'asie du sud est', 'east asia', 'asie de l est',
  'south asia', 'asie du sud', 'central asia', 'asie centrale', 'scandinavia', 'scandinavie', 'balkans',
  'caribbean', 'caraibes', 'maghreb', 'sahel', 'gulf', 'golfe', 'west', 'ouest', 'east', 'est', 'north', 'nord', 'south', 'sud',
]);

/** The most populous place named `name`, in `iso2` when given (and known there). */
export function placeLocation(name: string, iso2?: string): Point | undefined {
  if (AREAS.has(placeKey(name))) return undefined;
  const list = load().byName.get(placeKey(name));
  if (!list) return undefined;
  const p = iso2 ? list.find((x) => x.iso2 === iso2.toUpperCase()) : list[0];
  return p && point(p);
}

/** The patch with a `location` on each Country and Region entity that can be placed. */
export function locatePlaces(patch: GraphPatch): GraphPatch {
  const countries = new Map<string, string>();
  for (const e of patch.entities) if (e.type === 'Country' && e.iso2) countries.set(e.id, e.iso2);
  const countryOf = new Map<string, string>();
  for (const r of patch.relations) {
    const iso2 = r.type === 'LOCATED_IN' ? countries.get(r.target) : undefined;
    if (iso2) countryOf.set(r.source, iso2);
  }
  let changed = false;
  const entities = patch.entities.map((e): EntityPatch => {
    if (e.properties?.location !== undefined) return e;
    const location = e.type === 'Country' ? (e.iso2 ? countryLocation(e.iso2) : undefined)
      : e.type === 'Region' ? placeLocation(e.name, countryOf.get(e.id))
      : undefined;
    if (!location) return e;
    changed = true;
    return { ...e, properties: { ...e.properties, location } };
  });
  return changed ? { ...patch, entities } : patch;
}
