/**
 * Compaction in the background: a detached `newsgraph compact` process, so neither a CLI command
 * (which may exit first) nor a server (whose event loop serves requests) pays for rewriting the
 * snapshot. At most one start per store per process; the compaction lock keeps it one at a time
 * across processes. NEWSGRAPH_BACKGROUND_COMPACTION=0 turns it off (`newsgraph compact` by hand then).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const started = new Set<string>();

export function startBackgroundCompaction(file: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NEWSGRAPH_BACKGROUND_COMPACTION === '0' || started.has(file)) return false;
  started.add(file);
  const bin = fileURLToPath(new URL('../../../bin/newsgraph.js', import.meta.url));
  const child = spawn(process.execPath, [bin, 'compact', '--db', file, '--quiet'], { detached: true, stdio: 'ignore', env });
  child.once('exit', () => started.delete(file));
  child.unref();
  return true;
}
