/** Issue 14 on the Bolt port: unauthenticated floods, idle connections, password guessing. */
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { Packer, Structure, Unpacker, type PackValue } from '../../../src/bolt/packstream.ts';
import { Dechunker, chunk } from '../../../src/bolt/chunking.ts';
import { fmtMs, rssMb, runCase, sleep, startServe, watchRss, type Row, type Serve } from './harness.ts';

const SECTION = 'bolt';
const PASSWORD = 'hostile-bolt-password';
const HELLO = 0x01, LOGON = 0x6a, RESET = 0x0f;

/** A Bolt 5.4 client at the byte level. */
class RawBolt {
  private inbox: Structure[] = [];
  private waiters: Array<() => void> = [];
  private dechunker = new Dechunker();
  private head = Buffer.alloc(0);
  readonly opened = performance.now();
  closedAt: number | undefined;
  constructor(readonly socket: Socket) {
    socket.on('data', (d) => {
      if (this.head.length < 4) {
        this.head = Buffer.concat([this.head, d]);
        if (this.head.length <= 4) return this.wake();
        d = this.head.subarray(4);
        this.head = this.head.subarray(0, 4);
      }
      try { for (const m of this.dechunker.push(d)) this.inbox.push(new Unpacker(m).unpack() as Structure); } catch { socket.destroy(); }
      this.wake();
    });
    socket.on('error', () => {});
    socket.on('close', () => { this.closedAt ??= performance.now(); this.wake(); });
  }
  get closed(): boolean { return this.closedAt !== undefined; }
  private wake(): void { for (const w of this.waiters.splice(0)) w(); }
  static async open(url: string, handshake = true): Promise<RawBolt> {
    const u = new URL(url);
    const socket = connect(Number(u.port), u.hostname.replace(/^\[|\]$/g, ''));
    const raw = new RawBolt(socket);
    await new Promise<void>((resolve, reject) => { socket.once('connect', () => resolve()); socket.once('error', reject); });
    if (handshake) socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    return raw;
  }
  send(sig: number, ...fields: PackValue[]): void {
    const p = new Packer();
    p.pack(new Structure(sig, fields));
    if (!this.socket.destroyed) this.socket.write(chunk(p.take()));
  }
  async next(timeoutMs = 5000): Promise<Structure | undefined> {
    const until = performance.now() + timeoutMs;
    while (!this.inbox.length && !this.closed && performance.now() < until) {
      await Promise.race([new Promise<void>((r) => this.waiters.push(r)), sleep(Math.max(1, until - performance.now()))]);
    }
    return this.inbox.shift();
  }
}

/** Waits for 'drain' (or close, or `ms`), leaving no listener behind. */
function drained(socket: Socket, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); socket.off('drain', done); socket.off('close', done); resolve(); };
    const timer = setTimeout(done, ms);
    socket.once('drain', done);
    socket.once('close', done);
  });
}

const failureCode = (m: Structure | undefined) => (m && m.signature === 0x7f ? String((m.fields[0] as Record<string, unknown>).code ?? (m.fields[0] as Record<string, unknown>).neo4j_code) : m ? 'SUCCESS' : 'none');

export async function boltCases(dir: string): Promise<Row[]> {
  const rows: Row[] = [];
  let server: Serve;
  try {
    server = await startServe(['--db', join(dir, 'bolt.json'), '--bolt', '0', '--bolt-auth', `neo4j:${PASSWORD}`]);
  } catch (err) {
    const figure = `server did not start: ${(err as Error).message.slice(0, 80)}`;
    return ['flood', 'guesses', 'idle'].map((name) => ({ section: SECTION, name, figure, limit: '', result: 'fail' as const }));
  }
  const idle: RawBolt[] = [];
  try {
    // opened first, checked last: a connection that never authenticates must not stay open
    idle.push(await RawBolt.open(server.bolt!, false));
    const half = await RawBolt.open(server.bolt!);
    half.send(HELLO, { user_agent: 'hostile/1' });
    idle.push(half);

    rows.push(await runCase(SECTION, '16 unauthenticated connections × 32 MB unterminated chunks', 'closed by the server; RSS peak +< 64 MB', 40_000, async (scope) => {
      const base = rssMb(server.child.pid);
      const rss = watchRss(server.child.pid);
      const clients = await Promise.all(Array.from({ length: 16 }, () => RawBolt.open(server.bolt!)));
      scope.defer(() => { for (const c of clients) c.socket.destroy(); });
      const piece = Buffer.alloc(0x10001, 0x41);
      piece.writeUInt16BE(0xffff, 0); // a full chunk, never followed by the 00 00 that ends a message
      const deadline = performance.now() + 25_000;
      await Promise.all(clients.map(async (c) => {
        for (let sent = 0; sent < 32 << 20 && !c.closed && performance.now() < deadline; sent += piece.length) {
          if (!c.socket.write(piece)) await drained(c.socket, 1000);
        }
        while (!c.closed && performance.now() < deadline) await sleep(50);
      }));
      const closedByServer = clients.filter((c) => c.closed).length;
      for (const c of clients) c.socket.destroy();
      await sleep(500);
      const peak = rss.stop() - base, after = rssMb(server.child.pid) - base;
      return {
        figure: `${closedByServer}/16 closed by the server; RSS peak +${peak.toFixed(0)} MB, +${after.toFixed(0)} MB after`,
        pass: closedByServer === 16 && peak < 64,
      };
    }));

    rows.push(await runCase(SECTION, 'password guesses for 5 s (4 connections)', '≤ 10 checked', 30_000, async (scope) => {
      const clients = await Promise.all(Array.from({ length: 4 }, () => RawBolt.open(server.bolt!)));
      scope.defer(() => { for (const c of clients) c.socket.destroy(); });
      const codes = new Map<string, number>();
      const until = performance.now() + 5000;
      await Promise.all(clients.map(async (c, w) => {
        c.send(HELLO, { user_agent: 'hostile/1' });
        await c.next();
        for (let i = 0; performance.now() < until && !c.closed; i++) {
          c.send(LOGON, { scheme: 'basic', principal: 'neo4j', credentials: `guess-${w}-${i}` });
          const code = failureCode(await c.next());
          codes.set(code, (codes.get(code) ?? 0) + 1);
          c.send(RESET);
          await c.next();
        }
      }));
      const checked = codes.get('Neo.ClientError.Security.Unauthorized') ?? 0;
      const detail = [...codes].map(([k, n]) => `${n} ${k.replace('Neo.ClientError.Security.', '')}`).join(', ');
      return { figure: `${checked} checked (${detail})`, pass: checked <= 10 && !codes.has('SUCCESS') };
    }));

    rows.push(await runCase(SECTION, 'connections that never authenticate (silent; HELLO only)', 'closed ≤ 30 s', 40_000, async () => {
      while (idle.some((c) => !c.closed) && performance.now() - idle[0]!.opened < 32_000) await sleep(200);
      const alive = server.alive();
      const figure = idle.map((c) => (c.closed ? `closed after ${fmtMs(c.closedAt! - c.opened)}` : 'still open')).join('; ');
      return { figure: alive ? figure : `${figure} (server died)`, pass: alive && idle.every((c) => c.closed && c.closedAt! - c.opened <= 30_000) };
    }));
  } finally {
    for (const c of idle) c.socket.destroy();
    await server.stop();
  }
  return rows;
}
