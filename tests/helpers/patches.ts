/** Hand-made patches for store tests: two articles that share an entity and one investment. */
import type { GraphPatch } from '../../src/graph/patch.ts';
import { relationKey } from '../../src/graph/patch.ts';

export function articlePatch(n: number, evidence = `Acme invests 5 billion dollars in France (article ${n}).`): GraphPatch {
  const article = `article:${String(n).padStart(16, '0')}`;
  return {
    article: { type: 'Article', id: article, title: `Article ${n}`, lang: 'en', date: `2025-0${n}-01` },
    entities: [
      { id: 'company:acme', type: 'Company', name: 'Acme', aliases: n === 2 ? ['Acme Inc'] : [], mentions: 2, article },
      { id: 'country:fr', type: 'Country', name: 'France', aliases: ['France'], mentions: 1, article, iso2: 'FR' },
    ],
    relations: [
      {
        key: relationKey('INVESTS_IN', 'company:acme', 'country:fr', '5000000000USD'), type: 'INVESTS_IN',
        source: 'company:acme', target: 'country:fr', article, evidence, confidence: n === 2 ? 0.9 : 0.7,
        properties: { amount: 5e9, currency: 'USD', amountUsd: 5e9, year: 2030 },
      },
      { key: relationKey('MENTIONS', article, 'company:acme'), type: 'MENTIONS', source: article, target: 'company:acme', article, evidence: evidence, confidence: 1, properties: {} },
    ],
  };
}
