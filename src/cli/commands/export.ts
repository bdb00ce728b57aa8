import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import { exportGraph, EXPORT_FORMATS, type ExportFormat } from '../../export/index.ts';
import { writeFileAtomic } from '../../store/memory/index.ts';
import { once } from 'node:events';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, basename } from 'node:path';

/** Writes the pieces to a temporary file beside `file`, fsyncs it, renames it over `file`. */
async function writeChunksAtomic(file: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(file) || '.', { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.export.tmp`);
  const handle = await open(tmp, 'w');
  try {
    let pending = '';
    for (const c of chunks) {
      pending += c;
      if (pending.length >= 1 << 20) { await handle.write(pending); pending = ''; }
    }
    await handle.write(pending);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await handle.close();
  await rename(tmp, file);
}
import { asOfArgument } from '../../time/cli-options.ts';
import { snapshotAsOf } from '../../time/as-of.ts';
import { canonicalOrder } from '../../time/canonical.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as JSON, GEXF, GraphML, CSV or a Cypher script',
  help: `Usage: newsgraph export --format json|gexf|graphml|csv|cypher [--out FILE] [options]

Writes the whole graph:
  json     graphology snapshot (Graph.from loads it; 'newsgraph import' reads it back)
  gexf     Gephi        graphml  yEd, Gephi, networkx
  csv      nodes.csv + relationships.csv in neo4j-admin import form (--out names a folder)
  cypher   a script of MERGE statements that recreates the graph in Neo4j (cypher-shell -f)

Options:
  --format FORMAT    one of json, gexf, graphml, csv, cypher (required)
  --out PATH         output file (folder for csv); default: standard output
  --as-of DATE       the graph as of that day (YYYY-MM-DD): facts reported by then and not yet
                     closed then, in canonical order, with asOf, ingestState and contentHash
${STORE_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parse('export', argv, { ...STORE_OPTIONS, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, 'as-of': { type: 'string' } }, false);
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    void positionals;
    const format = values.format as ExportFormat | undefined;
    if (!format) throw new UsageError('export needs --format (json, gexf, graphml, csv or cypher)', 'export');
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' (${EXPORT_FORMATS.join(', ')})`, 'export');
    const asOf = asOfArgument(values['as-of'], 'export');
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    try {
      const snapshot = await store.snapshot();
      // canonical order: the same graph gives the same bytes, however its articles came in (or went out and back)
      const chosen = asOf ? snapshotAsOf(snapshot, asOf) : canonicalOrder(snapshot);
      if (format === 'json') {
        // piece by piece: the whole graph is never one string
        const { snapshotJsonChunks } = await import('../../export/json-stream.ts');
        const chunks = snapshotJsonChunks(chosen, { pretty: true, canonical: true });
        if (!values.out) { for (const c of chunks) if (!io.stdout.write(c)) await once(io.stdout, 'drain'); return 0; }
        await writeChunksAtomic(values.out, chunks);
        io.stderr.write(`Wrote ${values.out}\n`);
        return 0;
      }
      const output = exportGraph(chosen, format);
      if (!values.out) {
        for (const f of output.files) {
          if (output.files.length > 1) io.stdout.write(`# ${f.name}\n`);
          io.stdout.write(f.body.endsWith('\n') ? f.body : f.body + '\n');
        }
        return 0;
      }
      if (output.files.length > 1) {
        await mkdir(values.out, { recursive: true });
        for (const f of output.files) await writeFileAtomic(join(values.out, f.name), f.body);
        io.stderr.write(`Wrote ${output.files.map((f) => join(values.out!, f.name)).join(', ')}\n`);
      } else {
        await writeFileAtomic(values.out, output.files[0]!.body);
        io.stderr.write(`Wrote ${values.out}\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
