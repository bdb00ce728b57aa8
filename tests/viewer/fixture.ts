/**
 * A small hand-written news graph in the snapshot format (DESIGN.md), for viewer tests that must not
 * depend on extraction quality: companies, countries, a program, a person, three dated articles.
 */
import type { Snapshot } from '../../src/graph/model.ts';

type Attrs = Record<string, unknown>;

export function fixtureSnapshot(): Snapshot {
  const articles: Array<[string, Attrs]> = [
    ['a1', { title: 'Amazon investit 1,2 milliard d’euros en France', date: '2024-05-13', url: 'https://example.org/amazon-france', lang: 'fr', source: 'Le Monde' }],
    ['a2', { title: 'Amazon to invest $5 billion in South Korea', date: '2025-03-02', url: 'https://example.org/amazon-korea', lang: 'en', source: 'Reuters' }],
    ['a3', { title: 'Microsoft et Amazon au sommet Choose France', date: '2025-06-20', lang: 'fr', source: 'Les Echos' }],
  ];
  const entity = (id: string, type: string, name: string, aliases: string[], arts: string[], extra: Attrs = {}): [string, Attrs] =>
    [id, { type, id, name, aliases, mentions: arts.length * 2, articles: arts, ...extra }];
  const entities: Array<[string, Attrs]> = [
    entity('company:amazon', 'Company', 'Amazon', ['Amazon.com Inc'], ['a1', 'a2', 'a3']),
    entity('company:aws', 'Company', 'Amazon Web Services', ['AWS'], ['a2']),
    entity('company:microsoft', 'Company', 'Microsoft', [], ['a3']),
    entity('country:fr', 'Country', 'France', [], ['a1', 'a3'], { iso2: 'FR' }),
    entity('country:kr', 'Country', 'Corée du Sud', ['South Korea'], ['a2'], { iso2: 'KR' }),
    entity('program:choose-france', 'Program', 'Choose France', ['sommet Choose France'], ['a3']),
    entity('person:matt-garman', 'Person', 'Matt Garman', [], ['a2']),
    entity('region:incheon', 'Region', 'Incheon', [], ['a2']),
  ];
  const rel = (key: string, type: string, source: string, target: string, arts: string[], evidence: string[], extra: Attrs = {}) =>
    ({ key, source, target, attributes: { type, articles: arts, evidence, confidence: 0.9, ...extra } });
  const edges = [
    rel('r1', 'INVESTS_IN', 'company:amazon', 'country:fr', ['a1'], ['Amazon a annoncé qu’il investirait plus de 1,2 milliard d’euros en France.'],
      { amount: 1.2e9, currency: 'EUR', amountUsd: 1.3e9, year: 2024, jobs: 3000 }),
    rel('r2', 'INVESTS_IN', 'company:amazon', 'country:kr', ['a2'], ['Amazon plans to invest $5 billion in South Korea by 2031.'],
      { amount: 5e9, currency: 'USD', amountUsd: 5e9, until: 2031 }),
    rel('r3', 'INVESTS_IN', 'company:microsoft', 'country:fr', ['a3'], ['Microsoft investira 4 milliards d’euros en France, annoncé au sommet Choose France.'],
      { amount: 4e9, currency: 'EUR', amountUsd: 4.3e9, year: 2025 }),
    rel('r4', 'SUBSIDIARY_OF', 'company:aws', 'company:amazon', ['a2'], ['Amazon Web Services (AWS), the cloud unit of Amazon.']),
    rel('r5', 'ROLE_AT', 'person:matt-garman', 'company:aws', ['a2'], ['Matt Garman, chef d’Amazon Web Services (AWS).'], { role: 'CEO' }),
    rel('r6', 'ANNOUNCED_AT', 'company:microsoft', 'program:choose-france', ['a3'], ['Microsoft a fait son annonce lors du sommet Choose France.']),
    rel('r7', 'LOCATED_IN', 'region:incheon', 'country:kr', ['a2'], ['des centres de données dans la région d’Incheon, en Corée du Sud.']),
    rel('r8', 'COMPETES_WITH', 'company:amazon', 'company:microsoft', ['a3'], ['Amazon et Microsoft, concurrents dans le cloud.']),
    rel('r9', 'LOCATED_IN', 'program:choose-france', 'country:fr', ['a3'], ['Le sommet Choose France, organisé à Versailles, en France.']),
  ];
  let m = 0;
  for (const [id, a] of entities) {
    for (const art of a.articles as string[]) edges.push({ key: `m${m++}`, source: art, target: id, attributes: { type: 'MENTIONS', articles: [art], evidence: [], confidence: 1 } });
  }
  return {
    attributes: { name: 'fixture', createdAt: '2025-07-01T00:00:00Z', articles: articles.length, format: 'newsgraph-snapshot/1' },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: [
      ...articles.map(([id, a]) => ({ key: id, attributes: { type: 'Article', id, ...a } })),
      ...entities.map(([key, attributes]) => ({ key, attributes })),
    ],
    edges,
  };
}
