/**
 * Runs scenarios in worker threads with a per-scenario time limit: a scenario that runs past the
 * limit (an engine hang, an endless loop) fails alone — its worker is terminated and replaced — and
 * the run goes on with the next scenario.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TckScenario } from './features.ts';
import type { ScenarioOptions, ScenarioResult } from './run-scenario.ts';
import type { FromWorker, ToWorker, WorkerData } from './worker.ts';

export interface PoolOptions extends ScenarioOptions {
  projectRoot: string;
  /** Number of worker threads (default 1). */
  jobs?: number;
  /** Called once with the engine's load error, if it cannot be loaded. */
  onLoadError?: (message: string) => void;
  onResult?: (result: ScenarioResult) => void;
}

interface Slot { worker: Worker; ready: boolean; current?: { scenario: TckScenario; startedAt: number } }

/** worker.ts is TypeScript: the worker registers tsx's loader first, then imports it. */
function workerBootstrap(): string {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); })`;
}

export function runInWorkers(scenarios: TckScenario[], options: PoolOptions): Promise<ScenarioResult[]> {
  if (scenarios.length === 0) return Promise.resolve([]);
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, scenarios.length));
  const results = new Map<string, ScenarioResult>();
  const queue = [...scenarios];
  const data: WorkerData = { projectRoot: options.projectRoot, options: { graphsDir: options.graphsDir, timeoutMs: options.timeoutMs, checkDetail: options.checkDetail, verifyCompile: options.verifyCompile } };
  let loadErrorReported = false;
  const bootstrap = workerBootstrap();

  return new Promise((resolve, reject) => {
    const slots = new Set<Slot>();
    const finish = (): void => {
      if (results.size < scenarios.length || slots.size > 0) return;
      clearInterval(watchdog);
      resolve(scenarios.map((s) => results.get(s.id)!));
    };
    const record = (result: ScenarioResult): void => {
      results.set(result.id, result);
      options.onResult?.(result);
    };
    const dispatch = (slot: Slot): void => {
      const scenario = queue.shift();
      if (!scenario) {
        slot.current = undefined;
        slots.delete(slot);
        void slot.worker.terminate();
        finish();
        return;
      }
      slot.current = { scenario, startedAt: performance.now() };
      slot.worker.postMessage({ type: 'run', scenario } satisfies ToWorker);
    };
    const replace = (slot: Slot, reason: string): void => {
      const current = slot.current;
      slot.current = undefined;
      slots.delete(slot);
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
      if (current) record({ id: current.scenario.id, passed: false, reason, ms: performance.now() - current.startedAt });
      if (queue.length > 0) spawn();
      else finish();
    };
    const spawn = (): void => {
      const worker = new Worker(bootstrap, { eval: true, workerData: data });
      const slot: Slot = { worker, ready: false };
      slots.add(slot);
      worker.on('message', (msg: FromWorker) => {
        if (msg.type === 'ready') {
          slot.ready = true;
          if (msg.loadError && !loadErrorReported) { loadErrorReported = true; options.onLoadError?.(msg.loadError); }
          dispatch(slot);
        } else {
          if (slot.current) record(msg.result);
          dispatch(slot);
        }
      });
      const broken = (why: string): void => {
        if (!slot.ready) { // the worker cannot even start: stop here rather than respawn forever
          abort(new Error(`the TCK worker failed to start: ${why}`));
          return;
        }
        replace(slot, why);
      };
      worker.on('error', (e) => broken(`worker crashed: ${e.stack ?? e.message}`));
      worker.on('exit', (code) => { if (slots.has(slot)) broken(`worker exited with code ${code}`); });
    };
    const abort = (e: Error): void => {
      clearInterval(watchdog);
      for (const slot of slots) { slot.worker.removeAllListeners(); void slot.worker.terminate(); }
      slots.clear();
      reject(e);
    };
    const watchdog = setInterval(() => {
      const now = performance.now();
      for (const slot of slots) {
        if (slot.current && now - slot.current.startedAt > options.timeoutMs) {
          replace(slot, `timed out after ${options.timeoutMs} ms`);
        }
      }
    }, 100);
    try {
      for (let i = 0; i < jobs; i++) spawn();
    } catch (e) {
      clearInterval(watchdog);
      reject(e);
    }
  });
}
