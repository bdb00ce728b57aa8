/**
 * A static hash file: string keys → small values, and a set of keys, looked up with a few positional
 * reads each instead of loading the file (the file is written whole, once, atomically; see
 * store-index.ts). Open addressing with linear probing at a load factor of 0.6:
 *
 *   table:  [u32 slotCount] then slots of [u32 h1][u32 h2][u32 valueOffset][u32 valueLength]
 *   set:    [u32 slotCount] then slots of [u32 h1][u32 h2]
 *   values: UTF-8 JSON `[key, value]` (the key is compared, so a keyed look-up is exact)
 *
 * An empty slot is all zeros; h2 always has its lowest bit set, so no key hashes to zero. Set members
 * are told apart by their 64-bit hash alone (a false "present" has odds of about n / 2^64).
 */
import { readSync } from 'node:fs';

const LOAD = 0.6;
/** Slots read per positional read while probing. */
const PROBE_BLOCK = 8;

/** Two independent 32-bit hashes of a string's UTF-16 code units (a 64-bit hash in two halves). */
export function hash64(s: string): [number, number] {
  let h1 = 0x811c9dc5, h2 = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= h1 >>> 16; h1 = Math.imul(h1, 0x85ebca6b); h1 ^= h1 >>> 13; h1 = Math.imul(h1, 0xc2b2ae35); h1 ^= h1 >>> 16;
  h2 ^= h2 >>> 15; h2 = Math.imul(h2, 0x2c1b3c6d); h2 ^= h2 >>> 12;
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

const slotsFor = (n: number): number => Math.max(8, Math.ceil(n / LOAD));

/** The table and values sections for `entries` (each key once). */
export function buildTable(entries: ReadonlyMap<string, unknown>): { table: Buffer; values: Buffer } {
  const slots = slotsFor(entries.size);
  const table = new Uint32Array(1 + slots * 4);
  table[0] = slots;
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const [key, value] of entries) {
    const bytes = Buffer.from(JSON.stringify([key, value]), 'utf8');
    const [h1, h2] = hash64(key);
    let i = h1 % slots;
    while (table[1 + i * 4 + 1] !== 0) i = (i + 1) % slots;
    table.set([h1, h2, offset, bytes.length], 1 + i * 4);
    chunks.push(bytes);
    offset += bytes.length;
  }
  return { table: Buffer.from(table.buffer, table.byteOffset, table.byteLength), values: Buffer.concat(chunks) };
}

export function buildSet(keys: Iterable<string>, count: number): Buffer {
  const slots = slotsFor(count);
  const set = new Uint32Array(1 + slots * 2);
  set[0] = slots;
  for (const key of keys) {
    const [h1, h2] = hash64(key);
    let i = h1 % slots;
    for (;;) {
      const at = 1 + i * 2;
      if (set[at + 1] === 0) { set[at] = h1; set[at + 1] = h2; break; }
      if (set[at] === h1 && set[at + 1] === h2) break;
      i = (i + 1) % slots;
    }
  }
  return Buffer.from(set.buffer, set.byteOffset, set.byteLength);
}

/** Positional reads on an open file descriptor. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (!n) throw new Error(`unexpected end of file at byte ${position + got}`);
    got += n;
  }
  return buf;
}

/** Look-ups in a table written by buildTable, at `tableAt` / `valuesAt` of the file open as `fd`. */
export class HashTableReader {
  private readonly slots: number;
  constructor(private readonly fd: number, private readonly tableAt: number, private readonly valuesAt: number) {
    this.slots = readAt(fd, tableAt, 4).readUInt32LE(0);
  }

  get(key: string): unknown {
    const [h1, h2] = hash64(key);
    let i = h1 % this.slots;
    for (let probed = 0; probed < this.slots;) {
      const n = Math.min(PROBE_BLOCK, this.slots - i);
      const block = readAt(this.fd, this.tableAt + 4 + i * 16, n * 16);
      for (let j = 0; j < n; j++, probed++) {
        const a = block.readUInt32LE(j * 16), b = block.readUInt32LE(j * 16 + 4);
        if (b === 0) return undefined;
        if (a !== h1 || b !== h2) continue;
        const value = JSON.parse(readAt(this.fd, this.valuesAt + block.readUInt32LE(j * 16 + 8), block.readUInt32LE(j * 16 + 12)).toString('utf8')) as [string, unknown];
        if (value[0] === key) return value[1];
      }
      i = (i + n) % this.slots;
    }
    return undefined;
  }
}

export class HashSetReader {
  private readonly slots: number;
  constructor(private readonly fd: number, private readonly at: number) {
    this.slots = readAt(fd, at, 4).readUInt32LE(0);
  }

  has(key: string): boolean {
    const [h1, h2] = hash64(key);
    let i = h1 % this.slots;
    for (let probed = 0; probed < this.slots;) {
      const n = Math.min(PROBE_BLOCK, this.slots - i);
      const block = readAt(this.fd, this.at + 4 + i * 8, n * 8);
      for (let j = 0; j < n; j++, probed++) {
        const a = block.readUInt32LE(j * 8), b = block.readUInt32LE(j * 8 + 4);
        if (b === 0) return false;
        if (a === h1 && b === h2) return true;
      }
      i = (i + n) % this.slots;
    }
    return false;
  }
}
