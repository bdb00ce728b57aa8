/**
 * A sorted table of keys (latin-1 characters), each with an optional value: one string per key length
 * (the keys of that length, sorted, end to end) searched by halves. Answers like a Map or a Set of the
 * keys, but costs nothing to load (no hashing of 100,000 strings at start-up) and little to hold;
 * the keys and values of one length are read on the first lookup of that length.
 */
import type { LexiconFile } from './lexicon-file.ts';

/** Values: 'json' (any, one JSON array per length) or 'u32' (unsigned integers, 4 bytes each). */
export type KeyTableValues = 'none' | 'json' | 'u32';

export class KeyTable<V = never> {
  private readonly groups = new Map<number, string>();
  private readonly values = new Map<number, V[] | Buffer>();

  /** Reads the table stored under `prefix` (see encodeKeyTable). */
  constructor(private readonly file: LexiconFile, private readonly prefix: string) {}

  private group(n: number): string {
    let g = this.groups.get(n);
    if (g === undefined) this.groups.set(n, (g = this.file.text(`${this.prefix}/${n}`, 'latin1') ?? ''));
    return g;
  }

  /** The key's position among the keys of its length, or -1. */
  private indexOf(key: string): number {
    const n = key.length;
    if (n === 0) return this.file.has(`${this.prefix}/0`) ? 0 : -1; // the empty key: a section of its own, empty
    const all = this.group(n);
    let lo = 0, hi = all.length / n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = mid * n;
      let c = 0;
      for (let k = 0; k < n && c === 0; k++) c = key.charCodeAt(k) - all.charCodeAt(at + k);
      if (c === 0) return mid;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  get(key: string): V | undefined {
    const i = this.indexOf(key);
    if (i < 0) return undefined;
    const n = key.length;
    let v = this.values.get(n);
    if (!v) {
      const raw = this.file.bytes(`${this.prefix}/${n}.u32`);
      v = raw ?? this.file.json<V[]>(`${this.prefix}/${n}.json`) ?? [];
      this.values.set(n, v);
    }
    return Buffer.isBuffer(v) ? v.readUInt32LE(i * 4) as V : v[i];
  }
}

/** Whether every character of `s` fits in one latin-1 byte (the key tables store them so). */
export const isLatin1 = (s: string): boolean => /^[\x00-\xff]*$/.test(s);

/**
 * The sections of a KeyTable of these keys (unique, latin-1) under `prefix`: `prefix/N`, the keys of
 * length N, and their values, `prefix/N.json` or `prefix/N.u32`. Throws on a key it cannot store.
 */
export function encodeKeyTable<V>(prefix: string, entries: Iterable<readonly [string, V]> | Iterable<string>, values: KeyTableValues = 'none'): Map<string, Buffer> {
  const byLength = new Map<number, Array<readonly [string, V | undefined]>>();
  for (const e of entries) {
    const [key, value] = typeof e === 'string' ? [e, undefined] : e;
    if (!isLatin1(key)) throw new Error(`${prefix}: key ${JSON.stringify(key)} is not latin-1`);
    let g = byLength.get(key.length);
    if (!g) byLength.set(key.length, (g = []));
    g.push([key, value]);
  }
  const sections = new Map<string, Buffer>();
  for (const [n, g] of [...byLength].sort((a, b) => a[0] - b[0])) {
    g.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 1; i < g.length; i++) if (g[i]![0] === g[i - 1]![0]) throw new Error(`${prefix}: key ${JSON.stringify(g[i]![0])} twice`);
    sections.set(`${prefix}/${n}`, Buffer.from(g.map(([k]) => k).join(''), 'latin1'));
    if (values === 'json') sections.set(`${prefix}/${n}.json`, Buffer.from(JSON.stringify(g.map(([, v]) => v))));
    if (values === 'u32') {
      const b = Buffer.alloc(g.length * 4);
      g.forEach(([, v], i) => b.writeUInt32LE(v as number, i * 4));
      sections.set(`${prefix}/${n}.u32`, b);
    }
  }
  return sections;
}
