import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';

let server: FixtureServer;
let dir: string;
const env = { NEWSGRAPH_HTTP_INTERVAL_MS: '0' };
/** stderr without the plain progress lines a slow (loaded) machine prints every few seconds. */
const errors = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !/^newsgraph: \d+\/\d+ articles/.test(l));

beforeAll(async () => {
  server = await startFixtureServer();
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-sources-'));
});
afterAll(async () => { await server.close(); });

describe('newsgraph ingest URL / FEED_URL', () => {
  it('ingests a page and feeds, reports bad ones on one line each, and a re-run adds nothing', async () => {
    const db = join(dir, 'graph.json');
    const args = ['ingest', `${server.base}/article.html`, `${server.base}/feed.atom`, `${server.base}/broken.rss`, `${server.base}/private/x.html`, '--db', db];
    const first = await cli(args, env);
    expect(first.stdout).toMatch(/Ingested 3 articles .*: 3 new, 0 already known; [1-9]\d* new entities/);
    const lines = errors(first.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^newsgraph: ${server.base}/broken\\.rss: could not be read: not a valid feed`));
    expect(lines[1]).toBe(`newsgraph: ${server.base}/private/x.html: disallowed by robots.txt`);
    expect(first.code).toBe(1);
    const state = JSON.parse(await readFile(`${db}.sources.json`, 'utf8')) as { seen: Record<string, string[]> };
    expect(state.seen[`${server.base}/feed.atom`]).toEqual(['urn:ridgeline:1', 'urn:ridgeline:2']);

    const again = await cli(['ingest', `${server.base}/article.html`, `${server.base}/feed.atom`, '--db', db], env);
    expect(again.stdout).toMatch(/Ingested 0 articles .*: 0 new, 0 already known; 0 new entities, 0 new relations/);
    expect(errors(again.stderr)).toEqual([]);
    expect(again.code).toBe(0);

    const q = await cli(['query', 'MATCH (a:Article) RETURN a.url AS url, a.date AS date ORDER BY date', '--db', db, '--format', 'json']);
    expect(q.stdout).toContain(`${server.base}/article.html`);
    expect(q.stdout).toContain('2026-03-17');
  }, 60_000);

  it('mentions URLs and feeds in ingest --help; watch has --help', async () => {
    const [help, watch, badEvery] = await Promise.all([cli(['ingest', '--help']), cli(['watch', '--help']), cli(['watch', 'x', '--every', 'soon'])]);
    expect(help.stdout).toMatch(/RSS\/Atom feed/);
    expect(help.stdout).toMatch(/URL/);
    expect(watch.code).toBe(0);
    expect(watch.stdout).toMatch(/--every/);
    expect(watch.stdout).toMatch(/--once/);
    expect(badEvery.code).toBe(2);
    expect(badEvery.stderr).toMatch(/--every 'soon' is not a duration/);
  });
});

describe('newsgraph watch --once', () => {
  it('ingests new files in a folder and new feed items, and only what is new on the next pass', async () => {
    const db = join(dir, 'watch.json');
    const inbox = join(dir, 'inbox');
    await mkdir(inbox);
    await writeFile(join(inbox, 'one.txt'), 'Harlow Mining opens copper mine in Zambia\n\nHarlow Mining, a company based in Perth, has opened a copper mine in Zambia after investing $300 million, it said on Monday.\n');
    const first = await cli(['watch', inbox, `${server.base}/feed.rss`, '--once', '--db', db], env);
    expect(first.stdout).toMatch(/ 3 new articles \(0 already known\)/); // one file, two feed items (one 404)
    expect(errors(first.stderr)).toEqual([`newsgraph: ${server.base}/missing.html: HTTP 404 Not Found`]);

    await writeFile(join(inbox, 'two.md'), '---\ntitle: Brightwater Labs raises funds in Toronto\n---\nBrightwater Labs, a biotech start-up in Toronto, has raised $25 million from Fennick Ventures, the company said.\n');
    const second = await cli(['watch', inbox, `${server.base}/feed.rss`, '--once', '--db', db], env);
    expect(second.stdout).toMatch(/ 1 new articles \(0 already known\)/);
    expect(errors(second.stderr)).toEqual([]);
    expect(second.code).toBe(0);
  }, 60_000);
});
