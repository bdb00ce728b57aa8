/**
 * Several writers of one store file: saves run under the file's lock, a save over a file another
 * process changed merges (articles) or refuses (Cypher writes), stale locks are taken over, a live
 * holder is waited for and then named, and temporary files of interrupted saves are cleaned up.
 */
import { describe, expect, it } from 'vitest';
import { savedSnapshot, savedText } from '../helpers/store-file.ts';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import {
  openMemoryStore, acquireStoreLock, lockFileOf, currentProcess, StoreLockError, StoreFileError, type WriteGate,
} from '../../src/store/memory/index.ts';
import { articlePatch } from '../helpers/patches.ts';

const tmp = () => mkdtemp(join(tmpdir(), 'newsgraph-writers-'));
const articlesIn = async (file: string) => ((await savedSnapshot(file)) as unknown as { nodes: Array<{ attributes: { type: string } }> })
  .nodes.filter((n) => n.attributes.type === 'Article').length;

/** A pid that no process has now: a child that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.once('exit', () => resolve(child.pid!));
  });
}

describe('two stores on one file', () => {
  it('the later save merges the articles the earlier one wrote', async () => {
    const file = join(await tmp(), 'g.json');
    const a = await openMemoryStore({ file });
    const b = await openMemoryStore({ file });
    await a.apply([articlePatch(1), articlePatch(2)]);
    await b.apply([articlePatch(3)]);
    await a.close();
    await b.close();
    expect(await articlesIn(file)).toBe(3);
    // b appends its batches to the log without reloading the file: nothing is lost on its next save either
    await b.apply([articlePatch(4)]);
    await b.flush();
    expect(await articlesIn(file)).toBe(4);
  });

  it('concurrent saves of many stores keep every article', async () => {
    const file = join(await tmp(), 'g.json');
    const stores = await Promise.all(Array.from({ length: 6 }, () => openMemoryStore({ file })));
    await Promise.all(stores.map((s, i) => s.apply([articlePatch(10 + i), articlePatch(20 + i)])));
    await Promise.all(stores.map((s) => s.close()));
    expect(await articlesIn(file)).toBe(12);
  });

  it('refuses to save Cypher writes over a file changed by another process', async () => {
    const file = join(await tmp(), 'g.json');
    const a = await openMemoryStore({ file });
    const b = await openMemoryStore({ file });
    await a.apply([articlePatch(1)]);
    await a.close();
    await b.query("CREATE (:Note {text: 'x'})");
    await expect(b.flush()).rejects.toThrow(StoreFileError);
    await expect(b.flush()).rejects.toThrow(/changed by another process.*Cypher writes/);
    expect(await articlesIn(file)).toBe(1); // a's work is still there
  });

  it('import replaces the file whatever it holds', async () => {
    const file = join(await tmp(), 'g.json');
    const a = await openMemoryStore({ file });
    const b = await openMemoryStore({ file });
    await a.apply([articlePatch(1)]);
    await a.close();
    const other = await openMemoryStore();
    await other.apply([articlePatch(7), articlePatch(8)]);
    await b.load(await other.snapshot());
    await b.close();
    expect(await articlesIn(file)).toBe(2);
  });
});

describe('a long-running store follows the file', () => {
  it('reloads a file another process replaced when it has nothing unsaved, so its later writes save', async () => {
    const file = join(await tmp(), 'g.json');
    const server = await openMemoryStore({ file });
    const other = await openMemoryStore({ file });
    await other.apply([articlePatch(1), articlePatch(2)]);
    await other.close();
    expect(await server.refresh()).toBe(true);
    expect((await server.stats()).articles).toBe(2);
    expect(await server.refresh()).toBe(false); // unchanged since
    await server.query("CREATE (:Note {text: 'x'})");
    await server.flush();
    expect(await articlesIn(file)).toBe(2);
    expect(await savedText(file)).toContain('"Note"');
  });

  it('does not reload over unsaved changes (the save merges or refuses instead)', async () => {
    const file = join(await tmp(), 'g.json');
    const server = await openMemoryStore({ file });
    await server.apply([articlePatch(3)]);
    const other = await openMemoryStore({ file });
    await other.apply([articlePatch(1)]);
    await other.close();
    expect(await server.refresh()).toBe(false);
    await server.flush();
    expect(await articlesIn(file)).toBe(2);
  });
});

describe('a save and the in-process write gate', () => {
  it('waits for the gate, so it never copies a transaction that later rolls back', async () => {
    const file = join(await tmp(), 'g.json');
    const store = await openMemoryStore({ file });
    let held = false;
    const waiters: Array<() => void> = [];
    const gate: WriteGate = {
      acquire: async () => { if (held) await new Promise<void>((r) => waiters.push(r)); held = true; },
      release: () => { held = false; waiters.shift()?.(); },
    };
    store.useWriteGate(gate);
    await store.apply([articlePatch(1)]);
    await gate.acquire(1000); // a transaction opens and writes
    store.graph.addNode('uncommitted', { type: 'Scratch' });
    const saving = store.flush();
    await new Promise((r) => setTimeout(r, 50));
    store.graph.dropNode('uncommitted'); // ... and rolls back
    gate.release();
    await saving;
    const text = await savedText(file);
    expect(text).toContain('article:0000000000000001');
    expect(text).not.toContain('uncommitted');
  });
});

describe('the store lock', () => {
  it('takes over a lock whose holder is dead', async () => {
    const file = join(await tmp(), 'g.json');
    const pid = await deadPid();
    await writeFile(lockFileOf(file), JSON.stringify({ pid, host: hostname(), started: 'ticks:1', command: 'newsgraph ingest', since: '2026-01-01T00:00:00Z' }));
    const store = await openMemoryStore({ file, timeoutMs: 2000 });
    await store.apply([articlePatch(1)]);
    await store.close();
    expect(await articlesIn(file)).toBe(1);
    expect((await readdir(join(file, '..'))).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });

  it('takes over a lock whose pid now belongs to a younger process', async () => {
    const file = join(await tmp(), 'g.json');
    const me = currentProcess();
    if (!me.started.startsWith('ticks:')) return; // only where /proc gives start times
    await writeFile(lockFileOf(file), JSON.stringify({ ...me, started: 'ticks:1', command: 'newsgraph ingest', since: 'then' }));
    const lock = await acquireStoreLock(file, { timeoutMs: 2000 });
    await lock.release();
  });

  it('waits for a live holder, then fails naming the store and the holder', async () => {
    const file = join(await tmp(), 'g.json');
    const held = await acquireStoreLock(file);
    const notices: string[] = [];
    const store = await openMemoryStore({ file, timeoutMs: 700, onWait: (m) => notices.push(m) });
    await store.apply([articlePatch(1)]);
    const err = await store.flush().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreLockError);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toContain(`pid ${process.pid} on ${hostname()}`);
    expect(notices.join('\n')).toMatch(/waiting for .*g\.json: another writer holds it/);
    await held.release();
    await store.flush(); // the changes were kept for the next save
    expect(await articlesIn(file)).toBe(1);
  });

  it('a waiting save goes ahead as soon as the holder releases', async () => {
    const file = join(await tmp(), 'g.json');
    const held = await acquireStoreLock(file);
    const store = await openMemoryStore({ file, timeoutMs: 10_000 });
    await store.apply([articlePatch(1)]);
    const saving = store.flush();
    setTimeout(() => { void held.release(); }, 200);
    await saving;
    expect(await articlesIn(file)).toBe(1);
  });
});

describe('temporary files of interrupted saves', () => {
  it('are removed on open when their writer is dead, and kept while it lives', async () => {
    const dir = await tmp();
    const file = join(dir, 'g.json');
    const pid = await deadPid();
    await writeFile(join(dir, `.g.json.${pid}.abc123.tmp`), '{"half": ');
    await writeFile(join(dir, `.g.json.${process.pid}.def456.tmp`), '{"being written": ');
    await writeFile(join(dir, '.other.json.1.abc.tmp'), 'not ours');
    await openMemoryStore({ file });
    expect((await readdir(dir)).sort()).toEqual([`.g.json.${process.pid}.def456.tmp`, '.other.json.1.abc.tmp']);
  });

  it('are all removed by a save (which holds the lock every save needs)', async () => {
    const dir = await tmp();
    const file = join(dir, 'g.json');
    const store = await openMemoryStore({ file });
    await writeFile(join(dir, `.g.json.${process.pid}.def456.tmp`), '{"half": ');
    await store.apply([articlePatch(1)]);
    await store.close();
    // the store index (g.json.idx, .idx.log) stays beside the store: only temporary files go
    expect((await readdir(dir)).filter((n) => !n.startsWith('g.json.idx')).sort()).toEqual(['g.json']);
  });
});
