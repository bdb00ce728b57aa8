/**
 * Bolt message framing: a message is sent as chunks (2-byte big-endian size, then bytes), ended by an
 * empty chunk `00 00`. An empty chunk outside a message is a keep-alive (NOOP) and is ignored.
 */

const MAX_CHUNK = 0xffff;

export class Dechunker {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private buf: Buffer = Buffer.alloc(0);

  /** A message larger than `maxMessageBytes` is refused (push throws). */
  constructor(private readonly maxMessageBytes = 256 * 1024 * 1024) {}

  /** Feeds raw bytes; returns the complete messages they finish. */
  push(data: Buffer): Buffer[] {
    this.buf = this.buf.length ? Buffer.concat([this.buf, data]) : data;
    const out: Buffer[] = [];
    let pos = 0;
    while (this.buf.length - pos >= 2) {
      const size = this.buf.readUInt16BE(pos);
      if (size === 0) {
        pos += 2;
        if (this.pending.length) { out.push(Buffer.concat(this.pending)); this.pending = []; this.pendingBytes = 0; }
        continue;
      }
      if (this.buf.length - pos - 2 < size) break;
      this.pendingBytes += size;
      if (this.pendingBytes > this.maxMessageBytes) throw new Error(`Bolt message larger than ${this.maxMessageBytes} bytes`);
      this.pending.push(this.buf.subarray(pos + 2, pos + 2 + size));
      pos += 2 + size;
    }
    this.buf = this.buf.subarray(pos);
    return out;
  }
}

/** Frames one message (already PackStream-encoded) into chunks. */
export function chunk(message: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let off = 0; off < message.length; off += MAX_CHUNK) {
    const piece = message.subarray(off, Math.min(off + MAX_CHUNK, message.length));
    const head = Buffer.allocUnsafe(2);
    head.writeUInt16BE(piece.length, 0);
    parts.push(head, piece);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}
