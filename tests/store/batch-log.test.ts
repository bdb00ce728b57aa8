import { describe, expect, it, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { childReaper } from '../helpers/child-reaper.ts';
import { mkdtemp, readFile, writeFile, truncate, stat, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore, compactStore, batchLogOf } from '../../src/store/memory/index.ts';
import { readLog, appendRecords, logBytes } from '../../src/store/memory/framed-log.ts';
import { articlePatch } from '../helpers/patches.ts';
import type { GraphPatch } from '../../src/graph/patch.ts';

const tmp = () => mkdtemp(join(tmpdir(), 'newsgraph-wal-'));

/** Article n with its own id (articlePatch shares entity ids, so batches also merge into common nodes). */
function article(n: number, evidenceChars = 200): GraphPatch {
  const p = articlePatch(1, `Acme invests in France (${n}) ${'x'.repeat(evidenceChars)}`);
  const id = `article:${String(n).padStart(16, '0')}`;
  p.article.id = id;
  p.article.title = `Article ${n}`;
  for (const e of p.entities) e.article = id;
  for (const r of p.relations) { r.article = id; if (r.type === 'MENTIONS') { r.source = id; r.key = `MENTIONS|${id}|company:acme`; } }
  return p;
}

describe('framed log', () => {
  it('drops a torn or damaged tail, and the next append cuts it off', async () => {
    const file = join(await tmp(), 'x.log');
    await writeFile(file, logBytes('TESTLOG1', [Buffer.from('one'), Buffer.from('two'), Buffer.from('three')]));
    const whole = await readLog(file, 'TESTLOG1');
    expect(whole!.records.map((r) => r.payload.toString())).toEqual(['one', 'two', 'three']);
    const size = (await stat(file)).size;
    for (let cut = size - 1; cut > whole!.records[2]!.offset; cut--) {
      await writeFile(file, logBytes('TESTLOG1', [Buffer.from('one'), Buffer.from('two'), Buffer.from('three')]));
      await truncate(file, cut);
      const torn = await readLog(file, 'TESTLOG1');
      expect(torn!.records.map((r) => r.payload.toString())).toEqual(['one', 'two']);
      expect(torn!.tornBytes).toBe(cut - whole!.records[2]!.offset);
    }
    // a flipped byte in the last record: its checksum fails, it is dropped, an append replaces it
    const bytes = logBytes('TESTLOG1', [Buffer.from('one'), Buffer.from('two'), Buffer.from('three')]);
    bytes[bytes.length - 2] ^= 0xff;
    await writeFile(file, bytes);
    const damaged = await readLog(file, 'TESTLOG1');
    expect(damaged!.records.map((r) => r.payload.toString())).toEqual(['one', 'two']);
    await appendRecords(file, 'TESTLOG1', damaged!.validEnd, [Buffer.from('four')]);
    expect((await readLog(file, 'TESTLOG1'))!.records.map((r) => r.payload.toString())).toEqual(['one', 'two', 'four']);
  });

  it('refuses a file that is not its kind of log', async () => {
    const file = join(await tmp(), 'x.log');
    await writeFile(file, 'hello, this is some other file');
    await expect(readLog(file, 'TESTLOG1')).rejects.toThrow(/not a Newsgraph TESTLOG1 log/);
  });
});

describe('the store appends batches to its log', () => {
  it('a save after the first appends to the log and leaves the snapshot alone', async () => {
    const file = join(await tmp(), 'g.json');
    const a = await openMemoryStore({ file });
    await a.apply([article(1)]);
    await a.close();
    const snap = await stat(file);
    const b = await openMemoryStore({ file });
    await b.apply([article(2)]);
    await b.close();
    expect((await stat(file)).mtimeMs).toBe(snap.mtimeMs);
    expect((await stat(batchLogOf(file))).size).toBeGreaterThan(8);
    const c = await openMemoryStore({ file });
    expect((await c.stats()).articles).toBe(2);
    expect(c.graph.getEdgeAttribute('MENTIONS|article:0000000000000002|company:acme', 'evidence')).toHaveLength(1);
  });

  it('compaction folds the log into the snapshot; batches appended meanwhile stay in the new log', async () => {
    const file = join(await tmp(), 'g.json');
    const s = await openMemoryStore({ file });
    for (let i = 1; i <= 5; i++) { await s.apply([article(i)]); await s.flush(); }
    const before = (await stat(batchLogOf(file))).size;
    const compacting = compactStore(file);
    await s.apply([article(6)]);
    await s.flush();
    const r = await compactStore(file); // one at a time: the second returns at once
    expect(r.compacted).toBe(false);
    const done = await compactStore(file).then(() => compacting);
    expect(done.compacted).toBe(true);
    expect((await stat(batchLogOf(file))).size).toBeLessThan(before);
    const again = await openMemoryStore({ file });
    expect((await again.stats()).articles).toBe(6);
    expect(await again.hasArticle('article:0000000000000006')).toBe(true);
    // the writer's next batch still lands
    await s.apply([article(7)]);
    await s.close();
    expect((await (await openMemoryStore({ file })).stats()).articles).toBe(7);
  });

  it('a long-running store adopts a compaction of what it holds without reloading, and follows appends', async () => {
    const file = join(await tmp(), 'g.json');
    const server = await openMemoryStore({ file });
    for (let i = 1; i <= 3; i++) { await server.apply([article(i)]); await server.flush(); }
    expect((await compactStore(file)).compacted).toBe(true);
    const graphBefore = server.graph;
    const order = server.graph.order;
    expect(await server.refresh()).toBe(false); // nothing new: adopted, not reloaded
    expect(server.graph.order).toBe(order);
    const other = await openMemoryStore({ file });
    await other.apply([article(9)]);
    await other.close();
    expect(await server.refresh()).toBe(true);
    expect(await server.hasArticle('article:0000000000000009')).toBe(true);
    expect(server.graph).toBe(graphBefore);
  });
});

// A child process appends one-article batches and prints "ack N" after each save returns (and every
// 7th batch compacts the store); we kill it with SIGKILL at random moments. Every acknowledged
// article must load, whatever the moment: mid-append, mid-fsync, between a compaction's renames.
const CHILD = `
import { openMemoryStore, compactStore } from './src/store/memory/index.ts';
import { articlePatch } from './tests/helpers/patches.ts';
const [file, from] = [process.argv[1], Number(process.argv[2])];
const store = await openMemoryStore({ file });
for (let n = from; ; n++) {
  const p = articlePatch(1, 'Acme invests in France (' + n + ') ' + 'x'.repeat(100000));
  const id = 'article:' + String(n).padStart(16, '0');
  p.article.id = id;
  for (const e of p.entities) e.article = id;
  for (const r of p.relations) { r.article = id; if (r.type === 'MENTIONS') { r.source = id; r.key = 'MENTIONS|' + id + '|company:acme'; } }
  await store.apply([p]);
  await store.flush();
  process.stdout.write('ack ' + n + '\\n');
  if (n % 7 === 0) await compactStore(file);
}
`;

// A test that fails or times out before its kill must not leave a writer running.
const reaper = childReaper();
afterAll(() => { reaper.killAll(); });

function runAndKill(file: string, from: number, killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = reaper.track(spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, file, String(from)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] }));
    const acked: number[] = [];
    let err = '', out = '', timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const l of lines) if (l.startsWith('ack ')) acked.push(Number(l.slice(4)));
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

describe('kill -9 at random moments', () => {
  it('the store loads with every acknowledged batch', async () => {
    const dir = await tmp();
    const file = join(dir, 'g.json');
    const acked = new Set<number>();
    let next = 1;
    const delays: number[] = [];
    for (let run = 0; run < 8; run++) {
      const delay = Math.floor(Math.random() * 400);
      delays.push(delay);
      const got = await runAndKill(file, next, delay);
      for (const n of got) acked.add(n);
      next = Math.max(next, ...got) + 2; // the unacknowledged next one may or may not be there
      const store = await openMemoryStore({ file });
      const missing = [...acked].filter((n) => !store.graph.hasNode(`article:${String(n).padStart(16, '0')}`));
      expect(missing, `delays ${delays.join(', ')} ms`).toEqual([]);
      expect((await store.stats()).articles).toBeGreaterThanOrEqual(acked.size);
    }
    expect(acked.size).toBeGreaterThan(8);
    expect((await readdir(dir)).filter((f) => f === 'g.json' || f === 'g.json.wal')).toHaveLength(2);
    void readFile;
  }, 240_000);
});
