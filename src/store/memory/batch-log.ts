/**
 * The embedded store's batch log, `FILE.wal` beside the snapshot: each saved batch of patches is one
 * framed record (framed-log.ts), appended and fsync'ed, so a save costs what it changes rather than a
 * rewrite of the whole graph. The first record names the snapshot generation the log follows; the
 * snapshot (snapshot-codec.ts) says which log it already holds:
 *
 * - log generation = snapshot generation: every record is replayed on load;
 * - log generation = the snapshot's `base.generation` (a compaction stopped between its two renames):
 *   the records from `base.logOffset` on are replayed — the snapshot holds the ones before;
 * - anything else: the log is older than the snapshot, which holds all of it.
 *
 * Patches are idempotent merges, so replaying a record twice could never change the graph; the
 * generations only spare the time.
 */
import { serialize, deserialize } from 'node:v8';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { GraphPatch } from '../../graph/patch.ts';
import { encodeValue, decodeValue } from '../../query-workers/value-codec.ts';
import { readLog, logBytes, appendRecords, type LogScan } from './framed-log.ts';
import type { SnapshotHeader } from './snapshot-codec.ts';
import { writeFileAtomic } from './atomic-file.ts';

export const BATCH_LOG_MAGIC = 'NGBATCH1';
export const batchLogOf = (storeFile: string): string => `${storeFile}.wal`;

type BatchRecord = { kind: 'header'; generation: string } | { kind: 'patches'; patches: GraphPatch[] };

export const encodeBatch = (patches: GraphPatch[]): Buffer => serialize(encodeValue({ kind: 'patches', patches } satisfies BatchRecord));
const encodeHeader = (generation: string): Buffer => serialize({ kind: 'header', generation } satisfies BatchRecord);
const decodeRecord = (payload: Buffer): BatchRecord => decodeValue(deserialize(payload)) as BatchRecord;

export interface BatchLog {
  /** The snapshot generation the log follows; undefined = no log (or torn before its header). */
  generation: string | undefined;
  /** Where the first record after the header starts. */
  headerEnd: number;
  validEnd: number;
  tornBytes: number;
  scan: LogScan;
}

export async function readBatchLog(storeFile: string): Promise<BatchLog> {
  const scan = await readLog(batchLogOf(storeFile), BATCH_LOG_MAGIC);
  if (!scan || !scan.records.length) return { generation: undefined, headerEnd: 0, validEnd: scan?.validEnd ?? 0, tornBytes: scan?.tornBytes ?? 0, scan: scan ?? { records: [], validEnd: 0, tornBytes: 0 } };
  const first = decodeRecord(scan.records[0]!.payload);
  const headerEnd = scan.records[1]?.offset ?? scan.validEnd;
  if (first.kind !== 'header') return { generation: undefined, headerEnd: 0, validEnd: 0, tornBytes: scan.validEnd + scan.tornBytes, scan };
  return { generation: first.generation, headerEnd, validEnd: scan.validEnd, tornBytes: scan.tornBytes, scan };
}

/** The byte offset from which the log's records are not in the snapshot; undefined = none are needed. */
export function replayFrom(log: BatchLog, snapshot: Pick<SnapshotHeader, 'generation' | 'base'> | undefined): number | undefined {
  if (!snapshot || log.generation === undefined) return undefined;
  if (log.generation === snapshot.generation) return log.headerEnd;
  if (snapshot.base && log.generation === snapshot.base.generation) return Math.max(log.headerEnd, snapshot.base.logOffset);
  return undefined;
}

/** The patches of the records at or after `from` (each record's patches, in order). */
export function patchesFrom(log: BatchLog, from: number, upTo = Infinity): GraphPatch[][] {
  const out: GraphPatch[][] = [];
  for (const r of log.scan.records) {
    if (r.offset < from || r.offset >= upTo) continue;
    const rec = decodeRecord(r.payload);
    if (rec.kind === 'patches') out.push(rec.patches);
  }
  return out;
}

/**
 * Makes the log follow `generation` (under the store's lock): kept as it is when it does; when it
 * follows the snapshot's base, rewritten (atomically) as this generation's log holding the records the
 * snapshot lacks; otherwise started afresh. Returns the log as it now is on disk.
 */
export async function logFor(storeFile: string, snapshot: Pick<SnapshotHeader, 'generation' | 'base'>): Promise<BatchLog> {
  const log = await readBatchLog(storeFile);
  if (log.generation === snapshot.generation) return log;
  const from = replayFrom(log, snapshot);
  const tail = from === undefined ? [] : log.scan.records.filter((r) => r.offset >= from).map((r) => r.payload);
  await writeFileAtomic(batchLogOf(storeFile), logBytes(BATCH_LOG_MAGIC, [encodeHeader(snapshot.generation), ...tail]));
  return readBatchLog(storeFile);
}

/**
 * The log as this writer left it, without reading it: when it follows `generation` and ends exactly at
 * `end` (this writer's last append), the next record goes there. undefined when anything else may have
 * happened (then logFor reads it). A server appending one article to a large log must not read it all.
 */
export async function unchangedLog(storeFile: string, generation: string, end: number): Promise<BatchLog | undefined> {
  if (end <= 0) return undefined;
  return withLogFollowing(storeFile, generation, async (_handle, size, header) => (size !== end ? undefined
    : { generation, headerEnd: header.end, validEnd: end, tornBytes: 0, scan: { records: [], validEnd: end, tornBytes: 0 } }));
}

/**
 * Opens the store's batch log and runs `read` on it when the log exists and its first record names
 * `generation`; undefined otherwise (no log, another generation, a torn header). Closes it either way.
 */
export async function withLogFollowing<T>(storeFile: string, generation: string,
  read: (handle: FileHandle, size: number, header: { generation: string; end: number }) => Promise<T | undefined>): Promise<T | undefined> {
  let handle;
  try {
    handle = await open(batchLogOf(storeFile), 'r');
  } catch {
    return undefined;
  }
  try {
    const { size } = await handle.stat();
    const header = await readHeader(handle, size);
    return header?.generation === generation ? await read(handle, size, header) : undefined;
  } finally {
    await handle.close();
  }
}

/**
 * The generation named by a batch log's first record and where that record ends, read alone (16-byte
 * file frame, then the record); undefined when the header is missing, torn or not a header.
 */
export async function readHeader(handle: FileHandle, size: number): Promise<{ generation: string; end: number } | undefined> {
  if (size < 16) return undefined;
  const frame = Buffer.alloc(8);
  await handle.read(frame, 0, 8, 8);
  const length = frame.readUInt32LE(0);
  if (length > 4096 || 16 + length > size) return undefined;
  const payload = Buffer.alloc(length);
  await handle.read(payload, 0, length, 16);
  if (crc32(payload) !== frame.readUInt32LE(4)) return undefined;
  const first = decodeRecord(payload);
  return first.kind === 'header' ? { generation: first.generation, end: 16 + length } : undefined;
}

/** A fresh log for a new snapshot generation, with `tail` (record payloads) after its header. */
export function freshLogBytes(generation: string, tail: readonly Uint8Array[] = []): Buffer {
  return logBytes(BATCH_LOG_MAGIC, [encodeHeader(generation), ...tail]);
}

/** Appends one batch to a log that follows the snapshot (see logFor); returns the log's new end. */
export async function appendBatch(storeFile: string, log: BatchLog, patches: GraphPatch[]): Promise<number> {
  return appendRecords(batchLogOf(storeFile), BATCH_LOG_MAGIC, log.validEnd, [encodeBatch(patches)]);
}
