/**
 * One pass of `newsgraph watch`: the files in watched folders that are new or changed since the last
 * pass (size and mtime, kept in the state), then the feeds and pages (conditional requests, items
 * seen). Pure of the store: it yields ReadEvents for the pipeline; `state` is updated in place.
 */
import { stat } from 'node:fs/promises';
import { readArticles, type ReadEvent } from '../read/index.ts';
import { walkPaths } from '../read/walk.ts';
import { isUrl, readUrls, type RemoteOptions } from './remote.ts';

/** `15m`, `30s`, `1h`, `500ms`, or a number of seconds → milliseconds; undefined when not a duration. */
export function parseInterval(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 's').toLowerCase();
  const ms = Number(m[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1_000 : unit === 'm' ? 60_000 : 3_600_000);
  return ms > 0 ? ms : undefined;
}

export interface WatchPassOptions extends RemoteOptions {
  /** Issues about paths already reported by this process (not repeated every pass). */
  reported: Set<string>;
  /** Stops yielding when aborted (SIGINT): the pipeline then saves what it has. */
  signal?: AbortSignal;
}

export async function* watchPass(args: string[], options: WatchPassOptions): AsyncGenerator<ReadEvent> {
  const paths = args.filter((a) => !isUrl(a));
  const urls = args.filter(isUrl);
  const changed: string[] = [];
  const stamps = new Map<string, string>();
  for await (const entry of walkPaths(paths)) {
    if (options.signal?.aborted) return;
    if ('issue' in entry) {
      const key = `${entry.file}: ${entry.issue.message}`;
      if (!options.reported.has(key)) {
        options.reported.add(key);
        yield { issue: entry.issue, file: entry.file };
      }
      continue;
    }
    try {
      const info = await stat(entry.file);
      const stamp = `${info.size}:${info.mtimeMs}`;
      if (options.state.files[entry.file] !== stamp) {
        changed.push(entry.file);
        stamps.set(entry.file, stamp);
      }
    } catch { /* gone since the walk: next pass */ }
  }
  options.onPlanned?.(changed.length);
  if (changed.length) {
    for await (const event of readArticles(changed)) {
      if (options.signal?.aborted) return;
      yield event;
      const stamp = stamps.get(event.file);
      if (stamp) options.state.files[event.file] = stamp;
    }
  }
  for await (const event of readUrls(urls, options)) {
    if (options.signal?.aborted) return;
    yield event;
  }
}
