/**
 * Crash-safe file replacement: write a temporary file beside the target, fsync it, rename it over the
 * target, fsync the folder. A kill at any moment leaves either the old file or the new one — and,
 * for a kill before the rename, a temporary file, which `removeOrphanedTemps` cleans up later.
 */
import { open, readdir, rename, unlink, mkdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { pidExists } from './process-info.ts';

/** `.NAME.PID.STAMP.tmp` beside NAME: the pid tells whether its writer may still be writing. */
const tempName = (file: string): string => `.${basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`;

function tempWriterPid(file: string, name: string): number | undefined {
  const prefix = `.${basename(file)}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return undefined;
  const m = /^(\d+)\.[0-9a-z]+$/.exec(name.slice(prefix.length, -'.tmp'.length));
  return m ? Number(m[1]) : undefined;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  await (await prepareAtomicWrite(file, data, mode)).commit();
}

/**
 * The first half of writeFileAtomic: the data written and fsync'ed in a temporary file beside `file`;
 * `commit` renames it over `file` (then fsyncs the folder), `abort` removes it. Lets a long write
 * happen before the short critical section that publishes it.
 */
export async function prepareAtomicWrite(file: string, data: string | Uint8Array, mode?: number): Promise<{ commit(): Promise<void>; abort(): Promise<void> }> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, tempName(file));
  const handle = await open(tmp, 'w', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await handle.close();
  return {
    abort: () => unlink(tmp).catch(() => {}),
    commit: async () => {
      try {
        await rename(tmp, file);
      } catch (err) {
        await unlink(tmp).catch(() => {});
        throw err;
      }
      const dirHandle = await open(dir, 'r').catch(() => undefined);
      if (dirHandle) {
        await dirHandle.sync().catch(() => {});
        await dirHandle.close();
      }
    },
  };
}

/**
 * Removes the temporary files interrupted saves of `file` left behind: those whose writer is dead
 * ('dead'), or all of them ('all': for a caller holding the store's lock, under which every save runs).
 * Never throws (a read-only folder is not an error for a reader); returns the names removed.
 */
export async function removeOrphanedTemps(file: string, which: 'dead' | 'all'): Promise<string[]> {
  const dir = dirname(file);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = tempWriterPid(file, name);
    if (pid === undefined) continue;
    if (which === 'dead' && (pid === process.pid || pidExists(pid))) continue;
    try {
      await unlink(join(dir, name));
      removed.push(name);
    } catch { /* gone already, or not ours to remove */ }
  }
  return removed;
}
