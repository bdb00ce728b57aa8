/**
 * The prebuilt lexicon's file: named sections of bytes behind a one-line signature and a header of
 * byte ranges; each section is read and decoded on demand.
 *
 *   newsgraph-lexicon 2\n
 *   {"words/en/5":[0,123450],…}\n
 *   <section bytes…>
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';

export const LEXICON_FORMAT = 'newsgraph-lexicon 2';

/** Writes the sections (strings as UTF-8) to `file`, through a temporary file renamed over it. */
export function writeLexiconFile(file: string, sections: ReadonlyMap<string, string | Buffer>): void {
  const header: Record<string, [number, number]> = {};
  const bodies: Buffer[] = [];
  let at = 0;
  for (const [name, value] of sections) {
    const body = typeof value === 'string' ? Buffer.from(value) : value;
    header[name] = [at, (at += body.length)];
    bodies.push(body);
  }
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${LEXICON_FORMAT}\n${JSON.stringify(header)}\n`), ...bodies]));
  renameSync(tmp, file);
}

export interface LexiconFile {
  has(name: string): boolean;
  /** The section's bytes (read once), or undefined. */
  bytes(name: string): Buffer | undefined;
  /** The section as text: latin1 for the ASCII-only key lists (a plain copy), else UTF-8. */
  text(name: string, encoding?: 'utf8' | 'latin1'): string | undefined;
  json<T>(name: string): T | undefined;
}

/**
 * Opens a lexicon file: reads its header, then each section when first asked for (a CLI run that
 * looks up a few words reads a few of them). Throws, naming the file, when it is not one of this format.
 */
export function readLexiconFile(file: string): LexiconFile {
  const fd = openSync(file, 'r');
  const readAt = (position: number, length: number): Buffer => {
    const buf = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, position + got);
      if (n === 0) throw new Error(`${file}: truncated`);
      got += n;
    }
    return buf;
  };
  let head = readAt(0, Math.min(fstatSync(fd).size, 64 * 1024));
  const firstEnd = head.indexOf(10);
  if (firstEnd < 0 || head.toString('utf8', 0, firstEnd) !== LEXICON_FORMAT) {
    closeSync(fd);
    throw new Error(`${file}: not a prebuilt lexicon of this version (${LEXICON_FORMAT})`);
  }
  let headerEnd = head.indexOf(10, firstEnd + 1);
  if (headerEnd < 0) { head = readFileSync(file); headerEnd = head.indexOf(10, firstEnd + 1); }
  const header = JSON.parse(head.toString('utf8', firstEnd + 1, headerEnd)) as Record<string, [number, number]>;
  const body = headerEnd + 1;
  const read = new Map<string, Buffer>();
  const bytes = (name: string): Buffer | undefined => {
    const range = header[name];
    if (!range) return undefined;
    let b = read.get(name);
    if (!b) read.set(name, (b = readAt(body + range[0], range[1] - range[0])));
    return b;
  };
  return {
    has: (name) => name in header,
    bytes,
    text: (name, encoding = 'utf8') => bytes(name)?.toString(encoding),
    json: <T>(name: string) => {
      const text = bytes(name)?.toString('utf8');
      return text === undefined ? undefined : JSON.parse(text) as T;
    },
  };
}
