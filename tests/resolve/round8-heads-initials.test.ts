/**
 * Round 8: an event or programme named with or without the French head noun before it
 * (src/resolve/short-forms.ts), and a programme's short form of a first word and initials
 * (src/resolve/index.ts). Names are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { shortFormPairs, type NamedSpan } from '../../src/resolve/short-forms.ts';

const ctx = { definitions: new Map<string, string>(), isPlace: (s: string) => s === 'Valmy' };
const pairs = (names: NamedSpan[]) => shortFormPairs(names, ctx).map((p) => `${p.short} → ${p.long} (${p.rule})`);

describe('a French head noun before an event\'s own name', () => {
  it('"Sommet Choose Valmy" is "Choose Valmy"; "salon Vexpo Nord" is "Vexpo Nord"', () => {
    expect(pairs([{ text: 'Sommet Choose Valmy', type: 'Organization' }, { text: 'Choose Valmy', type: 'Company' }])).toEqual(['Choose Valmy → Sommet Choose Valmy (event head)']);
    expect(pairs([{ text: 'Salon Vexpo Nord', type: 'Program' }, { text: 'Vexpo Nord', type: 'Program' }])).toEqual(['Vexpo Nord → Salon Vexpo Nord (event head)']);
  });

  it('not a place, a dictionary word, an English head after the name, nor another head noun', () => {
    expect(pairs([{ text: 'Sommet Valmy', type: 'Organization' }, { text: 'Valmy', type: 'Company' }])).toEqual([]);
    expect(pairs([{ text: 'Forum Industrie', type: 'Organization' }, { text: 'Industrie', type: 'Company' }])).toEqual([]);
    expect(pairs([{ text: 'Vexpo Nord Conference', type: 'Program' }, { text: 'Vexpo Nord', type: 'Company' }])).toEqual([]);
    expect(pairs([{ text: 'Banque Vexpo Nord', type: 'Company' }, { text: 'Vexpo Nord', type: 'Company' }])).toEqual([]);
  });
});

describe('a programme\'s first word and the initials of the rest', () => {
  it('"GROW NAPS" after "GROW National Advanced Packaging Scheme (NAPS)" is the programme', () => {
    const a: Article = { id: 'article:r8hi1', title: 'Awards', lang: 'en',
      text: 'The department said the GROW National Advanced Packaging Scheme will fund three plants. A total of $300 million goes to GROW NAPS research on substrates.' };
    const p = extractPatch(a, new Resolver(), createExtractor());
    const named = p.entities.filter((e) => /GROW/.test(e.name) || e.aliases.some((x) => /GROW/.test(x)));
    expect(named).toHaveLength(1);
    expect(named[0]!.aliases).toContain('GROW NAPS');
  });
});
