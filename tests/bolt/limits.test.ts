/**
 * Issue 14 on the Bolt port: what a client that has not authenticated may cost (bytes per connection,
 * bytes and connections for all of them, time), and the back-off on failed logins — with raw sockets
 * and with the official driver.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { startBoltServer, type BoltServer, type BoltServerOptions } from '../../src/bolt/index.ts';
import { Packer, Structure, Unpacker, type PackValue } from '../../src/bolt/packstream.ts';
import { Dechunker, chunk } from '../../src/bolt/chunking.ts';
import { MSG } from '../../src/bolt/messages.ts';
import { scriptedEngine } from './scripted-engine.ts';

let server: BoltServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

async function start(o: Partial<BoltServerOptions>): Promise<BoltServer> {
  const { engine, graph } = scriptedEngine();
  server = await startBoltServer({ engine, graph, port: 0, ...o });
  return server;
}

/** A Bolt 5.4 client at the byte level: messages in, and whether the server closed the socket. */
class Raw {
  private inbox: Structure[] = [];
  private waiters: Array<() => void> = [];
  private dechunker = new Dechunker();
  private version = Buffer.alloc(0);
  closed = false;
  constructor(readonly socket: Socket) {
    socket.on('data', (d) => {
      if (this.version.length < 4) {
        this.version = Buffer.concat([this.version, d]);
        if (this.version.length <= 4) { this.wake(); return; }
        d = this.version.subarray(4);
        this.version = this.version.subarray(0, 4);
      }
      for (const m of this.dechunker.push(d)) this.inbox.push(new Unpacker(m).unpack() as Structure);
      this.wake();
    });
    socket.on('error', () => {});
    socket.on('close', () => { this.closed = true; this.wake(); });
  }
  private wake(): void { for (const w of this.waiters.splice(0)) w(); }
  static async open(port: number): Promise<Raw> {
    const socket = connect(port, '127.0.0.1');
    const raw = new Raw(socket);
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    return raw;
  }
  send(sig: number, ...fields: PackValue[]): void {
    const p = new Packer();
    p.pack(new Structure(sig, fields));
    if (!this.socket.destroyed) this.socket.write(chunk(p.take()));
  }
  /** The next message, or 'closed' when the server closes the connection first. */
  async next(): Promise<Structure | 'closed'> {
    for (;;) {
      if (this.inbox.length) return this.inbox.shift()!;
      if (this.closed) return 'closed';
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }
  async whenClosed(): Promise<void> {
    while (!this.closed) await new Promise<void>((r) => this.waiters.push(r));
  }
}

const sig = (m: Structure | 'closed') => (m === 'closed' ? 'closed' : m.signature);
const code = (m: Structure | 'closed') => (m === 'closed' ? 'closed' : (m.fields[0] as Record<string, unknown>).code);
const hello = (pad: number) => ({ user_agent: 'raw/1 ' + 'x'.repeat(pad) });

describe('before authentication', () => {
  it('accepts a message under the per-connection budget and closes one over it', async () => {
    const s = await start({ limits: { preAuthBytes: 64 * 1024 } });
    const small = await Raw.open(s.port);
    small.send(MSG.HELLO, hello(30_000));
    expect(sig(await small.next())).toBe(MSG.SUCCESS);
    small.socket.destroy();
    const big = await Raw.open(s.port);
    big.send(MSG.HELLO, hello(70_000));
    expect(await big.next()).toBe('closed');
  });

  it('never buffers an unterminated message from a stranger: 16 × 8 MB streams are cut at the budget', async () => {
    const s = await start({});
    const clients = await Promise.all(Array.from({ length: 16 }, () => Raw.open(s.port)));
    const piece = Buffer.alloc(0x10001, 0x41);
    piece.writeUInt16BE(0xffff, 0); // one full chunk, never followed by the 00 00 that ends a message
    await Promise.all(clients.map(async (c) => {
      for (let sent = 0; sent < 8 << 20 && !c.closed; sent += piece.length) {
        if (!c.socket.write(piece)) await new Promise<void>((r) => { c.socket.once('drain', () => r()); c.socket.once('close', () => r()); });
      }
      await c.whenClosed();
    }));
    expect(clients.every((c) => c.closed)).toBe(true);
  });

  it('shares one budget between all unauthenticated connections, freed as they authenticate', async () => {
    const s = await start({ limits: { preAuthBytes: 64 * 1024, preAuthTotalBytes: 100 * 1024 } });
    const a = await Raw.open(s.port), b = await Raw.open(s.port);
    a.send(MSG.HELLO, hello(40_000));
    expect(sig(await a.next())).toBe(MSG.SUCCESS);
    b.send(MSG.HELLO, hello(40_000));
    expect(sig(await b.next())).toBe(MSG.SUCCESS);
    const c = await Raw.open(s.port);
    c.send(MSG.HELLO, hello(40_000));
    expect(await c.next()).toBe('closed');
    a.send(MSG.LOGON, { scheme: 'none' });
    expect(sig(await a.next())).toBe(MSG.SUCCESS);
    const d = await Raw.open(s.port);
    d.send(MSG.HELLO, hello(40_000));
    expect(sig(await d.next())).toBe(MSG.SUCCESS);
    for (const x of [a, b, d]) x.socket.destroy();
  });

  it('caps the number of connections waiting to authenticate', async () => {
    const s = await start({ limits: { maxPreAuthConnections: 2 } });
    const a = await Raw.open(s.port), b = await Raw.open(s.port);
    const c = await Raw.open(s.port);
    await c.whenClosed();
    a.send(MSG.HELLO, hello(0));
    expect(sig(await a.next())).toBe(MSG.SUCCESS);
    a.send(MSG.LOGON, { scheme: 'none' });
    expect(sig(await a.next())).toBe(MSG.SUCCESS);
    const d = await Raw.open(s.port); // a's place is free again
    d.send(MSG.HELLO, hello(0));
    expect(sig(await d.next())).toBe(MSG.SUCCESS);
    for (const x of [a, b, d]) x.socket.destroy();
  });

  it('closes a connection that does not authenticate in time, not one that did', async () => {
    const s = await start({ limits: { authTimeoutMs: 300 } });
    const idle = await Raw.open(s.port);
    const ok = await Raw.open(s.port);
    ok.send(MSG.HELLO, hello(0));
    ok.send(MSG.LOGON, { scheme: 'none' });
    expect(sig(await ok.next())).toBe(MSG.SUCCESS);
    expect(sig(await ok.next())).toBe(MSG.SUCCESS);
    await idle.whenClosed();
    await new Promise((r) => setTimeout(r, 300));
    ok.send(MSG.RUN, 'RETURN 1', {}, {});
    ok.send(MSG.PULL, { n: -1n });
    expect(sig(await ok.next())).toBe(MSG.SUCCESS);
    expect((await ok.next()) as Structure).toMatchObject({ signature: MSG.RECORD, fields: [[1n]] });
    ok.socket.destroy();
  });
});

describe('failed logins', () => {
  const auth = { user: 'neo4j', password: 'right-password' };

  it('stop being checked after a few: guesses on one connection get AuthenticationRateLimit, the right one too', async () => {
    const s = await start({ auth, backoff: { freeFailures: 3, baseMs: 60_000 } });
    const c = await Raw.open(s.port);
    c.send(MSG.HELLO, hello(0));
    expect(sig(await c.next())).toBe(MSG.SUCCESS);
    const codes: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      c.send(MSG.LOGON, { scheme: 'basic', principal: 'neo4j', credentials: `guess-${i}` });
      codes.push(code(await c.next()));
      c.send(MSG.RESET);
      expect(sig(await c.next())).toBe(MSG.SUCCESS);
    }
    expect(codes.filter((x) => x === 'Neo.ClientError.Security.Unauthorized')).toHaveLength(3);
    expect(codes.slice(3).every((x) => x === 'Neo.ClientError.Security.AuthenticationRateLimit')).toBe(true);
    c.send(MSG.LOGON, { scheme: 'basic', principal: 'neo4j', credentials: 'right-password' });
    expect(code(await c.next())).toBe('Neo.ClientError.Security.AuthenticationRateLimit');
    c.socket.destroy();
  });

  it('locks out the address across connections, as the official driver sees it', async () => {
    const s = await start({ auth, backoff: { freeFailures: 2, baseMs: 60_000 } });
    const tryLogin = async (password: string) => {
      const driver = neo4j.driver(s.url, neo4j.auth.basic('neo4j', password));
      try { await driver.verifyConnectivity(); return 'ok'; } catch (err) { return (err as { code?: string }).code; } finally { await driver.close(); }
    };
    expect(await tryLogin('right-password')).toBe('ok');
    expect(await tryLogin('wrong-1')).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await tryLogin('wrong-2')).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await tryLogin('wrong-3')).toBe('Neo.ClientError.Security.AuthenticationRateLimit');
    expect(await tryLogin('right-password')).toBe('Neo.ClientError.Security.AuthenticationRateLimit');
  });

  it('forgives an address once its lockout is over and it logs in', async () => {
    const s = await start({ auth, backoff: { freeFailures: 1, baseMs: 200 } });
    const c = await Raw.open(s.port);
    c.send(MSG.HELLO, hello(0));
    await c.next();
    for (const expected of ['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']) {
      c.send(MSG.LOGON, { scheme: 'basic', principal: 'neo4j', credentials: 'nope' });
      expect(code(await c.next())).toBe(expected);
      c.send(MSG.RESET);
      await c.next();
    }
    await new Promise((r) => setTimeout(r, 250));
    c.send(MSG.LOGON, { scheme: 'basic', principal: 'neo4j', credentials: 'right-password' });
    expect(sig(await c.next())).toBe(MSG.SUCCESS);
    c.socket.destroy();
  });
});
