/**
 * `newsgraph ingest` on a store a server is running on: the files are read here (their issues reported
 * here, with file and line) and the articles sent to the server's `POST /api/ingest` in batches, so the
 * server — the store's one writer — extracts and saves them. Writing the file beside it would be
 * undone by its next save.
 */
import type { IngestSummary, IngestOptions } from '../ingest/pipeline.ts';
import type { Article } from '../graph/model.ts';
import { readArticles, type ReadEvent, type ReadIssue } from '../ingest/read/index.ts';
import type { ServerDiscovery } from '../server/discovery.ts';

export const REMOTE_INGEST_DEFAULTS = {
  batchArticles: 500,
  /** Below the route's body limit (32 MiB), with room for JSON escaping. */
  batchBytes: 8 * 1024 * 1024,
} as const;

export class RemoteIngestError extends Error {}

type Reply = Omit<IngestSummary, 'files'>;

async function send(server: ServerDiscovery, articles: Article[], extractor: string): Promise<Reply> {
  let res: Response;
  try {
    res = await fetch(new URL('/api/ingest', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(server.token ? { authorization: `Bearer ${server.token}` } : {}) },
      body: JSON.stringify({ articles, extractor }),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new RemoteIngestError(`a server is registered on this store (pid ${server.pid}, ${server.url}) but does not answer (${cause?.code ?? cause?.message ?? (err as Error).message}); stop it, or wait until it has started`);
  }
  const body = (await res.json().catch(() => undefined)) as (Reply & { error?: { message?: string } }) | undefined;
  if (!res.ok || !body || body.error) {
    throw new RemoteIngestError(`the server at ${server.url} refused the articles: HTTP ${res.status}${body?.error?.message ? ` — ${body.error.message}` : ''}`);
  }
  return body;
}

export async function ingestThroughServer(paths: string[], server: ServerDiscovery, extractor: string, options: Pick<IngestOptions, 'onIssue' | 'onProgress'> = {}, events?: AsyncIterable<ReadEvent>): Promise<IngestSummary> {
  const summary: IngestSummary = { files: 0, articles: 0, alreadyKnown: 0, newArticles: 0, newEntities: 0, newRelations: 0, issues: [] };
  const files = new Set<string>();
  let batch: Article[] = [];
  let bytes = 0;
  const report = (issue: ReadIssue) => { summary.issues.push(issue); options.onIssue?.(issue); };
  const flush = async () => {
    if (!batch.length) return;
    const reply = await send(server, batch, extractor);
    summary.articles += reply.articles;
    summary.alreadyKnown += reply.alreadyKnown;
    summary.newArticles += reply.newArticles;
    summary.newEntities += reply.newEntities;
    summary.newRelations += reply.newRelations;
    for (const issue of reply.issues ?? []) report(issue);
    batch = [];
    bytes = 0;
  };
  let read = 0;
  for await (const item of events ?? readArticles(paths)) {
    files.add(item.file);
    if (item.issue) { report(item.issue); continue; }
    if (!item.article) continue;
    const article = item.article;
    const size = Buffer.byteLength(article.text) + Buffer.byteLength(article.title) + 256;
    if (batch.length && (batch.length >= REMOTE_INGEST_DEFAULTS.batchArticles || bytes + size > REMOTE_INGEST_DEFAULTS.batchBytes)) await flush();
    batch.push(article);
    bytes += size;
    options.onProgress?.({ articles: ++read, file: item.file });
  }
  await flush();
  summary.files = files.size;
  return summary;
}
