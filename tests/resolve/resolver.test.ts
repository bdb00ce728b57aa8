import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import type { GraphPatch } from '../../src/graph/patch.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';

const extractor = createExtractor();
let n = 0;
const article = (text: string, lang = 'fr', title = ''): Article => ({ id: `article:${++n}`, title, text, lang });
const run = (resolver: Resolver, text: string, lang = 'fr') => extractPatch(article(text, lang), resolver, extractor);
const ids = (p: GraphPatch) => p.entities.map((e) => e.id);
const rels = (p: GraphPatch, type?: string) => p.relations.filter((r) => r.type !== 'MENTIONS' && (!type || r.type === type)).map((r) => `${r.source} -${r.type}-> ${r.target}`);

describe('Resolver', () => {
  it('gives stable ids: type prefix, lower-case ASCII slug, countries by ISO code', () => {
    const p = run(new Resolver(), 'Le groupe Électricité de France investit 2 milliards d’euros en Corée du Sud.');
    expect(ids(p)).toEqual(['company:electricite-de-france', 'country:kr']);
    for (const id of ids(p)) expect(id).toMatch(/^[a-z]+:[a-z0-9-]+$/);
  });

  it('links the same country across languages and the same company across its legal names', () => {
    const r = new Resolver();
    const fr = run(r, 'Le groupe Hyundai Motor Company investit en Corée du Sud.');
    const en = run(r, 'Hyundai Motor Company Inc. said South Korea will get a new plant. The firm Hyundai Motor Co also invests in Korea.', 'en');
    expect(ids(fr)).toEqual(['company:hyundai-motor', 'country:kr']);
    expect(ids(en)).toEqual(['company:hyundai-motor', 'country:kr']);
    expect(en.entities[0]!.aliases).toEqual(expect.arrayContaining(['Hyundai Motor Company Inc', 'Hyundai Motor Co']));
  });

  it('links an acronym defined in one article to its long form in the next, without merging the parent', () => {
    const r = new Resolver();
    run(r, 'Le groupe Oracle recrute. Oracle Cloud Infrastructure (OCI) est une filiale d’Oracle.');
    const p = run(r, 'Le groupe Oracle annonce que OCI investira 1 milliard de dollars au Mexique.');
    expect(ids(p)).toEqual(expect.arrayContaining(['company:oracle', 'company:oracle-cloud-infrastructure', 'country:mx']));
    expect(rels(p, 'INVESTS_IN')).toEqual(['company:oracle-cloud-infrastructure -INVESTS_IN-> country:mx']);
  });

  it('keeps a national subsidiary apart from its parent and links it', () => {
    const p = run(new Resolver(), 'Le groupe Carrefour recrute. Carrefour Espagne aussi, selon le groupe Carrefour.');
    expect(ids(p)).toEqual(expect.arrayContaining(['company:carrefour', 'company:carrefour-espagne']));
    expect(rels(p, 'SUBSIDIARY_OF')).toEqual(['company:carrefour-espagne -SUBSIDIARY_OF-> company:carrefour']);
  });

  it('links a short name to the longer one with a neutral tail ("Poolside" = "Poolside AI")', () => {
    const r = new Resolver();
    run(r, 'La start-up Helsing AI lève des fonds.');
    const p = run(r, 'La start-up Helsing recrute à Munich.');
    expect(ids(p)).toContain('company:helsing-ai');
  });

  it('links a surname to the full name of the same article and of earlier ones', () => {
    const r = new Resolver();
    const a = run(r, 'Satya Nadella, directeur général de Microsoft, parle. Nadella a promis des emplois.');
    expect(a.entities.filter((e) => e.type === 'Person').map((e) => [e.id, e.mentions])).toEqual([['person:satya-nadella', 2]]);
    const b = run(r, 'Selon Nadella, le président de Microsoft, les choses avancent.');
    expect(ids(b)).toContain('person:satya-nadella');
  });

  it('starts from the entities the store knows', () => {
    const r = new Resolver([{ id: 'company:acme-industries', type: 'Company', name: 'Acme Industries', aliases: ['ACME'] }]);
    const p = run(r, 'Le groupe Acme Industries SA investit en Belgique.');
    expect(ids(p)).toEqual(['company:acme-industries', 'country:be']);
  });

  it('one investment for one sum in two currencies across articles; two sums are two relations', () => {
    const r = new Resolver();
    const a = run(r, 'Le groupe Volvo investit 1,2 milliard d’euros en Suède.');
    const b = run(r, 'Volvo will invest $1.25 billion in Sweden, the company said.', 'en');
    const c = run(r, 'Le groupe Volvo investit 3 milliards d’euros en Suède.');
    const key = (p: GraphPatch) => p.relations.find((x) => x.type === 'INVESTS_IN')!.key;
    expect(key(b)).toBe(key(a));
    expect(key(c)).not.toBe(key(a));
    expect(key(a)).toBe('INVESTS_IN|company:volvo|country:se|1200000000EUR');
  });

  it('every relation has provenance and ends among the patch entities; the article mentions each entity', () => {
    const a = article('Le groupe Saint-Gobain investit 500 millions d’euros en Inde. Saint-Gobain, concurrent de Sika, recrute.');
    const p = extractPatch(a, new Resolver(), extractor);
    const known = new Set(ids(p));
    for (const r of p.relations) {
      expect(r.article).toBe(a.id);
      expect(r.evidence.length).toBeGreaterThan(10);
      expect(r.confidence).toBeGreaterThan(0);
      if (r.type === 'MENTIONS') expect(r.source).toBe(a.id);
      else expect(known.has(r.source)).toBe(true);
      expect(known.has(r.target)).toBe(true);
    }
    expect(p.relations.filter((r) => r.type === 'MENTIONS').map((r) => r.target).sort()).toEqual([...known].sort());
    expect(p.article).toMatchObject({ type: 'Article', id: a.id, lang: 'fr' });
  });

  it('reads public bodies named by a head and adjectives, linked across languages', () => {
    const r = new Resolver();
    const fr = run(r, 'Le projet doit être validé par la Commission européenne et la Banque centrale européenne.');
    const en = run(r, 'The European Commission and the ECB must approve the plan.', 'en');
    expect(ids(fr)).toEqual(['organization:european-commission', 'organization:european-central-bank']);
    expect(ids(en)).toEqual(['organization:european-commission', 'organization:european-central-bank']);
  });

  it('keeps one node for a name typed by default in one article and by a strong cue in the next', () => {
    const r = new Resolver();
    run(r, 'Le groupe investit avec Kalvora.');
    const p = run(r, 'La ville de Kalvora accueille une usine.');
    expect(ids(p)).toEqual(['company:kalvora']);
  });

  it('never merges two different things that share a word', () => {
    const p = run(new Resolver(), 'La Banque de France et le groupe Crédit Agricole investissent en France.');
    expect(ids(p)).toEqual(expect.arrayContaining(['organization:banque-de-france', 'company:credit-agricole', 'country:fr']));
  });
});

