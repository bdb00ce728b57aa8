import { readFile } from 'node:fs/promises';
import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import type { Snapshot } from '../../graph/model.ts';
import { parseSnapshot } from '../../export/index.ts';
import { snapshotAsOf } from '../../time/as-of.ts';
import { DateArgumentError, parseDateArgument } from '../../time/dates.ts';
import { diffSnapshots, formatDiff } from '../../time/diff.ts';

const DAY = /^\d{4}-\d{2}-\d{2}/;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what changed between two dates (or two snapshot files)',
  help: `Usage: newsgraph diff A B [--json] [options]

A and B are dates (YYYY-MM-DD: the graph as of that day, from the store) or snapshot files
('export --format json [--as-of DATE]'). Lists the relations and entities that are new, closed
(ended, superseded by a later fact, or retracted) and changed (amount, role, validity, conflicts)
from A to B.

Options:
  --json             the diff as JSON instead of a table
${STORE_HELP}

Example:
  newsgraph diff 2025-01-01 2025-12-31`,
  async run(argv, io) {
    const { values, positionals } = parse('diff', argv, { ...STORE_OPTIONS, json: { type: 'boolean' } });
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    if (positionals.length !== 2) throw new UsageError('diff takes two arguments: two dates or two snapshot files', 'diff');
    const [a, b] = positionals as [string, string];
    const needsStore = DAY.test(a) || DAY.test(b);
    let full: Snapshot | undefined;
    if (needsStore) {
      const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
      try { full = await store.snapshot(); } finally { await store.close(); }
    }
    const side = async (arg: string): Promise<{ snapshot: Snapshot; label: string }> => {
      if (DAY.test(arg) && !(await readFile(arg).then(() => true, () => false))) {
        try {
          const day = parseDateArgument(arg);
          return { snapshot: snapshotAsOf(full!, day), label: day };
        } catch (err) {
          if (err instanceof DateArgumentError) throw new UsageError(err.message, 'diff');
          throw err;
        }
      }
      const text = await readFile(arg, 'utf8').catch((err: NodeJS.ErrnoException) => { throw new UsageError(`cannot read '${arg}': ${err.code === 'ENOENT' ? 'no such file' : err.message} (give a date YYYY-MM-DD or a snapshot file)`, 'diff'); });
      const snapshot = parseSnapshot(text, arg);
      const asOf = snapshot.attributes.asOf;
      return { snapshot, label: typeof asOf === 'string' ? `${arg} (as of ${asOf})` : arg };
    };
    const from = await side(a), to = await side(b);
    const d = diffSnapshots(from.snapshot, to.snapshot, { from: from.label, to: to.label }, full);
    io.stdout.write(values.json ? `${JSON.stringify(d, null, 2)}\n` : `${formatDiff(d)}\n`);
    return 0;
  },
};
