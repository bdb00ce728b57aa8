/**
 * Polite HTTP for live sources: a User-Agent naming Newsgraph, conditional requests (ETag /
 * Last-Modified; a 304 is "unchanged"), a timeout per request, a minimum interval per host,
 * robots.txt respected, redirects bounded, bodies capped. Failures are FetchError with a one-line
 * message; nothing here throws anything else for a bad server.
 */
import { decodeBytes } from '../read/decode.ts';
import { parseRobots, robotsAllows, type RobotsRules } from './robots.ts';

export const HTTP_DEFAULTS = {
  userAgent: 'Newsgraph/0.1 (+https://github.com/newsgraph; news knowledge-graph builder)',
  timeoutMs: 15_000,
  /** Between two requests to one host. */
  minIntervalMs: 1_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
};

export type HttpOptions = Partial<typeof HTTP_DEFAULTS>;

export interface Validators { etag?: string; lastModified?: string }

export type FetchResult =
  | { status: 'ok'; url: string; text: string; contentType: string; validators: Validators }
  | { status: 'not-modified'; url: string; validators: Validators };

export class FetchError extends Error {}

const STALE_SOCKET = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'UND_ERR_CLOSED', 'EPIPE']);

function causeCode(err: unknown): string | undefined {
  return (err as { cause?: { code?: string } }).cause?.code;
}

function fetchFailure(err: unknown, timeoutMs: number): FetchError {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return new FetchError(`timed out after ${timeoutMs / 1000}s`);
  return new FetchError(`could not connect: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
}

/** Time, injectable so the per-host interval can be tested without timing anything. */
export interface Clock { now(): number; sleep(ms: number): Promise<void> }
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export class PoliteFetcher {
  readonly options: typeof HTTP_DEFAULTS;
  private nextSlot = new Map<string, number>();
  private robots = new Map<string, Promise<RobotsRules>>();

  constructor(options: HttpOptions = {}, private clock: Clock = realClock) {
    this.options = { ...HTTP_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  }

  /** Waits for this host's turn: requests to one host are at least minIntervalMs apart. */
  private async turn(host: string): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.options.minIntervalMs);
    if (slot > now) await this.clock.sleep(slot - now);
  }

  private async request(url: URL, headers: Record<string, string>): Promise<Response> {
    await this.turn(url.host);
    const init = {
      headers: { 'user-agent': this.options.userAgent, ...headers },
      redirect: 'manual' as const,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    };
    try {
      return await fetch(url, init);
    } catch (err) {
      // A kept-alive connection the server closed while we were busy (extracting the previous page)
      // fails at once; a GET is safe to send again, once, on a fresh connection.
      if (!STALE_SOCKET.has(causeCode(err) ?? '')) throw fetchFailure(err, this.options.timeoutMs);
      try {
        return await fetch(url, init);
      } catch (again) {
        throw fetchFailure(again, this.options.timeoutMs);
      }
    }
  }

  /** The body as bytes, refused past maxBytes (a header that says so, or the stream that grows past it). */
  private async body(response: Response): Promise<Buffer> {
    const max = this.options.maxBytes;
    const stated = Number(response.headers.get('content-length') ?? NaN);
    if (stated > max) {
      await response.body?.cancel();
      throw new FetchError(`too large (${stated} bytes, limit ${max})`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > max) throw new FetchError(`too large (over ${max} bytes)`);
        chunks.push(chunk);
      }
    }
    return Buffer.concat(chunks);
  }

  private rulesFor(url: URL): Promise<RobotsRules> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = (async () => {
        try {
          const response = await this.request(new URL('/robots.txt', url.origin), {});
          if (response.status !== 200) {
            await response.body?.cancel();
            return { allow: [], disallow: [] }; // no robots.txt: everything allowed
          }
          return parseRobots((await this.body(response)).toString('utf8'), 'newsgraph');
        } catch {
          return { allow: [], disallow: [] };
        }
      })();
      this.robots.set(url.origin, rules);
    }
    return rules;
  }

  /** Fetches a page or feed as text. Throws FetchError (one line) for anything but a usable answer. */
  async fetchText(address: string, validators: Validators = {}): Promise<FetchResult> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new FetchError('not a valid URL');
    }
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`unsupported protocol ${url.protocol}`);
      if (!robotsAllows(await this.rulesFor(url), url.pathname + url.search)) throw new FetchError('disallowed by robots.txt');
      const headers: Record<string, string> = { accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' };
      if (hop === 0 && validators.etag) headers['if-none-match'] = validators.etag;
      if (hop === 0 && validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const response = await this.request(url, headers);
      const got: Validators = {};
      const etag = response.headers.get('etag'), lastModified = response.headers.get('last-modified');
      if (etag) got.etag = etag;
      if (lastModified) got.lastModified = lastModified;
      if (response.status === 304) return { status: 'not-modified', url: url.href, validators: { ...validators, ...got } };
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FetchError(`HTTP ${response.status} without a Location`);
        if (hop >= this.options.maxRedirects) throw new FetchError(`more than ${this.options.maxRedirects} redirects`);
        url = new URL(location, url);
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const decoded = decodeBytes(await this.body(response));
      if ('error' in decoded) throw new FetchError(decoded.error);
      return { status: 'ok', url: url.href, text: decoded.text, contentType: (response.headers.get('content-type') ?? '').toLowerCase(), validators: got };
    }
  }
}
