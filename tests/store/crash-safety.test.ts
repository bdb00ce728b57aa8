import { describe, expect, it, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { childReaper } from '../helpers/child-reaper.ts';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { savedSnapshot } from '../helpers/store-file.ts';

// A child process saves ever-larger graphs in a loop; we kill it at random moments. Whatever the moment,
// the file must load as a complete graph (old or new), never a torn write.
const CHILD = `
import { openMemoryStore } from './src/store/memory/index.ts';
import { articlePatch } from './tests/helpers/patches.ts';
const store = await openMemoryStore({ file: process.argv[1] });
for (let i = 1; ; i++) {
  const p = articlePatch(1, 'x'.repeat(400000) + i);
  p.article.id = 'article:' + String(i).padStart(16, '0');
  for (const r of p.relations) { r.article = p.article.id; if (r.type === 'MENTIONS') { r.source = p.article.id; r.key += i; } }
  for (const e of p.entities) e.article = p.article.id;
  await store.apply([p]);
  await store.flush();
  if (i === 3) process.stdout.write('ready\\n');
}
`;

// A test that fails or times out before its kill must not leave a writer running.
const reaper = childReaper();
afterAll(() => { reaper.killAll(); });

function runAndKill(file: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = reaper.track(spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, file], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] }));
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

describe('crash safety', () => {
  it('a process killed while saving leaves a loadable graph', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-crash-'));
    const file = join(dir, 'g.json');
    for (const delay of [0, 3, 7, 11, 17, 23, 31, 41, 53, 61]) {
      await runAndKill(file, delay);
      const store = await openMemoryStore({ file });
      const stats = await store.stats();
      expect(stats.articles).toBeGreaterThanOrEqual(3);
      expect(stats.nodesByType.Article).toBe(stats.articles);
      expect((await savedSnapshot(file)).nodes.length).toBeGreaterThan(0);
    }
    // temporary files of killed writers may remain, but never in place of the graph
    expect((await readdir(dir)).filter((f) => f === 'g.json')).toHaveLength(1);
  }, 180_000);
});
