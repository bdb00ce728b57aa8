import { beforeAll, describe, expect, it } from 'vitest';
import { savedSnapshot, savedText } from '../helpers/store-file.ts';
import { mkdtemp, mkdir, readFile, writeFile, copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, ROOT } from '../helpers/cli.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-cli-'));
  db = join(dir, 'graph.json');
  const r = await cli(['ingest', 'seeds', '--db', db]);
  expect(r.problems).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Ingested 5 articles from 5 files .*: 5 new, 0 already known; \d+ new entities, \d+ new relations; 0 files skipped\./);
}, 60_000);

describe('newsgraph CLI', () => {
  it('prints help and exits 0; no command exits 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['ingest', 'query', 'export', 'import', 'stats', 'serve']) expect(help.stdout).toContain(`  ${c}`);
    expect((await cli([])).code).toBe(2);
  });

  it('has --help on every command', async () => {
    const commands = ['ingest', 'watch', 'query', 'export', 'import', 'stats', 'explain', 'serve', 'push', 'pull'];
    const results = await Promise.all(commands.map((c) => cli([c, '--help'])));
    results.forEach((r, i) => {
      expect(r.code, commands[i]).toBe(0);
      expect(r.stdout, commands[i]).toContain(`Usage: newsgraph ${commands[i]}`);
    });
  }, 90_000);

  it('exits 2 on bad usage, naming the problem', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const badOption = await cli(['stats', '--colour']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/--colour/);
    const noFormat = await cli(['export', '--db', db]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('--format');
  });

  it('re-ingesting the same articles changes nothing', async () => {
    const before = await savedText(db);
    const r = await cli(['ingest', 'seeds', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 new, 5 already known; 0 new entities, 0 new relations');
    const after = await savedSnapshot(db);
    const old = JSON.parse(before);
    expect(after.nodes).toEqual(old.nodes);
    expect(after.edges).toEqual(old.edges);
  });

  it('reports a bad file on one line, ingests the others, exits 1', async () => {
    const src = join(dir, 'mixed');
    await mkdir(src, { recursive: true });
    await copyFile(join(ROOT, 'seeds', (await readdir(join(ROOT, 'seeds')))[0]!), join(src, 'good.txt'));
    await writeFile(join(src, 'empty.txt'), '');
    await writeFile(join(src, 'broken.jsonl'), '{"title": "ok", "text": "Acme invests in Spain."}\n{not json\n');
    const mixedDb = join(dir, 'mixed.json');
    const r = await cli(['ingest', src, '--db', mixedDb]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => l.includes('empty.txt'))).toBe(true);
    expect(lines.some((l) => /broken\.jsonl:2/.test(l))).toBe(true);
    expect(r.stdout).toMatch(/Ingested 2 articles/);
  });

  it('refuses a foreign --db file with exit 1 and leaves it intact', async () => {
    const foreign = join(dir, 'foreign.json');
    await writeFile(foreign, '{"hello": "world"}');
    const r = await cli(['ingest', 'seeds', '--db', foreign]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a Newsgraph graph file');
    expect(await readFile(foreign, 'utf8')).toBe('{"hello": "world"}');
  });

  it('prints stats', async () => {
    const r = await cli(['stats', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.articles).toBe(5);
    expect(s.nodesByType.Company).toBeGreaterThan(3);
    expect(s.relationshipsByType.INVESTS_IN).toBeGreaterThan(3);
  });

  it('JSON export → import → export gives the same file', async () => {
    const a = join(dir, 'a.json'), b = join(dir, 'b.json'), db2 = join(dir, 'copy.json');
    expect((await cli(['export', '--format', 'json', '--db', db, '--out', a])).code).toBe(0);
    const imp = await cli(['import', a, '--db', db2]);
    expect(imp.code).toBe(0);
    expect(imp.stdout).toMatch(/Imported .*5 articles/);
    expect((await cli(['export', '--format', 'json', '--db', db2, '--out', b])).code).toBe(0);
    expect(await readFile(b, 'utf8')).toBe(await readFile(a, 'utf8'));
  });

  it('import refuses a file that is not a snapshot, exit 1', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '[1, 2, 3]');
    const r = await cli(['import', bad, '--db', join(dir, 'x.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.json');
  });

  it('answers Cypher as a table, JSON and CSV', async () => {
    const q = "MATCH (c:Company)-[r:INVESTS_IN]->(k:Country) WHERE k.iso2 = $iso RETURN c.name AS company, r.amount AS amount ORDER BY amount DESC";
    const json = await cli(['query', q, '--param', 'iso=IN', '--format', 'json', '--db', db]);
    expect(json.code).toBe(0);
    const res = JSON.parse(json.stdout);
    expect(res.columns).toEqual(['company', 'amount']);
    expect(res.rows.length).toBeGreaterThan(0);
    const table = await cli(['query', q, '--param', 'iso=IN', '--db', db]);
    expect(table.stdout).toContain('│ company');
    const csv = await cli(['query', q, '--param', 'iso=IN', '--format', 'csv', '--db', db]);
    expect(csv.stdout.split('\n')[0]).toBe('company,amount');
  });

  it('shows a syntax error with its position and exits 1', async () => {
    const r = await cli(['query', 'MATCH (n RETURN n', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(r.stderr).toMatch(/\^/);
  });

  it('refuses writes with --read-only', async () => {
    const r = await cli(['query', 'CREATE (:Company {name: "X"})', '--read-only', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/read-only|AccessMode|write/i);
  });
});
