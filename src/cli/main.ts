/** The `newsgraph` command line: dispatches to one command per file; exit codes 0 ok, 1 failure, 2 bad usage. */
import { UsageError, type CommandIO } from './usage.ts';
import { COMMAND_TABLE } from './command-table.ts';

// each command's module is imported when it runs (command-table.ts)
export const COMMANDS = COMMAND_TABLE;

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Newsgraph — a knowledge graph of who invests where, built from news articles (French and English).

Usage: newsgraph COMMAND [options]     (newsgraph COMMAND --help for details)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}   ${c.summary}`).join('\n')}

The embedded store is data/graph.json (--db FILE or $NEWSGRAPH_DB); --neo4j URI or $NEO4J_URI uses Neo4j.
Exit codes: 0 success, 1 failure, 2 bad usage.`;
}

export async function main(argv: string[], io: CommandIO = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write('newsgraph 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await (await command.load()).run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`newsgraph: ${err.message}\nRun 'newsgraph ${err.command ? err.command + ' ' : ''}--help' for usage.\n`);
      return 2;
    }
    const e = err as Error;
    io.stderr.write(`newsgraph: ${e.message ?? String(err)}\n`);
    if (io.env.NEWSGRAPH_DEBUG) io.stderr.write(`${e.stack}\n`);
    return 1;
  }
}
