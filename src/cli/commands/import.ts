import { readFile } from 'node:fs/promises';
import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import { parseSnapshot } from '../../export/import.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'replace the graph by a JSON snapshot',
  help: `Usage: newsgraph import SNAPSHOT.json [options]

Loads a JSON snapshot (as written by 'newsgraph export --format json': graphology's serialised
form, where every node and edge carries a "type" attribute, its label) into the store, replacing what
it held.

Options:
${STORE_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parse('import', argv, STORE_OPTIONS);
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    if (positionals.length !== 1) throw new UsageError('import takes exactly one snapshot file', 'import');
    const file = positionals[0]!;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      io.stderr.write(`newsgraph: ${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
      return 1;
    }
    const snapshot = parseSnapshot(text, file);
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    try {
      await store.load(snapshot);
      await store.flush();
      const s = await store.stats();
      io.stdout.write(`Imported ${file}: ${s.articles} articles, ${s.entities} entities, ${s.relationships} relationships.\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
