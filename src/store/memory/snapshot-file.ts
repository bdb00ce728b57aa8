/** Reading and writing the embedded store's file: a JSON snapshot marked as Newsgraph's own. */
import { readFile, stat } from 'node:fs/promises';
import type { Snapshot } from '../../graph/model.ts';
import { writeFileAtomic } from './atomic-file.ts';

export const SNAPSHOT_FORMAT = 'newsgraph-snapshot/1';

export class StoreFileError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'StoreFileError';
  }
}

/** Returns the snapshot in `file`, or undefined when the file does not exist. Refuses anything else. */
export async function readSnapshotFile(file: string): Promise<Snapshot | undefined> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreFileError(file, `cannot read the graph file (${(err as Error).message})`);
  }
  if (!info.isFile()) throw new StoreFileError(file, 'is not a file; give --db a file path');
  const text = await readFile(file, 'utf8');
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

export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(snapshot));
}
