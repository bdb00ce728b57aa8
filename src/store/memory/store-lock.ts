/**
 * One writer at a time per store file, across processes: a lock file beside the store (`FILE.lock`),
 * created exclusively, holding who took it (pid, host, process start time, command, since when).
 * A lock whose holder is dead on this host (or whose pid now belongs to a younger process) is taken
 * over; a live holder is waited for, up to a bound, then the caller gets an error naming the store
 * and the holder. Readers never take it: saves replace the file atomically, so a reader sees the old
 * graph or the new one.
 */
import { mkdir, open, readFile, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { currentProcess, liveness, type ProcessIdentity } from './process-info.ts';
import { STORE_DEFAULTS } from './defaults.ts';

export interface LockHolder extends ProcessIdentity {
  command: string;
  /** When the lock was taken (ISO). */
  since: string;
}

export interface LockOptions {
  /** How long to wait for a live holder (default STORE_DEFAULTS.lockTimeoutMs). */
  timeoutMs?: number;
  /** Called once when the wait has lasted STORE_DEFAULTS.lockNoticeMs: say who is waited for. */
  onWait?: (message: string) => void;
}

export interface StoreLock {
  release(): Promise<void>;
}

export class StoreLockError extends Error {
  constructor(readonly file: string, readonly holder: LockHolder | undefined, message: string) {
    super(message);
    this.name = 'StoreLockError';
  }
}

export const lockFileOf = (storeFile: string): string => `${storeFile}.lock`;

export function describeHolder(h: LockHolder | undefined): string {
  if (!h) return 'an unknown process';
  return `pid ${h.pid} on ${h.host} (${h.command || 'newsgraph'}, since ${h.since})`;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string') {
      return { pid: h.pid, host: h.host, started: String(h.started ?? ''), command: String(h.command ?? ''), since: String(h.since ?? '') };
    }
  } catch { /* half-written or foreign: see isGarbage */ }
  return undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

async function tryCreate(lock: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lock, 'wx');
  } catch (err) {
    if (code(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Removes a stale lock file, but only if it still holds `seen`: breakers take a directory (atomic
 * mkdir) first, so two of them cannot both remove the lock and then a third's fresh one.
 */
async function breakStale(lock: string, seen: string): Promise<void> {
  const guard = `${lock}.break`;
  try {
    await mkdir(guard);
  } catch (err) {
    if (code(err) !== 'EEXIST') throw err;
    const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > STORE_DEFAULTS.staleGuardMs) await rmdir(guard).catch(() => {}); // a breaker died here
    return;
  }
  try {
    const now = await readFile(lock, 'utf8').catch(() => undefined);
    if (now === seen) await unlink(lock).catch(() => {});
  } finally {
    await rmdir(guard).catch(() => {});
  }
}

export async function acquireStoreLock(storeFile: string, options: LockOptions = {}): Promise<StoreLock> {
  const lock = lockFileOf(storeFile);
  const timeoutMs = options.timeoutMs ?? STORE_DEFAULTS.lockTimeoutMs;
  const me: LockHolder = { ...currentProcess(), command: `newsgraph ${process.argv[2] ?? ''}`.trim(), since: new Date().toISOString() };
  const content = JSON.stringify(me);
  await mkdir(dirname(lock), { recursive: true });
  const started = Date.now();
  let noticed = false;
  let delay = 10;
  for (;;) {
    if (await tryCreate(lock, content)) break;
    const text = await readFile(lock, 'utf8').catch((err) => (code(err) === 'ENOENT' ? undefined : Promise.reject(err)));
    if (text === undefined) continue; // released meanwhile
    const holder = parseHolder(text);
    if (holder ? liveness(holder) === 'dead' : await isGarbage(lock)) {
      await breakStale(lock, text);
      continue;
    }
    const waited = Date.now() - started;
    if (!noticed && waited >= Math.min(STORE_DEFAULTS.lockNoticeMs, timeoutMs)) {
      noticed = true;
      options.onWait?.(`waiting for ${storeFile}: another writer holds it — ${describeHolder(holder)}`);
    }
    if (waited >= timeoutMs) {
      const remote = holder && liveness(holder) === 'unknown';
      throw new StoreLockError(storeFile, holder,
        `${storeFile} is locked by another writer: ${describeHolder(holder)}; waited ${(waited / 1000).toFixed(1)} s. ` +
        (remote ? `If that process no longer runs on ${holder.host}, remove ${lock}.` : 'Try again when it has finished.'));
    }
    await sleep(Math.min(delay, timeoutMs - waited));
    delay = Math.min(delay * 2, 200);
  }
  return {
    release: async () => {
      // only our own lock: after a takeover by someone who judged us dead, theirs stays
      const now = await readFile(lock, 'utf8').catch(() => undefined);
      if (now === content) await unlink(lock).catch(() => {});
    },
  };
}

/** A lock file that cannot be read as a holder: being written (fresh) or garbage (old). */
async function isGarbage(lock: string): Promise<boolean> {
  const info = await stat(lock).catch(() => undefined);
  return !!info && Date.now() - info.mtimeMs > STORE_DEFAULTS.staleGuardMs;
}

/** Runs `fn` holding the store's lock. */
export async function withStoreLock<T>(storeFile: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const lock = await acquireStoreLock(storeFile, options);
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}
