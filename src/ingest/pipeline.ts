/**
 * The ingest pipeline: read → extract → resolve → apply to a store. Articles already in the store are
 * skipped (same text, same id), so re-ingesting changes nothing. Bad files are reported, never fatal.
 */
import type { Store } from '../store/store.ts';
import type { GraphPatch } from '../graph/patch.ts';
import { readArticles, type ReadEvent, type ReadIssue } from './read/index.ts';
import { createExtractor, type Extractor } from '../extract/index.ts';
import { Resolver } from '../resolve/index.ts';
import { knownInvestments } from './known-investments.ts';
import { cachedResolver, resolverRunEnded } from './resolver-cache.ts';
import { locatePlaces } from '../geo/locate.ts';
import { enforceCuration } from '../curate/index.ts';
import { withMentionCounts } from '../time/mention-counts.ts';

export interface IngestProgress { articles: number; file: string }

export interface IngestOptions {
  extractor?: Extractor;
  /** Patches applied per store call (Neo4j: one transaction each). */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  onIssue?: (issue: ReadIssue) => void;
  /** Save the store at the end (default true; the server saves after releasing its write lock). */
  save?: boolean;
  /** Keep the resolver between runs on the same store (a server: see resolver-cache.ts). */
  keepResolver?: boolean;
}

export interface IngestSummary {
  files: number;
  articles: number;
  alreadyKnown: number;
  newArticles: number;
  newEntities: number;
  newRelations: number;
  issues: ReadIssue[];
  /** The curation log's decisions enforced on what this ingest added (only when it changed something). */
  curation?: { remerged: number; hidden: number; restated: number };
}

export async function ingest(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestEvents(readArticles(paths), store, options);
}

/** The pipeline after reading: articles (and the readers' issues) from any source, e.g. an HTTP request. */
export async function ingestEvents(events: AsyncIterable<ReadEvent> | Iterable<ReadEvent>, store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const extractor = options.extractor ?? createExtractor();
  const resolver = options.keepResolver ? await cachedResolver(store) : new Resolver(await store.knownEntities());
  if (!options.keepResolver) resolver.knowInvestments(await knownInvestments(store));
  const batchSize = options.batchSize ?? 200;
  const summary: IngestSummary = { files: 0, articles: 0, alreadyKnown: 0, newArticles: 0, newEntities: 0, newRelations: 0, issues: [] };
  const files = new Set<string>();
  const seen = new Set<string>();
  let batch: GraphPatch[] = [];

  const flushBatch = async () => {
    if (!batch.length) return;
    const s = await store.apply(batch);
    summary.newArticles += s.newArticles;
    summary.newEntities += s.newEntities;
    summary.newRelations += s.newRelations;
    batch = [];
  };

  for await (const item of events) {
    files.add(item.file);
    if (item.issue) {
      summary.issues.push(item.issue);
      options.onIssue?.(item.issue);
      continue;
    }
    const article = item.article;
    if (!article) continue;
    summary.articles++;
    if (seen.has(article.id) || (await store.hasArticle(article.id))) {
      summary.alreadyKnown++;
    } else {
      seen.add(article.id);
      let patch: GraphPatch | undefined;
      try {
        patch = resolver.resolve(article, extractor.extract(article));
      } catch (err) {
        // One article the extractor cannot handle is reported like a bad file; the run goes on.
        const issue: ReadIssue = { file: article.origin ?? item.file, message: `extraction failed: ${(err as Error).message ?? String(err)}` };
        summary.issues.push(issue);
        options.onIssue?.(issue);
      }
      if (patch) batch.push(withMentionCounts(locatePlaces(patch)));
      if (batch.length >= batchSize) await flushBatch();
    }
    options.onProgress?.({ articles: summary.articles, file: item.file });
  }
  await flushBatch();
  // a cached resolver is dropped when curation below changes the graph (its order/size)
  if (options.keepResolver) resolverRunEnded(store, resolver);
  // analysts' corrections survive re-ingest: merged aliases stay merged, rejected statements stay hidden
  const curated = summary.newArticles ? await enforceCuration(store) : undefined;
  if (curated && (curated.remerged || curated.hidden)) summary.curation = { remerged: curated.remerged, hidden: curated.hidden, restated: curated.restated.length };
  if (options.save !== false) await store.flush();
  summary.files = files.size;
  return summary;
}
