/**
 * A last-resort time limit for a query that runs on the main thread of a one-shot process (the CLI):
 * a tiny worker sleeps until the deadline and, unless cancelled first, writes `message` to stderr and
 * ends the whole process — the one way to stop JavaScript that never yields (a backtracking regular
 * expression). The engine's own deadline checks normally stop the query long before.
 */
import { Worker } from 'node:worker_threads';

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const flag = new Int32Array(workerData.flag);
if (Atomics.wait(flag, 0, 0, workerData.ms) === 'timed-out') {
  writeSync(2, workerData.message);
  process.kill(process.pid, 'SIGTERM');
  if (Atomics.wait(flag, 0, 0, 1000) === 'timed-out') process.kill(process.pid, 'SIGKILL');
}`;

export interface Watchdog { cancel(): void }

export function startWatchdog(ms: number, message: string): Watchdog {
  const flag = new SharedArrayBuffer(4);
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { flag, ms, message } });
  worker.unref();
  return {
    cancel() {
      const f = new Int32Array(flag);
      Atomics.store(f, 0, 1);
      Atomics.notify(f, 0);
    },
  };
}
