/**
 * One Bolt connection: handshake, then the request/response state machine of the protocol
 * (NEGOTIATION → AUTHENTICATION → READY ⇄ STREAMING, TX_READY ⇄ TX_STREAMING, FAILED until RESET).
 * Requests are handled strictly in order (clients pipeline RUN + PULL); results are materialised by
 * the engine and streamed `n` records per PULL.
 */
import type { Socket } from 'node:net';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AuthBackoff } from '../net/auth-backoff.ts';
import type { PreAuthBudget } from './limits.ts';
import { CypherError } from '../cypher/errors.ts';
import type { CypherValue } from '../cypher/values.ts';
import type { BoltBackend, BoltResult, Transaction } from './backend.ts';
import { BoltFailure } from './failure.ts';
import { Dechunker, chunk } from './chunking.ts';
import { decodeParams, BoltValueError, type TemporalFactory } from './decode-values.ts';
import { encodeValue, type EncodeContext, type IdRegistry } from './encode-values.ts';
import { BOLT_MAGIC, atLeast, choose, encodeVersion, manifest, parseProposals, readVarInt, type BoltVersion } from './handshake.ts';
import { MSG } from './messages.ts';
import { Packer, Structure, Unpacker, isPackMap, type PackValue } from './packstream.ts';
import { SERVER_AGENT } from './system-queries.ts';

export interface ConnectionConfig {
  backend: BoltBackend;
  auth?: { user: string; password: string };
  versions: readonly BoltVersion[];
  temporal: TemporalFactory;
  nodeIds: IdRegistry;
  relIds: IdRegistry;
  /** host:port this server is reached at, for ROUTE answers. */
  advertised: () => string;
  nextConnectionId: () => number;
  nextBookmark: () => string;
  defaultTimeoutMs?: number;
  /** Bytes, connections and time a client may use before it authenticates (limits.ts). */
  preAuth?: PreAuthBudget;
  /** Failed logins slow down per client address. */
  backoff?: AuthBackoff;
  log?: (line: string) => void;
}

function digest(s: unknown): Buffer {
  return createHash('sha256').update(typeof s === 'string' ? s : '\u0000not a string').digest();
}

type State = 'HANDSHAKE' | 'MANIFEST' | 'NEGOTIATION' | 'AUTHENTICATION' | 'READY' | 'STREAMING' | 'TX_READY' | 'TX_STREAMING' | 'FAILED' | 'DEFUNCT';

interface Stream {
  qid: bigint;
  result: BoltResult;
  offset: number;
  db: string;
}

type Meta = { [key: string]: PackValue };

const DEFAULT_DB = 'neo4j';
const KNOWN_DBS = new Set([DEFAULT_DB, 'system']);

