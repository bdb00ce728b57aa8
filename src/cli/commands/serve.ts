import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import type { MemoryStore, WriteGate } from '../../store/memory/index.ts';
import type { Store } from '../../store/store.ts';
import { createNewsgraphServer, listen, SERVER_DEFAULTS } from '../../server/index.ts';
import { isLoopbackHost, parseAllowedHosts } from '../../server/request-guard.ts';

/** Shorter tokens are refused: with the back-off they are still slow to guess, but not slow enough. */
const MIN_TOKEN_LENGTH = 16;
import { POOL_DEFAULTS, type QueryWorkerPool } from '../../query-workers/index.ts';

function port(value: string | undefined, dflt: number, name: string): number {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`${name} must be a port number (0-65535)`, 'serve');
  return n;
}

/** --bolt and --bolt-auth, checked before anything starts: a non-loopback Bolt port needs credentials too. */
async function parseBoltOptions(bolt: string, boltAuth: string | undefined, host: string, insecure: boolean) {
  const { parseBoltAuth, parseBoltListen, BoltOptionError } = await import('../../bolt/index.ts');
  try {
    const listenOn = parseBoltListen(bolt, host);
    const auth = boltAuth ? parseBoltAuth(boltAuth) : undefined;
    if (!isLoopbackHost(listenOn.host) && !auth && !insecure) {
      throw new BoltOptionError(`--bolt on ${listenOn.host} exposes the graph to the network: add --bolt-auth user:password, or --insecure`);
    }
    return { listenOn, auth };
  } catch (err) {
    if (err instanceof BoltOptionError) throw new UsageError(err.message, 'serve');
    throw err;
  }
}

async function startQueryWorkers(store: MemoryStore, size: number, maxMemoryMb: number, io: { stderr: { write(s: string): unknown } }): Promise<QueryWorkerPool> {
  const { QueryWorkerPool } = await import('../../query-workers/index.ts');
  const { allowBacktrackingRegex } = await import('../../cypher/index.ts');
  const pool = new QueryWorkerPool({ graph: store.graph, size, maxMemoryMb, log: (line) => io.stderr.write(`newsgraph: ${line}\n`) });
  store.setReadRunner(pool);
  // writes run here, where a backtracking pattern could not be stopped
  allowBacktrackingRegex(false);
  await pool.ready();
  return pool;
}

