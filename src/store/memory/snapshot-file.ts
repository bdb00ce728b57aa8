/**
 * Reading and writing the embedded store's snapshot file: binary (snapshot-codec.ts) since
 * `newsgraph-snapshot/2`; a JSON snapshot marked as Newsgraph's own (`/1`) is still read, and written
 * again in the binary form on the next compaction.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { Snapshot } from '../../graph/model.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { decodeColumns, decodeHeader, isBinarySnapshot, snapshotOfColumns, NewerSnapshotFormatError, SnapshotDecodeError, type SnapshotHeader } from './snapshot-codec.ts';
import { isColumns, type SnapshotSource } from './snapshot-graph.ts';

export const SNAPSHOT_FORMAT = 'newsgraph-snapshot/1';

export class StoreFileError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'StoreFileError';
  }
}

/**
 * Which version of the file is on disk: a save replaces the file by another (a new inode), and any
 * other writer changes at least its size or modification time. null = no file.
 */
export interface FileIdentity { ino: number; size: number; mtimeMs: number }

const identityOf = (s: Stats): FileIdentity => ({ ino: s.ino, size: s.size, mtimeMs: s.mtimeMs });

export async function fileIdentity(file: string): Promise<FileIdentity | null> {
  try {
    return identityOf(await stat(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreFileError(file, `cannot read the graph file (${(err as Error).message})`);
  }
}

export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  if (!a || !b) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** The graph file opened for reading, or null when it does not exist; any other failure names the file. */
async function openGraphFile(file: string): Promise<FileHandle | null> {
  try {
    return await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') throw new StoreFileError(file, 'is not a file; give --db a file path');
    throw new StoreFileError(file, `cannot read the graph file (${(err as Error).message})`);
  }
}

/** Returns the snapshot in `file`, or undefined when the file does not exist. Refuses anything else. */
export async function readSnapshotFile(file: string): Promise<Snapshot | undefined> {
  const { snapshot } = await readSnapshotFileVersion(file);
  return snapshot && isColumns(snapshot) ? snapshotOfColumns(snapshot).snapshot : snapshot;
}

/**
 * The snapshot and the identity of the very file it was read from (one open handle for both). A binary
 * snapshot comes as its decoded columns, which snapshot-graph.ts turns into graphology's records.
 */
export async function readSnapshotFileVersion(file: string): Promise<{ snapshot?: SnapshotSource; identity: FileIdentity | null; header?: SnapshotHeader }> {
  const handle = await openGraphFile(file);
  if (!handle) return { identity: null };
  let data: Buffer, info: Stats;
  try {
    info = await handle.stat();
    if (!info.isFile()) throw new StoreFileError(file, 'is not a file; give --db a file path');
    data = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (isBinarySnapshot(data)) {
    try {
      const snapshot = decodeColumns(data);
      return { snapshot, header: snapshot.header, identity: identityOf(info) };
    } catch (err) {
      if (err instanceof SnapshotDecodeError) throw unreadable(file, err);
      throw err;
    }
  }
  return { snapshot: parseSnapshotText(file, data.toString('utf8')), identity: identityOf(info) };
}

/** Why a binary snapshot cannot be read: written by a newer Newsgraph, or damaged. Never overwritten either way. */
function unreadable(file: string, err: Error): StoreFileError {
  if (err instanceof NewerSnapshotFormatError) return new StoreFileError(file, `was written by a newer Newsgraph (${err.message}); upgrade Newsgraph to open it — the file is left untouched`);
  return new StoreFileError(file, `is a damaged Newsgraph graph file (${err.message}); refusing to overwrite it`);
}

/** The binary snapshot's header (first bytes only), with the file's identity; no header for a JSON or missing file. */
export async function readSnapshotHeader(file: string): Promise<{ header?: SnapshotHeader; identity: FileIdentity | null }> {
  const handle = await openGraphFile(file);
  if (!handle) return { identity: null };
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new StoreFileError(file, 'is not a file; give --db a file path');
    const head = Buffer.alloc(Math.min(info.size, 64 * 1024));
    await handle.read(head, 0, head.length, 0);
    if (!isBinarySnapshot(head)) return { identity: identityOf(info) };
    try {
      return { header: decodeHeader(head).header, identity: identityOf(info) };
    } catch (err) {
      throw unreadable(file, err as Error);
    }
  } finally {
    await handle.close();
  }
}

function parseSnapshotText(file: string, text: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new StoreFileError(file, `is not valid JSON (${(err as Error).message}); refusing to overwrite it`);
  }
  const snap = data as Partial<Snapshot> | null;
  if (!snap || typeof snap !== 'object' || snap.attributes?.format !== SNAPSHOT_FORMAT) {
    throw new StoreFileError(file, `is not a Newsgraph graph file (no "attributes.format": "${SNAPSHOT_FORMAT}"); refusing to use or overwrite it — choose another --db, or load a snapshot with 'newsgraph import'`);
  }
  if (!Array.isArray(snap.nodes) || !Array.isArray(snap.edges)) {
    throw new StoreFileError(file, 'is a damaged Newsgraph graph file (nodes or edges missing); refusing to overwrite it');
  }
  return snap as Snapshot;
}

/** Writes a JSON snapshot (format /1): what `newsgraph-snapshot/1` readers and tests of it expect. */
export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(snapshot));
}
