/**
 * Bolt handshake: the client sends the magic preamble and four version proposals (each a major.minor
 * with a range of minors below it); the server answers with the version it picked. Bolt 5.7+ adds the
 * "manifest" style: a client proposing 255.1 lets the server list every version it speaks, and the
 * client then answers with its pick (plus a capability varint).
 */

export interface BoltVersion { major: number; minor: number }

export const BOLT_MAGIC = 0x6060b017;

/** Versions this server speaks, best first. */
export const SUPPORTED_VERSIONS: readonly BoltVersion[] = [
  { major: 5, minor: 8 }, { major: 5, minor: 7 }, { major: 5, minor: 6 }, { major: 5, minor: 5 },
  { major: 5, minor: 4 }, { major: 5, minor: 3 }, { major: 5, minor: 2 }, { major: 5, minor: 1 },
  { major: 5, minor: 0 }, { major: 4, minor: 4 },
];

export function versionString(v: BoltVersion): string { return `${v.major}.${v.minor}`; }

export function atLeast(v: BoltVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

/** Expands the four 4-byte proposals of a handshake (after the magic) into version ranges. */
export function parseProposals(bytes: Buffer): Array<{ major: number; minor: number; range: number }> {
  const out: Array<{ major: number; minor: number; range: number }> = [];
  for (let i = 0; i < 4; i++) {
    const o = i * 4;
    const range = bytes[o + 1]!, minor = bytes[o + 2]!, major = bytes[o + 3]!;
    if (major === 0 && minor === 0) continue;
    out.push({ major, minor, range });
  }
  return out;
}

export type HandshakeChoice =
  | { kind: 'version'; version: BoltVersion }
  | { kind: 'manifest' }
  | { kind: 'none' };

/** Picks the first proposal (client preference order) that the server supports. */
export function choose(proposals: ReturnType<typeof parseProposals>, supported: readonly BoltVersion[]): HandshakeChoice {
  for (const p of proposals) {
    if (p.major === 255 && p.minor === 1) return { kind: 'manifest' };
    for (const s of supported) {
      if (s.major === p.major && s.minor <= p.minor && s.minor >= p.minor - p.range) return { kind: 'version', version: s };
    }
  }
  return { kind: 'none' };
}

export function encodeVersion(v: BoltVersion): Buffer {
  return Buffer.from([0, 0, v.minor, v.major]);
}

export function writeVarInt(n: number): Buffer {
  const bytes: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    bytes.push(b);
  } while (n > 0);
  return Buffer.from(bytes);
}

/** Reads a varint at `offset`; returns undefined while more bytes are needed. */
export function readVarInt(buf: Buffer, offset: number): { value: number; length: number } | undefined {
  let value = 0, shift = 0, i = offset;
  for (;;) {
    if (i >= buf.length) return undefined;
    const b = buf[i++]!;
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return { value, length: i - offset };
  }
}

/** The manifest answer: marker 255.1, the version ranges (grouped per major), capabilities = 0. */
export function manifest(supported: readonly BoltVersion[]): Buffer {
  const byMajor = new Map<number, number[]>();
  for (const v of supported) byMajor.set(v.major, [...(byMajor.get(v.major) ?? []), v.minor]);
  const ranges: Buffer[] = [];
  for (const [major, minors] of byMajor) {
    const sorted = [...minors].sort((a, b) => b - a);
    // emit contiguous runs as ranges
    let start = sorted[0]!, prev = start;
    for (let i = 1; i <= sorted.length; i++) {
      const m = sorted[i];
      if (m !== undefined && m === prev - 1) { prev = m; continue; }
      ranges.push(Buffer.from([0, start - prev, start, major]));
      if (m !== undefined) { start = m; prev = m; }
    }
  }
  return Buffer.concat([Buffer.from([0, 0, 1, 255]), writeVarInt(ranges.length), ...ranges, writeVarInt(0)]);
}
