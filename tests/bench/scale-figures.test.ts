import { describe, expect, it } from 'vitest';
import {
  defaultRuns, fingerprintChanges, median, missingStoreMessage, parseSizes, parseTimeFigures, rowCells, runsPerSize, scaleTable,
  scaleColumns, storeFileNames, storeFileOf, type ScaleRow,
} from '../../scripts/bench/scale-figures.ts';

const row = (over: Partial<ScaleRow> = {}): ScaleRow => ({
  articles: 20000, runs: 3, nodes: 111571, relations: 268631, snapshotBytes: 76 * 2 ** 20, indexBytes: 29 * 2 ** 20, logBytes: 0,
  coldStats: { wall: 5.04, cpu: 6.2, rss: 640 * 2 ** 20 }, coldLoad: { wall: 3.3, cpu: 4.1, rss: 700 * 2 ** 20 },
  heapBytes: 241 * 2 ** 20, batch: 500, batchIngest: { wall: 2, cpu: 2.5 }, cliAppend: { wall: 0.7, cpu: 0.7 },
  serverStart: { wall: 12, cpu: 7.5, rss: 1.5 * 2 ** 30 }, serverAppend: { wall: 0.03, cpu: 0.02 }, queryByName: { first: 1.25, median: 0.004 }, queryTop: { first: 'POST /api/query: 504 timeout', median: 0.006 }, load: [1.7, 2.3],
  ...over,
});

describe('scale bench figures', () => {
  it('takes the median of odd and even counts, NaN of none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('names the store of a size as scale-store.ts does', () => {
    expect(storeFileOf('/d/store-{k}-v3/graph.json', 200000)).toBe('/d/store-200k-v3/graph.json');
    expect(storeFileOf('/d/{n}/graph.json', 1500)).toBe('/d/1500/graph.json');
    expect(parseSizes('20000, 50k')).toEqual([20000, 50000]);
    expect(() => parseSizes('20000,lots')).toThrow(/'lots' is not a number of articles/);
  });

  it('gives each size its runs: one count for all, or one per size', () => {
    expect(runsPerSize('3', [1, 2, 3])).toEqual([3, 3, 3]);
    expect(runsPerSize('3,3,1', [1, 2, 3])).toEqual([3, 3, 1]);
    expect(() => runsPerSize('3,1', [1, 2, 3])).toThrow(/2 counts for 3 sizes/);
    expect(() => runsPerSize('0', [1])).toThrow(/positive/);
    expect(defaultRuns([20000, 50000, 200000])).toEqual([3, 3, 1]);
  });

  it("copies a store's files, not a server's discovery file nor a save's temporary", () => {
    const names = ['graph.json', 'graph.json.wal', 'graph.json.idx', 'graph.json.idx.log', 'graph.json.curation.jsonl',
      'graph.json.server.json', 'graph.json.tmp-123', 'other.json', 'graph.jsonl'];
    expect(storeFileNames(names, 'graph.json')).toEqual(['graph.json', 'graph.json.curation.jsonl', 'graph.json.idx', 'graph.json.idx.log', 'graph.json.wal']);
  });

  it('reads CPU and peak RSS from /usr/bin/time', () => {
    expect(parseTimeFigures('some output\nRSS=2048 CPU=1.25+0.50\n')).toEqual({ cpu: 1.75, rss: 2048 * 1024 });
    const none = parseTimeFigures('Command terminated by signal 9');
    expect(none.cpu).toBeNaN();
    expect(none.rss).toBeNaN();
  });

  it("tells a store's changes: a file changed, removed or added", () => {
    const before = new Map([['graph.json', { size: 10, mtimeMs: 1 }], ['graph.json.wal', { size: 5, mtimeMs: 1 }]]);
    expect(fingerprintChanges(before, new Map(before))).toEqual([]);
    const after = new Map([['graph.json', { size: 10, mtimeMs: 2 }], ['graph.json.idx', { size: 1, mtimeMs: 2 }]]);
    expect(fingerprintChanges(before, after)).toEqual(['graph.json changed (10 → 10 bytes)', 'graph.json.wal removed', 'graph.json.idx added']);
  });

  it('says how to build a missing store', () => {
    const msg = missingStoreMessage(200000, '/d/store-200k/graph.json', '/d/store-{k}/graph.json');
    expect(msg).toContain('/d/store-200k/graph.json');
    expect(msg).toContain("scale-store.ts --articles 200000 --real 3000 --out '/d/store-{k}/graph.json'");
  });

  it('prints one Markdown row per size, as many cells as columns, with the per-article and per-relation heap', () => {
    const lines = scaleTable([row(), row({ articles: 50000, builtRate: 41, coldStats: 'newsgraph stats failed (134): heap out of memory | abort' })], 'columns');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('cold load, `columns` path');
    const SCALE_COLUMNS = scaleColumns('columns');
    const cells = (l: string) => l.slice(2, -2).split(' | ');
    for (const l of lines.slice(2)) expect(cells(l)).toHaveLength(SCALE_COLUMNS.length);
    expect(lines[1]!.split('|').length - 2).toBe(SCALE_COLUMNS.length);
    const first = rowCells(row());
    expect(first[0]).toBe('20,000');
    expect(first[2]).toBe('76 MB + 29 MB');
    expect(first[3]).toBe('5.0 s / CPU 6.2 s, 640 MB');
    expect(first[5]).toBe(`241 MB (${(241 * 1024 / 20000).toFixed(1)} KB, ${Math.round(241 * 2 ** 20 / 268631)} B)`);
    expect(first[6]).toContain('**250 articles/s**');
    expect(first[8]).toBe('12 s / CPU 7.5 s; 1.5 GB');
    expect(first[9]).toBe('**30 ms** / CPU 20 ms');
    expect(first[10]).toBe('4 ms / 6 ms (first 1.3 s / failed: POST /api/query: 504 timeout)');
    expect(first[11]).toBe('kept');
    expect(first[12]).toBe('1.7 → 2.3');
    const second = cells(lines[3]!);
    expect(second[3]).toBe('failed: newsgraph stats failed (134): heap out of memory / abort');
    expect(second[11]).toBe('41 articles/s');
  });
});
