/**
 * The learned scorer's speed paths give what the plain reading gives: the features of a pair read after other pairs sharing its ends
 * (per-end memo, learned/features.ts) equal those read in a fresh context, and the lazily asked cue gate pairs the same sentences.
 */
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../src/extract/rules-extractor.ts';
import { candidatePairs } from '../../src/extract/learned/candidates.ts';
import { cueGate, featureContext, pairFeatures } from '../../src/extract/learned/features.ts';
import type { Extraction } from '../../src/extract/types.ts';

const rules = new RulesExtractor({ learned: null });
const read = (text: string, lang = 'en'): Extraction => rules.extract({ id: 'article:round9-speed2', title: '', text, lang });

const TEXTS: Array<[string, string]> = [
  ['Brovane Tools and Quelmar Systems, a unit of Ostrick Group, will invest $40 million in Dalvern, Ohio, said the Tarnley Agency.', 'en'],
  ["Selon Vornique Conseil, le groupe Ferlane, maison mère de Trolux, va investir 12 millions d'euros à Brelonne et à Quimvel.", 'fr'],
  ['Harlo Foods, based in Kestrel, Texas, opened an office in Marlow County near Pennford.', 'en'],
];

describe('learned scorer speed paths', () => {
  for (const [text, lang] of TEXTS) {
    it(`reads each pair's features as a fresh context does: ${text.slice(0, 40)}…`, () => {
      const x = read(text, lang);
      const shared = featureContext(x.sentences, x.mentions, x.relations, lang);
      const pairs = candidatePairs(x.mentions, x.relations, undefined, (t, s) => cueGate(shared, t, s));
      expect(pairs.length).toBeGreaterThan(2);
      // the shared context reads every pair in turn (its ends' memo filled by the earlier pairs); each fresh context reads one
      for (const pair of pairs) {
        const fresh = featureContext(x.sentences, x.mentions, x.relations, lang);
        expect(pairFeatures(shared, pair)).toEqual(pairFeatures(fresh, pair));
      }
    });

    it(`pairs the sentences an eagerly asked gate pairs: ${text.slice(0, 40)}…`, () => {
      const x = read(text, lang);
      const ctx = featureContext(x.sentences, x.mentions, x.relations, lang);
      const gated = candidatePairs(x.mentions, x.relations, undefined, (t, s) => cueGate(ctx, t, s));
      // the eager reading: every type-fitting pair, then those of the types the gate lets through in their sentence
      const eager = candidatePairs(x.mentions, x.relations).filter((p) => p.ruleIndex !== undefined || cueGate(ctx, p.type as string, p.sentence));
      expect(gated).toEqual(eager);
    });
  }
});
