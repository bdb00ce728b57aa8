/**
 * `npm run tck -- [FOLDER_OR_FILE...] [options]`: runs openCypher TCK scenarios against the engine,
 * each on a fresh graph, and prints a per-folder table then `N passed, M failed` as the last line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadScenarios } from './features.ts';
import { groupFailures } from './group-failures.ts';
import { runInWorkers } from './pool.ts';
import { countByFolder, formatTable, passingIds, summaryLine } from './report.ts';
import { locateTck, PROJECT_ROOT, tckRequested } from './tck-paths.ts';

const HELP = `Usage: npm run tck -- [FOLDER_OR_FILE...] [options]

Runs the openCypher TCK's .feature files against the Cypher engine (src/cypher/index.ts).
FOLDER_OR_FILE is a path, or a path inside the features folder (e.g. clauses/match).

Options:
  --tck DIR              the TCK (folder with features/ and graphs/, or the features folder itself);
                         default: env NEWSGRAPH_TCK, else ../shared/tck/features from the project root
  --list-failures        print each failed scenario with the reason
  --group-failures       print the causes of failure, most frequent first, with an example each
  --write-passing FILE   write the sorted ids of the passing scenarios to FILE
  --update-passing FILE  add the newly passing scenario ids to FILE, keeping every id already there
                         (and list those that no longer pass: regressions)
  --grep TEXT            only scenarios whose id contains TEXT
  --check-detail         also require the error detail a scenario names (stricter than the TCK's
                         type + phase; the default run and tests/tck/passing.txt do not use it)
  --dialect D            opencypher (default: the specification) or neo4j (the engine's default, where
                         Cypher 9 pattern expressions are lists of paths: 11 scenarios refuse that)
  --jobs N               worker threads (default 1, at most the number of cores)
  --timeout MS           time limit per scenario (default 5000)
  --help                 this text

A compile-time error is checked twice: the CypherError's phase must be 'compile', and EXPLAIN of the
query (compile only, nothing executed) must raise the same error type.

Exit code: 0 when the run completed (see the last line for the figures), 2 on a usage error or
when the TCK is missing.`;

function usage(message: string): never {
  console.error(`tck: ${message}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        tck: { type: 'string' },
        'list-failures': { type: 'boolean' },
        'group-failures': { type: 'boolean' },
        'write-passing': { type: 'string' },
        'update-passing': { type: 'string' },
        grep: { type: 'string' },
        'check-detail': { type: 'boolean' },
        dialect: { type: 'string' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usage(`${(e as Error).message} (see --help)`);
  }
})();

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values.dialect !== undefined) {
  if (values.dialect !== 'opencypher' && values.dialect !== 'neo4j') usage(`--dialect must be opencypher or neo4j, not ${values.dialect}`);
  process.env.NEWSGRAPH_TCK_DIALECT = values.dialect; // read by the workers' engine factory
}

// Feature files given by path run without the TCK (only `Given the <name> graph` needs its graphs/).
const ownFiles = positionals.length > 0 && positionals.every((p) => existsSync(p));
const tck = locateTck(values.tck) ?? (ownFiles ? { featuresDir: resolve(tckRequested(values.tck)), graphsDir: resolve(tckRequested(values.tck), '..', 'graphs') } : undefined);
if (!tck) {
  usage(`TCK not found at ${tckRequested(values.tck)}; give its features folder with --tck DIR or NEWSGRAPH_TCK=DIR`);
}
const jobs = Math.min(Number(values.jobs ?? 1), availableParallelism());
const timeoutMs = Number(values.timeout ?? 5000);
if (!Number.isInteger(jobs) || jobs < 1) usage('--jobs expects a positive integer');
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) usage('--timeout expects a number of milliseconds');

const targets = positionals.length === 0 ? [tck.featuresDir] : positionals.map((p) => {
  if (existsSync(p)) return resolve(p);
  const inside = isAbsolute(p) ? p : join(tck.featuresDir, p);
  if (existsSync(inside)) return inside;
  return usage(`no such file or folder: ${p} (nor ${inside})`);
});

// Ids are relative to the TCK's features folder, or to the current folder for feature files elsewhere.
let scenarios = targets.flatMap((t) => {
  const inside = !relative(tck.featuresDir, t).startsWith('..');
  return loadScenarios([t], inside ? tck.featuresDir : process.cwd());
});
if (values.grep) scenarios = scenarios.filter((s) => s.id.includes(values.grep!));

const started = performance.now();
const results = await runInWorkers(scenarios, {
  projectRoot: PROJECT_ROOT,
  graphsDir: tck.graphsDir,
  timeoutMs,
  jobs,
  checkDetail: values['check-detail'] ?? false,

  onLoadError: (message) => console.error(`tck: ${message} — every scenario fails`),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (values['list-failures']) {
  for (const r of results) {
    if (r.passed) continue;
    console.log(`FAIL ${r.id}\n  ${(r.reason ?? '').split('\n').join('\n  ')}`);
  }
  console.log('');
}
if (values['group-failures']) {
  for (const g of groupFailures(results)) console.log(`${String(g.count).padStart(5)}  ${g.cause}\n       e.g. ${g.example}`);
  console.log('');
}
if (values['write-passing']) {
  const ids = passingIds(results);
  writeFileSync(values['write-passing'], ids.length ? `${ids.join('\n')}\n` : '');
  console.log(`wrote ${ids.length} passing scenario ids to ${values['write-passing']}`);
}
if (values['update-passing']) {
  const file = values['update-passing'];
  const old = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const now = new Set(passingIds(results));
  const byId = new Map(results.map((r) => [r.id, r]));
  const regressions = old.filter((id) => byId.has(id) && !now.has(id));
  const merged = [...new Set([...old, ...now])].sort();
  writeFileSync(file, merged.length ? `${merged.join('\n')}\n` : '');
  console.log(`${file}: ${merged.length - old.length} added, ${merged.length} in all`);
  for (const id of regressions) console.log(`REGRESSION ${id}\n  ${(byId.get(id)?.reason ?? '').split('\n')[0]}`);
}
console.log(formatTable(countByFolder(scenarios, results)));
console.log(`(${scenarios.length} scenarios in ${seconds} s)`);
console.log(summaryLine(results));
