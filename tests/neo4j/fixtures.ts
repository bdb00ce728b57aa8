/** Hand-written patches: two articles sharing entities and relations, a symmetric pair stated both ways. */
import type { GraphPatch } from '../../src/graph/patch.ts';
import { relationKey } from '../../src/graph/patch.ts';

const A1 = 'a1-hash', A2 = 'a2-hash';

export function patches(): GraphPatch[] {
  return [
    {
      article: { type: 'Article', id: A1, title: 'Amazon invests in France', date: '2024-05-13', lang: 'en', url: 'https://example.org/1', source: 'Example' },
      entities: [
        { id: 'company:amazon', type: 'Company', name: 'Amazon', aliases: ['Amazon.com Inc'], mentions: 3, article: A1 },
        { id: 'country:fr', type: 'Country', name: 'France', aliases: [], mentions: 2, article: A1, iso2: 'FR' },
        { id: 'company:microsoft', type: 'Company', name: 'Microsoft', aliases: [], mentions: 1, article: A1 },
        { id: 'program:choose-france', type: 'Program', name: 'Choose France', aliases: ['sommet Choose France'], mentions: 1, article: A1, properties: { year: 2024 } },
      ],
      relations: [
        { key: relationKey('INVESTS_IN', 'company:amazon', 'country:fr', '1200000000EUR'), type: 'INVESTS_IN', source: 'company:amazon', target: 'country:fr', article: A1,
          evidence: 'Amazon will invest 1.2 billion euros in France.', confidence: 0.9, properties: { amount: 1_200_000_000, currency: 'EUR', amountUsd: 1_300_000_000, year: 2024, until: 2031, jobs: 3000 } },
        { key: relationKey('COMPETES_WITH', 'company:microsoft', 'company:amazon'), type: 'COMPETES_WITH', source: 'company:microsoft', target: 'company:amazon', article: A1,
          evidence: 'Microsoft, a rival of Amazon, …', confidence: 0.6, properties: {} },
        { key: relationKey('ANNOUNCED_AT', 'company:amazon', 'program:choose-france'), type: 'ANNOUNCED_AT', source: 'company:amazon', target: 'program:choose-france', article: A1,
          evidence: 'announced at the Choose France summit', confidence: 0.8, properties: {} },
        { key: relationKey('MENTIONS', A1, 'company:amazon'), type: 'MENTIONS', source: A1, target: 'company:amazon', article: A1, evidence: '', confidence: 1, properties: {} },
      ],
    },
    {
      article: { type: 'Article', id: A2, title: 'Amazon et Microsoft', date: '2024-05-14', lang: 'fr' },
      entities: [
        { id: 'company:amazon', type: 'Company', name: 'Amazon', aliases: ['AWS parent'], mentions: 2, article: A2, properties: { sector: 'cloud' } },
        { id: 'company:microsoft', type: 'Company', name: 'Microsoft', aliases: ['Microsoft Corp'], mentions: 4, article: A2 },
        { id: 'country:fr', type: 'Country', name: 'France', aliases: ['la France'], mentions: 1, article: A2, iso2: 'FR' },
      ],
      relations: [
        // the same investment, confirmed by a second article with a higher confidence
        { key: relationKey('INVESTS_IN', 'company:amazon', 'country:fr', '1200000000EUR'), type: 'INVESTS_IN', source: 'company:amazon', target: 'country:fr', article: A2,
          evidence: "Amazon investira 1,2 milliard d'euros en France.", confidence: 0.95, properties: { amount: 1_200_000_000, currency: 'EUR', sector: 'cloud' } },
        // the symmetric relation stated the other way round: still one relationship
        { key: relationKey('COMPETES_WITH', 'company:amazon', 'company:microsoft'), type: 'COMPETES_WITH', source: 'company:amazon', target: 'company:microsoft', article: A2,
          evidence: 'Amazon face à Microsoft', confidence: 0.7, properties: {} },
        { key: relationKey('INVESTS_IN', 'company:microsoft', 'country:fr', '4000000000EUR'), type: 'INVESTS_IN', source: 'company:microsoft', target: 'country:fr', article: A2,
          evidence: 'Microsoft investira 4 milliards.', confidence: 0.85, properties: { amount: 4_000_000_000, currency: 'EUR', amountUsd: 4.32e9, year: 2024 } },
        { key: relationKey('MENTIONS', A2, 'company:microsoft'), type: 'MENTIONS', source: A2, target: 'company:microsoft', article: A2, evidence: '', confidence: 1, properties: {} },
      ],
    },
  ];
}

/** Queries whose results must be identical on both stores. */
export const CROSS_CHECK_QUERIES: Array<{ query: string; params?: Record<string, unknown> }> = [
  { query: 'MATCH (n) RETURN n.id AS id, labels(n) AS labels ORDER BY id' },
  { query: 'MATCH (c:Company)-[r:INVESTS_IN]->(k:Country) RETURN c, r, k ORDER BY r.amount' },
  { query: 'MATCH p = (a:Company)-[:ANNOUNCED_AT]->(:Program) RETURN p' },
  { query: 'MATCH (a:Company)-[r:COMPETES_WITH]-(b:Company) RETURN a.name AS a, b.name AS b, r.articles AS articles, r.confidence AS confidence ORDER BY a' },
  { query: 'MATCH (c:Company {id: $id}) RETURN c.name AS name, c.mentions AS mentions, c.aliases AS aliases, c.articles AS articles, c.sector AS sector', params: { id: 'company:amazon' } },
  { query: 'MATCH (k:Country) RETURN k.iso2 AS iso2, k.mentions AS mentions, k.aliases AS aliases' },
  { query: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type' },
  { query: 'MATCH (c)-[r:INVESTS_IN]->() RETURN c.name AS name, sum(r.amountUsd) AS usd, collect(r.year) AS years ORDER BY name' },
  { query: "RETURN 1 AS one, 2.5 AS f, 'x' AS s, [1, 2] AS l, {a: 1, b: [true, null]} AS m, 9007199254740993 AS big, date('2024-01-02') AS d, duration('P1DT2H') AS dur" },
  { query: 'MATCH (a:Article) RETURN a ORDER BY a.id' },
  // a relationship's identity is the property `key` on both stores (DESIGN.md: one rule)
  { query: "MATCH ()-[r]->() RETURN r.key AS key, 'key' IN keys(r) AS listed, properties(r).key AS p ORDER BY key" },
];
