/** Responses cached on disk by a hash of what determines them (model, prompt version, article). */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function cacheKey(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}

export function readCache(dir: string, key: string): string | undefined {
  try { return readFileSync(join(dir, `${key}.json`), 'utf8'); } catch { return undefined; }
}

export function writeCache(dir: string, key: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
