/**
 * The curation log on disk: JSON lines beside the store file (`graph.json.curation.jsonl`). Lines are
 * only ever appended, each with one write on a file opened for appending and then fsynced, so two
 * writers never interleave inside a line and a crash loses at most the line being written (a torn last
 * line is ignored on reading). Element images keep the property types JSON blurs (points, integral
 * floats, temporal values), as the store file does.
 */
import { open, readFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tagsOf, restorePropertyTypes, PROPERTY_TYPES_ATTRIBUTE, type PropertyTypes } from '../store/memory/property-types.ts';
import type { Snapshot } from '../graph/model.ts';
import type { ElementImage, GraphDiff, LogEntry } from './types.ts';

export const logFileFor = (storeFile: string): string => `${storeFile}.curation.jsonl`;

export class CurationLogError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'CurationLogError';
  }
}

type StoredImage = ElementImage & { types?: Record<string, string> };

/** bigints as in the store file: strings beyond 2^53 (their type tag brings them back). */
function replacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  return v;
}

function tagImages(diff: GraphDiff): GraphDiff {
  const tag = (img: ElementImage | undefined): StoredImage | undefined => {
    if (!img) return undefined;
    const types = tagsOf(img.attributes);
    return types ? { ...img, types } : img;
  };
  const changes = (list: GraphDiff['nodes']) => list.map((c) => ({ key: c.key, ...(c.before ? { before: tag(c.before) } : {}), ...(c.after ? { after: tag(c.after) } : {}) }));
  return { nodes: changes(diff.nodes), edges: changes(diff.edges) };
}

export function encodeEntry(entry: LogEntry): string {
  const out = entry.kind === 'op' ? { ...entry, diff: tagImages(entry.diff) } : entry;
  return JSON.stringify(out, replacer);
}

/** Rebuilds typed values of the images (the store file's own mechanism, on a snapshot of just them). */
async function untagImages(diff: GraphDiff): Promise<void> {
  const images = [...diff.nodes, ...diff.edges].flatMap((c) => [c.before, c.after]).filter(Boolean) as StoredImage[];
  const tagged = images.filter((i) => i.types);
  if (!tagged.length) return;
  const table: PropertyTypes = { nodes: {} };
  const nodes = tagged.map((img, i) => {
    table.nodes![String(i)] = img.types as never;
    delete img.types;
    return { key: String(i), attributes: img.attributes };
  });
  const snapshot = { attributes: { [PROPERTY_TYPES_ATTRIBUTE]: table }, options: { type: 'directed', multi: true }, nodes, edges: [] } as Snapshot;
  await restorePropertyTypes(snapshot);
}

export async function decodeEntry(line: string): Promise<LogEntry> {
  const entry = JSON.parse(line) as LogEntry;
  if (!entry || typeof entry !== 'object' || (entry.kind !== 'op' && entry.kind !== 'restated')) throw new Error('not a curation log entry');
  if (entry.kind === 'op') {
    if (typeof entry.id !== 'string' || typeof entry.op !== 'string' || !entry.diff) throw new Error('an operation without id, op or diff');
    await untagImages(entry.diff);
  }
  return entry;
}

/** The log's entries in order; no file = an empty log. */
export async function readLog(file: string): Promise<LogEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const lines = text.split('\n');
  const torn = !text.endsWith('\n');
  const out: LogEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    try {
      out.push(await decodeEntry(line));
    } catch (err) {
      // a save interrupted mid-line leaves a torn last line: that entry was never complete
      if (torn && i === lines.length - 1) break;
      throw new CurationLogError(file, i + 1, `${(err as Error).message}; fix or remove that line`);
    }
  }
  return out;
}

export async function appendLog(file: string, entries: readonly LogEntry[]): Promise<void> {
  if (!entries.length) return;
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(file, 'a+');
  try {
    // after a torn last line (a crash mid-write), start on a new line so this entry stays whole
    const { size } = await handle.stat();
    const last = size ? (await handle.read(Buffer.alloc(1), 0, 1, size - 1)).buffer.toString('utf8', 0, 1) : '\n';
    await handle.write((last === '\n' ? '' : '\n') + entries.map(encodeEntry).join('\n') + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
