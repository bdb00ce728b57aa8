/**
 * The code a query worker runs: worker.ts and everything it imports (the Cypher engine, graphology,
 * re2js), bundled once per process by esbuild into one CommonJS script. A worker then starts by parsing
 * one file instead of loading tsx and transpiling the engine module by module (seconds on a busy machine,
 * paid again for every worker that replaces a terminated one).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let cached: Promise<string> | undefined;

export function workerSource(): Promise<string> {
  cached ??= build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  }).then((r) => r.outputFiles[0]!.text);
  return cached;
}
