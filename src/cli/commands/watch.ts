import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore, resolveSelection } from '../../store/index.ts';
import { ingestEvents, type IngestSummary } from '../../ingest/pipeline.ts';
import { createExtractor } from '../../extract/index.ts';
import { findServer } from '../../server/discovery.ts';
import { PoliteFetcher, httpOptionsFromEnv, loadState, saveState, stateFileFor } from '../../ingest/sources/index.ts';
import { parseInterval, watchPass } from '../../ingest/sources/watch.ts';
import { Progress } from '../progress.ts';

export const watchCommand: Command = {
  name: 'watch',
  summary: 'keep ingesting as files appear in folders or items in feeds',
  help: `Usage: newsgraph watch DIR|FEED_URL|PAGE_URL... [options]

Ingests what is new, then again every --every, until stopped (Ctrl-C finishes the current article,
saves and exits 0). Folders: files new or changed since the last pass (size and mtime). Feeds
(RSS/Atom): items not seen before, with conditional requests (ETag/Last-Modified). What was seen is
kept in STORE.sources.json, so a restarted watch does not fetch it again; article ids are content
hashes, so nothing is ever ingested twice. Bad files, pages or feeds give one line each and the
watch goes on. HTTP is polite as for \`newsgraph ingest URL\` (User-Agent, robots.txt, per-host interval).

Options:
  --every DURATION        time between passes: 30s, 15m, 1h (default 15m)
  --once                  one pass, then exit (exit code 1 if anything was skipped)
  --extractor rules|llm   extractor (default: rules)
  -q, --quiet             only problems are printed
${STORE_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parse('watch', argv, {
      ...STORE_OPTIONS, every: { type: 'string' }, once: { type: 'boolean' }, extractor: { type: 'string' }, quiet: { type: 'boolean', short: 'q' },
    });
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    if (!positionals.length) throw new UsageError('watch needs at least one folder or feed URL', 'watch');
    const every = parseInterval(values.every ?? '15m');
    if (every === undefined) throw new UsageError(`--every '${values.every}' is not a duration (e.g. 30s, 15m, 1h)`, 'watch');
    const kind = values.extractor ?? 'rules';
    if (kind !== 'rules' && kind !== 'llm') throw new UsageError(`unknown extractor '${kind}' (rules or llm)`, 'watch');

    const chosen = resolveSelection({ db: values.db, neo4j: values.neo4j }, io.env);
    if (chosen.kind === 'memory' && (await findServer(chosen.db))) {
      io.stderr.write(`newsgraph: a server is running on ${chosen.db}; use \`newsgraph serve --watch\` or stop it, then watch again\n`);
      return 1;
    }
    const stateFile = stateFileFor(chosen.kind === 'memory' ? chosen.db : undefined);
    const state = await loadState(stateFile);
    const fetcher = new PoliteFetcher(httpOptionsFromEnv(io.env));
    const extractor = createExtractor({ kind });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const reported = new Set<string>();
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    let issues = 0;
    try {
      while (!stop.signal.aborted) {
        const bar = new Progress(io.stderr, Boolean(values.quiet));
        const started = Date.now();
        const summary: IngestSummary = await ingestEvents(
          watchPass(positionals, { fetcher, state, reported, signal: stop.signal, onPlanned: (n) => bar.plan(n) }),
          store,
          {
            extractor,
            onProgress: values.quiet ? undefined : (p) => bar.update(p.articles, p.file),
            onIssue: (issue) => { bar.clear(); io.stderr.write(`newsgraph: ${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}\n`); },
          },
        );
        bar.clear();
        await saveState(stateFile, state);
        issues += summary.issues.length;
        if (!values.quiet && (summary.articles || values.once)) {
          io.stdout.write(`${new Date().toISOString()} ${summary.newArticles} new articles (${summary.alreadyKnown} already known), ` +
            `${summary.newEntities} new entities, ${summary.newRelations} new relations, ${summary.issues.length} skipped in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
        }
        if (values.once) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, every);
          stop.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
        });
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await store.close();
    }
    return values.once && issues ? 1 : 0;
  },
};
