/**
 * What the store's files hold together: the snapshot and the batches of its log that the snapshot
 * lacks (batch-log.ts). Read without a lock: a compaction publishes the snapshot first and the log
 * second, and a reader that read a snapshot and then a log of a later generation reads again.
 */
import type { Snapshot } from '../../graph/model.ts';
import type { GraphPatch } from '../../graph/patch.ts';
import { readSnapshotFileVersion, fileIdentity, sameIdentity, type FileIdentity } from './snapshot-file.ts';
import { readBatchLog, replayFrom, patchesFrom, type BatchLog } from './batch-log.ts';
import { restorePropertyTypes } from './property-types.ts';
import type { SnapshotHeader } from './snapshot-codec.ts';
import { isColumns, type SnapshotSource } from './snapshot-graph.ts';

export interface StoreState {
  /** Columns of a binary snapshot, or a JSON snapshot's nodes and edges: into a graph with importSnapshot. */
  snapshot?: SnapshotSource;
  header?: SnapshotHeader;
  identity: FileIdentity | null;
  /** Batches to apply over the snapshot, oldest first. */
  replay: GraphPatch[][];
  /** The log's end as read, when the log follows this snapshot's generation; -1 otherwise. */
  logPos: number;
  log?: BatchLog;
}

/** Reads snapshot and log; `logUpTo` stops the replay before that byte (a compaction's cut). */
export async function readStoreState(file: string, options: { logUpTo?: number } = {}): Promise<StoreState> {
  for (let attempt = 0; ; attempt++) {
    const { snapshot, identity, header } = await readSnapshotFileVersion(file);
    if (!snapshot) return { identity, replay: [], logPos: 0 };
    if (!header || !isColumns(snapshot)) {
      // a JSON snapshot (format /1) has no log: it was saved whole
      await restorePropertyTypes(snapshot as Snapshot);
      return { snapshot, identity, replay: [], logPos: 0 };
    }
    const log = await readBatchLog(file);
    const from = replayFrom(log, header);
    if (from === undefined && log.generation !== undefined && attempt < 3) {
      // a log of another generation: stale, or a compaction published snapshot and log between our reads
      const now = await fileIdentity(file);
      if (!sameIdentity(now, identity)) continue;
    }
    const replay = from === undefined ? [] : patchesFrom(log, from, options.logUpTo);
    const logPos = log.generation === header.generation ? log.validEnd : from === undefined ? 0 : -1;
    return { snapshot, header, identity, replay, logPos, log };
  }
}
