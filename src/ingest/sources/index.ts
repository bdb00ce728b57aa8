/**
 * Live sources: article pages and RSS/Atom feeds over polite HTTP, mixed with files and folders.
 *
 *   const state = await loadState(stateFileFor(db));
 *   await ingestEvents(sourceEvents(args, { fetcher: new PoliteFetcher(), state }), store);
 *   await saveState(stateFileFor(db), state);
 */
import { readArticles, type ReadEvent } from '../read/index.ts';
import { HTTP_DEFAULTS, type HttpOptions } from './http.ts';
import { isUrl, readUrls, type RemoteOptions } from './remote.ts';

export { PoliteFetcher, FetchError, HTTP_DEFAULTS, type HttpOptions, type FetchResult, type Validators } from './http.ts';
export { parseFeed, looksLikeFeed, type Feed, type FeedItem } from './feed.ts';
export { extractPage, type PageArticle } from './page.ts';
export { parseRobots, robotsAllows } from './robots.ts';
export { loadState, saveState, stateFileFor, emptyState, type SourceState } from './state.ts';
export { isUrl, readUrls, type RemoteOptions } from './remote.ts';

/** Files and folders first, then URLs: one stream of events for the pipeline. */
export async function* sourceEvents(args: string[], options: RemoteOptions): AsyncGenerator<ReadEvent> {
  const paths = args.filter((a) => !isUrl(a));
  const urls = args.filter(isUrl);
  if (paths.length) yield* readArticles(paths);
  if (urls.length) yield* readUrls(urls, options);
}

/** HTTP settings from the environment (NEWSGRAPH_HTTP_INTERVAL_MS, _TIMEOUT_MS, _MAX_BYTES); defaults otherwise. */
export function httpOptionsFromEnv(env: NodeJS.ProcessEnv): HttpOptions {
  const num = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    minIntervalMs: num('NEWSGRAPH_HTTP_INTERVAL_MS', HTTP_DEFAULTS.minIntervalMs),
    timeoutMs: num('NEWSGRAPH_HTTP_TIMEOUT_MS', HTTP_DEFAULTS.timeoutMs),
    maxBytes: num('NEWSGRAPH_HTTP_MAX_BYTES', HTTP_DEFAULTS.maxBytes),
  };
}
