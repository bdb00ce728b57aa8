/**
 * Compaction: the snapshot and its batch log become a new snapshot and an empty log, without stopping
 * writers for more than two renames. Under the store's lock, note where the log ends; without it,
 * load snapshot + log up to there and write the new snapshot (generation G2, base = the old generation
 * and that offset) to a temporary file; under the lock again, rename it over the snapshot, then write
 * G2's log holding the records appended meanwhile. A crash between the two renames leaves the new
 * snapshot with the old log, whose records past the offset are replayed on load (batch-log.ts).
 * One compaction at a time per store (`FILE.compact.lock`); a second one returns at once.
 */
import { stat } from 'node:fs/promises';
import graphology from 'graphology';
import { acquireStoreLock, withStoreLock, StoreLockError, type LockOptions } from './store-lock.ts';
import { readSnapshotHeader, sameIdentity } from './snapshot-file.ts';
import { batchLogOf, freshLogBytes, logFor, readBatchLog } from './batch-log.ts';
import { readStoreState } from './store-state.ts';
import { BINARY_SNAPSHOT_FORMAT, encodeSnapshot } from './snapshot-codec.ts';
import { importSnapshot } from './snapshot-graph.ts';
import { applyPatch } from './merge.ts';
import { prepareAtomicWrite, writeFileAtomic } from './atomic-file.ts';
import { newGeneration } from './generation.ts';
import { openMemoryStore } from './memory-store.ts';
import { collectIndex } from './store-index.ts';
import { indexLogTail, indexRebuilt } from './index-upkeep.ts';
import { refreshGraphTime } from '../../time/graph-time.ts';

export interface CompactionResult {
  compacted: boolean;
  /** Why nothing was done. */
  reason?: string;
  /** Batches folded into the snapshot, and the log's size before. */
  batches: number;
  logBytes: number;
  snapshotBytes: number;
  seconds: number;
}

const size = (file: string) => stat(file).then((s) => s.size, () => 0);

export async function compactStore(file: string, options: LockOptions = {}): Promise<CompactionResult> {
  const t0 = performance.now();
  const logBytes = await size(batchLogOf(file));
  const result = (compacted: boolean, batches: number, reason?: string): Promise<CompactionResult> =>
    size(file).then((snapshotBytes) => ({ compacted, batches, logBytes, snapshotBytes, seconds: (performance.now() - t0) / 1000, ...(reason ? { reason } : {}) }));
  let guard;
  try {
    guard = await acquireStoreLock(`${file}.compact`, { timeoutMs: 0 });
  } catch (err) {
    if (err instanceof StoreLockError) return result(false, 0, 'another compaction of this store is running');
    throw err;
  }
  try {
    const cut = await withStoreLock(file, options, async () => {
      const disk = await readSnapshotHeader(file);
      if (!disk.header) return { identity: disk.identity };
      const log = await logFor(file, disk.header);
      return { header: disk.header, identity: disk.identity, end: log.validEnd, records: log.scan.records.length - 1 };
    });
    if (!cut.identity) return result(false, 0, 'no store there yet');
    if (!cut.header) {
      // a JSON snapshot (format /1): written whole in the binary format, under the lock
      const store = await openMemoryStore({ file, ...options });
      store.saveWhole();
      await store.close();
      return result(true, 0);
    }
    // an empty log leaves nothing to fold, unless the snapshot is in an older binary format: rewriting it
    // gives the current one (/4: typed arrays read in place, the read-only CLI path's fast load)
    if (!cut.records && cut.header.format === BINARY_SNAPSHOT_FORMAT) return result(false, 0, 'the log is empty');
    const state = await readStoreState(file, { logUpTo: cut.end });
    if (state.header?.generation !== cut.header.generation) return result(false, 0, 'the store was replaced meanwhile');
    const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
    importSnapshot(graph, state.snapshot!);
    const ignored = { newArticles: 0, newEntities: 0, newRelations: 0 };
    for (const batch of state.replay) {
      for (const patch of batch) applyPatch(graph, patch, ignored);
      refreshGraphTime(graph, batch); // as a load replays them: the log holds patches, not the time fields they derived
    }
    let articles = 0;
    graph.forEachNode((_k, a) => { if (a.type === 'Article') articles++; });
    graph.mergeAttributes({ articles });
    const generation = newGeneration();
    const pending = await prepareAtomicWrite(file, encodeSnapshot(graph, { generation, base: { generation: cut.header.generation, logOffset: cut.end! } }));
    const indexContents = collectIndex(graph);
    return await withStoreLock(file, options, async () => {
      const disk = await readSnapshotHeader(file);
      const log = await readBatchLog(file);
      if (!sameIdentity(disk.identity, cut.identity) || log.generation !== cut.header!.generation || log.validEnd < cut.end!) {
        await pending.abort();
        return result(false, 0, 'the store was replaced meanwhile');
      }
      const tail = log.scan.records.filter((r) => r.offset >= cut.end!).map((r) => r.payload);
      await pending.commit();
      await writeFileAtomic(batchLogOf(file), freshLogBytes(generation, tail));
      await indexRebuilt(file, indexContents, generation, freshLogBytes(generation).length);
      if (tail.length) await indexLogTail(file, generation);
      return result(true, state.replay.length);
    });
  } finally {
    await guard.release();
  }
}
