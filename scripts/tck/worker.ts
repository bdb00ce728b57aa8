/**
 * Worker thread of the pool: loads the engine once, then runs the scenarios the main thread sends,
 * one at a time, so the main thread can stop a scenario that hangs by terminating this worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngineFactory, type EngineFactory } from './engine.ts';
import type { TckScenario } from './features.ts';
import { runScenario, type ScenarioOptions } from './run-scenario.ts';

export interface WorkerData { projectRoot: string; options: ScenarioOptions }
export type ToWorker = { type: 'run'; scenario: TckScenario };
export type FromWorker =
  | { type: 'ready'; loadError?: string }
  | { type: 'done'; result: import('./run-scenario.ts').ScenarioResult };

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
const data = workerData as WorkerData;

let factory: EngineFactory | undefined;
let loadError: string | undefined;
try {
  factory = await loadEngineFactory(data.projectRoot);
} catch (e) {
  loadError = (e as Error).message;
}
port.postMessage({ type: 'ready', loadError } satisfies FromWorker);

port.on('message', (msg: ToWorker) => {
  const { scenario } = msg;
  const result = factory
    ? runScenario(scenario, factory, data.options)
    : { id: scenario.id, passed: false, reason: loadError ?? 'engine not loaded', ms: 0 };
  port.postMessage({ type: 'done', result } satisfies FromWorker);
});
