/**
 * Paths → files to read, deterministically: each path in the order given; folders walked recursively
 * in code-point order of names, hidden entries (".name") skipped, symbolic links followed once
 * (a folder reached twice is not walked twice). Inside folders, files of unknown type are skipped
 * silently; a file named explicitly with an unknown type is reported.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { FORMATS, type FileFormat } from './defaults.ts';
import type { ReadIssue } from './types.ts';

export type WalkEntry = { file: string; format: FileFormat; size: number } | { file: string; issue: ReadIssue };

export function formatOf(file: string): FileFormat | undefined {
  return (FORMATS as Record<string, FileFormat>)[extname(file).toLowerCase()];
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'not found (no such file or folder, or a broken link)';
    case 'EACCES': case 'EPERM': return 'unreadable: permission denied';
    case 'ELOOP': return 'unreadable: too many levels of symbolic links';
    case 'ENOTDIR': return 'not found (a path component is not a folder)';
    case 'ENAMETOOLONG': return 'unreadable: name too long';
    default: return `unreadable: ${(error as Error).message}`;
  }
}

export async function* walkPaths(paths: string[]): AsyncGenerator<WalkEntry> {
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const supported = Object.keys(FORMATS).join(', ');

  async function* visit(path: string, explicit: boolean): AsyncGenerator<WalkEntry> {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (explicit || formatOf(path)) yield { file: path, issue: { file: path, message: describe(error) } };
      return;
    }
    if (info.isDirectory()) {
      let real = path;
      try {
        real = await realpath(path);
      } catch { /* keep the path as given */ }
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let names: string[];
      try {
        names = await readdir(path);
      } catch (error) {
        yield { file: path, issue: { file: path, message: describe(error) } };
        return;
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const name of names) {
        if (name.startsWith('.')) continue;
        yield* visit(join(path, name), false);
      }
      return;
    }
    const format = formatOf(path);
    if (!info.isFile()) {
      if (explicit || format) yield { file: path, issue: { file: path, message: 'not a regular file' } };
      return;
    }
    if (!format) {
      if (explicit) yield { file: path, issue: { file: path, message: `unsupported file type "${extname(path) || '(none)'}" (expected ${supported})` } };
      return;
    }
    let real = path;
    try {
      real = await realpath(path);
    } catch { /* keep the path as given */ }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    yield { file: path, format, size: info.size };
  }

  for (const path of paths) yield* visit(path, true);
}
