/**
 * Round 10 of the learned relation scorer: features v4 ("X said it would invest": the speaker is the subject; rival mentions of an
 * end's type nearer the other end) and the vetoes (a rule's relation the model scores very low is dropped, except where it cannot
 * read the pair in full or where the other items of its list are kept). Made-up names only.
 */
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../src/extract/rules-extractor.ts';
import { candidatePairs } from '../../src/extract/learned/candidates.ts';
import { combine, relationModel, scorePairs, type ScoredPair } from '../../src/extract/learned/index.ts';
import { featureContext, pairFeatures } from '../../src/extract/learned/features.ts';
import type { Extraction } from '../../src/extract/types.ts';

const rules = new RulesExtractor({ learned: null });
const read = (text: string, lang = 'en'): Extraction => rules.extract({ id: 'article:round10-learned', title: '', text, lang });
const index = (x: Extraction, text: string) => x.mentions.findIndex((m) => m.text === text);

function features(x: Extraction, type: string, source: string, target: string, lang = 'en'): string[] {
  const ctx = featureContext(x.sentences, x.mentions, x.relations, lang);
  const pair = candidatePairs(x.mentions, x.relations).find((p) => p.type === type && p.source === index(x, source) && p.target === index(x, target));
  expect(pair, `${source} -${type}-> ${target} is a candidate`).toBeDefined();
  return pairFeatures(ctx, pair!);
}

describe('"X said it would invest": the speaker is the subject of what it says', () => {
  it('reads the verb after the pronoun, not the reporting verb (EN)', () => {
    const x = read('Drovane Motors said on Tuesday it would invest $2 billion in a new plant in Kellston.');
    const f = features(x, 'INVESTS_IN', 'Drovane Motors', 'Kellston');
    expect(f).toEqual(expect.arrayContaining(['says:s', 'as:says+pron', 'vsa:inves', 'ks:invest']));
    expect(f).not.toContain('rep:s');
    expect(f).not.toContain('vsa:said');
    expect(f).not.toContain('vbf:said');
  });

  it('reads "a indiqué qu\'il va investir" the same way (FR)', () => {
    const x = read("Le groupe Pralvex a indiqué qu'il allait investir 40 millions d'euros à Quimbrac.", 'fr');
    const f = features(x, 'INVESTS_IN', 'Pralvex', 'Quimbrac', 'fr');
    expect(f).toEqual(expect.arrayContaining(['says:s', 'as:says+pron']));
  });

  it('is not read when another party follows the reporting verb ("X said Y will invest")', () => {
    const x = read('Orlent Systems said Vexaro Labs will invest $40 million in Kellston.');
    const f = features(x, 'INVESTS_IN', 'Orlent Systems', 'Kellston');
    expect(f).not.toContain('says:s');
    expect(f).toContain('vsa:said');
  });
});

describe('rival mentions', () => {
  it('marks a source with another mention of its type nearer the target', () => {
    const x = read('Orlent Systems said Vexaro Labs will invest $40 million in Kellston.');
    expect(features(x, 'INVESTS_IN', 'Orlent Systems', 'Kellston')).toContain('rival:s');
    expect(features(x, 'INVESTS_IN', 'Vexaro Labs', 'Kellston')).not.toContain('rival:s');
  });

  it('does not count the items of one list as rivals', () => {
    const x = read('Orlent Systems and Vexaro Labs will invest $40 million in Kellston.');
    expect(features(x, 'INVESTS_IN', 'Orlent Systems', 'Kellston')).not.toContain('rival:s');
  });
});

describe('vetoes', () => {
  const model = relationModel(true)!;
  const veto = { veto: 0.05, add: 2 };
  const kept = (x: Extraction, scored: ScoredPair[]) => combine(x.sentences, x.mentions, x.relations, scored, () => veto)
    .filter((r) => r.type === 'INVESTS_IN').map((r) => `${x.mentions[r.source]!.text} -> ${x.mentions[r.target]!.text}`).sort();

  it('drop a rule relation scored below the veto, but not a list item whose other items are kept', () => {
    const x = read('Orvale has raised $75 million in a funding round led by Pellix Capital, with participation from Zentra Global and Vantor.');
    const scored = scorePairs(x.sentences, x.mentions, x.relations, 'en', model, false, true);
    const rule = (s: string) => scored.find((p) => p.pair.ruleIndex !== undefined && p.pair.type === 'INVESTS_IN' && p.pair.source === index(x, s));
    expect(rule('Zentra Global')?.coord).toBe('s');
    // every item low but one: the low ones stay with the kept one
    const lowered = scored.map((p) => (p.pair.type === 'INVESTS_IN' && p.pair.ruleIndex !== undefined && p !== rule('Pellix Capital') ? { ...p, p: 0.001 } : p));
    expect(kept(x, lowered)).toEqual(['Pellix Capital -> Orvale', 'Vantor -> Orvale', 'Zentra Global -> Orvale']);
    // every item low: all dropped
    const allLow = scored.map((p) => (p.pair.type === 'INVESTS_IN' && p.pair.ruleIndex !== undefined ? { ...p, p: 0.001 } : p));
    expect(kept(x, allLow)).toEqual([]);
  });

  it('never drop a relation with an end the model cannot read (an anaphor)', () => {
    const x = read('Drovane Motors is a carmaker. The company will invest $2 billion in Kellston.');
    const r = x.relations.findIndex((q) => q.type === 'INVESTS_IN');
    expect(r).toBeGreaterThanOrEqual(0);
    const m = x.mentions[x.relations[r]!.source]!;
    expect(m.cue === 'coref' || m.refersTo !== undefined || m.sentence !== x.relations[r]!.sentence).toBe(true);
    const scored = scorePairs(x.sentences, x.mentions, x.relations, 'en', model, false, true).map((p) => (p.pair.ruleIndex === r ? { ...p, p: 0.001 } : p));
    expect(kept(x, scored)).toHaveLength(1);
  });

  it('keep a plain "X said it would invest in Y" (the committed model and thresholds)', () => {
    const x = read('Drovane Motors said on Tuesday it would invest $2 billion in new plants in Kellston and Marbury by 2028.');
    const scored = scorePairs(x.sentences, x.mentions, x.relations, 'en', model, false, true);
    const th = model.thresholds('INVESTS_IN');
    for (const s of scored.filter((p) => p.pair.type === 'INVESTS_IN' && p.pair.ruleIndex !== undefined)) expect(s.p).toBeGreaterThanOrEqual(th.veto);
    expect(scored.some((p) => p.pair.type === 'INVESTS_IN' && p.pair.ruleIndex !== undefined)).toBe(true);
  });
});
