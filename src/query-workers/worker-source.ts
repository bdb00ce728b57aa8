/**
 * The code a query worker runs: worker.ts and everything it imports (the Cypher engine, graphology,
 * re2js), bundled once per process (workers/bundle-source.ts): a worker that replaces a terminated one
 * starts in milliseconds instead of loading tsx and transpiling the engine module by module.
 */
import { fileURLToPath } from 'node:url';
import { bundleWorkerSource } from '../workers/bundle-source.ts';

export function workerSource(): Promise<string> {
  return bundleWorkerSource(fileURLToPath(new URL('./worker.ts', import.meta.url)));
}
