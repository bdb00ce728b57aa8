/**
 * The store index and ingest through it (issue 13, item 1): the graph loaded after an indexed ingest is
 * byte for byte what a full-load ingest gives, re-ingest adds nothing, and every way the index can be
 * out of step (a batch without its delta, a torn delta log, a compaction) is seen, never used.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, stat, truncate, appendFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore, compactStore, batchLogOf } from '../../src/store/memory/index.ts';
import { ingest, ingestEvents } from '../../src/ingest/pipeline.ts';
import { ingestWithIndex } from '../../src/ingest/indexed-ingest.ts';
import { readArticles, type ReadEvent } from '../../src/ingest/read/index.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { exportJson } from '../../src/export/json.ts';
import { StoreIndex, collectIndex, indexLogOf, writeIndex } from '../../src/store/memory/store-index.ts';
import { appendRecords } from '../../src/store/memory/framed-log.ts';
import { BATCH_LOG_MAGIC, encodeBatch, readBatchLog } from '../../src/store/memory/batch-log.ts';
import { buildSet, buildTable, HashSetReader, HashTableReader } from '../../src/store/memory/hash-file.ts';
import { runCuration } from '../../src/curate/index.ts';
import { nameKey } from '../../src/extract/names.ts';
import { articleGenerator } from '../../scripts/bench/generated-articles.ts';
import { openSync, closeSync, readFileSync } from 'node:fs';

const extractor = createExtractor();
const SEEDS = join(import.meta.dirname, '../../seeds');
let dir: string;
let seeds: string[];
let generated: string[];
/** A store of 12 generated articles and 2 seeds, saved whole (so it has its index). */
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-index-'));
  seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
  const gen = articleGenerator(7);
  generated = [];
  for (let i = 0; i < 30; i++) {
    const f = join(dir, `gen-${i}.jsonl`);
    await writeFile(f, `${JSON.stringify(gen(i))}\n`);
    generated.push(f);
  }
  base = join(dir, 'base', 'g.json');
  const s = await openMemoryStore({ file: base });
  await ingest([...generated.slice(0, 12), ...seeds.slice(0, 2)], s, { extractor });
  await s.close();
}, 120_000);

let copies = 0;
async function copyOfBase(): Promise<string> {
  const to = join(dir, `copy-${++copies}`);
  await cp(join(dir, 'base'), to, { recursive: true });
  return join(to, 'g.json');
}

async function fullIngest(file: string, paths: string[] | AsyncIterable<ReadEvent>) {
  const s = await openMemoryStore({ file });
  try {
    return Array.isArray(paths) ? await ingest(paths, s, { extractor }) : await ingestEvents(paths, s, { extractor });
  } finally {
    await s.close();
  }
}

async function exported(file: string): Promise<string> {
  const s = await openMemoryStore({ file });
  const body = exportJson(await s.snapshot()).body;
  await s.close();
  return body;
}

describe('the static hash file', () => {
  it('finds every key it holds and no other', async () => {
    const entries = new Map<string, unknown>();
    for (let i = 0; i < 5000; i++) entries.set(`key ${i} é`, { n: i, list: [i, i + 1] });
    const { table, values } = buildTable(entries);
    const set = buildSet([...entries.keys()].map((k) => `s${k}`), entries.size);
    const file = join(dir, 'hash.bin');
    await writeFile(file, Buffer.concat([table, values, set]));
    const fd = openSync(file, 'r');
    try {
      const t = new HashTableReader(fd, 0, table.length);
      const s = new HashSetReader(fd, table.length + values.length);
      for (const [k, v] of entries) { expect(t.get(k)).toEqual(v); expect(s.has(`s${k}`)).toBe(true); }
      for (let i = 5000; i < 6000; i++) { expect(t.get(`key ${i} é`)).toBeUndefined(); expect(s.has(`skey ${i} é`)).toBe(false); }
    } finally {
      closeSync(fd);
    }
  });
});

