/**
 * Ingest into the embedded store without loading its graph: articles are resolved against the store
 * index (src/store/memory/store-index.ts) and appended to the batch log as one batch, as a full-load
 * ingest would append them — the same patches, so the graph loaded afterwards is the same. Used by
 * `newsgraph ingest` when no server runs on the store; adding one article to a large store then costs
 * the look-ups it makes, not a load of the graph.
 *
 * It declines (and the caller ingests as before, loading the graph) when the index is missing or out of
 * step with the store, when the run is large (past INDEXED_INGEST_DEFAULTS.maxArticles a load pays for
 * itself), or when the curation log would change the graph after this ingest (a standing merge or
 * rejection the new articles touch): what the index cannot do, the graph does.
 */
import type { Article } from '../graph/model.ts';
import type { GraphPatch } from '../graph/patch.ts';
import type { ReadEvent, ReadIssue } from './read/index.ts';
import type { Extraction, Extractor } from '../extract/index.ts';
import type { IngestOptions, IngestSummary } from './pipeline.ts';
import { Resolver } from '../resolve/index.ts';
import { extractAll } from './extract-pool/extract-all.ts';
import { locatePlaces } from '../geo/locate.ts';
import { withMentionCounts } from '../time/mention-counts.ts';
import { StoreIndex, indexLogEnd } from '../store/memory/store-index.ts';
import { readSnapshotHeader } from '../store/memory/snapshot-file.ts';
import { withStoreLock, type LockOptions } from '../store/memory/store-lock.ts';
import { removeOrphanedTemps } from '../store/memory/atomic-file.ts';
import { appendRecords } from '../store/memory/framed-log.ts';
import { BATCH_LOG_MAGIC, batchLogOf, encodeBatch, logFor } from '../store/memory/batch-log.ts';
import { STORE_DEFAULTS } from '../store/memory/defaults.ts';
import { logFileFor, readLog } from '../curate/log-file.ts';
import { logState, mergeMap, rejections } from '../curate/log-state.ts';

export const INDEXED_INGEST_DEFAULTS = {
  /** Past this many articles in one run, loading the graph costs less than it saves. */
  maxArticles: 2000,
} as const;

export interface IndexedIngestOptions extends Pick<IngestOptions, 'onIssue' | 'onProgress' | 'workers'>, LockOptions {
  extractor: Extractor;
  onCompactionDue?: (file: string) => void;
  /** The store index's delta log past which a compaction is due (default STORE_DEFAULTS.compactMaxIndexDeltaBytes). */
  compactIndexDeltaBytes?: number;
}

export type IndexedIngestResult = { summary: IngestSummary } | { declined: string; events: AsyncIterable<ReadEvent> };

