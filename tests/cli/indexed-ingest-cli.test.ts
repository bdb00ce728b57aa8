/**
 * `newsgraph ingest` on an existing embedded store goes through the store index (no graph load), and
 * the store it leaves exports the same bytes as the full-load ingest (NEWSGRAPH_INDEXED_INGEST=0).
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, copyFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, ROOT } from '../helpers/cli.ts';

describe('newsgraph ingest through the store index', { timeout: 240_000 }, () => {
  it('adds an article without loading the graph, as the full load would', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-indexed-'));
    const seeds = (await readdir(join(ROOT, 'seeds'))).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, 'seeds', f));
    const a = join(dir, 'a.json'), b = join(dir, 'b.json');
    expect((await cli(['ingest', ...seeds.slice(0, 4), '--db', a, '-q'])).code).toBe(0);
    for (const ext of ['', '.idx', '.idx.log']) await copyFile(a + ext, b + ext);
    const full = await cli(['ingest', seeds[4]!, '--db', a, '-q'], { NEWSGRAPH_INDEXED_INGEST: '0' });
    const indexed = await cli(['ingest', seeds[4]!, '--db', b, '-q']);
    expect(indexed.problems).toBe('');
    expect(full.stdout).not.toMatch(/store index/);
    expect(indexed.stdout).toMatch(/Ingested 1 articles from 1 files in [\d.]+s through the store index: 1 new, 0 already known; [1-9]\d* new entities/);
    // the same counts either way
    expect(indexed.stdout.replace(/ in [\d.]+s through the store index/, '')).toBe(full.stdout.replace(/ in [\d.]+s/, ''));
    const again = await cli(['ingest', seeds[4]!, '--db', b, '-q']);
    expect(again.stdout).toMatch(/0 new, 1 already known; 0 new entities, 0 new relations/);
    for (const [db, out] of [[a, 'a-export.json'], [b, 'b-export.json']] as const) expect((await cli(['export', '--format', 'json', '--db', db, '--out', join(dir, out)])).code).toBe(0);
    expect(await readFile(join(dir, 'b-export.json'), 'utf8')).toBe(await readFile(join(dir, 'a-export.json'), 'utf8'));
  });
});
