import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import { ingest } from '../../ingest/pipeline.ts';
import { createExtractor } from '../../extract/index.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read articles (files or folders) into the graph',
  help: `Usage: newsgraph ingest PATH... [options]

Reads .txt, .md (YAML front matter), .html and .jsonl articles from files or folders (recursively),
extracts entities and relations, and merges them into the graph. Re-ingesting an article changes nothing.
A bad file is reported on one line and skipped; the exit code is then 1.

Options:
  --extractor rules|llm   extractor (default: rules; llm needs $NEWSGRAPH_LLM_BASE_URL)
  --quiet                 no progress output
${STORE_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parse('ingest', argv, { ...STORE_OPTIONS, extractor: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } });
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    if (!positionals.length) throw new UsageError('ingest needs at least one file or folder', 'ingest');
    const kind = values.extractor ?? 'rules';
    if (kind !== 'rules' && kind !== 'llm') throw new UsageError(`unknown extractor '${kind}' (rules or llm)`, 'ingest');
    const extractor = createExtractor({ kind });
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    const tty = Boolean(io.stderr.isTTY) && !values.quiet;
    const started = Date.now();
    try {
      const summary = await ingest(positionals, store, {
        extractor,
        onProgress: tty ? (p) => io.stderr.write(`\r\x1b[K${p.articles} articles read — ${p.file.slice(-60)}`) : undefined,
        onIssue: (issue) => {
          if (tty) io.stderr.write('\r\x1b[K');
          io.stderr.write(`newsgraph: ${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}\n`);
        },
      });
      if (tty) io.stderr.write('\r\x1b[K');
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      io.stdout.write(
        `Ingested ${summary.articles} articles from ${summary.files} files in ${secs}s: ` +
        `${summary.newArticles} new, ${summary.alreadyKnown} already known; ` +
        `${summary.newEntities} new entities, ${summary.newRelations} new relations; ` +
        `${summary.issues.length} files skipped.\n`,
      );
      return summary.issues.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
