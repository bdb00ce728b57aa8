/**
 * Where the TCK is: `--tck DIR`, else `NEWSGRAPH_TCK`, else `../shared/tck/features` relative to the
 * project root. DIR may be the TCK folder (holding `features/` and `graphs/`) or its features folder.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_TCK = join(PROJECT_ROOT, '..', 'shared', 'tck', 'features');

export interface TckPaths {
  featuresDir: string;
  graphsDir: string;
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** The TCK's folders, or undefined when `dir` (default: env, then DEFAULT_TCK) is not there. */
export function locateTck(dir?: string): TckPaths | undefined {
  const root = resolve(dir ?? (process.env.NEWSGRAPH_TCK || DEFAULT_TCK));
  if (!isDir(root)) return undefined;
  if (isDir(join(root, 'features'))) return { featuresDir: join(root, 'features'), graphsDir: join(root, 'graphs') };
  return { featuresDir: root, graphsDir: join(dirname(root), 'graphs') };
}

export function tckRequested(dir?: string): string {
  return resolve(dir ?? (process.env.NEWSGRAPH_TCK || DEFAULT_TCK));
}
