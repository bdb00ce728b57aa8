/**
 * Round 7: a shorter name form resolves, within one article, to the one longer name it abbreviates
 * by its leading words (src/resolve/leading-forms.ts), with the guards that keep it general. Names
 * are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import type { GraphPatch } from '../../src/graph/patch.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver, type ResolutionTrace } from '../../src/resolve/index.ts';
import { leadingFormPairs, type LeadingFormContext, type LeadingFormMention } from '../../src/resolve/leading-forms.ts';

const extractor = createExtractor();
let n = 0;
const article = (text: string, title = 'Company news'): Article => ({ id: `article:r7sf${++n}`, title, text, lang: 'en' });
const run = (r: Resolver, text: string, title?: string) => extractPatch(article(text, title), r, extractor);
/** Company / organisation entity ids of a patch. */
const bodies = (p: GraphPatch) => p.entities.filter((e) => e.type === 'Company' || e.type === 'Organization').map((e) => e.id).sort();

const co = (text: string, cue: LeadingFormMention['cue'] = 'default'): LeadingFormMention => ({ text, type: 'Company', cue });
const noPlaces: LeadingFormContext = { isPlace: () => false };
const pairs = (ms: LeadingFormMention[], ctx: LeadingFormContext = noPlaces) => leadingFormPairs(ms, ctx).map((p) => `${p.short} → ${p.long}`);

describe('leading-word short forms in one article', () => {
  it('a one-word short form joins the full company name after it', () => {
    const p = run(new Resolver(), 'Garvel Industries Group said it would buy Harwick Holdings. Garvel said the deal values Harwick at £200 million.');
    expect(bodies(p)).toEqual(['company:garvel-industries', 'company:harwick']);
  });

  it('a headline short form before the full name joins it, and explain says why', () => {
    const a = article('Garvel Industries will open a new plant in Trembury next year, the company said on Monday.', 'Garvel opens factory in Trembury');
    const x = extractor.extract(a);
    const trace: ResolutionTrace = { entities: new Map(), relations: new Map() };
    const p = new Resolver().resolve(a, x, trace);
    expect(bodies(p)).toEqual(['company:garvel-industries']);
    const headline = x.mentions.find((m) => m.text === 'Garvel')!;
    expect(trace.entities.get(headline.index)).toEqual({ id: 'company:garvel-industries', name: 'Garvel Industries', note: 'short form of "Garvel Industries"' });
  });

  it('several leading words join the full name that continues them', () => {
    const p = run(new Resolver(), 'Aldwyn Rail said it would supply Aldwyn Rail Systems Ltd with new trains.');
    expect(bodies(p)).toEqual(['company:aldwyn-rail-systems']);
  });

  it('does not link across articles: a later article naming only the short form keeps it', () => {
    const r = new Resolver();
    run(r, 'Garvel Industries Group said it would open a plant in Wales.');
    expect(bodies(run(r, 'Garvel said on Monday it would cut prices.'))).toEqual(['company:garvel']);
  });
});

describe('leading-word short forms: guards', () => {
  it('pairs a short form with the one full name it begins', () => {
    expect(pairs([co('Corvane Industries Group', 'cue'), co('Corvane')])).toEqual(['Corvane → Corvane Industries Group']);
  });

  it('leaves a short form alone when two different full names begin with it', () => {
    expect(pairs([co('Corvane Holdings', 'cue'), co('Corvane Industries Ltd', 'suffix'), co('Corvane')])).toEqual([]);
  });

  it('never uses a shared word other than the leading ones', () => {
    expect(pairs([co('Halden Marine Group', 'cue'), co('Marine Group'), co('Halden Rail Systems Ltd', 'suffix'), co('Rail Systems')])).toEqual([]);
  });

  it('never takes a dictionary word, a given name or a demonym alone for a short form', () => {
    expect(pairs([co('Beacon Industries Group', 'cue'), co('Beacon')])).toEqual([]);
    expect(pairs([co('Martin Industries Group', 'cue'), co('Martin')])).toEqual([]);
    expect(pairs([co('British Corvane Ltd', 'suffix'), co('British')])).toEqual([]);
  });

  it('never takes a known place for a short form', () => {
    const ctx: LeadingFormContext = { isPlace: (s) => s === 'Trembury' };
    expect(pairs([co('Trembury Industries Group', 'cue'), co('Trembury')], ctx)).toEqual([]);
  });

  it('leaves a short form typed by a strong cue of its own (a place, a person, a suffix)', () => {
    expect(pairs([co('Corvane Industries Group', 'cue'), { text: 'Corvane', type: 'Region', cue: 'gazetteer' }])).toEqual([]);
    expect(pairs([co('Corvane Industries Group', 'cue'), { text: 'Corvane', type: 'Person', cue: 'role' }])).toEqual([]);
    expect(pairs([co('Aldwyn Rail Systems Ltd', 'suffix'), co('Aldwyn Rail', 'cue')])).toEqual([]);
  });

  it('leaves a word of a person named in the article to the surname rule', () => {
    expect(pairs([co('Brome Industries Group', 'cue'), { text: 'Kenneth Brome', type: 'Person', cue: 'first-name' }, co('Brome')])).toEqual([]);
  });

  it('keeps a unit apart from its parent: a trade word after the short form says which unit', () => {
    expect(pairs([co('Fennick Services Ltd', 'suffix'), co('Fennick')])).toEqual([]);
    expect(pairs([co('Fennick Cloud Infrastructure Group', 'cue'), co('Fennick')])).toEqual([]);
  });

  it('keeps the parties of a joint venture apart from it', () => {
    expect(pairs([co('Vantor Zentra Ltd', 'suffix'), co('Vantor'), co('Zentra')])).toEqual([]);
  });

  it('needs a full name typed by evidence, not by default', () => {
    expect(pairs([co('Garvel Opens'), co('Garvel')])).toEqual([]);
  });
});

describe('leading-word short forms: typed by the words before them', () => {
  it('a short form typed by a noun before it ("the carmaker Garvel") is still a short form; one typed by its own words is a full name', () => {
    const before: LeadingFormMention = { text: 'Garvel', type: 'Company', cue: 'cue', cueWord: 'carmaker' };
    const own: LeadingFormMention = { text: 'Garvel Motors', type: 'Company', cue: 'cue', cueWord: 'motors' };
    expect(pairs([co('Garvel Industries Group', 'cue'), before])).toEqual(['Garvel → Garvel Industries Group']);
    expect(pairs([co('Garvel Motors Group', 'cue'), own])).toEqual([]);
  });
});
