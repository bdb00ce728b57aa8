/**
 * Round 8: misspellings of a name written right in the same article (src/resolve/spelling-variants.ts)
 * and two names given side by side for one body (src/resolve/appositions.ts). Names are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { spellingVariants } from '../../src/resolve/spelling-variants.ts';
import { appositionPairs, isSyllabicShort, type AppositionMention } from '../../src/resolve/appositions.ts';

const extractor = createExtractor();
let n = 0;
const run = (text: string, title = 'News') => extractPatch({ id: `article:r8va${++n}`, title, text, lang: 'en' } as Article, new Resolver(), extractor);

describe('misspellings', () => {
  const v = (ms: Array<[string, number]>) => Object.fromEntries(spellingVariants(ms.map(([text, confidence]) => ({ text, type: 'Company', confidence }))));

  it('a word with a final "s" more or less, the less sure form taking the other', () => {
    expect(v([['Corvane Holding', 0.45], ['Corvane Holdings', 0.9]])).toEqual({ 'Corvane Holding': 'Corvane Holdings' });
    expect(v([['Ambroses Tellier', 0.45], ['Ambrose Tellier', 0.85]])).toEqual({ 'Ambroses Tellier': 'Ambrose Tellier' });
  });

  it('a word broken by a hyphen at a line end', () => {
    expect(v([['Brack-field Moor', 0.45], ['Brackfield Moor', 0.95]])).toEqual({ 'Brack-field Moor': 'Brackfield Moor' });
  });

  it('leaves names that differ otherwise, one-word names, and two forms equally sure', () => {
    expect(v([['Corvane Rail', 0.45], ['Corvane Road', 0.9]])).toEqual({});
    expect(v([['Corvane', 0.45], ['Corvanes', 0.9]])).toEqual({});
    expect(v([['Corvane Holding', 0.8], ['Corvane Holdings', 0.8]])).toEqual({});
    // two words differ: two names
    expect(v([['Corvane Holding Trust', 0.45], ['Corvane Holdings Trusts', 0.9]])).toEqual({});
  });

  it('in an article: the misspelt person is the person, not a company', () => {
    const p = run('Prime minister Ambrose Tellier visited the plant in Trembury. Ambroses Tellier said the plant would hire 200 people.');
    expect(p.entities.filter((e) => /Tellier/.test(e.name)).map((e) => `${e.type} ${e.name}`)).toEqual(['Person Ambrose Tellier']);
  });
});

describe('names given side by side', () => {
  const m = (text: string, start: number, type: AppositionMention['type'] = 'Program'): AppositionMention => ({ text, type, sentence: 0, start, end: start + text.length });
  const at = (s: string, text: string, type?: AppositionMention['type']) => m(text, s.indexOf(text), type);

  it('an apposition by dashes and "the" with the same head noun', () => {
    const s = 'It is the heart of the Growth Plan for Europe – the Valdor Plan – which started in 2015.';
    expect(appositionPairs([s], [at(s, 'Growth Plan for Europe'), at(s, 'Valdor Plan')])).toEqual([{ short: 'Valdor Plan', long: 'Growth Plan for Europe', rule: 'apposition' }]);
  });

  it('after a comma only when the second name ends the clause (else a list as often); never two heads that differ', () => {
    const s = 'Corvane Bank, the Harwick Bank and others signed.';
    expect(appositionPairs([s], [at(s, 'Corvane Bank', 'Company'), at(s, 'Harwick Bank', 'Company')])).toEqual([]);
    const c = 'It is the heart of the Growth Plan for Europe, the Valdor Plan.';
    expect(appositionPairs([c], [at(c, 'Growth Plan for Europe'), at(c, 'Valdor Plan')]).map((p) => p.short)).toEqual(['Valdor Plan']);
    const t = 'The Growth Plan for Europe – the Valdor Fund – is new.';
    expect(appositionPairs([t], [at(t, 'Growth Plan for Europe'), at(t, 'Valdor Fund')])).toEqual([]);
    const u = 'The Growth Plan for Europe and the Valdor Plan are new.';
    expect(appositionPairs([u], [at(u, 'Growth Plan for Europe'), at(u, 'Valdor Plan')])).toEqual([]);
  });

  it('a bilingual name joined by a dash before the acronym of one of its halves', () => {
    const s = 'The fund and Cassa di Valdorno – Valdorner Kasse (CDV) signed a guarantee.';
    expect(appositionPairs([s], [at(s, 'Cassa di Valdorno', 'Company'), at(s, 'Valdorner Kasse', 'Company')])).toEqual([{ short: 'Valdorner Kasse', long: 'Cassa di Valdorno', rule: 'bilingual name' }]);
    const t = 'The fund and Cassa di Valdorno – Valdorner Kasse (XYZ) signed a guarantee.';
    expect(appositionPairs([t], [at(t, 'Cassa di Valdorno', 'Company'), at(t, 'Valdorner Kasse', 'Company')])).toEqual([]);
  });

  it('a syllabic abbreviation in brackets', () => {
    expect(isSyllabicShort('Pevaldo', 'Petrolera Valdoriana')).toBe(true);
    expect(isSyllabicShort('Valdo', 'Petrolera Valdoriana')).toBe(false);
    expect(isSyllabicShort('Petro', 'Petrolera Valdoriana')).toBe(false);
    const s = 'Loans for Petrolera Valdoriana (Pevaldo), the national oil company.';
    expect(appositionPairs([s], [at(s, 'Petrolera Valdoriana', 'Company'), at(s, 'Pevaldo', 'Company')])).toEqual([{ short: 'Pevaldo', long: 'Petrolera Valdoriana', rule: 'syllabic abbreviation' }]);
  });
});
