/**
 * The prebuilt lexicon (src/extract/prebuilt) gives the answers of the source lists: built here from
 * the sources, then each table read back (in a fresh copy of the modules that uses the file) is
 * compared with the source-built one over every key it has, and near-misses; and the rules extractor
 * gives the same extraction on real articles either way.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePrebuiltLexicon } from '../../src/extract/prebuilt/build-lexicon.ts';
import { isCommonWord, sortedWordLists } from '../../src/extract/lexicon/dictionary.ts';
import { isSmallTown, loadGazetteer, type GazetteerEntry } from '../../src/extract/gazetteer.ts';
import { gazetteerTables, type GazetteerTables } from '../../src/extract/gazetteer-tables.ts';
import { FIRST_NAMES, isCommonGivenName, isGivenName } from '../../src/extract/lexicon/first-names.ts';
import { locationTable } from '../../src/geo/locate.ts';
import { matchKey } from '../../src/extract/text/normalize.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { readAll } from '../../src/ingest/read/index.ts';
import { encodeKeyTable, KeyTable } from '../../src/extract/prebuilt/key-table.ts';
import { readLexiconFile, writeLexiconFile } from '../../src/extract/prebuilt/lexicon-file.ts';

const require = createRequire(import.meta.url);
const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-lexicon-')), 'lexicon.bin');

type Dictionary = typeof import('../../src/extract/lexicon/dictionary.ts');
type GazetteerModule = typeof import('../../src/extract/gazetteer.ts');
type FirstNames = typeof import('../../src/extract/lexicon/first-names.ts');
type Prebuilt = typeof import('../../src/extract/prebuilt/prebuilt-lexicon.ts');
type ExtractModule = typeof import('../../src/extract/index.ts');

/** A fresh copy of the modules, reading the prebuilt file. */
let fast: { dictionary: Dictionary; gazetteer: GazetteerModule; firstNames: FirstNames; prebuilt: Prebuilt; extract: ExtractModule };
let source: GazetteerTables;

beforeAll(async () => {
  writePrebuiltLexicon(file); // from the sources (this copy of the modules has no prebuilt file)
  source = gazetteerTables(loadGazetteer())!;
  vi.resetModules();
  const prebuilt = await import('../../src/extract/prebuilt/prebuilt-lexicon.ts');
  prebuilt.usePrebuiltLexicon(file);
  fast = {
    prebuilt,
    dictionary: await import('../../src/extract/lexicon/dictionary.ts'),
    gazetteer: await import('../../src/extract/gazetteer.ts'),
    firstNames: await import('../../src/extract/lexicon/first-names.ts'),
    extract: await import('../../src/extract/index.ts'),
  };
}, 180_000);

