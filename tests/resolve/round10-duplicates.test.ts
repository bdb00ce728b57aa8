/**
 * Round 10: one entity split in two inside an article (released sets 12 and 13, by class): names joined by "&" or "and", a
 * legal form written with dots, a project named without its project word or phase number. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { nameKey } from '../../src/extract/names.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { shortFormPairs, type NamedSpan } from '../../src/resolve/short-forms.ts';

const ctx = { definitions: new Map<string, string>(), isPlace: (s: string) => s === 'Valmy Valley' };
const pairs = (names: NamedSpan[]) => shortFormPairs(names, ctx).map((p) => `${p.short} → ${p.long} (${p.rule})`);
const entitiesLike = (a: Article, re: RegExp) => extractPatch(a, new Resolver(), createExtractor()).entities.filter((e) => re.test(e.name) || e.aliases.some((x) => re.test(x)));

describe('name keys', () => {
  it('"&", "and" and "et" between words are one; "T&D" and dotted initials stay; "S.A." is a legal form', () => {
    expect(nameKey('Orvell & Pashby')).toBe(nameKey('Orvell and Pashby'));
    expect(nameKey('Orvell et Pashby')).toBe(nameKey('Orvell and Pashby'));
    expect(nameKey('Vantor T&D')).not.toBe(nameKey('Vantor T and D'));
    expect(nameKey('Pellopetrol S.A.')).toBe(nameKey('Pellopetrol'));
    expect(nameKey('Pellopetrol S.A.')).not.toBe(nameKey('Pellopetrol Sud'));
  });
  it('in an article: "Orvell and Pashby" and "Orvell & Pashby" are one entity, so are "Pellopetrol S.A." and "Pellopetrol"', () => {
    const a: Article = { id: 'article:r10d1', title: 'Orvell & Pashby buy out', lang: 'en',
      text: 'Pellix Marine will buy Orvell and Pashby. The yards of Orvell & Pashby stay open. The loan goes to Pellopetrol S.A., a Colombian refiner. Sales to Pellopetrol support 600 jobs.' };
    expect(entitiesLike(a, /Orvell/)).toHaveLength(1);
    expect(entitiesLike(a, /Pellopetrol/)).toHaveLength(1);
  });
});

describe('a project without its project word or phase number', () => {
  it('"Dune Sunlight" is "Dune Sunlight Project", "Mesa Verde Solar" is "Mesa Verde Solar 1, LLC"', () => {
    expect(pairs([{ text: 'Dune Sunlight Project', type: 'Company' }, { text: 'Dune Sunlight', type: 'Company' }])).toEqual(['Dune Sunlight → Dune Sunlight Project (project)']);
    expect(pairs([{ text: 'Mesa Verde Solar 1, LLC', type: 'Company' }, { text: 'Mesa Verde Solar', type: 'Company' }])).toEqual(['Mesa Verde Solar → Mesa Verde Solar 1, LLC (project)']);
  });
  it('a trade word or a place is no project word: "Dune Sunlight Holdings" stays apart; a place stays a place', () => {
    expect(pairs([{ text: 'Dune Sunlight Holdings', type: 'Company' }, { text: 'Dune Sunlight', type: 'Company' }])).toEqual([]);
    expect(pairs([{ text: 'Valmy Valley Project', type: 'Company' }, { text: 'Valmy Valley', type: 'Company' }])).toEqual([]);
  });
});
