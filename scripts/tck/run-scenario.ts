/**
 * Runs one TCK scenario on a fresh engine and graph, step by step, judging strictly:
 * results by value and type, errors by type and phase, side effects by diffing what a reader of the
 * graph sees before and after the query. A step the runner does not understand fails the scenario.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CypherError } from '../../src/cypher/errors.ts';
import { NodeValue, RelationshipValue, type CypherValue } from '../../src/cypher/values.ts';
import { compareResult, type ResultExpectation } from './compare-result.ts';
import { toCypher } from './cypher-values.ts';
import type { EngineFactory, EngineLike, EngineResult } from './engine.ts';
import type { TckScenario, TckStep } from './features.ts';
import { parseProcedure } from './procedures.ts';
import {
  compareSideEffects, diffSnapshots, noSideEffects, parseSideEffects, snapshotOf, snapshotOfGraph,
  type GraphSnapshot, type SideEffects,
} from './side-effects.ts';
import { parseTckValue } from './tck-value.ts';

export interface ScenarioOptions {
  /** Folder holding `<name>/<name>.cypher` for `Given the <name> graph`. */
  graphsDir: string;
  /** Passed to the engine as its per-query time limit. */
  timeoutMs: number;
  /** Also require the error detail the scenario names (`InvalidArgumentType`…; `*` accepts any). */
  checkDetail?: boolean;
  /** Check a compile-time error independently: EXPLAIN of the query must raise it too (default true). */
  verifyCompile?: boolean;
}

export interface ScenarioResult {
  id: string;
  passed: boolean;
  /** Why it failed: first line is the cause, following lines the details. */
  reason?: string;
  ms: number;
}

/** A failure of the scenario (as opposed to a bug of the runner). */
class ScenarioFailure extends Error {}

type Outcome = { ok: true; result: EngineResult } | { ok: false; error: unknown };

interface QueryRun { query: string; outcome: Outcome; before?: GraphSnapshot; after?: GraphSnapshot; errorChecked?: boolean }

const PHASES: Record<string, Array<'compile' | 'runtime'>> = {
  'compile time': ['compile'],
  runtime: ['runtime'],
  'any time': ['compile', 'runtime'],
};

const graphScripts = new Map<string, string[]>();

function namedGraphQueries(graphsDir: string, name: string): string[] {
  const file = join(graphsDir, name, `${name}.cypher`);
  let queries = graphScripts.get(file);
  if (!queries) {
    let text: string;
    try { text = readFileSync(file, 'utf8'); } catch { throw new ScenarioFailure(`named graph '${name}' not found: ${file}`); }
    queries = text.split(/;\s*(?:\n|$)/).map((q) => q.trim()).filter(Boolean);
    graphScripts.set(file, queries);
  }
  return queries;
}

function isCypherError(e: unknown): e is CypherError {
  return e instanceof CypherError
    || (e instanceof Error && e.name === 'CypherError' && typeof (e as CypherError).kind === 'string');
}

