/**
 * How other Newsgraph processes find a server running on a store: `serve` writes `FILE.server.json`
 * beside the store (its URL, whether it accepts writes, its pid, host and start time; readable by its
 * user only, since it may hold a token) and removes it on exit. A file whose process is dead, or
 * that cannot be read, is ignored: a killed server never blocks anyone.
 */
import { readFile, unlink } from 'node:fs/promises';
import { unlinkSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../store/memory/atomic-file.ts';
import { currentProcess, liveness, type ProcessIdentity } from '../store/memory/process-info.ts';

export interface ServerDiscovery extends ProcessIdentity {
  url: string;
  allowWrites: boolean;
  /** Sent as `Authorization: Bearer …` when the server requires one. */
  token?: string;
  since: string;
}

export const discoveryFileOf = (storeFile: string): string => `${storeFile}.server.json`;

function parse(text: string): ServerDiscovery | undefined {
  try {
    const d = JSON.parse(text) as Partial<ServerDiscovery>;
    if (typeof d.url !== 'string' || typeof d.pid !== 'number' || typeof d.host !== 'string') return undefined;
    return {
      url: d.url, pid: d.pid, host: d.host, started: String(d.started ?? ''), allowWrites: d.allowWrites === true,
      since: String(d.since ?? ''), ...(typeof d.token === 'string' ? { token: d.token } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The server registered on `storeFile`, if its process still runs (on another host: assumed to). */
export async function findServer(storeFile: string): Promise<ServerDiscovery | undefined> {
  const text = await readFile(discoveryFileOf(storeFile), 'utf8').catch(() => undefined);
  const found = text === undefined ? undefined : parse(text);
  if (!found || liveness(found) === 'dead') return undefined;
  return found;
}

/** A URL other local processes can use: a wildcard bind is reached through the loopback address. */
export function reachableUrl(address: string, port: number): string {
  const host = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '::1' : address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Registers this process as the server of `storeFile`; returns the function that unregisters it
 * (also run on process exit). Only this process's own file is ever removed.
 */
export async function registerServer(storeFile: string, info: Pick<ServerDiscovery, 'url' | 'allowWrites' | 'token'>): Promise<() => Promise<void>> {
  const file = discoveryFileOf(storeFile);
  const me: ServerDiscovery = { ...currentProcess(), ...info, since: new Date().toISOString() };
  await writeFileAtomic(file, JSON.stringify(me, null, 2) + '\n', 0o600);
  const ours = (text: string | undefined) => text !== undefined && parse(text)?.pid === me.pid && parse(text)?.started === me.started;
  const onExit = () => {
    try { if (ours(readFileSync(file, 'utf8'))) unlinkSync(file); } catch { /* already gone */ }
  };
  process.once('exit', onExit);
  return async () => {
    process.off('exit', onExit);
    if (ours(await readFile(file, 'utf8').catch(() => undefined))) await unlink(file).catch(() => {});
  };
}
