/**
 * Generated article patches for the time benchmark: two years of news over companies, countries and
 * people — investments (some abandoned, some with a target year), roles that change hands, "since" and
 * "former" sentences. Deterministic for a count.
 */
import { prng } from './news-graph.ts';
import type { GraphPatch, RelationPatch, EntityPatch } from '../../src/graph/patch.ts';
import { relationKey } from '../../src/graph/patch.ts';

export function generateTimeline(n: number): GraphPatch[] {
  const rand = prng(11);
  const pick = (k: number) => Math.floor(rand() * k);
  const companies = Math.max(20, Math.round(n / 10)), countries = 120, people = Math.max(30, Math.round(n / 6));
  const start = Date.parse('2024-01-01T00:00:00Z');
  const patches: GraphPatch[] = [];
  const ceo = new Map<number, number>(); // company → person
  for (let i = 0; i < n; i++) {
    const id = `article:${i.toString(16).padStart(16, '0')}`;
    const date = new Date(start + Math.floor((i / n) * 730) * 86_400_000).toISOString().slice(0, 10);
    const entities = new Map<string, EntityPatch>();
    const relations: RelationPatch[] = [];
    const entity = (eid: string, type: EntityPatch['type'], name: string) => {
      const e = entities.get(eid) ?? { id: eid, type, name, aliases: [], mentions: 0, article: id };
      e.mentions++;
      entities.set(eid, e);
      return eid;
    };
    const c = pick(companies);
    const company = entity(`company:c${c}`, 'Company', `Company ${c}`);
    const facts = 1 + pick(3);
    for (let f = 0; f < facts; f++) {
      const kind = rand();
      if (kind < 0.55) {
        const k = pick(countries);
        const country = entity(`country:k${k}`, 'Country', `Country ${k}`);
        const amount = (1 + pick(20)) * 1e8;
        const form = rand();
        const sentence = form < 0.1 ? `Company ${c} abandoned its plan to invest in Country ${k}.`
          : form < 0.3 ? `Company ${c} will invest ${amount / 1e6} million euros in Country ${k} by ${2026 + pick(6)}.`
            : `Company ${c} will invest ${amount / 1e6} million euros in Country ${k}.`;
        relations.push({ key: relationKey('INVESTS_IN', company, country, `${amount}EUR`), type: 'INVESTS_IN', source: company, target: country, article: id, evidence: sentence, confidence: 0.8,
          properties: { amount, currency: 'EUR', amountUsd: amount * 1.08, year: Number(date.slice(0, 4)) } });
      } else {
        const p = rand() < 0.7 && ceo.has(c) ? ceo.get(c)! : pick(people);
        ceo.set(c, p);
        const person = entity(`person:p${p}`, 'Person', `Person ${p}`);
        const form = rand();
        const sentence = form < 0.1 ? `Person ${p}, former chief executive of Company ${c}, spoke.`
          : form < 0.3 ? `Person ${p} has been chief executive of Company ${c} since ${2015 + pick(9)}.`
            : `Person ${p}, chief executive of Company ${c}, spoke.`;
        relations.push({ key: relationKey('ROLE_AT', person, company), type: 'ROLE_AT', source: person, target: company, article: id, evidence: sentence, confidence: 0.8, properties: { role: 'chief executive' } });
      }
    }
    for (const e of entities.values()) relations.push({ key: relationKey('MENTIONS', id, e.id), type: 'MENTIONS', source: id, target: e.id, article: id, evidence: '', confidence: 1, properties: { mentions: e.mentions } });
    patches.push({ article: { type: 'Article', id, title: `Article ${i}`, lang: 'en', date }, entities: [...entities.values()], relations });
  }
  return patches;
}

