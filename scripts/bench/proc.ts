/** What Linux's /proc tells of a running process: its peak RSS and the CPU it has used. */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Peak RSS of a running process, in bytes (undefined when /proc does not say). */
export function peakRss(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch { return undefined; }
}

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
/** CPU seconds a process has used so far (user + system, all its threads; NaN when /proc does not say). */
export function processCpu(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state): utime is 14, stime 15
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch { return NaN; }
}
