/**
 * URLs → ReadEvents for the ingest pipeline. A URL is a feed (RSS/Atom: each new item ingested, its
 * page fetched unless the item carries its full text) or an article page (Readability). Each bad page
 * or feed gives one issue naming its URL; the others go on. `state` is updated in place: the caller
 * saves it after the store has saved.
 */
import { buildArticle } from '../read/build.ts';
import type { ReadEvent } from '../read/index.ts';
import { FetchError, type PoliteFetcher } from './http.ts';
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.ts';
import { extractPage } from './page.ts';
import type { SourceState } from './state.ts';
import { isUrl } from './is-url.ts';

export interface RemoteOptions {
  fetcher: PoliteFetcher;
  state: SourceState;
  /** Called with the number of items a feed is about to give (for a progress ETA). */
  onPlanned?: (items: number) => void;
}

export { isUrl } from './is-url.ts';

function issue(url: string, message: string): ReadEvent {
  return { issue: { file: url, message }, file: url };
}

function failure(err: unknown): string {
  return err instanceof FetchError ? err.message : `could not be read: ${(err as Error).message}`;
}

async function pageEvent(url: string, options: RemoteOptions, useValidators: boolean, fallback?: FeedItem): Promise<ReadEvent | undefined> {
  const result = await options.fetcher.fetchText(url, useValidators ? options.state.http[url] : undefined);
  if (result.status === 'not-modified') return undefined;
  if (useValidators) options.state.http[url] = result.validators;
  const page = extractPage(result.text, result.url);
  if (!page) return issue(url, 'no article text found on the page');
  if (fallback?.title && !page.title) page.title = fallback.title;
  if (fallback?.date && !page.date) page.date = fallback.date;
  const built = buildArticle(page, url);
  return 'article' in built ? { article: built.article, file: url } : issue(url, built.error);
}

async function* feedEvents(url: string, text: string, options: RemoteOptions): AsyncGenerator<ReadEvent> {
  const feed = parseFeed(text);
  const seen = new Set(options.state.seen[url] ?? []);
  const fresh = feed.items.filter((item) => !seen.has(item.id));
  options.onPlanned?.(fresh.length);
  for (const item of fresh) {
    const where = item.link ?? `${url}#${item.id}`;
    try {
      let event: ReadEvent | undefined;
      if (item.fullContent && item.content) {
        const built = buildArticle({ title: item.title, text: item.content, date: item.date, url: item.link }, where);
        event = 'article' in built ? { article: built.article, file: where } : issue(where, built.error);
      } else if (item.link) {
        event = await pageEvent(item.link, options, false, item);
      } else {
        event = issue(where, 'feed item has neither full text nor a link');
      }
      if (event) yield event;
      // A failed page is tried again next time; a fetched one is not fetched again.
      if (!event?.issue) seen.add(item.id);
    } catch (err) {
      yield issue(where, failure(err));
    }
  }
  // Kept to the ids the feed still lists plus these: the file does not grow for ever.
  options.state.seen[url] = feed.items.map((i) => i.id).filter((id) => seen.has(id));
}

/** Reads each URL in turn; never throws for a bad server, page or feed. */
export async function* readUrls(urls: string[], options: RemoteOptions): AsyncGenerator<ReadEvent> {
  for (const url of urls) {
    let result;
    try {
      result = await options.fetcher.fetchText(url, options.state.http[url]);
    } catch (err) {
      yield issue(url, failure(err));
      continue;
    }
    if (result.status === 'not-modified') continue;
    try {
      if (looksLikeFeed(result.text, result.contentType)) {
        yield* feedEvents(url, result.text, options);
      } else {
        options.onPlanned?.(1);
        const page = extractPage(result.text, result.url);
        if (!page) {
          yield issue(url, 'no article text found on the page');
          continue;
        }
        const built = buildArticle(page, url);
        yield 'article' in built ? { article: built.article, file: url } : issue(url, built.error);
      }
      options.state.http[url] = result.validators;
    } catch (err) {
      yield issue(url, failure(err));
    }
  }
}
