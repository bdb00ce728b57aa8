/**
 * Round 11 of the learned relation scorer, on made-up sentences: the additions weights (trained without the rule features) read
 * the pairs no rule proposed; the clause's modality and the first verb's cue class are features; the
 * training script's candidate coverage says why a gold relation is no candidate.
 */
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../src/extract/rules-extractor.ts';
import { applyLearned, FEATURE_VERSION, LEARNED_RULE, RelationModel, type RelationModelFile } from '../../src/extract/learned/index.ts';
import { candidatePairs } from '../../src/extract/learned/candidates.ts';
import { featureContext, pairFeatures } from '../../src/extract/learned/features.ts';
import { trainAdditions, type Example } from '../../src/extract/learned/train.ts';
import { coverageOf } from '../../scripts/train-relations-coverage.ts';

const rules = new RulesExtractor({ learned: null });
const read = (text: string, lang = 'en') => rules.extract({ id: 'article:learned-r11', title: '', text, lang });
const provenance: RelationModelFile['provenance'] = { corpora: [], trainedAt: '', command: '', examples: 0, positives: 0, l2: 0, epochs: 0, seed: 0 };

describe('the additions weights', () => {
  it('read the pairs no rule proposed; the rules\' pairs keep the main weights', () => {
    const m = new RelationModel({ featureVersion: FEATURE_VERSION, provenance, thresholds: {},
      types: { INVESTS_IN: { bias: -5, weights: {} } }, additions: { INVESTS_IN: { bias: 5, weights: {} } } });
    expect(m.score('INVESTS_IN', [], false, false).p).toBeLessThan(0.01);
    expect(m.score('INVESTS_IN', [], false, true).p).toBeGreaterThan(0.99);
    // a model without additions weights reads every pair with the main ones
    const plain = new RelationModel({ ...m.file, additions: undefined });
    expect(plain.score('INVESTS_IN', [], false, true).p).toBeLessThan(0.01);
  });

  it('add a pair the main weights would not (combination)', () => {
    const x = read('Quorvane Robotics will invest $300 million in Ohio, the company said.');
    const none = x.relations.filter((r) => r.type !== 'INVESTS_IN');
    const m = new RelationModel({ featureVersion: FEATURE_VERSION, provenance, thresholds: { INVESTS_IN: { veto: 0, add: 0.9 } },
      types: { INVESTS_IN: { bias: -5, weights: {} } }, additions: { INVESTS_IN: { bias: -1, weights: { 'pt:in': 4 } } } });
    const out = applyLearned(x.sentences, x.mentions, none, 'en', m);
    expect(out.some((r) => r.type === 'INVESTS_IN' && r.rule === LEARNED_RULE && x.mentions[r.target]?.text === 'Ohio')).toBe(true);
  });

  it('are trained without the rule features', () => {
    const xs: Example[] = [];
    for (let i = 0; i < 20; i++) {
      xs.push({ type: 'ROLE_AT', features: ['rule:roles', 'w:chief'], y: 1 }, { type: 'ROLE_AT', features: ['rule:-', 'w:visited'], y: 0 });
    }
    const w = trainAdditions(xs).ROLE_AT!.weights;
    expect(Object.keys(w).some((f) => f.startsWith('rule:'))).toBe(false);
    expect(w['w:chief']).toBeGreaterThan(0);
  });
});

describe('clause features (version 5)', () => {
  const features = (text: string, type: string, s: string, t: string, lang = 'en') => {
    const x = read(text, lang);
    const ctx = featureContext(x.sentences, x.mentions, x.relations, lang);
    const pair = candidatePairs(x.mentions, x.relations).find((p) => p.type === type && x.mentions[p.source]?.text === s && x.mentions[p.target]?.text === t);
    expect(pair).toBeDefined();
    return pairFeatures(ctx, pair!);
  };

  it('mark a negation, a hedge and a future', () => {
    expect(features('Quorvane Robotics will not acquire Vantrel Systems this year.', 'INVESTS_IN', 'Quorvane Robotics', 'Vantrel Systems')).toEqual(expect.arrayContaining(['mod:neg', 'mod:fut']));
    expect(features('Quorvane Robotics could acquire Vantrel Systems next year.', 'INVESTS_IN', 'Quorvane Robotics', 'Vantrel Systems')).toContain('mod:cond');
    expect(features('Quorvane Robotics acquired Vantrel Systems last year.', 'INVESTS_IN', 'Quorvane Robotics', 'Vantrel Systems').filter((f) => f.startsWith('mod:'))).toEqual([]);
    expect(features("Le groupe Belvarde n'a pas racheté Ostrelle Industries.", 'INVESTS_IN', 'Belvarde', 'Ostrelle Industries', 'fr')).toContain('mod:neg');
  });

  it('read the cue class of the first verb between', () => {
    const f = features('Quorvane Robotics acquired Vantrel Systems last year.', 'INVESTS_IN', 'Quorvane Robotics', 'Vantrel Systems');
    expect(f).toContain('vbc:acquire');
  });
});

describe('candidate coverage', () => {
  it('says whether a gold relation is a candidate, and else why not', () => {
    const x = read('Quorvane Robotics will invest $300 million in Ohio. Mirela Dantsova spoke. Vantrel Systems was praised.');
    const name = (m: number) => ({ 'Quorvane Robotics': 'Quorvane', Ohio: 'Ohio', 'Mirela Dantsova': 'Dantsova', 'Vantrel Systems': 'Vantrel' } as Record<string, string>)[x.mentions[m]!.text];
    const docs = [{ article: { id: 'a' }, x }];
    const key = (s: string, t: string, o: string) => `${s}|${t}|${o}`;
    const cov = coverageOf([
      { source: 'Quorvane', type: 'INVESTS_IN', target: 'Ohio' },
      { source: 'Dantsova', type: 'ROLE_AT', target: 'Vantrel' },
      { source: 'Dantsova', type: 'ROLE_AT', target: 'Nowhere' },
      { source: 'Vantrel', type: 'ROLE_AT', target: 'Quorvane' },
      { source: 'Quorvane', type: 'INVESTS_IN', target: 'Ohio', optional: true },
    ], docs, (_, m) => name(m), new Set(['Quorvane|INVESTS_IN|Ohio']), key);
    expect(Object.fromEntries(cov.get('INVESTS_IN')!)).toEqual({ covered: 1 });
    expect(Object.fromEntries(cov.get('ROLE_AT')!)).toEqual({ 'adjacent sentences': 1, 'entity missed': 1, mistyped: 1 });
  });
});