export function describeError(e: unknown): string {
  if (isCypherError(e)) {
    return `${e.kind} at ${e.phase === 'compile' ? 'compile time' : 'runtime'}${e.detail ? ` (${e.detail})` : ''}: ${firstLine(e.message)}`;
  }
  if (e instanceof Error) return `engine crashed with a non-Cypher ${e.name}: ${firstLine(e.message)}`;
  return `engine threw ${String(e)}`;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

function snapshot(engine: EngineLike): GraphSnapshot {
  if (engine.graph && engine.adapter) return snapshotOfGraph(engine.graph, engine.adapter);
  try {
    const nodes = engine.execute('MATCH (n) RETURN n').rows.map((r) => r[0]);
    const rels = engine.execute('MATCH ()-[r]->() RETURN r').rows.map((r) => r[0]);
    if (!nodes.every((n) => n instanceof NodeValue) || !rels.every((r) => r instanceof RelationshipValue)) {
      throw new Error('MATCH (n) RETURN n / MATCH ()-[r]->() RETURN r returned values that are not nodes / relationships');
    }
    return snapshotOf(nodes as NodeValue[], rels as RelationshipValue[]);
  } catch (e) {
    throw new ScenarioFailure(`cannot read the graph to measure side effects: ${describeError(e)}`);
  }
}

function needsSideEffects(steps: TckStep[], from: number): boolean {
  for (let i = from; i < steps.length; i++) {
    const t = steps[i].text;
    if (/^executing (control )?query:/.test(t)) return false;
    if (/side effects/.test(t) || /should be raised at/.test(t)) return true;
  }
  return false;
}

function resultExpectation(step: TckStep): ResultExpectation | undefined {
  const t = step.text;
  if (t === 'the result should be empty') return { kind: 'empty' };
  const m = /^the result should be(, in (any )?order)?( \(ignoring element order for lists\))?:$/.exec(t);
  if (!m) return undefined;
  const table = step.table;
  if (!table || table.length === 0) throw new ScenarioFailure(`step '${t}' has no table`);
  return {
    kind: 'rows',
    ordered: m[1] !== undefined && m[2] === undefined,
    unorderedLists: m[3] !== undefined,
    columns: table[0],
    rows: table.slice(1).map((row) => row.map((cell) => parseTckValue(cell))),
  };
}

export function runScenario(scenario: TckScenario, createEngine: EngineFactory, options: ScenarioOptions): ScenarioResult {
  const started = performance.now();
  try {
    runSteps(scenario, createEngine, options);
    return { id: scenario.id, passed: true, ms: performance.now() - started };
  } catch (e) {
    const reason = e instanceof ScenarioFailure ? e.message : `runner error: ${(e as Error)?.stack ?? String(e)}`;
    return { id: scenario.id, passed: false, reason, ms: performance.now() - started };
  }
}

function runSteps(scenario: TckScenario, createEngine: EngineFactory, options: ScenarioOptions): void {
  let engine: EngineLike | undefined;
  let params: Record<string, CypherValue> = {};
  let last: QueryRun | undefined;
  const theEngine = (): EngineLike => {
    if (!engine) throw new ScenarioFailure('the scenario runs a query before any Given step');
    return engine;
  };
  const lastRun = (step: TckStep): QueryRun => {
    if (!last) throw new ScenarioFailure(`step '${step.text}' comes before any query`);
    return last;
  };
  const execute = (query: string): EngineResult =>
    theEngine().execute(query, { params, timeoutMs: options.timeoutMs });

  scenario.steps.forEach((step, index) => {
    const t = step.text;
    let m: RegExpExecArray | null;

    if (t === 'an empty graph' || t === 'any graph') {
      engine = createEngine();
      return;
    }
    if ((m = /^the ([\w-]+) graph$/.exec(t))) {
      engine = createEngine();
      for (const q of namedGraphQueries(options.graphsDir, m[1])) {
        try { engine.execute(q, { timeoutMs: options.timeoutMs }); } catch (e) {
          throw new ScenarioFailure(`loading graph '${m[1]}' failed: ${describeError(e)}`);
        }
      }
      return;
    }
    if (/^(after )?having executed:$/.test(t)) {
      try { execute(step.docString ?? ''); } catch (e) {
        throw new ScenarioFailure(`setup query failed: ${describeError(e)}\n${step.docString}`);
      }
      return;
    }
    if (/^parameters? (values )?are:$/.test(t)) {
      params = { ...params };
      for (const row of step.table ?? []) {
        if (row.length !== 2) throw new ScenarioFailure(`bad parameter row: | ${row.join(' | ')} |`);
        params[row[0]] = toCypher(parseTckValue(row[1]));
      }
      return;
    }
    if ((m = /^there exists a procedure (.+?)\s*:$/.exec(t))) {
      const proc = parseProcedure(m[1], step.table);
      const e = theEngine();
      if (typeof e.registerProcedure !== 'function') {
        throw new ScenarioFailure('the engine has no registerProcedure(), so the scenario cannot declare its test procedure');
      }
      e.registerProcedure(proc);
      return;
    }
    if (/^executing (control )?query:$/.test(t)) {
      const query = step.docString ?? '';
      const measure = needsSideEffects(scenario.steps, index + 1);
      const before = measure ? snapshot(theEngine()) : undefined;
      let outcome: Outcome;
      try { outcome = { ok: true, result: execute(query) }; } catch (error) { outcome = { ok: false, error }; }
      const after = measure ? snapshot(theEngine()) : undefined;
      last = { query, outcome, before, after };
      return;
    }

    const expectation = resultExpectation(step);
    if (expectation) {
      const run = lastRun(step);
      if (!run.outcome.ok) throw new ScenarioFailure(`query failed: ${describeError(run.outcome.error)}`);
      const diff = compareResult(expectation, run.outcome.result);
      if (diff) throw new ScenarioFailure(diff);
      return;
    }
    if ((m = /^an? (\w+) should be raised at (compile time|runtime|any time): ?(.*)$/.exec(t))) {
      const [, kind, phase, detail] = m;
      const run = lastRun(step);
      const expected = `${kind} at ${phase}${detail ? ` (${detail})` : ''}`;
      if (run.outcome.ok) {
        throw new ScenarioFailure(`expected ${expected}, but the query succeeded with ${run.outcome.result.rows.length} row(s)`);
      }
      const error = run.outcome.error;
      if (!isCypherError(error) || error.kind !== kind || !PHASES[phase].includes(error.phase)) {
        throw new ScenarioFailure(`expected ${expected}, got ${describeError(error)}`);
      }
      if ((options.verifyCompile ?? true) && error.phase === 'compile') {
        // A compile-time error must not need execution: EXPLAIN (compile only) must raise it too.
        let explained: unknown;
        try { theEngine().execute(`EXPLAIN ${run.query}`, { params, timeoutMs: options.timeoutMs }); } catch (e) { explained = e; }
        if (!isCypherError(explained) || explained.kind !== error.kind || explained.phase !== 'compile') {
          throw new ScenarioFailure(`${kind} claimed at compile time, but EXPLAIN of the query ${explained ? `raised ${describeError(explained)}` : 'succeeded'}`);
        }
      }
      if (options.checkDetail && detail && detail !== '*' && error.detail !== detail) {
        throw new ScenarioFailure(`expected detail ${detail}, got ${describeError(error)}`);
      }
      const changed = compareSideEffects(noSideEffects(), sideEffectsOf(run));
      if (changed) throw new ScenarioFailure(`the expected error was raised but the graph changed (${changed})`);
      run.errorChecked = true;
      return;
    }
    if (t === 'the side effects should be:' || t === 'no side effects') {
      const run = lastRun(step);
      if (!run.outcome.ok && !run.errorChecked) throw new ScenarioFailure(`query failed: ${describeError(run.outcome.error)}`);
      const expected = t === 'no side effects' ? noSideEffects() : parseSideEffects(step.table ?? []);
      const diff = compareSideEffects(expected, sideEffectsOf(run));
      if (diff) throw new ScenarioFailure(diff);
      return;
    }
    throw new ScenarioFailure(`the runner does not understand the step '${t}'`);
  });
}

function sideEffectsOf(run: QueryRun): SideEffects {
  if (!run.before || !run.after) throw new Error('side effects were not measured for this query');
  return diffSnapshots(run.before, run.after);
}
