import type { Command } from '../usage.ts';
import { parse, UsageError } from '../usage.ts';
import { resolveSelection } from '../../store/index.ts';
import { compactStore, batchLogOf } from '../../store/memory/index.ts';

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

export const compactCommand: Command = {
  name: 'compact',
  summary: 'fold the embedded store\'s batch log into its snapshot',
  help: `Usage: newsgraph compact [--db FILE] [--quiet]

Each ingest appends its batch to a log beside the store (FILE.wal) instead of rewriting the whole
graph. Compaction folds that log into a new snapshot of FILE (written beside it, then renamed), so
the next load reads one file. It runs by itself in the background when the log passes 8 MB and a
quarter of the snapshot's size; writers wait only for the final renames. A store still in the old
JSON format, or in an older binary format (/2, /3), is rewritten in the current one (/4), even with an
empty log.

Options:
  --db FILE          embedded store file (default: $NEWSGRAPH_DB or data/graph.json)
  -q, --quiet        print nothing when there is nothing to do
  -h, --help         show this help`,
  async run(argv, io) {
    const { values } = parse('compact', argv, { db: { type: 'string' }, neo4j: { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } }, false);
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    const chosen = resolveSelection({ db: values.db, neo4j: values.neo4j }, io.env);
    if (chosen.kind !== 'memory') throw new UsageError('compact works on the embedded store; Neo4j compacts its own files', 'compact');
    const r = await compactStore(chosen.db, { onWait: (m) => { if (!values.quiet) io.stderr.write(`newsgraph: ${m}\n`); } });
    if (r.compacted) {
      if (!values.quiet) io.stdout.write(`Compacted ${chosen.db}: ${r.batches} batches (${mb(r.logBytes)} of ${batchLogOf(chosen.db)}) into a ${mb(r.snapshotBytes)} snapshot in ${r.seconds.toFixed(1)}s.\n`);
    } else if (!values.quiet) {
      io.stdout.write(`Nothing to compact in ${chosen.db}: ${r.reason}.\n`);
    }
    return 0;
  },
};
