/** Candidates and features of the learned relation scorer, on made-up sentences read by the real rules extractor. */
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../../src/extract/rules-extractor.ts';
import { candidatePairs } from '../../../src/extract/learned/candidates.ts';
import { featureContext, featureWord, isLearnableWord, pairFeatures } from '../../../src/extract/learned/features.ts';
import { tokenize } from '../../../src/extract/text/tokens.ts';
import type { Extraction } from '../../../src/extract/types.ts';

const rules = new RulesExtractor({ learned: null });
const read = (text: string, lang = 'en'): Extraction => rules.extract({ id: 'article:learned-test', title: '', text, lang });
const index = (x: Extraction, text: string) => x.mentions.findIndex((m) => m.text === text);

describe('candidate pairs', () => {
  const x = read('Quorvane Robotics will invest $300 million in Ohio, the company said. Its chief executive Mirela Dantsova praised Vantrel Systems and Oskarn Labs.');
  const pairs = candidatePairs(x.mentions, x.relations);
  const has = (type: string, s: string, t: string) => pairs.some((p) => p.type === type && p.source === index(x, s) && p.target === index(x, t));

  it('takes every rule relation, with the index of the rule that proposed it', () => {
    for (const [i, r] of x.relations.entries()) {
      expect(pairs.find((p) => p.ruleIndex === i)).toMatchObject({ type: r.type, source: r.source, target: r.target });
    }
    expect(x.relations.length).toBeGreaterThan(0);
  });

  it('adds pairs by domain and range, in one sentence, and never the wrong way round', () => {
    expect(has('ROLE_AT', 'Mirela Dantsova', 'Vantrel Systems')).toBe(true);
    expect(has('ROLE_AT', 'Vantrel Systems', 'Mirela Dantsova')).toBe(false);
    expect(has('INVESTS_IN', 'Ohio', 'Quorvane Robotics')).toBe(false);
    // not across sentences unless a rule said so
    expect(has('PARTNERS_WITH', 'Quorvane Robotics', 'Vantrel Systems')).toBe(false);
  });

  it('takes a symmetric pair once, the earlier mention first', () => {
    expect(has('PARTNERS_WITH', 'Vantrel Systems', 'Oskarn Labs')).toBe(true);
    expect(has('PARTNERS_WITH', 'Oskarn Labs', 'Vantrel Systems')).toBe(false);
  });
});

describe('pair features', () => {
  const x = read('Quorvane Robotics will invest $300 million in Ohio, the company said.');
  const ctx = featureContext(x.sentences, x.mentions, x.relations, 'en');
  const pair = candidatePairs(x.mentions, x.relations).find((p) => p.type === 'INVESTS_IN' && p.source === index(x, 'Quorvane Robotics') && p.target === index(x, 'Ohio'))!;
  const f = pairFeatures(ctx, pair);

  it('reads the words between, the preposition before the target, the money and the rule', () => {
    expect(f).toEqual(expect.arrayContaining(['pt:in', 'v:invest', 'w:will', 'money', 'rule:invests', 'first:s', 'dir:f', 'ty:Company>Region', 'lang:en']));
  });

  it('never carries a name or a capitalised token', () => {
    for (const feature of f) expect(feature.toLowerCase()).not.toMatch(/quorvane|robotics|ohio/);
    const words = f.map(featureWord).filter((w): w is string => w !== undefined);
    expect(words.length).toBeGreaterThan(3);
    for (const w of words) expect(w).not.toMatch(/\p{Lu}/u);
    expect(tokenize('Invest in Ohio').map(isLearnableWord)).toEqual([false, true, false]);
  });

  it('reads French prepositions the same way', () => {
    const fr = read("Le groupe Belvarde SA va investir 40 millions d'euros à Quimperlé.", 'fr');
    const fctx = featureContext(fr.sentences, fr.mentions, fr.relations, 'fr');
    const p = candidatePairs(fr.mentions, fr.relations).find((c) => c.type === 'INVESTS_IN' && fr.mentions[c.target]?.text === 'Quimperlé');
    expect(p).toBeDefined();
    expect(pairFeatures(fctx, p!)).toEqual(expect.arrayContaining(['pt:a', 'v:investir', 'money', 'lang:fr']));
  });
});
