/** `newsgraph ingest` on the embedded store through its index (src/ingest/indexed-ingest.ts), with the CLI's lock and compaction settings. */
import type { ReadEvent } from '../ingest/read/index.ts';
import type { Extractor } from '../extract/index.ts';
import type { IngestOptions } from '../ingest/pipeline.ts';
import { ingestWithIndex, type IndexedIngestResult } from '../ingest/indexed-ingest.ts';

export function indexedIngestCli(events: AsyncIterable<ReadEvent>, file: string, extractor: Extractor, progress: Pick<IngestOptions, 'onIssue' | 'onProgress' | 'workers'>, env: NodeJS.ProcessEnv): Promise<IndexedIngestResult> {
  const timeout = Number(env.NEWSGRAPH_LOCK_TIMEOUT_MS);
  return ingestWithIndex(events, file, {
    extractor, ...progress,
    ...(Number.isFinite(timeout) && timeout >= 0 && env.NEWSGRAPH_LOCK_TIMEOUT_MS ? { timeoutMs: timeout } : {}),
    onWait: (message) => process.stderr.write(`newsgraph: ${message}\n`),
    onCompactionDue: (f) => { void import('../store/memory/background-compaction.ts').then((m) => m.startBackgroundCompaction(f, env)); },
  });
}
