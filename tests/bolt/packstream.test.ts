import { describe, expect, it } from 'vitest';
import { Packer, Structure, Unpacker, type PackValue } from '../../src/bolt/packstream.ts';
import { Dechunker, chunk } from '../../src/bolt/chunking.ts';
import { choose, manifest, parseProposals, readVarInt, SUPPORTED_VERSIONS } from '../../src/bolt/handshake.ts';
import { parseBoltAuth, parseBoltListen } from '../../src/bolt/cli-options.ts';
import { temporalFields, formatDuration, formatLocalDateTime } from '../../src/bolt/temporal-codec.ts';

const roundTrip = (v: PackValue): PackValue => { const p = new Packer(); p.pack(v); return new Unpacker(p.take()).unpack(); };

describe('PackStream', () => {
  it('round-trips integers at every size boundary as bigint, floats as numbers', () => {
    for (const n of [0n, -16n, -17n, 127n, 128n, -128n, -129n, 32767n, 32768n, -32769n, 2147483647n, 2147483648n, -(2n ** 63n), 2n ** 63n - 1n]) {
      expect(roundTrip(n)).toBe(n);
    }
    expect(roundTrip(1.0)).toBe(1.0);
    expect(typeof roundTrip(1.0)).toBe('number');
  });

  it('uses the compact encodings Neo4j uses', () => {
    const p = new Packer();
    p.pack(1n); p.pack(-16n); p.pack('a'); p.pack([]); p.pack({}); p.pack(null); p.pack(true);
    expect([...p.take()]).toEqual([0x01, 0xf0, 0x81, 0x61, 0x90, 0xa0, 0xc0, 0xc3]);
  });

  it('round-trips strings, bytes, lists, maps and structures of every length class', () => {
    for (const len of [0, 15, 16, 255, 256, 65535, 65536]) {
      expect(roundTrip('é'.repeat(len))).toBe('é'.repeat(len));
      const list = Array.from({ length: Math.min(len, 300) }, (_, i) => BigInt(i));
      expect(roundTrip(list)).toEqual(list);
    }
    const bytes = new Uint8Array(300).map((_, i) => i % 256);
    expect(roundTrip(bytes)).toEqual(bytes);
    const map = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, BigInt(i)]));
    expect(roundTrip(map)).toEqual(map);
    const s = roundTrip(new Structure(0x4e, [1n, ['L'], { a: 'b' }, 'e']));
    expect(s).toBeInstanceOf(Structure);
    expect((s as Structure).signature).toBe(0x4e);
  });
});

describe('chunking', () => {
  it('splits messages over 64 KiB and reassembles them across arbitrary reads, ignoring NOOPs', () => {
    const msg = Buffer.alloc(150_000, 7);
    const wire = Buffer.concat([Buffer.from([0, 0]), chunk(msg), chunk(Buffer.from([1, 2, 3]))]);
    const d = new Dechunker();
    const got: Buffer[] = [];
    for (let i = 0; i < wire.length; i += 997) got.push(...d.push(wire.subarray(i, i + 997)));
    expect(got).toHaveLength(2);
    expect(got[0]!.equals(msg)).toBe(true);
    expect([...got[1]!]).toEqual([1, 2, 3]);
  });
});

describe('message size limit', () => {
  it('refuses a message over the limit', () => {
    const d = new Dechunker(1000);
    expect(() => d.push(chunk(Buffer.alloc(1500)))).toThrow(/larger than 1000/);
    expect(new Dechunker(1000).push(chunk(Buffer.alloc(900)))).toHaveLength(1);
  });
});