function statsToBolt(stats: Record<string, number | undefined> | undefined): Meta | undefined {
  if (!stats) return undefined;
  const out: Meta = {};
  for (const [k, v] of Object.entries(stats)) {
    if (!v) continue;
    out[k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] = BigInt(v);
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * EXPLAIN's plan as Neo4j's plan map, from the engine's text: `+Operator details` lines; a line's
 * successor at the same indentation is its child (the operator it reads from), an indented block is a
 * further child (the other branch) of the operator above it.
 */
function planToBolt(text: string): Meta {
  type Op = Meta & { children: Meta[] };
  const make = (operatorType: string, details: string): Op => ({ operatorType, args: { Details: details }, identifiers: [], children: [] });
  const root = make('ProduceResults', '');
  const lastAt: Op[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const depth = line.length - line.trimStart().length;
    const body = line.trim().replace(/^\+/, '');
    const space = body.indexOf(' ');
    const op = make(space < 0 ? body : body.slice(0, space), space < 0 ? '' : body.slice(space + 1).replace(/^\((.*)\)$/, '$1'));
    let parent: Op = root;
    for (let d = depth; d >= 0; d--) { const p = lastAt[d]; if (p) { parent = p; break; } }
    parent.children.push(op);
    lastAt[depth] = op;
    lastAt.length = depth + 1;
  }
  return root;
}

export class BoltConnection {
  private state: State = 'HANDSHAKE';
  private pre = Buffer.alloc(0);
  private readonly dechunker = new Dechunker();
  private version: BoltVersion = { major: 5, minor: 0 };
  private queue: Promise<void> = Promise.resolve();
  private tx: Transaction | undefined;
  private txDb = DEFAULT_DB;
  private txQid = 0n;
  private streams: Stream[] = [];
  private authenticated = false;
  private readonly packer = new Packer();
  private outbox: Buffer[] = [];
  private ctx!: EncodeContext;
  private readonly remote: string;
  private authTimer: NodeJS.Timeout | undefined;

  constructor(private readonly socket: Socket, private readonly cfg: ConnectionConfig) {
    this.remote = socket.remoteAddress ?? '';
    socket.setNoDelay(true);
    socket.on('data', (d) => this.onData(d));
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
    this.startPreAuth();
  }

  /** From connection (or LOGOFF) until authentication: a budget of bytes, and a deadline. */
  private startPreAuth(): void {
    const budget = this.cfg.preAuth;
    if (!budget) return;
    if (!budget.admit(this)) {
      this.cfg.log?.(`bolt: refusing ${this.remote}: ${budget.limits.maxPreAuthConnections} connections are already waiting to authenticate`);
      this.close();
      return;
    }
    this.authTimer = setTimeout(() => {
      this.cfg.log?.(`bolt: closing ${this.remote}: not authenticated within ${budget.limits.authTimeoutMs} ms`);
      this.close();
    }, budget.limits.authTimeoutMs);
    this.authTimer.unref();
  }

  private endPreAuth(): void {
    clearTimeout(this.authTimer);
    this.authTimer = undefined;
    this.cfg.preAuth?.release(this);
  }

  private onData(data: Buffer): void {
    // bytes from a client that has not authenticated are counted as they arrive, before any buffering
    if (!this.authenticated && this.cfg.preAuth && !this.cfg.preAuth.charge(this, data.length)) {
      this.cfg.log?.(`bolt: closing ${this.remote}: over ${this.cfg.preAuth.limits.preAuthBytes} bytes before authentication (or the server's budget for unauthenticated clients is spent)`);
      this.close();
      return;
    }
    if (this.state === 'HANDSHAKE' || this.state === 'MANIFEST') {
      this.pre = Buffer.concat([this.pre, data]);
      if (!this.handshake()) return;
      data = this.pre;
      this.pre = Buffer.alloc(0);
      if (!data.length) return;
    }
    if (this.state === 'DEFUNCT') return;
    let messages: Buffer[];
    try {
      messages = this.dechunker.push(data);
    } catch {
      this.close();
      return;
    }
    for (const m of messages) this.queue = this.queue.then(() => this.onMessage(m)).then(() => this.flush(), (err) => {
      this.cfg.log?.(`bolt: connection error: ${(err as Error).message}`);
      this.close();
    });
  }

  /** Returns true once the handshake is done (leftover bytes stay in `pre`). */
  private handshake(): boolean {
    if (this.state === 'HANDSHAKE') {
      if (this.pre.length < 20) return false;
      if (this.pre.readUInt32BE(0) !== BOLT_MAGIC) { this.close(); return false; }
      const picked = choose(parseProposals(this.pre.subarray(4, 20)), this.cfg.versions);
      this.pre = this.pre.subarray(20);
      if (picked.kind === 'none') { this.socket.end(Buffer.alloc(4)); this.state = 'DEFUNCT'; return false; }
      if (picked.kind === 'version') {
        this.setVersion(picked.version);
        this.socket.write(encodeVersion(picked.version));
        this.state = 'NEGOTIATION';
        return true;
      }
      this.socket.write(manifest(this.cfg.versions));
      this.state = 'MANIFEST';
    }
    // manifest: the client answers with its pick (4 bytes) and a capability varint
    if (this.pre.length < 5) return false;
    const caps = readVarInt(this.pre, 4);
    if (!caps) return false;
    const v = { major: this.pre[3]!, minor: this.pre[2]! };
    this.pre = this.pre.subarray(4 + caps.length);
    if (!this.cfg.versions.some((s) => s.major === v.major && s.minor === v.minor)) { this.close(); return false; }
    this.setVersion(v);
    this.state = 'NEGOTIATION';
    return true;
  }

  private setVersion(v: BoltVersion): void {
    this.version = v;
    this.ctx = { elementIds: v.major >= 5, utc: v.major >= 5, nodeIds: this.cfg.nodeIds, relIds: this.cfg.relIds };
  }

  private send(signature: number, fields: PackValue[]): void {
    if (this.state === 'DEFUNCT' && signature !== MSG.FAILURE) return;
    this.packer.pack(new Structure(signature, fields));
    this.outbox.push(chunk(this.packer.take()));
  }

  private flush(): void {
    if (!this.outbox.length) return;
    const out = this.outbox.length === 1 ? this.outbox[0]! : Buffer.concat(this.outbox);
    this.outbox = [];
    if (!this.socket.destroyed) this.socket.write(out);
  }
  private success(meta: Meta = {}): void { this.send(MSG.SUCCESS, [meta]); }
  private ignored(): void { this.send(MSG.IGNORED, []); }

  private failure(err: unknown): void {
    let code = 'Neo.DatabaseError.General.UnknownError', message = String(err);
    if (err instanceof CypherError || err instanceof BoltFailure) { code = err.code; message = err.message; }
    else if (err instanceof BoltValueError) { code = 'Neo.ClientError.Request.Invalid'; message = err.message; }
    else if (err instanceof Error) message = err.message;
    const meta: Meta = { message };
    if (atLeast(this.version, 5, 7)) {
      meta.neo4j_code = code;
      meta.gql_status = '50N42';
      meta.description = `error: general processing exception - unexpected error. ${message}`;
      meta.diagnostic_record = { OPERATION: '', OPERATION_CODE: '0', CURRENT_SCHEMA: '/' };
    } else {
      meta.code = code;
    }
    this.send(MSG.FAILURE, [meta]);
  }

  private close(): void {
    this.endPreAuth();
    if (this.state === 'DEFUNCT') return;
    this.state = 'DEFUNCT';
    const tx = this.tx;
    this.tx = undefined;
    if (tx) void this.cfg.backend.rollback(tx);
    this.socket.destroy();
  }

  private async onMessage(buf: Buffer): Promise<void> {
    if (this.state === 'DEFUNCT') return;
    const value = new Unpacker(buf).unpack();
    if (!(value instanceof Structure)) { this.close(); return; }
    const sig = value.signature;
    const f = value.fields;
    if (sig === MSG.GOODBYE) { this.close(); return; }
    if (sig === MSG.RESET) { await this.reset(); this.success(); return; }
    if (this.state === 'FAILED') { this.ignored(); return; }
    try {
      await this.dispatch(sig, f);
    } catch (err) {
      if (err instanceof CypherError || err instanceof BoltFailure || err instanceof BoltValueError) this.cfg.log?.(`bolt: ${(err as Error).message}`);
      else this.cfg.log?.(`bolt: internal error: ${(err as Error).stack ?? err}`);
      const auth = err instanceof BoltFailure && err.code.startsWith('Neo.ClientError.Security.');
      this.failure(err);
      // a refused HELLO (Bolt < 5.1) ends the connection; a refused LOGON leaves it FAILED (pipelined
      // requests are IGNORED), and after RESET only another LOGON is accepted
      if (auth && sig === MSG.HELLO) { this.flush(); this.socket.end(); this.state = 'DEFUNCT'; return; }
      this.streams = [];
      this.state = 'FAILED';
    }
  }

  private async reset(): Promise<void> {
    this.streams = [];
    if (this.tx) { const tx = this.tx; this.tx = undefined; await this.cfg.backend.rollback(tx); }
    this.state = this.authenticated ? 'READY' : this.state === 'NEGOTIATION' ? 'NEGOTIATION' : 'AUTHENTICATION';
  }

  private protocolError(what: string): BoltFailure {
    return new BoltFailure('Neo.ClientError.Request.Invalid', `Message ${what} cannot be handled by a session in the ${this.state} state.`);
  }

  private authenticate(token: { [key: string]: PackValue }): void {
    const want = this.cfg.auth;
    if (want) {
      const wait = this.cfg.backoff?.retryAfterMs(this.remote) ?? 0;
      if (wait > 0) {
        throw new BoltFailure('Neo.ClientError.Security.AuthenticationRateLimit',
          `Too many failed authentication attempts from ${this.remote}: try again in ${Math.ceil(wait / 1000)} s.`);
      }
      // constant-time comparison of digests: answer time says nothing about how close a guess was
      const ok = token.scheme === 'basic'
        && timingSafeEqual(digest(token.principal), digest(want.user)) && timingSafeEqual(digest(token.credentials), digest(want.password));
      if (!ok) {
        this.cfg.backoff?.fail(this.remote);
        throw new BoltFailure('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.');
      }
      this.cfg.backoff?.succeed(this.remote);
    }
    this.authenticated = true;
    this.endPreAuth();
  }

  private async dispatch(sig: number, f: PackValue[]): Promise<void> {
    const extra = (i: number): Meta => { const v = f[i]; return v !== undefined && isPackMap(v) ? v : {}; };
    switch (sig) {
      case MSG.HELLO: {
        if (this.state !== 'NEGOTIATION') throw this.protocolError('HELLO');
        const meta = extra(0);
        const out: Meta = { server: SERVER_AGENT, connection_id: `bolt-${this.cfg.nextConnectionId()}` };
        if (atLeast(this.version, 5, 1)) {
          this.state = 'AUTHENTICATION';
          // telemetry off: the driver would otherwise spend a round trip on TELEMETRY before each API call
          out.hints = {};
        } else {
          this.authenticate(meta);
          this.state = 'READY';
          if (Array.isArray(meta.patch_bolt) && meta.patch_bolt.includes('utc')) {
            this.ctx = { ...this.ctx, utc: true };
            out.patch_bolt = ['utc'];
          }
          out.hints = {};
        }
        this.success(out);
        return;
      }
      case MSG.LOGON: {
        if (this.state !== 'AUTHENTICATION') throw this.protocolError('LOGON');
        this.authenticate(extra(0));
        this.state = 'READY';
        this.success();
        return;
      }
      case MSG.LOGOFF: {
        if (this.state !== 'READY') throw this.protocolError('LOGOFF');
        this.authenticated = false;
        this.state = 'AUTHENTICATION';
        this.startPreAuth();
        this.success();
        return;
      }
      case MSG.TELEMETRY: {
        if (this.state !== 'READY') throw this.protocolError('TELEMETRY');
        this.success();
        return;
      }
      case MSG.ROUTE: {
        if (this.state !== 'READY') throw this.protocolError('ROUTE');
        const ctx = extra(0);
        const ex = f[2];
        const db = (typeof ex === 'string' ? ex : ex && isPackMap(ex) && typeof ex.db === 'string' ? ex.db : undefined) ?? DEFAULT_DB;
        this.checkDb(db);
        const addr = typeof ctx.address === 'string' && ctx.address ? ctx.address : this.cfg.advertised();
        this.success({
          rt: {
            ttl: 300n, db,
            servers: [
              { addresses: [addr], role: 'ROUTE' },
              { addresses: [addr], role: 'READ' },
              { addresses: [addr], role: 'WRITE' },
            ],
          },
        });
        return;
      }
      case MSG.BEGIN: {
        if (this.state !== 'READY') throw this.protocolError('BEGIN');
        const ex = extra(0);
        const db = typeof ex.db === 'string' ? ex.db : DEFAULT_DB;
        this.checkDb(db);
        this.tx = this.cfg.backend.begin(ex.mode === 'r');
        this.txDb = db;
        this.txQid = 0n;
        this.state = 'TX_READY';
        this.success();
        return;
      }
      case MSG.RUN: return this.run(f);
      case MSG.PULL: case MSG.DISCARD: return this.pull(sig === MSG.DISCARD, extra(0));
      case MSG.COMMIT: {
        if (this.state !== 'TX_READY' && this.state !== 'TX_STREAMING') throw this.protocolError('COMMIT');
        const tx = this.tx!;
        this.tx = undefined;
        this.streams = [];
        await this.cfg.backend.commit(tx);
        this.state = 'READY';
        this.success({ bookmark: this.cfg.nextBookmark(), db: this.txDb });
        return;
      }
      case MSG.ROLLBACK: {
        if (this.state !== 'TX_READY' && this.state !== 'TX_STREAMING') throw this.protocolError('ROLLBACK');
        const tx = this.tx!;
        this.tx = undefined;
        this.streams = [];
        await this.cfg.backend.rollback(tx);
        this.state = 'READY';
        this.success();
        return;
      }
      default:
        throw new BoltFailure('Neo.ClientError.Request.Invalid', `Unknown message 0x${sig.toString(16)}`);
    }
  }

  private checkDb(db: string): void {
    if (!KNOWN_DBS.has(db)) {
      throw new BoltFailure('Neo.ClientError.Database.DatabaseNotFound', `Graph not found: ${db}`);
    }
  }

  private async run(f: PackValue[]): Promise<void> {
    const inTx = this.state === 'TX_READY' || this.state === 'TX_STREAMING';
    if (this.state !== 'READY' && !inTx) throw this.protocolError('RUN');
    const query = typeof f[0] === 'string' ? f[0] : '';
    const params = decodeParams(f[1], this.cfg.temporal);
    const ex = f[2] !== undefined && isPackMap(f[2]) ? f[2] : {};
    let db = this.txDb;
    if (!inTx) {
      db = typeof ex.db === 'string' ? ex.db : DEFAULT_DB;
      this.checkDb(db);
    }
    // a client may ask for less time than the server's limit (--query-timeout), never for more
    const asked = typeof ex.tx_timeout === 'bigint' && ex.tx_timeout > 0n ? Number(ex.tx_timeout) : undefined;
    const limit = this.cfg.defaultTimeoutMs;
    const timeout = asked === undefined ? limit : limit === undefined ? asked : Math.min(asked, limit);
    const started = Date.now();
    const readOnly = inTx ? this.tx!.readOnly : ex.mode === 'r';
    const result = await this.cfg.backend.run(query, params as Record<string, CypherValue>, { readOnly, timeoutMs: timeout, ...(inTx ? { tx: this.tx! } : {}) });
    const meta: Meta = { fields: result.columns, t_first: BigInt(Date.now() - started) };
    if (inTx) {
      const qid = this.txQid++;
      meta.qid = qid;
      this.streams.push({ qid, result, offset: 0, db });
      this.state = 'TX_STREAMING';
    } else {
      this.streams = [{ qid: -1n, result, offset: 0, db }];
      this.state = 'STREAMING';
    }
    this.success(meta);
  }

  private async pull(discard: boolean, ex: Meta): Promise<void> {
    const name = discard ? 'DISCARD' : 'PULL';
    if (this.state !== 'STREAMING' && this.state !== 'TX_STREAMING') throw this.protocolError(name);
    const n = typeof ex.n === 'bigint' ? ex.n : -1n;
    const qid = typeof ex.qid === 'bigint' ? ex.qid : -1n;
    const idx = qid === -1n ? this.streams.length - 1 : this.streams.findIndex((s) => s.qid === qid);
    const stream = this.streams[idx];
    if (!stream) throw new BoltFailure('Neo.ClientError.Request.Invalid', `No open result with qid ${qid}`);
    const rows = stream.result.rows;
    const end = n < 0n ? rows.length : Math.min(rows.length, stream.offset + Number(n));
    if (!discard) {
      for (let i = stream.offset; i < end; i++) this.send(MSG.RECORD, [rows[i]!.map((v) => encodeValue(v, this.ctx))]);
    }
    stream.offset = discard && n < 0n ? rows.length : end;
    if (stream.offset < rows.length) { this.success({ has_more: true }); return; }
    this.streams.splice(idx, 1);
    const meta: Meta = { type: stream.result.type, t_last: 0n, db: stream.db };
    const stats = statsToBolt(stream.result.stats);
    if (stats) meta.stats = stats;
    if (stream.result.plan) meta.plan = planToBolt(stream.result.plan);
    if (this.state === 'STREAMING') {
      meta.bookmark = this.cfg.nextBookmark();
      this.state = 'READY';
    } else if (this.streams.length === 0) {
      this.state = 'TX_READY';
    }
    this.success(meta);
  }
}
