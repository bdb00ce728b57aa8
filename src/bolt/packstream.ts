/**
 * PackStream v1: the binary value format of Bolt. `Packer` writes into a growing buffer, `unpack` reads
 * one value. Integers are bigint on the way in (a decoded Integer stays exact), and a JS number is
 * always written as Float, a bigint as Integer — the same split as the Cypher value model.
 */

export class Structure {
  constructor(readonly signature: number, readonly fields: PackValue[]) {}
}

export type PackValue =
  | null | boolean | bigint | number | string | Uint8Array
  | PackValue[] | { [key: string]: PackValue } | Structure;

const INT8_MIN = -128n, INT16_MIN = -32768n, INT32_MIN = -2147483648n;

export class Packer {
  private buf = Buffer.allocUnsafe(8192);
  private pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  /** The bytes written so far (a copy-free view), and resets the packer. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.pos));
    this.pos = 0;
    return out;
  }

  pack(v: PackValue): void {
    if (v === null || v === undefined) { this.byte(0xc0); return; }
    switch (typeof v) {
      case 'boolean': this.byte(v ? 0xc3 : 0xc2); return;
      case 'bigint': this.int(v); return;
      case 'number': this.ensure(9); this.buf[this.pos++] = 0xc1; this.buf.writeDoubleBE(v, this.pos); this.pos += 8; return;
      case 'string': this.string(v); return;
    }
    if (v instanceof Uint8Array) { this.bytes(v); return; }
    if (Array.isArray(v)) {
      this.header(v.length, 0x90, 0xd4);
      for (const item of v) this.pack(item);
      return;
    }
    if (v instanceof Structure) {
      if (v.fields.length > 15) throw new Error('PackStream structure with more than 15 fields');
      this.byte(0xb0 | v.fields.length);
      this.byte(v.signature);
      for (const f of v.fields) this.pack(f);
      return;
    }
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    this.header(entries.length, 0xa0, 0xd8);
    for (const [k, x] of entries) { this.string(k); this.pack(x); }
  }

  private byte(b: number): void { this.ensure(1); this.buf[this.pos++] = b; }

  private int(v: bigint): void {
    this.ensure(9);
    const b = this.buf;
    if (v >= -16n && v <= 127n) { b.writeInt8(Number(v), this.pos); this.pos += 1; }
    else if (v >= INT8_MIN && v < -16n) { b[this.pos++] = 0xc8; b.writeInt8(Number(v), this.pos); this.pos += 1; }
    else if (v >= INT16_MIN && v <= 32767n) { b[this.pos++] = 0xc9; b.writeInt16BE(Number(v), this.pos); this.pos += 2; }
    else if (v >= INT32_MIN && v <= 2147483647n) { b[this.pos++] = 0xca; b.writeInt32BE(Number(v), this.pos); this.pos += 4; }
    else { b[this.pos++] = 0xcb; b.writeBigInt64BE(BigInt.asIntN(64, v), this.pos); this.pos += 8; }
  }

  private header(size: number, tiny: number, big8: number): void {
    this.ensure(5);
    const b = this.buf;
    if (size < 16) b[this.pos++] = tiny | size;
    else if (size < 0x100) { b[this.pos++] = big8; b[this.pos++] = size; }
    else if (size < 0x10000) { b[this.pos++] = big8 + 1; b.writeUInt16BE(size, this.pos); this.pos += 2; }
    else { b[this.pos++] = big8 + 2; b.writeUInt32BE(size, this.pos); this.pos += 4; }
  }

  private string(s: string): void {
    const len = Buffer.byteLength(s, 'utf8');
    this.header(len, 0x80, 0xd0);
    this.ensure(len);
    this.buf.write(s, this.pos, 'utf8');
    this.pos += len;
  }

  private bytes(v: Uint8Array): void {
    this.ensure(5 + v.length);
    const b = this.buf;
    if (v.length < 0x100) { b[this.pos++] = 0xcc; b[this.pos++] = v.length; }
    else if (v.length < 0x10000) { b[this.pos++] = 0xcd; b.writeUInt16BE(v.length, this.pos); this.pos += 2; }
    else { b[this.pos++] = 0xce; b.writeUInt32BE(v.length, this.pos); this.pos += 4; }
    b.set(v, this.pos);
    this.pos += v.length;
  }
}

export class Unpacker {
  private pos = 0;
  constructor(private readonly buf: Buffer) {}

  get remaining(): number { return this.buf.length - this.pos; }

  unpack(): PackValue {
    const b = this.buf;
    const m = b[this.pos++];
    if (m === undefined) throw new Error('PackStream: unexpected end of message');
    if (m < 0x80) return BigInt(m);
    if (m >= 0xf0) return BigInt(m - 0x100);
    const hi = m & 0xf0, lo = m & 0x0f;
    if (hi === 0x80) return this.str(lo);
    if (hi === 0x90) return this.list(lo);
    if (hi === 0xa0) return this.map(lo);
    if (hi === 0xb0) return this.struct(lo);
    switch (m) {
      case 0xc0: return null;
      case 0xc1: { const v = b.readDoubleBE(this.pos); this.pos += 8; return v; }
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc8: { const v = b.readInt8(this.pos); this.pos += 1; return BigInt(v); }
      case 0xc9: { const v = b.readInt16BE(this.pos); this.pos += 2; return BigInt(v); }
      case 0xca: { const v = b.readInt32BE(this.pos); this.pos += 4; return BigInt(v); }
      case 0xcb: { const v = b.readBigInt64BE(this.pos); this.pos += 8; return v; }
      case 0xcc: return this.byteArray(this.u(1));
      case 0xcd: return this.byteArray(this.u(2));
      case 0xce: return this.byteArray(this.u(4));
      case 0xd0: return this.str(this.u(1));
      case 0xd1: return this.str(this.u(2));
      case 0xd2: return this.str(this.u(4));
      case 0xd4: return this.list(this.u(1));
      case 0xd5: return this.list(this.u(2));
      case 0xd6: return this.list(this.u(4));
      case 0xd8: return this.map(this.u(1));
      case 0xd9: return this.map(this.u(2));
      case 0xda: return this.map(this.u(4));
    }
    throw new Error(`PackStream: unknown marker 0x${m.toString(16)}`);
  }

  private u(n: 1 | 2 | 4): number {
    const v = n === 1 ? this.buf.readUInt8(this.pos) : n === 2 ? this.buf.readUInt16BE(this.pos) : this.buf.readUInt32BE(this.pos);
    this.pos += n;
    return v;
  }
  private str(len: number): string { const s = this.buf.toString('utf8', this.pos, this.pos + len); this.pos += len; return s; }
  private byteArray(len: number): Uint8Array { const s = new Uint8Array(this.buf.subarray(this.pos, this.pos + len)); this.pos += len; return s; }
  private list(n: number): PackValue[] { const out: PackValue[] = new Array(n); for (let i = 0; i < n; i++) out[i] = this.unpack(); return out; }
  private map(n: number): { [key: string]: PackValue } {
    const out: { [key: string]: PackValue } = {};
    for (let i = 0; i < n; i++) {
      const k = this.unpack();
      if (typeof k !== 'string') throw new Error('PackStream: map key is not a string');
      out[k] = this.unpack();
    }
    return out;
  }
  private struct(n: number): Structure {
    const sig = this.buf[this.pos++]!;
    const fields: PackValue[] = new Array(n);
    for (let i = 0; i < n; i++) fields[i] = this.unpack();
    return new Structure(sig, fields);
  }
}

export function isPackMap(v: PackValue): v is { [key: string]: PackValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Structure) && !(v instanceof Uint8Array);
}
