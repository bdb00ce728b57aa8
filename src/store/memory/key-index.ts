/**
 * Key → number for a column graph's nodes or relationships: an open-addressing hash table in one
 * Int32Array. A JS Map of a million keys costs ~2 µs per insertion on load (hashing a fresh string,
 * growing, and the GC moving its entries); this is a hash over the key's UTF-16 units, a probe and a
 * string comparison, with nothing allocated per key.
 */
function hashOf(s: string): number {
  // FNV-1a over the UTF-16 code units, then a finaliser to spread low bits
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

export class KeyIndex {
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /** `keyAt(i)` for i in 0..n-1; a key met twice keeps its first number (callers check uniqueness separately). */
  constructor(private readonly keyAt: (i: number) => string, n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < n; i++) this.insert(keyAt(i), i);
  }

  get size(): number { return this.count; }

  /** The number of `key`, or -1. */
  get(key: string): number {
    const slots = this.slots, mask = this.mask;
    for (let p = hashOf(key) & mask; ; p = (p + 1) & mask) {
      const v = slots[p]!;
      if (v === 0) return -1;
      if (this.keyAt(v - 1) === key) return v - 1;
    }
  }

  /** Adds `key` as number `i` (keyAt(i) must give it from now on). False when the key is already there. */
  insert(key: string, i: number): boolean {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const slots = this.slots, mask = this.mask;
    for (let p = hashOf(key) & mask; ; p = (p + 1) & mask) {
      const v = slots[p]!;
      if (v === 0) { slots[p] = i + 1; this.count++; return true; }
      if (this.keyAt(v - 1) === key) return false;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    this.count = 0;
    for (const v of old) if (v !== 0) this.insert(this.keyAt(v - 1), v - 1);
  }
}
