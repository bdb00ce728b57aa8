import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.ts';

let seeded: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'curate-cli-'));
  seeded = join(dir, 'seed.json');
  const r = await cli(['ingest', 'seeds', '--db', seeded, '--quiet']);
  expect(r.code).toBe(0);
}, 120_000);

async function copy(name: string): Promise<string> {
  const file = join(dir, name);
  await copyFile(seeded, file);
  return file;
}

describe('newsgraph curate', { timeout: 180_000 }, () => {
  it('the seed graph after merge + undo exports byte-identically', async () => {
    const db = await copy('merge-undo.json');
    const out = (n: string) => join(dir, n);
    expect((await cli(['export', '--format', 'json', '--db', db, '--out', out('before.json')])).code).toBe(0);
    const merge = await cli(['curate', 'merge', 'company:amazon', 'company:amazon-web-services', '--db', db, '--by', 'alice', '--note', 'test']);
    expect(merge.stderr).toBe('');
    expect(merge.code).toBe(0);
    expect(merge.stdout).toMatch(/^1 {2}merge company:amazon-web-services into company:amazon {2}\(by alice\)/);
    expect(merge.stdout).toContain('- node company:amazon-web-services "Amazon Web Services" (Company)');
    expect((await cli(['export', '--format', 'json', '--db', db, '--out', out('merged.json')])).code).toBe(0);
    const undo = await cli(['curate', 'undo', '--db', db, '--by', 'alice']);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toContain('undo 1');
    expect((await cli(['export', '--format', 'json', '--db', db, '--out', out('after.json')])).code).toBe(0);
    const before = await readFile(out('before.json'), 'utf8');
    expect(await readFile(out('merged.json'), 'utf8')).not.toBe(before);
    expect(await readFile(out('after.json'), 'utf8')).toBe(before);
    const log = await cli(['curate', 'log', '--db', db]);
    expect(log.stdout).toMatch(/1 {2}\S+ \S+ {2}alice {2}merge company:amazon-web-services into company:amazon {2}\[undone by 2\] {2}— test/);
  });

  it('--json returns the entry with its diff; a rejected relation is gone from queries', async () => {
    const db = await copy('reject.json');
    const key = await cli(['query', "MATCH (:Company {name: 'Amazon'})-[r:INVESTS_IN]->(:Country {name: 'South Korea'}) RETURN r.key AS k, id(r) AS id", '--db', db, '--format', 'json']);
    const row = (JSON.parse(key.stdout) as { rows: string[][] }).rows[0]!;
    const relation = row[0] ?? row[1]!;
    const r = await cli(['curate', 'reject', relation, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const entry = JSON.parse(r.stdout) as { op: string; target: string; diff: { edges: Array<{ key: string; before?: unknown; after?: unknown }> } };
    expect(entry).toMatchObject({ op: 'reject', target: relation });
    expect(entry.diff.edges).toHaveLength(1);
    expect(entry.diff.edges[0]!.after).toBeUndefined();
    const q = await cli(['query', "MATCH (:Company {name: 'Amazon'})-[r:INVESTS_IN]->(:Country {name: 'South Korea'}) RETURN count(r)", '--db', db, '--format', 'csv']);
    expect(q.stdout.trim().split('\n')[1]).toBe('0');
  });

  it('bad usage exits 2 with a clear message; an unknown entity exits 1 naming it', async () => {
    const db = await copy('usage.json');
    const help = await cli(['curate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('split A --alias NAME');
    const bad = await cli(['curate', 'retype', 'company:amazon', 'Planet', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown type 'Planet'");
    const none = await cli(['curate', 'merge', 'company:amazon', 'Nowhere Inc', '--db', db]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("no entity 'Nowhere Inc'");
    const neo = await cli(['curate', 'reject', 'x', '--neo4j', 'bolt://localhost:1']);
    expect(neo.code).toBe(2);
    expect(neo.stderr).toContain('embedded store');
  });

  it('newsgraph review lists ranked items with the commands that decide them; decided items leave it', async () => {
    const db = await copy('review.json');
    const r = await cli(['review', '--db', db, '--json', '--limit', '3']);
    expect(r.code).toBe(0);
    const { total, items } = JSON.parse(r.stdout) as { total: number; items: Array<{ id: string; score: number; actions: Array<{ key: string; request: { op: string; target: string } }> }> };
    expect(items).toHaveLength(3);
    expect(total).toBeGreaterThan(3);
    expect(items[0]!.score).toBeGreaterThanOrEqual(items[2]!.score);
    const table = await cli(['review', '--db', db, '--limit', '1']);
    expect(table.stdout).toMatch(/^ {2}1\. \d\.\d\d {2}\S+/);
    expect(table.stdout).toContain('newsgraph curate ');
    const accept = items[0]!.actions.find((a) => a.key === 'a')!;
    expect((await cli(['curate', 'accept', accept.request.target, ...(('other' in accept.request) ? [String((accept.request as { other?: string }).other)] : []), '--db', db])).code).toBe(0);
    const after = JSON.parse((await cli(['review', '--db', db, '--json', '--limit', '1000'])).stdout) as { total: number; items: Array<{ id: string }> };
    expect(after.total).toBe(total - 1);
    expect(after.items.map((i) => i.id)).not.toContain(items[0]!.id);
    expect((await cli(['review', '--db', db, '--kind', 'bogus'])).code).toBe(2);
  });
});

describe('newsgraph curate beside a running server', { timeout: 180_000 }, () => {
  it('sends the operation to a server that accepts writes, and refuses beside a read-only one', async () => {
    const { serve } = await import('../helpers/cli.ts');
    const db = await copy('served.json');
    const readOnly = await serve(['--db', db]);
    try {
      const refused = await cli(['curate', 'reject', 'company:kl1', '--db', db]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('read-only');
    } finally {
      await readOnly.stop();
    }
    const server = await serve(['--db', db, '--allow-writes']);
    try {
      const r = await cli(['curate', 'reject', 'company:kl1', '--db', db, '--by', 'ana']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('- node company:kl1 "KL1" (Company)');
      const res = await fetch(`${server.url.replace(/\/$/, '')}/api/curate/log`);
      expect(((await res.json()) as { operations: Array<{ op: string; by: string }> }).operations).toEqual([expect.objectContaining({ op: 'reject', by: 'ana' })]);
    } finally {
      await server.stop();
    }
  });
});
