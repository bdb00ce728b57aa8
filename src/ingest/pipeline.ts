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
import type { Article } from '../graph/model.ts';
import type { ExtractOutcome, ExtractPool } from './extract-pool/pool.ts';
import { extractHere, poolAllowed, POOL_AFTER } from './extract-pool/extract-all.ts';

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
  /**
   * Extraction threads for long runs (default 1: this thread only). With more, the rules extractor also
   * runs in that many workers once a run passes POOL_AFTER new articles; resolution and the store stay
   * here, in article order, so the graph is the same.
   */
  workers?: number;
  /** Workers already started (the caller closes them): every article is extracted there. */
  extractPool?: ExtractPool;
}
/** Articles extracted together. */
const WINDOW = 64;
/**
 * Windows given to the workers ahead of the one being resolved: enough that they keep extracting while
 * this thread resolves, applies a batch and reads the next files (with workers only; here, a window is
 * extracted when it is given).
 */
const WINDOWS_AHEAD = 3;

export interface IngestSummary {
  files: number;
  articles: number;
  alreadyKnown: number;
  newArticles: number;
  newEntities: number;
  newRelations: number;
  issues: ReadIssue[];
  /** Extraction worker threads that took part (absent: this thread alone). */
  workers?: number;
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

  // extraction runs a window ahead of resolution: in workers when the run is long enough (see `workers`)
  type Item = { article: Article; file: string };
  type Window = { items: Item[]; outcomes: Promise<ExtractOutcome[]> };
  const wantPool = poolAllowed(extractor, options.workers);
  let starting: ExtractPool | undefined;
  let pool: ExtractPool | undefined = options.extractPool;
  let pending: Item[] = [];
  const inFlight: Window[] = [];
  let newSoFar = 0;

  const inThread = (items: Item[]): ExtractOutcome[] => items.map(({ article }) => extractHere(extractor, article));
  const extractWindow = (items: Item[]): Promise<ExtractOutcome[]> => {
    const running = pool;
    if (!running) return Promise.resolve(inThread(items));
    return running.extract(items.map((i) => i.article)).then((outcomes) => {
      summary.workers = running.size;
      return outcomes;
    }, () => {
      pool = undefined; // a worker died: this thread extracts the rest of the run
      if (running !== options.extractPool) void running.close();
      return inThread(items);
    });
  };
  const finish = async (w: Window) => {
    const outcomes = await w.outcomes;
    for (let i = 0; i < w.items.length; i++) {
      const { article, file } = w.items[i]!;
      const outcome = outcomes[i]!;
      let patch: GraphPatch | undefined;
      try {
        if (outcome.error !== undefined) throw new Error(outcome.error);
        patch = resolver.resolve(article, outcome.extraction);
      } catch (err) {
        // One article the extractor cannot handle is reported like a bad file; the run goes on.
        const issue: ReadIssue = { file: article.origin ?? file, message: `extraction failed: ${(err as Error).message ?? String(err)}` };
        summary.issues.push(issue);
        options.onIssue?.(issue);
      }
      if (patch) batch.push(withMentionCounts(locatePlaces(patch)));
      if (batch.length >= batchSize) await flushBatch();
    }
  };
  /** Gives the pending articles to the extractor and resolves the windows past those kept ahead (all, at the end). */
  const dispatch = async (last = false) => {
    if (wantPool && !pool && !starting && newSoFar >= POOL_AFTER) {
      // this thread goes on extracting while the workers start; they take the windows after they are ready
      const { ExtractPool } = await import('./extract-pool/pool.ts');
      const started = (starting = ExtractPool.create({ size: options.workers }));
      started.ready.then(() => { pool = started; }, () => undefined); // no workers (a failed start): this thread extracts
    }
    const items = pending;
    pending = [];
    if (items.length) inFlight.push({ items, outcomes: extractWindow(items) });
    const keep = last ? 0 : pool ? WINDOWS_AHEAD : 1;
    while (inFlight.length > keep) await finish(inFlight.shift()!);
  };

  try {
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
        newSoFar++;
        pending.push({ article, file: item.file });
        if (pending.length >= WINDOW) await dispatch();
      }
      options.onProgress?.({ articles: summary.articles, file: item.file });
    }
    await dispatch(true);
  } finally {
    await starting?.close();
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