/** `--watch`: the server ingests from folders and feeds itself (src/server/live/watch-in-server.ts). */
async function startWatching(sources: string[], every: string | undefined, store: Store, writeLock: WriteGate | undefined, storeFile: string | undefined, io: { stderr: { write(s: string): unknown }; env: NodeJS.ProcessEnv }) {
  const { parseInterval } = await import('../../ingest/sources/watch.ts');
  const everyMs = parseInterval(every ?? '15m');
  if (everyMs === undefined) throw new UsageError(`--every '${every}' is not a duration (e.g. 30s, 15m, 1h)`, 'serve');
  const { startServerWatch } = await import('../../server/live/watch-in-server.ts');
  return startServerWatch({ store, sources, everyMs, ...(storeFile ? { storeFile } : {}), ...(writeLock ? { writeLock } : {}), env: io.env, log: (line) => io.stderr.write(`newsgraph: ${line}\n`) });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the viewer and the HTTP API (and optionally Bolt)',
  help: `Usage: newsgraph serve [options]

Serves the viewer and the HTTP API (GET /api/graph, /api/stats, /api/articles/:id, /api/export?format=,
POST /api/query, POST /api/ingest, POST /api/curate, GET /api/review) on http://127.0.0.1:3000. Queries over HTTP are read-only unless
--allow-writes; so is ingest ('newsgraph ingest' on this store then sends its articles here).

Options:
  --port N             HTTP port (default 3000; 0 = any free port)
  --host ADDR          address to bind (default 127.0.0.1). Any other address exposes the server to the
                       network and needs --auth (and --bolt-auth with --bolt), or --insecure
  --auth TOKEN         require "Authorization: Bearer TOKEN" on /api/* (or $NEWSGRAPH_AUTH_TOKEN;
                       at least ${MIN_TOKEN_LENGTH} characters, e.g. \$(openssl rand -hex 16)); the viewer asks for it
  --allowed-hosts LIST more names clients may use in Host (comma-separated, name or name:port; '*' = any,
                       which gives up DNS-rebinding protection); default: loopback names and --host
  --insecure           allow a non-loopback --host without --auth / --bolt-auth
  --allow-writes       accept write clauses in POST /api/query, and POST /api/ingest and /api/curate
  --query-timeout MS   time limit per query (default ${SERVER_DEFAULTS.queryTimeoutMs})
  --max-rows N         row limit per query (default ${SERVER_DEFAULTS.maxRows})
  --max-memory MB      memory budget per query (default ${SERVER_DEFAULTS.maxMemoryMb}): lists it builds or collects,
                       rows it sorts or groups; over it, the query fails with MemoryPoolOutOfMemoryError
  --query-workers N    worker threads for read queries (default ${POOL_DEFAULTS.size}): a long query occupies one of
                       them, not the server, and is stopped for real at --query-timeout; 0 = on the main thread
  --bolt [PORT]        also serve the Bolt protocol for Neo4j drivers (default port 7687)
  --bolt-auth U:P      require this user and password on Bolt
  --watch DIR|URL      keep ingesting what arrives in a folder or feed (repeatable), as \`newsgraph watch\`
                       does, into this server's graph; viewers see new nodes and edges live (GET /api/events)
  --every DURATION     time between --watch passes (default 15m)
${STORE_HELP}`,
  async run(argv, io) {
    // --bolt takes an optional value: accept `--bolt` alone by rewriting it before parsing.
    const args = argv.flatMap((a, i) => (a === '--bolt' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('-')) ? ['--bolt='] : [a]));
    const { values } = parse('serve', args, {
      ...STORE_OPTIONS,
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      'allow-writes': { type: 'boolean' },
      'query-timeout': { type: 'string' },
      'max-rows': { type: 'string' },
      'max-memory': { type: 'string' },
      'query-workers': { type: 'string' },
      bolt: { type: 'string' },
      'bolt-auth': { type: 'string' },
      auth: { type: 'string' },
      'allowed-hosts': { type: 'string' },
      insecure: { type: 'boolean' },
      watch: { type: 'string', multiple: true },
      every: { type: 'string' },
    }, false);
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    const host = values.host ?? SERVER_DEFAULTS.host;
    const httpPort = port(values.port, SERVER_DEFAULTS.port, '--port');
    const positive = (s: string | undefined, d: number, name: string) => {
      if (s === undefined) return d;
      const n = Number(s);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive integer`, 'serve');
      return n;
    };
    const authToken = values.auth ?? (io.env.NEWSGRAPH_AUTH_TOKEN || undefined);
    if (authToken !== undefined && authToken.length < MIN_TOKEN_LENGTH) {
      throw new UsageError(`--auth token must be at least ${MIN_TOKEN_LENGTH} characters (try: openssl rand -hex 16)`, 'serve');
    }
    let allowedHosts: string[] = [];
    try { allowedHosts = parseAllowedHosts(values['allowed-hosts'] ?? ''); } catch (err) { throw new UsageError((err as Error).message, 'serve'); }
    const exposed = !isLoopbackHost(host);
    if (exposed && !authToken && !values.insecure) {
      throw new UsageError(`--host ${host} exposes the graph to the network: add --auth TOKEN (or $NEWSGRAPH_AUTH_TOKEN), or --insecure to serve it to anyone`, 'serve');
    }
    const boltOptions = values.bolt === undefined ? undefined : await parseBoltOptions(values.bolt, values['bolt-auth'], host, Boolean(values.insecure));
    const queryTimeoutMs = positive(values['query-timeout'], SERVER_DEFAULTS.queryTimeoutMs, '--query-timeout');
    const maxMemoryMb = positive(values['max-memory'], SERVER_DEFAULTS.maxMemoryMb, '--max-memory');
    const workers = values['query-workers'] === '0' ? 0 : positive(values['query-workers'], POOL_DEFAULTS.size, '--query-workers');
    if (values.every !== undefined && (await import('../../ingest/sources/watch.ts')).parseInterval(values.every) === undefined) throw new UsageError(`--every '${values.every}' is not a duration (e.g. 30s, 15m, 1h)`, 'serve');
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    // read queries on the embedded graph run in worker threads; writes stay here, under in-expression limits
    const pool = store.kind === 'memory' && workers > 0 ? await startQueryWorkers(store as MemoryStore, workers, maxMemoryMb, io) : undefined;
    const { buildViewer } = await import('../../server/viewer-bundle.ts');
    const staticFiles = await buildViewer();
    // HTTP, Bolt and saves share the graph: one writer at a time, so a Bolt rollback undoes only its own
    // writes and a save never copies a transaction that may still roll back
    const writeLock = store.kind === 'memory' ? new (await import('../../bolt/write-lock.ts')).WriteLock() : undefined;
    if (writeLock) (store as MemoryStore).useWriteGate(writeLock);
    const server = createNewsgraphServer({
      store, staticFiles, ...(writeLock ? { writeLock } : {}),
      host, allowedHosts, ...(authToken ? { authToken } : {}),
      allowWrites: Boolean(values['allow-writes']),
      queryTimeoutMs,
      maxRows: positive(values['max-rows'], SERVER_DEFAULTS.maxRows, '--max-rows'),
      maxMemoryMb,
    });
    const memoryFile = store.kind === 'memory' ? (store as MemoryStore).file : undefined;
    const { findServer, registerServer, reachableUrl, discoveryFileOf } = await import('../../server/discovery.ts');
    const other = memoryFile ? await findServer(memoryFile) : undefined;
    if (other && (other.allowWrites || values['allow-writes'])) {
      io.stderr.write(`newsgraph: a server is already running on ${memoryFile} (pid ${other.pid} on ${other.host}, ${other.url}${other.allowWrites ? ', accepting writes' : ''}); stop it first, or serve another --db\n`);
      await store.close();
      return 1;
    }
    const addr = await listen(server, httpPort, host);
    const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    // other processes (newsgraph ingest) find this server beside the store and send their writes to it
    const unregister = memoryFile && !other
      ? await registerServer(memoryFile, { url: reachableUrl(addr.address, addr.port), allowWrites: Boolean(values['allow-writes']), ...(authToken ? { token: authToken } : {}) })
          .catch((err: Error) => { io.stderr.write(`newsgraph: warning: cannot write ${discoveryFileOf(memoryFile)} (${err.message}): ingests will not find this server\n`); return undefined; })
      : undefined;
    io.stdout.write(`Serving http://${shownHost}:${addr.port}\n`);
    // follow writes made beside the server (an import): reloaded when nothing here waits to be saved
    const { watchFile, unwatchFile } = await import('node:fs');
    const onFileChange = () => { (store as MemoryStore).refresh().catch((err: Error) => io.stderr.write(`newsgraph: cannot reload ${memoryFile}: ${err.message}\n`)); };
    if (memoryFile) watchFile(memoryFile, { interval: 1000 }, onFileChange);
    if (exposed && !authToken) io.stderr.write(`newsgraph: warning: bound to ${host} without --auth: anyone on that network can read the graph${values['allow-writes'] ? ' and write it' : ''}\n`);
    const closers: Array<() => Promise<void>> = [];
    if (values.bolt !== undefined) {
      if (store.kind !== 'memory') throw new UsageError('--bolt serves the embedded store; it cannot front Neo4j', 'serve');
      const { startBoltServer } = await import('../../bolt/index.ts');
      const { listenOn, auth } = boltOptions!;
      const memory = store as MemoryStore;
      // Each committed Bolt write is saved at once (atomically), as HTTP writes are.
      const onWrite = () => { memory.markDirty(); memory.flush().catch((err: Error) => io.stderr.write(`newsgraph: cannot save: ${err.message}\n`)); };
      const bolt = await startBoltServer({
        store: memory, ...listenOn, auth, onWrite, ...(writeLock ? { writeLock } : {}),
        timeoutMs: queryTimeoutMs, maxMemoryMb, ...(pool ? { reads: pool } : {}),
      });
      io.stdout.write(`Bolt on bolt://${listenOn.host}:${bolt.port}${auth ? ' (auth required)' : ''}\n`);
      closers.push(() => bolt.close());
    }
    const watching = values.watch?.length ? await startWatching(values.watch, values.every, store, writeLock, memoryFile, io) : undefined;
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await watching?.stop();
    (await import('../../server/live/events-route.ts')).endEventStreams();
    await unregister?.(); // first: an ingest started now writes the file itself
    if (memoryFile) unwatchFile(memoryFile, onFileChange);
    server.close();
    for (const close of closers) await close();
    await pool?.close();
    await store.close();
    return 0;
  },
};