describe('handshake', () => {
  it('picks the best version within a proposed range, and the manifest when offered', () => {
    const proposals = (...words: number[][]) => parseProposals(Buffer.from(words.flat()));
    expect(choose(proposals([0, 4, 8, 5], [0, 2, 4, 4], [0, 0, 0, 3], [0, 0, 0, 0]), SUPPORTED_VERSIONS)).toEqual({ kind: 'version', version: { major: 5, minor: 8 } });
    expect(choose(proposals([0, 0, 4, 4], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]), SUPPORTED_VERSIONS)).toEqual({ kind: 'version', version: { major: 4, minor: 4 } });
    expect(choose(proposals([0, 0, 0, 3], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]), SUPPORTED_VERSIONS)).toEqual({ kind: 'none' });
    expect(choose(proposals([0, 0, 1, 255], [0, 8, 8, 5], [0, 0, 0, 0], [0, 0, 0, 0]), SUPPORTED_VERSIONS)).toEqual({ kind: 'manifest' });
  });

  it('lists its versions in the manifest as ranges', () => {
    const m = manifest(SUPPORTED_VERSIONS);
    expect([...m.subarray(0, 4)]).toEqual([0, 0, 1, 255]);
    const count = readVarInt(m, 4)!;
    expect(count.value).toBe(2);
    expect([...m.subarray(5, 13)]).toEqual([0, 8, 8, 5, 0, 0, 4, 4]);
    expect(readVarInt(m, 13)).toEqual({ value: 0, length: 1 });
  });
});

describe('temporal codec and CLI options', () => {
  it('reads the fields of Cypher temporal strings', () => {
    expect(temporalFields('Date', '1970-01-02')).toEqual({ type: 'Date', days: 1n });
    expect(temporalFields('DateTime', '1970-01-01T01:00:00+01:00')).toMatchObject({ seconds: 0n, offset: 3600n, localSeconds: 3600n });
    expect(temporalFields('Duration', 'PT-1.5S')).toEqual({ type: 'Duration', months: 0n, days: 0n, seconds: -2n, nanos: 500_000_000n });
    expect(formatDuration(14n, 3n, 3723n, 500n)).toBe('P1Y2M3DT1H2M3.0000005S');
    expect(formatLocalDateTime(-1n, 0n)).toBe('1969-12-31T23:59:59');
  });

  it('parses --bolt and --bolt-auth', () => {
    expect(parseBoltListen(true)).toEqual({ host: '127.0.0.1', port: 7687 });
    expect(parseBoltListen('7688')).toEqual({ host: '127.0.0.1', port: 7688 });
    expect(parseBoltListen('0.0.0.0:7000')).toEqual({ host: '0.0.0.0', port: 7000 });
    expect(() => parseBoltListen('abc')).toThrow(/--bolt/);
    expect(parseBoltAuth('neo4j:pa:ss')).toEqual({ user: 'neo4j', password: 'pa:ss' });
    expect(() => parseBoltAuth('nopassword')).toThrow(/user:password/);
  });
});

describe('DateTime encodings', () => {
  it('writes UTC-based structures on Bolt 5 and local-time ones on 4.4 without the utc patch', async () => {
    const { encodeValue, IdRegistry, SIG } = await import('../../src/bolt/encode-values.ts');
    const { engineTemporalFactory } = await import('../../src/bolt/engine-temporal.ts');
    const dt = engineTemporalFactory('DateTime', '1970-01-01T01:00:00+01:00');
    const zoned = engineTemporalFactory('DateTime', '1970-01-01T01:00:00+01:00[Europe/Paris]');
    const ctx = (utc: boolean) => ({ elementIds: utc, utc, nodeIds: new IdRegistry('n'), relIds: new IdRegistry('r') });
    const v5 = encodeValue(dt, ctx(true)) as Structure, v4 = encodeValue(dt, ctx(false)) as Structure;
    expect([v5.signature, ...v5.fields]).toEqual([SIG.DATE_TIME_OFFSET_UTC, 0n, 0n, 3600n]);
    expect([v4.signature, ...v4.fields]).toEqual([SIG.DATE_TIME_OFFSET_LEGACY, 3600n, 0n, 3600n]);
    const z5 = encodeValue(zoned, ctx(true)) as Structure, z4 = encodeValue(zoned, ctx(false)) as Structure;
    expect([z5.signature, ...z5.fields]).toEqual([SIG.DATE_TIME_ZONE_UTC, 0n, 0n, 'Europe/Paris']);
    expect([z4.signature, ...z4.fields]).toEqual([SIG.DATE_TIME_ZONE_LEGACY, 3600n, 0n, 'Europe/Paris']);
  });
});
