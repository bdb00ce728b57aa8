/**
 * Round 13: one entity split in two inside an article (released sets 18 and 19, by class): an acronym one letter longer
 * than the name written before it, an initial broken off by a space, a public body named with and without its jurisdiction.
 * Names are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { acronymLetters } from '../../src/resolve/short-forms.ts';

const entitiesLike = (a: Article, re: RegExp) => extractPatch(a, new Resolver(), createExtractor()).entities.filter((e) => re.test(e.name) || e.aliases.some((x) => re.test(x)));

describe('one body, two names in one article', () => {
  it('"Velden Marsk (VMT)": an acronym with one letter more than the name before it is that name\'s', () => {
    const a: Article = { id: 'article:r13d1', title: '', lang: 'fr', text: "Le groupe danois Velden Marsk (VMT) a repris l'an dernier la société Pellix Systems. VMT emploie désormais 5000 salariés." };
    expect(entitiesLike(a, /Velden|VMT/)).toHaveLength(1);
  });
  it('"the T VC" after "the Tariffs and Vantor Commission": an initial broken off by a space', () => {
    expect(acronymLetters('T VC')).toBe('TVC');
    expect(acronymLetters('AB CD')).toBeUndefined();
    const a: Article = { id: 'article:r13d2', title: '', lang: 'en', text: 'Pellix asked the Tariffs and Vantor Commission for a ruling. In its reply the T VC found no reason to object.' };
    expect(entitiesLike(a, /Tariffs|T VC/)).toHaveLength(1);
  });
  it('"the Court of Justice" … "the Court of Justice of the European Union": one court', () => {
    const a: Article = { id: 'article:r13d3', title: '', lang: 'en', text: 'The General Court dismissed the appeal. The case is now before the Court of Justice of the European Union. The Court of Justice will rule in May.' };
    expect(entitiesLike(a, /Court of Justice/)).toHaveLength(1);
    expect(entitiesLike(a, /General Court/)).toHaveLength(1);
  });
});

describe('events and development corporations', () => {
  it('"the Vantorix Summit" … "the 2015 Vantorix Investment Summit": one event', () => {
    const a: Article = { id: 'article:r13d4', title: '', lang: 'en', text: 'Pellix attended the 2015 Vantorix Investment Summit in Washington. At the Vantorix Summit, the firm met investors.' };
    expect(entitiesLike(a, /Vantorix/)).toHaveLength(1);
  });
  it('"the Orvane Economic Development Corporation" is a public body, not a company', () => {
    const p = extractPatch({ id: 'article:r13d5', title: '', lang: 'en', text: 'Pellam County and the Orvane Economic Development Corporation also took part in the summit.' }, new Resolver(), createExtractor());
    expect(p.entities.find((e) => e.name.startsWith('Orvane'))?.type).toBe('Organization');
  });
});
