/** `newsgraph push` (embedded → Neo4j) and `newsgraph pull` (Neo4j → embedded). */
import type { Command, CommandIO } from '../usage.ts';
import { parse, UsageError } from '../usage.ts';
import { openStore, resolveSelection } from '../../store/index.ts';
import type { Store } from '../../store/store.ts';

const SYNC_OPTIONS = {
  db: { type: 'string' },
  neo4j: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function runSync(direction: 'push' | 'pull', argv: string[], io: CommandIO, help: string): Promise<number> {
  const { values } = parse(direction, argv, SYNC_OPTIONS, false);
  if (values.help) { io.stdout.write(help + '\n'); return 0; }
  const uri = values.neo4j ?? io.env.NEO4J_URI;
  if (!uri) throw new UsageError(`${direction} needs --neo4j URI (or $NEO4J_URI)`, direction);
  const memory = resolveSelection({ db: values.db }, { ...io.env, NEO4J_URI: '' });
  const embedded = await openStore({ db: memory.kind === 'memory' ? memory.db : undefined }, { ...io.env, NEO4J_URI: '' });
  let neo4j: Store | undefined;
  try {
    neo4j = await openStore({ neo4j: uri }, io.env);
    const { push, pull } = await import('../../store/neo4j/index.ts');
    const { enforceCuration } = await import('../../curate/index.ts');
    // the curation log's decisions hold on both sides: enforced before pushing and on what is pulled
    if (direction === 'push') await enforceCuration(embedded);
    const report = direction === 'push' ? await push(embedded, neo4j) : await pull(neo4j, embedded);
    if (direction === 'pull') await enforceCuration(embedded);
    const where = direction === 'push' ? 'Neo4j' : (memory.kind === 'memory' ? memory.db : 'the embedded store');
    io.stdout.write(`Copied ${report.nodes} nodes and ${report.relationships} relationships to ${where}.\n`);
    return 0;
  } finally {
    await neo4j?.close();
    await embedded.close();
  }
}

const common = `Options:
  --db FILE        embedded store file (default: $NEWSGRAPH_DB or data/graph.json)
  --neo4j URI      Neo4j (or $NEO4J_URI; with $NEO4J_USER, $NEO4J_PASSWORD, $NEO4J_DATABASE)
  -h, --help       show this help`;

export const pushCommand: Command = {
  name: 'push',
  summary: 'copy the embedded graph into Neo4j',
  help: `Usage: newsgraph push --neo4j URI [--db FILE]

Replaces the graph in Neo4j by the embedded store's graph (same ids, so the two stay comparable).

${common}`,
  run(argv, io) { return runSync('push', argv, io, this.help); },
};

export const pullCommand: Command = {
  name: 'pull',
  summary: 'copy the Neo4j graph into the embedded store',
  help: `Usage: newsgraph pull --neo4j URI [--db FILE]

Replaces the embedded store's graph by the graph held in Neo4j.

${common}`,
  run(argv, io) { return runSync('pull', argv, io, this.help); },
};
