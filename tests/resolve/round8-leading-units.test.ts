/**
 * Round 8: leading-word short forms of a firm's unit, establishment, particle name and programme
 * (src/resolve/leading-forms.ts), with the guards that keep a parent named apart. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver, type ResolutionTrace } from '../../src/resolve/index.ts';
import { leadingFormPairs, saysUnitOf, type LeadingFormContext, type LeadingFormMention } from '../../src/resolve/leading-forms.ts';

const co = (text: string, cue: LeadingFormMention['cue'] = 'default', extra: Partial<LeadingFormMention> = {}): LeadingFormMention => ({ text, type: 'Company', cue, ...extra });
const prog = (text: string): LeadingFormMention => ({ text, type: 'Program', cue: 'cue', cueWord: 'plan' });
const countries = new Set(['Slovakia', 'France', 'U.S.A.']);
const ctx: LeadingFormContext = { isPlace: (s) => countries.has(s) || s === 'Europe' || s === 'North America', isCountry: (s) => countries.has(s) };
const pairs = (ms: LeadingFormMention[], c: LeadingFormContext = ctx) => leadingFormPairs(ms, c).map((p) => `${p.short} → ${p.long} (${p.rule})`);

describe('a firm named by its unit, its establishment or a particle name', () => {
  it('a regional unit: a part of the world or a country after the name', () => {
    expect(pairs([co('Corlenza North America', 'suffix'), co('Corlenza')])).toEqual(['Corlenza → Corlenza North America (leading-words (regional unit))']);
    expect(pairs([co('Quenby Industries Europe', 'cue'), co('Quenby')])).toEqual(['Quenby → Quenby Industries Europe (leading-words (regional unit))']);
    expect(pairs([co('Quenby France', 'cue'), co('Quenby')])).toEqual(['Quenby → Quenby France (leading-words (regional unit))']);
  });

  it('keeps the unit apart when the parent has a full name of its own, or the text says the unit belongs to it', () => {
    expect(pairs([co('Quenby Slovakia', 'cue'), co('Quenby AG', 'suffix'), co('Quenby')])).toEqual([]);
    const unitCtx: LeadingFormContext = { ...ctx, isStatedUnit: (n) => n === 'Quenby France' };
    expect(pairs([co('Quenby France', 'cue'), co('Quenby')], unitCtx)).toEqual([]);
    expect(saysUnitOf('Quenby France, a subsidiary of the Quenby group, will hire 40 people.')).toBe(true);
    expect(saysUnitOf('Quenby France will hire 40 people.')).toBe(false);
  });

  it('keeps the unit apart when the short form is the acronym the text gives another name', () => {
    expect(pairs([co('Harlow-Brandt', 'cue', { aliases: ['HBX'] }), co('HBX France', 'cue'), co('HBX')])).toEqual([]);
  });

  it('a town after a name is no unit ("Marks", "Stanley" are towns somewhere)', () => {
    const towns: LeadingFormContext = { isPlace: (s) => s === 'Fenwick', isCountry: () => false };
    expect(pairs([co('Corvane Fenwick', 'cue'), co('Corvane')], towns)).toEqual([]);
  });

  it('an establishment word says what kind of body the whole is; a trade word still says which unit', () => {
    expect(pairs([co('Strathmoor Distillery'), co('Strathmoor', 'cue', { cueWord: 'brand' })])).toEqual(['Strathmoor → Strathmoor Distillery (leading-words (establishment))']);
    expect(pairs([co('Ex-Vol Bank', 'cue', { cueWord: 'bank' }), co('Ex-Vol')])).toEqual(['Ex-Vol → Ex-Vol Bank (leading-words (establishment))']);
    expect(pairs([co('Fennick Steel'), co('Fennick')])).toEqual([]);
  });

  it('a particle and a name continue the name ("de Valmy")', () => {
    expect(pairs([co('Harcourt de Valmy', 'cue'), co('Harcourt', 'role', { cueWord: 'president' })])).toEqual(['Harcourt → Harcourt de Valmy (leading-words (particle))']);
    // "de" and a common word is no name
    expect(pairs([co('Harcourt de Services', 'cue'), co('Harcourt')])).toEqual([]);
  });

  it('a given name used again and again for a firm is its short form; once is not enough', () => {
    expect(pairs([co('Dagmar North America', 'suffix'), co('Dagmar'), co('Dagmar')])).toEqual(['Dagmar → Dagmar North America (leading-words (regional unit))']);
    expect(pairs([co('Dagmar North America', 'suffix'), co('Dagmar')])).toEqual([]);
  });
});

describe('a programme named without its complement', () => {
  it('"the Growth Plan" is "the Growth Plan for Europe" when the article names no other', () => {
    expect(pairs([prog('Growth Plan for Europe'), prog('Growth Plan')])).toEqual(['Growth Plan → Growth Plan for Europe (leading-words (programme))']);
    expect(pairs([prog('Growth Plan for Europe'), prog('Growth Plan for Africa'), prog('Growth Plan')])).toEqual([]);
    // a company is not a programme's short form
    expect(pairs([prog('Growth Plan for Europe'), co('Growth Plan')])).toEqual([]);
  });
});

describe('in an article', () => {
  it('the unit and the short name are one company, and explain says why', () => {
    const a: Article = { id: 'article:r8lu1', title: 'Loan for Halvard North America', lang: 'en',
      text: 'The agency closed a loan with Halvard North America, Inc. to retool its plant in Tennessee. Halvard will build electric cars there. Halvard said the plant would hire 300 people.' };
    const x = createExtractor().extract(a);
    const trace: ResolutionTrace = { entities: new Map(), relations: new Map() };
    const p = new Resolver().resolve(a, x, trace);
    const firms = p.entities.filter((e) => e.type === 'Company');
    expect(firms.map((e) => e.name)).toEqual(['Halvard North America']);
    const short = x.mentions.find((m) => m.text === 'Halvard')!;
    expect(trace.entities.get(short.index)?.note).toBe('short form of "Halvard North America" (leading-words (regional unit))');
  });
});
