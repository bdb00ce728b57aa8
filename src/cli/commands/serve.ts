import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import type { MemoryStore } from '../../store/memory/index.ts';
import { createNewsgraphServer, listen, SERVER_DEFAULTS } from '../../server/index.ts';
import { POOL_DEFAULTS, type QueryWorkerPool } from '../../query-workers/index.ts';

function port(value: string | undefined, dflt: number, name: string): number {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`${name} must be a port number (0-65535)`, 'serve');
  return n;
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

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the viewer and the HTTP API (and optionally Bolt)',
  help: `Usage: newsgraph serve [options]

Serves the viewer and the HTTP API (GET /api/graph, /api/stats, /api/articles/:id, /api/export?format=,
POST /api/query) on http://127.0.0.1:3000. Queries over HTTP are read-only unless --allow-writes.

Options:
  --port N             HTTP port (default 3000; 0 = any free port)
  --host ADDR          address to bind (default 127.0.0.1; other addresses expose the graph to the network)
  --allow-writes       accept write clauses in POST /api/query
  --query-timeout MS   time limit per query (default ${SERVER_DEFAULTS.queryTimeoutMs})
  --max-rows N         row limit per query (default ${SERVER_DEFAULTS.maxRows})
  --max-memory MB      memory budget per query (default ${SERVER_DEFAULTS.maxMemoryMb}): lists it builds or collects,
                       rows it sorts or groups; over it, the query fails with MemoryPoolOutOfMemoryError
  --query-workers N    worker threads for read queries (default ${POOL_DEFAULTS.size}): a long query occupies one of
                       them, not the server, and is stopped for real at --query-timeout; 0 = on the main thread
  --bolt [PORT]        also serve the Bolt protocol for Neo4j drivers (default port 7687)
  --bolt-auth U:P      require this user and password on Bolt
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
    const queryTimeoutMs = positive(values['query-timeout'], SERVER_DEFAULTS.queryTimeoutMs, '--query-timeout');
    const maxMemoryMb = positive(values['max-memory'], SERVER_DEFAULTS.maxMemoryMb, '--max-memory');
    const workers = values['query-workers'] === '0' ? 0 : positive(values['query-workers'], POOL_DEFAULTS.size, '--query-workers');
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    // read queries on the embedded graph run in worker threads; writes stay here, under in-expression limits
    const pool = store.kind === 'memory' && workers > 0 ? await startQueryWorkers(store as MemoryStore, workers, maxMemoryMb, io) : undefined;
    const { buildViewer } = await import('../../server/viewer-bundle.ts');
    const staticFiles = await buildViewer();
    // HTTP and Bolt write the same graph: one writer at a time, so a Bolt rollback undoes only its own writes
    const writeLock = values.bolt !== undefined ? new (await import('../../bolt/index.ts')).WriteLock() : undefined;
    const server = createNewsgraphServer({
      store, staticFiles, ...(writeLock ? { writeLock } : {}),
      allowWrites: Boolean(values['allow-writes']),
      queryTimeoutMs,
      maxRows: positive(values['max-rows'], SERVER_DEFAULTS.maxRows, '--max-rows'),
      maxMemoryMb,
    });
    const addr = await listen(server, httpPort, host);
    const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    io.stdout.write(`Serving http://${shownHost}:${addr.port}\n`);
    if (!['127.0.0.1', 'localhost', '::1'].includes(host)) io.stderr.write(`newsgraph: warning: bound to ${host}: anyone on that network can read the graph\n`);
    const closers: Array<() => Promise<void>> = [];
    if (values.bolt !== undefined) {
      if (store.kind !== 'memory') throw new UsageError('--bolt serves the embedded store; it cannot front Neo4j', 'serve');
      const { startBoltServer, parseBoltAuth, parseBoltListen, BoltOptionError } = await import('../../bolt/index.ts');
      let listenOn, auth;
      try {
        listenOn = parseBoltListen(values.bolt, host);
        auth = values['bolt-auth'] ? parseBoltAuth(values['bolt-auth']) : undefined;
      } catch (err) {
        if (err instanceof BoltOptionError) throw new UsageError(err.message, 'serve');
        throw err;
      }
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
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    server.close();
    for (const close of closers) await close();
    await pool?.close();
    await store.close();
    return 0;
  },
};
