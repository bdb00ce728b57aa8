/**
 * The TCK runner's own parts: the TCK value notation, the strict comparator, the side-effect counter,
 * the Gherkin reading and the step interpreter (against scripted fake engines), each with cases that
 * must fail — a runner that accepts anything measures nothing.
 */
import { describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/errors.ts';
import { NodeValue, PathValue, RelationshipValue, type CypherValue } from '../../src/cypher/values.ts';
import { canonicalKey, formatTck, tckEquals } from '../../scripts/tck/canonical.ts';
import { compareResult, type ExpectedRows } from '../../scripts/tck/compare-result.ts';
import { fromCypher, toCypher } from '../../scripts/tck/cypher-values.ts';
import type { EngineLike, EngineResult } from '../../scripts/tck/engine.ts';
import { parseFeature, type TckScenario } from '../../scripts/tck/features.ts';
import { parseProcedure } from '../../scripts/tck/procedures.ts';
import { runScenario } from '../../scripts/tck/run-scenario.ts';
import { compareSideEffects, diffSnapshots, noSideEffects, parseSideEffects, snapshotOf } from '../../scripts/tck/side-effects.ts';
import { parseTckValue, TckValueSyntaxError } from '../../scripts/tck/tck-value.ts';
import { countByFolder, formatTable, summaryLine } from '../../scripts/tck/report.ts';

const v = parseTckValue;

describe('TCK value notation', () => {
  it('reads primitives with their types', () => {
    expect(v('null')).toEqual({ kind: 'null' });
    expect(v('true')).toEqual({ kind: 'boolean', value: true });
    expect(v('-12')).toEqual({ kind: 'integer', value: -12n });
    expect(v('-9223372036854775808')).toEqual({ kind: 'integer', value: -(2n ** 63n) });
    expect(v('1.0')).toEqual({ kind: 'float', value: 1 });
    expect(v('.5')).toEqual({ kind: 'float', value: 0.5 });
    expect(v('1e-305')).toEqual({ kind: 'float', value: 1e-305 });
    expect(v('-Inf')).toEqual({ kind: 'float', value: -Infinity });
    expect(Number.isNaN((v('NaN') as { value: number }).value)).toBe(true);
  });

  it('reads strings with the TCK escapes (\\\' and \\\\)', () => {
    expect(v("'it\\'s'")).toEqual({ kind: 'string', value: "it's" });
    expect(v("'a\\\\b'")).toEqual({ kind: 'string', value: 'a\\b' });
    expect(v("''")).toEqual({ kind: 'string', value: '' });
    expect(v("'a | b'")).toEqual({ kind: 'string', value: 'a | b' });
  });

  it('reads lists, maps, nodes, relationships and paths', () => {
    expect(v("[1, 'a', [2.0], []]")).toEqual({ kind: 'list', items: [v('1'), v("'a'"), { kind: 'list', items: [v('2.0')] }, { kind: 'list', items: [] }] });
    expect(v('{a: 1, `b c`: null}')).toEqual({ kind: 'map', entries: { a: v('1'), 'b c': v('null') } });
    expect(v('()')).toEqual({ kind: 'node', labels: [], properties: {} });
    expect(v("(:A:B {name: 'x'})")).toEqual({ kind: 'node', labels: ['A', 'B'], properties: { name: v("'x'") } });
    expect(v('[:T {k: 1}]')).toEqual({ kind: 'relationship', type: 'T', properties: { k: v('1') } });
    const path = v('<(:A)-[:T]->(:B)<-[:U]-()>');
    expect(path.kind).toBe('path');
    expect(formatTck(path)).toBe('<(:A)-[:T]->(:B)<-[:U]-()>');
  });

  it('refuses malformed values', () => {
    for (const bad of ['', "'open", '[1, 2', '{a 1}', '(:A', '<(:A)-[:T]-(:B)>', '<(:A)<-[:T]->(:B)>', '1 2', 'nul', '{a: 1, a: 2}']) {
      expect(() => v(bad), bad).toThrow(TckValueSyntaxError);
    }
  });
});

describe('comparator', () => {
  const eq = (actual: CypherValue, expected: string, unorderedLists = false): boolean =>
    tckEquals(fromCypher(actual), v(expected), { unorderedLists });

  it('compares by value and type: Integer 1 is not Float 1.0', () => {
    expect(eq(1n, '1')).toBe(true);
    expect(eq(1, '1.0')).toBe(true);
    expect(eq(1, '1')).toBe(false);
    expect(eq(1n, '1.0')).toBe(false);
    expect(eq('1', '1')).toBe(false);
    expect(eq(Number.NaN, 'NaN')).toBe(true);
    expect(eq(null, 'null')).toBe(true);
    expect(eq(false, 'null')).toBe(false);
    expect(eq(undefined as unknown as CypherValue, 'null')).toBe(false);
  });

  it('orders lists unless told to ignore element order; map keys never matter', () => {
    expect(eq([1n, 2n], '[1, 2]')).toBe(true);
    expect(eq([2n, 1n], '[1, 2]')).toBe(false);
    expect(eq([2n, 1n], '[1, 2]', true)).toBe(true);
    expect(eq([2n, 1n, 1n], '[1, 2]', true)).toBe(false);
    expect(eq({ b: 1n, a: 'x' }, "{a: 'x', b: 1}")).toBe(true);
    expect(eq({ a: 'x' }, "{a: 'x', b: null}")).toBe(false);
  });

  it('compares nodes, relationships and paths structurally, with labels as a set and directions', () => {
    const a = new NodeValue('n1', ['B', 'A'], { name: 'x' });
    const b = new NodeValue('n2', ['B'], {});
    const r = new RelationshipValue('r1', 'T', 'n1', 'n2', { k: 1n });
    expect(eq(a, "(:A:B {name: 'x'})")).toBe(true);
    expect(eq(a, '(:A:B)')).toBe(false);
    expect(eq(a, "(:A {name: 'x'})")).toBe(false);
    expect(eq(r, '[:T {k: 1}]')).toBe(true);
    expect(eq(r, '[:T {k: 1.0}]')).toBe(false);
    expect(eq(new PathValue([a, b], [r]), "<(:A:B {name: 'x'})-[:T {k: 1}]->(:B)>")).toBe(true);
    expect(eq(new PathValue([b, a], [r]), "<(:B)<-[:T {k: 1}]-(:A:B {name: 'x'})>")).toBe(true);
    expect(eq(new PathValue([b, a], [r]), "<(:B)-[:T {k: 1}]->(:A:B {name: 'x'})>")).toBe(false);
    expect(eq(new PathValue([a], []), "<(:A:B {name: 'x'})>")).toBe(true);
  });

  it('compares temporal values by their string form, as the TCK writes them', () => {
    const date = { temporalType: 'Date' as const, toString: () => '1984-10-11' };
    expect(eq(date, "'1984-10-11'")).toBe(true);
    expect(eq(date, "'1984-10-12'")).toBe(false);
  });

  const table = (ordered: boolean, columns: string[], rows: string[][], unorderedLists = false): ExpectedRows =>
    ({ kind: 'rows', ordered, unorderedLists, columns, rows: rows.map((r) => r.map(v)) });

  it('matches rows as a multiset for "in any order"', () => {
    const expected = table(false, ['a', 'b'], [['1', "'x'"], ['2', "'y'"], ['2', "'y'"]]);
    expect(compareResult(expected, { columns: ['a', 'b'], rows: [[2n, 'y'], [1n, 'x'], [2n, 'y']] })).toBeNull();
    expect(compareResult(expected, { columns: ['a', 'b'], rows: [[2n, 'y'], [1n, 'x'], [1n, 'x']] })).toMatch(/^rows differ \(any order\): 1 expected row\(s\) missing, 1 unexpected/);
    expect(compareResult(expected, { columns: ['a', 'b'], rows: [[2n, 'y'], [1n, 'x']] })).not.toBeNull();
    expect(compareResult(expected, { columns: ['b', 'a'], rows: [['y', 2n], ['x', 1n], ['y', 2n]] })).toMatch(/^columns differ/);
  });

  it('matches rows in sequence for "in order"', () => {
    const expected = table(true, ['a'], [['1'], ['2']]);
    expect(compareResult(expected, { columns: ['a'], rows: [[1n], [2n]] })).toBeNull();
    expect(compareResult(expected, { columns: ['a'], rows: [[2n], [1n]] })).toMatch(/^rows differ \(in order\) from row 0/);
    expect(compareResult(expected, { columns: ['a'], rows: [[1n], [2n], [3n]] })).toMatch(/from row 2/);
  });

  it('applies "ignoring element order for lists" to the lists inside rows', () => {
    const expected = table(false, ['l'], [['[1, 2, 3]']], true);
    expect(compareResult(expected, { columns: ['l'], rows: [[[3n, 1n, 2n]]] })).toBeNull();
    expect(compareResult(table(false, ['l'], [['[1, 2, 3]']]), { columns: ['l'], rows: [[[3n, 1n, 2n]]] })).not.toBeNull();
  });

  it('requires an empty result for "the result should be empty"', () => {
    expect(compareResult({ kind: 'empty' }, { columns: ['a'], rows: [] })).toBeNull();
    expect(compareResult({ kind: 'empty' }, { columns: ['a'], rows: [[1n]] })).toMatch(/^expected an empty result, got 1 row/);
  });

  it('prints values in TCK notation', () => {
    expect(formatTck(fromCypher([1n, 1, 'it\'s', null, { k: true }]))).toBe("[1, 1.0, 'it\\'s', null, {k: true}]");
    expect(canonicalKey(v('0.0'))).toBe(canonicalKey(v('-0.0')));
  });
});

describe('side effects', () => {
  const node = (key: string, labels: string[], props: Record<string, CypherValue> = {}): NodeValue => new NodeValue(key, labels, props);

  it('counts nodes, relationships, property triples and distinct labels', () => {
    const before = snapshotOf([node('1', ['A'], { name: 'x', n: 1n })], []);
    const after = snapshotOf(
      [node('1', ['A', 'B'], { name: 'y', n: 1n }), node('2', ['A'], { k: [1n] })],
      [new RelationshipValue('r', 'T', '1', '2', { w: 1.5 })],
    );
    expect(diffSnapshots(before, after)).toEqual({
      '+nodes': 1, '-nodes': 0, '+relationships': 1, '-relationships': 0,
      '+properties': 3, '-properties': 1, '+labels': 1, '-labels': 0,
    });
    expect(diffSnapshots(after, before)).toMatchObject({ '-nodes': 1, '-relationships': 1, '-labels': 1, '+properties': 1, '-properties': 3 });
  });

  it('sees a changed value type as a changed property (1 → 1.0)', () => {
    const before = snapshotOf([node('1', [], { n: 1n })], []);
    const after = snapshotOf([node('1', [], { n: 1 })], []);
    expect(diffSnapshots(before, after)).toMatchObject({ '+properties': 1, '-properties': 1 });
    expect(diffSnapshots(before, snapshotOf([node('1', [], { n: 1n })], []))).toEqual(noSideEffects());
  });

  it('parses the side-effects table and reports differences', () => {
    const expected = parseSideEffects([['+nodes', '1'], ['+labels', '1']]);
    expect(expected).toEqual({ ...noSideEffects(), '+nodes': 1, '+labels': 1 });
    expect(compareSideEffects(expected, { ...noSideEffects(), '+nodes': 1, '+labels': 1 })).toBeNull();
    expect(compareSideEffects(expected, { ...noSideEffects(), '+nodes': 1 })).toBe('side effects differ: +labels expected 1, got 0');
    expect(() => parseSideEffects([['+vertices', '1']])).toThrow();
  });
});

const FEATURE = `Feature: Sample
  Background:
    Given an empty graph

  Scenario: [1] Plain
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be, in any order:
      | x |
      | 1 |
    And no side effects

  Scenario Outline: [2] Outline <v>
    When executing query:
      """
      RETURN <v> AS x
      """
    Then the result should be, in any order:
      | x   |
      | <v> |

    Examples:
      | v |
      | 1 |
      | 2 |

    Examples:
      | v |
      | 3 |
`;

describe('feature files', () => {
  it('expands outlines once per Examples row, with Background steps and stable ids', () => {
    const scenarios = parseFeature(FEATURE, 'x/Sample.feature');
    expect(scenarios.map((s) => s.id)).toEqual([
      'x/Sample.feature:[1] Plain:0',
      'x/Sample.feature:[2] Outline <v>:0',
      'x/Sample.feature:[2] Outline <v>:1',
      'x/Sample.feature:[2] Outline <v>:2',
    ]);
    expect(scenarios[0].steps[0].text).toBe('an empty graph');
    expect(scenarios[3].steps[1].docString).toBe('RETURN 3 AS x');
    expect(scenarios[3].steps[2].table).toEqual([['x'], ['3']]);
    expect(scenarios[0].folder).toBe('x');
  });

  it('summarises per folder and ends with "N passed, M failed"', () => {
    const scenarios = parseFeature(FEATURE, 'x/Sample.feature');
    const results = scenarios.map((s, i) => ({ id: s.id, passed: i !== 1, ms: 0 }));
    expect(summaryLine(results)).toBe('3 passed, 1 failed');
    expect(countByFolder(scenarios, results)).toEqual([{ folder: 'x', passed: 3, failed: 1, total: 4 }]);
    expect(formatTable(countByFolder(scenarios, results))).toMatch(/^x\s+3\s+1\s+4$/m);
  });
});

/** A fake engine answering queries from a script; reads of the graph go through `nodes`/`rels`. */
class ScriptedEngine implements EngineLike {
  nodes: NodeValue[] = [];
  rels: RelationshipValue[] = [];
  constructor(readonly answer: (query: string, engine: ScriptedEngine, params: Record<string, CypherValue>) => EngineResult) {}
  execute(query: string, options: { params?: Record<string, CypherValue> } = {}): EngineResult {
    if (query === 'MATCH (n) RETURN n') return { columns: ['n'], rows: this.nodes.map((n) => [n]) };
    if (query === 'MATCH ()-[r]->() RETURN r') return { columns: ['r'], rows: this.rels.map((r) => [r]) };
    return this.answer(query, this, options.params ?? {});
  }
}

function scenario(steps: string): TckScenario {
  return parseFeature(`Feature: F\n  Scenario: S\n${steps}`, 'f/F.feature')[0];
}

const run = (s: TckScenario, answer: ScriptedEngine['answer']) =>
  runScenario(s, () => new ScriptedEngine(answer), { graphsDir: '/nonexistent', timeoutMs: 1000 });

describe('scenario steps', () => {
  const returnsOne = scenario(`    Given any graph
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be, in any order:
      | x |
      | 1 |
    And no side effects
`);

  it('passes a correct result and fails a Float where an Integer is expected', () => {
    expect(run(returnsOne, () => ({ columns: ['x'], rows: [[1n]] })).passed).toBe(true);
    const wrong = run(returnsOne, () => ({ columns: ['x'], rows: [[1]] }));
    expect(wrong.passed).toBe(false);
    expect(wrong.reason).toMatch(/rows differ/);
  });

  it('fails when the query writes although no side effects are expected', () => {
    const r = run(returnsOne, (_q, e) => { e.nodes.push(new NodeValue('n', [], {})); return { columns: ['x'], rows: [[1n]] }; });
    expect(r.passed).toBe(false);
    expect(r.reason).toBe('side effects differ: +nodes expected 0, got 1');
  });

  const syntaxError = scenario(`    Given any graph
    When executing query:
      """
      RETURN foo(
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax
`);

  it('requires the named error type AND phase, and refuses engine crashes', () => {
    expect(run(syntaxError, () => { throw new CypherError('SyntaxError', 'bad', 'compile', 'UnexpectedSyntax'); }).passed).toBe(true);
    expect(run(syntaxError, () => { throw new CypherError('SyntaxError', 'bad', 'runtime'); }).reason)
      .toMatch(/^expected SyntaxError at compile time \(UnexpectedSyntax\), got SyntaxError at runtime/);
    expect(run(syntaxError, () => { throw new CypherError('TypeError', 'bad', 'compile'); }).passed).toBe(false);
    expect(run(syntaxError, () => { throw new TypeError('x is undefined'); }).reason).toMatch(/non-Cypher TypeError/);
    expect(run(syntaxError, () => ({ columns: [], rows: [] })).reason).toMatch(/but the query succeeded/);
  });

  it('checks a compile-time claim independently: EXPLAIN must raise the error too', () => {
    const claimsCompile = (q: string): EngineResult => {
      if (q.startsWith('EXPLAIN')) return { columns: [], rows: [] };
      throw new CypherError('SyntaxError', 'bad', 'compile', 'UnexpectedSyntax');
    };
    expect(run(syntaxError, claimsCompile).reason).toBe('SyntaxError claimed at compile time, but EXPLAIN of the query succeeded');
  });

  it('checks the error detail only when asked to', () => {
    const wrongDetail = () => { throw new CypherError('SyntaxError', 'bad', 'compile', 'InvalidSyntax'); };
    expect(run(syntaxError, wrongDetail).passed).toBe(true);
    const strict = runScenario(syntaxError, () => new ScriptedEngine(wrongDetail), { graphsDir: '/x', timeoutMs: 1000, checkDetail: true });
    expect(strict.reason).toMatch(/^expected detail UnexpectedSyntax, got SyntaxError at compile time \(InvalidSyntax\)/);
  });

  it('fails when an expected error leaves the graph changed', () => {
    const r = run(syntaxError, (_q, e) => {
      e.nodes.push(new NodeValue('n', ['A'], {}));
      throw new CypherError('SyntaxError', 'bad', 'compile');
    });
    expect(r.passed).toBe(false);
    expect(r.reason).toMatch(/graph changed/);
  });

  it('passes parameters as engine values and counts side effects of writes', () => {
    const s = scenario(`    Given an empty graph
    And parameters are:
      | p | [1, 2.5, 'x'] |
    When executing query:
      """
      CREATE (:L {v: $p})
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 1 |
      | +properties | 1 |
      | +labels     | 1 |
`);
    let seen: CypherValue = null;
    const write = (_q: string, e: ScriptedEngine, params: Record<string, CypherValue>): EngineResult => {
      seen = params.p;
      e.nodes.push(new NodeValue('n', ['L'], { v: params.p }));
      return { columns: [], rows: [] };
    };
    expect(run(s, write).passed).toBe(true);
    expect(seen).toEqual([1n, 2.5, 'x']);
    expect(run(s, () => ({ columns: [], rows: [] })).reason).toMatch(/^side effects differ: \+nodes expected 1, got 0/);
  });

  it('fails on a step it does not understand, and on a failing setup query', () => {
    const unknown = scenario('    Given any graph\n    And the moon is full\n');
    expect(run(unknown, () => ({ columns: [], rows: [] })).reason).toMatch(/does not understand the step 'the moon is full'/);
    const setup = scenario(`    Given an empty graph
    And having executed:
      """
      CREATE (
      """
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be empty
`);
    expect(run(setup, () => { throw new CypherError('SyntaxError', 'bad', 'compile'); }).reason).toMatch(/^setup query failed/);
  });

  it('declares test procedures to an engine that accepts them, and fails otherwise', () => {
    const s = scenario(`    Given an empty graph
    And there exists a procedure test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?):
      | name     | id | city     |
      | 'Stefan' | 1  | 'Berlin' |
      | 'Stefan' | 2  | 'Munich' |
    When executing query:
      """
      CALL test.my.proc('Stefan', 1)
      """
    Then the result should be, in order:
      | city     |
      | 'Berlin' |
`);
    const withProcedures = (): EngineLike => {
      const procs = new Map<string, ReturnType<typeof parseProcedure>>();
      return {
        registerProcedure(p) { procs.set(p.name, p as ReturnType<typeof parseProcedure>); },
        execute(q) {
          if (q.startsWith('MATCH')) return { columns: [], rows: [] };
          return { columns: ['city'], rows: procs.get('test.my.proc')!.call(['Stefan', 1n]) };
        },
      };
    };
    expect(runScenario(s, withProcedures, { graphsDir: '/x', timeoutMs: 1000 }).passed).toBe(true);
    expect(run(s, () => ({ columns: ['city'], rows: [['Berlin']] })).reason).toMatch(/no registerProcedure/);
  });

  it('reads procedure signatures and selects rows by argument', () => {
    const p = parseProcedure('test.my.proc(in :: INTEGER?) :: (out :: STRING?)', [['in', 'out'], ['1', "'a'"], ['2', "'b'"]]);
    expect(p.inputs).toEqual([{ name: 'in', type: 'INTEGER?' }]);
    expect(p.call([2n])).toEqual([['b']]);
    expect(p.call([3n])).toEqual([]);
    expect(() => parseProcedure('test.my.proc(in :: INTEGER?) :: (out :: STRING?)', [['x', 'out']])).toThrow(/do not match/);
    expect(toCypher(v("{a: [1, 'x']}"))).toEqual({ a: [1n, 'x'] });
  });
});
