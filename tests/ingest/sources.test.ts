import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import {
  emptyState, extractPage, looksLikeFeed, parseFeed, parseRobots, PoliteFetcher, readUrls, robotsAllows, FetchError,
} from '../../src/ingest/sources/index.ts';
import { parseInterval } from '../../src/ingest/sources/watch.ts';
import { formatProgress } from '../../src/cli/progress.ts';
import type { ReadEvent } from '../../src/ingest/read/index.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/sources/${name}`, import.meta.url)), 'utf8');

let server: FixtureServer;
beforeAll(async () => { server = await startFixtureServer(); });
afterAll(async () => { await server.close(); });

const fetcher = () => new PoliteFetcher({ minIntervalMs: 0, timeoutMs: 5_000 });
async function collect(events: AsyncIterable<ReadEvent>): Promise<ReadEvent[]> {
  const all: ReadEvent[] = [];
  for await (const e of events) all.push(e);
  return all;
}

describe('article pages (Readability over linkedom)', () => {
  it('extracts title, date, byline and body without navigation, comments, sidebar or footer', () => {
    const page = extractPage(fixture('article.html'), 'http://127.0.0.1/article.html')!;
    expect(page.title).toBe('Velmora Energy to invest $40 million in Lyon battery plant');
    expect(page.date).toBe('2026-03-14T09:30:00Z');
    expect(page.byline).toBe('Jane Okafor');
    expect(page.source).toBe('The Harbor Ledger');
    expect(page.text.startsWith('Velmora Energy, a battery maker based in Oslo')).toBe(true);
    expect(page.text).toContain('hydroelectric dams in the Alps');
    expect(page.text.split('\n\n')).toHaveLength(4);
    for (const furniture of ['Markets Menu Link', 'Reader comment', 'football', 'Footer text', 'By Jane Okafor']) expect(page.text).not.toContain(furniture);
  });

  it('finds the date in JSON-LD or <time> when no meta tag states it', () => {
    const noMeta = fixture('article.html').replace(/<meta property="article:published_time"[^>]*>/, '');
    expect(extractPage(noMeta, 'http://x/')!.date).toBe('2026-03-14T09:30:00Z');
    const timeOnly = noMeta.replace(/<script type="application\/ld\+json">.*<\/script>/, '').replace('2026-03-14T09:30:00Z">', '2026-03-13">');
    expect(extractPage(timeOnly, 'http://x/')!.date).toBe('2026-03-13');
  });

  it('gives nothing for a page without a story', () => {
    expect(extractPage('<html><body><nav><a href="/">Home</a></nav></body></html>', 'http://x/')).toBeUndefined();
  });
});

describe('feeds (fast-xml-parser)', () => {
  it('reads RSS 2.0 items, telling full content from summaries', () => {
    const feed = parseFeed(fixture('feed.rss'));
    expect(feed.title).toBe('The Harbor Ledger — Business');
    expect(feed.items.map((i) => i.id)).toEqual(['harbor-1', 'harbor-2', 'harbor-3']);
    expect(feed.items.map((i) => i.fullContent)).toEqual([false, true, false]);
    expect(feed.items[1]!.content).toContain('Tessaly Shipping, a Greek shipowner');
    expect(feed.items[1]!.content).not.toContain('<p>');
  });

  it('reads Atom entries (alternate link, escaped HTML content)', () => {
    const feed = parseFeed(fixture('feed.atom'));
    expect(feed.items.map((i) => [i.id, i.link?.endsWith('.html'), i.fullContent])).toEqual([['urn:ridgeline:1', true, false], ['urn:ridgeline:2', true, true]]);
    expect(feed.items[1]!.content).toMatch(/^Aldermoor Bank, a lender based in Edinburgh/);
    expect(feed.items[1]!.date).toBe('2026-03-17T07:00:00Z');
  });

  it('refuses what is not a feed with one line', () => {
    expect(() => parseFeed(fixture('broken.rss'))).toThrow(/not a valid feed/);
    expect(() => parseFeed('<html><body>hi</body></html>')).toThrow(/not an RSS or Atom feed/);
    expect(looksLikeFeed(fixture('feed.atom'))).toBe(true);
    expect(looksLikeFeed(fixture('article.html'), 'text/html')).toBe(false);
  });
});

