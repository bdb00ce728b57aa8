/**
 * Limits that hold inside a single expression: the deadline and the memory budget are checked in
 * reduce, comprehensions, range(), list concatenation, collect and sorting; `=~` runs on a linear-time
 * engine; deep nesting is a syntax error with a position, never a stack overflow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { allowBacktrackingRegex, CypherError, MAX_NESTING } from '../../src/cypher/index.ts';
import { engine, rows } from './helpers.ts';

function failure(run: () => unknown): CypherError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CypherError);
    return e as CypherError;
  }
  throw new Error('expected the query to fail');
}

describe('=~ on a linear-time engine', () => {
  afterEach(() => allowBacktrackingRegex(true));

  it('answers a pattern that backtracks exponentially in a backtracking engine', () => {
    const { db } = engine();
    // 60 a's: a backtracking engine would need about 2^60 steps; vitest's own timeout fails this test if it hangs
    expect(rows(db, `RETURN "${'a'.repeat(60)}!" =~ "(a+)+" AS m, "${'a'.repeat(60)}" =~ "(a+)+" AS full`)).toEqual([[false, true]]);
  });

  it('keeps Cypher regex semantics: whole-string match, inline flags, dot matches newlines, unicode classes', () => {
    const { db } = engine();
    expect(rows(db, `RETURN 'abc' =~ 'b' AS part, 'ABC' =~ '(?i)abc' AS ci, 'a\\nb' =~ 'a.b' AS dot, 'été' =~ '\\\\p{L}+' AS letters, 'x' =~ null AS n`))
      .toEqual([[false, true, true, true, null]]);
  });

  it('runs patterns RE2 cannot (backreferences) on the backtracking engine, unless that is turned off', () => {
    const { db } = engine();
    expect(rows(db, `RETURN 'abab' =~ '(ab)\\\\1' AS m`)).toEqual([[true]]);
    allowBacktrackingRegex(false);
    const e = failure(() => db.run(`RETURN 'abab' =~ '(ab)\\\\1' AS m`));
    expect(e.kind).toBe('ArgumentError');
    expect(e.message).toMatch(/needs backtracking/);
    expect(failure(() => db.run(`RETURN 'a' =~ '(' AS m`)).message).toMatch(/Invalid regular expression/);
  });
});

describe('the deadline inside expressions', () => {
  const cases: Array<[string, string]> = [
    ['reduce appending to a list', 'WITH range(1, 3000000) AS l RETURN size(reduce(acc = [], x IN l | acc + x))'],
    ['a list comprehension over a large list, per row', 'UNWIND range(1, 100000) AS i RETURN size([x IN range(1, 100000) WHERE x % 7 = 0 | x])'],
    ['string building in reduce', "RETURN size(reduce(s = '', x IN range(1, 5000000) | s + 'ab'))"],
  ];
  for (const [name, query] of cases) {
    it(`stops ${name} with a Timeout`, () => {
      const { db } = engine();
      const e = failure(() => db.run(query, { timeoutMs: 150 }));
      expect(e.kind).toBe('Timeout');
      expect(e.code).toBe('Neo.ClientError.Transaction.TransactionTimedOut');
    });
  }
});

describe('the memory budget', () => {
  it('fails collect() over more elements than the budget holds, with a clear error', () => {
    const { db } = engine();
    const e = failure(() => db.run('UNWIND range(1, 2000000) AS x RETURN size(collect(x))', { maxMemoryMb: 16 }));
    expect(e.kind).toBe('MemoryLimit');
    expect(e.code).toBe('Neo.TransientError.General.MemoryPoolOutOfMemoryError');
    expect(e.message).toMatch(/memory budget of 16 MB/);
  });

  it('refuses range() beyond the budget before building it', () => {
    const { db } = engine();
    expect(failure(() => db.run('RETURN size(range(1, 5000000))', { maxMemoryMb: 16 })).kind).toBe('MemoryLimit');
  });

  it('counts rows held by ORDER BY', () => {
    const { db } = engine();
    expect(failure(() => db.run('UNWIND range(1, 400000) AS x RETURN x ORDER BY x DESC LIMIT 1', { maxMemoryMb: 16 })).kind).toBe('MemoryLimit');
  });

  it('lets the same queries run within a larger budget, and without one', () => {
    const { db } = engine();
    expect(rows(db, 'UNWIND range(1, 200000) AS x RETURN size(collect(x))')).toEqual([[200000]]);
    expect(db.run('UNWIND range(1, 200000) AS x RETURN size(collect(x))', { maxMemoryMb: 64 }).rows).toEqual([[200000]]);
  });
});

describe('nesting depth', () => {
  const deep = MAX_NESTING * 25; // 5,000
  const shapes: Array<[string, string]> = [
    ['parentheses', '('.repeat(deep) + '1' + ')'.repeat(deep)],
    ['lists', '['.repeat(deep) + '1' + ']'.repeat(deep)],
    ['maps', '{a: '.repeat(deep) + '1' + '}'.repeat(deep)],
    ['an operator chain', Array(deep).fill('1').join(' + ')],
    ['NOT', 'NOT '.repeat(deep) + 'true'],
    ['unary minus', '- '.repeat(deep) + '1'],
  ];
  for (const [name, expr] of shapes) {
    it(`refuses ${deep} nested ${name} with a SyntaxError at a position`, () => {
      const { db } = engine();
      const e = failure(() => db.run(`RETURN ${expr} AS v`));
      expect(e.kind).toBe('SyntaxError');
      expect(e.detail).toBe('NestingTooDeep');
      expect(e.position?.offset).toBeGreaterThan(0);
      expect(e.message).toMatch(/nested too deeply .*line 1, column \d+/);
    });
  }

  it(`accepts nesting just under the limit`, () => {
    const { db } = engine();
    const n = MAX_NESTING - 10;
    expect(rows(db, `RETURN ${'('.repeat(n)}1${')'.repeat(n)} AS v, size(${'['.repeat(n)}1${']'.repeat(n)}) AS s, ${Array(n).fill('1').join(' + ')} AS t`))
      .toEqual([[1, 1, n]]);
  });

  it('reports values nested too deeply at run time as a client error, not a crash', () => {
    const { db } = engine();
    const e = failure(() => db.run('RETURN reduce(acc = [], x IN range(1, 200000) | [acc]) AS v'));
    expect(e.code.startsWith('Neo.ClientError')).toBe(true);
  });
});