describe('prebuilt lexicon', () => {
  it('holds the word lists of an-array-of-english-words and an-array-of-french-words as the dictionary does', () => {
    const lists = sortedWordLists();
    const stored = fast.prebuilt.prebuiltWordLists()!;
    expect(stored.en).toEqual(Array.from(lists.en, (x) => x ?? ''));
    expect(stored.fr).toEqual(Array.from(lists.fr, (x) => x ?? ''));
    // and answers alike, through isCommonWord, on the package words and near-misses
    const en = require('an-array-of-english-words') as string[];
    const fr = require('an-array-of-french-words') as string[];
    const probes = [...en.filter((_, i) => i % 40 === 0), ...fr.filter((_, i) => i % 40 === 0), 'republique', 'entreprise', 'acme', 'xq', ''];
    const answers = (f: (w: string, lang?: 'en' | 'fr') => boolean) => probes.flatMap((w) => [f(w), f(w, 'en'), f(w, 'fr'), f(w + 's'), f(w + 'zq')]);
    expect(answers(fast.dictionary.isCommonWord)).toEqual(answers(isCommonWord));
    expect(answers(fast.dictionary.isCommonWord).filter(Boolean).length).toBeGreaterThan(probes.length); // not all "no"
  });

  it('gives every gazetteer entry of the sources, shared alike, and nothing else', () => {
    const g = fast.gazetteer.loadGazetteer();
    expect(fast.prebuilt.prebuiltLexiconInUse()).toBe(true);
    expect(source.map.size).toBeGreaterThan(100_000);
    // mismatches collected, then compared once (an expect per key is slow over 100,000 keys)
    const wrong: string[] = [];
    const seen = new Map<GazetteerEntry, GazetteerEntry>();
    for (const [key, entry] of source.map) {
      const got = g.lookup(key);
      if (JSON.stringify(got) !== JSON.stringify(entry)) wrong.push(`${key}: ${JSON.stringify(got)}`);
      // one object for the keys that share one in the sources ("Pékin", "Beijing")
      if (!seen.has(entry)) seen.set(entry, got!);
      else if (seen.get(entry) !== got) wrong.push(`${key}: not shared`);
      if (JSON.stringify(g.lookup(key + 'q')) !== JSON.stringify(source.map.get(key + 'q'))) wrong.push(`${key}q`); // mostly no key
    }
    for (const [key, entry] of source.alternates) if (JSON.stringify(g.alternate(key)) !== JSON.stringify(entry)) wrong.push(`alternate ${key}`);
    expect(wrong).toEqual([]);
    expect(g.lookup('paris')).toEqual(source.map.get('paris'));
    expect(g.alternate('georgia')).toEqual(source.alternates.get('georgia'));
    const words = [...source.firstWords, ...[...source.map.keys()].filter((k) => !k.includes(' '))];
    expect(words.map((w) => g.startsLonger(w))).toEqual(words.map((w) => source.firstWords.has(w)));
    for (const [iso2, name] of source.countryNames) expect(g.countryName(iso2)).toBe(name);
    expect(g.countryName('ZZ')).toBeUndefined();
    expect(g.maxTokens).toBe(source.maxTokens);
  });

  it('knows the small towns the sources know', () => {
    const towns = (require('../../src/extract/lexicon/towns.json') as { towns: Array<[string]> }).towns.map(([n]) => matchKey(n));
    const probes = [...towns, ...source.map.keys(), ...towns.slice(0, 2000).map((k) => k + 'x'), ''];
    expect(probes.map(fast.gazetteer.isSmallTown)).toEqual(probes.map(isSmallTown));
    expect(probes.filter(fast.gazetteer.isSmallTown).length).toBeGreaterThan(towns.length / 2);
  });

  it('knows the given names the sources know', () => {
    const data = require('../../src/extract/lexicon/given-names.json') as { names: string; common: string };
    const probes = [...data.names.split(' '), ...data.common.split(' '), ...FIRST_NAMES, 'acme', 'paris', 'josé', 'xq'];
    expect(probes.map(fast.firstNames.isGivenName)).toEqual(probes.map(isGivenName));
    expect(probes.map(fast.firstNames.isCommonGivenName)).toEqual(probes.map(isCommonGivenName));
  });

  it('places every name of the place table as the sources do', () => {
    const t = locationTable();
    const p = fast.prebuilt.prebuiltLocations()!;
    const keys = [...t.byName.keys()];
    expect(keys.map((k) => p.byName.get(k))).toEqual(keys.map((k) => t.byName.get(k)));
    expect(p.byName.get('no such place')).toBeUndefined();
    for (const [iso2, place] of t.capitals) expect(p.capitals.get(iso2), iso2).toEqual(place);
  });

  it('extracts real articles exactly as the sources do', async () => {
    const { articles } = await readAll([join(import.meta.dirname, 'fixtures'), join(import.meta.dirname, '..', '..', 'seeds')]);
    expect(articles.length).toBeGreaterThan(5);
    const slow = createExtractor({ kind: 'rules' });
    const quick = fast.extract.createExtractor({ kind: 'rules' });
    for (const a of articles) expect(quick.extract(a), a.id).toEqual(slow.extract(a));
  });
});

describe('key table', () => {
  it('answers like a Map of its keys, the empty key included', () => {
    const entries = [['paris', 1], ['lyon', 2], ['', 3], ['saint etienne', 4], ['nice', 5], ['aix', 6], ['île', 7]] as const;
    const f = join(mkdtempSync(join(tmpdir(), 'newsgraph-keys-')), 'keys.bin');
    writeLexiconFile(f, new Map([...encodeKeyTable('k', entries, 'u32'), ...encodeKeyTable('s', ['b', 'a'])]));
    const lex = readLexiconFile(f);
    const table = new KeyTable<number>(lex, 'k');
    for (const [k, v] of entries) expect(table.get(k)).toBe(v);
    for (const k of ['pari', 'parisx', 'lyons', 'aiy', 'a', 'ile']) expect(table.has(k)).toBe(false);
    expect(new KeyTable(lex, 's').has('a')).toBe(true);
    expect(new KeyTable(lex, 's').has('')).toBe(false);
    expect(() => encodeKeyTable('k', ['a', 'a'])).toThrow(/twice/);
    expect(() => encodeKeyTable('k', ['北京'])).toThrow(/latin-1/);
  });

  it('refuses a file of another format, naming it', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'newsgraph-keys-')), 'other.bin');
    require('node:fs').writeFileSync(f, 'something else\n{}\n');
    expect(() => readLexiconFile(f)).toThrow(f);
  });
});
