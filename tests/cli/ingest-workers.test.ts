import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.ts';
import { savedSnapshot } from '../helpers/store-file.ts';
import { syntheticArticles } from '../../scripts/bench/synthetic-articles.ts';
import { POOL_AFTER } from '../../src/ingest/extract-pool/extract-all.ts';

describe('newsgraph ingest --workers', () => {
  it('refuses a count that is not a whole number from 1, naming the option', async () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = await cli(['ingest', 'seeds', '--workers', bad, '--db', join(tmpdir(), 'never-written.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--workers');
    }
  }, 60_000);

  it('extracts a long run in worker threads (the bundled CLI, its prebuilt lexicon) and saves the graph one thread saves', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-workers-'));
    const file = join(dir, 'articles.jsonl');
    const articles = syntheticArticles(POOL_AFTER + 72);
    await writeFile(file, articles.map((a) => JSON.stringify({ title: a.title, text: a.text, lang: a.lang })).join('\n') + '\n');
    // a store that exists: the run goes through the store index, which extracts its whole list at once
    for (const db of ['one.json', 'two.json']) expect((await cli(['ingest', 'seeds', '--db', join(dir, db), '-q'])).code).toBe(0);
    const one = await cli(['ingest', file, '--workers', '1', '--db', join(dir, 'one.json'), '-q']);
    const two = await cli(['ingest', file, '--workers', '2', '--db', join(dir, 'two.json'), '-q'], { NEWSGRAPH_WAIT_FOR_WORKERS: '1' });
    expect(one.problems).toBe('');
    expect(two.problems).toBe('');
    expect(one.stdout).not.toContain('worker threads');
    expect(two.stdout).toContain('through the store index (extraction in 2 worker threads)');
    expect(two.stdout).toContain(`${articles.length} new`);
    const a = await savedSnapshot(join(dir, 'one.json'));
    const b = await savedSnapshot(join(dir, 'two.json'));
    expect(b.nodes.length).toBeGreaterThan(100);
    expect(b.nodes).toEqual(a.nodes);
    expect(b.edges).toEqual(a.edges);
  }, 240_000);
});
