/**
 * Writers of one store, as users run them: two `newsgraph ingest` at once keep every article; a save
 * that cannot get the store's lock fails naming the store and the holder; `ingest` on a store a server
 * runs on goes through the server (or fails when the server is read-only), so the server's next save
 * does not drop the ingested articles.
 */
import { describe, expect, it } from 'vitest';
import { savedSnapshot, savedText } from '../helpers/store-file.ts';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile, access } from 'node:fs/promises';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { cli, serve } from '../helpers/cli.ts';
import { acquireStoreLock } from '../../src/store/memory/index.ts';
import { discoveryFileOf } from '../../src/server/discovery.ts';

const tmp = () => mkdtemp(join(tmpdir(), 'newsgraph-cli-writers-'));
const COUNTRIES = ['France', 'Germany', 'India', 'Japan'];
const corpus = (tag: string, n: number) => Array.from({ length: n }, (_x, i) => JSON.stringify({
  title: `${tag} unit ${i} expands`,
  text: `${tag}${i} Systems said it will invest $${1 + (i % 9)} billion in ${COUNTRIES[i % 4]} by 2030.`,
})).join('\n') + '\n';
const articlesIn = async (db: string) => ((await savedSnapshot(db)) as unknown as { nodes: Array<{ attributes: { type: string } }> })
  .nodes.filter((n) => n.attributes.type === 'Article').length;
const exists = (f: string) => access(f).then(() => true, () => false);

describe('two ingests on one store at once', () => {
  it('both succeed and the file holds the articles of both', async () => {
    const dir = await tmp();
    const db = join(dir, 'g.json');
    await writeFile(join(dir, 'a.jsonl'), corpus('Alpha', 150));
    await writeFile(join(dir, 'b.jsonl'), corpus('Beta', 150));
    const [a, b] = await Promise.all([cli(['ingest', join(dir, 'a.jsonl'), '--db', db]), cli(['ingest', join(dir, 'b.jsonl'), '--db', db])]);
    expect([a.code, b.code, a.problems, b.problems]).toEqual([0, 0, '', '']);
    expect(await articlesIn(db)).toBe(300);
  }, 60_000);

  it('a save that cannot get the lock fails, naming the store and the holder', async () => {
    const dir = await tmp();
    const db = join(dir, 'g.json');
    await writeFile(join(dir, 'a.jsonl'), corpus('Alpha', 3));
    const held = await acquireStoreLock(db);
    try {
      const r = await cli(['ingest', join(dir, 'a.jsonl'), '--db', db], { NEWSGRAPH_LOCK_TIMEOUT_MS: '1500' });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`waiting for ${db}: another writer holds it — pid ${process.pid} on ${hostname()}`);
      expect(r.stderr).toContain(`${db} is locked by another writer: pid ${process.pid} on ${hostname()}`);
    } finally {
      await held.release();
    }
    expect(await exists(db)).toBe(false);
  }, 30_000);
});

describe('ingest on a store a server runs on', () => {
  it('goes through a server that accepts writes, so its next save keeps the articles', async () => {
    const dir = await tmp();
    const db = join(dir, 'g.json');
    await writeFile(join(dir, 'a.jsonl'), corpus('Alpha', 20));
    await writeFile(join(dir, 'b.jsonl'), corpus('Beta', 30) + '{"title": "no text"}\n');
    expect((await cli(['ingest', join(dir, 'a.jsonl'), '--db', db])).code).toBe(0);
    const server = await serve(['--db', db, '--allow-writes']);
    try {
      expect(JSON.parse(await readFile(discoveryFileOf(db), 'utf8'))).toMatchObject({ url: server.url, pid: expect.any(Number), allowWrites: true });
      const r = await cli(['ingest', join(dir, 'b.jsonl'), '--db', db]);
      expect(r.stdout).toMatch(/Ingested 30 articles from 1 files .* through the server at http:\/\/127\.0\.0\.1:\d+: 30 new/);
      expect(r.stderr).toMatch(/b\.jsonl:31: missing "text"/);
      expect(r.code).toBe(1);
      const stats = await (await fetch(`${server.url}/api/stats`)).json() as { articles: number };
      expect(stats.articles).toBe(50); // the server's graph has them at once
      const w = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: "CREATE (:Note {text: 'x'})" }) });
      expect(w.status).toBe(200);
    } finally {
      await server.stop();
    }
    expect(await articlesIn(db)).toBe(50);
    expect(await exists(discoveryFileOf(db))).toBe(false);
  }, 60_000);

  it('fails clearly when the server is read-only', async () => {
    const dir = await tmp();
    const db = join(dir, 'g.json');
    await writeFile(join(dir, 'a.jsonl'), corpus('Alpha', 2));
    const server = await serve(['--db', db]);
    try {
      const r = await cli(['ingest', join(dir, 'a.jsonl'), '--db', db]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/a server is running on .*g\.json read-only \(pid \d+, http:\/\/127\.0\.0\.1:\d+\); stop it or start it with --allow-writes/);
    } finally {
      await server.stop();
    }
    expect(await exists(db)).toBe(false);
  }, 60_000);

  it('ignores the discovery file of a server that is gone', async () => {
    const dir = await tmp();
    const db = join(dir, 'g.json');
    await writeFile(join(dir, 'a.jsonl'), corpus('Alpha', 2));
    const gone = await new Promise<number>((resolve) => { const c = spawn(process.execPath, ['-e', '0']); c.once('exit', () => resolve(c.pid!)); });
    await writeFile(discoveryFileOf(db), JSON.stringify({ url: 'http://127.0.0.1:9', pid: gone, host: hostname(), started: 'x', allowWrites: false }));
    const r = await cli(['ingest', join(dir, 'a.jsonl'), '--db', db]);
    expect([r.code, r.problems]).toEqual([0, '']);
    expect(await articlesIn(db)).toBe(2);
  }, 30_000);
});
