/** Hand-made articles for the time tests: roles that change hands, amounts that are revised. */
import type { GraphPatch, RelationPatch } from '../../src/graph/patch.ts';
import { relationKey } from '../../src/graph/patch.ts';
import type { EntityType, PropertyValue, RelationType } from '../../src/graph/model.ts';

export interface Fact { type: RelationType; source: [string, EntityType, string]; target: [string, EntityType, string]; evidence: string; properties?: Record<string, PropertyValue>; discriminator?: string }

export function article(n: number, date: string | undefined, facts: Fact[]): GraphPatch {
  const id = `article:${String(n).padStart(16, '0')}`;
  const entities = new Map<string, GraphPatch['entities'][number]>();
  const relations: RelationPatch[] = [];
  for (const f of facts) {
    for (const [eid, type, name] of [f.source, f.target]) {
      const e = entities.get(eid) ?? { id: eid, type, name, aliases: [], mentions: 0, article: id };
      e.mentions++;
      entities.set(eid, e);
    }
    relations.push({ key: relationKey(f.type, f.source[0], f.target[0], f.discriminator ?? ''), type: f.type, source: f.source[0], target: f.target[0], article: id, evidence: f.evidence, confidence: 0.8, properties: f.properties ?? {} });
  }
  for (const e of entities.values()) relations.push({ key: relationKey('MENTIONS', id, e.id), type: 'MENTIONS', source: id, target: e.id, article: id, evidence: facts[0]?.evidence ?? '', confidence: 1, properties: { mentions: e.mentions } });
  return { article: { type: 'Article', id, title: `Article ${n}`, lang: 'en', ...(date ? { date } : {}) }, entities: [...entities.values()], relations };
}

export const ACME: [string, EntityType, string] = ['company:acme', 'Company', 'Acme'];
export const FRANCE: [string, EntityType, string] = ['country:fr', 'Country', 'France'];
export const CARTER: [string, EntityType, string] = ['person:john-carter', 'Person', 'John Carter'];
export const JONES: [string, EntityType, string] = ['person:mary-jones', 'Person', 'Mary Jones'];

export const invest = (amount: number, evidence: string, year?: number): Fact => ({
  type: 'INVESTS_IN', source: ACME, target: FRANCE, evidence, discriminator: `${amount}EUR`,
  properties: { amount, currency: 'EUR', amountUsd: amount * 1.08, ...(year ? { year } : {}) },
});
export const ceo = (person: [string, EntityType, string], evidence: string): Fact => ({ type: 'ROLE_AT', source: person, target: ACME, evidence, properties: { role: 'chief executive' } });

/** A story over a year: a CEO, a revised amount, a new CEO. */
export function story(): GraphPatch[] {
  return [
    article(1, '2024-03-01', [ceo(CARTER, 'John Carter, chief executive of Acme, spoke.'), invest(1.2e9, 'Acme will invest 1.2 billion euros in France.')]),
    article(2, '2024-09-10', [invest(1.5e9, 'Acme will now invest 1.5 billion euros in France.')]),
    article(3, '2025-02-01', [ceo(JONES, 'Mary Jones, chief executive of Acme, spoke.')]),
  ];
}
