/**
 * Keeping the store index (store-index.ts) in step with the snapshot and its batch log, from the
 * writers that change them: a whole save and a compaction write a new base from their graph; an
 * appended batch adds a delta when the index reached the log's end before it, or — from a process whose
 * graph is exactly the log's state (a full-load CLI ingest) — a new base. The index is a cache of
 * the store: failing to keep it is never an error of the save (it is then out of step, and the next
 * ingest loads the graph and rebuilds it).
 */
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { GraphPatch } from '../../graph/patch.ts';
import { stat } from 'node:fs/promises';
import { collectIndex, indexFileOf, indexLogOf, StoreIndex, writeIndex, type IndexContents } from './store-index.ts';
import { patchesFrom, readBatchLog } from './batch-log.ts';

function warn(storeFile: string, err: unknown): void {
  if (process.env.NEWSGRAPH_DEBUG) process.stderr.write(`newsgraph: ${storeFile}: the store index was not kept (${(err as Error).message}); the next ingest rebuilds it\n`);
}

/** After a whole save or a compaction (under the store's lock): a new base at batch-log byte `logEnd`. */
export async function indexRebuilt(storeFile: string, contents: IndexContents, generation: string, logEnd: number): Promise<void> {
  try {
    await writeIndex(storeFile, contents, generation, logEnd);
  } catch (err) {
    warn(storeFile, err);
  }
}

/**
 * After a batch was appended at batch-log bytes [from, to) (under the store's lock). `graph`, when
 * given, holds exactly the store's state at `to`: it rebuilds an index that was out of step.
 */
export async function indexAppended(storeFile: string, generation: string, from: number, to: number, patches: readonly GraphPatch[], graph?: Graph): Promise<void> {
  let index: StoreIndex | undefined;
  try {
    index = await keptIndex(storeFile);
    if (index && index.generation === generation && index.logEnd === from) {
      await index.appendDelta(index.noteBatch(patches, from, to));
      await keepIndex(storeFile, index);
      index = undefined; // kept open for the next batch
    } else if (graph) {
      await writeIndex(storeFile, collectIndex(graph), generation, to);
    }
  } catch (err) {
    warn(storeFile, err);
  } finally {
    index?.close();
  }
}

/**
 * The index this process appended to last, kept open: a server appends one batch at a time, and opening
 * the index replays its whole delta log (a cost that grew with every batch until the next compaction).
 * Reused only while the base and its delta log are the files this process left (same inode, size and
 * time): another writer's delta, a new base or a compaction makes the next batch open it afresh.
 */
const kept = new Map<string, { index: StoreIndex; stamp: string }>();

async function indexStamp(storeFile: string): Promise<string | undefined> {
  try {
    const [base, log] = await Promise.all([stat(indexFileOf(storeFile)), stat(indexLogOf(storeFile))]);
    return `${base.ino}:${base.size}:${base.mtimeMs}|${log.ino}:${log.size}:${log.mtimeMs}`;
  } catch {
    return undefined;
  }
}

async function keptIndex(storeFile: string): Promise<StoreIndex | undefined> {
  const k = kept.get(storeFile);
  if (k) {
    kept.delete(storeFile);
    if (k.stamp === (await indexStamp(storeFile))) return k.index;
    k.index.close();
  }
  return StoreIndex.open(storeFile);
}

async function keepIndex(storeFile: string, index: StoreIndex): Promise<void> {
  const stamp = await indexStamp(storeFile);
  if (stamp) kept.set(storeFile, { index, stamp });
  else index.close();
}

/** After a compaction kept the batches appended meanwhile in the new log: their deltas. */
export async function indexLogTail(storeFile: string, generation: string): Promise<void> {
  const log = await readBatchLog(storeFile);
  if (log.generation !== generation) return;
  const records = log.scan.records.slice(1);
  for (let i = 0; i < records.length; i++) {
    const from = records[i]!.offset, to = records[i + 1]?.offset ?? log.validEnd;
    await indexAppended(storeFile, generation, from, to, patchesFrom(log, from, to)[0] ?? []);
  }
}
