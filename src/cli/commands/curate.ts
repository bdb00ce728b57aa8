/**
 * `newsgraph curate merge|split|rename|retype|reject|accept|undo|log`: corrections kept in the curation
 * log beside the store, each printed with the change it made. While `serve --allow-writes` runs on the
 * store, the operation is sent to it (POST /api/curate): the server is then the store's one writer.
 */
import type { Command, CommandIO } from '../usage.ts';
import { parse, UsageError } from '../usage.ts';
import { openStore, resolveSelection } from '../../store/index.ts';
import { findServer, type ServerDiscovery } from '../../server/discovery.ts';
import { ENTITY_TYPES, type EntityType } from '../../graph/model.ts';
import { runCuration, readLog, logFileFor, logState, CurationError, type CurationRequest, type OperationEntry } from '../../curate/index.ts';
import { describeDiff, describeLog, describeOperation } from '../../curate/describe.ts';

const OPTIONS = {
  db: { type: 'string' },
  neo4j: { type: 'string' },
  by: { type: 'string' },
  note: { type: 'string' },
  alias: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: newsgraph curate OPERATION [ARGS] [--by NAME] [--note TEXT] [options]

Corrections to the graph, kept in a log beside the store (STORE.curation.jsonl) and enforced again after
every ingest, push and pull: a merged name keeps resolving to the entity it was merged into, a rejected
relation stated again by a new article stays hidden (counted as "rejected, n new mentions" in
'newsgraph review'). Entities are named by id (company:acme) or by exact name or alias; relations by key
(the relationship id a query returns, e.g. "INVESTS_IN|company:acme|country:fr|…").

Operations:
  merge A B               B's names become aliases of A; its relations move to A (evidence kept)
  split A --alias NAME    NAME leaves A as an entity of its own, with the relations whose evidence names it
                          (after a merge: gives the merged entity back, with its id)
  rename A NAME           the old name stays an alias
  retype A TYPE           ${ENTITY_TYPES.join(', ')}
  reject X                an entity (with its relations) or a relation: hidden from queries and exports
  accept X [Y]            confirmed by a person (X and Y: two entities confirmed distinct); leaves the review queue
  undo [ID]               undo the last operation (or operation ID): the graph as it was before it
  log                     the operations, who made them, when, why, and what became of them

Each operation prints the change it made (+ added, - removed, ~ changed); --json prints the log entry.

Options:
  --by NAME          who decides (default: $NEWSGRAPH_USER or $USER)
  --note TEXT        why
  --json             print the log entry (or, for log, every entry) as JSON
  --db FILE          embedded store file (default: $NEWSGRAPH_DB or data/graph.json)
  -h, --help         show this help

Curation works on the embedded store; Neo4j receives the curated graph with 'newsgraph push'.`;

function requestOf(positionals: string[], alias: string | undefined): CurationRequest {
  const [op, ...args] = positionals;
  const need = (n: number, usage: string) => {
    if (args.length !== n) throw new UsageError(`usage: newsgraph curate ${usage}`, 'curate');
  };
  switch (op) {
    case 'merge': need(2, 'merge A B'); return { op, target: args[0]!, other: args[1]! };
    case 'split':
      need(1, 'split A --alias NAME');
      if (!alias) throw new UsageError('split needs --alias NAME (the name that leaves the entity)', 'curate');
      return { op, target: args[0]!, alias };
    case 'rename': need(2, 'rename A NAME'); return { op, target: args[0]!, name: args[1]! };
    case 'retype':
      need(2, 'retype A TYPE');
      if (!(ENTITY_TYPES as readonly string[]).includes(args[1]!)) throw new UsageError(`unknown type '${args[1]}' (${ENTITY_TYPES.join(', ')})`, 'curate');
      return { op, target: args[0]!, type: args[1] as EntityType };
    case 'reject': need(1, 'reject ENTITY|RELATION-KEY'); return { op, target: args[0]! };
    case 'accept':
      if (args.length < 1 || args.length > 2) throw new UsageError('usage: newsgraph curate accept X [Y]', 'curate');
      return { op, target: args[0]!, ...(args[1] ? { other: args[1] } : {}) };
    case 'undo':
      if (args.length > 1) throw new UsageError('usage: newsgraph curate undo [ID]', 'curate');
      return { op, ...(args[0] ? { undoes: args[0] } : {}) };
    case undefined: throw new UsageError('curate needs an operation (merge, split, rename, retype, reject, accept, undo, log)', 'curate');
    default: throw new UsageError(`unknown operation '${op}' (merge, split, rename, retype, reject, accept, undo, log)`, 'curate');
  }
}

async function throughServer(server: ServerDiscovery, request: CurationRequest, by: string, note: string | undefined): Promise<OperationEntry> {
  let res: Response;
  try {
    res = await fetch(new URL('/api/curate', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(server.token ? { authorization: `Bearer ${server.token}` } : {}) },
      body: JSON.stringify({ ...request, by, ...(note ? { note } : {}) }),
    });
  } catch (err) {
    throw new CurationError(`a server is registered on this store (pid ${server.pid}, ${server.url}) but does not answer (${(err as Error).message}); stop it, or wait until it has started`);
  }
  const body = (await res.json().catch(() => undefined)) as { entry?: OperationEntry; error?: { message?: string } } | undefined;
  if (!res.ok || !body?.entry) throw new CurationError(`the server at ${server.url} refused: ${body?.error?.message ?? `HTTP ${res.status}`}`);
  return body.entry;
}

function print(io: CommandIO, entry: OperationEntry, json: boolean): void {
  if (json) { io.stdout.write(JSON.stringify(entry, null, 2) + '\n'); return; }
  const lines = describeDiff(entry.diff);
  io.stdout.write(`${entry.id}  ${describeOperation(entry)}  (by ${entry.by})\n${lines.length ? lines.join('\n') : '  (no change to the graph)'}\n`);
}

export const curateCommand: Command = {
  name: 'curate',
  summary: 'correct the graph: merge, split, rename, retype, reject, accept, undo, log',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parse('curate', argv, OPTIONS);
    if (values.help) { io.stdout.write(HELP + '\n'); return 0; }
    const chosen = resolveSelection({ db: values.db, neo4j: values.neo4j }, io.env);
    if (chosen.kind !== 'memory') throw new UsageError('curate works on the embedded store (--db FILE); Neo4j receives the curated graph with `newsgraph push`', 'curate');
    const logFile = logFileFor(chosen.db);
    if (positionals[0] === 'log') {
      if (positionals.length > 1) throw new UsageError('usage: newsgraph curate log [--json]', 'curate');
      const entries = await readLog(logFile);
      if (values.json) { io.stdout.write(JSON.stringify(entries, null, 2) + '\n'); return 0; }
      const lines = describeLog(logState(entries));
      io.stdout.write(lines.length ? lines.join('\n') + '\n' : `No curation yet (${logFile}).\n`);
      return 0;
    }
    const request = requestOf(positionals, values.alias);
    if (values.alias && request.op !== 'split') throw new UsageError('--alias goes with split', 'curate');
    const by = values.by ?? io.env.NEWSGRAPH_USER ?? io.env.USER ?? 'unknown';
    const note = values.note;
    try {
      const server = await findServer(chosen.db);
      if (server) {
        if (!server.allowWrites) {
          io.stderr.write(`newsgraph: a server is running on ${chosen.db} read-only (pid ${server.pid}, ${server.url}); stop it or start it with --allow-writes, then curate again\n`);
          return 1;
        }
        print(io, await throughServer(server, request, by, note), Boolean(values.json));
        return 0;
      }
      const store = await openStore({ db: chosen.db }, io.env);
      try {
        print(io, await runCuration(store, request, { by, at: new Date().toISOString(), ...(note ? { note } : {}) }), Boolean(values.json));
      } finally {
        await store.close();
      }
      return 0;
    } catch (err) {
      if (err instanceof CurationError) { io.stderr.write(`newsgraph: ${err.message}\n`); return 1; }
      throw err;
    }
  },
};
