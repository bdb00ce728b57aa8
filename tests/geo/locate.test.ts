import { describe, expect, it } from 'vitest';
import { countryLocation, locatePlaces, placeLocation } from '../../src/geo/locate.ts';
import { relationKey, type GraphPatch } from '../../src/graph/patch.ts';
import { pointDistance, Point, WGS84 } from '../../src/graph/point.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';

const km = (a: Point | undefined, lat: number, lon: number): number => pointDistance(a!, new Point(WGS84, lon, lat))! / 1000;

describe('coordinates of places (GeoNames)', () => {
  it('a city: the most populous place of that name, accents and case folded', () => {
    expect(km(placeLocation('Lyon'), 45.764, 4.8357)).toBeLessThan(5);
    expect(km(placeLocation('Paris'), 48.8566, 2.3522)).toBeLessThan(5); // not Paris, Texas
    expect(km(placeLocation('saint-étienne'), 45.4347, 4.3903)).toBeLessThan(5);
  });

  it('in the country the article locates it in, when it says so', () => {
    expect(km(placeLocation('Paris', 'US'), 33.66, -95.55)).toBeLessThan(5); // Paris, Texas: the most populous US Paris
    expect(placeLocation('Lyon', 'DE')).toBeUndefined();
  });

  it('a country: its capital; areas and unknown names: none', () => {
    expect(km(countryLocation('fr'), 48.8566, 2.3522)).toBeLessThan(5);
    expect(km(countryLocation('KR'), 37.5665, 126.978)).toBeLessThan(5);
    expect(placeLocation('Asia')).toBeUndefined();
    expect(placeLocation('Auvergne-Rhône-Alpes')).toBeUndefined();
    expect(countryLocation('XX')).toBeUndefined();
  });
});

describe('locatePlaces() on a patch', () => {
  const patch: GraphPatch = {
    article: { type: 'Article', id: 'a', title: 't', lang: 'en' },
    entities: [
      { id: 'company:acme', type: 'Company', name: 'Acme', aliases: [], mentions: 1, article: 'a' },
      { id: 'region:paris', type: 'Region', name: 'Paris', aliases: [], mentions: 1, article: 'a' },
      { id: 'country:us', type: 'Country', name: 'United States', aliases: [], mentions: 1, article: 'a', iso2: 'US' },
      { id: 'region:lyon', type: 'Region', name: 'Lyon', aliases: [], mentions: 1, article: 'a' },
    ],
    relations: [
      { key: relationKey('LOCATED_IN', 'region:paris', 'country:us'), type: 'LOCATED_IN', source: 'region:paris', target: 'country:us', article: 'a', evidence: '', confidence: 1, properties: {} },
      { key: relationKey('INVESTS_IN', 'company:acme', 'region:lyon', 'x'), type: 'INVESTS_IN', source: 'company:acme', target: 'region:lyon', article: 'a', evidence: '', confidence: 1, properties: {} },
    ],
  };

  it('adds a location to places only, using LOCATED_IN for the country, and leaves the input alone', () => {
    const out = locatePlaces(patch);
    const loc = (id: string) => out.entities.find((e) => e.id === id)!.properties?.location as Point | undefined;
    expect(loc('company:acme')).toBeUndefined();
    expect(km(loc('region:paris'), 33.66, -95.55)).toBeLessThan(5);
    expect(km(loc('region:lyon'), 45.764, 4.8357)).toBeLessThan(5);
    expect(km(loc('country:us'), 38.895, -77.036)).toBeLessThan(5);
    expect(patch.entities[1]!.properties).toBeUndefined();
  });

  it('so that "investments within 100 km of Lyon" is a Cypher query', async () => {
    const store = new MemoryStore(undefined, emptySnapshot());
    await store.apply([locatePlaces(patch)]);
    const r = await store.query(
      'MATCH (c:Company)-[r:INVESTS_IN]->(p) WHERE point.distance(p.location, $lyon) < 100000 RETURN c.name AS company, p.name AS place',
      { params: { lyon: { latitude: 45.75, longitude: 4.85, srid: 4326 } } });
    expect(r.rows).toEqual([['Acme', 'Lyon']]);
  });
});
