/**
 * `startBoltServer`: a Bolt endpoint (node:net) over the embedded store's Cypher engine, so any Neo4j
 * driver or cypher-shell can query Newsgraph. Binds 127.0.0.1:7687 by default; no auth unless `auth`
 * is given (basic scheme, user + password).
 */
import type { WriteLock } from './write-lock.ts';
import { createServer, type Server, type Socket } from 'node:net';
import { EngineBackend, type BoltBackend, type EngineLike, type ExecuteOptions, type GraphLike, type RawResult } from './backend.ts';
import { BoltConnection } from './connection.ts';
import type { TemporalFactory } from './decode-values.ts';
import { engineTemporalFactory } from './engine-temporal.ts';
import { IdRegistry } from './encode-values.ts';
import { SUPPORTED_VERSIONS, type BoltVersion } from './handshake.ts';
import { BOLT_DEFAULTS } from './defaults.ts';
import { BOLT_LIMIT_DEFAULTS, PreAuthBudget, type BoltLimits } from './limits.ts';
import { AuthBackoff, type BackoffOptions } from '../net/auth-backoff.ts';

export interface BoltServerOptions {
  /** The embedded engine (and its graph, for transaction rollback) ... */
  engine?: EngineLike;
  graph?: GraphLike;
  /** ... or a store that has them (the memory store exposes `graph`; its engine is built here). */
  store?: { graph: GraphLike };
  /** Called after each committed write (default: the store's `markDirty`, when it has one). */
  onWrite?: () => void;
  /** Shared with the graph's other writers (the HTTP API), so a transaction's rollback undoes only its own writes. */
  writeLock?: WriteLock;
  /** ... or a ready backend. */
  backend?: BoltBackend;
  host?: string;
  /** 0 = any free port. */
  port?: number;
  auth?: { user: string; password: string };
  /** Restrict the Bolt versions offered (tests use it to speak 4.4). */
  versions?: readonly BoltVersion[];
  /** Builds the engine's temporal values from parameters the client sends. */
  temporal?: TemporalFactory;
  /** Per-query time limit (ms): the default, and the most a client's tx_timeout can ask for. */
  timeoutMs?: number;
  /** What an unauthenticated client may cost (limits.ts; defaults BOLT_LIMIT_DEFAULTS). */
  limits?: Partial<BoltLimits>;
  /** Failed-login back-off per address (src/net/auth-backoff.ts; only with `auth`). */
  backoff?: BackoffOptions;
  /** Memory budget of each query (MB). */
  maxMemoryMb?: number;
  /**
   * Runs read-only queries off the main thread (the query-workers pool); writes stay on the engine
   * here. Without it every query runs on the main thread.
   */
  reads?: { runRaw(query: string, options: ExecuteOptions): Promise<RawResult> };
  log?: (line: string) => void;
}

export interface BoltServer {
  host: string;
  port: number;
  url: string;
  backend: BoltBackend;
  close(): Promise<void>;
}

async function makeBackend(o: BoltServerOptions): Promise<BoltBackend> {
  if (o.backend) return o.backend;
  const graph = o.graph ?? o.store?.graph;
  let engine = o.engine;
  if (!engine) {
    if (!graph) throw new Error('startBoltServer needs an engine, a store or a backend');
    // the engine is a teammate's module: loaded on demand so the protocol layer stands alone
    // (its path a literal: the CLI bundle can only hold modules it can name)
    const { CypherEngine } = (await import('../cypher/index.ts')) as unknown as { CypherEngine: new (g: unknown) => EngineLike };
    engine = new CypherEngine(graph);
  }
  const reads = o.reads;
  if (reads) {
    const local = engine;
    engine = { execute: (query, options) => (options?.readOnly ? reads.runRaw(query, options) : local.execute(query, options)) };
  }
  const store = o.store;
  const markDirty = (store as { markDirty?: unknown } | undefined)?.markDirty;
  const onWrite = o.onWrite ?? (typeof markDirty === 'function' ? () => { markDirty.call(store); } : undefined);
  return new EngineBackend({
    engine, ...(graph ? { graph } : {}), ...(onWrite ? { onWrite } : {}), ...(o.log ? { log: o.log } : {}),
    ...(o.writeLock ? { writeLock: o.writeLock } : {}),
    ...(o.maxMemoryMb !== undefined ? { maxMemoryMb: o.maxMemoryMb } : {}),
  });
}


export async function startBoltServer(o: BoltServerOptions): Promise<BoltServer> {
  const backend = await makeBackend(o);
  const temporal = o.temporal ?? engineTemporalFactory;
  const host = o.host ?? BOLT_DEFAULTS.host;
  const sockets = new Set<Socket>();
  const nodeIds = new IdRegistry('n'), relIds = new IdRegistry('r');
  let connections = 0, bookmarks = 0;
  let port = o.port ?? BOLT_DEFAULTS.port;
  const preAuth = new PreAuthBudget({ ...BOLT_LIMIT_DEFAULTS, ...o.limits });
  const backoff = new AuthBackoff(o.backoff);
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new BoltConnection(socket, {
      backend, temporal, nodeIds, relIds,
      versions: o.versions ?? SUPPORTED_VERSIONS,
      advertised: () => `${host.includes(':') ? `[${host}]` : host}:${port}`,
      nextConnectionId: () => ++connections,
      nextBookmark: () => `newsgraph:bookmark:${++bookmarks}`,
      preAuth, backoff,
      ...(o.auth ? { auth: o.auth } : {}),
      ...(o.timeoutMs ? { defaultTimeoutMs: o.timeoutMs } : {}),
      ...(o.log ? { log: o.log } : {}),
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  const addr = server.address();
  if (addr && typeof addr === 'object') port = addr.port;
  return {
    host, port, backend,
    url: `bolt://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
