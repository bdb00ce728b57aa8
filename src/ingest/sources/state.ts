/**
 * What live sources have already given, kept beside the store (`graph.json` → `graph.json.sources.json`):
 * feed item ids seen, validators (ETag / Last-Modified) per URL, and for watched folders each file's
 * size and mtime. Article ids are content hashes, so losing this file re-fetches but adds nothing.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Validators } from './http.ts';

export interface SourceState {
  /** Feed URL → ids of items already ingested. */
  seen: Record<string, string[]>;
  http: Record<string, Validators>;
  /** Watched file → `size:mtimeMs` when last read. */
  files: Record<string, string>;
}

export const emptyState = (): SourceState => ({ seen: {}, http: {}, files: {} });

export function stateFileFor(db: string | undefined): string {
  return `${db ?? 'data/graph.json'}.sources.json`;
}

export async function loadState(file: string): Promise<SourceState> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<SourceState>;
    return { seen: data.seen ?? {}, http: data.http ?? {}, files: data.files ?? {} };
  } catch {
    return emptyState(); // missing or unreadable: start afresh (idempotence comes from article ids)
  }
}

/** Written to a temporary file then renamed, so a crash never leaves half a state file. */
export async function saveState(file: string, state: SourceState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state));
  await rename(tmp, file);
}