/** Events read so far, then the rest: what a declined run hands back. */
async function* replay(read: readonly ReadEvent[], rest: AsyncIterator<ReadEvent>): AsyncGenerator<ReadEvent> {
  yield* read;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* iterate(events: AsyncIterable<ReadEvent> | Iterable<ReadEvent>): AsyncGenerator<ReadEvent> {
  yield* events;
}

/** Whether the index is there for the snapshot on disk (a hint taken without the lock; checked again under it). */
async function indexReady(file: string): Promise<boolean> {
  const disk = await readSnapshotHeader(file).catch(() => undefined);
  if (!disk?.header) return false;
  const index = await StoreIndex.open(file);
  index?.close();
  return index?.generation === disk.header.generation;
}

export async function ingestWithIndex(events: AsyncIterable<ReadEvent> | Iterable<ReadEvent>, file: string, options: IndexedIngestOptions): Promise<IndexedIngestResult> {
  const source = iterate(events);
  if (!(await indexReady(file))) return { declined: 'no store index in step with the store', events: source };
  // read the run (quietly: a declined run is read again by the full ingest, which reports as it goes)
  const read: ReadEvent[] = [];
  let articles = 0;
  for (let next = await source.next(); !next.done; next = await source.next()) {
    read.push(next.value);
    if (next.value.article && ++articles > INDEXED_INGEST_DEFAULTS.maxArticles) return { declined: 'a large run', events: replay(read, source) };
  }
  const again = () => replay(read, source);

  const summary: IngestSummary = { files: new Set(read.map((e) => e.file)).size, articles: 0, alreadyKnown: 0, newArticles: 0, newEntities: 0, newRelations: 0, issues: [] };
  const issue = (i: ReadIssue) => { summary.issues.push(i); options.onIssue?.(i); };
  // extraction needs no store: done before the lock is taken
  const hint = await StoreIndex.open(file);
  const work: Array<{ event: ReadEvent; article?: Article; extraction?: Extraction; error?: string }> = [];
  const seen = new Set<string>();
  try {
    for (const event of read) {
      const article = event.article;
      if (!article || seen.has(article.id) || hint?.hasArticle(article.id)) { work.push({ event }); continue; }
      seen.add(article.id);
      work.push({ event, article });
    }
  } finally {
    hint?.close();
  }
  const fresh = work.filter((w) => w.article);
  const extracted = await extractAll(fresh.map((w) => w.article!), options.extractor, options.workers);
  fresh.forEach((w, i) => Object.assign(w, extracted.outcomes[i]));

  const outcome = await withStoreLock(file, options, async (): Promise<'ok' | string> => {
    await removeOrphanedTemps(file, 'all');
    const disk = await readSnapshotHeader(file);
    if (!disk.header) return 'no binary snapshot';
    const index = await StoreIndex.open(file);
    if (!index) return 'no store index';
    try {
      let logEnd = await indexLogEnd(file, index, disk.header.generation);
      if (logEnd === undefined && index.generation === disk.header.generation) {
        // the log may not follow this snapshot yet (a whole save leaves the old one): as an append starts it
        const log = await logFor(file, disk.header);
        if (log.validEnd === index.logEnd) logEnd = log.validEnd;
      }
      if (logEnd === undefined) return 'the store index is out of step with the batch log';

      const resolver = new Resolver([], index);
      const patches: GraphPatch[] = [];
      const entities = new Set<string>(), relations = new Set<string>();
      const counts = { articles: 0, alreadyKnown: 0, newArticles: 0, newEntities: 0, newRelations: 0 };
      const issues: ReadIssue[] = [];
      const known = new Set<string>();
      for (const w of work) {
        if (w.event.issue) { issues.push(w.event.issue); continue; }
        const article = w.event.article;
        if (!article) continue;
        counts.articles++;
        if (!w.article || index.hasArticle(article.id) || known.has(article.id)) { counts.alreadyKnown++; continue; }
        known.add(article.id);
        let patch: GraphPatch | undefined;
        try {
          if (w.error !== undefined) throw new Error(w.error);
          patch = resolver.resolve(article, w.extraction!);
        } catch (err) {
          issues.push({ file: article.origin ?? w.event.file, message: `extraction failed: ${(err as Error).message ?? String(err)}` });
        }
        if (!patch) continue;
        patch = withMentionCounts(locatePlaces(patch));
        patches.push(patch);
        counts.newArticles++;
        for (const e of patch.entities) if (!entities.has(e.id) && !index.hasId(e.id)) { entities.add(e.id); counts.newEntities++; }
        for (const r of patch.relations) if (!relations.has(r.key) && !index.hasRelation(r.key)) { relations.add(r.key); counts.newRelations++; }
      }
      if (counts.newArticles && await curationWouldAct(file, index, patches)) return 'the curation log has a standing merge or rejection these articles touch';
      if (patches.length) {
        const end = await appendRecords(batchLogOf(file), BATCH_LOG_MAGIC, logEnd, [encodeBatch(patches)]);
        try {
          await index.appendDelta(index.noteBatch(patches, logEnd, end));
        } catch { /* the index is out of step now: the next ingest loads the graph and rebuilds it */ }
        const limit = Math.max(STORE_DEFAULTS.compactMinLogBytes, STORE_DEFAULTS.compactLogRatio * (disk.identity?.size ?? 0));
        if (end > limit || index.deltaBytes > (options.compactIndexDeltaBytes ?? STORE_DEFAULTS.compactMaxIndexDeltaBytes)) options.onCompactionDue?.(file);
      }
      Object.assign(summary, counts);
      for (const i of issues) issue(i);
      return 'ok';
    } finally {
      index.close();
    }
  });
  if (outcome !== 'ok') return { declined: outcome, events: again() };
  options.onProgress?.({ articles: summary.articles, file: read[read.length - 1]?.file ?? '' });
  if (extracted.workers) summary.workers = extracted.workers;
  return { summary };
}

/**
 * Whether enforcing the curation log after adding `patches` would change the graph (curate/enforce.ts):
 * a merged-away entity present beside the one it was merged into, or a rejected entity or relation present.
 */
async function curationWouldAct(file: string, index: StoreIndex, patches: readonly GraphPatch[]): Promise<boolean> {
  const entries = await readLog(logFileFor(file));
  if (!entries.length) return false;
  const state = logState(entries);
  const ids = new Set(patches.flatMap((p) => p.entities.map((e) => e.id)));
  const keys = new Set(patches.flatMap((p) => p.relations.map((r) => r.key)));
  const isEntity = (id: string) => ids.has(id) || index.hasId(id);
  for (const [gone, keep] of mergeMap(state)) if (gone !== keep && isEntity(gone) && isEntity(keep)) return true;
  for (const target of rejections(state).keys()) if (isEntity(target) || keys.has(target) || index.hasRelation(target)) return true;
  return false;
}
