/**
 * Speed pass (round 8): the shortcuts must give the answers the slow paths gave. The memoised
 * acronymsOf answers the same for a name asked again (and its answer is not changed by a caller);
 * readFacility's place prefilter skips only sentences where no facility reading could find a place;
 * lists still share a type with closeList as a module function. Made-up names only.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.ts';
import { acronymsOf, isAcronymOf } from '../../src/resolve/short-forms.ts';
import type { Article } from '../../src/graph/model.ts';

const extractor = createExtractor();
const article = (text: string, lang: 'en' | 'fr' = 'en'): Article => ({ id: `round8-${text.length}-${text.slice(0, 12)}`, title: '', text, lang });

function investments(text: string, lang: 'en' | 'fr' = 'en'): string[] {
  const x = extractor.extract(article(text, lang));
  return x.relations.filter((r) => r.type === 'INVESTS_IN').map((r) => `${x.mentions[r.source]!.text} -> ${x.mentions[r.target]!.text}`);
}

describe('acronymsOf, read once per name', () => {
  it('answers the same when asked again, for plain, corporate and nested names', () => {
    for (const name of ['Orvane Pellix Systems', 'Zentra Widgets Corporation', 'Vantor Combat Air Programme (VCAP) International Orvane Organisation']) {
      const first = [...acronymsOf(name)].sort();
      expect(first.length).toBeGreaterThan(0);
      expect([...acronymsOf(name)].sort()).toEqual(first);
    }
    expect(acronymsOf('Orvane Pellix Systems').has('OPS')).toBe(true);
    expect(acronymsOf('Zentra Widgets Corporation').has('ZW')).toBe(true);
    // the inner acronym stands for its words: VIOO, from "VCAP International Orvane Organisation"
    expect(acronymsOf('Vantor Combat Air Programme (VCAP) International Orvane Organisation').has('VIOO')).toBe(true);
  });
  it('keeps isAcronymOf exact after the names were asked once', () => {
    acronymsOf('Orvane Pellix Systems');
    expect(isAcronymOf('OPS', 'Orvane Pellix Systems')).toBe(true);
    expect(isAcronymOf('OPX', 'Orvane Pellix Systems')).toBe(false);
    expect(isAcronymOf('O.P.S.', 'Orvane Pellix Systems')).toBe(true);
  });
});

describe('readFacility without a place placeholder', () => {
  it('reads the facility investment when the sentence names its place', () => {
    expect(investments('Pellcorp will build a new plant in Lyon, France.')).toContain('Pellcorp -> Lyon');
  });
  it('reads none when the sentence names no place', () => {
    expect(investments('Pellcorp will build a new plant next year.')).toEqual([]);
  });
});

describe('lists share a type (closeList)', () => {
  it('types every member of a list of three from one typed member', () => {
    const x = extractor.extract(article('The carmaker Orvanex, Pellixo and Zentrava signed the deal in Lyon on Monday.'));
    const types = new Map(x.mentions.map((m) => [m.text, m.type]));
    expect(types.get('Orvanex')).toBe('Company');
    expect(types.get('Pellixo')).toBe('Company');
    expect(types.get('Zentrava')).toBe('Company');
  });
});
