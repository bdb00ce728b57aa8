import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore, resolveSelection } from '../../store/index.ts';
import { ingest, ingestEvents, type IngestSummary, type IngestOptions } from '../../ingest/pipeline.ts';
import { findServer } from '../../server/discovery.ts';
import { createExtractor } from '../../extract/index.ts';
import { isUrl } from '../../ingest/sources/is-url.ts';
import { Progress } from '../progress.ts';
import { readArticles, type ReadEvent } from '../../ingest/read/index.ts';
import { defaultWorkerCount, POOL_AFTER } from '../../ingest/extract-pool/extract-all.ts';

/** "2 files skipped", and the .jsonl lines skipped in files that were read. */
function skipped(summary: IngestSummary): string {
  const lines = summary.issues.filter((i) => i.line !== undefined).length;
  const files = summary.issues.length - lines;
  return `${files} files skipped${lines ? `, ${lines} lines skipped` : ''}`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read articles (files, folders, web pages, RSS/Atom feeds) into the graph',
  help: `Usage: newsgraph ingest PATH|URL... [options]

Reads .txt, .md (YAML front matter), .html and .jsonl articles from files or folders (recursively),
extracts entities and relations, and merges them into the graph. Re-ingesting an article changes nothing.
An https://… URL is an article page (its story extracted with Readability: title, date, byline, body)
or an RSS/Atom feed (each new item ingested; its page fetched unless the item has the full text).
Feed items seen and ETag/Last-Modified are kept in STORE.sources.json, so re-running fetches only
what changed. HTTP is polite: User-Agent "Newsgraph", robots.txt, 1 request/s per host
(NEWSGRAPH_HTTP_INTERVAL_MS), 15 s timeout, 5 MB cap, 5 redirects. See also \`newsgraph watch\`.
A bad file (or .jsonl line) is reported on one line, with its line number, and skipped; the exit code
is then 1. When \`newsgraph serve --allow-writes\` runs on the store, the articles are sent to it (it is
the store's writer); a read-only server on the store makes ingest fail. Saves wait for another
writer's lock on the store file (NEWSGRAPH_LOCK_TIMEOUT_MS, default 60000) and merge with what it wrote.

Options:
  --extractor rules|llm   extractor (default: rules; llm needs $NEWSGRAPH_LLM_BASE_URL)
  --workers N             extraction threads for long runs (default: one per core, at most 4; 1: none).
                          Workers start past ${POOL_AFTER} new articles; the graph is the same with any number.
  -q, --quiet             no progress output (a terminal shows rate and ETA; otherwise a line every 5 s)
${STORE_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parse('ingest', argv, { ...STORE_OPTIONS, extractor: { type: 'string' }, workers: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } });
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    if (!positionals.length) throw new UsageError('ingest needs at least one file or folder', 'ingest');
    const kind = values.extractor ?? 'rules';
    if (kind !== 'rules' && kind !== 'llm') throw new UsageError(`unknown extractor '${kind}' (rules or llm)`, 'ingest');
    const workers = values.workers === undefined ? defaultWorkerCount() : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`--workers takes a whole number from 1 to 64, not '${values.workers}'`, 'ingest');
    const bar = new Progress(io.stderr, Boolean(values.quiet));
    const tty = bar.tty;
    const started = Date.now();
    const progress: Pick<IngestOptions, 'onIssue' | 'onProgress' | 'workers'> = {
      workers,
      onProgress: values.quiet ? undefined : (p) => bar.update(p.articles, p.file),
      onIssue: (issue) => {
        bar.clear();
        io.stderr.write(`newsgraph: ${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}\n`);
      },
    };
    const report = (summary: IngestSummary, via = '') => {
      bar.clear();
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      io.stdout.write(
        `Ingested ${summary.articles} articles from ${summary.files} files in ${secs}s${via}${summary.workers ? ` (extraction in ${summary.workers} worker threads)` : ''}: ` +
        `${summary.newArticles} new, ${summary.alreadyKnown} already known; ` +
        `${summary.newEntities} new entities, ${summary.newRelations} new relations; ` +
        `${skipped(summary)}${summary.curation ? `; curation: ${summary.curation.hidden} rejected statements hidden again, ${summary.curation.remerged} merged entities merged again` : ''}.\n`,
      );
      return summary.issues.length ? 1 : 0;
    };

    const chosen = resolveSelection({ db: values.db, neo4j: values.neo4j }, io.env);
    // Live sources: URLs among the arguments are fetched; their state lives beside the store.
    // (imported only then: the page and feed readers load a DOM and an XML parser)
    const sources = positionals.some(isUrl) ? await import('../../ingest/sources/index.ts') : undefined;
    const stateFile = sources?.stateFileFor(chosen.kind === 'memory' ? chosen.db : undefined);
    const state = sources && stateFile ? await sources.loadState(stateFile) : undefined;
    const events = sources && state ? sources.sourceEvents(positionals, { fetcher: new sources.PoliteFetcher(sources.httpOptionsFromEnv(io.env)), state, onPlanned: (n) => bar.plan(n) }) : undefined;
    const done = async (code: number) => { if (sources && state && stateFile) await sources.saveState(stateFile, state); return code; };
    const server = chosen.kind === 'memory' ? await findServer(chosen.db) : undefined;
    if (server) {
      if (!server.allowWrites) {
        io.stderr.write(`newsgraph: a server is running on ${chosen.kind === 'memory' ? chosen.db : 'this store'} read-only (pid ${server.pid}, ${server.url}); stop it or start it with --allow-writes, then ingest again\n`);
        return 1;
      }
      const { ingestThroughServer, RemoteIngestError } = await import('../ingest-through-server.ts');
      try {
        return await done(report(await ingestThroughServer(positionals, server, kind, progress, events), ` through the server at ${server.url}`));
      } catch (err) {
        if (!(err instanceof RemoteIngestError)) throw err;
        if (tty) io.stderr.write('\r\x1b[K');
        io.stderr.write(`newsgraph: ${err.message}\n`);
        return 1;
      }
    }

    const extractor = createExtractor({ kind });
    let source: AsyncIterable<ReadEvent> | undefined = events;
    if (chosen.kind === 'memory' && io.env.NEWSGRAPH_INDEXED_INGEST !== '0') {
      // without loading the graph, through the store index (it declines what it cannot do exactly)
      const { indexedIngestCli } = await import('../indexed-ingest-cli.ts');
      const outcome = await indexedIngestCli(events ?? readArticles(positionals), chosen.db, extractor, progress, io.env);
      if ('summary' in outcome) return await done(report(outcome.summary, ' through the store index'));
      source = outcome.events;
    }
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    try {
      const summary = source ? await ingestEvents(source, store, { extractor, ...progress }) : await ingest(positionals, store, { extractor, ...progress });
      return await done(report(summary));
    } finally {
      await store.close();
    }
  },
};
