/** Training, combination with the rules and the committed model of the learned relation scorer. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../../src/extract/rules-extractor.ts';
import { applyLearned, committedModelFile, FEATURE_VERSION, LEARNED_RULE, RelationModel, relationModel, type RelationModelFile } from '../../../src/extract/learned/index.ts';
import { featureWord } from '../../../src/extract/learned/features.ts';
import { train, type Example } from '../../../src/extract/learned/train.ts';
import { isCommonWord } from '../../../src/extract/lexicon/dictionary.ts';
import { fold } from '../../../src/extract/text/normalize.ts';
import { traceExtraction } from '../../../src/extract/trace.ts';

const root = resolve(import.meta.dirname, '../../..');
const rules = new RulesExtractor({ learned: null });
const text = 'Quorvane Robotics will invest $300 million in Ohio, the company said.';
const read = () => rules.extract({ id: 'article:learned-test', title: '', text, lang: 'en' });
const model = (thresholds: RelationModelFile['thresholds'], weights: Record<string, number>, bias = 0) => new RelationModel({
  featureVersion: FEATURE_VERSION, provenance: { corpora: [], trainedAt: '', command: '', examples: 0, positives: 0, l2: 0, epochs: 0, seed: 0 },
  thresholds, types: { INVESTS_IN: { bias, weights } },
});

describe('training', () => {
  // made-up examples: buying words make the relation, visiting words do not
  const examples: Example[] = [];
  for (let i = 0; i < 40; i++) {
    examples.push({ type: 'INVESTS_IN', features: ['w:acquired', `w:filler${i % 5}`, 'ty:Company>Company'], y: 1 });
    examples.push({ type: 'INVESTS_IN', features: ['w:visited', `w:filler${i % 5}`, 'ty:Company>Company'], y: 0 });
  }
  it('learns which words make a relation', () => {
    const m = new RelationModel({ ...model({}, {}).file, types: train(examples) });
    expect(m.score('INVESTS_IN', ['w:acquired', 'ty:Company>Company']).p).toBeGreaterThan(0.8);
    expect(m.score('INVESTS_IN', ['w:visited', 'ty:Company>Company']).p).toBeLessThan(0.2);
  });
  it('is deterministic and leaves out features seen once', () => {
    const once = [...examples, { type: 'INVESTS_IN' as const, features: ['w:rarely'], y: 1 as const }];
    expect(JSON.stringify(train(once))).toBe(JSON.stringify(train(once)));
    expect(train(once).INVESTS_IN!.weights['w:rarely']).toBeUndefined();
  });
});

describe('combination with the rules', () => {
  it('vetoes a rule relation below the veto threshold, and says why under explain', () => {
    const x = read();
    expect(x.relations.some((r) => r.type === 'INVESTS_IN')).toBe(true);
    const m = model({ INVESTS_IN: { veto: 0.2, add: 2 } }, { 'rule:invests': -6 });
    const { result, rejected } = traceExtraction(() => applyLearned(x.sentences, x.mentions, x.relations, 'en', m));
    expect(result.some((r) => r.type === 'INVESTS_IN')).toBe(false);
    expect(rejected.find((r) => r.reason.startsWith('vetoed by the learned scorer'))?.reason).toMatch(/p 0\.00 < 0\.20; top features rule:invests -6\.00/);
  });

  it('keeps a rule relation above the veto threshold with its probability', () => {
    const x = read();
    const kept = applyLearned(x.sentences, x.mentions, x.relations, 'en', model({ INVESTS_IN: { veto: 0.2, add: 2 } }, { 'rule:invests': 3 }));
    expect(kept.find((r) => r.type === 'INVESTS_IN')?.learned).toMatchObject({ applied: true });
    expect(kept.find((r) => r.type === 'INVESTS_IN')!.learned!.p).toBeGreaterThan(0.9);
  });

  it('adds a pair no rule proposed above the add threshold', () => {
    const x = read();
    const none = x.relations.filter((r) => r.type !== 'INVESTS_IN');
    const out = applyLearned(x.sentences, x.mentions, none, 'en', model({ INVESTS_IN: { veto: 0, add: 0.9 } }, { 'pt:in': 4, 'dir:f': 1 }, -1));
    const added = out.find((r) => r.type === 'INVESTS_IN' && x.mentions[r.source]?.text === 'Quorvane Robotics');
    expect(added).toMatchObject({ rule: LEARNED_RULE, learned: { applied: true } });
    expect(x.mentions[added!.target]?.text).toBe('Ohio');
  });

  it('changes nothing when the model acts on no type, and only advises under explain', () => {
    const x = read();
    const inert = model({}, { 'rule:invests': -6 });
    expect(applyLearned(x.sentences, x.mentions, x.relations, 'en', inert)).toBe(x.relations);
    const { result } = traceExtraction(() => applyLearned(x.sentences, x.mentions, x.relations, 'en', inert));
    expect(result.length).toBe(x.relations.length);
    expect(result.find((r) => r.type === 'INVESTS_IN')?.learned).toMatchObject({ applied: false });
  });
});

describe('the committed model', () => {
  const file = committedModelFile();
  it('was trained for the features the code computes', () => {
    expect(file).toBeDefined();
    expect(file!.featureVersion).toBe(FEATURE_VERSION);
    expect(relationModel()).not.toBeNull();
  });

  it('was trained on development sets only', () => {
    const dev = new Set(['real', 'seeds', 'blind-1', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8', 'blind-10', 'blind-11', 'blind-12', 'blind-13', 'blind-14', 'blind-15', 'blind-16', 'blind-17', 'blind-18', 'blind-19']);
    expect(file!.provenance.corpora.length).toBeGreaterThan(0);
    for (const c of file!.provenance.corpora) expect(dev.has(c)).toBe(true);
  });

  it('holds no capitalised token, no digit and no name of a development gold file in its vocabulary', () => {
    const words = new Set<string>();
    for (const t of Object.values(file!.types)) for (const f of Object.keys(t!.weights)) { const w = featureWord(f); if (w !== undefined) words.add(w); }
    expect(words.size).toBeGreaterThan(100);
    for (const w of words) expect(w).not.toMatch(/[\p{Lu}\p{N}]/u);
    const golds = [join(root, '../shared/eval/real/gold.json'), join(root, '../shared/eval/seeds-gold.json'),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map((n) => join(root, `tests/extract/real-blind/set-${n}/gold.json`))].filter((f) => existsSync(f));
    if (golds.length < 20) console.warn(`learned model vocabulary: ${20 - golds.length} gold files absent, checked ${golds.length}`);
    expect(golds.length).toBeGreaterThan(0);
    const names: string[] = [];
    for (const g of golds) {
      const gold = JSON.parse(readFileSync(g, 'utf8')) as { entities: Array<{ name: string; aliases?: string[] }> };
      for (const e of gold.entities) for (const n of [e.name, ...(e.aliases ?? [])]) { const k = fold(n); if (words.has(k) && !isCommonWord(k)) names.push(n); }
    }
    expect(names).toEqual([]);
  });
});
