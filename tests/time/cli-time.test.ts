/**
 * The time commands through the real CLI and the real extraction: retraction gives back the same
 * bytes, as-of exports are deterministic, the diff tells the story of the fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, cp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.ts';

const FIXTURES = 'tests/time/fixtures';
let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ng-time-cli-'));
  db = join(dir, 'graph.json');
  const r = await cli(['ingest', 'seeds', FIXTURES, '--db', db, '--quiet']);
  expect(r.code).toBe(0);
}, 120_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('newsgraph remove', () => {
  it('ingest all, remove one, re-ingest it: the same export, byte for byte (JSON and Cypher)', async () => {
    const formats = ['json', 'cypher'] as const;
    const before = await Promise.all(formats.map((f) => cli(['export', '--format', f, '--db', db])));
    for (const file of [`${FIXTURES}/2024-03-01-acme-ceo.md`]) {
      const removed = await cli(['remove', file, '--db', db]);
      expect(removed.code).toBe(0);
      expect(removed.stdout).toMatch(/^Removed article:[0-9a-f]{16}: \d+ relations and \d+ entities only it supported/);
      const gone = await cli(['export', '--format', 'json', '--db', db]);
      expect(gone.stdout).not.toBe(before[0]!.stdout);
      expect((await cli(['ingest', file, '--db', db, '--quiet'])).code).toBe(0);
    }
    const after = await Promise.all(formats.map((f) => cli(['export', '--format', f, '--db', db])));
    for (let i = 0; i < formats.length; i++) expect(after[i]!.stdout).toBe(before[i]!.stdout);
  }, 180_000);

  it('takes an article out by id; an unknown id fails with exit 1, a bad argument with exit 2', async () => {
    const q = await cli(['query', "MATCH (a:Article) WHERE a.title STARTS WITH 'Acme has a new boss' RETURN a.id", '--format', 'json', '--db', db]);
    const id = JSON.parse(q.stdout).rows[0][0] as string;
    expect((await cli(['remove', id, '--db', db])).code).toBe(0);
    const roles = await cli(['query', "MATCH (p:Person)-[r:ROLE_AT]->(:Company {name: 'Acme Robotics'}) RETURN p.name, r.supersededBy", '--format', 'json', '--db', db]);
    expect(JSON.parse(roles.stdout).rows).toEqual([['John Carter', null]]);
    const again = await cli(['remove', id, '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`no article ${id}`);
    const bad = await cli(['remove', 'no-such-thing', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'no-such-thing' is neither an article id");
    expect((await cli(['ingest', `${FIXTURES}/2025-02-01-acme-new-boss.md`, '--db', db, '--quiet'])).code).toBe(0);
  }, 120_000);
});

describe('as of a date', () => {
  it('export --as-of is the same bytes for the same articles ingested in another order, JSON and Cypher', async () => {
    const other = join(dir, 'other.json');
    const reversed = join(dir, 'reversed');
    await mkdir(reversed, { recursive: true });
    // another order: the fixtures first, then the seeds
    await cp(FIXTURES, join(reversed, 'a'), { recursive: true });
    await cp('seeds', join(reversed, 'b'), { recursive: true });
    expect((await cli(['ingest', join(reversed, 'a'), '--db', other, '--quiet'])).code).toBe(0);
    expect((await cli(['ingest', join(reversed, 'b'), '--db', other, '--quiet'])).code).toBe(0);
    for (const format of ['json', 'cypher']) {
      const a = await cli(['export', '--format', format, '--as-of', '2024-12-31', '--db', db]);
      const b = await cli(['export', '--format', format, '--as-of', '2024-12-31', '--db', other]);
      expect(a.code).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    }
    const snap = JSON.parse((await cli(['export', '--format', 'json', '--as-of', '2024-12-31', '--db', db])).stdout);
    expect(snap.attributes).toMatchObject({ asOf: '2024-12-31', ingestArticles: 8, format: 'newsgraph-snapshot/1' });
    expect(snap.attributes.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(snap.attributes.createdAt).toBeUndefined();
  }, 180_000);

  it('query --as-of sees the graph of that day; a bad date is a usage error', async () => {
    const who = async (day: string) => JSON.parse((await cli(['query', "MATCH (p:Person)-[:ROLE_AT]->(:Company {name: 'Acme Robotics'}) RETURN p.name ORDER BY p.name", '--as-of', day, '--format', 'json', '--db', db])).stdout).rows;
    expect(await who('2024-06-01')).toEqual([['John Carter']]);
    expect(await who('2025-06-01')).toEqual([['Mary Jones']]);
    const bad = await cli(['export', '--format', 'json', '--as-of', '2025', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--as-of '2025' is not a date: write YYYY-MM-DD");
  }, 120_000);

  it('diff between two dates and between two snapshot files', async () => {
    const d = await cli(['diff', '2024-06-01', '2025-06-01', '--db', db]);
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('John Carter —ROLE_AT chief executive→ Acme Robotics  [superseded 2025-01-31, by ROLE_AT|person:mary-jones|company:acme-robotics]');
    expect(d.stdout).toContain('Acme Robotics —INVESTS_IN 1.2 billion EUR→ France  [superseded 2024-09-09');
    expect(d.stdout).toMatch(/New relations \(\d+\)[\s\S]*Acme Robotics —INVESTS_IN 1.5 billion EUR→ France/);
    const a = join(dir, 'a.json'), b = join(dir, 'b.json');
    await cli(['export', '--format', 'json', '--as-of', '2024-06-01', '--out', a, '--db', db]);
    await cli(['export', '--format', 'json', '--as-of', '2025-06-01', '--out', b, '--db', db]);
    const files = JSON.parse((await cli(['diff', a, b, '--json'])).stdout);
    const dates = JSON.parse((await cli(['diff', '2024-06-01', '2025-06-01', '--json', '--db', db])).stdout);
    expect(files.relations.added).toEqual(dates.relations.added);
    expect(files.relations.closed.map((x: { key: string }) => x.key)).toEqual(dates.relations.closed.map((x: { key: string }) => x.key));
    expect(JSON.parse(await readFile(a, 'utf8')).attributes.asOf).toBe('2024-06-01');
  }, 120_000);
});
