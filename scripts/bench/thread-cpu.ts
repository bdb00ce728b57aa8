/**
 * CPU seconds of each thread of this process, from /proc/self/task (Linux; empty elsewhere): how a run's CPU
 * splits between the main thread, worker threads and V8's own threads (JIT compilation, GC helpers).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Thread id → CPU seconds (user + system) so far. */
export function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  let tasks: string[] = [];
  try { tasks = readdirSync('/proc/self/task'); } catch { return out; }
  for (const tid of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100); // utime, stime in clock ticks (100 Hz)
    } catch { /* the thread ended */ }
  }
  return out;
}

/** CPU between two readings, split into the main thread, the given threads (workers) and the others. */
export function cpuSplit(before: Map<string, number>, after: Map<string, number>, workers: ReadonlySet<string>): { main: number; workers: number; other: number } {
  const main = String(process.pid);
  const split = { main: 0, workers: 0, other: 0 };
  for (const [tid, cpu] of after) {
    const d = cpu - (before.get(tid) ?? 0);
    if (tid === main) split.main += d;
    else if (workers.has(tid)) split.workers += d;
    else split.other += d;
  }
  return split;
}
