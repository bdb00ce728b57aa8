/**
 * `newsgraph serve --watch DIR|FEED_URL…`: the server keeps ingesting what arrives, as `newsgraph
 * watch` does, but into its own graph: each pass runs under the graph's write lock, its batches are
 * appended to the store's log, and viewers following GET /api/events see the new nodes and edges.
 */
import type { Store } from '../../store/store.ts';
import { ingestEvents, type IngestSummary } from '../../ingest/pipeline.ts';
import { createExtractor } from '../../extract/index.ts';
import { PoliteFetcher, httpOptionsFromEnv, loadState, saveState, stateFileFor } from '../../ingest/sources/index.ts';
import { watchPass } from '../../ingest/sources/watch.ts';

export interface ServerWatchOptions {
  store: Store;
  /** Folders, feed or page URLs. */
  sources: string[];
  everyMs: number;
  /** The store's file, for the sources state beside it. */
  storeFile?: string;
  writeLock?: { acquire(timeoutMs: number): Promise<void>; release(): void };
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export interface ServerWatch {
  /** Resolves when the current pass has saved. */
  stop(): Promise<void>;
  /** Resolves after the next pass ends (tests). */
  nextPass(): Promise<IngestSummary>;
}

export function startServerWatch(options: ServerWatchOptions): ServerWatch {
  const stop = new AbortController();
  const fetcher = new PoliteFetcher(httpOptionsFromEnv(options.env ?? process.env));
  const extractor = createExtractor();
  const stateFile = stateFileFor(options.storeFile);
  const reported = new Set<string>();
  let waiters: Array<(s: IngestSummary) => void> = [];
  const loop = (async () => {
    const state = await loadState(stateFile);
    while (!stop.signal.aborted) {
      const started = Date.now();
      let summary: IngestSummary | undefined;
      await options.writeLock?.acquire(60_000);
      try {
        summary = await ingestEvents(watchPass(options.sources, { fetcher, state, reported, signal: stop.signal }), options.store, {
          extractor, save: false, keepResolver: true,
          onIssue: (issue) => options.log(`${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`),
        });
      } catch (err) {
        options.log(`watch pass failed: ${(err as Error).message}`);
      } finally {
        options.writeLock?.release();
      }
      try {
        await options.store.flush();
        await saveState(stateFile, state);
      } catch (err) {
        options.log(`cannot save: ${(err as Error).message}`);
      }
      if (summary?.newArticles) {
        options.log(`watch: ${summary.newArticles} new articles, ${summary.newEntities} new entities, ${summary.newRelations} new relations in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      }
      const done = waiters;
      waiters = [];
      for (const w of done) w(summary ?? { files: 0, articles: 0, alreadyKnown: 0, newArticles: 0, newEntities: 0, newRelations: 0, issues: [] });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.everyMs);
        stop.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
      });
    }
  })();
  return {
    stop: async () => { stop.abort(); await loop; },
    nextPass: () => new Promise((resolve) => waiters.push(resolve)),
  };
}
