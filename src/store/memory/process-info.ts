/**
 * Who a process is, as far as files beside the store need it: pid, host, and the process's start time,
 * so a lock or discovery file left by a dead process is recognised even when its pid was reused.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessIdentity {
  pid: number;
  host: string;
  /** Start time of the process: Linux clock ticks since boot (from /proc), else ms since the epoch. */
  started: string;
}

/** Linux: field 22 of /proc/PID/stat (the comm field may hold spaces and parentheses: skip past the last ')'). */
function procStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ? `ticks:${fields[19]}` : undefined; // fields[0] is field 3 (state)
  } catch {
    return undefined;
  }
}

let self: ProcessIdentity | undefined;

export function currentProcess(): ProcessIdentity {
  self ??= {
    pid: process.pid,
    host: hostname(),
    started: procStartTime(process.pid) ?? `ms:${Math.round(Date.now() - process.uptime() * 1000)}`,
  };
  return self;
}

export type Liveness = 'alive' | 'dead' | 'unknown';

/**
 * Whether the process that wrote `who` still runs: 'unknown' on another host (its pids mean nothing
 * here); 'dead' when no such pid, or the pid now belongs to a process started at another time.
 */
export function liveness(who: Pick<ProcessIdentity, 'pid' | 'host'> & { started?: string }): Liveness {
  if (who.host !== currentProcess().host) return 'unknown';
  if (!Number.isInteger(who.pid) || who.pid <= 0) return 'dead';
  if (!pidExists(who.pid)) return 'dead';
  if (who.started?.startsWith('ticks:')) {
    const now = procStartTime(who.pid);
    if (now && now !== who.started) return 'dead'; // the pid was reused
  }
  return 'alive';
}

export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}
