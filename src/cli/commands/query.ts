import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import { formatCsv, formatTable } from '../format-result.ts';
import { describeQueryError, toQueryError } from '../query-error.ts';
import { startWatchdog } from '../../query-workers/watchdog.ts';
import { asOfArgument } from '../../time/cli-options.ts';
import { queryAsOf } from '../../time/snapshots.ts';

const WATCHDOG_GRACE_MS = 2000;

/** `k=v`: v is read as JSON when it parses (numbers, booleans, lists, maps, "quoted"), else as a string. */
export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param expects name=value, got '${pair}'`, 'query');
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try { value = JSON.parse(raw); } catch { /* a plain string */ }
    params[pair.slice(0, eq)] = value;
  }
  return params;
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a Cypher query',
  help: `Usage: newsgraph query "CYPHER" [options]

Runs a Cypher query on the graph and prints the result.

Options:
  --param NAME=VALUE     query parameter $NAME (VALUE read as JSON when it parses, else a string); repeatable
  --format table|json|csv   output format (default: table)
  --read-only            refuse write clauses (CREATE, MERGE, SET, DELETE, …)
  --timeout MS           time limit (default 30000)
  --max-rows N           row limit (default 100000)
  --max-memory MB        memory budget (default 512): lists the query builds or collects, rows it sorts or groups
  --explain              print the plan instead of running the query
  --as-of DATE           query the graph as of that day (YYYY-MM-DD; read-only)
${STORE_HELP}

Example:
  newsgraph query "MATCH (c:Company)-[r:INVESTS_IN]->(k:Country {name: \\$country}) RETURN c.name, r.amountUsd" --param country=India`,
  async run(argv, io) {
    const { values, positionals } = parse('query', argv, {
      ...STORE_OPTIONS,
      param: { type: 'string', multiple: true },
      format: { type: 'string', default: 'table' },
      'read-only': { type: 'boolean' },
      timeout: { type: 'string' },
      'max-rows': { type: 'string' },
      'max-memory': { type: 'string' },
      explain: { type: 'boolean' },
      'as-of': { type: 'string' },
    });
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    if (positionals.length !== 1) throw new UsageError('query takes exactly one Cypher string (quote it)', 'query');
    const format = values.format ?? 'table';
    if (!['table', 'json', 'csv'].includes(format)) throw new UsageError(`unknown format '${format}' (table, json or csv)`, 'query');
    const num = (s: string | undefined, name: string, dflt: number) => {
      if (s === undefined) return dflt;
      const n = Number(s);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive integer`, 'query');
      return n;
    };
    const options = {
      params: parseParams(values.param ?? []),
      readOnly: Boolean(values['read-only']),
      timeoutMs: num(values.timeout, '--timeout', 30_000),
      maxRows: num(values['max-rows'], '--max-rows', 100_000),
      maxMemoryMb: num(values['max-memory'], '--max-memory', 512),
    };
    const query = values.explain ? `EXPLAIN ${positionals[0]}` : positionals[0]!;
    const asOf = asOfArgument(values['as-of'], 'query');
    const store = await openStore({ db: values.db, neo4j: values.neo4j, readMostly: true }, io.env);
    // the engine stops itself at the deadline; the watchdog ends the process if it cannot (a regular
    // expression RE2 does not run, backtracking without end). The engine is loaded first: its loading
    // is not query time.
    if (store.kind === 'memory') await import('../../cypher/index.ts');
    const watchdog = startWatchdog(options.timeoutMs + WATCHDOG_GRACE_MS,
      `newsgraph: Neo.ClientError.Transaction.TransactionTimedOut: the query exceeded its time limit (--timeout ${options.timeoutMs}) and was stopped\n`);
    try {
      const result = asOf ? await queryAsOf(store, asOf, query, options) : await store.query(query, options);
      watchdog.cancel();
      if (values.explain && result.plan) io.stdout.write(result.plan + '\n');
      else if (format === 'json') io.stdout.write(JSON.stringify(result, null, 2) + '\n');
      else if (format === 'csv') io.stdout.write(formatCsv(result) + '\n');
      else io.stdout.write(formatTable(result) + '\n');
      return 0;
    } catch (err) {
      watchdog.cancel();
      const e = toQueryError(err);
      if (format === 'json') io.stdout.write(JSON.stringify(e, null, 2) + '\n');
      io.stderr.write(`newsgraph: ${describeQueryError(query, e)}\n`);
      return 1;
    } finally {
      await store.close();
    }
  },
};