describe('robots.txt', () => {
  it('applies the group for our agent, else *, longest match wins', () => {
    const rules = parseRobots('User-agent: *\nDisallow: /private/\nAllow: /private/open$\n\nUser-agent: Newsgraph\nDisallow: /nope\n', 'newsgraph');
    expect(robotsAllows(rules, '/nope/a')).toBe(false);
    expect(robotsAllows(rules, '/private/x')).toBe(true); // our own group replaces *
    const star = parseRobots(fixture('robots.txt'), 'newsgraph');
    expect(robotsAllows(star, '/private/x.html')).toBe(false);
    expect(robotsAllows(star, '/article.html')).toBe(true);
    const open = parseRobots('User-agent: *\nDisallow: /p/\nAllow: /p/open$\n', 'newsgraph');
    expect(robotsAllows(open, '/p/open')).toBe(true);
    expect(robotsAllows(open, '/p/open/more')).toBe(false);
  });
});

describe('polite HTTP against a local server', () => {
  it('names Newsgraph, asks conditionally and handles 304', async () => {
    const f = fetcher();
    const first = await f.fetchText(`${server.base}/article.html`);
    expect(first.status).toBe('ok');
    const again = await f.fetchText(`${server.base}/article.html`, first.validators);
    expect(again.status).toBe('not-modified');
    const last = server.requests.filter((r) => r.path === '/article.html').at(-1)!;
    expect(last.status).toBe(304);
    expect(last.headers['user-agent']).toMatch(/^Newsgraph\//);
    expect(last.headers['if-none-match']).toBe(first.validators.etag);
  });

  it('refuses robots.txt-disallowed pages without requesting them, bounds redirects, caps sizes', async () => {
    const f = new PoliteFetcher({ minIntervalMs: 0, maxBytes: 100_000, maxRedirects: 3 });
    await expect(f.fetchText(`${server.base}/private/secret.html`)).rejects.toThrow(/disallowed by robots\.txt/);
    expect(server.requests.some((r) => r.path.startsWith('/private/'))).toBe(false);
    await expect(f.fetchText(`${server.base}/loop`)).rejects.toThrow(/more than 3 redirects/);
    const moved = await f.fetchText(`${server.base}/moved`);
    expect(moved.status === 'ok' && moved.url).toBe(`${server.base}/article.html`);
    await expect(f.fetchText(`${server.base}/huge.html`)).rejects.toThrow(/too large/);
    await expect(f.fetchText('http://127.0.0.1:1/x')).rejects.toBeInstanceOf(FetchError);
  });

  it('keeps a minimum interval between requests to one host', async () => {
    let now = 1_000;
    const waits: number[] = [];
    const clock = { now: () => now, sleep: async (ms: number) => { waits.push(ms); now += ms; } };
    const f = new PoliteFetcher({ minIntervalMs: 150 }, clock);
    const before = server.requests.length;
    await f.fetchText(`${server.base}/article.html`);
    await f.fetchText(`${server.base}/second.html`);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/robots.txt', '/article.html', '/second.html']);
    expect(waits).toEqual([150, 150]); // robots.txt at once, then each request one interval later
    now += 1_000; // after a quiet spell, no wait
    await f.fetchText(`${server.base}/article.html`);
    expect(waits).toEqual([150, 150]);
  });
});

describe('a connection the server closed', () => {
  it('is retried once on a fresh connection; a server that always closes is a one-line error', async () => {
    // Raw TCP: the first `drops` connections are closed as soon as a request arrives (a kept-alive
    // socket the server timed out), later ones answer.
    const start = (drops: number) => new Promise<{ base: string; close: () => void }>((resolve) => {
      let seen = 0;
      const sockets: Socket[] = [];
      const tcp = createTcpServer((socket) => {
        sockets.push(socket);
        const n = seen++;
        socket.once('data', () => {
          if (n < drops) { socket.destroy(); return; }
          socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 5\r\nconnection: close\r\n\r\nhello');
        });
      });
      tcp.listen(0, '127.0.0.1', () => {
        const { port } = tcp.address() as { port: number };
        resolve({ base: `http://127.0.0.1:${port}`, close: () => { sockets.forEach((s) => s.destroy()); tcp.close(); } });
      });
    });
    const once = await start(2); // robots.txt (its failure allows all) and the first try of the page
    try {
      const f = fetcher();
      const got = await f.fetchText(`${once.base}/page.txt`);
      expect(got.status).toBe('ok');
    } finally { once.close(); }
    const always = await start(Number.POSITIVE_INFINITY);
    try {
      await expect(fetcher().fetchText(`${always.base}/page.txt`)).rejects.toThrow(/could not connect: UND_ERR_SOCKET/);
    } finally { always.close(); }
  });
});

describe('readUrls: feeds and pages into articles', () => {
  it('ingests RSS and Atom items, reports a bad page and a bad feed by URL, and the others go on', async () => {
    const state = emptyState();
    const urls = [`${server.base}/broken.rss`, `${server.base}/feed.rss`, `${server.base}/nowhere.rss`, `${server.base}/feed.atom`, `${server.base}/article.html`];
    const events = await collect(readUrls(urls, { fetcher: fetcher(), state }));
    const articles = events.flatMap((e) => (e.article ? [e.article] : []));
    const issues = events.flatMap((e) => (e.issue ? [e.issue] : []));
    expect(articles.map((a) => a.title)).toEqual([
      'Velmora Energy to invest $40 million in Lyon battery plant',
      'Tessaly Shipping orders six vessels from Busan yard',
      'Korrin Foods buys Lisbon bakery chain',
      'Aldermoor Bank opens office in Nairobi',
      'Velmora Energy to invest $40 million in Lyon battery plant',
    ]);
    expect(articles[0]!.url).toBe(`${server.base}/article.html`);
    expect(articles[0]!.date).toBe('2026-03-14T09:30:00Z');
    expect(articles[1]!.date).toBe('2026-03-15T10:00:00Z'); // from the feed: the item had its full text
    expect(articles[0]!.id).toBe(articles[4]!.id); // the same story by feed and by URL: one article
    expect(issues.map((i) => [i.file.replace(server.base, ''), i.message.split(':')[0]])).toEqual([
      ['/broken.rss', 'could not be read'],
      ['/missing.html', 'HTTP 404 Not Found'],
      ['/nowhere.rss', 'HTTP 404 Not Found'],
    ]);
    expect(state.seen[`${server.base}/feed.rss`]).toEqual(['harbor-1', 'harbor-2']);
  });

  it('is idempotent: a second run with the state asks conditionally and yields nothing', async () => {
    const state = emptyState();
    const urls = [`${server.base}/feed.rss`, `${server.base}/feed.atom`];
    expect((await collect(readUrls(urls, { fetcher: fetcher(), state }))).filter((e) => e.article)).toHaveLength(4);
    const before = server.requests.length;
    expect(await collect(readUrls(urls, { fetcher: fetcher(), state }))).toEqual([]);
    expect(server.requests.slice(before).filter((r) => r.path !== '/robots.txt').map((r) => r.status)).toEqual([304, 304]);
    // a changed feed: only the new item is fetched
    server.routes.set('/feed.atom', { type: 'application/atom+xml', body: fixture('feed.atom').replaceAll('BASE', server.base).replace('<entry>', '<entry><title>New</title><id>urn:ridgeline:3</id><link href="' + server.base + '/article.html"/></entry><entry>') });
    const fresh = await collect(readUrls(urls, { fetcher: fetcher(), state }));
    server.routes.delete('/feed.atom');
    expect(fresh.map((e) => e.article?.url)).toEqual([`${server.base}/article.html`]);
  });
});

describe('small pure helpers', () => {
  it('parses --every durations and formats progress with rate and ETA', () => {
    expect([parseInterval('15m'), parseInterval('30s'), parseInterval('1h'), parseInterval('500ms'), parseInterval('10')]).toEqual([900_000, 30_000, 3_600_000, 500, 10_000]);
    expect(parseInterval('soon')).toBeUndefined();
    expect(parseInterval('0s')).toBeUndefined();
    expect(formatProgress(50, 10_000, 200)).toBe('50/200 articles, 5.0/s, ETA 30s');
    expect(formatProgress(50, 10_000)).toBe('50 articles, 5.0/s');
  });
});
