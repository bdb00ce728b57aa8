/**
 * Builds the prebuilt lexicon (prebuilt-lexicon.ts) from the source lists, through the same loaders
 * the extractor uses when it has none: the sections hold what those loaders built.
 */
import { createRequire } from 'node:module';
import type { GazetteerEntry } from '../gazetteer.ts';
import { loadGazetteer } from '../gazetteer.ts';
import { gazetteerTables } from '../gazetteer-tables.ts';
import { sortedWordLists } from '../lexicon/dictionary.ts';
import { givenNameSets } from '../lexicon/first-names.ts';
import { matchKey } from '../text/normalize.ts';
import { locationTable } from '../../geo/locate.ts';
import { writeLexiconFile } from './lexicon-file.ts';
import { encodeKeyTable } from './key-table.ts';
import { encodePlaces, prebuiltLexiconInUse, type GazetteerMeta, type WordListsMeta } from './prebuilt-lexicon.ts';

const require = createRequire(import.meta.url);
const ASCII = /^[\x00-\x7f]*$/;

export function wordListsSections(): Map<string, string> {
  const lists = sortedWordLists();
  const sections = new Map<string, string>();
  const lengths: WordListsMeta['lengths'] = { en: [], fr: [] };
  let ascii = true;
  for (const lang of ['en', 'fr'] as const) {
    lists[lang].forEach((words, n) => {
      if (!words) return;
      lengths[lang].push(n);
      ascii &&= ASCII.test(words);
      sections.set(`words/${lang}/${n}`, words);
    });
  }
  sections.set('words/meta', JSON.stringify({ ascii, lengths } satisfies WordListsMeta));
  return sections;
}

export function gazetteerSections(): Map<string, string | Buffer> {
  const t = gazetteerTables(loadGazetteer());
  if (!t) throw new Error('the gazetteer was not built from its tables');
  // each distinct entry once, one JSON line each; keys point at its byte offset
  const offsets = new Map<GazetteerEntry, number>();
  const lines: Buffer[] = [];
  let at = 0;
  const offset = (e: GazetteerEntry): number => {
    let o = offsets.get(e);
    if (o === undefined) {
      const line = Buffer.from(JSON.stringify(e) + '\n');
      offsets.set(e, (o = at));
      lines.push(line);
      at += line.length;
    }
    return o;
  };
  const keys = [...t.map].map(([k, e]) => [k, offset(e)] as const);
  const meta: GazetteerMeta = {
    maxTokens: t.maxTokens,
    countryNames: [...t.countryNames],
    alternates: [...t.alternates].map(([k, e]) => [k, offset(e)]),
  };
  return new Map<string, string | Buffer>([
    ['gazetteer/meta', JSON.stringify(meta)],
    ['gazetteer/entries', Buffer.concat(lines)],
    ...encodeKeyTable('gazetteer/keys', keys, 'u32'),
    ...encodeKeyTable('gazetteer/first-words', t.firstWords),
  ]);
}

/** The keys isSmallTown() looks up (gazetteer.ts: every town of towns.json, by matchKey). */
export function townsSections(): Map<string, string | Buffer> {
  const towns = require('../lexicon/towns.json') as { towns: Array<[string, string, number]> };
  return new Map<string, string | Buffer>([['towns/meta', '{}'], ...encodeKeyTable('towns', new Set(towns.towns.map(([name]) => matchKey(name))))]);
}

export function givenNamesSections(): Map<string, string | Buffer> {
  const { given, common } = givenNameSets();
  return new Map<string, string | Buffer>([['given-names/meta', '{}'], ...encodeKeyTable('given-names/all', given), ...encodeKeyTable('given-names/common', common)]);
}

export function locationsSections(): Map<string, string | Buffer> {
  const t = locationTable();
  return new Map<string, string | Buffer>([
    ['locations/capitals', JSON.stringify(Object.fromEntries([...t.capitals].map(([iso2, p]) => [iso2, encodePlaces([p])])))],
    ...encodeKeyTable('locations/by-name', [...t.byName].map(([key, places]) => [key, encodePlaces(places)] as const), 'json'),
  ]);
}

/** Writes the prebuilt lexicon to `file`. Must run where none is in use: the tables come from the sources. */
export function writePrebuiltLexicon(file: string): void {
  if (prebuiltLexiconInUse()) throw new Error('the prebuilt lexicon is built from the sources: call it where none is in use');
  writeLexiconFile(file, new Map<string, string | Buffer>([
    ...wordListsSections(), ...gazetteerSections(), ...townsSections(), ...givenNamesSections(), ...locationsSections(),
  ]));
}
