import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import type { MultiDirectedGraph } from 'graphology';
import { reviewQueue } from '../../src/curate/review.ts';
import { logState } from '../../src/curate/log-state.ts';
import { performCuration } from '../../src/curate/perform.ts';
import { enforceLog } from '../../src/curate/enforce.ts';
import type { LogEntry } from '../../src/curate/types.ts';

const { MultiDirectedGraph: Graph } = graphology;
const by = { by: 't', at: '2026-01-01T00:00:00.000Z' };

function graph(): MultiDirectedGraph {
  const g = new Graph({ allowSelfLoops: true });
  g.addNode('article:1', { type: 'Article', id: 'article:1', title: 'One', lang: 'en' });
  g.addNode('article:2', { type: 'Article', id: 'article:2', title: 'Two', lang: 'en' });
  const ent = (id: string, type: string, name: string, mentions = 2, aliases: string[] = []) => {
    g.addNode(id, { type, id, name, aliases, mentions, articles: mentions > 1 ? ['article:1', 'article:2'] : ['article:1'] });
    g.addDirectedEdgeWithKey(`MENTIONS|article:1|${id}`, 'article:1', id, { type: 'MENTIONS', articles: ['article:1'], evidence: [`${name} said so.`], confidence: 1 });
  };
  ent('company:societe-generale', 'Company', 'Société Générale');
  ent('company:societe-generale-sa', 'Company', 'SOCIETE GENERALE SA');
  ent('company:jaguar-land-rover', 'Company', 'Jaguar Land Rover');
  ent('company:jlr', 'Company', 'JLR');
  ent('company:mistral', 'Company', 'Mistral');
  ent('company:mistral-ai', 'Company', 'Mistral AI');
  ent('company:dunkerque', 'Company', 'Dunkerque');
  ent('region:dunkerque', 'Region', 'Dunkerque');
  ent('company:tata-motors', 'Company', 'Tata Motors');
  ent('organization:tata-trusts', 'Organization', 'Tata Trusts');
  g.addDirectedEdgeWithKey('SUBSIDIARY_OF|company:tata-motors|organization:tata-trusts', 'company:tata-motors', 'organization:tata-trusts', { type: 'SUBSIDIARY_OF', articles: ['article:1'], evidence: ['x'], confidence: 0.9 });
  ent('country:fr', 'Country', 'France');
  g.mergeNodeAttributes('country:fr', { iso2: 'FR' });
  ent('product:widget', 'Product', 'Widget', 1);
  const inv = (amount: number, arts: string[]) => g.addDirectedEdgeWithKey(`INVESTS_IN|company:mistral|country:fr|${amount}EUR`, 'company:mistral', 'country:fr',
    { type: 'INVESTS_IN', amount, currency: 'EUR', amountUsd: amount * 1.1, year: 2025, articles: arts, evidence: arts.map((a) => `Mistral invests ${amount} in France (${a}).`), confidence: 0.9 });
  inv(1000, ['article:1', 'article:2']);
  inv(2000, ['article:2']);
  g.addDirectedEdgeWithKey('PARTNERS_WITH|company:jlr|company:mistral', 'company:jlr', 'company:mistral', { type: 'PARTNERS_WITH', articles: ['article:1'], evidence: ['JLR and Mistral team up.'], confidence: 0.5 });
  return g;
}

describe('review queue', () => {
  it('ranks duplicates by how sure the name evidence is, then conflicts, weak relations, entities seen once', () => {
    const items = reviewQueue(graph(), logState([])).items;
    const ids = items.map((i) => i.id);
    expect(ids.slice(0, 5)).toEqual([
      'duplicate:company:mistral|company:mistral-ai', // "AI" is a neutral tail, like a corporate suffix
      'duplicate:company:societe-generale|company:societe-generale-sa',
      'two-types:company:dunkerque|region:dunkerque',
      'duplicate:company:jaguar-land-rover|company:jlr',
      'conflicting-amounts:INVESTS_IN|company:mistral|country:fr|1000EUR|INVESTS_IN|company:mistral|country:fr|2000EUR',
    ]);
    expect(ids).toContain('weak-relation:PARTNERS_WITH|company:jlr|company:mistral');
    expect(ids).toContain('seen-once:product:widget');
    // linked by a fact: two things; a country from the gazetteer is never "seen once"
    expect(ids.some((i) => i.includes('tata'))).toBe(false);
    expect(ids.some((i) => i.includes('country:fr') && i.startsWith('seen-once'))).toBe(false);
    const top = reviewQueue(graph(), logState([]), { limit: 2 });
    expect(top.total).toBe(items.length);
    expect(top.items.map((i) => i.id)).toEqual(ids.slice(0, 2));
    const scores = items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const conflict = items[4]!;
    expect(conflict.sides.map((s) => s.evidence.length)).toEqual([2, 1]);
    expect(conflict.actions[0]).toMatchObject({ key: 'r', request: { op: 'reject', target: 'INVESTS_IN|company:mistral|country:fr|2000EUR' } });
    expect(items[1]!.sides[0]!.evidence[0]).toMatchObject({ article: 'article:1', title: 'One', sentence: 'Société Générale said so.' });
  });

  it('decided items leave the queue; a rejected relation stated again comes back as "rejected, n new mentions"', () => {
    const g = graph();
    const entries: LogEntry[] = [];
    const run = (req: Parameters<typeof performCuration>[2], at = by.at) => { const e = performCuration(g, logState(entries), req, { ...by, at }); entries.push(e); return e; };
    run({ op: 'accept', target: 'company:jaguar-land-rover', other: 'company:jlr' });
    run({ op: 'merge', target: 'company:societe-generale', other: 'company:societe-generale-sa' });
    const reject = run({ op: 'reject', target: 'PARTNERS_WITH|company:jlr|company:mistral' });
    let ids = reviewQueue(g, logState(entries)).items.map((i) => i.id);
    expect(ids.some((i) => i.includes('jaguar') || i.includes('societe') || i.includes('PARTNERS_WITH'))).toBe(false);
    // a new article states the partnership again
    g.addDirectedEdgeWithKey('PARTNERS_WITH|company:jlr|company:mistral', 'company:jlr', 'company:mistral', { type: 'PARTNERS_WITH', articles: ['article:2'], evidence: ['JLR and Mistral again.'], confidence: 0.5 });
    const enforced = enforceLog(g, logState(entries), '2026-02-01T00:00:00.000Z');
    expect(enforced.hidden).toBe(1);
    entries.push(...enforced.restated);
    const items = reviewQueue(g, logState(entries)).items;
    const again = items.find((i) => i.kind === 'rejected-restated')!;
    expect(again.title).toBe('JLR PARTNERS_WITH Mistral: rejected, 1 new mention');
    expect(again.sides[0]!.evidence[0]!.sentence).toBe('JLR and Mistral again.');
    run({ op: 'accept', target: 'PARTNERS_WITH|company:jlr|company:mistral' }, '2026-03-01T00:00:00.000Z');
    ids = reviewQueue(g, logState(entries)).items.map((i) => i.id);
    expect(ids).not.toContain(`rejected-restated:${reject.id}`);
  });
});
