/**
 * Round 8: acronyms of names in other languages and of units named after a parent's acronym
 * (src/resolve/short-forms.ts). Names are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { acronymsOf, isAcronymOf, shortFormPairs, type NamedSpan } from '../../src/resolve/short-forms.ts';

const extractor = createExtractor();
let n = 0;
const run = (text: string, lang = 'en') => extractPatch({ id: `article:r8ac${++n}`, title: 'News', text, lang } as Article, new Resolver(), extractor);
const noCtx = { definitions: new Map<string, string>(), isPlace: () => false };
const pairs = (names: NamedSpan[]) => shortFormPairs(names, noCtx).map((p) => `${p.short} → ${p.long} (${p.rule})`);

describe('acronyms across languages', () => {
  it('leaves out Italian, Spanish, German and Dutch function words', () => {
    expect(isAcronymOf('CRV', 'Cassa di Risparmio di Valdorno')).toBe(true);
    expect(acronymsOf('Banco de Crédito y Minería').has('BCM')).toBe(true);
    expect(acronymsOf('Bank von Rheinau und Selz').has('BRS')).toBe(true);
  });

  it('keeps the French "de" as its D, as French acronyms do', () => {
    expect(isAcronymOf('EDV', 'Électricité de Valmorin')).toBe(true);
    expect(isAcronymOf('EV', 'Électricité de Valmorin')).toBe(true);
    // two letters are not enough to rest on the "de"
    expect(acronymsOf('Gaz de Lune').has('GD')).toBe(false);
  });

  it('leaves out the parent body acronym a unit is named after', () => {
    expect(isAcronymOf('LFO', 'DOX Loan Finance Office')).toBe(true);
    // the rest must be names, not a lower-case phrase
    expect(acronymsOf('DOX loan finance office').has('LFO')).toBe(false);
  });

  it('an acronym typed a place by a word before it still abbreviates a company; one the gazetteer knows does not', () => {
    const body: NamedSpan = { text: 'Gaz de Valmorin', type: 'Company', cue: 'default' };
    expect(pairs([body, { text: 'GDV', type: 'Region', cue: 'cue' }])).toEqual(['GDV → Gaz de Valmorin (acronym)']);
    expect(pairs([body, { text: 'GDV', type: 'Region', cue: 'gazetteer' }])).toEqual([]);
  });

  it('in an article: the acronym and the full name are one company', () => {
    const p = run('Cassa di Risparmio di Valdorno said on Monday it had signed the deal. CRV will lend EUR 50 million to small firms.');
    const ids = p.entities.filter((e) => e.type === 'Company' || e.type === 'Organization').map((e) => e.id);
    expect(ids).toHaveLength(1);
  });
});