describe('ingest through the store index', { timeout: 240_000 }, () => {
  it('gives the same graph as a full-load ingest, article by article (seeds and generated), and re-ingest adds nothing', async () => {
    const a = await copyOfBase(), b = await copyOfBase();
    const run = [...seeds.slice(2), ...generated.slice(12, 24), seeds[0]!, generated[3]!];
    for (const f of run) {
      await fullIngest(a, [f]);
      const r = await ingestWithIndex(readArticles([f]), b, { extractor });
      expect('summary' in r ? 'indexed' : r.declined).toBe('indexed');
    }
    expect(await exported(b)).toBe(await exported(a));
    // several articles in one run: one batch, the same graph
    const a2 = await copyOfBase(), b2 = await copyOfBase();
    await fullIngest(a2, run);
    const r2 = await ingestWithIndex(readArticles(run), b2, { extractor });
    expect('summary' in r2 && r2.summary.newArticles).toBe(run.length - 2);
    expect(await exported(b2)).toBe(await exported(a2));
    // again: nothing new, nothing appended
    const wal = (await stat(batchLogOf(b))).size;
    const again = await ingestWithIndex(readArticles(run), b, { extractor });
    expect('summary' in again && again.summary).toMatchObject({ newArticles: 0, alreadyKnown: run.length, newEntities: 0, newRelations: 0 });
    expect((await stat(batchLogOf(b))).size).toBe(wal);
  });

  it('counts new entities and relations as a full-load ingest does', async () => {
    const a = await copyOfBase(), b = await copyOfBase();
    const run = generated.slice(24, 28);
    const full = await fullIngest(a, run);
    const r = await ingestWithIndex(readArticles(run), b, { extractor });
    expect('summary' in r && r.summary).toMatchObject({ newArticles: full.newArticles, newEntities: full.newEntities, newRelations: full.newRelations });
    expect(full.newEntities).toBeGreaterThan(0);
  });

  it('keeps an index equal to one rebuilt from the loaded graph', async () => {
    const b = await copyOfBase();
    for (const f of [...generated.slice(12, 20), seeds[3]!]) expect('summary' in await ingestWithIndex(readArticles([f]), b, { extractor })).toBe(true);
    const kept = (await StoreIndex.open(b))!;
    const s = await openMemoryStore({ file: b });
    const contents = collectIndex(s.graph);
    await s.close();
    const rebuiltFile = join(dir, 'rebuilt', 'g.json');
    await writeIndex(rebuiltFile, contents, kept.generation, kept.logEnd);
    const rebuilt = (await StoreIndex.open(rebuiltFile))!;
    try {
      contents.entities.forEach((e, ord) => {
        expect(kept.entity(e.id)).toEqual(e);
        expect(kept.ordinalOf(e.id)).toBe(ord);
        for (const n of [e.name, ...e.aliases]) expect(kept.withNameKey(nameKey(n)).map((x) => x.id)).toEqual(rebuilt.withNameKey(nameKey(n)).map((x) => x.id));
      });
      for (const id of contents.articles) expect(kept.hasArticle(id)).toBe(true);
      for (const key of contents.relations) expect(kept.hasRelation(key)).toBe(true);
      for (const f of contents.investments) expect(kept.investmentsBetween(f.source, f.target)).toEqual(rebuilt.investmentsBetween(f.source, f.target));
      expect(kept.hasArticle('article:0000000000000000')).toBe(false);
    } finally {
      kept.close();
      rebuilt.close();
    }
  });

  it('stays equal to a rebuilt one when a long-running writer (kept index) and another writer append in turn', async () => {
    const b = await copyOfBase();
    const server = await openMemoryStore({ file: b });
    try {
      await ingest([generated[20]!, generated[21]!], server, { extractor }); // the server keeps its index open after these
      expect('summary' in await ingestWithIndex(readArticles([generated[22]!]), b, { extractor })).toBe(true); // another writer's delta
      await ingest([generated[23]!, generated[24]!], server, { extractor }); // the kept index is stale: opened afresh
    } finally {
      await server.close();
    }
    const index = (await StoreIndex.open(b))!;
    expect(index).toBeDefined();
    const s = await openMemoryStore({ file: b });
    const contents = collectIndex(s.graph);
    await s.close();
    try {
      for (const id of contents.articles) expect(index.hasArticle(id), id).toBe(true);
      for (const key of contents.relations) expect(index.hasRelation(key), key).toBe(true);
      contents.entities.forEach((e) => expect(index.entity(e.id)).toEqual(e));
      expect(contents.articles.length).toBe(12 + 2 + 5);
    } finally {
      index.close();
    }
  });

  it('asks for a compaction once the index delta log is past its limit, not before', async () => {
    const b = await copyOfBase();
    const due: string[] = [];
    const onCompactionDue = (f: string) => due.push(f);
    expect('summary' in await ingestWithIndex(readArticles([generated[25]!]), b, { extractor, onCompactionDue })).toBe(true);
    expect(due).toEqual([]); // a small store and one delta: nothing due by either rule
    expect('summary' in await ingestWithIndex(readArticles([generated[26]!]), b, { extractor, onCompactionDue, compactIndexDeltaBytes: 64 })).toBe(true);
    expect(due).toEqual([b]);
  });

  it('declines when a standing curation rule would act on the new articles; the full load then gives the same graph', async () => {
    const a = await copyOfBase(), b = await copyOfBase();
    for (const file of [a, b]) {
      const s = await openMemoryStore({ file });
      await runCuration(s, { op: 'reject', target: 'country:fr' }, { by: 'test', at: '2026-01-01T00:00:00.000Z' });
      await s.close();
    }
    const france = generated.slice(12).filter((f) => /France/.test(readFileSync(f, 'utf8'))).slice(0, 1);
    expect(france.length).toBe(1);
    await fullIngest(a, france);
    const r = await ingestWithIndex(readArticles(france), b, { extractor });
    expect('declined' in r && r.declined).toMatch(/curation/);
    if ('events' in r) await fullIngest(b, r.events);
    expect(await exported(b)).toBe(await exported(a));
  });

  it('sees a batch appended without its delta, declines, and the full load rebuilds the index', async () => {
    const a = await copyOfBase(), b = await copyOfBase();
    await fullIngest(a, [generated[19]!]);
    expect('summary' in await ingestWithIndex(readArticles([generated[19]!]), b, { extractor })).toBe(true);
    // a batch written by a writer that does not keep the index
    await fullIngest(a, [generated[20]!]);
    const log = await readBatchLog(a);
    const last = log.scan.records[log.scan.records.length - 1]!;
    const bLog = await readBatchLog(b);
    await appendRecords(batchLogOf(b), BATCH_LOG_MAGIC, bLog.validEnd, [last.payload]);
    const r = await ingestWithIndex(readArticles([generated[21]!]), b, { extractor });
    expect('declined' in r && r.declined).toMatch(/out of step/);
    if ('events' in r) await fullIngest(b, r.events);
    await fullIngest(a, [generated[21]!]);
    // rebuilt: the next one goes through the index again
    expect('summary' in await ingestWithIndex(readArticles([generated[22]!]), b, { extractor })).toBe(true);
    await fullIngest(a, [generated[22]!]);
    expect(await exported(b)).toBe(await exported(a));
  });

  it('declines after a torn delta log; cuts a torn batch-log tail past the indexed end', async () => {
    const b = await copyOfBase();
    expect('summary' in await ingestWithIndex(readArticles([generated[20]!]), b, { extractor })).toBe(true);
    const size = (await stat(indexLogOf(b))).size;
    await truncate(indexLogOf(b), size - 3);
    expect('declined' in await ingestWithIndex(readArticles([generated[21]!]), b, { extractor })).toBe(true);

    const c = await copyOfBase(), a = await copyOfBase();
    await appendFile(batchLogOf(c), Buffer.from([40, 0, 0, 0, 1, 2, 3])); // a record torn while written
    expect('summary' in await ingestWithIndex(readArticles([generated[20]!]), c, { extractor })).toBe(true);
    await fullIngest(a, [generated[20]!]);
    expect(await exported(c)).toBe(await exported(a));
  });

  it('follows a compaction (the new snapshot generation gets its own index)', async () => {
    const a = await copyOfBase(), b = await copyOfBase();
    for (const f of generated.slice(20, 23)) { await fullIngest(a, [f]); await ingestWithIndex(readArticles([f]), b, { extractor }); }
    expect((await compactStore(b)).compacted).toBe(true);
    const r = await ingestWithIndex(readArticles([generated[23]!]), b, { extractor });
    expect('summary' in r).toBe(true);
    await fullIngest(a, [generated[23]!]);
    expect(await exported(b)).toBe(await exported(a));
  });
});
