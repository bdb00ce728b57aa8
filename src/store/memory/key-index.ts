/**
 * Key → number for a column graph's nodes or relationships: an open-addressing hash table in one
 * Int32Array. A JS Map of a million keys costs ~2 µs per insertion on load (hashing a fresh string,
 * growing, and the GC moving its entries); here the hash is taken over the key's UTF-8 bytes where
 * the snapshot holds them (a relationship's key need not even be decoded into a string to be indexed),
 * with nothing allocated per key.
 */

/** FNV-1a over bytes [from, to), with a finaliser to spread the low bits. */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** hashBytes of the string's UTF-8 bytes. */
export function hashString(s: string): number {
  const b = Buffer.from(s, 'utf8');
  return hashBytes(b, 0, b.length);
}

export class KeyIndex {
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /**
   * `keyAt(i)` for i in 0..n-1, `hashAt(i)` = hashString(keyAt(i)) (from bytes already at hand); a key
   * met twice keeps its first number.
   */
  constructor(private readonly keyAt: (i: number) => string, private readonly hashAt: (i: number) => number, n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < n; i++) this.place(hashAt(i), i);
  }

  get size(): number { return this.count; }

  /** The number of `key`, or -1. */
  get(key: string): number {
    const slots = this.slots, mask = this.mask;
    for (let p = hashString(key) & mask; ; p = (p + 1) & mask) {
      const v = slots[p]!;
      if (v === 0) return -1;
      if (this.keyAt(v - 1) === key) return v - 1;
    }
  }

  /** Adds `key` as number `i` (keyAt(i) must give it from now on). False when the key is already there. */
  insert(key: string, i: number): boolean {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const slots = this.slots, mask = this.mask;
    for (let p = hashString(key) & mask; ; p = (p + 1) & mask) {
      const v = slots[p]!;
      if (v === 0) { slots[p] = i + 1; this.count++; return true; }
      if (this.keyAt(v - 1) === key) return false;
    }
  }

  /** Puts number i in the first free slot from its hash (building: keys are not compared). */
  private place(hash: number, i: number): void {
    const slots = this.slots, mask = this.mask;
    let p = hash & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
    slots[p] = i + 1;
    this.count++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    this.count = 0;
    for (const v of old) if (v !== 0) this.place(this.hashAt(v - 1), v - 1);
  }
}
