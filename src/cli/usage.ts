/** Argument parsing shared by every command: node's parseArgs, with usage errors that exit with code 2. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export const STORE_OPTIONS = {
  db: { type: 'string' },
  neo4j: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export const STORE_HELP = `  --db FILE          embedded store file (default: $NEWSGRAPH_DB or data/graph.json)
  --neo4j URI        use Neo4j instead (or $NEO4J_URI; with $NEO4J_USER, $NEO4J_PASSWORD, $NEO4J_DATABASE)
  -h, --help         show this help`;

export function parse<O extends OptionSpec>(command: string, argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/s, ''), command);
  }
}

/** A command: its help text and what it does; returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  run(argv: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}