describe('Resolver dates', () => {
  it('dates an investment by its article when the sentence states no year', () => {
    const a = { id: 'article:dated', title: '', text: 'Le groupe Orano investit 1 milliard d’euros en France. Orano a investi 2 milliards d’euros en France depuis 2015.', lang: 'fr', date: '2024-05-13' };
    const p = extractPatch(a, new Resolver(), extractor);
    const inv = p.relations.filter((r) => r.type === 'INVESTS_IN').map((r) => [r.properties.amount, r.properties.year ?? null, r.properties.since ?? null]);
    expect(inv).toEqual([[1e9, 2024, null], [2e9, null, 2015]]);
  });
});

describe('surnames and companies named after a person', () => {
  it('a company typed by its own cue does not become the person whose surname it shares', () => {
    const p = run(new Resolver(), 'Former board member Tobin Quarrel left. Quarrel Corp shares rose. Merrow Inc might take over Quarrel Corp soon.', 'en');
    const q = rels(p, 'INVESTS_IN');
    expect(q.some((r) => r.includes('person:'))).toBe(false);
  });
  it('a surname alone still names the person', () => {
    const p = run(new Resolver(), 'Tobin Quarrel, chief executive of Merrow Inc, resigned. Quarrel said he was proud.', 'en');
    expect(p.entities.filter((e) => e.type === 'Person').map((e) => e.id)).toEqual(['person:tobin-quarrel']);
  });
});
