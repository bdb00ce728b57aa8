/**
 * Round 8: the public-body and programme lexicons (src/extract/lexicon/institutions.ts, programmes.ts).
 * Public bodies and schemes named in official prose are typed Organization / Program by the lexicon, with
 * its category as the cue, instead of Company by default. The companies in the sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';
import { explainArticle, formatExplanation } from '../../src/extract/explain/index.ts';
import { INSTITUTION_ROWS } from '../../src/extract/lexicon/institutions.ts';
import { PROGRAMME_ROWS } from '../../src/extract/lexicon/programmes.ts';
import { MAX_KEY_WORDS, publicLexiconEntries } from '../../src/extract/lexicon/institutions-lexicon.ts';
import { isCommonWord } from '../../src/extract/lexicon/dictionary.ts';
import { matchKey } from '../../src/extract/text/normalize.ts';

const en = (text: string, title = '') => names(extract(text, 'en', title));
const fr = (text: string, title = '') => names(extract(text, 'fr', title));

describe('public bodies are Organization, programmes are Program', () => {
  it('EU banks and funds, in English and French, full names and acronyms', () => {
    const all = en('Orvane Foods signed a €40 million loan with the European Investment Bank. The loan is backed by the European Fund for Strategic Investments (EFSI), and the EIF guarantees part of it.');
    expect(all).toContain('European Investment Bank/Organization');
    expect(all).toContain('European Fund for Strategic Investments/Program');
    expect(all).toContain('EIF/Organization');
    expect(all.filter((n) => n.endsWith('/Company') && !n.startsWith('Orvane'))).toEqual([]);
    const fra = fr('La BEI et Bpifrance accordent un prêt de 20 millions d’euros à Zentrova, soutenu par le FEIS.');
    expect(fra).toEqual(expect.arrayContaining(['BEI/Organization', 'Bpifrance/Organization', 'FEIS/Program']));
  });
  it('US federal agencies and White House councils are no companies', () => {
    const all = en('Pellix Grain received a guaranteed loan from USDA Rural Development, and the National Economic Council praised the Small Business Administration.');
    expect(all).toEqual(expect.arrayContaining(['USDA Rural Development/Organization', 'National Economic Council/Organization', 'Small Business Administration/Organization']));
  });
  it('a name written with connectors and commas is one body ("Department for Business, Energy and Industrial Strategy")', () => {
    const all = en('Zentrova Motors will build a plant in Sunderland, the Department for Business, Energy and Industrial Strategy said.');
    expect(all).toContain('Department for Business, Energy and Industrial Strategy/Organization');
    expect(all.filter((n) => n.startsWith('Energy') || n.startsWith('Industrial Strategy'))).toEqual([]);
  });
  it('"le plan Juncker": the noun before the name completes the lexicon name, which gives the canonical one', () => {
    const x = extract('Le plan Juncker soutient un prêt à Orvane, une banque espagnole.', 'fr');
    const juncker = x.mentions.find((m) => m.text === 'Juncker');
    expect(juncker?.type).toBe('Program');
    expect(juncker?.canonical).toBe('Investment Plan for Europe');
  });
  it('a quoted summit name is the summit, an event', () => {
    const x = extract('L’événement « Choose France » a réuni Orvane et Pellix à Versailles.', 'fr');
    const summit = x.mentions.find((m) => m.text === 'Choose France');
    expect(summit?.type).toBe('Program');
    expect(summit?.cueWord).toBe('summit');
  });
  it('parties are Organization', () => {
    expect(en('The Scottish National Party and the Liberal Democrats backed the Orvane Rail bid.')).toEqual(
      expect.arrayContaining(['Scottish National Party/Organization', 'Liberal Democrats/Organization']));
  });
});

describe('headlines and explanations', () => {
  it('a body named only in a headline is not read; named in the body (even in lower case) it is', () => {
    expect(en('By attracting investment, we create new jobs. Orvane Rail will hire 200 workers in Ohio.', 'EDA: Attracting Investment')
      .filter((n) => n.startsWith('EDA'))).toEqual([]);
    expect(en('Orvane Rail will hire 200 workers in Ohio, the EDA said.', 'EDA: Attracting Investment')
      .filter((n) => n === 'EDA/Organization').length).toBe(2);
    expect(en('We launch the modern industrial strategy today. Orvane will hire 200 workers.', 'Modern Industrial Strategy'))
      .toContain('Modern Industrial Strategy/Program');
  });
  it('explain names the lexicon and its category as the cue', () => {
    const article = { id: 'article:test', title: '', text: 'Orvane Foods signed a loan with the European Investment Bank.', lang: 'en' };
    const x = extract(article.text, 'en');
    const out = formatExplanation(explainArticle(article, x, []));
    expect(out).toMatch(/"European Investment Bank"\s+Organization\s+\[institutions lexicon: EU bank/);
  });
});

describe('the tables', () => {
  const rows = [...INSTITUTION_ROWS, ...PROGRAMME_ROWS];
  it('every row has a category and a canonical name', () => {
    for (const [category, name] of rows) { expect(category.length).toBeGreaterThan(2); expect(name.length).toBeGreaterThan(1); }
  });
  it('no spelling names two different bodies (an ambiguous acronym is a row of its own)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [spelling, e] of publicLexiconEntries()) {
      const k = matchKey(spelling);
      if (seen.has(k) && seen.get(k) !== e.name) clashes.push(`${spelling}: ${seen.get(k)} / ${e.name}`);
      seen.set(k, e.name);
    }
    expect(clashes).toEqual([]);
  });
  it('spellings fit the gazetteer (at most MAX_KEY_WORDS words); one-word spellings are rarely dictionary words', () => {
    const entries = publicLexiconEntries();
    expect(entries.every(([s]) => matchKey(s).split(' ').length <= MAX_KEY_WORDS)).toBe(true);
    // reviewed: acronyms and party names written capitalised in running text, whatever the dictionaries hold
    const reviewed = new Set(['dod', 'doe', 'aphis', 'barda', 'faa', 'sec', 'dit', 'mod', 'ons', 'oms', 'ita', 'bis', 'bea', 'conservatives', 'tories',
      'travaillistes', 'dup', 'ump', 'modem', 'teamsters', 'unison', 'feis', 'bics', 'pia']);
    const words = entries.map(([s]) => matchKey(s)).filter((k) => !k.includes(' ') && (isCommonWord(k, 'en') || isCommonWord(k, 'fr')) && !reviewed.has(k));
    expect([...new Set(words)]).toEqual([]);
  });
  it('switching a lexicon off leaves the other', () => {
    const onlyProgrammes = publicLexiconEntries({ institutions: false, programmes: true });
    expect(onlyProgrammes.length).toBeGreaterThan(100);
    expect(onlyProgrammes.every(([, e]) => e.type === 'Program')).toBe(true);
  });
});
