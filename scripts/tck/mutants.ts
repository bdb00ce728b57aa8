/**
 * Shows that the runner measures something: runs the TCK against deliberately broken versions of the
 * engine (a wrapper that changes its answers) and prints how many scenarios each one fails. A lax
 * runner would let these pass. `node --import tsx scripts/tck/mutants.ts [--tck DIR]`.
 */
import { parseArgs } from 'node:util';
import { CypherError } from '../../src/cypher/errors.ts';
import type { CypherValue } from '../../src/cypher/values.ts';
import { loadEngineFactory, type EngineLike, type EngineResult, type ExecuteOptions } from './engine.ts';
import { loadScenarios } from './features.ts';
import { runScenario } from './run-scenario.ts';
import { locateTck, PROJECT_ROOT, tckRequested } from './tck-paths.ts';

const { values } = parseArgs({ options: { tck: { type: 'string' } } });
const tck = locateTck(values.tck);
if (!tck) {
  console.error(`mutants: TCK not found at ${tckRequested(values.tck)}; give it with --tck DIR or NEWSGRAPH_TCK=DIR`);
  process.exit(2);
}

type Execute = (engine: EngineLike, query: string, options?: ExecuteOptions) => EngineResult;

/** Reads of the graph by the runner itself (side effects) go to the real engine. */
function wrap(engine: EngineLike, execute: Execute): EngineLike {
  return {
    graph: engine.graph,
    adapter: engine.adapter,
    registerProcedure: engine.registerProcedure?.bind(engine),
    execute: (query, options) => execute(engine, query, options),
  };
}

const intsAsFloats = (v: CypherValue): CypherValue =>
  typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(intsAsFloats) : v;

const MUTANTS: Record<string, Execute> = {
  'unchanged engine': (e, q, o) => e.execute(q, o),
  'Integers returned as Floats': (e, q, o) => {
    const r = e.execute(q, o);
    return { ...r, rows: r.rows.map((row) => row.map(intsAsFloats)) };
  },
  'compile errors reported at runtime': (e, q, o) => {
    try {
      return e.execute(q, o);
    } catch (x) {
      if (x instanceof CypherError && x.phase === 'compile') throw new CypherError(x.kind, x.message, 'runtime', x.detail);
      throw x;
    }
  },
  'rows in reverse order': (e, q, o) => {
    const r = e.execute(q, o);
    return { ...r, rows: r.rows.slice().reverse() };
  },
  'every error a SyntaxError': (e, q, o) => {
    try {
      return e.execute(q, o);
    } catch (x) {
      if (x instanceof CypherError) throw new CypherError('SyntaxError', x.message, x.phase, x.detail);
      throw x;
    }
  },
  'writes not undone on error': (e, q, o) => {
    try {
      return e.execute(q, o);
    } catch (x) {
      if (/\b(CREATE|MERGE)\b/.test(q) && x instanceof CypherError && x.phase === 'runtime') {
        e.execute('CREATE (:Leftover)');
      }
      throw x;
    }
  },
};

const scenarios = loadScenarios([tck.featuresDir], tck.featuresDir);
const base = await loadEngineFactory(PROJECT_ROOT);
for (const [name, execute] of Object.entries(MUTANTS)) {
  let failed = 0;
  for (const s of scenarios) {
    if (!runScenario(s, () => wrap(base(), execute), { graphsDir: tck.graphsDir, timeoutMs: 5000 }).passed) failed++;
  }
  console.log(`${name.padEnd(36)} ${String(scenarios.length - failed).padStart(5)} passed, ${String(failed).padStart(5)} failed`);
}
