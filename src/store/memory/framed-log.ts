/**
 * An append-only file of framed records, safe against a crash at any byte: each record is
 * `[u32 length][u32 crc32][payload]` (little-endian) after an 8-byte magic that names the log's kind.
 * A reader takes records while they are whole and their checksum matches; the first torn or damaged
 * record ends the log (a crash can only tear its tail), and the next writer cuts the file back to the
 * last whole record before appending. A record is acknowledged once `append` has returned: it has been
 * written and fsync'ed.
 *
 * General on purpose: the store's batch log uses it, and any other log kept beside the store can.
 * Callers serialise writers (the store's lock); readers never need a lock.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

const FRAME = 8;
/** A length beyond this is damage, not a record (a batch of 5000 articles is far below). */
export const MAX_RECORD_BYTES = 1 << 30;

export class FramedLogError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'FramedLogError';
  }
}

export interface LogRecord {
  /** Byte offset of the record's frame in the file. */
  offset: number;
  payload: Buffer;
}

export interface LogScan {
  records: LogRecord[];
  /** Bytes of the file that hold whole records (magic included): where the next record goes. */
  validEnd: number;
  /** Bytes past validEnd: a torn or damaged tail, dropped. */
  tornBytes: number;
}

/** The magic of a log kind: 8 bytes, e.g. `NGBATCH1`. */
function magicBytes(magic: string): Buffer {
  const b = Buffer.from(magic, 'latin1');
  if (b.length !== FRAME) throw new Error(`a log magic is ${FRAME} bytes, not ${b.length}`);
  return b;
}

export function frame(payload: Uint8Array): Buffer {
  const head = Buffer.allocUnsafe(FRAME);
  head.writeUInt32LE(payload.length, 0);
  head.writeUInt32LE(crc32(payload), 4);
  return Buffer.concat([head, payload]);
}

/** The whole records of `data` from `from` (past the magic) on; pure. */
export function scanRecords(data: Buffer, from = FRAME): LogScan {
  const records: LogRecord[] = [];
  let at = from;
  while (at + FRAME <= data.length) {
    const length = data.readUInt32LE(at);
    const sum = data.readUInt32LE(at + 4);
    if (length > MAX_RECORD_BYTES || at + FRAME + length > data.length) break;
    const payload = data.subarray(at + FRAME, at + FRAME + length);
    if (crc32(payload) !== sum) break;
    records.push({ offset: at, payload });
    at += FRAME + length;
  }
  return { records, validEnd: at, tornBytes: data.length - at };
}

/**
 * Reads the log at `file` from byte `from` on (default: its first record). undefined when there is no
 * file. A file whose first bytes are not the magic is refused: it is not this kind of log.
 */
export async function readLog(file: string, magic: string, from = FRAME): Promise<LogScan | undefined> {
  let data: Buffer;
  try {
    data = await readFileFrom(file, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FramedLogError(file, `cannot read (${(err as Error).message})`);
  }
  if (data.length < FRAME) return { records: [], validEnd: 0, tornBytes: data.length }; // torn while being created
  if (!data.subarray(0, FRAME).equals(magicBytes(magic))) {
    throw new FramedLogError(file, `is not a Newsgraph ${magic.trim()} log (unexpected first bytes); refusing to use or overwrite it`);
  }
  return scanRecords(data, Math.max(FRAME, from));
}

async function readFileFrom(file: string, from: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    if (from === 0) return await handle.readFile();
    const { size } = await handle.stat();
    const buf = Buffer.allocUnsafe(Math.max(0, size - from));
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await handle.read(buf, got, buf.length - got, from + got);
      if (!bytesRead) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } finally {
    await handle.close();
  }
}

/**
 * Appends records to the log (creating it with its magic when missing or torn before its magic), after
 * cutting a torn tail back to `validEnd`; fsyncs before returning. Returns the new end of the log.
 * The caller holds the writers' lock and knows validEnd from a scan under that lock.
 */
export async function appendRecords(file: string, magic: string, validEnd: number, payloads: readonly Uint8Array[]): Promise<number> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r+');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new FramedLogError(file, `cannot append (${(err as Error).message})`);
    handle = await open(file, 'w+');
  }
  try {
    let end = validEnd;
    if (end < FRAME) {
      await handle.truncate(0);
      await handle.write(magicBytes(magic), 0, FRAME, 0);
      end = FRAME;
    } else {
      const { size } = await handle.stat();
      if (size > end) await handle.truncate(end); // a torn tail: the record it began was never acknowledged
    }
    const body = Buffer.concat(payloads.map(frame));
    let written = 0;
    while (written < body.length) {
      const { bytesWritten } = await handle.write(body, written, body.length - written, end + written);
      written += bytesWritten;
    }
    await handle.datasync();
    return end + body.length;
  } finally {
    await handle.close();
  }
}

/** A new log's bytes: the magic and the records. */
export function logBytes(magic: string, payloads: readonly Uint8Array[]): Buffer {
  return Buffer.concat([magicBytes(magic), ...payloads.map(frame)]);
}

export const LOG_MAGIC_BYTES = FRAME;
