/** The protocol at the byte level: handshake (classic and manifest), FAILURE → IGNORED until RESET. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { startBoltServer, type BoltServer } from '../../src/bolt/index.ts';
import { Packer, Structure, Unpacker, type PackValue } from '../../src/bolt/packstream.ts';
import { Dechunker, chunk } from '../../src/bolt/chunking.ts';
import { MSG } from '../../src/bolt/messages.ts';
import { scriptedEngine } from './scripted-engine.ts';

let server: BoltServer;
beforeAll(async () => { const { engine, graph } = scriptedEngine(); server = await startBoltServer({ engine, graph, port: 0 }); });
afterAll(async () => { await server?.close(); });

class RawClient {
  private buf = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  private dechunker = new Dechunker();
  private inbox: Structure[] = [];
  handshaken = false;
  constructor(readonly socket: Socket) {
    socket.on('data', (d) => {
      if (!this.handshaken) { this.buf = Buffer.concat([this.buf, d]); }
      else for (const m of this.dechunker.push(d)) this.inbox.push(new Unpacker(m).unpack() as Structure);
      for (const w of this.waiters.splice(0)) w();
    });
  }
  async bytes(n: number): Promise<Buffer> {
    while (this.buf.length < n) await new Promise<void>((r) => this.waiters.push(r));
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }
  send(sig: number, ...fields: PackValue[]): void {
    const p = new Packer();
    p.pack(new Structure(sig, fields));
    this.socket.write(chunk(p.take()));
  }
  async next(): Promise<Structure> {
    while (!this.inbox.length) await new Promise<void>((r) => this.waiters.push(r));
    return this.inbox.shift()!;
  }
}

async function open(proposals: number[][]): Promise<RawClient> {
  const socket = connect(server.port, '127.0.0.1');
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const c = new RawClient(socket);
  socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, ...proposals.flat()]));
  return c;
}

describe('raw Bolt', () => {
  it('negotiates classically, then FAILURE is followed by IGNORED until RESET', async () => {
    const c = await open([[0, 0, 4, 5], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
    expect([...(await c.bytes(4))]).toEqual([0, 0, 4, 5]);
    c.handshaken = true;
    c.send(MSG.HELLO, { user_agent: 'raw/1', bolt_agent: { product: 'raw/1' } });
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.LOGON, { scheme: 'none' });
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.RUN, 'BAD', {}, {});
    c.send(MSG.PULL, { n: -1n });
    c.send(MSG.RUN, 'RETURN 1', {}, {});
    const failure = await c.next();
    expect(failure.signature).toBe(MSG.FAILURE);
    expect((failure.fields[0] as Record<string, unknown>).code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect((await c.next()).signature).toBe(MSG.IGNORED);
    expect((await c.next()).signature).toBe(MSG.IGNORED);
    c.send(MSG.RESET);
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.RUN, 'RETURN 1', {}, {});
    c.send(MSG.PULL, { n: 1000n });
    const run = await c.next();
    expect(run.signature).toBe(MSG.SUCCESS);
    expect((run.fields[0] as Record<string, unknown>).fields).toEqual(['1']);
    const rec = await c.next();
    expect(rec.signature).toBe(MSG.RECORD);
    expect(rec.fields[0]).toEqual([1n]);
    const done = await c.next();
    expect(done.signature).toBe(MSG.SUCCESS);
    expect((done.fields[0] as Record<string, unknown>).type).toBe('r');
    c.send(MSG.GOODBYE);
    await new Promise<void>((r) => c.socket.once('close', () => r()));
  });

  it('handles DISCARD, TELEMETRY, LOGOFF and a second LOGON on one connection', async () => {
    const c = await open([[0, 0, 8, 5], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
    expect([...(await c.bytes(4))]).toEqual([0, 0, 8, 5]);
    c.handshaken = true;
    c.send(MSG.HELLO, { user_agent: 'raw/1' });
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.LOGON, { scheme: 'none' });
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.TELEMETRY, 0n);
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.RUN, 'RANGE', { n: 5n }, {});
    c.send(MSG.PULL, { n: 2n });
    c.send(MSG.DISCARD, { n: -1n });
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    expect((await c.next()).signature).toBe(MSG.RECORD);
    expect((await c.next()).signature).toBe(MSG.RECORD);
    const more = await c.next();
    expect((more.fields[0] as Record<string, unknown>).has_more).toBe(true);
    const discarded = await c.next();
    expect(discarded.signature).toBe(MSG.SUCCESS);
    expect((discarded.fields[0] as Record<string, unknown>).has_more).toBeUndefined();
    expect((discarded.fields[0] as Record<string, unknown>).bookmark).toBeTypeOf('string');
    c.send(MSG.LOGOFF);
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.RUN, 'RETURN 1', {}, {});
    expect((await c.next()).signature).toBe(MSG.FAILURE); // not authenticated any more
    c.send(MSG.RESET);
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.LOGON, { scheme: 'none' });
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    c.send(MSG.RUN, 'RETURN 1', {}, {});
    c.send(MSG.PULL, { n: -1n });
    expect((await c.next()).signature).toBe(MSG.SUCCESS);
    expect((await c.next()).fields[0]).toEqual([1n]);
    c.socket.destroy();
  });

  it('answers a manifest proposal with its version list, then takes the client pick', async () => {
    const c = await open([[0, 0, 1, 255], [0, 8, 8, 5], [0, 2, 4, 4], [0, 0, 0, 3]]);
    expect([...(await c.bytes(4))]).toEqual([0, 0, 1, 255]);
    const n = (await c.bytes(1))[0]!;
    const ranges = await c.bytes(4 * n);
    expect([...ranges.subarray(0, 4)]).toEqual([0, 8, 8, 5]);
    expect((await c.bytes(1))[0]).toBe(0);
    c.handshaken = true;
    c.socket.write(Buffer.from([0, 0, 6, 5, 0]));
    c.send(MSG.HELLO, { user_agent: 'raw/1' });
    const hello = await c.next();
    expect(hello.signature).toBe(MSG.SUCCESS);
    expect((hello.fields[0] as Record<string, unknown>).server).toMatch(/^Neo4j\//);
    c.socket.destroy();
  });

  it('refuses a client that proposes no version it speaks', async () => {
    const c = await open([[0, 0, 0, 3], [0, 0, 0, 2], [0, 0, 0, 0], [0, 0, 0, 0]]);
    expect([...(await c.bytes(4))]).toEqual([0, 0, 0, 0]);
  });
});
