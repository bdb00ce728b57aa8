/**
 * Round 9: short forms of one name that split one entity in two (released sets 10 and 11, by class): the last words of an
 * event named in full, an acronym with its corporate word, a French commune by its first word. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { shortFormPairs, type NamedSpan } from '../../src/resolve/short-forms.ts';
import { placeShortFormPairs } from '../../src/resolve/place-short-forms.ts';

const ctx = { definitions: new Map<string, string>(), isPlace: (s: string) => s === 'Valmy' };
const pairs = (names: NamedSpan[]) => shortFormPairs(names, ctx).map((p) => `${p.short} → ${p.long} (${p.rule})`);

describe('the last words of an event named in full', () => {
  it('"Investment Summit" and "Summit" are "VexUSA Investment Summit"', () => {
    expect(pairs([{ text: 'VexUSA Investment Summit', type: 'Program' }, { text: 'Investment Summit', type: 'Program' }, { text: 'Summit', type: 'Program' }]))
      .toEqual(['Investment Summit → VexUSA Investment Summit (event tail)', 'Summit → VexUSA Investment Summit (event tail)']);
  });
  it('two summits named: "the Summit" stays apart; no tail of a company\'s name', () => {
    expect(pairs([{ text: 'VexUSA Investment Summit', type: 'Program' }, { text: 'Orvane Summit', type: 'Program' }, { text: 'Summit', type: 'Program' }])).toEqual([]);
    expect(pairs([{ text: 'Orvane Forum', type: 'Company' }, { text: 'Forum', type: 'Company' }])).toEqual([]);
  });
});

describe('an acronym and its corporate word', () => {
  it('"CV Group" is "Charvel Vantorn Group"; "CV Holdings" is not', () => {
    expect(pairs([{ text: 'Charvel Vantorn Group', type: 'Company' }, { text: 'CV Group', type: 'Company' }])).toEqual(['CV Group → Charvel Vantorn Group (acronym)']);
    expect(pairs([{ text: 'Charvel Vantorn Group', type: 'Company' }, { text: 'CV Holdings', type: 'Company' }])).toEqual([]);
  });
  it('in an article: one entity', () => {
    const a: Article = { id: 'article:r9sf1', title: 'Shrimp farm', lang: 'en',
      text: 'The agency worked with Charvel Vantorn Group (CV Group), a Thai conglomerate. CV Group will open a farm in Orvania.' };
    const p = extractPatch(a, new Resolver(), createExtractor());
    expect(p.entities.filter((e) => /Charvel|CV/.test(e.name) || e.aliases.some((x) => /CV/.test(x)))).toHaveLength(1);
  });
});

describe('a French commune by its first word', () => {
  it('"Vantenay" is "Vantenay-le-Comte" when the article names one such compound', () => {
    expect(placeShortFormPairs([{ text: 'Vantenay-le-Comte', type: 'Region' }, { text: 'Vantenay', type: 'Region' }]).map((p) => `${p.short} → ${p.long}`)).toEqual(['Vantenay → Vantenay-le-Comte']);
  });
  it('two compounds of that word, or a company, stay apart', () => {
    expect(placeShortFormPairs([{ text: 'Vantenay-le-Comte', type: 'Region' }, { text: 'Vantenay-sous-Bois', type: 'Region' }, { text: 'Vantenay', type: 'Region' }])).toEqual([]);
    expect(placeShortFormPairs([{ text: 'Vantenay-le-Comte', type: 'Region' }, { text: 'Vantenay', type: 'Company' }])).toEqual([]);
  });
});
